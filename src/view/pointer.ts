/**
 * Pointer on the canvas: hover, click and drag. Hover and click become store actions; dragging a
 * node moves it in the view's layout layer (sigma's drag-nodes pattern), never in the model.
 */
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { StanceSigmaInstance } from "./sigmaInternals.ts";
import type { LayoutPositions } from "./positions.ts";

/** What a click on empty canvas may hit: a label (see labelLayer.ts). */
export type LabelAt = (x: number, y: number) => { kind: "node" | "edge"; id: string } | null;

export function bindPointer(sigma: StanceSigmaInstance, store: Store<ViewState, Action>, positions: LayoutPositions, labelAt: LabelAt): void {
  let dragged: string | null = null;
  let moved = false;
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", id: node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", id: null }));
  sigma.on("clickNode", ({ node }) => {
    if (!moved) store.dispatch({ type: "select", selection: { kind: "actor", id: node } });
  });
  sigma.on("clickEdge", ({ edge }) => store.dispatch({ type: "select", selection: { kind: "relation", id: edge } }));
  // A click on a label selects what it names, as a click on the node or the line does.
  sigma.on("clickStage", ({ event }) => {
    const label = labelAt(event.x, event.y);
    store.dispatch({ type: "select", selection: label ? (label.kind === "node" ? { kind: "actor", id: label.id } : { kind: "relation", id: label.id }) : null });
  });
  sigma.on("enterEdge", ({ edge }) => {
    sigma.getContainer().style.cursor = "pointer";
    store.dispatch({ type: "hoverRelation", id: edge });
  });
  sigma.on("leaveEdge", () => {
    sigma.getContainer().style.cursor = "";
    store.dispatch({ type: "hoverRelation", id: null });
  });
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.getMouseCaptor().on("mousemovebody", (e) => {
    if (!dragged) return;
    moved = true;
    positions.set(new Map([[dragged, sigma.viewportToGraph(e)]]));
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  const release = () => {
    dragged = null;
  };
  sigma.getMouseCaptor().on("mouseup", release);
  sigma.on("upNode", release);
}
