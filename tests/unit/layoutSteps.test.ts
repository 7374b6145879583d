/**
 * Draw first, refine after (src/model/layout.ts): the placement drawn before the layout runs, and
 * the layout run in batches, which must end exactly where the package's own synchronous run ends
 * (the stable layout the app showed before it drew first).
 */
import { describe, expect, it } from "vitest";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type Graph from "graphology";
import { buildGraph } from "../../src/model/graph.ts";
import { computeLayout, createLayoutStepper, defaultIterations, layoutInput, seededPositions } from "../../src/model/layout.ts";
import { generateDataset } from "../../src/model/generate.ts";

/** The stable layout as it was computed before it could be stepped: one synchronous ForceAtlas2 run. */
function referenceLayout(graph: Graph, iterations = defaultIterations(graph.order)): Map<string, { x: number; y: number }> {
  const n = graph.order;
  const xy = seededPositions(n, 1);
  const work = graph.emptyCopy() as Graph;
  let k = 0;
  work.forEachNode((node) => {
    work.mergeNodeAttributes(node, { x: xy[2 * k], y: xy[2 * k + 1] });
    k++;
  });
  graph.forEachEdge((_e, _a, s, t) => {
    if (work.hasEdge(s, t) || work.hasEdge(t, s)) return;
    work.addEdge(s, t);
  });
  const settings = forceAtlas2.inferSettings(work);
  forceAtlas2.assign(work, { iterations, settings: { ...settings, barnesHutOptimize: n > 2000, adjustSizes: false, scalingRatio: n < 100 ? 20 : settings.scalingRatio } });
  return new Map(work.mapNodes((node, a) => [node, { x: a.x as number, y: a.y as number }] as const));
}

const small = buildGraph(generateDataset({ actors: 300, relations: 1500, years: 10, seed: 5 }));

describe("the placement drawn before the layout", () => {
  it("is ForceAtlas2's seeded start, the same for the same dataset, every actor apart", () => {
    const a = layoutInput(small);
    const b = layoutInput(buildGraph(generateDataset({ actors: 300, relations: 1500, years: 10, seed: 5 })));
    expect([...a.start]).toEqual([...b.start]);
    expect([...a.start]).toEqual([...seededPositions(300)]);
    expect(a.nodes).toEqual(small.nodes());
    const points = new Set<string>();
    for (let k = 0; k < 300; k++) {
      const r = Math.hypot(a.start[2 * k]!, a.start[2 * k + 1]!);
      expect(r).toBeGreaterThanOrEqual(80);
      expect(r).toBeLessThanOrEqual(120);
      points.add(`${a.start[2 * k]},${a.start[2 * k + 1]}`);
    }
    expect(points.size).toBe(300);
  });

  it("lists each pair of actors once, whatever the number and direction of their relations", () => {
    const input = layoutInput(small);
    const pairs = new Set<string>();
    for (let i = 0; i < input.pairs.length; i += 2) {
      const [s, t] = [input.pairs[i]!, input.pairs[i + 1]!];
      pairs.add(s < t ? `${s} ${t}` : `${t} ${s}`);
    }
    expect(pairs.size).toBe(input.pairs.length / 2);
    const expected = new Set(small.mapEdges((_e, _a, s, t) => [small.nodes().indexOf(s), small.nodes().indexOf(t)].sort((x, y) => x - y).join(" ")));
    expect(pairs).toEqual(expected);
  });
});

describe("the layout run in batches", () => {
  it("ends bit for bit where one synchronous run ends, whatever the batches", () => {
    const expected = referenceLayout(small);
    const input = layoutInput(small);
    const stepper = createLayoutStepper(input);
    expect(stepper.total).toBe(100);
    for (const batch of [1, 7, 13, 1000]) stepper.step(batch);
    expect(stepper.done).toBe(100);
    const xy = stepper.positions();
    input.nodes.forEach((node, k) => expect({ x: xy[2 * k], y: xy[2 * k + 1] }).toEqual(expected.get(node)));
    // And computeLayout, which the CLI and the default dataset use, is the same run.
    expect(computeLayout(small)).toEqual(expected);
  });

  it("ends where the synchronous run ends with Barnes–Hut too (over 2,000 actors)", () => {
    const big = buildGraph(generateDataset({ actors: 2100, relations: 2500, years: 10, seed: 2 }));
    const expected = referenceLayout(big, 8);
    const stepper = createLayoutStepper(layoutInput(big, { iterations: 8 }));
    stepper.step(3);
    const half = stepper.positions();
    stepper.step(5);
    const xy = stepper.positions();
    big.nodes().forEach((node, k) => expect({ x: xy[2 * k], y: xy[2 * k + 1] }).toEqual(expected.get(node)));
    // Half-way is somewhere else: the animation has frames between the start and the end.
    expect([...half]).not.toEqual([...xy]);
  });

  it("gives the start before any iteration, and nothing to do for fewer than two actors", () => {
    const input = layoutInput(small);
    const stepper = createLayoutStepper(input);
    expect([...stepper.positions()]).toEqual([...input.start]);
    const one = buildGraph(generateDataset({ actors: 1, relations: 0, years: 1, seed: 1 }));
    const lone = createLayoutStepper(layoutInput(one));
    expect(lone.total).toBe(0);
    expect(lone.step(10)).toBe(0);
  });
});
