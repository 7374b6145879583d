import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, fromDay, isActiveOn, isIsoDate, toDay } from "../../src/model/dates.ts";
import { IntervalIndex } from "../../src/model/intervalIndex.ts";
import { buildGraph, pairKey } from "../../src/model/graph.ts";
import { activeRelationsAt, createModel, dataExtent } from "../../src/model/stanceModel.ts";
import { diffDates } from "../../src/model/diff.ts";
import { computeLayout } from "../../src/model/layout.ts";
import { miniDataset } from "./fixtures.ts";

describe("dates", () => {
  it("accepts real days only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it("converts to day numbers and back", () => {
    expect(toDay("1970-01-01")).toBe(0);
    expect(fromDay(toDay("2023-09-19"))).toBe("2023-09-19");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-03-15", -3)).toBe("2023-12-15");
    expect(() => toDay("2023-02-30")).toThrow(/not a calendar date/);
  });

  it("reads dates exactly as the RegExp + Date.UTC version did, without either", () => {
    // The first implementation, kept here as the reference the digit-by-digit one must match.
    const reference = (x: string): number | null => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(x);
      if (!m) return null;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
      return Math.round(Date.UTC(y, mo - 1, d) / 86_400_000);
    };
    const ours = (x: string) => (isIsoDate(x) ? toDay(x) : null);
    const digit = fc.constantFrom(..."0123456789");
    const nearlyDate = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.constantFrom("-", "-", "-", "/", "x"))
      .map(([y, m, d, sep]) => `${y.join("")}${sep}${m.join("")}-${d.join("")}`);
    const realDay = fc.integer({ min: toDay("0100-01-01"), max: toDay("9999-12-31") }).map(fromDay);
    fc.assert(
      fc.property(fc.oneof(nearlyDate, realDay, fc.string({ maxLength: 12 })), (x) => {
        expect(ours(x)).toBe(reference(x));
      }),
      { numRuns: 5000 },
    );
    for (const x of ["0099-12-31", "0100-01-01", "1900-02-29", "2000-02-29", "2100-02-29", "1969-12-31", "9999-12-31", "２０２３-01-01"]) expect(ours(x)).toBe(reference(x));
  });

  it("treats validity as half-open [from, to)", () => {
    const iv = { from: "2020-01-01", to: "2023-09-20" };
    expect(isActiveOn(iv, "2019-12-31")).toBe(false);
    expect(isActiveOn(iv, "2020-01-01")).toBe(true);
    expect(isActiveOn(iv, "2023-09-19")).toBe(true);
    expect(isActiveOn(iv, "2023-09-20")).toBe(false);
    expect(isActiveOn({ from: "2020-01-01" }, "2999-01-01")).toBe(true);
  });
});

const dayArb = fc.integer({ min: toDay("1990-01-01"), max: toDay("2030-12-31") });
const intervalArb = fc.tuple(dayArb, fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined })).map(([from, len]) => ({
  from: fromDay(from),
  to: len === undefined ? undefined : fromDay(from + len),
}));

describe("IntervalIndex", () => {
  it("answers active-at exactly like a plain scan", () => {
    fc.assert(
      fc.property(fc.array(intervalArb, { maxLength: 300 }), fc.array(dayArb, { minLength: 1, maxLength: 20 }), (intervals, days) => {
        const index = new IntervalIndex(intervals);
        for (const d of days) {
          const t = fromDay(d);
          const expected = intervals.flatMap((iv, i) => (isActiveOn(iv, t) ? [i] : []));
          expect(index.activeAt(t).sort((a, b) => a - b)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("lists what enters and leaves between two dates, in both directions", () => {
    fc.assert(
      fc.property(fc.array(intervalArb, { maxLength: 200 }), dayArb, dayArb, (intervals, a, b) => {
        const index = new IntervalIndex(intervals);
        const [ta, tb] = [fromDay(a), fromDay(b)];
        const atA = new Set(index.activeAt(ta));
        const atB = new Set(index.activeAt(tb));
        const { entered, left } = index.changesBetween(ta, tb);
        expect(entered.sort((x, y) => x - y)).toEqual([...atB].filter((i) => !atA.has(i)).sort((x, y) => x - y));
        expect(left.sort((x, y) => x - y)).toEqual([...atA].filter((i) => !atB.has(i)).sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it("handles the boundary days of a turn", () => {
    const index = new IntervalIndex([
      { from: "2020-01-01", to: "2023-09-20" },
      { from: "2023-09-20" },
    ]);
    expect(index.activeAt("2023-09-19")).toEqual([0]);
    expect(index.activeAt("2023-09-20")).toEqual([1]);
    expect(index.changesBetween("2023-09-19", "2023-09-20")).toEqual({ entered: [1], left: [0] });
    expect(index.changesBetween("2023-09-20", "2023-09-19")).toEqual({ entered: [0], left: [1] });
    expect(new IntervalIndex([]).activeAt("2020-01-01")).toEqual([]);
  });

  it("answers the same after travelling as packed arrays (as from the load worker)", () => {
    fc.assert(
      fc.property(fc.array(intervalArb, { maxLength: 200 }), dayArb, dayArb, (intervals, a, b) => {
        const built = new IntervalIndex(intervals);
        // structuredClone is what postMessage does to the arrays.
        const moved = IntervalIndex.fromPacked(structuredClone(built.packed()));
        const [ta, tb] = [fromDay(a), fromDay(b)];
        expect(moved.size).toBe(intervals.length);
        expect(moved.activeAt(ta).sort((x, y) => x - y)).toEqual(built.activeAt(ta).sort((x, y) => x - y));
        expect(moved.changesBetween(ta, tb)).toEqual(built.changesBetween(ta, tb));
      }),
      { numRuns: 200 },
    );
  });
});

describe("buildGraph", () => {
  it("holds every relation of all time in one mixed multigraph", () => {
    const graph = buildGraph(miniDataset());
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.multi).toBe(true);
    expect(graph.edges("AAA", "BBB").sort()).toEqual(["r1", "r2"]);
    expect(graph.isDirected("r3")).toBe(true);
    expect(graph.isUndirected("r1")).toBe(true);
    expect(graph.source("r3")).toBe("GAM");
    expect(graph.getEdgeAttributes("r2")).toMatchObject({ relationType: "estrangement", sign: -1, from: "2023-09-20", to: undefined, index: 1 });
    expect(graph.getNodeAttributes("AAA")).toMatchObject({ label: "Alpha", kind: "state" });
  });

  it("uses one key per unordered pair", () => {
    expect(pairKey("B", "A")).toBe(pairKey("A", "B"));
  });
});

describe("activeRelationsAt", () => {
  it("returns the relations active on a date, in dataset order", () => {
    const model = createModel(miniDataset(), { layout: false });
    expect(activeRelationsAt(model, "2023-09-19").map((r) => r.id)).toEqual(["r1", "r3"]);
    expect(activeRelationsAt(model, "2023-09-20").map((r) => r.id)).toEqual(["r2", "r3"]);
    expect(activeRelationsAt(model, "2024-01-01").map((r) => r.id)).toEqual(["r2"]);
    expect(activeRelationsAt(model, "2019-12-31")).toEqual([]);
  });

  it("derives the timeline span from the data when the dataset sets none", () => {
    expect(dataExtent(miniDataset())).toEqual({ from: "2020-01-01", to: "2024-04-18" });
  });
});

describe("diffDates", () => {
  it("reports a turn from alliance to estrangement as a changed pair", () => {
    const model = createModel(miniDataset(), { layout: false });
    const diff = diffDates(model, "2023-09-18", "2024-04-18");
    expect(Object.fromEntries(diff.relations)).toEqual({ r1: "removed", r2: "added", r3: "removed" });
    expect(diff.pairs.map((p) => [p.key, p.kind, p.typesBefore, p.typesAfter])).toEqual([
      ["AAA|BBB", "changed", ["alliance"], ["estrangement"]],
      ["AAA|GAM", "removed", ["mediation"], []],
    ]);
  });

  it("is empty between two dates with the same relations, and symmetric in kind", () => {
    const model = createModel(miniDataset(), { layout: false });
    expect(diffDates(model, "2022-01-01", "2022-06-01").pairs.every((p) => p.kind === "unchanged")).toBe(true);
    const back = diffDates(model, "2024-04-18", "2023-09-18");
    expect(back.pairs.map((p) => p.kind)).toEqual(["changed", "added"]);
  });
});

describe("layout", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const graph = buildGraph(miniDataset());
    const a = computeLayout(graph, { seed: 7 });
    const b = computeLayout(buildGraph(miniDataset()), { seed: 7 });
    const c = computeLayout(graph, { seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.size).toBe(3);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("does not depend on the date: positions are computed over all relations once", () => {
    const model = createModel(miniDataset());
    const before = model.graph.mapNodes((n, attrs) => [n, attrs.x, attrs.y]);
    activeRelationsAt(model, "2024-01-01");
    diffDates(model, "2020-01-01", "2024-01-01");
    expect(model.graph.mapNodes((n, attrs) => [n, attrs.x, attrs.y])).toEqual(before);
    const xs = new Set(before.map((p) => p[1]));
    expect(xs.size).toBe(3);
  });
});
