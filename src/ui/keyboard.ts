/** Keyboard use of the canvas (pan, zoom, fit) and the global Escape. */
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { CameraControl } from "../view/camera.ts";

/** Arrow keys and the share of the view they pan by. */
const PAN = new Map<string, [number, number]>([
  ["ArrowLeft", [-0.1, 0]],
  ["ArrowRight", [0.1, 0]],
  ["ArrowUp", [0, 0.1]],
  ["ArrowDown", [0, -0.1]],
]);

/** With the graph focused: arrow keys pan, + and − zoom, 0 fits. */
export function bindGraphKeys(el: HTMLElement, camera: CameraControl): void {
  el.addEventListener("keydown", (e) => {
    const move = PAN.get(e.key);
    if (move) camera.pan(move[0], move[1]);
    else if (e.key === "+" || e.key === "=") camera.zoom(1.5);
    else if (e.key === "-" || e.key === "_") camera.zoom(1 / 1.5);
    else if (e.key === "0") camera.fit();
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
