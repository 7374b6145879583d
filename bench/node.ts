/**
 * The Node half of the benchmarks: the pure model on synthetic datasets of growing size, each
 * measure next to its natural baseline timed in the same run.
 *
 * - parse + validate (parseDataset) vs JSON.parse of the same text alone: the floor any loader pays;
 * - buildGraph, new IntervalIndex: one-off costs of loading;
 * - activeAt (interval index) vs a plain scan of all relations with isActiveOn;
 * - changesBetween for a one-day step vs activeAt on both days and a set difference;
 * - diffDates between two named periods;
 * - ForceAtlas2 (synchronous, Barnes–Hut) iterations per second on the full multigraph;
 * - the analytics series (stanceSeries) vs one full balanceAt recount on a single date;
 * - memory: heap retained by a loaded model, and the process's peak resident memory.
 *
 * Every figure is a median over repetitions; the baseline and the measure alternate within each
 * repetition so that drift (GC, CPU frequency) hits both alike.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { generateDataset } from "../src/model/generate.ts";
import { datasetJsonLines } from "../src/io/datasetJson.ts";
import { parseDataset } from "../src/model/load.ts";
import { buildGraph } from "../src/model/graph.ts";
import { IntervalIndex } from "../src/model/intervalIndex.ts";
import { addDays, isActiveOn, toDay, fromDay } from "../src/model/dates.ts";
import { diffDates } from "../src/model/diff.ts";
import { createModel, type StanceModel } from "../src/model/stanceModel.ts";
import { mulberry32 } from "../src/model/random.ts";
import type { Dataset } from "../src/model/schema.ts";
import { balanceAt, stanceSeries } from "../src/model/analytics/index.ts";
import { createActorSearch } from "../src/app/search.ts";
import type { BenchContext, BenchRow, BenchSuite, BudgetLine, SuiteResult } from "./types.ts";

const YEARS = 30;
const SEED = 1;
/** Dates queried per repetition of the point queries (activeAt, changesBetween). */
const QUERY_DATES = 25;
const MIB = 1024 * 1024;

/**
 * A collector the runner can call between measures so that garbage from one does not land in the
 * next one's time, and so retained heap can be measured. Node exposes `gc` only under
 * --expose-gc; setting the flag at run time and fetching `gc` from a fresh context gives the same
 * function without asking users for node flags. Falls back to nothing (numbers get noisier).
 */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc === "function") return gc as () => void;
  } catch {
    // Not available here; measure without it.
  }
  return () => {};
})();

/** Keeps results alive so the engine cannot drop the work that produced them. */
let sink = 0;

export const nodeSuite: BenchSuite = {
  name: "node",
  async run(context: BenchContext): Promise<SuiteResult> {
    const rows: BenchRow[] = [];
    const loads = new Map<number, LoadFigures>();
    for (const actors of context.sizes) {
      rows.push(...measureSize(actors, context, loads));
    }
    const notes = [
      "parse + validate runs the whole validator (TypeBox structure, ids, dates, overlaps) on the JSON text; JSON.parse alone is the floor.",
      "active-at and changes-between are per query, averaged over " + QUERY_DATES + " dates spread across the span; the plain scan tests isActiveOn on every relation.",
      "Layout: graphology-layout-forceatlas2 synchronous, Barnes–Hut on, settings inferred, on the full multigraph (all relations of all time); iterations per second from the difference between a run of 1 and a run of 1 + k iterations, so the graph-to-matrix setup is not counted.",
      "Load end to end is one cold run after a full GC, as a user's first load is: it includes growing the heap, which the repeated parts above partly avoid, and the model's lookup maps (createModel).",
      "Memory: heap retained by a loaded model (dataset + graph + interval index) after full GCs, averaged over up to 16 models held at once at small sizes where one is within GC noise; peak RSS is the process's high-water mark so far (sizes run in ascending order).",
      ANALYTICS_NOTE,
    ];
    return { rows, budgets: budgets(context, rows, loads), notes };
  },
};

interface LoadFigures {
  ms: number;
  retainedMiB: number;
  peakRssMiB: number;
  error?: string;
}

function measureSize(actors: number, context: BenchContext, loads: Map<number, LoadFigures>): BenchRow[] {
  const relations = actors * context.relationsPerActor;
  const reps = context.reps ?? (context.quick ? 3 : actors <= 2000 ? 7 : actors <= 20_000 ? 5 : 3);
  const rows: BenchRow[] = [];
  const say = (what: string) => context.log(`[node] ${actors} actors / ${relations} relations: ${what}`);
  const row = (measure: string, value: number, unit: BenchRow["unit"], n: number, baseline?: { measure: string; value: number }): void => {
    rows.push({ suite: "node", actors, relations, measure, value, unit, reps: n, ...(baseline ? { baseline, ratio: value / baseline.value } : {}) });
  };

  say("generating");
  let t = performance.now();
  const generated = generateDataset({ actors, relations, years: YEARS, seed: SEED });
  row("generate the synthetic dataset", performance.now() - t, "ms", 1);
  t = performance.now();
  const text = datasetJsonLines(generated);
  row("serialise it to JSON text", performance.now() - t, "ms", 1);
  row("dataset file size", text.length / MIB, "MiB", 1);

  say("parse + validate");
  let dataset: Dataset | undefined;
  const parse = paired(
    reps,
    () => {
      const result = parseDataset(text);
      if (!result.ok) throw new Error(`generated dataset does not validate: ${result.errors[0]?.path}: ${result.errors[0]?.message}`);
      dataset = result.dataset;
    },
    () => {
      sink += (JSON.parse(text) as Dataset).relations.length;
    },
  );
  row("parse + validate", parse.measure, "ms", reps, { measure: "JSON.parse alone (floor)", value: parse.baseline });
  if (!dataset) throw new Error("unreachable: parseDataset ran");
  const data: Dataset = dataset;

  say("graph and interval index");
  const graphMs = median(reps, () => (sink += buildGraph(data).size));
  row("build graph (buildGraph)", graphMs, "ms", reps);
  const indexMs = median(reps, () => (sink += new IntervalIndex(data.relations).size));
  row("build interval index", indexMs, "ms", reps);

  say("point queries");
  const index = new IntervalIndex(data.relations);
  const span = data.span ?? { from: "2000-01-01", to: "2025-01-01" };
  const dates = spreadDates(span.from, span.to, QUERY_DATES);
  const queryReps = Math.max(reps, 5);
  checkActiveAtAgreesWithScan(index, data, dates);
  const active = paired(
    queryReps,
    () => {
      for (const d of dates) sink += index.activeAt(d).length;
    },
    () => {
      for (const d of dates) sink += plainScan(data, d).length;
    },
  );
  row("active-at a date (interval index)", active.measure / dates.length, "ms", queryReps, {
    measure: "plain scan of all relations",
    value: active.baseline / dates.length,
  });
  const step = paired(
    queryReps,
    () => {
      for (const d of dates) {
        const c = index.changesBetween(d, addDays(d, 1));
        sink += c.entered.length + c.left.length;
      }
    },
    () => {
      for (const d of dates) sink += recomputeChanges(index, d, addDays(d, 1));
    },
  );
  row("changes for a one-day step (changesBetween)", step.measure / dates.length, "ms", queryReps, {
    measure: "activeAt on both days + set difference",
    value: step.baseline / dates.length,
  });

  say("diff of two dates");
  const model = createModel(data, { layout: false });
  const [early, late] = [data.periods[0]?.date ?? dates[0]!, data.periods[data.periods.length - 1]?.date ?? dates[dates.length - 1]!];
  const diffMs = median(reps, () => (sink += diffDates(model, early, late).pairs.length));
  row(`diff of two dates (diffDates ${early} → ${late})`, diffMs, "ms", reps);

  say("actor search");
  // One keystroke each: a single letter (the most hits), two letters, and a whole label. The
  // search box runs one per keystroke; the floor is a plain case-insensitive filter of the labels.
  const search = createActorSearch(data.actors);
  search("warm-up"); // builds the search's names once, as the first keystroke does
  const queries = ["a", "ba", data.actors[Math.floor(data.actors.length / 2)]!.label];
  const found = paired(
    queryReps,
    () => {
      for (const q of queries) sink += search(q).length;
    },
    () => {
      for (const q of queries) sink += data.actors.filter((a) => a.label.toLowerCase().includes(q.toLowerCase())).length;
    },
  );
  row(`actor search, one keystroke (mean of "a", "ba" and a whole label)`, found.measure / queries.length, "ms", queryReps, {
    measure: "case-insensitive substring filter of the labels",
    value: found.baseline / queries.length,
  });

  say("layout");
  row("layout: ForceAtlas2 Barnes–Hut, full graph", layoutIterationsPerSecond(model, actors, context.quick, Math.min(reps, 3)), "it/s", Math.min(reps, 3));

  say("analytics series");
  const analytics = measureAnalytics(model, reps);
  row(analytics.measure, analytics.ms, "ms", reps, { measure: "balanceAt on one date (full recount)", value: analytics.baselineMs });

  say("memory");
  const load = measureLoad(text);
  loads.set(actors, load);
  if (!load.error) {
    row("load end to end (parse, validate, graph, index)", load.ms, "ms", 1);
    row("heap retained by the loaded model", load.retainedMiB, "MiB", 1);
  }
  row("peak RSS of the process so far", load.peakRssMiB, "MiB", 1);
  collectGarbage();
  return rows;
}

// ── the measures ───────────────────────────────────────────────────────────────────────────────

/** Indices of the relations active on `date`, by testing every one: what the index replaces. */
function plainScan(data: Dataset, date: string): number[] {
  const out: number[] = [];
  const list = data.relations;
  for (let i = 0; i < list.length; i++) if (isActiveOn(list[i]!, date)) out.push(i);
  return out;
}

/** What changesBetween answers, the slow way: both active sets, then what is only in one. */
function recomputeChanges(index: IntervalIndex, a: string, b: string): number {
  const mark = new Uint8Array(index.size);
  for (const i of index.activeAt(a)) mark[i] = 1;
  let changes = 0;
  for (const i of index.activeAt(b)) {
    if (mark[i] === 1) mark[i] = 2;
    else changes++; // entered
  }
  for (let i = 0; i < mark.length; i++) if (mark[i] === 1) changes++; // left
  return changes;
}

/** A benchmark of wrong answers is worthless: the index must agree with the scan. */
function checkActiveAtAgreesWithScan(index: IntervalIndex, data: Dataset, dates: string[]): void {
  for (const d of dates) {
    const fast = index.activeAt(d).sort((a, b) => a - b);
    const slow = plainScan(data, d);
    if (fast.length !== slow.length || fast.some((x, i) => x !== slow[i])) {
      throw new Error(`activeAt(${d}) disagrees with a plain scan: ${fast.length} vs ${slow.length} relations`);
    }
    const next = addDays(d, 1);
    const c = index.changesBetween(d, next);
    if (c.entered.length + c.left.length !== recomputeChanges(index, d, next)) throw new Error(`changesBetween(${d}, ${next}) disagrees with recomputing`);
  }
}

/**
 * ForceAtlas2 iterations per second. A run of 1 iteration and a run of 1 + k share the same setup
 * (graph → typed arrays), so k / (T(1 + k) − T(1)) is the rate of the iterations alone.
 */
function layoutIterationsPerSecond(model: StanceModel, actors: number, quick: boolean, reps: number): number {
  const graph = model.graph.copy();
  const rng = mulberry32(SEED);
  graph.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 1000 * rng() - 500, y: 1000 * rng() - 500 }));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const k = quick ? 5 : actors <= 2000 ? 40 : actors <= 20_000 ? 10 : 4;
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    forceAtlas2(graph, { iterations: 1, settings });
    const one = performance.now() - t;
    t = performance.now();
    const positions = forceAtlas2(graph, { iterations: 1 + k, settings });
    const many = performance.now() - t;
    sink += Object.keys(positions).length;
    // Guard against a timer too coarse for a tiny graph: never divide by ~0.
    rates.push((k * 1000) / Math.max(many - one, 1e-3));
  }
  return middle(rates);
}

/**
 * Models held at once when measuring the retained heap: at small sizes one model's heap (a few
 * hundred KiB at 60 actors) is no larger than what a full GC frees or keeps by chance (compiled
 * code, feedback vectors: ±0.2 MiB between runs, once below zero), so several copies are held and
 * the difference divided by their number: 16 up to 1 MB of JSON, fewer above, one from 16 MB, where
 * one model is far above that noise.
 */
function copiesForRetained(textLength: number): number {
  return Math.min(16, Math.max(1, Math.floor(16e6 / Math.max(1, textLength))));
}

/**
 * One cold load as the CLI does it, with the heap it keeps and the process's peak memory. The heap
 * kept is the heap with the models alive minus the heap once they are released (both after full
 * GCs), not the heap after the load minus the heap before it: garbage from earlier measures that
 * was still reachable before the load could be freed during it, and a small model then "kept" a
 * negative amount (seen at 60 actors in the unit test's quick run). The time is the first load's.
 */
function measureLoad(text: string): LoadFigures {
  // Several collections: V8 frees old bytecode over successive ones.
  for (let k = 0; k < 4; k++) collectGarbage();
  try {
    const load = () => {
      const result = parseDataset(text);
      if (!result.ok) throw new Error(`${result.errors[0]?.path}: ${result.errors[0]?.message}`);
      return createModel(result.dataset, { layout: false });
    };
    const t = performance.now();
    const first = load();
    const ms = performance.now() - t;
    let models: ReturnType<typeof createModel>[] | null = [first];
    const copies = copiesForRetained(text.length);
    while (models.length < copies) models.push(load());
    for (const m of models) sink += m.graph.order;
    // Retained: the heap with the models alive minus the heap once they are dropped, both after
    // the same number of full GCs, so garbage from before the load (other work in the process)
    // cancels out; divided by the copies held.
    for (let k = 0; k < 2; k++) collectGarbage();
    const withModels = process.memoryUsage().heapUsed;
    models = null;
    for (let k = 0; k < 2; k++) collectGarbage();
    const retained = (withModels - process.memoryUsage().heapUsed) / copies;
    return { ms, retainedMiB: retained / MIB, peakRssMiB: peakRssMiB() };
  } catch (e) {
    return { ms: NaN, retainedMiB: NaN, peakRssMiB: peakRssMiB(), error: e instanceof Error ? e.message : String(e) };
  }
}

function peakRssMiB(): number {
  // maxRSS is in KiB.
  return process.resourceUsage().maxRSS / 1024;
}

// ── analytics ──────────────────────────────────────────────────────────────────────────────────

const ANALYTICS_NOTE =
  "Analytics series: stanceSeries (structural balance and alignment at every date where the active relations change, computed incrementally) against one full balanceAt recount on a single date (the middle period).";

/** The whole balance series against one full recount at one date: what incremental updating buys. */
function measureAnalytics(model: StanceModel, reps: number): { measure: string; ms: number; baselineMs: number } {
  const date = model.dataset.periods[model.dataset.periods.length >> 1]?.date ?? model.span.from;
  let points = 0;
  const timing = paired(
    reps,
    () => (points = stanceSeries(model).points.length),
    () => (sink += balanceAt(model, date).triads),
  );
  return { measure: `analytics series (stanceSeries, ${points} dates)`, ms: timing.measure, baselineMs: timing.baseline };
}

// ── budgets ────────────────────────────────────────────────────────────────────────────────────

/** The budgets for the Node side, at the size each names (or the nearest one measured). */
function budgets(context: BenchContext, rows: BenchRow[], loads: Map<number, LoadFigures>): BudgetLine[] {
  const out: BudgetLine[] = [];
  const at = (target: number) => nearest(context.sizes, target);
  const where = (target: number, size: number) =>
    size === target ? `at ${short(size)} actors` : `at ${short(size)} actors (the budget is set at ${short(target)}; not measured in this run)`;
  const find = (size: number, prefix: string) => rows.find((r) => r.actors === size && r.measure.startsWith(prefix));

  const s10 = at(10_000);
  for (const [prefix, name] of [
    ["active-at", "active-at with the interval index is faster than a plain scan"],
    ["changes for a one-day step", "a one-day step with changesBetween is faster than recomputing active-at twice"],
  ] as const) {
    const r = find(s10, prefix);
    if (!r?.baseline || r.ratio === undefined) continue;
    out.push({ pass: r.ratio < 1, text: `${name} ${where(10_000, s10)}: ${fmt(r.value)} vs ${fmt(r.baseline.value)} (${r.ratio.toFixed(3)}×)` });
  }

  const s50 = at(50_000);
  const load = loads.get(s50);
  if (load) {
    const size = `${short(s50)} actors / ${short(s50 * context.relationsPerActor)} relations`;
    out.push(
      load.error
        ? { pass: false, text: `loading ${size} fails: ${load.error}` }
        : {
            pass: Number.isFinite(load.ms),
            text:
              `loading ${size} completes${s50 === 50_000 ? "" : " (the budget is set at 50k; not measured in this run)"}: ` +
              `${(load.ms / 1000).toFixed(2)} s, heap retained ${load.retainedMiB.toFixed(0)} MiB, peak RSS ${load.peakRssMiB.toFixed(0)} MiB`,
          },
    );
  }
  return out;
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────

/**
 * Median time of `reps` calls, in ms. A GC before the first call clears what earlier measures left;
 * after a heavy call (over 20 ms) another one, so its garbage is not billed to the next call. Light
 * calls skip it: a full GC would cost more than they do, and a stray pause is an outlier the
 * median discards.
 */
function median(reps: number, fn: () => void): number {
  const times: number[] = [];
  collectGarbage();
  for (let r = 0; r < reps; r++) times.push(timed(fn));
  return middle(times);
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  const ms = performance.now() - t;
  if (ms > 20) collectGarbage();
  return ms;
}

/** Medians of a measure and its baseline, alternating which goes first in each repetition. */
function paired(reps: number, measure: () => void, baseline: () => void): { measure: number; baseline: number } {
  const m: number[] = [];
  const b: number[] = [];
  const time = (fn: () => void, into: number[]) => into.push(timed(fn));
  collectGarbage();
  for (let r = 0; r < reps; r++) {
    if (r % 2 === 0) {
      time(measure, m);
      time(baseline, b);
    } else {
      time(baseline, b);
      time(measure, m);
    }
  }
  return { measure: middle(m), baseline: middle(b) };
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 === 1 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}

/** `count` dates spread evenly over [from, to). */
function spreadDates(from: string, to: string, count: number): string[] {
  const a = toDay(from);
  const days = toDay(to) - a;
  return Array.from({ length: count }, (_, i) => fromDay(a + Math.floor(((i + 0.5) * days) / count)));
}

function nearest(sizes: number[], target: number): number {
  return sizes.reduce((best, s) => (Math.abs(Math.log(s / target)) < Math.abs(Math.log(best / target)) ? s : best), sizes[0]!);
}

function short(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function fmt(ms: number): string {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`;
}

