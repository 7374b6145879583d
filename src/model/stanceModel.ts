/**
 * A loaded dataset with everything derived from it once: lookups by id, the multigraph with its
 * stable layout, and the interval index. Immutable after construction; the app and the CLI share it.
 */
import { runToEnd } from "./steps.ts";
import type { Actor, Dataset, Relation, RelationType, Source, StanceEvent } from "./schema.ts";
import { graphSteps, type StanceGraph } from "./graph.ts";
import { IntervalIndex, type PackedIntervalIndex } from "./intervalIndex.ts";
import { addDays } from "./dates.ts";
import { assignLayout, type LayoutOptions } from "./layout.ts";
import type { ParallelIndex } from "./parallel.ts";

export interface StanceModel {
  readonly dataset: Dataset;
  readonly graph: StanceGraph;
  readonly index: IntervalIndex;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly relationTypes: ReadonlyMap<string, RelationType>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: readonly StanceEvent[];
  /** The timeline's default window: the dataset's `span`, or the extent of its dates. */
  readonly span: { from: string; to: string };
  /** The window while nothing in the dataset is dated (`ModelOptions.today`); absent: the fixed default. */
  readonly undatedSpan?: { from: string; to: string };
  /**
   * 0 when built; one more after each edit applied in place (src/model/edit/updateModel.ts).
   * The model object, its graph and maps stay the same objects across edits, while `dataset`
   * is a new object after each one: caches keyed on the model must also key on the revision
   * (or on `model.dataset`).
   */
  readonly revision: number;
}

export interface ModelOptions {
  /** Layout options; `false` skips the layout (positions stay at 0), e.g. for CLI exports of tables. */
  layout?: LayoutOptions | false;
  /** The parts computed ahead in the load worker (src/model/prepare.ts); positions replace `layout`. */
  prepared?: PreparedModel;
  /**
   * Today's date (YYYY-MM-DD), from the app's clock: a dataset with no dates yet (a new one) gets
   * the year up to today as its window, so it opens at today rather than at a made-up year.
   */
  today?: string;
}

/** What the load worker computes off the page: plain arrays, transferred without copying. */
export interface PreparedModel {
  index: PackedIntervalIndex;
  parallel: ParallelIndex;
  /** x0, y0, x1, y1, … per actor in dataset order. */
  positions: Float64Array;
  /**
   * Each actor's number of relations over all time, in dataset order (node sizes). Counted by the
   * load worker: on the page, a map update per relation end on freshly copied id strings cost
   * ~0.4 s of a 50k load in all.
   */
  degrees?: Int32Array;
}

/** Builds the model of a validated dataset. */
export function createModel(dataset: Dataset, options: ModelOptions = {}): StanceModel {
  return runToEnd(modelSteps(dataset, options));
}

/**
 * `createModel` in slices: yields the share done (0–1) between slices of a few thousand items, so
 * the page can build a large model between frames (src/app/loading.ts drives it).
 */
export function* modelSteps(dataset: Dataset, options: ModelOptions = {}): Generator<number, StanceModel, void> {
  const { prepared } = options;
  const undated = options.today ? undatedWindow(options.today) : undefined;
  // Building the graph is most of the work; the lookups and the index share the rest.
  const graph = yield* scaled(graphSteps(dataset, prepared ? { parallel: prepared.parallel, positions: prepared.positions, ...(prepared.degrees ? { degrees: prepared.degrees } : {}) } : {}), 0, 0.8);
  if (!prepared && options.layout !== false) assignLayout(graph, options.layout ?? {});
  const index = prepared ? IntervalIndex.fromPacked(prepared.index) : new IntervalIndex(dataset.relations);
  yield 0.85;
  const relations = yield* byIdInSlices(dataset.relations, 0.85, 0.95);
  // Actors in slices of 2,000, like the graph's nodes (graph.ts).
  const actors = yield* byIdInSlices(dataset.actors, 0.95, 0.97, 2000);
  const span = dataset.span ?? (yield* scaled(withProgress(dataExtentSteps(dataset, undated ?? NO_DATES), 0), 0.97, 0.99));
  return {
    dataset,
    graph,
    index,
    actors,
    relationTypes: byId(dataset.relationTypes),
    relations,
    sources: byId(dataset.sources),
    events: [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    span,
    ...(undated ? { undatedSpan: undated } : {}),
    revision: 0,
  };
}

/** A generator of no progress of its own, as one that stays at `at`. */
function* withProgress<T>(steps: Generator<void, T, void>, at: number): Generator<number, T, void> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    yield at;
  }
}

/** Passes a generator's progress on, mapped into [from, to]. */
function* scaled<T>(steps: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

/** The relations active on `date` (from <= date < to), in dataset order. */
export function activeRelationsAt(model: StanceModel, date: string): Relation[] {
  return model.index
    .activeAt(date)
    .sort((a, b) => a - b)
    .map((i) => model.dataset.relations[i]!);
}

function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/** `byId` in slices, with its progress mapped into [from, to] (500,000 relations: about 0.2 s). */
function* byIdInSlices<T extends { id: string }>(list: readonly T[], from: number, to: number, slice = BY_ID_SLICE): Generator<number, ReadonlyMap<string, T>, void> {
  const map = new Map<string, T>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    map.set(item.id, item);
    if (i % slice === slice - 1) yield from + ((to - from) * (i + 1)) / list.length;
  }
  yield to;
  return map;
}

/** Items put in a map between two yields of `byIdInSlices`. */
const BY_ID_SLICE = 5_000;

/** The window of a dataset with no dates when nothing else is known (no clock: the CLI, tests). */
const NO_DATES = { from: "2000-01-01", to: "2000-12-31" } as const;

/** The year up to `today`: the window of a dataset with no dates yet, so its timeline opens at today. */
export function undatedWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -365), to: today };
}

/**
 * Earliest and latest date mentioned by relations, events and periods. One pass with string
 * comparisons (ISO dates of one width sort as strings), no sort: an edit recomputes it. A dataset
 * with no dates at all gets `undated` (a new dataset: the year up to today, see `undatedWindow`).
 */
export function dataExtent(dataset: Dataset, undated: { from: string; to: string } = NO_DATES): { from: string; to: string } {
  return runToEnd(dataExtentSteps(dataset, undated));
}

/** `dataExtent` in slices: yields every BY_ID_SLICE relations (a large model is built between frames). */
function* dataExtentSteps(dataset: Dataset, undated: { from: string; to: string }): Generator<void, { from: string; to: string }, void> {
  let from: string | undefined;
  let to: string | undefined;
  const see = (d: string) => {
    if (from === undefined || d < from) from = d;
    if (to === undefined || d > to) to = d;
  };
  const relations = dataset.relations;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    see(r.from);
    if (r.to) see(r.to);
    if (i % BY_ID_SLICE === BY_ID_SLICE - 1) yield;
  }
  for (const e of dataset.events) {
    see(e.date);
    if (e.end !== undefined) see(e.end);
  }
  for (const p of dataset.periods) see(p.date);
  if (from === undefined || to === undefined) return { from: undated.from, to: undated.to };
  return { from, to: to === from ? addDays(from, 365) : to };
}
