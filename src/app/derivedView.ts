/**
 * The derived view: the one place that computes what the screen shows from the store and the
 * model — the visible relations, the compare diff, the focus, the bloc rings — and tells each
 * subscriber only about the keys it asked for.
 *
 * A date step walks one way: timeline → store → derived view → renderer and panels. Nobody reads
 * the renderer, and no subscriber has to be registered before another for its data to be fresh:
 * the derived view is computed before any subscriber is told.
 *
 * Keys are the view state's fields plus the derived ones. A key "changed" when its value is not
 * the same object as before (the reducer and this module keep identity for what did not change),
 * so `select(["date", "visible"], fn)` wakes `fn` only on a new date or a new visible set, and a
 * hover wakes only those who asked for `hovered` or `focus`.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "./store.ts";
import type { Action, ViewState } from "./state.ts";
import type { Relation } from "../model/schema.ts";
import type { ModelChange } from "../model/edit/updateModel.ts";
import { toDay } from "../model/dates.ts";
import { focusOf, stateFocus, stepVisibleRelations, visibleRelations, type FocusRequest, type FocusSet, type VisibleRelations } from "./derive.ts";
import { editVisibleRelations, holdsOn } from "./deriveEdit.ts";
import { blocDate, ringBlocs, type RingBlocs } from "./analysisState.ts";

/**
 * Relations that entered and left the view in the last change of `visible`. After an edit, `left`
 * holds only relations still in the model: one the edit deleted has no edge left to fade out
 * (the renderer's fade would ask sigma for an edge the graph no longer has).
 */
export interface VisibleChange {
  entered: readonly string[];
  left: readonly string[];
  /** True for a plain date step computed from the interval index (only these relations and their ends can look different). */
  step: boolean;
  /**
   * After an edit followed incrementally: besides what entered and left, the drawn relations with
   * a new record and the graph's edges and nodes the edit restyled (curves, signs, sizes), so a
   * renderer can repaint only these and their ends instead of everything. Absent otherwise.
   */
  edited?: { edges: readonly string[]; nodes: readonly string[] };
}

export interface Derived extends ViewState {
  /** Relations drawn, after the date (or compare dates) and the filters. */
  visible: VisibleRelations;
  /** What entered and left when `visible` last changed (null at the start). */
  change: VisibleChange | null;
  /** Actors and relations kept lit (hover, a highlighted group, the selection), or null. */
  focus: FocusSet | null;
  /** Blocs drawn as rings, or null when rings are off. */
  rings: RingBlocs | null;
  /** Counts every change of the derived view; the renderer marks the revision it has drawn. */
  revision: number;
  /** The model's revision this view was computed from: panels that show the dataset itself (not the date's view of it) select it to follow edits. */
  modelRevision: number;
}

export type DerivedKey = keyof Derived;
export type DerivedListener = (view: Derived, previous: Derived) => void;

export interface DerivedView {
  /** The current derived view. */
  get(): Derived;
  /**
   * Calls `listener` after every change in which at least one of `keys` changed (by identity).
   * Returns the function that unsubscribes.
   */
  select(keys: readonly DerivedKey[], listener: DerivedListener): () => void;
  /**
   * The model was edited in place (src/app/edits.ts, after `updateModel`): what the edit touched
   * (`change`, from updateModel) is derived again for the current state — all of it when no
   * change is given — the revision bumps, and the subscribers of what changed are told, as after
   * a store change. Edits never go through the store: they are not view state, and the URL does
   * not hold them.
   */
  modelChanged(change?: ModelChange | null): void;
  /** Stops following the store. */
  destroy(): void;
}

/** Reports an error thrown by a subscriber; the others still run. */
export type OnSubscriberError = (error: unknown) => void;

const reportToConsole: OnSubscriberError = (error) => console.error("stancegraph: a view subscriber failed", error);

/** The derived view of the store's state over `model`. */
export function createDerivedView(model: StanceModel, store: Store<ViewState, Action>, onError: OnSubscriberError = reportToConsole, visible?: VisibleRelations): DerivedView {
  let current = initialDerived(model, store.getState(), visible);
  const subscribers = new Set<{ keys: readonly DerivedKey[]; listener: DerivedListener }>();

  const tell = (before: Derived) => {
    for (const s of [...subscribers]) {
      if (!subscribers.has(s) || !s.keys.some((k) => current[k] !== before[k])) continue;
      try {
        s.listener(current, before);
      } catch (error) {
        onError(error);
      }
    }
  };
  const unsubscribe = store.subscribe((next, prev) => {
    const before = current;
    current = nextDerived(model, before, next, prev);
    if (current !== before) tell(before);
  });

  return {
    get: () => current,
    select(keys, listener) {
      const entry = { keys, listener };
      subscribers.add(entry);
      return () => void subscribers.delete(entry);
    },
    modelChanged(change) {
      const before = current;
      current = afterModelChange(model, before, change);
      if (current !== before) tell(before);
    },
    destroy() {
      unsubscribe();
      subscribers.clear();
    },
  };
}

/** The derived view of a state from scratch. */
/** The derived view of `state`; `visible` is its visible set when already computed (in slices, main.ts). */
export function initialDerived(model: StanceModel, state: ViewState, visible: VisibleRelations = visibleRelations(model, state)): Derived {
  return {
    ...state,
    visible,
    change: null,
    focus: focusOf(model, visible, state),
    rings: ringBlocs(model, state, null),
    revision: 0,
    modelRevision: model.revision,
  };
}

/**
 * The derived view after the model was edited in place. With the edit's `change` (what
 * updateModel returns), the visible set follows only the relations the edit touched
 * (deriveEdit.ts), and the focus and the rings are computed again only when the edit touched what
 * they read; every part that did not change keeps its identity, so its subscribers sleep. Without
 * it (or in compare mode and the ego view), the visible set is computed again from scratch. Pure
 * but for reading the model; returns `before` itself when the model has not changed since.
 */
export function afterModelChange(model: StanceModel, before: Derived, change?: ModelChange | null): Derived {
  if (model.revision === before.modelRevision) return before;
  // A change is followed only when it is the one edit since `before` (revisions count edits).
  const edit = change && change.revision === before.modelRevision + 1 && change.revision === model.revision ? editVisibleRelations(model, before.visible, before, change) : null;
  let visible: VisibleRelations;
  let visibleChange: VisibleChange | null;
  if (edit) {
    visible = edit.visible;
    const edges = [...new Set([...edit.replaced, ...change!.graph.edges])];
    visibleChange = visible === before.visible ? before.change : { entered: edit.entered, left: edit.left.filter((id) => model.relations.has(id)), step: false, edited: { edges, nodes: change!.graph.nodes } };
  } else {
    const old = before.visible.ids;
    visible = visibleRelations(model, before);
    visibleChange = { entered: [...visible.ids].filter((id) => !old.has(id)), left: [...old].filter((id) => !visible.ids.has(id) && model.relations.has(id)), step: false };
  }
  let focus = before.focus;
  // The hovered actor's focus, and the group's or selection's it may fall back to (focusOf).
  if (!edit || [stateFocus(before), stateFocus({ ...before, hovered: null })].some((request) => focusTouched(request, edit.looked, change!))) {
    const fresh = focusOf(model, visible, before);
    focus = sameFocus(before.focus, fresh) ? before.focus : fresh;
  }
  const rings = before.blocs && (!edit || ringsTouched(before, edit.looked, change!)) ? ringBlocs(model, before, null) : before.blocs ? before.rings : null;
  return { ...before, visible, change: visibleChange, focus, rings, revision: before.revision + 1, modelRevision: model.revision };
}

/** Whether an edit touched what the focus reads: its actors' or its relation's records, or the number of actors (hover fading). */
function focusTouched(request: FocusRequest, looked: readonly Relation[], change: ModelChange): boolean {
  const actors = request.group ?? (request.actor ? [request.actor] : request.pair ?? null);
  if (actors) {
    const lit = new Set(actors);
    if (looked.some((r) => lit.has(r.source) || lit.has(r.target))) return true;
    return request.hover === true && change.actors.added.length + change.actors.removed.length > 0;
  }
  if (request.relation) return looked.some((r) => r.id === request.relation);
  return false;
}

/** Whether an edit touched what the rings read: the actors, the types' signs, the span, or a relation holding on the blocs' date or moving its last change date. */
function ringsTouched(state: Derived, looked: readonly Relation[], change: ModelChange): boolean {
  const a = change.actors;
  const ty = change.relationTypes;
  if (a.added.length + a.removed.length + a.changed.length + ty.added.length + ty.removed.length + ty.changed.length > 0) return true;
  if (change.span || !state.rings) return true;
  // The blocs are those of the last change date at or before the date (analysisState.ts): a
  // relation starting or ending from that one to the date moves it, even when it does not hold.
  const date = blocDate(state);
  const t = toDay(date);
  const asOf = state.rings.partition.date;
  if (asOf === null) return true;
  const moves = (d: string | undefined) => d !== undefined && d >= asOf && d <= date;
  return looked.some((r) => holdsOn(r, t) || moves(r.from) || moves(r.to));
}

/**
 * The derived view after the state moved from `prev` to `next`. Pure; keeps the identity of every
 * derived part whose inputs did not change, and returns `before` itself when nothing changed.
 */
export function nextDerived(model: StanceModel, before: Derived, next: ViewState, prev: ViewState): Derived {
  if (next === prev) return before;
  const scopeChanged = next.date !== prev.date || next.compare !== prev.compare || next.hiddenTypes !== prev.hiddenTypes || next.hiddenKinds !== prev.hiddenKinds || next.ego !== prev.ego;
  let { visible, change, focus, rings } = before;
  if (scopeChanged) {
    // A plain date step is computed from what enters and leaves (see stepVisibleRelations).
    const step = stepVisibleRelations(model, visible, prev, next);
    if (step) {
      // A step in which nothing enters or leaves keeps the visible set (and wakes nobody who reads
      // it), unless relations of a hidden type came or went: the filters' counts change then.
      if (step.entered.length + step.left.length > 0 || !sameCounts(step.visible.countByType, visible.countByType)) {
        visible = step.visible;
        change = { entered: step.entered, left: step.left, step: true };
      }
    } else {
      const old = visible.ids;
      visible = visibleRelations(model, next);
      change = { entered: [...visible.ids].filter((id) => !old.has(id)), left: [...old].filter((id) => !visible.ids.has(id)), step: false };
    }
  }
  if (scopeChanged || next.blocs !== prev.blocs || next.playing !== prev.playing) rings = ringBlocs(model, next, rings);
  if (scopeChanged || next.hovered !== prev.hovered || next.selection !== prev.selection || next.highlightActors !== prev.highlightActors) {
    focus = sameFocus(focus, (focus = focusOf(model, visible, next))) ? before.focus : focus;
  }
  return { ...next, visible, change, focus, rings, revision: before.revision + 1, modelRevision: before.modelRevision };
}

function sameFocus(a: FocusSet | null, b: FocusSet | null): boolean {
  if (a === null || b === null) return a === b;
  return a.fadeRest === b.fadeRest && sameSet(a.actors, b.actors) && sameSet(a.relations, b.relations);
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, n] of a) if (b.get(k) !== n) return false;
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
