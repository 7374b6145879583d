/**
 * The graph tools: zoom, fit, full screen, re-run layout, table view. Every control is a real
 * button with a name saying what it does. (On a narrow screen they are in the "More…" menu, and
 * the buttons that open the side panels are sheets.ts's.)
 */
import { h, announce } from "../dom/dom.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { DerivedView } from "../app/derivedView.ts";
import type { CameraControl } from "../view/camera.ts";
import type { LayoutRun } from "../view/layoutRun.ts";
import type { Shell } from "./shell.ts";

export function mountToolbar(shell: Shell, camera: CameraControl, layoutRun: LayoutRun, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const button = (label: string, text: string, onclick: () => void, extra: Record<string, string> = {}) =>
    h("button", { type: "button", class: "tool", "aria-label": label, title: label, onclick, ...extra }, text);

  const tableButton = button("Show the relations table", "Table", () => store.dispatch({ type: "setTable", open: !store.getState().table }), {
    "aria-pressed": "false",
    "aria-controls": "table-panel",
  });
  const fullscreen = button("Full screen", "Full screen", () => {
    const el = shell.root;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void el.requestFullscreen?.();
  });

  const layout = createLayoutControl(layoutRun);
  // In the narrow screen's menu a lone "+" says little: the menu shows `data-menu-label` beside it.
  shell.toolbar.append(
    button("Zoom in", "+", () => camera.zoom(1.5), { "data-menu-label": "Zoom in" }),
    button("Zoom out", "−", () => camera.zoom(1 / 1.5), { "data-menu-label": "Zoom out" }),
    button("Fit the graph to the screen", "Fit", () => camera.fit()),
    fullscreen,
    layout.element,
    tableButton,
  );

  const sync = (s: ViewState) => {
    tableButton.setAttribute("aria-pressed", String(s.table));
    tableButton.setAttribute("aria-label", s.table ? "Hide the relations table" : "Show the relations table");
    tableButton.title = tableButton.getAttribute("aria-label")!;
  };
  sync(store.getState());
  return view.select(["table"], sync);
}

/** "Re-run layout" with a progress bar; the button becomes "Stop" while it runs. */
function createLayoutControl(layoutRun: LayoutRun) {
  const progress = h("progress", { max: 100, value: 0, "aria-label": "Layout progress", hidden: true });
  const run = h("button", { type: "button", class: "tool", "aria-label": "Re-run the layout", title: "Re-run the layout (ForceAtlas2)" }, "Layout");
  const onProgress = (fraction: number) => {
    progress.value = fraction * 100;
    if (fraction < 1) return;
    progress.hidden = true;
    run.textContent = "Layout";
    run.setAttribute("aria-label", "Re-run the layout");
    announce("Layout stopped.");
  };
  run.addEventListener("click", () => {
    if (layoutRun.running()) return layoutRun.stop();
    layoutRun.start(onProgress);
    progress.hidden = false;
    run.textContent = "Stop";
    run.setAttribute("aria-label", "Stop the layout");
    announce("Layout running.");
  });
  return { element: h("span", { class: "layout-control" }, run, progress) };
}
