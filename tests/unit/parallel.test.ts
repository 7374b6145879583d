import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { parallelIndex } from "../../src/model/parallel.ts";
import { runHeapProbe } from "./heapProbeRun.ts";

// @sigma/edge-curve reads WebGL constants when it loads; Node has no WebGL. Its index function
// uses none of them, so any numbers do.
const glConstants = new Proxy({}, { get: () => 0 });
Object.assign(globalThis, { WebGLRenderingContext: glConstants, WebGL2RenderingContext: glConstants });
const { indexParallelEdgesIndex } = await import("@sigma/edge-curve");

describe("parallelIndex", () => {
  it("gives the attributes @sigma/edge-curve's indexParallelEdgesIndex gives, on random multigraphs", () => {
    const actor = fc.constantFrom("a", "b", "c", "d", "e");
    const relation = fc.tuple(actor, actor, fc.boolean()).filter(([s, t]) => s !== t);
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 40 }), (list) => {
        const relations = list.map(([source, target, directed]) => ({ source, target, directed }));
        const graph = new MultiGraph({ type: "mixed" });
        for (const a of ["a", "b", "c", "d", "e"]) graph.addNode(a);
        relations.forEach((r, i) => (r.directed ? graph.addDirectedEdgeWithKey(String(i), r.source, r.target) : graph.addUndirectedEdgeWithKey(String(i), r.source, r.target)));
        indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
        const ours = parallelIndex(relations);
        relations.forEach((_, i) => {
          const attrs = graph.getEdgeAttributes(String(i));
          const nanToNull = (x: number) => (Number.isNaN(x) ? null : x);
          expect([nanToNull(ours.index[i]!), nanToNull(ours.max[i]!)]).toEqual([attrs.parallelIndex, attrs.parallelMaxIndex]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("marks a relation alone on its pair as alone", () => {
    const { index, max } = parallelIndex([{ source: "a", target: "b" }, { source: "b", target: "c" }, { source: "c", target: "b" }]);
    expect([index[0], max[0]]).toEqual([Number.NaN, Number.NaN]);
    expect([index[1], max[1], index[2], max[2]]).toEqual([1, 1, 1, 1]);
  });
});

describe("the graph's parallel indices", () => {
  it("share one number object per value: a half-integer index is not a number object per relation (counted in a heap snapshot)", async () => {
    const graph = await runHeapProbe("graph");
    expect(graph.held).toBe(3000);
    // Enough relations with a half-integer index for a copy each to show.
    expect(graph.halfIntegers).toBeGreaterThan(500);
    expect(graph.numberRefs).toBeGreaterThanOrEqual(2 * graph.halfIntegers);
    // The values are a handful (±0.5, ±1.5, their maxima …), whatever the number of relations.
    expect(graph.numberObjects).toBeLessThanOrEqual(12);
  }, 60_000);
});
