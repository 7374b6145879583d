import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Dataset, Relation } from "../../src/model/schema.ts";
import { parseDataset } from "../../src/model/load.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { fromDay, toDay } from "../../src/model/dates.ts";
import { signedGraphAt, type CombineRule } from "../../src/model/analytics/signedGraph.ts";
import { balanceOf } from "../../src/model/analytics/balance.ts";
import { alignmentOf } from "../../src/model/analytics/alignment.ts";
import { alignmentSeries, seriesDates, stanceSeries, type StanceSeries } from "../../src/model/analytics/series.ts";

function karabakh(): StanceModel {
  const path = fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url));
  const result = parseDataset(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error("the default dataset should be valid");
  return createModel(result.dataset, { layout: false });
}

const TYPES = [
  { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#000000" },
  { id: "partnership", label: "Partnership", sign: 1, directed: false, color: "#000000" },
  { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#000000" },
  { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#000000" },
] as const;

function datasetOf(actorCount: number, relations: Array<Omit<Relation, "evidence">>, span?: { from: string; to: string }): Dataset {
  return {
    format: "stancegraph/1",
    id: "synthetic",
    title: "Synthetic",
    ...(span ? { span } : {}),
    actors: Array.from({ length: actorCount }, (_, i) => ({ id: `A${i}`, label: `Actor ${i}`, kind: "state" as const })),
    relationTypes: TYPES.map((t) => ({ ...t })),
    relations: relations.map((r) => ({ ...r, evidence: [{ source: "ref", citation: "synthetic" }] })),
    events: [],
    sources: [{ id: "ref", title: "Reference", publisher: "Test" }],
    periods: [],
  };
}

/** Every point of the series equals the figures recomputed from scratch on its date. */
function expectSeriesMatchesSnapshots(model: StanceModel, series: StanceSeries, rule: CombineRule, dates = series.points.map((p) => p.date)) {
  for (const date of dates) {
    const point = series.points.find((p) => p.date === date)!;
    const graph = signedGraphAt(model, date, { rule });
    const balance = balanceOf(graph);
    expect({ date, ties: point.ties, counts: point.counts, strong: point.strong, weak: point.weak, ambivalent: point.ambivalent }).toEqual({
      date,
      ties: balance.ties,
      counts: balance.counts,
      strong: balance.strong,
      weak: balance.weak,
      ambivalent: graph.ambivalent.length,
    });
  }
  const index = new Map(series.points.map((p, i) => [p.date, i]));
  for (const actor of model.dataset.actors) {
    const steps = alignmentSeries(series, actor.id);
    for (const date of dates) {
      const expected = alignmentOf(signedGraphAt(model, date, { rule })).find((r) => r.id === actor.id)!;
      expect(steps[index.get(date)!]).toEqual({ date, positive: expected.positive, negative: expected.negative, net: expected.net });
    }
  }
}

describe("the series on the Karabakh dataset", () => {
  const model = karabakh();
  const series = stanceSeries(model);

  it("has a point at both ends of the timeline and at every relation start or end inside it", () => {
    expect(series.from).toBe("2020-09-27");
    expect(series.to).toBe("2024-06-30");
    expect(series.points.map((p) => p.date)).toEqual(seriesDates(model, "2020-09-27", "2024-06-30"));
    expect(series.points.map((p) => p.date)).toEqual([
      "2020-09-27",
      "2020-11-10",
      "2021-06-15",
      "2021-12-14",
      "2022-02-22",
      "2022-02-24",
      "2023-02-20",
      "2023-03-17",
      "2023-09-20",
      "2023-10-03",
      "2023-10-23",
      "2024-02-01",
      "2024-02-22",
      "2024-06-12",
      "2024-06-30",
    ]);
  });

  it("equals the snapshot figures at every point", () => {
    expectSeriesMatchesSnapshots(model, series, "sum");
  });

  it("keeps alignment as steps: Armenia's net goes 1 → 2 → 0 as allies become adversaries", () => {
    expect(series.alignment.get("ARM")!.map((s) => [s.date, s.net])).toEqual([
      ["2020-09-27", 1],
      ["2023-02-20", 2],
      ["2023-10-03", 0],
      ["2023-10-23", 1],
      ["2024-02-01", 2],
      ["2024-02-22", 0],
    ]);
  });

  it("rejects a window that ends before it starts", () => {
    expect(() => stanceSeries(model, { from: "2024-01-01", to: "2023-01-01" })).toThrow("the series window starts (2024-01-01) after it ends (2023-01-01)");
  });
});

describe("the incremental series against recomputation from scratch", () => {
  const day = fc.integer({ min: toDay("2000-01-01"), max: toDay("2000-03-01") });
  const relation = (actors: number) =>
    fc
      .record({
        source: fc.integer({ min: 0, max: actors - 1 }),
        target: fc.integer({ min: 0, max: actors - 1 }),
        type: fc.constantFrom(...TYPES.map((t) => t.id)),
        from: day,
        length: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      })
      .filter((r) => r.source !== r.target);

  it("matches balanceAt and alignmentAt at every point, for both combination rules", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }).chain((n) => fc.tuple(fc.constant(n), fc.array(relation(n), { maxLength: 40 }))),
        fc.constantFrom<CombineRule>("sum", "negative-dominates"),
        ([n, raw], rule) => {
          const relations = raw.map((r, i) => ({
            id: `r${i}`,
            source: `A${r.source}`,
            target: `A${r.target}`,
            type: r.type,
            from: fromDay(r.from),
            ...(r.length === undefined ? {} : { to: fromDay(r.from + r.length) }),
          }));
          const model = createModel(datasetOf(n, relations, { from: "2000-01-10", to: "2000-02-20" }), { layout: false });
          const series = stanceSeries(model, { rule });
          expectSeriesMatchesSnapshots(model, series, rule);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("scales to a large sparse timeline (4 000 actors, 20 000 relations)", () => {
    // A seeded xorshift generator keeps the data the same on every run.
    let state = 0x9e3779b9;
    const next = (k: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % k;
    };
    const relations = Array.from({ length: 20_000 }, (_, i) => {
      // Local ties (actors within 8 places), so there are many triads to track.
      const a = next(4000);
      const b = (a + 1 + next(8)) % 4000;
      const from = toDay("1990-01-01") + next(12_000);
      return { id: `r${i}`, source: `A${a}`, target: `A${b}`, type: TYPES[next(4)]!.id, from: fromDay(from), to: fromDay(from + 1 + next(6000)) };
    });
    const model = createModel(datasetOf(4000, relations, { from: "1990-01-01", to: "2026-01-01" }), { layout: false });
    const series = stanceSeries(model);
    expect(series.points.length).toBeGreaterThan(5000);
    expect(Math.max(...series.points.map((p) => p.triads))).toBeGreaterThan(100);
    // Spot checks against recomputation from scratch.
    const sample = [0, 1000, 2500, series.points.length - 1].map((i) => series.points[i]!.date);
    for (const date of sample) {
      const balance = balanceOf(signedGraphAt(model, date));
      const point = series.points.find((p) => p.date === date)!;
      expect(point.counts).toEqual(balance.counts);
      expect(point.ties).toEqual(balance.ties);
    }
  });
});
