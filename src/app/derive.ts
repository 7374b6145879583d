/**
 * What the view shows, derived from the model and the view state. Pure, so the renderer, the
 * panels and the tests agree on one definition of "visible".
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import { diffDates, type DateDiff, type RelationStatus } from "../model/diff.ts";
import type { ViewState } from "./state.ts";

export interface VisibleRelations {
  /** Relation ids drawn, after the date (or compare dates) and the filters. */
  ids: Set<string>;
  /** The same relations, in dataset order. */
  relations: Relation[];
  /** In compare mode, each drawn relation's status; null otherwise. */
  status: Map<string, RelationStatus> | null;
  /** The compare diff, or null. */
  diff: DateDiff | null;
  /** Relations per type on the date(s), before the type filter (for the filter counts). */
  countByType: Map<string, number>;
  /** Actors hidden by the kind filter. */
  hiddenActors: Set<string>;
  /** Actors with at least one drawn relation. */
  actorsWithRelations: Set<string>;
}

/** Relations in scope for the state's date or compare dates, before filters. */
export function relationsInScope(model: StanceModel, state: Pick<ViewState, "date" | "compare">): { relations: Relation[]; diff: DateDiff | null } {
  if (state.compare) {
    const diff = diffDates(model, state.compare.a, state.compare.b);
    const relations = model.dataset.relations.filter((r) => diff.relations.has(r.id));
    return { relations, diff };
  }
  const relations = model.index
    .activeAt(state.date)
    .sort((a, b) => a - b)
    .map((i) => model.dataset.relations[i]!);
  return { relations, diff: null };
}

export function visibleRelations(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds">): VisibleRelations {
  const { relations: inScope, diff } = relationsInScope(model, state);
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenKinds = new Set(state.hiddenKinds);
  const hiddenActors = new Set<string>();
  if (hiddenKinds.size > 0) for (const a of model.dataset.actors) if (hiddenKinds.has(a.kind)) hiddenActors.add(a.id);
  const countByType = new Map<string, number>();
  const relations: Relation[] = [];
  for (const r of inScope) {
    if (hiddenActors.has(r.source) || hiddenActors.has(r.target)) continue;
    countByType.set(r.type, (countByType.get(r.type) ?? 0) + 1);
    if (!hiddenTypes.has(r.type)) relations.push(r);
  }
  const ids = new Set(relations.map((r) => r.id));
  const actorsWithRelations = new Set<string>();
  for (const r of relations) {
    actorsWithRelations.add(r.source);
    actorsWithRelations.add(r.target);
  }
  const status = diff ? new Map([...diff.relations].filter(([id]) => ids.has(id))) : null;
  return { ids, relations, status, diff, countByType, hiddenActors, actorsWithRelations };
}

/**
 * Actors and relations to keep lit when the user hovers or selects something: an actor and its
 * neighbours through visible relations; a relation and its two ends; a pair and its relations.
 * Null when nothing is focused.
 */
export function focusSet(
  model: StanceModel,
  visible: Pick<VisibleRelations, "relations">,
  focus: { actor?: string | null; relation?: string | null; pair?: [string, string] | null },
): { actors: Set<string>; relations: Set<string> } | null {
  if (focus.actor) {
    const actors = new Set([focus.actor]);
    const relations = new Set<string>();
    for (const r of visible.relations) {
      if (r.source === focus.actor || r.target === focus.actor) {
        actors.add(r.source);
        actors.add(r.target);
        relations.add(r.id);
      }
    }
    return { actors, relations };
  }
  if (focus.relation) {
    const r = model.relations.get(focus.relation);
    return r ? { actors: new Set([r.source, r.target]), relations: new Set([r.id]) } : null;
  }
  if (focus.pair) {
    const [a, b] = focus.pair;
    const relations = new Set(visible.relations.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a)).map((r) => r.id));
    return { actors: new Set([a, b]), relations };
  }
  return null;
}

/** The focus implied by the state: hover wins over selection while the pointer is on an actor. */
export function stateFocus(state: Pick<ViewState, "hovered" | "selection">) {
  if (state.hovered) return { actor: state.hovered };
  const s = state.selection;
  if (!s) return {};
  if (s.kind === "actor") return { actor: s.id };
  if (s.kind === "relation") return { relation: s.id };
  return { pair: [s.a, s.b] as [string, string] };
}
