/**
 * The visible set after an edit, from what the edit changed (issue #13, "fast at scale"): only the
 * relations the edit added, removed or changed, and those of actors whose kind filter flipped, are
 * looked at, instead of asking the interval index for the whole date again and filtering 100k
 * relations. The parts of the visible set that did not change keep their identity.
 *
 * Equal to `visibleRelations(model, state)` for the model after the edit (tests/unit/
 * derivedEdit.test.ts checks this after random edit sequences). Compare mode and the ego view are
 * not followed (their diff and neighbourhood can move with any relation): the caller recomputes.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import type { ModelChange } from "../model/edit/updateModel.ts";
import { toDay } from "../model/dates.ts";
import { VersionedSet } from "./versioned.ts";
import { knownDegrees, rememberDegrees, shiftDegrees, type VisibleRelations } from "./derive.ts";
import type { EgoView, ViewState } from "./state.ts";

export interface VisibleEdit {
  /** The visible set after the edit (`before` itself when nothing in it changed). */
  visible: VisibleRelations;
  /** Drawn relations that entered and left. */
  entered: string[];
  left: string[];
  /** Drawn before and after, with a new record (a type, dates or evidence changed): drawn again. */
  replaced: string[];
  /** The records looked at, before and after the edit: what a focus or the rings may have read. */
  looked: Relation[];
}

/** Whether relation `r` holds on day `t` (from <= t < to), as the interval index answers. */
export function holdsOn(r: Relation, t: number): boolean {
  return toDay(r.from) <= t && (r.to === undefined || t < toDay(r.to));
}

/**
 * `visibleRelations(model, state)` after an edit, computed from `before` (the visible set of
 * `state` before it) and `change`; null in compare mode or an ego view (recompute then).
 */
export function editVisibleRelations(
  model: StanceModel,
  before: VisibleRelations,
  state: Pick<ViewState, "date" | "compare" | "hiddenTypes" | "hiddenKinds"> & { ego?: EgoView | null },
  change: ModelChange,
): VisibleEdit | null {
  if (state.compare || state.ego || before.status !== null) return null;
  const t = toDay(state.date);
  const hiddenTypes = new Set(state.hiddenTypes);

  // Actors whose kind filter flipped (an added actor of a hidden kind, a kind changed, a removal).
  let hiddenActors = before.hiddenActors;
  const flipped: string[] = [];
  if (state.hiddenKinds.length > 0 || before.hiddenActors.size > 0) {
    const hiddenKinds = new Set(state.hiddenKinds);
    for (const id of [...change.actors.added, ...change.actors.changed, ...change.actors.removed]) {
      const actor = model.actors.get(id);
      const hidden = actor !== undefined && hiddenKinds.has(actor.kind);
      if (hidden === hiddenActors.has(id)) continue;
      if (hiddenActors === before.hiddenActors) hiddenActors = new Set(before.hiddenActors);
      if (hidden) hiddenActors.add(id);
      else hiddenActors.delete(id);
      flipped.push(id);
    }
  }

  const candidates = new Set<string>([...change.relations.added, ...change.relations.removed, ...change.relations.changed, ...change.relationsBefore.keys()]);
  for (const id of flipped) if (model.graph.hasNode(id)) for (const e of model.graph.edges(id)) candidates.add(e);

  const added = new Set(change.relations.added);
  const counted = (r: Relation | undefined, hidden: ReadonlySet<string>): r is Relation => r !== undefined && !hidden.has(r.source) && !hidden.has(r.target) && holdsOn(r, t);
  const countDelta = new Map<string, number>();
  const degreeDelta = new Map<string, number>();
  const bump = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);
  const entered: Relation[] = [];
  const left: string[] = [];
  const replaced: Relation[] = [];
  const looked: Relation[] = [];
  for (const id of candidates) {
    const old = change.relationsBefore.get(id) ?? (added.has(id) ? undefined : model.relations.get(id));
    const now = model.relations.get(id);
    if (old) looked.push(old);
    if (now && now !== old) looked.push(now);
    const wasVisible = before.ids.has(id);
    const isCounted = counted(now, hiddenActors);
    const isVisible = isCounted && !hiddenTypes.has(now.type);
    if (counted(old, before.hiddenActors)) bump(countDelta, old.type, -1);
    if (isCounted) bump(countDelta, now.type, 1);
    if (wasVisible) for (const a of [old!.source, old!.target]) bump(degreeDelta, a, -1);
    if (isVisible) for (const a of [now.source, now.target]) bump(degreeDelta, a, 1);
    if (wasVisible && !isVisible) left.push(id);
    else if (!wasVisible && isVisible) entered.push(now);
    else if (wasVisible && isVisible && now !== old) replaced.push(now);
  }

  let countByType = before.countByType;
  for (const [type, delta] of countDelta) {
    if (delta === 0) continue;
    if (countByType === before.countByType) countByType = new Map(before.countByType);
    const n = (countByType.get(type) ?? 0) + delta;
    if (n > 0) countByType.set(type, n);
    else countByType.delete(type);
  }
  const out = { entered: entered.map((r) => r.id), left, replaced: replaced.map((r) => r.id), looked };
  if (entered.length + left.length + replaced.length === 0 && countByType === before.countByType && hiddenActors === before.hiddenActors) return { visible: before, ...out };

  let { ids, relations, actorsWithRelations } = before;
  let degree = knownDegrees(before);
  if (entered.length + left.length > 0) ids = VersionedSet.step(before.ids, out.entered, left);
  if (entered.length + left.length + replaced.length > 0) {
    relations = mergeByPosition(model, before.relations, new Set([...left, ...replaced.map((r) => r.id)]), [...entered, ...replaced]);
  }
  if ([...degreeDelta.values()].some((d) => d !== 0)) {
    ({ degree, actorsWithRelations } = shiftDegrees(before, degreeDelta));
  }
  const visible: VisibleRelations = { ids, relations, status: null, diff: null, countByType, hiddenActors, actorsWithRelations };
  if (degree) rememberDegrees(visible, degree);
  return { visible, ...out };
}

/**
 * `kept` without the ids in `drop`, with `put` merged in, in dataset order. An edit keeps the
 * order of the relations it did not touch, so each new one finds its place by a binary search on
 * the positions the model's edges carry (their `index`), with no position map of the whole list.
 */
function mergeByPosition(model: StanceModel, kept: readonly Relation[], drop: ReadonlySet<string>, put: Relation[]): Relation[] {
  const base = drop.size > 0 ? kept.filter((r) => !drop.has(r.id)) : kept;
  const position = (r: Relation) => model.graph.getEdgeAttribute(r.id, "index");
  const placed = put.map((r) => ({ r, p: position(r) })).sort((a, b) => a.p - b.p);
  const at = placed.map(({ p }) => {
    let lo = 0;
    let hi = base.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (position(base[mid]!) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
  const relations: Relation[] = [];
  let k = 0;
  for (let i = 0; i <= base.length; i++) {
    while (k < placed.length && at[k] === i) relations.push(placed[k++]!.r);
    if (i < base.length) relations.push(base[i]!);
  }
  return relations;
}
