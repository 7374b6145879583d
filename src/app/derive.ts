/**
 * What the view shows, derived from the model and the view state. Pure, so the renderer, the
 * panels and the tests agree on one definition of "visible".
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import { diffDates, type DateDiff, type RelationStatus } from "../model/diff.ts";
import type { EgoView, ViewState } from "./state.ts";

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
export function relationsInScope(model: StanceModel, state: Pick<ViewState, "date" | "compare">): { relations: Relation[]; diff: DateDiff | null; positions: number[] } {
  const all = model.dataset.relations;
  const positions: number[] = [];
  if (state.compare) {
    const diff = diffDates(model, state.compare.a, state.compare.b);
    for (let i = 0; i < all.length; i++) if (diff.relations.has(all[i]!.id)) positions.push(i);
    return { relations: positions.map((i) => all[i]!), diff, positions };
  }
  const active = model.index.activeAt(state.date).sort((a, b) => a - b);
  return { relations: active.map((i) => all[i]!), diff: null, positions: active };
}

export function visibleRelations(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null }): VisibleRelations {
  const visible = filteredRelations(model, state);
  return state.ego ? egoRelations(visible, state.ego, model) : visible;
}

/**
 * The ego view of a visible set: the actor and its neighbours up to `depth` steps away through
 * the relations shown, and the relations among them; everyone else is hidden. (Counts per type
 * stay those of the whole view, so the filters keep saying what the date holds.)
 */
export function egoRelations(visible: VisibleRelations, ego: EgoView, model: StanceModel): VisibleRelations {
  const inside = new Set([ego.actor]);
  let frontier = new Set([ego.actor]);
  for (let step = 0; step < ego.depth; step++) {
    const next = new Set<string>();
    for (const r of visible.relations) {
      for (const [a, b] of [
        [r.source, r.target],
        [r.target, r.source],
      ] as const) {
        if (frontier.has(a) && !inside.has(b)) {
          inside.add(b);
          next.add(b);
        }
      }
    }
    frontier = next;
  }
  const relations = visible.relations.filter((r) => inside.has(r.source) && inside.has(r.target));
  const ids = new Set(relations.map((r) => r.id));
  const hiddenActors = new Set(visible.hiddenActors);
  for (const a of model.dataset.actors) if (!inside.has(a.id)) hiddenActors.add(a.id);
  const actorsWithRelations = new Set<string>();
  for (const r of relations) actorsWithRelations.add(r.source).add(r.target);
  const status = visible.status ? new Map([...visible.status].filter(([id]) => ids.has(id))) : null;
  return { ...visible, ids, relations, status, hiddenActors, actorsWithRelations };
}

function filteredRelations(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds">): VisibleRelations {
  const { relations: inScope, diff, positions: inScopeAt } = relationsInScope(model, state);
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenKinds = new Set(state.hiddenKinds);
  const hiddenActors = new Set<string>();
  if (hiddenKinds.size > 0) for (const a of model.dataset.actors) if (hiddenKinds.has(a.kind)) hiddenActors.add(a.id);
  const countByType = new Map<string, number>();
  const relations: Relation[] = [];
  const at: number[] = [];
  const ids = new Set<string>();
  const degree = new Map<string, number>();
  for (let k = 0; k < inScope.length; k++) {
    const r = inScope[k]!;
    if (hiddenActors.has(r.source) || hiddenActors.has(r.target)) continue;
    countByType.set(r.type, (countByType.get(r.type) ?? 0) + 1);
    if (hiddenTypes.has(r.type)) continue;
    relations.push(r);
    at.push(inScopeAt[k]!);
    ids.add(r.id);
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const actorsWithRelations = new Set(degree.keys());
  const status = diff ? new Map([...diff.relations].filter(([id]) => ids.has(id))) : null;
  const visible: VisibleRelations = { ids, relations, status, diff, countByType, hiddenActors, actorsWithRelations };
  // Kept with the set, so the label layer's ranking and the next date step need no pass of their own.
  drawnDegrees.set(visible, degree);
  datasetPositions.set(visible, at);
  return visible;
}

/** A date step: the visible relations after it, and the ids of the drawn relations that entered and left. */
export interface VisibleStep {
  visible: VisibleRelations;
  entered: string[];
  left: string[];
}

/** Per visible set: drawn relations per actor, so an actor leaves `actorsWithRelations` at zero. */
const drawnDegrees = new WeakMap<VisibleRelations, Map<string, number>>();
/**
 * Per visible set: the dataset position of each of its relations (parallel to `relations`), when
 * known from how the set was made. A date step then merges by these numbers and needs no map of
 * every relation's position (building it for 500,000 relations took a second on the first step).
 */
const datasetPositions = new WeakMap<VisibleRelations, readonly number[]>();

/**
 * `visibleRelations(model, next)` computed from `before` (the visible set for `prev`) and what
 * enters and leaves between the two dates (IntervalIndex.changesBetween, O(log n + changes)), so a
 * timeline step costs the changes plus one copy of the visible set instead of a full recount and
 * sort. Null when the step is not a plain date change (compare mode, or filters changed): the
 * caller recomputes then.
 */
export function stepVisibleRelations(
  model: StanceModel,
  before: VisibleRelations,
  prev: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null },
  next: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null },
): VisibleStep | null {
  // An ego view is recomputed whole (the neighbourhood can change with any relation).
  if (prev.ego || next.ego || prev.compare || next.compare || before.status !== null || prev.hiddenTypes !== next.hiddenTypes || prev.hiddenKinds !== next.hiddenKinds) return null;
  const all = model.dataset.relations;
  const change = model.index.changesBetween(prev.date, next.date);
  const hiddenTypes = new Set(next.hiddenTypes);
  const { hiddenActors } = before;
  const countByType = new Map(before.countByType);
  const degree = new Map(degreesOf(before));
  const ids = new Set(before.ids);
  const actorsWithRelations = new Set(before.actorsWithRelations);
  const entered: string[] = [];
  const left: string[] = [];
  const enteredAt: number[] = [];
  for (const [list, sign] of [
    [change.left, -1],
    [change.entered, 1],
  ] as const) {
    for (const i of list) {
      const r = all[i]!;
      if (hiddenActors.has(r.source) || hiddenActors.has(r.target)) continue;
      const count = (countByType.get(r.type) ?? 0) + sign;
      if (count > 0) countByType.set(r.type, count);
      else countByType.delete(r.type);
      if (hiddenTypes.has(r.type)) continue;
      for (const actor of [r.source, r.target]) shiftDegree(degree, actorsWithRelations, actor, sign);
      if (sign > 0) {
        ids.add(r.id);
        entered.push(r.id);
        enteredAt.push(i);
      } else {
        ids.delete(r.id);
        left.push(r.id);
      }
    }
  }
  // Dataset order: the kept relations, with the entered ones merged in by position.
  const beforeAt = datasetPositions.get(before) ?? positionsIn(model, before.relations);
  const gone = new Set(left);
  enteredAt.sort((a, b) => a - b);
  const relations: Relation[] = [];
  const at: number[] = [];
  let k = 0;
  for (let j = 0; j < before.relations.length; j++) {
    const r = before.relations[j]!;
    if (gone.size > 0 && gone.has(r.id)) continue;
    const p = beforeAt[j]!;
    while (k < enteredAt.length && enteredAt[k]! < p) {
      at.push(enteredAt[k]!);
      relations.push(all[enteredAt[k++]!]!);
    }
    at.push(p);
    relations.push(r);
  }
  while (k < enteredAt.length) {
    at.push(enteredAt[k]!);
    relations.push(all[enteredAt[k++]!]!);
  }
  const visible: VisibleRelations = { ids, relations, status: null, diff: null, countByType, hiddenActors, actorsWithRelations };
  drawnDegrees.set(visible, degree);
  datasetPositions.set(visible, at);
  return { visible, entered, left };
}

/** Drawn relations per actor of a visible set (computed once per set, then kept with it). */
export function degreesOf(visible: VisibleRelations): Map<string, number> {
  let degree = drawnDegrees.get(visible);
  if (!degree) {
    degree = new Map();
    for (const r of visible.relations) for (const actor of [r.source, r.target]) degree.set(actor, (degree.get(actor) ?? 0) + 1);
    drawnDegrees.set(visible, degree);
  }
  return degree;
}

/** The drawn degrees of `visible` if they were computed already. */
export function knownDegrees(visible: VisibleRelations): Map<string, number> | undefined {
  return drawnDegrees.get(visible);
}

/** Keeps `degree` as the drawn degrees of `visible` (a set made from another one's, see deriveEdit.ts). */
export function rememberDegrees(visible: VisibleRelations, degree: Map<string, number>): void {
  drawnDegrees.set(visible, degree);
}

/**
 * Dataset positions of `relations`, for a set made without them (by an edit, deriveEdit.ts): each
 * relation's edge in the model graph carries its position (`index`), as the edit's merge reads it.
 */
function positionsIn(model: StanceModel, relations: readonly Relation[]): number[] {
  return relations.map((r) => model.graph.getEdgeAttribute(r.id, "index"));
}

/** Actors and relations kept lit; the rest is drawn faded when `fadeRest` is true. */
export interface FocusSet {
  actors: Set<string>;
  relations: Set<string>;
  /**
   * Whether everything outside the focus fades. A hover in a large graph only lifts the
   * neighbourhood (drawn on top, in full colour, over the translucent rest): fading 100,000
   * relations on every pointer move would repaint them all, while lifting repaints only the old
   * and new neighbourhoods.
   */
  fadeRest: boolean;
}

/** Graphs up to this many actors fade everything else on hover too (a full repaint is cheap there). */
export const HOVER_FADES_UP_TO = 300;

/** What is focused, and why: the pointer on an actor, a group lit from the Analysis, or the selection. */
export interface FocusRequest {
  actor?: string | null;
  relation?: string | null;
  pair?: [string, string] | null;
  group?: readonly string[] | null;
  /** True when the focus comes from the pointer (a hover). */
  hover?: boolean;
}

/**
 * Actors and relations to keep lit when the user hovers or selects something: an actor and its
 * neighbours through visible relations; a relation and its two ends; a pair and its relations.
 * Null when nothing is focused.
 */
export function focusSet(model: StanceModel, visible: Pick<VisibleRelations, "relations">, focus: FocusRequest): FocusSet | null {
  const fadeRest = !focus.hover || model.dataset.actors.length <= HOVER_FADES_UP_TO;
  if (focus.group && focus.group.length > 0) {
    // A group (a triad from the Analysis): its actors and the visible relations among them.
    const actors = new Set(focus.group);
    const relations = new Set(visible.relations.filter((r) => actors.has(r.source) && actors.has(r.target)).map((r) => r.id));
    return { actors, relations, fadeRest };
  }
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
    return { actors, relations, fadeRest };
  }
  if (focus.relation) {
    const r = model.relations.get(focus.relation);
    return r ? { actors: new Set([r.source, r.target]), relations: new Set([r.id]), fadeRest } : null;
  }
  if (focus.pair) {
    const [a, b] = focus.pair;
    const relations = new Set(visible.relations.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a)).map((r) => r.id));
    return { actors: new Set([a, b]), relations, fadeRest };
  }
  return null;
}

/**
 * The focus implied by the state: hover wins while the pointer is on an actor, then a highlighted
 * group of actors, then the selection.
 */
export function stateFocus(state: Pick<ViewState, "hovered" | "selection"> & Partial<Pick<ViewState, "highlightActors">>): FocusRequest {
  if (state.hovered) return { actor: state.hovered, hover: true };
  if (state.highlightActors && state.highlightActors.length > 0) return { group: state.highlightActors };
  const s = state.selection;
  if (!s) return {};
  if (s.kind === "actor") return { actor: s.id };
  if (s.kind === "relation") return { relation: s.id };
  return { pair: [s.a, s.b] };
}

/**
 * Moves an actor's count of drawn relations by `delta`, keeping `actorsWithRelations` (the actors
 * with at least one) in step: a date step and an edit (deriveEdit.ts) both update them this way.
 */
export function shiftDegree(degree: Map<string, number>, actorsWithRelations: Set<string>, actor: string, delta: number): void {
  const d = (degree.get(actor) ?? 0) + delta;
  if (d > 0) {
    degree.set(actor, d);
    actorsWithRelations.add(actor);
  } else {
    degree.delete(actor);
    actorsWithRelations.delete(actor);
  }
}
