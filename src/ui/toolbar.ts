/**
 * The graph tools: zoom, fit, full screen, re-run layout, table view, and on small screens the
 * buttons that open the side panels. Every control is a real button with a name saying what it does.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { h, announce } from "./dom.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Renderer } from "../view/renderer.ts";
import type { Shell } from "./shell.ts";

/** How long "Re-run layout" runs before it stops by itself. */
const LAYOUT_MS = 4000;

export function mountToolbar(shell: Shell, renderer: Renderer, store: Store<ViewState, Action>): () => void {
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

  const layout = createLayoutControl(renderer);
  const panelToggle = (label: string, target: HTMLElement, text: string) => {
    const b = button(label, text, () => {
      const open = target.classList.toggle("open");
      b.setAttribute("aria-expanded", String(open));
      if (open) target.focus();
    }, { class: "tool panel-toggle", "aria-expanded": "false", "aria-controls": target.id });
    return b;
  };

  shell.toolbar.append(
    panelToggle("Show search, filters and legend", shell.controls, "Filters"),
    button("Zoom in", "+", () => renderer.zoom(1.5)),
    button("Zoom out", "−", () => renderer.zoom(1 / 1.5)),
    button("Fit the graph to the screen", "Fit", () => renderer.fit()),
    fullscreen,
    layout.element,
    tableButton,
    panelToggle("Show details", shell.details, "Details"),
  );

  const sync = (s: ViewState) => {
    tableButton.setAttribute("aria-pressed", String(s.table));
    tableButton.setAttribute("aria-label", s.table ? "Hide the relations table" : "Show the relations table");
    tableButton.title = tableButton.getAttribute("aria-label")!;
  };
  sync(store.getState());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    layout.destroy();
  };
}

/**
 * "Re-run layout": ForceAtlas2 in a web worker for a few seconds, with a progress bar and a Stop
 * button. It moves the nodes of this session only; reloading restores the dataset's stable layout.
 */
function createLayoutControl(renderer: Renderer) {
  const graph = renderer.graph;
  let worker: FA2Layout | null = null;
  let timer = 0;
  let started = 0;
  const progress = h("progress", { max: 100, value: 0, "aria-label": "Layout progress", hidden: true });
  const run = h("button", { type: "button", class: "tool", "aria-label": "Re-run the layout", title: "Re-run the layout (ForceAtlas2)" }, "Layout");
  const stop = () => {
    worker?.stop();
    worker?.kill();
    worker = null;
    cancelAnimationFrame(timer);
    progress.hidden = true;
    run.textContent = "Layout";
    run.setAttribute("aria-label", "Re-run the layout");
    announce("Layout stopped.");
  };
  const tick = () => {
    const pct = Math.min(100, ((performance.now() - started) / LAYOUT_MS) * 100);
    progress.value = pct;
    if (pct >= 100) stop();
    else timer = requestAnimationFrame(tick);
  };
  run.addEventListener("click", () => {
    if (worker) return stop();
    worker = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
    worker.start();
    started = performance.now();
    progress.hidden = false;
    run.textContent = "Stop";
    run.setAttribute("aria-label", "Stop the layout");
    announce("Layout running.");
    timer = requestAnimationFrame(tick);
  });
  return { element: h("span", { class: "layout-control" }, run, progress), destroy: () => worker && stop() };
}
