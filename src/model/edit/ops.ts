/**
 * Primitive ops: applying them with structural sharing, inverting them, and what they touched.
 *
 * Structural sharing: a collection no op touches keeps its array, a record no op touches keeps
 * its object, so `next.relations === prev.relations` tells a caller nothing changed there. A
 * touched collection is copied once however many ops touch it (a merge re-points hundreds of
 * relations with one copy of the list, not one per relation).
 */
import type { Dataset } from "../schema.ts";
import { COLLECTIONS, EditError, type AnyRecord, type Collection, type DatasetMeta, type IdChanges, type Op, type Touched } from "./commands.ts";

/** Applies ops in order. Throws `EditError` when an op does not fit the dataset (a stale history). */
export function applyOps(dataset: Dataset, ops: readonly Op[]): Dataset {
  if (ops.length === 0) return dataset;
  const copies = new Map<Collection, AnyRecord[]>();
  const list = (c: Collection): AnyRecord[] => {
    let copy = copies.get(c);
    if (!copy) copies.set(c, (copy = (dataset[c] as AnyRecord[]).slice()));
    return copy;
  };
  let meta: DatasetMeta | null = null;
  for (const op of ops) {
    if (op.op === "meta") {
      meta = op.after;
      continue;
    }
    const items = list(op.collection);
    const where = `${op.collection}[${op.index}]`;
    if (op.op === "insert") {
      if (op.index < 0 || op.index > items.length) throw new EditError(where, `cannot insert here: the list has ${items.length} items`);
      if (op.index === items.length) items.push(op.record);
      else items.splice(op.index, 0, op.record);
      continue;
    }
    const expected = op.op === "remove" ? op.record : op.before;
    const found = items[op.index];
    if (found === undefined || found.id !== expected.id) {
      throw new EditError(where, `expected "${expected.id}" here, found ${found === undefined ? "nothing" : `"${found.id}"`}: the dataset changed since this edit was made`);
    }
    if (op.op === "remove") {
      if (op.index === items.length - 1) items.pop();
      else items.splice(op.index, 1);
    } else items[op.index] = op.after;
  }
  const next: Record<string, unknown> = meta ? { ...meta } : { ...dataset };
  for (const c of COLLECTIONS) next[c] = copies.get(c) ?? dataset[c];
  if (meta) for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as unknown as Dataset;
}

/** The ops that undo `ops`: each inverted, in reverse order. */
export function invertOps(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k]!;
    switch (op.op) {
      case "insert":
        out.push({ op: "remove", collection: op.collection, index: op.index, record: op.record });
        break;
      case "remove":
        out.push({ op: "insert", collection: op.collection, index: op.index, record: op.record });
        break;
      case "replace":
        out.push({ op: "replace", collection: op.collection, index: op.index, before: op.after, after: op.before });
        break;
      case "meta":
        out.push({ op: "meta", before: op.after, after: op.before });
        break;
    }
  }
  return out;
}

/** The dataset's own fields, without its collections. */
export function metaOf(dataset: Dataset): DatasetMeta {
  const { actors: _a, relationTypes: _t, relations: _r, events: _e, sources: _s, periods: _p, ...meta } = dataset;
  return meta;
}

export function emptyTouched(): Touched {
  const none = (): IdChanges => ({ added: [], removed: [], changed: [] });
  return { actors: none(), relationTypes: none(), relations: none(), events: none(), sources: none(), periods: none(), meta: false };
}

/**
 * What ops touched, net: a record inserted and removed again is not listed; one removed and
 * inserted again (same id) is "changed".
 */
export function touchedBy(ops: readonly Op[]): Touched {
  const touched = emptyTouched();
  // Per collection and id: present before the ops? present after?
  const state = new Map<Collection, Map<string, { before: boolean; after: boolean }>>();
  for (const op of ops) {
    if (op.op === "meta") {
      touched.meta = true;
      continue;
    }
    let ids = state.get(op.collection);
    if (!ids) state.set(op.collection, (ids = new Map()));
    const id = op.op === "replace" ? op.after.id : op.record.id;
    const s = ids.get(id);
    if (op.op === "insert") {
      if (s) s.after = true;
      else ids.set(id, { before: false, after: true });
    } else if (op.op === "remove") {
      if (s) s.after = false;
      else ids.set(id, { before: true, after: false });
    } else if (!s) ids.set(id, { before: true, after: true });
  }
  for (const [collection, ids] of state) {
    const out = touched[collection];
    for (const [id, s] of ids) {
      if (s.before && s.after) out.changed.push(id);
      else if (s.after) out.added.push(id);
      else if (s.before) out.removed.push(id);
    }
  }
  return touched;
}

/** Per list (arrays are never changed, so identity is enough): where an id sits, from a faster source. */
const locators = new WeakMap<object, (id: string) => number | undefined>();

/**
 * Lets `positionOf` find ids in `list` without scanning it: the edit session registers one backed
 * by its model (each relation's edge knows its position). A hint is checked before it is used.
 */
export function registerLocator(list: ReadonlyArray<{ id: string }>, locate: (id: string) => number | undefined): void {
  locators.set(list, locate);
}

/** Position of the record with this id, or -1: from a registered locator, else a plain scan. */
export function positionOf(list: ReadonlyArray<{ id: string }>, id: string): number {
  const hint = locators.get(list)?.(id);
  if (hint !== undefined && list[hint]?.id === id) return hint;
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
  return -1;
}

/** Per relations list: the ids of the relations that involve an actor, from a faster source. */
const incidences = new WeakMap<object, (actor: string) => readonly string[] | undefined>();

/** Lets cascades (removing or merging an actor) find its relations without a pass over the list; the session's model knows them. */
export function registerIncidence(relations: ReadonlyArray<{ id: string }>, incident: (actor: string) => readonly string[] | undefined): void {
  incidences.set(relations, incident);
}

/**
 * Positions, ascending, of the relations that involve `actor`, from a registered incidence; each
 * checked against the list. Undefined when none is registered or it does not fit (then scan).
 */
export function incidentPositions(relations: ReadonlyArray<{ id: string; source: string; target: string }>, actor: string): number[] | undefined {
  const ids = incidences.get(relations)?.(actor);
  if (!ids) return undefined;
  const out: number[] = [];
  for (const id of ids) {
    const p = positionOf(relations, id);
    const r = relations[p];
    if (!r || (r.source !== actor && r.target !== actor)) return undefined;
    out.push(p);
  }
  return out.sort((a, b) => a - b);
}
