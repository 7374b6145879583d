import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { signedGraph } from "./signedGraphs.ts";
import { alignmentAt, alignmentOf, alignmentShift, alignmentShiftBetween } from "../../src/model/analytics/alignment.ts";
import { parseDataset } from "../../src/model/load.ts";
import { createModel } from "../../src/model/stanceModel.ts";

const ACTORS = ["P1", "P2", "Q1", "Q2", "X", "Z"];
const graph = (spec: string) => signedGraph(spec, { actors: ACTORS });


function karabakh() {
  const path = fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url));
  const result = parseDataset(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error("the default dataset should be valid");
  return createModel(result.dataset, { layout: false });
}

describe("alignment at a date", () => {
  it("counts positive and negative ties and their difference; actors without ties have zeros", () => {
    const rows = alignmentOf(graph("X+P1 X+P2 X-Q1 P1-Q1"));
    expect(rows.map((r) => [r.id, r.positive, r.negative, r.net])).toEqual([
      ["P1", 1, 1, 0],
      ["P2", 1, 0, 1],
      ["Q1", 0, 2, -2],
      ["Q2", 0, 0, 0],
      ["X", 2, 1, 1],
      ["Z", 0, 0, 0],
    ]);
    expect(rows.find((r) => r.id === "X")).toMatchObject({ positivePartners: ["P1", "P2"], negativePartners: ["Q1"], label: "Actor X" });
  });
});

describe("who moved, and toward whom", () => {
  // Two camps P and Q. X starts allied with P against Q and ends allied with Q against P.
  const before = graph("P1+P2 Q1+Q2 P1-Q1 P2-Q2 X+P1 X+P2 X-Q1");
  const after = graph("P1+P2 Q1+Q2 P1-Q1 P2-Q2 X-P1 X+Q1 X+Q2");

  it("scores movement 1 per tie gained or lost and 2 per flip, and names the sides", () => {
    const report = alignmentShift(before, after);
    const x = report.actors[0]!;
    expect(x.id).toBe("X");
    // P1: + → − (2), P2: + → 0 (1), Q1: − → + (2), Q2: 0 → + (1).
    expect(x.movement).toBe(6);
    expect(x.before).toEqual({ positive: 2, negative: 1, net: 1 });
    expect(x.after).toEqual({ positive: 2, negative: 1, net: 1 });
    expect(x.netChange).toBe(0);
    expect(x.partners.map((p) => [p.partner, p.before, p.after, p.change])).toEqual([
      ["P1", 1, -1, "positive-to-negative"],
      ["P2", 1, 0, "lost-positive"],
      ["Q1", -1, 1, "negative-to-positive"],
      ["Q2", 0, 1, "gained-positive"],
    ]);
    // Sides are the blocs after the move: X sits with Q now.
    expect(report.sides.blocs.map((b) => b.members)).toEqual([
      ["Q1", "Q2", "X"],
      ["P1", "P2"],
    ]);
    expect(x.toward).toMatchObject({ members: ["Q1", "Q2", "X"], delta: 3 });
    expect(x.awayFrom).toMatchObject({ members: ["P1", "P2"], delta: -3 });
    expect(x.bloc).toBe(report.sides.blocOf.get("X"));
  });

  it("ranks by movement; the partners of the mover moved by one flip or one lost tie each", () => {
    const report = alignmentShift(before, after);
    expect(report.actors.map((a) => [a.id, a.movement])).toEqual([
      ["X", 6],
      ["P1", 2],
      ["Q1", 2],
      ["P2", 1],
      ["Q2", 1],
      ["Z", 0],
    ]);
    const z = report.actors.find((a) => a.id === "Z")!;
    expect(z).toMatchObject({ toward: null, awayFrom: null, partners: [], bloc: null });
  });

  it("measures against given sides when asked (e.g. the blocs before the move)", () => {
    const report = alignmentShift(before, after, { sides: alignmentShift(after, before).sides });
    const x = report.actors.find((a) => a.id === "X")!;
    expect(report.sides.blocs.map((b) => b.members)).toEqual([
      ["P1", "P2", "X"],
      ["Q1", "Q2"],
    ]);
    expect(x.toward).toMatchObject({ members: ["Q1", "Q2"], delta: 3 });
    expect(x.awayFrom).toMatchObject({ members: ["P1", "P2", "X"], delta: -3 });
  });
});

describe("the Karabakh dataset, before and after September 2023", () => {
  const model = karabakh();

  it("Armenia moved most: from the Russia–CSTO side toward the EU/US, France and the ICC", () => {
    const report = alignmentShiftBetween(model, "2023-09-18", "2024-04-18");
    const arm = report.actors[0]!;
    expect(arm.id).toBe("ARM");
    expect(arm.movement).toBe(6);
    expect(arm.partners.map((p) => `${p.partner} ${p.change}`)).toEqual([
      "CSTO positive-to-negative",
      "FRA gained-positive",
      "ICC gained-positive",
      "RUS positive-to-negative",
    ]);
    expect(arm.toward?.members).toEqual(["ARM", "EUUS", "FRA", "ICC", "UKR"]);
    expect(arm.awayFrom?.members).toEqual(["AZE", "CSTO", "RUS", "TUR"]);
    expect(arm.awayFrom?.delta).toBe(-4);
  });

  it("Russia ends with more enemies than friends", () => {
    const rus = alignmentAt(model, "2024-04-18").find((r) => r.id === "RUS")!;
    expect(rus).toMatchObject({ positive: 3, negative: 4, net: -1, positivePartners: ["AZE", "CSTO", "TUR"] });
  });
});
