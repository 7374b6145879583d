/**
 * On a narrow screen (a phone), the panels beside the graph are sheets over the lower part of the
 * screen: search and filters, the details, the analysis, the table. One is open at a time, so a
 * sheet never opens over another, and the graph stays visible above it (the stylesheet caps a
 * sheet at half the screen's height). On a desktop this module does nothing visible: the panels
 * are columns, and its buttons are hidden.
 *
 * Which sheet is open follows what the user does: the toolbar's buttons (Filters, Details,
 * Analysis) open and close their sheet; choosing something (on the graph, in the search, in the
 * table) opens the details; opening the Analysis or the table (view state) opens theirs. A sheet
 * closes with its close button, its toolbar button again, Escape, and the filters also with a tap
 * outside them. The open sheet is `data-sheet` on the app's root, read by the stylesheet.
 */
import { h, announce } from "../dom/dom.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import { NARROW_SCREEN, type Shell } from "./shell.ts";

export type SheetName = "controls" | "details" | "analysis" | "table";

export function mountSheets(shell: Shell, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const narrow = matchMedia(NARROW_SCREEN);
  let open: SheetName | null = null;

  const panels: Record<SheetName, HTMLElement> = { controls: shell.controls, details: shell.details, analysis: shell.analysis, table: shell.table };
  const toggle = (name: SheetName, text: string, controls: string) =>
    h("button", { type: "button", class: "tool panel-toggle", "aria-controls": controls, "aria-expanded": "false", onclick: () => (open === name ? close() : show(name, true)) }, text);
  const toggles: Partial<Record<SheetName, HTMLButtonElement>> = {
    controls: toggle("controls", "Filters", shell.controls.id),
    details: toggle("details", "Details", shell.details.id),
    analysis: toggle("analysis", "Analysis", shell.analysis.id),
  };
  const labels: Record<SheetName, [string, string]> = {
    controls: ["Show search, filters and legend", "Hide search, filters and legend"],
    details: ["Show details", "Hide details"],
    analysis: ["Show the analysis", "Hide the analysis"],
    table: ["", ""],
  };
  toggles.analysis!.classList.add("analysis-toggle");
  shell.primaryTools.append(toggles.controls!, toggles.details!, toggles.analysis!);

  // The filters have no close button of their own: the sheet gets one (shown on narrow screens).
  const closeControls = h("button", { type: "button", class: "close sheet-close", "aria-label": "Close the filters", onclick: () => close() }, "×");
  shell.controls.prepend(h("div", { class: "sheet-head" }, h("h2", { class: "sheet-title" }, "Search and filters"), closeControls));

  const render = () => {
    if (open) shell.root.dataset.sheet = open;
    else delete shell.root.dataset.sheet;
    for (const [name, button] of Object.entries(toggles) as Array<[SheetName, HTMLButtonElement]>) {
      const expanded = open === name;
      button.setAttribute("aria-expanded", String(expanded));
      button.setAttribute("aria-label", labels[name][expanded ? 1 : 0]);
      button.title = labels[name][expanded ? 1 : 0];
    }
  };

  /** What opening `name` means for the view state, and the focus, on a narrow screen. */
  const show = (name: SheetName, byUser: boolean) => {
    const before = open;
    if (before === name) return;
    const focusWasIn = before !== null && panels[before].contains(document.activeElement);
    open = name;
    render();
    if (!narrow.matches) return;
    // The sheet that gives way: the Analysis and the table are view state, closed for real.
    if (before === "analysis" && name !== "analysis") store.dispatch({ type: "setAnalysis", open: false });
    if (before === "table" && name !== "table") store.dispatch({ type: "setTable", open: false });
    if (name === "analysis" && !store.getState().analysis) store.dispatch({ type: "setAnalysis", open: true });
    // The focus goes with the user: into the sheet they opened, or out of one that closed under it
    // (a search pick closes the filters and opens the details).
    if (byUser || focusWasIn || document.activeElement === document.body) panels[name].focus({ preventScroll: true });
  };

  const close = () => {
    const was = open;
    if (was === null) return;
    const focusWasIn = panels[was].contains(document.activeElement) || document.activeElement === document.body;
    open = null;
    render();
    if (!narrow.matches) return;
    if (was === "analysis") store.dispatch({ type: "setAnalysis", open: false });
    if (was === "table") store.dispatch({ type: "setTable", open: false });
    // Back to the button that opens it again (the table's is in the "More…" menu).
    if (focusWasIn) (toggles[was] ?? shell.moreButton).focus();
  };

  // View state opens and closes sheets: a selection shows its details, and so on.
  const sync = (s: Derived, prev: Derived) => {
    if (s.selection !== prev.selection) {
      if (s.selection) show("details", false);
      else if (open === "details") close();
    }
    if (s.analysis !== prev.analysis) {
      if (s.analysis) show("analysis", false);
      else if (open === "analysis") close();
    }
    if (s.table !== prev.table) {
      if (s.table) show("table", false);
      else if (open === "table") close();
    }
  };
  const unselect = view.select(["selection", "analysis", "table"], sync);
  const initial = view.get();
  open = initial.table ? "table" : initial.analysis ? "analysis" : initial.selection ? "details" : null;
  render();

  // Escape closes the open sheet (after the panels' own Escapes: a search's suggestions, a lit
  // triad). With a selection, the details close by the global Escape, which clears it.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || e.defaultPrevented || !narrow.matches || open === null) return;
    if (open === "details" && store.getState().selection) return;
    if (e.target instanceof Element && e.target.closest("dialog")) return;
    close();
    announce("Closed.");
    e.preventDefault();
  };
  // A tap outside the filters closes them (the tap still does what it does there: on the graph,
  // a tap on an actor selects it). Taps in a dialog (Export, About) are not outside.
  const onPointerDown = (e: PointerEvent) => {
    if (!narrow.matches || open !== "controls" || !(e.target instanceof Node)) return;
    if (shell.controls.contains(e.target) || toggles.controls!.contains(e.target)) return;
    if (e.target instanceof Element && e.target.closest("dialog")) return;
    close();
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onPointerDown, true);
  return () => {
    unselect();
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onPointerDown, true);
    delete shell.root.dataset.sheet;
  };
}
