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

type ItemListener = (payload: { key: string }) => void;

/** Sigma's graph listeners and per-item bookkeeping (private in its types; see below). */
interface SigmaGraphInternals {
  activeListeners: { dropEdgeGraphUpdate?: ItemListener; updateEdgeGraphUpdate?: ItemListener; updateNodeGraphUpdate?: ItemListener };
  removeEdge(key: string): void;
  updateEdge(key: string): void;
  updateNode(key: string): void;
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

/** Sigma's record of where each item sits in its program's buffer (private in its types). */
interface SigmaBufferInternals {
  needToProcess: boolean;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
}

/**
 * Whether these nodes and edges each have a place in sigma's WebGL buffers and no processing pass
 * is pending (one that would give every item a new place): then `refresh({ partialGraph,
 * skipIndexation: true })` can write them again where they are, which sigma 3.0 does without
 * checking that the items kept their program (the caller checks that).
 */
export function placedInBuffers(sigma: StanceSigmaInstance, nodes: Iterable<string>, edges: Iterable<string>): boolean {
  const inner = sigma as unknown as SigmaBufferInternals;
  if (typeof inner.needToProcess !== "boolean" || typeof inner.nodeProgramIndex !== "object" || typeof inner.edgeProgramIndex !== "object") {
    throw new Error("sigma's buffer indices are not where sigmaInternals.ts expects them (sigma upgrade?)");
  }
  if (inner.needToProcess) return false;
  for (const n of nodes) if (inner.nodeProgramIndex[n] === undefined) return false;
  for (const e of edges) if (inner.edgeProgramIndex[e] === undefined) return false;
  return true;
}

/**
 * Sigma answers each changed node or edge (new attributes) with a processing pass over everything
 * it holds at the next frame, in case the item changed program or depth. An edit replaces a few
 * records; at 10k actors each such pass costs about 230 ms. This replaces those two listeners with
 * ones that write the item again where it is in the WebGL buffers when its program (type) and depth
 * (zIndex) are unchanged — the order and places a pass would give are then those already there —
 * and ask for the pass otherwise. An actor whose size changed has its relations written again too
 * (the edge programs place ends and arrow heads by the actors' sizes). Returns the function that
 * stops it.
 */
export function repaintUpdatesInPlace(sigma: StanceSigmaInstance): () => void {
  const inner = sigma as unknown as SigmaGraphInternals;
  const graph = sigma.getGraph();
  const ownEdge = inner.activeListeners.updateEdgeGraphUpdate;
  const ownNode = inner.activeListeners.updateNodeGraphUpdate;
  if (typeof ownEdge !== "function" || typeof ownNode !== "function" || typeof inner.updateEdge !== "function" || typeof inner.updateNode !== "function") {
    throw new Error("sigma's attribute listeners are not where sigmaInternals.ts expects them (sigma upgrade?)");
  }
  graph.removeListener("edgeAttributesUpdated", ownEdge);
  graph.removeListener("nodeAttributesUpdated", ownNode);
  const onEdge = ({ key }: { key: string }) => {
    const was = sigma.getEdgeDisplayData(key);
    const before = was ? { type: was.type, zIndex: was.zIndex } : null;
    inner.updateEdge(key);
    const now = sigma.getEdgeDisplayData(key);
    const kept = before !== null && now !== undefined && now.type === before.type && now.zIndex === before.zIndex && placedInBuffers(sigma, [], [key]);
    sigma.refresh({ partialGraph: { edges: [key] }, skipIndexation: kept, schedule: true });
  };
  const onNode = ({ key }: { key: string }) => {
    const was = sigma.getNodeDisplayData(key);
    const before = was ? { type: was.type, zIndex: was.zIndex, size: was.size } : null;
    inner.updateNode(key);
    const now = sigma.getNodeDisplayData(key);
    const edges = before !== null && now !== undefined && now.size !== before.size ? graph.edges(key) : [];
    const kept = before !== null && now !== undefined && now.type === before.type && now.zIndex === before.zIndex && placedInBuffers(sigma, [key], edges);
    sigma.refresh({ partialGraph: { nodes: [key], edges }, skipIndexation: kept, schedule: true });
  };
  graph.on("edgeAttributesUpdated", onEdge);
  graph.on("nodeAttributesUpdated", onNode);
  return () => {
    graph.removeListener("edgeAttributesUpdated", onEdge);
    graph.removeListener("nodeAttributesUpdated", onNode);
  };
}
