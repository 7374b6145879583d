/**
 * The app's memo over the analytics (src/app/analysisState.ts) and the view-state actions of the
 * Analysis panel (src/app/state.ts). The memo keys figures by change date, which is only right if
 * nothing changes between two change dates: checked here against a recomputation on every day.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataset } from "../../src/model/load.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { addDays } from "../../src/model/dates.ts";
import { alignmentAt, alignmentShiftBetween, balanceAt, blocsAt } from "../../src/model/analytics/index.ts";
import { analysisOf, blocColor, blocDate, chartActorsOf, defaultChartActors, ringBlocs } from "../../src/app/analysisState.ts";
import { initialState, reduce, type ViewState } from "../../src/app/state.ts";
import { focusOf, focusSet, stateFocus, visibleRelations } from "../../src/app/derive.ts";
import { miniDataset } from "./fixtures.ts";

function karabakh(): StanceModel {
  const path = fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url));
  const result = parseDataset(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error("the default dataset should be valid");
  return createModel(result.dataset, { layout: false });
}

const withoutDate = <T extends { date: string | null }>(x: T) => ({ ...x, date: null });

describe("analysisOf at start-up", () => {
  it("reads no relation until a figure is asked for (the closed panel is built at start-up)", () => {
    const base = karabakh();
    let reads = 0;
    const relations = new Proxy(base.dataset.relations as object[], {
      get(target, key, receiver) {
        if (key === Symbol.iterator || (typeof key === "string" && /^\d+$/.test(key))) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const model = { ...base, dataset: { ...base.dataset, relations } } as unknown as StanceModel;
    const analysis = analysisOf(model);
    expect(reads).toBe(0);
    expect(analysis.at("2024-01-01").date).toBe("2024-01-01");
    expect(reads).toBeGreaterThan(0);
  });
});

describe("analysisOf: figures memoised per change date", () => {
  const model = karabakh();
  const analysis = analysisOf(model);

  it("gives, on every day of the span and a week either side, the figures computed from scratch", () => {
    let days = 0;
    for (let d = addDays(model.span.from, -7); d <= addDays(model.span.to, 7); d = addDays(d, 1)) {
      const at = analysis.at(d);
      expect(at.date).toBe(d);
      expect(at.asOf <= d).toBe(true);
      expect(withoutDate(at.balance), d).toEqual(withoutDate(balanceAt(model, d)));
      expect(at.alignment, d).toEqual(alignmentAt(model, d));
      days++;
    }
    expect(days).toBeGreaterThan(1300);
  });

  it("gives the blocs and the movement the model computes, and the same objects on a second call", () => {
    for (const d of ["2020-10-01", "2022-02-23", "2023-09-18", "2024-04-18"]) {
      expect(withoutDate(analysis.at(d).blocs)).toEqual(withoutDate(blocsAt(model, d)));
      expect(analysis.at(d).blocs).toBe(analysis.at(d).blocs);
    }
    const shift = analysis.shift("2023-09-18", "2024-04-18");
    const expected = alignmentShiftBetween(model, "2023-09-18", "2024-04-18");
    expect(shift.actors).toEqual(expected.actors);
    expect(analysis.shift("2023-09-18", "2024-04-18")).toBe(shift);
    expect(shift.actors[0]).toMatchObject({ id: "ARM", movement: 6 });
  });

  it("is one memo per model, and computes the series once", () => {
    expect(analysisOf(model)).toBe(analysis);
    expect(analysis.series()).toBe(analysis.series());
    expect(analysis.series().points.length).toBe(15);
  });
});

describe("chart actors and bloc colours", () => {
  it("defaults to Russia and Armenia when present, else the two actors with the most relations", () => {
    expect(defaultChartActors(karabakh())).toEqual(["RUS", "ARM"]);
    const mini = validateDataset(miniDataset());
    if (!mini.ok) throw new Error("mini should be valid");
    // Alpha has three relations, Beta two, Gamma one.
    expect(defaultChartActors(createModel(mini.dataset, { layout: false }))).toEqual(["AAA", "BBB"]);
  });

  it("drops unknown actors from a chosen list", () => {
    expect(chartActorsOf(karabakh(), ["TUR", "NOPE", "ARM"])).toEqual(["TUR", "ARM"]);
    expect(chartActorsOf(karabakh(), null)).toEqual(["RUS", "ARM"]);
  });

  it("gives blocs distinct colours until the palette repeats, and rings the later date in compare mode", () => {
    const colours = [1, 2, 3, 4, 5, 6, 7].map(blocColor);
    expect(new Set(colours).size).toBe(7);
    expect(blocColor(8)).toBe(blocColor(1));
    expect(blocDate({ date: "2024-04-18", compare: null })).toBe("2024-04-18");
    expect(blocDate({ date: "2024-04-18", compare: { a: "2020-01-01", b: "2023-09-18" } })).toBe("2023-09-18");
  });
});

describe("view state of the Analysis", () => {
  const model = karabakh();
  const s0: ViewState = initialState(model);

  it("starts closed, without highlight or rings, with the default chart actors", () => {
    expect(s0).toMatchObject({ analysis: false, highlightActors: [], blocs: false, chartActors: null });
  });

  it("keeps the highlight when the panel closes, and leaves the panel and the highlight when something is selected", () => {
    const open = reduce(s0, { type: "setAnalysis", open: true });
    const lit = reduce(open, { type: "highlightActors", actors: ["ARM", "AZE", "RUS"] });
    expect(lit.highlightActors).toEqual(["ARM", "AZE", "RUS"]);
    expect(reduce(lit, { type: "highlightActors", actors: ["ARM", "AZE", "RUS"] })).toBe(lit);
    expect(reduce(lit, { type: "highlightActors", actors: [] }).highlightActors).toEqual([]);
    expect(reduce(lit, { type: "setAnalysis", open: false })).toMatchObject({ analysis: false, highlightActors: ["ARM", "AZE", "RUS"] });
    expect(reduce(lit, { type: "select", selection: { kind: "actor", id: "RUS" } })).toMatchObject({ analysis: false, highlightActors: [], selection: { kind: "actor", id: "RUS" } });
    // Clearing the selection changes nothing else.
    const selected = reduce(s0, { type: "select", selection: { kind: "actor", id: "RUS" } });
    expect(reduce({ ...selected, analysis: true }, { type: "select", selection: null })).toMatchObject({ analysis: true, selection: null });
  });

  it("toggles rings and chart actors, returning the same state when nothing changes", () => {
    const on = reduce(s0, { type: "setBlocs", show: true });
    expect(on.blocs).toBe(true);
    expect(reduce(on, { type: "setBlocs", show: true })).toBe(on);
    const chart = reduce(s0, { type: "setChartActors", actors: ["TUR"] });
    expect(chart.chartActors).toEqual(["TUR"]);
    expect(reduce(chart, { type: "setChartActors", actors: ["TUR"] })).toBe(chart);
  });

  it("lights a highlighted group and the relations among it; hover still wins", () => {
    const state = { ...s0, date: "2023-09-18", highlightActors: ["ARM", "AZE", "RUS"] };
    const visible = visibleRelations(model, state);
    const focus = focusSet(model, visible, stateFocus(state))!;
    expect([...focus.actors].sort()).toEqual(["ARM", "AZE", "RUS"]);
    expect(focus.relations.size).toBeGreaterThan(0);
    for (const id of focus.relations) {
      const r = model.relations.get(id)!;
      expect(["ARM", "AZE", "RUS"]).toContain(r.source);
      expect(["ARM", "AZE", "RUS"]).toContain(r.target);
    }
    expect(stateFocus({ ...state, hovered: "TUR" })).toEqual({ actor: "TUR", hover: true });
  });

  it("fades nothing for an actor with no relation in view, and a hover over one leaves the selection lit", () => {
    const state = { ...s0, date: "2024-04-18", selection: { kind: "actor", id: "RUS" } as const };
    const visible = visibleRelations(model, state);
    const drawn = new Set(visible.relations.flatMap((r) => [r.source, r.target]));
    const alone = model.dataset.actors.find((a) => !drawn.has(a.id))!.id;
    // Selected alone: lit, the rest not faded (fading would take every other name off the picture).
    expect(focusSet(model, visible, { actor: alone })).toMatchObject({ actors: new Set([alone]), fadeRest: false });
    // Hovered alone while Russia is selected: Russia's neighbourhood stays lit and the rest faded.
    const focus = focusOf(model, visible, { ...state, hovered: alone })!;
    expect(focus.actors.has("RUS") && !focus.actors.has(alone)).toBe(true);
    expect(focus.fadeRest).toBe(true);
    expect(focus.relations.size).toBeGreaterThan(0);
    // An actor with relations still wins when hovered.
    expect(focusOf(model, visible, { ...state, hovered: "TUR" })!.actors.has("TUR")).toBe(true);
  });
});

describe("ringBlocs: the blocs drawn as rings", () => {
  const state = (date: string, playing: boolean) => ({ date, compare: null, blocs: true, playing });

  it("follows the date on a fast dataset, even during playback", () => {
    const model = karabakh();
    // A clock on which nothing takes time: fast whatever else the machine is doing.
    analysisOf(model, () => 0);
    const first = ringBlocs(model, state("2023-09-18", false), null)!;
    expect(first.date).toBe("2023-09-18");
    expect(ringBlocs(model, state("2023-09-18", true), first)).toBe(first);
    const next = ringBlocs(model, state("2024-04-18", true), first)!;
    expect(next.date).toBe("2024-04-18");
    expect(next.partition.blocOf).toEqual(blocsAt(model, "2024-04-18").blocOf);
    expect(ringBlocs(model, { ...state("2024-04-18", false), blocs: false }, next)).toBeNull();
  });

  it("keeps the rings shown during playback once blocs are slow to compute, and catches up when it stops", () => {
    // A clock on which every computation takes 50 ms: blocs are "slow" whatever the machine.
    const model = karabakh();
    let now = 0;
    analysisOf(model, () => (now += 50));
    expect(analysisOf(model).slow()).toBe(false);
    const shown = ringBlocs(model, state("2023-09-18", false), null)!;
    expect(analysisOf(model).slow()).toBe(true);
    expect(ringBlocs(model, state("2024-04-18", true), shown)).toBe(shown);
    const after = ringBlocs(model, state("2024-04-18", false), shown)!;
    expect(after.date).toBe("2024-04-18");
    expect(after.partition).toBe(analysisOf(model).at("2024-04-18").blocs);
  });
});
