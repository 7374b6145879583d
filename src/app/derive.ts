/**
 * What the view shows, derived from the model and the view state. Pure, so the renderer, the
 * panels and the tests agree on one definition of "visible".
 */
import { runToEnd } from "../model/steps.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import { diffDates, type DateDiff, type RelationStatus } from "../model/diff.ts";
import type { EgoView, ViewState } from "./state.ts";
import { VersionedCounts, VersionedSet } from "./versioned.ts";

export interface VisibleRelations {
  /** Relation ids drawn, after the date (or compare dates) and the filters (a date step's is the next version of the one before: versioned.ts). */
  ids: ReadonlySet<string>;
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
  actorsWithRelations: ReadonlySet<string>;
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

export function visibleRelations(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null }): VisibleRelations {
  return runToEnd(visibleRelationsSteps(model, state));
}

/** Relations looked at between two yields of `visibleRelationsSteps`. */
const VISIBLE_SLICE = 20_000;

/**
 * `visibleRelations` in slices: yields every VISIBLE_SLICE relations in scope, so a page can
 * compute the first visible set of a large dataset between frames (at 50k actors / 500k relations
 * the 255,000 relations of a date were one task of 0.5 s at start-up; main.ts drives it then).
 */
export function* visibleRelationsSteps(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null }): Generator<void, VisibleRelations, void> {
  const visible = yield* filteredRelations(model, state);
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

function* filteredRelations(model: StanceModel, state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds">): Generator<void, VisibleRelations, void> {
  // The relations in scope: a date's are read one by one below from their sorted positions (a
  // list of them all at once was one more pass over 255,000 relations in the first slice).
  const positions = state.compare ? null : model.index.activeAt(state.date).sort((a, b) => a - b);
  const { relations: compared, diff } = state.compare ? relationsInScope(model, state) : { relations: [], diff: null };
  const all = model.dataset.relations;
  const inScopeCount = positions ? positions.length : compared.length;
  yield;
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenKinds = new Set(state.hiddenKinds);
  const hiddenActors = new Set<string>();
  if (hiddenKinds.size > 0) for (const a of model.dataset.actors) if (hiddenKinds.has(a.kind)) hiddenActors.add(a.id);
  const countByType = new Map<string, number>();
  const relations: Relation[] = [];
  const ids = new Set<string>();
  const degree = new Map<string, number>();
  for (let k = 0; k < inScopeCount; k++) {
    if (k % VISIBLE_SLICE === VISIBLE_SLICE - 1) yield;
    const r = positions ? all[positions[k]!]! : compared[k]!;
    if (hiddenActors.has(r.source) || hiddenActors.has(r.target)) continue;
    countByType.set(r.type, (countByType.get(r.type) ?? 0) + 1);
    if (hiddenTypes.has(r.type)) continue;
    relations.push(r);
    ids.add(r.id);
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const actorsWithRelations = new Set(degree.keys());
  const status = diff ? new Map([...diff.relations].filter(([id]) => ids.has(id))) : null;
  // The first versions of what a date step changes (versioned.ts): it changes them in place then.
  const visible: VisibleRelations = { ids: VersionedSet.adopt(ids), relations, status, diff, countByType, hiddenActors, actorsWithRelations: VersionedSet.adopt(actorsWithRelations) };
  // Kept with the set, so the label layer's ranking and the next date step need no pass of their own.
  drawnDegrees.set(visible, VersionedCounts.adopt(degree));
  return visible;
}

/** A date step: the visible relations after it, and the ids of the drawn relations that entered and left. */
export interface VisibleStep {
  visible: VisibleRelations;
  entered: string[];
  left: string[];
}

/** Per visible set: drawn relations per actor, so an actor leaves `actorsWithRelations` at zero. */
const drawnDegrees = new WeakMap<VisibleRelations, ReadonlyMap<string, number>>();
/**
 * `visibleRelations(model, next)` computed from `before` (the visible set for `prev`) and what
 * enters and leaves between the two dates (IntervalIndex.changesBetween, O(log n + changes)). The
 * step costs the changes only: the ids, the actors with relations and their degrees are the next
 * versions of the sets before (versioned.ts: changed in place, each earlier version kept answerable
 * by an undo), and the relations in dataset order are listed when first read (few read them: the
 * table, an actor's card). At 50k actors / 500k relations a one-day step
 * changes about a hundred of 255,000 relations. Null when the step is not a plain date change
 * (compare mode, an ego view, or filters changed): the caller recomputes then.
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
  /** Per actor touched: the change of its drawn degree. */
  const degreeDelta = new Map<string, number>();
  const entered: string[] = [];
  const left: string[] = [];
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
      for (const actor of [r.source, r.target]) degreeDelta.set(actor, (degreeDelta.get(actor) ?? 0) + sign);
      (sign > 0 ? entered : left).push(r.id);
    }
  }
  const { degree, actorsWithRelations } = shiftDegrees(before, degreeDelta);
  const ids = VersionedSet.step(before.ids, entered, left);
  const visible = withRelationsOnDemand(model, { ids, status: null, diff: null, countByType, hiddenActors, actorsWithRelations });
  drawnDegrees.set(visible, degree);
  return { visible, entered, left };
}

/**
 * A visible set whose `relations` (in dataset order) are listed from its ids when first read, then
 * kept: O(relations of the dataset) once, paid only by a reader.
 */
function withRelationsOnDemand(model: StanceModel, parts: Omit<VisibleRelations, "relations">): VisibleRelations {
  let relations: Relation[] | null = null;
  const all = model.dataset.relations;
  return Object.defineProperty(parts, "relations", {
    get: () => (relations ??= all.filter((r) => parts.ids.has(r.id))),
    enumerable: true,
  }) as VisibleRelations;
}

/** Drawn relations per actor of a visible set (computed once per set, then kept with it). */
export function degreesOf(visible: VisibleRelations): ReadonlyMap<string, number> {
  let degree = drawnDegrees.get(visible);
  if (!degree) {
    const counted = new Map<string, number>();
    for (const r of visible.relations) for (const actor of [r.source, r.target]) counted.set(actor, (counted.get(actor) ?? 0) + 1);
    drawnDegrees.set(visible, counted);
    degree = counted;
  }
  return degree;
}

/** The drawn degrees of `visible` if they were computed already. */
export function knownDegrees(visible: VisibleRelations): ReadonlyMap<string, number> | undefined {
  return drawnDegrees.get(visible);
}

/** Keeps `degree` as the drawn degrees of `visible` (a set made from another one's, see deriveEdit.ts). */
export function rememberDegrees(visible: VisibleRelations, degree: ReadonlyMap<string, number>): void {
  drawnDegrees.set(visible, degree);
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
 * neighbours through visible relations (the rest not faded when it has none); a relation and its
 * two ends; a pair and its relations. Null when nothing is focused.
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
    // An actor with no relation in view lights nothing: fading the rest would take every other
    // label off the picture (a curator's second actor, added to a dataset with no relations yet,
    // hid the first one's name), and say nothing the actor's own card does not.
    return { actors, relations, fadeRest: fadeRest && relations.size > 0 };
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
 * The focus of `state`: what it hovers, else its highlighted group, else its selection. A hover over
 * an actor that lights nothing (no relation in view) leaves the group or the selection lit, as if
 * the pointer were elsewhere: it fades nothing (focusSet), so it would otherwise only take their
 * highlight away.
 */
export function focusOf(model: StanceModel, visible: Pick<VisibleRelations, "relations">, state: Pick<ViewState, "hovered" | "selection"> & Partial<Pick<ViewState, "highlightActors">>): FocusSet | null {
  const request = stateFocus(state);
  const focus = focusSet(model, visible, request);
  if (!request.hover || (focus && focus.relations.size > 0)) return focus;
  const rest = stateFocus({ ...state, hovered: null });
  return rest.actor || rest.relation || rest.pair || rest.group ? focusSet(model, visible, rest) : focus;
}

/** The actors a selection is about: the actor, a relation's two ends, a pair's two actors (none for a relation no longer there). */
export function selectionActors(selection: ViewState["selection"], model: Pick<StanceModel, "relations">): string[] {
  if (!selection) return [];
  if (selection.kind === "actor") return [selection.id];
  if (selection.kind === "pair") return [selection.a, selection.b];
  const r = model.relations.get(selection.id);
  return r ? [r.source, r.target] : [];
}

/**
 * The drawn degrees and the actors with at least one drawn relation after each actor's degree moved
 * by `delta`, as the next versions of `before`'s (versioned.ts: the changes only, `before`'s still
 * answering for its own view): a date step and an edit (deriveEdit.ts) both update them this way.
 */
export function shiftDegrees(before: VisibleRelations, delta: ReadonlyMap<string, number>): { degree: ReadonlyMap<string, number>; actorsWithRelations: ReadonlySet<string> } {
  const degreeBefore = degreesOf(before);
  const now = new Map<string, number>();
  const gained: string[] = [];
  const lost: string[] = [];
  for (const [actor, d] of delta) {
    if (d === 0) continue;
    const was = degreeBefore.get(actor) ?? 0;
    const after = was + d;
    now.set(actor, after);
    if (was === 0 && after > 0) gained.push(actor);
    else if (was > 0 && after === 0) lost.push(actor);
  }
  return { degree: VersionedCounts.step(degreeBefore, now), actorsWithRelations: VersionedSet.step(before.actorsWithRelations, gained, lost) };
}
