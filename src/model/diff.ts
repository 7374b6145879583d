/**
 * What changed between two dates. Per relation: added, removed or kept. Per actor pair: whether
 * the pair's stance appeared, disappeared, changed type (alliance → estrangement) or stayed.
 * A pair's stance is the set of relation types active on it, so two relations of the same type
 * with different dates count as unchanged, and a pair holding alliance and mediation at once is
 * compared as a whole.
 */
import type { Relation } from "./schema.ts";
import { pairKey } from "./graph.ts";
import { activeRelationsAt, type StanceModel } from "./stanceModel.ts";

export type PairChangeKind = "added" | "removed" | "changed" | "unchanged";
export type RelationStatus = "added" | "removed" | "kept";

export interface PairChange {
  /** Unordered pair key, `A|B` with A < B. */
  key: string;
  actors: [string, string];
  kind: PairChangeKind;
  /** Relation type ids active on the pair at `a` and at `b`, sorted. */
  typesBefore: string[];
  typesAfter: string[];
  relationsBefore: Relation[];
  relationsAfter: Relation[];
}

export interface DateDiff {
  a: string;
  b: string;
  /** Status of every relation active on either date, by relation id. */
  relations: Map<string, RelationStatus>;
  /** Every pair with a relation on either date, sorted by kind (changes first) then by key. */
  pairs: PairChange[];
}

const KIND_ORDER: Record<PairChangeKind, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

/** Compares the relations active on `a` with those active on `b`. */
export function diffDates(model: StanceModel, a: string, b: string): DateDiff {
  const before = activeRelationsAt(model, a);
  const after = activeRelationsAt(model, b);
  const afterIds = new Set(after.map((r) => r.id));
  const beforeIds = new Set(before.map((r) => r.id));
  const relations = new Map<string, RelationStatus>();
  for (const r of before) relations.set(r.id, afterIds.has(r.id) ? "kept" : "removed");
  for (const r of after) if (!beforeIds.has(r.id)) relations.set(r.id, "added");

  const byPair = new Map<string, { before: Relation[]; after: Relation[] }>();
  const slot = (r: Relation) => {
    const key = pairKey(r.source, r.target);
    let s = byPair.get(key);
    if (!s) byPair.set(key, (s = { before: [], after: [] }));
    return s;
  };
  for (const r of before) slot(r).before.push(r);
  for (const r of after) slot(r).after.push(r);

  const pairs: PairChange[] = [];
  for (const [key, s] of byPair) {
    const typesBefore = uniqueSorted(s.before.map((r) => r.type));
    const typesAfter = uniqueSorted(s.after.map((r) => r.type));
    const kind: PairChangeKind =
      typesBefore.length === 0 ? "added" : typesAfter.length === 0 ? "removed" : sameList(typesBefore, typesAfter) ? "unchanged" : "changed";
    const [x, y] = key.split("|") as [string, string];
    pairs.push({ key, actors: [x, y], kind, typesBefore, typesAfter, relationsBefore: s.before, relationsAfter: s.after });
  }
  pairs.sort((p, q) => KIND_ORDER[p.kind] - KIND_ORDER[q.kind] || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  return { a, b, relations, pairs };
}

function uniqueSorted(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
