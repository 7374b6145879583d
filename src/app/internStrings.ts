/**
 * One copy of each repeated string in what the load worker hands over (issue #16, the heap).
 *
 * A structured clone copies every string it meets: the 500,000 relations of a 50k-actor dataset
 * arrive with a million copies of their ends' ids, half a million of their type and their
 * confidence, their dates and their evidence's source ids — some 3.3 million strings for about
 * 60,000 distinct values, 85 MiB of a ~440 MiB heap (measured in Node on the same clone). Replaced
 * by one shared copy as each part arrives, the copies die young, before any collection has to move
 * them, and the heap every later collection walks is that much smaller.
 *
 * Written here: a Map from a string to its first copy is all it takes (no package does less).
 * Only fields known to repeat are looked at; quotes and notes, which seldom do, are left alone.
 */

/** Returns the first copy seen of each string. */
export type Interner = (s: string) => string;

export function createInterner(): Interner {
  const pool = new Map<string, string>();
  return (s) => {
    const kept = pool.get(s);
    if (kept !== undefined) return kept;
    pool.set(s, s);
    return s;
  };
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
 * Interns, in place, the repeated strings of a part of the dataset just received from the worker
 * (its objects are the page's own copies, not yet part of any model). Anything not shaped as
 * expected is passed over: the worker has validated the dataset, and this only shares strings.
 */
export function internPart(key: "actors" | "relations" | "events" | "sources", items: readonly unknown[], intern: Interner): void {
  for (const item of items) {
    if (!isRecord(item)) continue;
    if (key === "relations") {
      internFields(item, RELATION_KEYS, intern);
      internEvidence(item.evidence, intern);
    } else if (key === "actors") internFields(item, ACTOR_KEYS, intern);
    else if (key === "events") {
      const actors = item.actors;
      if (Array.isArray(actors)) for (let i = 0; i < actors.length; i++) if (typeof actors[i] === "string") actors[i] = intern(actors[i] as string);
      internEvidence(item.evidence, intern);
    }
  }
}
