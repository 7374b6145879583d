/**
 * One copy of each repeated string in what the load worker hands over, and its records packed
 * (issue #16, the heap).
 *
 * A structured clone copies every string it meets: the 500,000 relations of a 50k-actor dataset
 * arrive with a million copies of their ends' ids, half a million of their type and their
 * confidence, their dates and their evidence's source ids — some 3.3 million strings for about
 * 60,000 distinct values, 85 MiB of a ~440 MiB heap (measured in Node on the same clone). Replaced
 * by one shared copy as each part arrives, the copies die young, before any collection has to move
 * them, and the heap every later collection walks is that much smaller.
 *
 * A Map from a string to its first copy (model/pool.ts) is all it takes. Only fields known to
 * repeat are looked at; quotes and notes, which seldom do, are left alone.
 */

import { createPool } from "../model/pool.ts";

/** Returns the first copy seen of each string. */
export type Interner = (s: string) => string;

export function createInterner(): Interner {
  return createPool<string>();
}

type Loose = Record<string, unknown>;

const isRecord = (x: unknown): x is Loose => typeof x === "object" && x !== null;

/** Replaces each of `keys` of `item` that holds a string by its shared copy. */
function internFields(item: Loose, keys: readonly string[], intern: Interner): void {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === "string") item[key] = intern(value);
  }
}

const RELATION_KEYS = ["source", "target", "type", "from", "to", "confidence"] as const;
const EVIDENCE_KEYS = ["source"] as const;
const DERIVED_KEYS = ["rule", "first", "last"] as const;
const ACTOR_KEYS = ["id", "kind"] as const;

/** Evidence: its source's id, and a derived relation's rule (the same sentence for every relation an ingest made). */
function internEvidence(list: unknown, intern: Interner): void {
  if (!Array.isArray(list)) return;
  for (const e of list) {
    if (!isRecord(e)) continue;
    internFields(e, EVIDENCE_KEYS, intern);
    if (isRecord(e.derived)) internFields(e.derived, DERIVED_KEYS, intern);
  }
}

/**
 * Received records rebuilt with all their fields inside the object (issue #16, the heap).
 *
 * A structured clone builds each object field by field from V8's empty-object shape, which has
 * room for four fields in the object itself; a relation's fifth to ninth field go to a second
 * object, a property array. At 50k actors that is 500,000 more objects (12.9 MiB) for every
 * collection to mark, measured in a heap snapshot of the page. An object made by a constructor
 * instead gets room for as many fields as the constructor's first objects were given (V8's
 * in-object slack tracking), so a constructor primed with one object holding every field a record
 * may have makes records that hold all of theirs inside. Its prototype is Object.prototype: the
 * records are plain objects to every reader, and keep their fields in the order they came.
 *
 * Written here: it is an engine detail no package covers. tests/unit/internStrings.test.ts counts
 * the property arrays in a heap snapshot.
 */
function packer(fields: readonly string[]): (item: Loose) => Loose {
  const Packed = function () {} as unknown as new () => Loose;
  Packed.prototype = Object.prototype;
  const primer = new Packed();
  for (const field of fields) primer[field] = undefined;
  const allowed = new Set<string>(fields);
  return (item) => {
    const keys = Object.keys(item);
    // A field the schema does not know (the worker validated, so never): left as it came.
    for (const key of keys) if (!allowed.has(key)) return item;
    const out = new Packed();
    for (const key of keys) out[key] = item[key];
    return out;
  };
}

/** Every field a relation and an event may have (the schema's, in its order; a unit test checks). */
export const RELATION_FIELDS = ["id", "source", "target", "type", "from", "to", "evidence", "note", "confidence"] as const;
export const EVENT_FIELDS = ["id", "date", "end", "label", "description", "actors", "evidence"] as const;

/** What the page does to each part the worker hands over; one per load. */
export interface Receiver {
  /**
   * The part's items, their repeated strings shared and relations and events rebuilt packed (its
   * objects are the page's own copies, not yet part of any model). Anything not shaped as expected
   * is passed over unchanged: the worker has validated the dataset, and this only saves memory.
   */
  part(key: "actors" | "relations" | "events" | "sources", items: readonly unknown[]): unknown[];
}

export function createReceiver(intern: Interner = createInterner()): Receiver {
  const packRelation = packer(RELATION_FIELDS);
  const packEvent = packer(EVENT_FIELDS);
  return {
    part(key, items) {
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out[i] = item;
        if (!isRecord(item) || Array.isArray(item)) continue;
        if (key === "relations") {
          internFields(item, RELATION_KEYS, intern);
          internEvidence(item.evidence, intern);
          out[i] = packRelation(item);
        } else if (key === "actors") internFields(item, ACTOR_KEYS, intern);
        else if (key === "events") {
          const actors = item.actors;
          if (Array.isArray(actors)) for (let j = 0; j < actors.length; j++) if (typeof actors[j] === "string") actors[j] = intern(actors[j] as string);
          internEvidence(item.evidence, intern);
          out[i] = packEvent(item);
        }
      }
      return out;
    },
  };
}
