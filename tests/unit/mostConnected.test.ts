import { describe, expect, it } from "vitest";
import { mostConnected } from "../../src/ui/analysis/analysisTimeline.ts";

/** The definition: every actor sorted by degree, highest first (a stable sort keeps equal degrees in order), the first k. */
const bySort = <A extends { id: string }>(actors: readonly A[], degree: (id: string) => number, k: number) =>
  actors
    .map((a) => ({ a, d: degree(a.id) }))
    .sort((p, q) => q.d - p.d)
    .slice(0, k)
    .map((x) => x.a);

describe("mostConnected", () => {
  it("keeps the k actors of highest degree, equal degrees in the actors' order, as sorting them all would", () => {
    // A small pseudo-random graph with many equal degrees (a fixed linear congruential sequence).
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 9;
    const actors = Array.from({ length: 500 }, (_, i) => ({ id: `A${i}` }));
    const degrees = new Map(actors.map((a) => [a.id, next()]));
    const degree = (id: string) => degrees.get(id)!;
    for (const k of [1, 7, 60, 499, 500, 900]) expect(mostConnected(actors, degree, k)).toEqual(bySort(actors, degree, k));
  });

  it("returns nothing for k = 0 and every actor when there are fewer than k", () => {
    const actors = [{ id: "a" }, { id: "b" }];
    expect(mostConnected(actors, () => 1, 0)).toEqual([]);
    expect(mostConnected(actors, (id) => (id === "b" ? 2 : 1), 5)).toEqual([{ id: "b" }, { id: "a" }]);
  });
});
