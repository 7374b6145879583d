import { describe, expect, it } from "vitest";
import type { Dataset, Relation } from "../../src/model/schema.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { combineSigns, indexSignedGraph, signedGraphAt, signedGraphFromTies } from "../../src/model/analytics/signedGraph.ts";
import { miniDataset } from "./fixtures.ts";

const ev = [{ source: "ref", citation: "test" }];
const rel = (id: string, source: string, target: string, type: string, from: string, to?: string): Relation => ({ id, source, target, type, from, ...(to ? { to } : {}), evidence: ev });

/** Mini dataset plus a fourth actor and more signed types, with the given relations. */
function modelWith(relations: Relation[]) {
  const d: Dataset = miniDataset();
  d.actors.push({ id: "DEL", label: "Delta", kind: "state" });
  d.relationTypes.push(
    { id: "partnership", label: "Partnership", sign: 1, directed: false, color: "#56B4E9" },
    { id: "prosecution", label: "Prosecution", sign: -1, directed: true, color: "#CC79A7" },
  );
  d.relations = relations;
  return createModel(d, { layout: false });
}

describe("signedGraphAt: one sign per pair", () => {
  it("counts only relations active on the date (half-open [from, to))", () => {
    const model = modelWith([rel("r1", "AAA", "BBB", "alliance", "2020-01-01", "2023-09-20"), rel("r2", "AAA", "BBB", "estrangement", "2023-09-20")]);
    expect(signedGraphAt(model, "2023-09-19").ties).toEqual([{ a: "AAA", b: "BBB", sign: 1, types: ["alliance"], relations: ["r1"] }]);
    expect(signedGraphAt(model, "2023-09-20").ties).toEqual([{ a: "AAA", b: "BBB", sign: -1, types: ["estrangement"], relations: ["r2"] }]);
    expect(signedGraphAt(model, "2019-12-31").ties).toEqual([]);
  });

  it("does not count neutral relations (mediation) as ties, but reports how many there were", () => {
    const model = modelWith([rel("m", "GAM", "AAA", "mediation", "2020-01-01"), rel("a", "AAA", "BBB", "alliance", "2020-01-01")]);
    const g = signedGraphAt(model, "2021-01-01");
    expect(g.ties.map((t) => `${t.a}|${t.b}`)).toEqual(["AAA|BBB"]);
    expect(g.neutralRelations).toBe(1);
  });

  it("ignores direction: prosecution DEL → AAA is the negative tie AAA–DEL", () => {
    const g = signedGraphAt(modelWith([rel("p", "DEL", "AAA", "prosecution", "2020-01-01")]), "2021-01-01");
    expect(g.ties).toEqual([{ a: "AAA", b: "DEL", sign: -1, types: ["prosecution"], relations: ["p"] }]);
  });

  it("combines several types on one pair by the sign of their sum; cancelling types make an ambivalent pair", () => {
    const model = modelWith([
      // AAA–BBB: alliance + partnership → +2 → positive.
      rel("x1", "AAA", "BBB", "alliance", "2020-01-01"),
      rel("x2", "BBB", "AAA", "partnership", "2020-01-01"),
      // AAA–GAM: alliance + estrangement → 0 → ambivalent, no tie.
      rel("y1", "AAA", "GAM", "alliance", "2020-01-01"),
      rel("y2", "AAA", "GAM", "estrangement", "2020-01-01"),
      // BBB–GAM: alliance + partnership + estrangement → +1.
      rel("z1", "BBB", "GAM", "alliance", "2020-01-01"),
      rel("z2", "BBB", "GAM", "partnership", "2020-01-01"),
      rel("z3", "BBB", "GAM", "estrangement", "2020-01-01"),
      // DEL–GAM: estrangement + a second, overlapping alliance record counted once + alliance → 0.
      rel("w1", "DEL", "GAM", "estrangement", "2020-01-01"),
      rel("w2", "DEL", "GAM", "alliance", "2020-01-01"),
      rel("w3", "GAM", "DEL", "alliance", "2019-01-01"),
    ]);
    const g = signedGraphAt(model, "2021-01-01");
    expect(g.ties.map((t) => [t.a, t.b, t.sign, t.types.join("+")])).toEqual([
      ["AAA", "BBB", 1, "alliance+partnership"],
      ["BBB", "GAM", 1, "alliance+estrangement+partnership"],
    ]);
    expect(g.ambivalent.map((p) => [p.a, p.b, p.types.join("+"), p.relations.join(",")])).toEqual([
      ["AAA", "GAM", "alliance+estrangement", "y1,y2"],
      ["DEL", "GAM", "alliance+estrangement", "w1,w2,w3"],
    ]);

    const strict = signedGraphAt(model, "2021-01-01", { rule: "negative-dominates" });
    expect(strict.ties.map((t) => [t.a, t.b, t.sign])).toEqual([
      ["AAA", "BBB", 1],
      ["AAA", "GAM", -1],
      ["BBB", "GAM", -1],
      ["DEL", "GAM", -1],
    ]);
    expect(strict.ambivalent).toEqual([]);
  });

  it("keeps every actor, tied or not, in dataset order", () => {
    const g = signedGraphAt(modelWith([rel("a", "AAA", "BBB", "alliance", "2020-01-01")]), "2021-01-01");
    expect(g.actors.map((a) => a.id)).toEqual(["AAA", "BBB", "GAM", "DEL"]);
    expect(g.date).toBe("2021-01-01");
  });
});

describe("combineSigns", () => {
  it.each([
    [[1, 1], "sum", 1],
    [[1, -1], "sum", 0],
    [[1, 1, -1], "sum", 1],
    [[-1, -1, 1], "sum", -1],
    [[], "sum", 0],
    [[1, 1, -1], "negative-dominates", -1],
    [[1], "negative-dominates", 1],
    [[], "negative-dominates", 0],
  ] as const)("%j under %s → %d", (signs, rule, expected) => {
    expect(combineSigns(signs, rule)).toBe(expected);
  });
});

describe("signedGraphFromTies", () => {
  const actors = ["A", "B", "C"].map((id) => ({ id, label: id }));

  it("normalises pair order and sorts ties", () => {
    const g = signedGraphFromTies(actors, [
      { a: "C", b: "A", sign: -1 },
      { a: "B", b: "A", sign: 1 },
    ]);
    expect(g.ties.map((t) => [t.a, t.b, t.sign])).toEqual([
      ["A", "B", 1],
      ["A", "C", -1],
    ]);
  });

  it.each([
    [[{ a: "A", b: "Z", sign: 1 }], 'ties[0]: unknown actor "Z"'],
    [[{ a: "A", b: "A", sign: 1 }], 'ties[0]: a tie needs two different actors, got "A" twice'],
    [
      [
        { a: "A", b: "B", sign: 1 },
        { a: "B", b: "A", sign: -1 },
      ],
      "ties[1]: the pair A|B is listed twice",
    ],
  ] as const)("rejects %j", (ties, message) => {
    expect(() => signedGraphFromTies(actors, ties)).toThrow(message);
  });

  it("indexes into sorted adjacency lists with signs", () => {
    const g = indexSignedGraph(
      signedGraphFromTies(actors, [
        { a: "C", b: "A", sign: -1 },
        { a: "B", b: "A", sign: 1 },
      ]),
    );
    const nbrs = (i: number) => Array.from(g.neighbours.slice(g.offsets[i], g.offsets[i + 1])).map((v, k) => [g.ids[v], g.signs[g.offsets[i]! + k]]);
    expect(nbrs(0)).toEqual([
      ["B", 1],
      ["C", -1],
    ]);
    expect(nbrs(1)).toEqual([["A", 1]]);
  });
});
