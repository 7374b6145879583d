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
 * Takes the prototype to change rather than importing sigma, so that tests/unit/reduceInPlace.test.ts
 * can install it on a subclass and run it beside sigma's own methods on the same internals; that
 * test fails when an upgrade changes the steps reproduced here. Written here because sigma offers no
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
  nodeDataCache: Record<string, ItemData>;
  edgeDataCache: Record<string, ItemData>;
  nodesWithForcedLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
}

/** Display data as sigma keeps it, for a node or an edge (an edge has no x, y or highlighted). */
interface ItemData {
  x?: number;
  y?: number;
  color?: string;
  label?: string | null;
  size?: number;
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  type?: string;
  zIndex?: number;
}

/**
 * Sigma's `addNode(key)` (node true) or `addEdge(key)`, the reducer given the graph's own
 * attributes and its result completed as sigma's `applyNodeDefaults` / `applyEdgeDefaults` do (one
 * function for both, as the start bundle's budget is tight). A reducer that gave back the object it
 * was given gets a copy completed instead, never the graph's own attributes. Returns false (nothing
 * done) when sigma's own method must run: there is no reducer (the copy is then the data sigma
 * keeps), or a node was reduced to no position (sigma's method throws its own message).
 */
function reduceItem(inner: ReducingInternals, key: string, node: boolean): boolean {
  const settings = inner.settings;
  const reducer = node ? settings.nodeReducer : settings.edgeReducer;
  if (!reducer) return false;
  const given = node ? inner.graph.getNodeAttributes(key) : inner.graph.getEdgeAttributes(key);
  let data = reducer(key, given as never) as ItemData;
  if (node && (!Object.hasOwn(data, "x") || !Object.hasOwn(data, "y"))) return false;
  if (data === given) data = { ...data };
  if (!data.color) data.color = node ? settings.defaultNodeColor : settings.defaultEdgeColor;
  if (node) data.label = data.label || data.label === "" ? "" + data.label : null;
  else if (!data.label) data.label = "";
  if (!data.size) data.size = node ? 2 : 0.5;
  if (!Object.hasOwn(data, "hidden")) data.hidden = false;
  if (node && !Object.hasOwn(data, "highlighted")) data.highlighted = false;
  if (!Object.hasOwn(data, "forceLabel")) data.forceLabel = false;
  if (!data.type) data.type = node ? settings.defaultNodeType : settings.defaultEdgeType;
  if (!data.zIndex) data.zIndex = 0;
  (node ? inner.nodeDataCache : inner.edgeDataCache)[key] = data;
  const forced = node ? inner.nodesWithForcedLabels : inner.edgesWithForcedLabels;
  forced.delete(key);
  if (data.forceLabel && !data.hidden) forced.add(key);
  if (node) {
    inner.highlightedNodes.delete(key);
    if (data.highlighted && !data.hidden) inner.highlightedNodes.add(key);
  }
  if (settings.zIndex) {
    const extent = node ? inner.nodeZExtent : inner.edgeZExtent;
    if (data.zIndex < extent[0]) extent[0] = data.zIndex;
    if (data.zIndex > extent[1]) extent[1] = data.zIndex;
  }
  return true;
}

/**
 * Replaces sigma's `addNode` and `addEdge` on a Sigma subclass's prototype (they are private in its
 * types) by reduceItem, falling back to sigma's own.
 */
export function reduceWithoutCopies(prototype: object): void {
  const methods = prototype as { addNode(this: ReducingInternals, key: string): void; addEdge(this: ReducingInternals, key: string): void };
  const sigmaAddNode = methods.addNode;
  const sigmaAddEdge = methods.addEdge;
  methods.addNode = function (key) {
    if (!reduceItem(this, key, true)) sigmaAddNode.call(this, key);
  };
  methods.addEdge = function (key) {
    if (!reduceItem(this, key, false)) sigmaAddEdge.call(this, key);
  };
}
