/**
 * The right-hand column's two panels, Details and Analysis, as tabs on a desktop and as sheets
 * opened from the toolbar on small screens (sheets.ts). Which one shows is view state
 * (`analysis`); this module only reflects it, so the panels themselves never show or hide each other.
 */
import { h } from "../dom/dom.ts";
import { rovingFocus } from "../dom/rovingFocus.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import { NARROW_SCREEN, type Shell } from "./shell.ts";

export function mountSidePanels(shell: Shell, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const tab = (id: string, text: string, controls: string, open: boolean) =>
    h("button", { type: "button", role: "tab", id, class: "side-tab", "aria-controls": controls, onclick: () => store.dispatch({ type: "setAnalysis", open }) }, text);
  const detailsTab = tab("tab-details", "Details", shell.details.id, false);
  const analysisTab = tab("tab-analysis", "Analysis", shell.analysis.id, true);
  const tabs = [detailsTab, analysisTab];
  shell.sideTabs.append(...tabs);
  // Arrow keys move between the tabs and select the one reached (automatic activation).
  const unroving = rovingFocus(shell.sideTabs, () => tabs, {
    keys: { back: ["ArrowLeft"], forward: ["ArrowRight"] },
    onMove: (i) => store.dispatch({ type: "setAnalysis", open: i === 1 }),
  });

  // On small screens the two panels are separate drawers, so they are not tab panels there.
  const narrow = matchMedia(NARROW_SCREEN);
  const applyRoles = () => {
    for (const [el, t] of [
      [shell.details, detailsTab],
      [shell.analysis, analysisTab],
    ] as const) {
      if (narrow.matches) {
        el.removeAttribute("role");
        el.removeAttribute("aria-labelledby");
      } else {
        el.setAttribute("role", "tabpanel");
        el.setAttribute("aria-labelledby", t.id);
      }
    }
  };
  applyRoles();
  narrow.addEventListener("change", applyRoles);

/**
 * The right-hand column's two panels, Details and Analysis, as tabs on a desktop and as sheets
 * opened from the toolbar on small screens (sheets.ts). Which one shows is view state
 * (`analysis`); this module only reflects it, so the panels themselves never show or hide each other.
 */  const sync = (s: Derived) => {
    shell.analysis.hidden = !s.analysis;
    shell.details.hidden = s.analysis;
    shell.root.classList.toggle("is-analysis", s.analysis);
    detailsTab.setAttribute("aria-selected", String(!s.analysis));
    analysisTab.setAttribute("aria-selected", String(s.analysis));
    detailsTab.tabIndex = s.analysis ? -1 : 0;
    analysisTab.tabIndex = s.analysis ? 0 : -1;
  };
  sync(view.get());
  const unselect = view.select(["analysis"], sync);
  return () => {
    unselect();
    unroving();
    narrow.removeEventListener("change", applyRoles);
    shell.root.classList.remove("is-analysis");
  };
}
