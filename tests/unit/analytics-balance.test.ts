import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexSignedGraph, signedGraphFromTies, type SignedGraph, type TieSign } from "../../src/model/analytics/signedGraph.ts";
import { signedGraph as graph, gahukuGama } from "./signedGraphs.ts";
import { balanceOf, countTriads, forEachTriad, listTriads, triadTypeOf, type TriadType } from "../../src/model/analytics/balance.ts";


/** Reference: every triple of actors, O(n³), straight from the definitions. */
function bruteForceTriads(g: SignedGraph): Array<{ actors: string; type: TriadType }> {
  const sign = new Map(g.ties.map((t) => [`${t.a}|${t.b}`, t.sign]));
  const ids = g.actors.map((a) => a.id).sort();
  const out: Array<{ actors: string; type: TriadType }> = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      for (let k = j + 1; k < ids.length; k++) {
        const s = [sign.get(`${ids[i]}|${ids[j]}`), sign.get(`${ids[i]}|${ids[k]}`), sign.get(`${ids[j]}|${ids[k]}`)];
        if (s.some((x) => x === undefined)) continue;
        out.push({ actors: `${ids[i]} ${ids[j]} ${ids[k]}`, type: triadTypeOf(s.filter((x) => x! < 0).length) });
      }
  return out;
}


describe("structural balance by hand", () => {
  it.each([
    ["A+B A+C B+C", "+++", true, true],
    ["A+B A+C B-C", "++-", false, false],
    ["A+B A-C B-C", "+--", true, true],
    ["A-B A-C B-C", "---", false, true],
  ] as const)("%s is a %s triad (strong %s, weak %s)", (spec, type, strong, weak) => {
    const report = balanceOf(graph(spec));
    expect(report.triads).toBe(1);
    expect(report.counts[type]).toBe(1);
    expect(report.strong).toEqual({ balanced: strong ? 1 : 0, unbalanced: strong ? 0 : 1, ratio: strong ? 1 : 0 });
    expect(report.weak).toEqual({ balanced: weak ? 1 : 0, unbalanced: weak ? 0 : 1, ratio: weak ? 1 : 0 });
    expect(report.unbalanced).toHaveLength(strong ? 0 : 1);
  });

  it("reproduces signnet's published K4 example: +++ 1, ++- 0, +-- 3, --- 0", () => {
    // signnet reference/count_signed_triangles: make_full_graph(4); E(g)$sign <- c(-1, 1, 1, -1, -1, 1)
    // (igraph edge order 1-2, 1-3, 1-4, 2-3, 2-4, 3-4).
    const report = balanceOf(graph("1-2 1+3 1+4 2-3 2-4 3+4"));
    expect(report.counts).toEqual({ "+++": 1, "++-": 0, "+--": 3, "---": 0 });
    expect(report.strong.ratio).toBe(1); // signnet: balance_score(g, "triangles") #> 1
  });

  it("has no closed triad, and a null ratio, for paths, stars and actors without ties", () => {
    const report = balanceOf(graph("A+B B-C C+D A-E", { extra: ["Z"] }));
    expect(report.triads).toBe(0);
    expect(report.strong.ratio).toBeNull();
    expect(report.weak.ratio).toBeNull();
    expect(report.ties).toEqual({ total: 4, positive: 2, negative: 2 });
  });

  it("lists unbalanced triads with ids, labels and signs: ++- (unbalanced either way) before ---", () => {
    // Two triads share A–B: A,B,C is ++-; A,B,D is +--; B,D,E is ---.
    const report = balanceOf(graph("A+B A+C B-C A-D B-D B-E D-E"));
    expect(report.counts).toEqual({ "+++": 0, "++-": 1, "+--": 1, "---": 1 });
    expect(report.strong).toEqual({ balanced: 1, unbalanced: 2, ratio: 1 / 3 });
    expect(report.weak).toEqual({ balanced: 2, unbalanced: 1, ratio: 2 / 3 });
    expect(report.unbalanced.map((t) => [t.actors.join(""), t.type, t.weakBalanced])).toEqual([
      ["ABC", "++-", false],
      ["BDE", "---", true],
    ]);
    expect(report.unbalanced[0]).toMatchObject({ labels: ["Actor A", "Actor B", "Actor C"], signs: [1, 1, -1] });
  });
});

describe("triad enumeration (forward algorithm)", () => {
  const sparseGraph = fc
    .integer({ min: 3, max: 30 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.boolean()), {
          maxLength: 3 * n,
          selector: ([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`),
        }),
      ),
    )
    .map(([n, raw]) => {
      const ids = Array.from({ length: n }, (_, i) => `N${String(i).padStart(2, "0")}`);
      const ties = raw.filter(([a, b]) => a !== b).map(([a, b, pos]) => ({ a: ids[a]!, b: ids[b]!, sign: (pos ? 1 : -1) as TieSign }));
      return signedGraphFromTies(
        ids.map((id) => ({ id, label: id })),
        ties,
      );
    });

  it("finds exactly the triads of the O(n³) reference, with the same types", () => {
    fc.assert(
      fc.property(sparseGraph, (g) => {
        const fast = listTriads(g).map((t) => ({ actors: t.actors.join(" "), type: t.type }));
        expect(fast).toEqual(bruteForceTriads(g));
        const counts = countTriads(g);
        for (const type of ["+++", "++-", "+--", "---"] as const) expect(counts[type]).toBe(fast.filter((t) => t.type === type).length);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the number of actors without ties (no cubic scan)", () => {
    // 200 000 actors, a dense knot of 300 ties among 25 of them: a cubic scan would need 10^15 steps.
    const ids = Array.from({ length: 200_000 }, (_, i) => `A${i}`);
    const ties: Array<{ a: string; b: string; sign: TieSign }> = [];
    for (let i = 0; i < 25; i++) for (let j = i + 1; j < 25; j++) ties.push({ a: ids[i]!, b: ids[j]!, sign: (i + j) % 3 === 0 ? -1 : 1 });
    const g = signedGraphFromTies(
      ids.map((id) => ({ id, label: id })),
      ties,
    );
    const indexed = indexSignedGraph(g);
    let found = 0;
    const work = { steps: 0 };
    forEachTriad(indexed, () => found++, work);
    expect(found).toBe((25 * 24 * 23) / 6);
    // Each triad is looked at exactly once: the forward algorithm wastes no step on a complete graph.
    expect(work.steps).toBe(found);
  });

  it("handles a hub with 60 000 spokes (sparse but skewed) in near-linear time", () => {
    // A hub tied to every actor, the spokes tied in a ring: 60 000 triads, 120 000 ties. The hub
    // sits in the middle of the actor order: without degree ordering it would have 30 000 ties
    // in and 30 000 out, and the forward algorithm would do 9·10⁸ steps instead of ~10⁵.
    const n = 60_000;
    const ids = Array.from({ length: n }, (_, i) => `S${String(i).padStart(5, "0")}`);
    const hub = "S30000-hub";
    const ties: Array<{ a: string; b: string; sign: TieSign }> = [];
    for (let i = 0; i < n; i++) ties.push({ a: hub, b: ids[i]!, sign: 1 }, { a: ids[i]!, b: ids[(i + 1) % n]!, sign: i % 2 ? 1 : -1 });
    const g = signedGraphFromTies(
      [...ids.slice(0, n / 2), hub, ...ids.slice(n / 2)].map((id) => ({ id, label: id })),
      ties,
    );
    // Count the enumeration's work; building the index is linear and not in question.
    const indexed = indexSignedGraph(g);
    let found = 0;
    const work = { steps: 0 };
    forEachTriad(indexed, () => found++, work);
    expect(found).toBe(n);
    expect(countTriads(g)["+++"]).toBe(n / 2);
    // Near-linear: a few steps per tie (120 000 ties), not the 9·10⁸ of an unordered enumeration.
    expect(work.steps).toBeLessThanOrEqual(4 * 2 * n);
  });
});

describe("Gahuku-Gama subtribes (Read 1954): published figures reproduced", () => {
  const { graph: g, published } = gahukuGama();

  it("has 16 tribes, 29 positive and 29 negative ties", () => {
    const report = balanceOf(g);
    expect(g.actors).toHaveLength(16);
    expect(report.ties).toEqual({ total: 58, positive: 29, negative: 29 });
  });

  it("has 68 closed triads, 59 strongly balanced: ratio 0.8676471 as signnet publishes", () => {
    const report = balanceOf(g);
    expect(report.triads).toBe(68);
    expect(report.counts).toEqual({ "+++": 19, "++-": 2, "+--": 40, "---": 7 });
    expect(report.strong.balanced).toBe(59);
    expect(Number(report.strong.ratio!.toFixed(7))).toBe(published.strongBalanceRatio);
    // Weak balance is not published for this network: checked against the O(n³) reference.
    const reference = bruteForceTriads(g);
    expect(reference).toHaveLength(68);
    expect(report.weak.balanced).toBe(reference.filter((t) => t.type !== "++-").length);
    expect(report.weak.balanced).toBe(66);
  });
});
