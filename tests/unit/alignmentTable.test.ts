import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alignmentColumns, alignmentRows, defaultSort, firstRows, nextSort, sortFor, sortRows, type AlignmentAt, type AlignmentKey } from "../../src/ui/analysis/alignmentTable.ts";

const at = (date: string, nets: Array<[string, number, number]>, blocOf: Record<string, number>): AlignmentAt => ({
  date,
  alignment: nets.map(([id, positive, negative]) => ({ id, label: id.toLowerCase(), positive, negative, net: positive - negative })),
  blocs: { blocOf: new Map(Object.entries(blocOf)) },
});

const a = at("2023-01-01", [["RUS", 3, 0], ["ARM", 2, 0], ["AZE", 0, 2]], { RUS: 1, ARM: 1, AZE: 2 });
const b = at("2024-01-01", [["RUS", 1, 1], ["ARM", 1, 2], ["AZE", 1, 1], ["TUR", 1, 0]], { RUS: 2, AZE: 2, TUR: 2, ARM: 1 });

describe("alignment table", () => {
  it("has positive, negative and net columns at one date; nets at both dates and the change in compare mode", () => {
    expect(alignmentColumns([a]).map((c) => c.key)).toEqual(["label", "bloc", "positive", "negative", "net"]);
    const compare = alignmentColumns([a, b]);
    expect(compare.map((c) => c.key)).toEqual(["label", "bloc", "netA", "netB", "change"]);
    expect(compare.map((c) => c.date)).toEqual([undefined, undefined, a.date, b.date, undefined]);
    expect(compare[1]!.name).toBe(`bloc on ${b.date}`);
  });

  it("takes one row per actor at the last date, its net at the first (0 when absent), and its bloc", () => {
    const rows = alignmentRows([a, b]);
    expect(rows.map((r) => [r.id, r.netA, r.netB, r.change, r.bloc])).toEqual([
      ["RUS", 3, 0, -3, 2],
      ["ARM", 2, -1, -3, 1],
      ["AZE", -2, 0, 2, 2],
      ["TUR", 0, 1, 1, 2],
    ]);
    expect(alignmentRows([at("d", [["X", 0, 0]], {})])[0]!.bloc).toBe(Number.POSITIVE_INFINITY);
  });

  it("sorts changes by size then sign, numbers by value, names alphabetically, ties by name", () => {
    const rows = alignmentRows([a, b]);
    expect(sortRows(rows, { key: "change", descending: true }).map((r) => r.id)).toEqual(["ARM", "RUS", "AZE", "TUR"]);
    expect(sortRows(rows, { key: "netB", descending: false }).map((r) => r.id)).toEqual(["ARM", "AZE", "RUS", "TUR"]);
    expect(sortRows(rows, { key: "label", descending: false }).map((r) => r.label)).toEqual(["arm", "aze", "rus", "tur"]);
    // Actors without a bloc sort after those with one.
    const single = alignmentRows([at("d", [["X", 1, 0], ["Y", 1, 0]], { Y: 1 })]);
    expect(sortRows(single, { key: "bloc", descending: false }).map((r) => r.id)).toEqual(["Y", "X"]);
    // Sorting copies.
    expect(rows.map((r) => r.id)).toEqual(["RUS", "ARM", "AZE", "TUR"]);
  });

  it("flips the order of the chosen column; a new column starts descending, names and blocs ascending", () => {
    const start = defaultSort(false);
    expect(start).toEqual({ key: "net", descending: true });
    expect(nextSort(start, "net")).toEqual({ key: "net", descending: false });
    expect(nextSort(start, "positive")).toEqual({ key: "positive", descending: true });
    expect(nextSort(start, "label")).toEqual({ key: "label", descending: false });
    expect(nextSort(start, "bloc")).toEqual({ key: "bloc", descending: false });
  });

  it("falls back to the default column of the mode, keeping the direction, when the columns change", () => {
    expect(sortFor({ key: "positive", descending: false }, alignmentColumns([a, b]))).toEqual({ key: "change", descending: false });
    expect(sortFor({ key: "netA", descending: true }, alignmentColumns([a]))).toEqual({ key: "net", descending: true });
    expect(sortFor({ key: "label", descending: false }, alignmentColumns([a, b]))).toEqual({ key: "label", descending: false });
  });

  it("takes the first n rows of an order without sorting them all, the same rows in the same order as the full sort", () => {
    const keys: AlignmentKey[] = ["label", "bloc", "positive", "negative", "net", "netA", "netB", "change"];
    // Few labels and small numbers, so that ties (broken by name, then kept in input order) are common.
    const row = fc.record({ id: fc.string(), label: fc.constantFrom("a", "b", "c", "d"), bloc: fc.constantFrom(1, 2, Number.POSITIVE_INFINITY), positive: fc.nat(3), negative: fc.nat(3), netA: fc.integer({ min: -3, max: 3 }), netB: fc.integer({ min: -3, max: 3 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), fc.constantFrom(...keys), fc.boolean(), fc.nat(20), (raw, key, descending, n) => {
        const rows = raw.map((r, i) => ({ ...r, id: `${i}`, net: r.positive - r.negative, change: r.netB - r.netA }));
        const sort = { key, descending };
        expect(firstRows(rows, sort, n).map((r) => r.id)).toEqual(sortRows(rows, sort).slice(0, n).map((r) => r.id));
      }),
    );
  });
});
