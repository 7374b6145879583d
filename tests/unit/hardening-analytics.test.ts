/**
 * Issue #17, item 1: the analytics with actor ids that are names of Object.prototype's properties.
 * The validator refuses those as actor ids (graphology cannot hold them), but the analytics take
 * signed graphs from anywhere (signedGraphFromTies, other tools' data), and keyed results by plain
 * objects turned `constructor` into `Object` ("steps.push is not a function", "reading 'members'").
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/schema.ts";
import type { StanceModel } from "../../src/model/stanceModel.ts";
import { dataExtent } from "../../src/model/stanceModel.ts";
import { IntervalIndex } from "../../src/model/intervalIndex.ts";
import {
  alignmentOf,
  alignmentSeries,
  alignmentShift,
  balanceOf,
  findBlocs,
  frustrationOf,
  signedGraphFromTies,
  stanceSeries,
  type TieSign,
} from "../../src/model/analytics/index.ts";

const NAMES = Object.getOwnPropertyNames(Object.prototype);

const actors = NAMES.map((id) => ({ id, label: `Actor ${id}` }));

/** Two camps of prototype-named actors, all friends inside, enemies in pairs across, and loners. */
function camps(): Array<{ a: string; b: string; sign: TieSign }> {
  const [left, right] = [NAMES.slice(0, 5), NAMES.slice(5, 10)];
  const ties: Array<{ a: string; b: string; sign: TieSign }> = [];
  for (const side of [left, right]) for (let i = 0; i < side.length; i++) for (let j = i + 1; j < side.length; j++) ties.push({ a: side[i]!, b: side[j]!, sign: 1 });
  for (let i = 0; i < 5; i++) ties.push({ a: left[i]!, b: right[i]!, sign: -1 });
  return ties;
}

/**
 * A model without its graph: the series reads the dataset, the interval index and the relation
 * types only. (A graph cannot be built with these ids: graphology cannot hold them as node keys,
 * which is why the validator refuses them; the analytics must not care.)
 */
function graphlessModel(dataset: Dataset): StanceModel {
  return {
    dataset,
    index: new IntervalIndex(dataset.relations),
    relationTypes: new Map(dataset.relationTypes.map((t) => [t.id, t])),
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    span: dataExtent(dataset),
  } as unknown as StanceModel;
}

describe("analytics with actors named like Object.prototype's properties", () => {
  const graph = signedGraphFromTies(actors, camps());

  it("finds the two camps as blocs, keys each actor's bloc safely, and reports balance and alignment", () => {
    const blocs = findBlocs(graph);
    expect(blocs.frustration).toBe(0);
    expect(blocs.blocs.map((b) => b.members.length)).toEqual([5, 5]);
    expect(blocs.blocOf).toBeInstanceOf(Map);
    for (const name of NAMES.slice(0, 10)) expect(blocs.blocOf.get(name), name).toBeTypeOf("number");
    expect(blocs.blocOf.get(NAMES[0]!)).not.toBe(blocs.blocOf.get(NAMES[5]!));
    // The loners have no tie, so no bloc: not Object.prototype's function of that name.
    for (const name of NAMES.slice(10)) expect(blocs.blocOf.has(name), name).toBe(false);
    expect(blocs.unaligned).toEqual(NAMES.slice(10).sort());
    expect(frustrationOf(graph, blocs.blocOf)).toBe(0);
    expect(balanceOf(graph).triads).toBeGreaterThan(0);
    const rows = alignmentOf(graph);
    expect(rows.map((r) => r.id)).toEqual(NAMES);
    expect(rows.find((r) => r.id === NAMES[0])).toMatchObject({ positive: 4, negative: 1, net: 3 });
  });


  it("measures who moved between two graphs, toward which bloc", () => {
    const before = signedGraphFromTies(actors, []);
    const shift = alignmentShift(before, graph);
    const moved = shift.actors.find((a) => a.id === NAMES[1]);
    expect(moved?.movement).toBe(5); // four friends and one enemy gained
    expect(moved?.toward?.members).toContain(NAMES[0]);
    expect(moved?.bloc).toBe(shift.sides.blocOf.get(NAMES[1]!));
    const loner = shift.actors.find((a) => a.id === "__proto__");
    expect(loner).toMatchObject({ movement: 0, bloc: null, toward: null, awayFrom: null });
  });

  it("keeps the series' alignment steps per actor", () => {
    const ids = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"];
    const dataset: Dataset = {
      format: "stancegraph/1",
      id: "prototype-names",
      title: "Prototype names",
      actors: ids.map((id) => ({ id, label: id, kind: "state" })),
      relationTypes: [
        { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#000000" },
        { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#000000" },
      ],
      relations: [
        { id: "r1", source: "constructor", target: "toString", type: "alliance", from: "2020-01-01", to: "2021-01-01", evidence: [{ source: "s", citation: "c" }] },
        { id: "r2", source: "constructor", target: "toString", type: "estrangement", from: "2021-01-01", evidence: [{ source: "s", citation: "c" }] },
        { id: "r3", source: "valueOf", target: "__proto__", type: "alliance", from: "2020-06-01", evidence: [{ source: "s", citation: "c" }] },
      ],
      events: [],
      sources: [{ id: "s", title: "S", publisher: "P" }],
      periods: [],
    };
    const series = stanceSeries(graphlessModel(dataset), { from: "2020-01-01", to: "2022-01-01" });
    expect(series.alignment.get("constructor")!.map((s) => [s.date, s.net])).toEqual([
      ["2020-01-01", 1],
      ["2021-01-01", -1],
    ]);
    expect(alignmentSeries(series, "__proto__").map((s) => s.net)).toEqual([0, 1, 1, 1]);
    expect(alignmentSeries(series, "hasOwnProperty").map((s) => s.net)).toEqual([0, 0, 0, 0]);
    // An id that is no actor at all has no steps, not Object.prototype's.
    expect(alignmentSeries(series, "isPrototypeOf").map((s) => s.net)).toEqual([0, 0, 0, 0]);
  });
});
