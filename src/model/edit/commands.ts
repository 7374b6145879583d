/**
 * Edit commands over a dataset (issue #13, DESIGN.md "Editing (curation)").
 *
 * A user action is one `Command`, however many records it touches. Commands name records by id;
 * `compile.ts` turns one into primitive `Op`s (insert, remove or replace one record at one
 * position, or change the dataset's own fields), and the inverse of a command is the `patch` of
 * the inverted ops, so undo puts back the very records that were there, at the same positions.
 *
 * Commands are plain JSON-compatible data (no `undefined`: `null` clears an optional field in an
 * update), so a history of them can be stored as it is.
 */
import type { Actor, Dataset, Evidence, Period, Relation, RelationType, Source, StanceEvent } from "../schema.ts";

/** The dataset's lists of records, each with an `id`. */
export type Collection = "actors" | "relationTypes" | "relations" | "events" | "sources" | "periods";

export const COLLECTIONS: readonly Collection[] = ["actors", "relationTypes", "relations", "events", "sources", "periods"];

/** The record type of each collection. */
export interface RecordOf {
  actors: Actor;
  relationTypes: RelationType;
  relations: Relation;
  events: StanceEvent;
  sources: Source;
  periods: Period;
}

export type AnyRecord = RecordOf[Collection];

/** The dataset's own fields (everything but the collections). */
export type DatasetMeta = Omit<Dataset, Collection>;

/** One primitive change. `record`/`before` are what must be at `index` for the op to apply. */
export type Op =
  | { op: "insert"; collection: Collection; index: number; record: AnyRecord }
  | { op: "remove"; collection: Collection; index: number; record: AnyRecord }
  | { op: "replace"; collection: Collection; index: number; before: AnyRecord; after: AnyRecord }
  | { op: "meta"; before: DatasetMeta; after: DatasetMeta };

/**
 * Changes to a record: each key present is set; `null` removes an optional field. The id is not
 * among them: ids are stable (merge two actors to fold one into another).
 */
export type Changes<T> = { [K in Exclude<keyof T, "id">]?: T[K] | null };

/** A relation or an event: the records that carry evidence. */
export interface EvidenceOwner {
  collection: "relations" | "events";
  id: string;
}

/**
 * What a command takes with it beyond the record it names: ids of relations and events removed
 * or changed as a consequence. Required (and compared with what the command really does) when
 * there are any, so nothing goes without the user having been told; `plan()` fills it in.
 */
export interface Consequences {
  /** Relations removed with the record (or, for a source, losing their evidence from it). */
  relations: string[];
  /** Events changed or removed with the record. */
  events: string[];
}

export type Command =
  | { kind: "addActor"; actor: Actor }
  | { kind: "updateActor"; id: string; changes: Changes<Actor> }
  /** Removes the actor, its relations, and drops it from the events that name it. */
  | { kind: "removeActor"; id: string; consequences?: Consequences }
  /**
   * Folds actor `from` into actor `into`: every relation and event re-pointed, `from`'s label,
   * aliases and Wikidata ids added to `into`'s, then `from` removed. Relations between the two
   * would become self-loops and are removed (listed in the consequences).
   */
  | { kind: "mergeActors"; from: string; into: string; consequences?: Consequences }
  | { kind: "addRelation"; relation: Relation }
  | { kind: "updateRelation"; id: string; changes: Changes<Relation> }
  | { kind: "removeRelation"; id: string }
  /**
   * A change of stance: relation `relation` ends at `date`, and a new relation of `next.type`
   * between the same actors holds from `date` (until the old relation's end, if it had one).
   */
  | { kind: "changeStance"; relation: string; date: string; next: Pick<Relation, "id" | "type" | "evidence" | "note" | "confidence"> }
  | { kind: "addEvidence"; owner: EvidenceOwner; evidence: Evidence }
  | { kind: "removeEvidence"; owner: EvidenceOwner; index: number }
  | { kind: "addSource"; source: Source }
  | { kind: "updateSource"; id: string; changes: Changes<Source> }
  /** Removes the source, the evidence that cites it, and relations and events left without evidence. */
  | { kind: "removeSource"; id: string; consequences?: Consequences }
  | { kind: "addRelationType"; relationType: RelationType }
  | { kind: "updateRelationType"; id: string; changes: Changes<RelationType> }
  /** Removes the type and every relation of it. */
  | { kind: "removeRelationType"; id: string; consequences?: Consequences }
  | { kind: "addPeriod"; period: Period }
  | { kind: "updatePeriod"; id: string; changes: Changes<Period> }
  | { kind: "removePeriod"; id: string }
  | { kind: "addEvent"; event: StanceEvent }
  | { kind: "updateEvent"; id: string; changes: Changes<StanceEvent> }
  | { kind: "removeEvent"; id: string }
  /** The dataset's title, description, id or span. */
  | { kind: "updateDataset"; changes: Changes<DatasetMeta> }
  /** Several commands as one user action (e.g. two new actors and the relation between them). */
  | { kind: "batch"; label: string; commands: Command[] }
  /** Primitive ops: what an inverse is. */
  | { kind: "patch"; label?: string; ops: Op[] };

export type CommandKind = Command["kind"];

/** Ids added, removed and changed in one collection. */
export interface IdChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What a command touched, per collection (net: a record added then removed is not listed). */
/** Whether any record of a collection was added, removed or changed. */
export function anyChange(c: IdChanges): boolean {
  return c.added.length + c.removed.length + c.changed.length > 0;
}

export type Touched = Record<Collection, IdChanges> & { meta: boolean };

/** The error for a command that cannot be applied at all (unknown id, stale consequences, …). */
export class EditError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "EditError";
    this.path = path;
  }
}
