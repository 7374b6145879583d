/**
 * A loaded dataset with everything derived from it once: lookups by id, the multigraph with its
 * stable layout, and the interval index. Immutable after construction; the app and the CLI share it.
 */
import type { Actor, Dataset, Relation, RelationType, Source, StanceEvent } from "./schema.ts";
import { buildGraph, type StanceGraph } from "./graph.ts";
import { IntervalIndex } from "./intervalIndex.ts";
import { addDays } from "./dates.ts";
import { assignLayout, type LayoutOptions } from "./layout.ts";

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
}

export interface ModelOptions {
  /** Layout options; `false` skips the layout (positions stay at 0), e.g. for CLI exports of tables. */
  layout?: LayoutOptions | false;
}

/** Builds the model of a validated dataset. */
export function createModel(dataset: Dataset, options: ModelOptions = {}): StanceModel {
  const graph = buildGraph(dataset);
  if (options.layout !== false) assignLayout(graph, options.layout ?? {});
  return {
    dataset,
    graph,
    index: new IntervalIndex(dataset.relations),
    actors: byId(dataset.actors),
    relationTypes: byId(dataset.relationTypes),
    relations: byId(dataset.relations),
    sources: byId(dataset.sources),
    events: [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    span: dataset.span ?? dataExtent(dataset),
  };
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

/** Earliest and latest date mentioned by relations, events and periods. */
export function dataExtent(dataset: Dataset): { from: string; to: string } {
  const dates: string[] = [];
  for (const r of dataset.relations) {
    dates.push(r.from);
    if (r.to) dates.push(r.to);
  }
  for (const e of dataset.events) dates.push(e.date, e.end ?? e.date);
  for (const p of dataset.periods) dates.push(p.date);
  if (dates.length === 0) return { from: "2000-01-01", to: "2000-12-31" };
  dates.sort();
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  return { from, to: to === from ? addDays(from, 365) : to };
}
