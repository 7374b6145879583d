/**
 * What an export holds: the relations and actors of a view (one date, two compared dates, or all
 * of time) after the view's filters, and the words that say which view it is. Every writer
 * (GEXF, GraphML, JSON, CSV, SVG, PNG) starts from the same scope, so the files of one view agree.
 */
import type { Actor, ActorKind, Relation } from "../model/schema.ts";
import { activeRelationsAt, type StanceModel } from "../model/stanceModel.ts";
import { diffDates, type RelationStatus } from "../model/diff.ts";
import { isIsoDate } from "../model/dates.ts";

/** The view being exported: what the timeline shows. */
export type ExportView =
  | { kind: "date"; date: string; periodId?: string }
  | { kind: "compare"; a: string; b: string }
  | { kind: "all" };

/** The view's filters: relation types and actor kinds the user has switched off. */
export interface ExportFilters {
  hiddenRelationTypes?: Iterable<string>;
  hiddenActorKinds?: Iterable<ActorKind>;
}

export interface ExportScope {
  view: ExportView;
  /** Actors shown, in dataset order: every actor whose kind is not hidden. */
  actors: Actor[];
  /** Relations shown, in dataset order: active in the view, type not hidden, both ends shown. */
  relations: Relation[];
  /** Compare view only: whether each relation was added, removed or kept between `a` and `b`. */
  status?: ReadonlyMap<string, RelationStatus>;
  /** Whether a filter removed anything (file names and captions say so). */
  filtered: boolean;
}

/**
 * The actors and relations in scope of a view. Throws a RangeError when a date of the view is
 * not a calendar date (the caller builds views from checked input; this is a programming error).
 */
export function exportScope(model: StanceModel, view: ExportView, filters: ExportFilters = {}): ExportScope {
  for (const date of viewDates(view)) {
    if (!isIsoDate(date)) throw new RangeError(`export view: ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  }
  const hiddenTypes = new Set(filters.hiddenRelationTypes ?? []);
  const hiddenKinds = new Set<string>(filters.hiddenActorKinds ?? []);
  const actors = model.dataset.actors.filter((a) => !hiddenKinds.has(a.kind));
  const shown = new Set(actors.map((a) => a.id));

  let candidates: Relation[];
  let status: Map<string, RelationStatus> | undefined;
  if (view.kind === "all") candidates = model.dataset.relations;
  else if (view.kind === "date") candidates = activeRelationsAt(model, view.date);
  else {
    status = diffDates(model, view.a, view.b).relations;
    candidates = model.dataset.relations.filter((r) => status!.has(r.id));
  }
  const relations = candidates.filter((r) => !hiddenTypes.has(r.type) && shown.has(r.source) && shown.has(r.target));
  const filtered =
    actors.length < model.dataset.actors.length || relations.length < candidates.length;
  if (status) {
    const kept = new Set(relations.map((r) => r.id));
    for (const id of [...status.keys()]) if (!kept.has(id)) status.delete(id);
  }
  return status ? { view, actors, relations, status, filtered } : { view, actors, relations, filtered };
}

/** The dates a view names, in order. */
export function viewDates(view: ExportView): string[] {
  return view.kind === "date" ? [view.date] : view.kind === "compare" ? [view.a, view.b] : [];
}

/**
 * The line that dates a picture or a file: without it a snapshot is meaningless.
 * "After 2023, 2024-04-18" · "2023-09-18 compared with 2024-04-18" · "All relations, 2020-09-27 to 2024-06-30".
 */
export function viewCaption(model: StanceModel, view: ExportView, filtered = false): string {
  const periodLabel = (date: string, id?: string) =>
    model.dataset.periods.find((p) => (id === undefined ? p.date === date : p.id === id))?.label;
  let text: string;
  if (view.kind === "date") {
    const label = periodLabel(view.date, view.periodId);
    text = label ? `${label}, ${view.date}` : view.date;
  } else if (view.kind === "compare") {
    const [la, lb] = [periodLabel(view.a), periodLabel(view.b)];
    const name = (date: string, label: string | undefined) => (label ? `${date} (${label})` : date);
    text = `${name(view.a, la)} compared with ${name(view.b, lb)}`;
  } else {
    text = `All relations, ${model.span.from} to ${model.span.to}`;
  }
  return filtered ? `${text} (filtered)` : text;
}
