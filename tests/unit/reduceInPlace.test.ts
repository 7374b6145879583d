/**
 * src/view/reduceInPlace.ts reproduces sigma 3.0's addNode / addEdge without the copy of the
 * item's attributes. Run side by side with sigma's own methods (from its build, loaded in Node with
 * the few WebGL constants its programs read at import) on the same internals, each case must leave
 * the same display data, forced labels, highlights and z extents; so an upgrade of sigma that
 * changes a step fails here. The reducer must be handed the graph's own attributes (that is the
 * point) and the graph must come out unchanged.
 */
import { beforeAll, describe, expect, it } from "vitest";
import Graph from "graphology";
import { reduceWithoutCopies, type ReducingInternals } from "../../src/view/reduceInPlace.ts";

type ItemMethods = { addNode(this: unknown, key: string): void; addEdge(this: unknown, key: string): void };
let sigmaOwn: ItemMethods;
let withoutCopies: ItemMethods;
let defaults: Record<string, unknown>;

beforeAll(async () => {
  const gl = { BOOL: 0x8b56, BYTE: 0x1400, UNSIGNED_BYTE: 0x1401, SHORT: 0x1402, UNSIGNED_SHORT: 0x1403, INT: 0x1404, UNSIGNED_INT: 0x1405, FLOAT: 0x1406, TRIANGLES: 4, LINES: 1, POINTS: 0 };
  const g = globalThis as Record<string, unknown>;
  g.WebGL2RenderingContext ??= gl;
  g.WebGLRenderingContext ??= gl;
  const { default: Sigma } = await import("sigma");
  const { DEFAULT_SETTINGS } = await import("sigma/settings");
  class Patched extends Sigma {}
  reduceWithoutCopies(Patched.prototype);
  sigmaOwn = Sigma.prototype as unknown as ItemMethods;
  withoutCopies = Patched.prototype as unknown as ItemMethods;
  defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
});

type Reducer = ((key: string, attributes: Record<string, unknown>) => object) | null;

function internals(nodeReducer: Reducer, edgeReducer: Reducer, zIndex = false): ReducingInternals & { graph: Graph } {
  const graph = new Graph({ multi: true });
  graph.addNode("a", { x: 1, y: 2, label: "Armenia", size: 5, kind: "state" });
  graph.addNode("b", { x: -3, y: 4, label: "Azerbaijan", size: 0, kind: "state" });
  graph.addEdgeWithKey("r1", "a", "b", { relationType: "estrangement", parallelIndex: 0 });
  return {
    graph,
    settings: { ...defaults, nodeReducer, edgeReducer, zIndex } as unknown as ReducingInternals["settings"],
    nodeDataCache: {},
    edgeDataCache: {},
    nodesWithForcedLabels: new Set(),
    edgesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    nodeZExtent: [Infinity, -Infinity],
    edgeZExtent: [Infinity, -Infinity],
  };
}

/** What an addNode / addEdge leaves behind. */
function kept(inner: ReducingInternals): object {
  const { nodeDataCache, edgeDataCache, nodesWithForcedLabels, edgesWithForcedLabels, highlightedNodes, nodeZExtent, edgeZExtent } = inner;
  return { nodeDataCache, edgeDataCache, nodesWithForcedLabels: [...nodesWithForcedLabels], edgesWithForcedLabels: [...edgesWithForcedLabels], highlightedNodes: [...highlightedNodes], nodeZExtent, edgeZExtent };
}

/** Runs sigma's methods and ours on two fresh internals; returns both, and checks the graphs were left alone. */
function bothWays(nodeReducer: Reducer, edgeReducer: Reducer, zIndex = false): [object, object] {
  const theirs = internals(nodeReducer, edgeReducer, zIndex);
  const ours = internals(nodeReducer, edgeReducer, zIndex);
  const before = ours.graph.export();
  for (const [inner, methods] of [[theirs, sigmaOwn], [ours, withoutCopies]] as const) {
    for (const node of ["a", "b"]) methods.addNode.call(inner, node);
    methods.addEdge.call(inner, "r1");
  }
  expect(ours.graph.export()).toEqual(before);
  return [kept(theirs), kept(ours)];
}

const cases: Array<[string, Reducer, Reducer, boolean]> = [
  ["reducers returning new objects, as the app's do", (key, a) => ({ ...a, label: `${String(a.label)}!`, color: key === "a" ? "#ff0000" : undefined }), (_, a) => ({ color: "#00ff0080", size: 2, type: "line", label: String(a.relationType) }), false],
  ["forced labels, highlights and z-indices kept", (key, a) => ({ x: a.x, y: a.y, label: 7, forceLabel: true, highlighted: key === "a", zIndex: key === "a" ? 3 : -1 }), () => ({ forceLabel: true, zIndex: 2 }), true],
  ["hidden items are never forced or highlighted", (_, a) => ({ x: a.x, y: a.y, hidden: true, forceLabel: true, highlighted: true }), () => ({ hidden: true, forceLabel: true }), false],
  ["empty and missing labels and types, zero sizes", (key, a) => ({ x: a.x, y: a.y, label: key === "a" ? "" : undefined, type: "", size: 0 }), () => ({ label: "", type: "", size: 0 }), false],
  ["a reducer that gives back what it was given", (_, a) => a, (_, a) => a, true],
  ["no reducers (sigma's own methods run)", null, null, false],
];

describe("sigma's addNode / addEdge without the copy (reduceInPlace.ts)", () => {
  for (const [name, nodeReducer, edgeReducer, zIndex] of cases) {
    it(`leaves what sigma's own leaves: ${name}`, () => {
      const [theirs, ours] = bothWays(nodeReducer, edgeReducer, zIndex);
      expect(ours).toEqual(theirs);
    });
  }

  it("hands the reducers the graph's own attributes, where sigma hands them a copy", () => {
    for (const [methods, same] of [[sigmaOwn, false], [withoutCopies, true]] as const) {
      const given: object[] = [];
      const inner = internals((_, a) => (given.push(a), { x: 0, y: 0 }), (_, a) => (given.push(a), {}));
      methods.addNode.call(inner, "a");
      methods.addEdge.call(inner, "r1");
      expect(given[0] === inner.graph.getNodeAttributes("a")).toBe(same);
      expect(given[1] === inner.graph.getEdgeAttributes("r1")).toBe(same);
    }
  });

  it("a node reduced to no position fails with sigma's own message", () => {
    const message = (methods: ItemMethods): string => {
      const inner = internals(() => ({ label: "nowhere" }), null);
      try {
        methods.addNode.call(inner, "a");
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    expect(message(withoutCopies)).toBe(message(sigmaOwn));
    expect(message(sigmaOwn)).toMatch(/could not find a valid position \(x, y\) for node "a"/);
  });

  it("a reducer's result is what sigma keeps (no second object), and one given back is copied, never the graph's", () => {
    const result = { x: 0, y: 0, label: "kept" };
    const inner = internals(() => result, (_, a) => a);
    withoutCopies.addNode.call(inner, "a");
    withoutCopies.addEdge.call(inner, "r1");
    expect(inner.nodeDataCache.a).toBe(result);
    expect(inner.edgeDataCache.r1).not.toBe(inner.graph.getEdgeAttributes("r1"));
    expect(inner.graph.getEdgeAttributes("r1")).not.toHaveProperty("hidden");
  });
});
