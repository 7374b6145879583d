/**
 * Sigma 3.0's `addNode` and `addEdge` (what it runs for every item it indexes, and again for each
 * item a partial refresh names) without the copy of the item's attributes they make for the reducer.
 *
 * Sigma hands its reducers `Object.assign({}, attributes)`, in case a reducer writes to what it is
 * given. The app's reducers (app/appearance.ts) only read it and return a new object, so the copy
 * only feeds the collector: while a graph of 50,000 actors loads it was 147 MiB of the 1,027 MiB the
 * page allocates (a sampling heap profile of the load, docs/benchmarks.md), and on a machine whose
 * second core is busy, V8 marks the old generation on the main thread in steps paid by allocation,
 * so every megabyte allocated in a slice of the load lengthens that slice.
 *
 * Kept apart from sigmaInternals.ts (which imports sigma, and sigma needs WebGL to load) so that
 * tests/unit/reduceInPlace.test.ts can run it beside sigma's own methods on the same internals; it
 * fails when an upgrade changes the steps reproduced here. Written here because sigma offers no
 * setting for it. The app's reducers must only read what they are given (app/appearance.ts does).
 */

/** What sigma keeps about each item, as its addNode / addEdge write it (private in its types). */
export interface ReducingInternals {
  graph: { getNodeAttributes(key: string): object; getEdgeAttributes(key: string): object };
  settings: {
    nodeReducer: ((key: string, attributes: never) => object) | null;
    edgeReducer: ((key: string, attributes: never) => object) | null;
    defaultNodeColor: string;
    defaultNodeType: string;
    defaultEdgeColor: string;
    defaultEdgeType: string;
    zIndex: boolean;
  };
  nodeDataCache: Record<string, NodeData>;
  edgeDataCache: Record<string, EdgeData>;
  nodesWithForcedLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
}

interface NodeData {
  x: number;
  y: number;
  color?: string;
  label?: string | null;
  size?: number;
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  type?: string;
  zIndex?: number;
}

interface EdgeData {
  color?: string;
  label?: string;
  size?: number;
  hidden?: boolean;
  forceLabel?: boolean;
  type?: string;
  zIndex?: number;
}

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The reducer's result for a node, completed as sigma 3.0's `applyNodeDefaults` does. A reducer that
 * gave back the object it was given gets a copy completed instead (never the graph's own attributes).
 */
function nodeDefaults(inner: ReducingInternals, key: string, given: object, reduced: object): NodeData {
  const data = (reduced === given ? { ...reduced } : reduced) as NodeData;
  if (!own(data, "x") || !own(data, "y")) throw new Error(`Sigma: could not find a valid position (x, y) for node "${key}". All your nodes must have a number "x" and "y". Maybe your forgot to apply a layout or your "nodeReducer" is not returning the correct data?`);
  if (!data.color) data.color = inner.settings.defaultNodeColor;
  if (!data.label && data.label !== "") data.label = null;
  if (data.label !== undefined && data.label !== null) data.label = "" + data.label;
  else data.label = null;
  if (!data.size) data.size = 2;
  if (!own(data, "hidden")) data.hidden = false;
  if (!own(data, "highlighted")) data.highlighted = false;
  if (!own(data, "forceLabel")) data.forceLabel = false;
  if (!data.type || data.type === "") data.type = inner.settings.defaultNodeType;
  if (!data.zIndex) data.zIndex = 0;
  return data;
}

/** The same for an edge (sigma 3.0's `applyEdgeDefaults`). */
function edgeDefaults(inner: ReducingInternals, given: object, reduced: object): EdgeData {
  const data = (reduced === given ? { ...reduced } : reduced) as EdgeData;
  if (!data.color) data.color = inner.settings.defaultEdgeColor;
  if (!data.label) data.label = "";
  if (!data.size) data.size = 0.5;
  if (!own(data, "hidden")) data.hidden = false;
  if (!own(data, "forceLabel")) data.forceLabel = false;
  if (!data.type || data.type === "") data.type = inner.settings.defaultEdgeType;
  if (!data.zIndex) data.zIndex = 0;
  return data;
}

/**
 * Sigma's `addNode(key)` for an instance with a node reducer, the reducer given the graph's own
 * attributes. Returns false (nothing done) when there is no reducer: sigma's own method must run,
 * since the copy is then the data sigma keeps and completes.
 */
export function addNodeWithoutCopy(inner: ReducingInternals, key: string): boolean {
  const reducer = inner.settings.nodeReducer;
  if (!reducer) return false;
  const attributes = inner.graph.getNodeAttributes(key);
  const data = nodeDefaults(inner, key, attributes, reducer(key, attributes as never));
  inner.nodeDataCache[key] = data;
  inner.nodesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) inner.nodesWithForcedLabels.add(key);
  inner.highlightedNodes.delete(key);
  if (data.highlighted && !data.hidden) inner.highlightedNodes.add(key);
  if (inner.settings.zIndex) {
    const z = data.zIndex!;
    if (z < inner.nodeZExtent[0]) inner.nodeZExtent[0] = z;
    if (z > inner.nodeZExtent[1]) inner.nodeZExtent[1] = z;
  }
  return true;
}

/** Sigma's `addEdge(key)` the same way; false when there is no edge reducer. */
export function addEdgeWithoutCopy(inner: ReducingInternals, key: string): boolean {
  const reducer = inner.settings.edgeReducer;
  if (!reducer) return false;
  const attributes = inner.graph.getEdgeAttributes(key);
  const data = edgeDefaults(inner, attributes, reducer(key, attributes as never));
  inner.edgeDataCache[key] = data;
  inner.edgesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) inner.edgesWithForcedLabels.add(key);
  if (inner.settings.zIndex) {
    const z = data.zIndex!;
    if (z < inner.edgeZExtent[0]) inner.edgeZExtent[0] = z;
    if (z > inner.edgeZExtent[1]) inner.edgeZExtent[1] = z;
  }
  return true;
}

/**
 * Replaces sigma's `addNode` and `addEdge` on a Sigma subclass's prototype (they are private in its
 * types) by the two above; an instance without the reducer runs sigma's own.
 */
export function reduceWithoutCopies(prototype: object): void {
  const methods = prototype as { addNode(this: ReducingInternals, key: string): void; addEdge(this: ReducingInternals, key: string): void };
  const sigmaAddNode = methods.addNode;
  const sigmaAddEdge = methods.addEdge;
  if (typeof sigmaAddNode !== "function" || typeof sigmaAddEdge !== "function") throw new Error("reduceWithoutCopies: this sigma has no addNode / addEdge to replace (an upgrade? see tests/unit/reduceInPlace.test.ts)");
  methods.addNode = function (key) {
    if (!addNodeWithoutCopy(this, key)) sigmaAddNode.call(this, key);
  };
  methods.addEdge = function (key) {
    if (!addEdgeWithoutCopy(this, key)) sigmaAddEdge.call(this, key);
  };
}
