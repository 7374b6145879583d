/**
 * The two bloc searches on their own (blocs.ts picks one per component): the exact search improves
 * any seed to the optimum, the heuristic finds the obvious split, and labels are renumbered in order
 * of first appearance.
 */
import { describe, expect, it } from "vitest";
import { compact, scoreOf, type LocalGraph, type Solution } from "../../src/model/analytics/blocsSearch.ts";
import { exactSearch } from "../../src/model/analytics/blocsExact.ts";
import { heuristic } from "../../src/model/analytics/blocsHeuristic.ts";
import type { TieSign } from "../../src/model/analytics/signedGraph.ts";

/** Two friendly triangles {0,1,2} and {3,4,5}, hostile across (0–3, 1–4, 2–5). */
function twoCamps(): LocalGraph {
  const adj: Array<Array<[number, TieSign]>> = Array.from({ length: 6 }, () => []);
  const tie = (a: number, b: number, s: TieSign) => (adj[a]!.push([b, s]), adj[b]!.push([a, s]));
  for (const [a, b] of [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5]] as const) tie(a, b, 1);
  for (const [a, b] of [[0, 3], [1, 4], [2, 5]] as const) tie(a, b, -1);
  return { size: 6, adj };
}

const oneBloc = (local: LocalGraph): Solution => {
  const labels = new Int32Array(local.size);
  return { labels, ...scoreOf(local, labels, 1) };
};

describe("bloc searches", () => {
  it("exact search improves a one-bloc seed (3 negatives inside) to the two camps", () => {
    const local = twoCamps();
    const seed = oneBloc(local);
    expect(seed).toMatchObject({ cost: 3, negInside: 3 });
    const best = exactSearch(local, Number.POSITIVE_INFINITY, seed);
    expect({ cost: best.cost, negInside: best.negInside, blocs: best.blocs }).toEqual({ cost: 0, negInside: 0, blocs: 2 });
    expect([...best.labels]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("exact search respects maxBlocs: with one bloc allowed, the seed is the optimum", () => {
    const local = twoCamps();
    expect(exactSearch(local, 1, oneBloc(local)).cost).toBe(3);
  });

  it("the heuristic finds the two camps too, the same for the same seed", () => {
    const local = twoCamps();
    const a = heuristic(local, Number.POSITIVE_INFINITY, 1, 10);
    expect({ cost: a.cost, blocs: a.blocs }).toEqual({ cost: 0, blocs: 2 });
    expect([...heuristic(local, Number.POSITIVE_INFINITY, 1, 10).labels]).toEqual([...a.labels]);
  });

  it("compact renumbers labels 0..B−1 in order of first appearance", () => {
    const labels = Int32Array.from([7, 7, 2, 9, 2]);
    expect(compact(labels)).toBe(3);
    expect([...labels]).toEqual([0, 0, 1, 2, 1]);
  });
});
