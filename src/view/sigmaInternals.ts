/**
 * Every reliance on sigma's internals, in one place. Sigma 3.0 offers no way to create a renderer
 * without drawing, or to index a graph in parts without drawing after each part; large graphs need
 * both (see mount.ts); nor a cheap way to follow edges leaving its graph (displayGraph.ts drops
 * thousands on a date change). tests/unit/sigmaInternals.test.ts reads sigma's own build and fails
 * when an upgrade changes what these helpers rely on.
 */
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { ActorNodeAttributes, RelationEdgeAttributes } from "../model/graph.ts";
import type { StanceGraph } from "../model/graph.ts";

type NodeAttrs = ActorNodeAttributes;
type EdgeAttrs = RelationEdgeAttributes;
export type StanceSigmaInstance = Sigma<NodeAttrs, EdgeAttrs>;

/** True while StanceSigma's constructor runs (see below). */
let holdFirstRefresh = false;

/**
 * Sigma whose constructor does not draw. Sigma's constructor ends by running every reducer,
 * indexing and drawing (refresh); the label room (a custom bounding box) can only be set after
 * it, and setting it means indexing again: 3 s more at 50k actors. Holding that first refresh
 * until the box is set makes it one pass. Nothing else in sigma's constructor draws.
 */
class StanceSigma extends Sigma<NodeAttrs, EdgeAttrs> {
  override refresh(opts?: Parameters<Sigma<NodeAttrs, EdgeAttrs>["refresh"]>[0]): this {
    return holdFirstRefresh ? this : super.refresh(opts);
  }
}

/** A sigma renderer created without its first draw: call `refresh()` when it should draw. */
export function createHeldSigma(graph: StanceGraph, container: HTMLElement, settings: Partial<Settings<NodeAttrs, EdgeAttrs>>): StanceSigmaInstance {
  holdFirstRefresh = true;
  try {
    return new StanceSigma(graph, container, settings);
  } finally {
    holdFirstRefresh = false;
  }
}

/**
 * Holds sigma's drawing until the returned function is called. A partial refresh ends with
 * render(), which would process (and draw) a graph indexed only in part. render is private in
 * sigma's types, so it is shadowed on the instance and the shadow deleted after (sigma 3.0).
 */
export function holdRendering(sigma: StanceSigmaInstance): () => void {
  const target = sigma as unknown as { render?: () => unknown };
  target.render = () => sigma;
  return () => void delete target.render;
}

/** Sigma's graph listeners and per-item bookkeeping (private in its types; see below). */
interface SigmaGraphInternals {
  activeListeners: { dropEdgeGraphUpdate?: (payload: { key: string }) => void };
  removeEdge(key: string): void;
}

/**
 * Sigma answers each dropped edge with a full refresh (every reducer over every node and edge,
 * synchronously): dropping the thousand relations a date step takes out of the display graph
 * (displayGraph.ts) would run it a thousand times. This replaces that listener with one that
 * forgets the edge and asks for one processing pass at the next frame, which sigma's indexation
 * needs anyway after edges came or went. Returns the function that stops it.
 */
export function dropEdgesCheaply(sigma: StanceSigmaInstance): () => void {
  const inner = sigma as unknown as SigmaGraphInternals;
  const graph = sigma.getGraph();
  const own = inner.activeListeners.dropEdgeGraphUpdate;
  if (typeof own !== "function" || typeof inner.removeEdge !== "function") throw new Error("sigma's edge listener is not where sigmaInternals.ts expects it (sigma upgrade?)");
  graph.removeListener("edgeDropped", own);
  const onDrop = ({ key }: { key: string }) => {
    inner.removeEdge(key);
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
  };
  graph.on("edgeDropped", onDrop);
  return () => void graph.removeListener("edgeDropped", onDrop);
}
