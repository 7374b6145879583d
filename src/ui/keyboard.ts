/** Keyboard use of the canvas (pan, zoom, fit) and the global Escape. */
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Renderer } from "../view/renderer.ts";

/** With the graph focused: arrow keys pan, + and − zoom, 0 fits. */
export function bindGraphKeys(el: HTMLElement, renderer: Renderer): void {
  el.addEventListener("keydown", (e) => {
    if (!renderer.isMounted()) return;
    const camera = renderer.sigma.getCamera();
    const step = 0.1 * camera.ratio;
    const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = pan[e.key];
    if (move) {
      const c = camera.getState();
      void camera.animate({ x: c.x + move[0], y: c.y + move[1] }, { duration: 100 });
    } else if (e.key === "+" || e.key === "=") renderer.zoom(1.5);
    else if (e.key === "-" || e.key === "_") renderer.zoom(1 / 1.5);
    else if (e.key === "0") renderer.fit();
    else return;
    e.preventDefault();
  });
}

/** Escape clears the selection (the search box handles its own Escape first). */
export function bindGlobalKeys(store: Store<ViewState, Action>): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && !e.defaultPrevented && store.getState().selection) store.dispatch({ type: "select", selection: null });
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
