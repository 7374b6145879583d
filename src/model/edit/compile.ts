/**
 * Commands → primitive ops. Each command reads the dataset it applies to and says exactly which
 * records go where; nothing here validates the result (check.ts does, on what the ops touched),
 * but a command that cannot be carried out at all (an id that is not there, consequences that no
 * longer match the dataset) throws `EditError` with the reason.
 *
 * Within one collection, ops that remove records are emitted from the highest position down, so
 * each op's position is still right when it runs and its inverse (in reverse order) re-inserts
 * each record exactly where it was.
 */
import { Actor, DatasetSchema, Period, Relation, RelationType, Source, StanceEvent } from "../schema.ts";
import type { Dataset, Evidence } from "../schema.ts";
import { EditError, type AnyRecord, type Changes, type Collection, type Command, type Consequences, type DatasetMeta, type EvidenceOwner, type Op } from "./commands.ts";
import { applyOps, incidentPositions, metaOf, positionOf } from "./ops.ts";

/** Required fields per collection, from the schema (they cannot be cleared with `null`). */
const REQUIRED: Record<Collection | "meta", ReadonlySet<string>> = {
  actors: new Set(Actor.required ?? []),
  relationTypes: new Set(RelationType.required ?? []),
  relations: new Set(Relation.required ?? []),
  events: new Set(StanceEvent.required ?? []),
  sources: new Set(Source.required ?? []),
  periods: new Set(Period.required ?? []),
  meta: new Set(DatasetSchema.required ?? []),
};

/** The ops of a command, and the dataset they lead to. */
export interface Compiled {
  ops: Op[];
  dataset: Dataset;
}

/** Receives what a command would take with it, instead of comparing it with what the command lists (see plan.ts). */
export type ConsequenceProbe = (actual: Consequences) => void;

/**
 * Compiles and applies a command. Throws `EditError` when it cannot be carried out. With `probe`,
 * a cascading command's consequences are handed to it instead of being checked.
 */
export function compile(dataset: Dataset, command: Command, probe?: ConsequenceProbe): Compiled {
  if (command.kind === "batch") {
    const ops: Op[] = [];
    let current = dataset;
    command.commands.forEach((sub, k) => {
      try {
        const step = compile(current, sub, probe);
        ops.push(...step.ops);
        current = step.dataset;
      } catch (e) {
        if (e instanceof EditError) throw new EditError(`step ${k + 1} (${sub.kind}) › ${e.path}`, e.message.slice(e.path.length + 2));
        throw e;
      }
    });
    return { ops, dataset: current };
  }
  const ops = command.kind === "patch" ? command.ops : opsOf(dataset, command, probe);
  return { ops, dataset: applyOps(dataset, ops) };
}

function opsOf(d: Dataset, c: Exclude<Command, { kind: "batch" | "patch" }>, probe: ConsequenceProbe | undefined): Op[] {
  const check = (what: string, actual: Consequences, listed: Consequences | undefined) =>
    probe ? probe(actual) : checkConsequences(what, actual, listed);
  switch (c.kind) {
    case "addActor":
      return [append(d, "actors", c.actor)];
    case "addRelation":
      return [append(d, "relations", c.relation)];
    case "addSource":
      return [append(d, "sources", c.source)];
    case "addRelationType":
      return [append(d, "relationTypes", c.relationType)];
    case "addPeriod":
      return [append(d, "periods", c.period)];
    case "addEvent":
      return [append(d, "events", c.event)];
    case "updateActor":
      return [update(d, "actors", c.id, c.changes)];
    case "updateRelation":
      return [update(d, "relations", c.id, c.changes)];
    case "updateSource":
      return [update(d, "sources", c.id, c.changes)];
    case "updateRelationType":
      return [update(d, "relationTypes", c.id, c.changes)];
    case "updatePeriod":
      return [update(d, "periods", c.id, c.changes)];
    case "updateEvent":
      return [update(d, "events", c.id, c.changes)];
    case "removeRelation":
      return [remove(d, "relations", c.id)];
    case "removePeriod":
      return [remove(d, "periods", c.id)];
    case "removeEvent":
      return [remove(d, "events", c.id)];
    case "removeActor":
      return removeActor(d, c.id, c.consequences, check);
    case "mergeActors":
      return mergeActors(d, c.from, c.into, c.consequences, check);
    case "removeSource":
      return removeSource(d, c.id, c.consequences, check);
    case "removeRelationType":
      return removeRelationType(d, c.id, c.consequences, check);
    case "changeStance":
      return changeStance(d, c.relation, c.date, c.next);
    case "addEvidence":
      return [withEvidence(d, c.owner, (list) => [...list, c.evidence])];
    case "removeEvidence":
      return [
        withEvidence(d, c.owner, (list) => {
          if (!Number.isInteger(c.index) || c.index < 0 || c.index >= list.length) {
            throw new EditError(`${c.owner.collection} "${c.owner.id}"`, `has no evidence number ${c.index + 1} (it has ${list.length})`);
          }
          return list.filter((_, k) => k !== c.index);
        }),
      ];
    case "updateDataset": {
      const before = metaOf(d);
      return [{ op: "meta", before, after: applyChanges(before, c.changes, REQUIRED.meta, "dataset", true) }];
    }
  }
}

/** Ops that change each record of `collection` for which `change` returns a record or "remove", from the last position down. */
function eachRecord<C extends Collection>(
  d: Dataset,
  collection: C,
  change: (record: Dataset[C][number]) => AnyRecord | "remove" | undefined,
  only?: readonly number[],
): { ops: Op[]; ids: string[] } {
  const list = d[collection] as AnyRecord[];
  const ops: Op[] = [];
  const ids: string[] = [];
  // `only`: the positions (ascending) where `change` can act, when they are known; else all.
  for (let k = (only ?? list).length - 1; k >= 0; k--) {
    const i = only ? only[k]! : k;
    const before = list[i]!;
    const after = change(before as Dataset[C][number]);
    if (after === undefined) continue;
    ids.push(before.id);
    ops.push(after === "remove" ? { op: "remove", collection, index: i, record: before } : { op: "replace", collection, index: i, before, after });
  }
  return { ops, ids: ids.reverse() };
}

type Check = (what: string, actual: Consequences, listed: Consequences | undefined) => void;

function removeActor(d: Dataset, id: string, listed: Consequences | undefined, checkConsequences: Check): Op[] {
  const at = mustFind(d, "actors", id);
  const relations = eachRecord(d, "relations", (r) => (r.source === id || r.target === id ? "remove" : undefined), incidentPositions(d.relations, id));
  const events = eachRecord(d, "events", (e) => (e.actors.includes(id) ? { ...e, actors: e.actors.filter((a) => a !== id) } : undefined));
  checkConsequences(`actor "${id}"`, { relations: relations.ids, events: events.ids }, listed);
  return [...relations.ops, ...events.ops, { op: "remove", collection: "actors", index: at, record: d.actors[at]! }];
}

function mergeActors(d: Dataset, from: string, into: string, listed: Consequences | undefined, checkConsequences: Check): Op[] {
  if (from === into) throw new EditError("mergeActors", `cannot merge actor "${from}" into itself`);
  const fromAt = mustFind(d, "actors", from);
  const intoAt = mustFind(d, "actors", into);
  const repoint = (x: string) => (x === from ? into : x);
  const dropped: string[] = [];
  const relations = eachRecord(d, "relations", (r) => {
    if (r.source !== from && r.target !== from) return undefined;
    if (r.source === into || r.target === into) {
      dropped.push(r.id);
      return "remove";
    }
    return { ...r, source: repoint(r.source), target: repoint(r.target) };
  }, incidentPositions(d.relations, from));
  const events = eachRecord(d, "events", (e) => (e.actors.includes(from) ? { ...e, actors: [...new Set(e.actors.map(repoint))] } : undefined));
  checkConsequences(`merging "${from}" into "${into}"`, { relations: dropped.reverse(), events: [] }, listed);
  const a = d.actors[fromAt]!;
  const b = d.actors[intoAt]!;
  const names = new Set([b.label.trim().toLowerCase()]);
  const aliases: string[] = [];
  for (const name of [...(b.aliases ?? []), a.label, ...(a.aliases ?? [])]) {
    const key = name.trim().toLowerCase();
    if (names.has(key)) continue;
    names.add(key);
    aliases.push(name);
  }
  const merged: Actor = { ...b };
  if (aliases.length > 0) merged.aliases = aliases;
  const wikidata = [...new Set([...(b.wikidata ?? []), ...(a.wikidata ?? [])])];
  if (wikidata.length > 0) merged.wikidata = wikidata;
  return [
    ...relations.ops,
    ...events.ops,
    { op: "replace", collection: "actors", index: intoAt, before: b, after: merged },
    { op: "remove", collection: "actors", index: fromAt, record: a },
  ];
}

function removeSource(d: Dataset, id: string, listed: Consequences | undefined, checkConsequences: Check): Op[] {
  const at = mustFind(d, "sources", id);
  const strip = <T extends { evidence: Evidence[] }>(owner: T): T | "remove" | undefined => {
    if (!owner.evidence.some((ev) => ev.source === id)) return undefined;
    const evidence = owner.evidence.filter((ev) => ev.source !== id);
    return evidence.length === 0 ? "remove" : { ...owner, evidence };
  };
  const relations = eachRecord(d, "relations", strip);
  const events = eachRecord(d, "events", strip);
  checkConsequences(`source "${id}"`, { relations: relations.ids, events: events.ids }, listed);
  return [...relations.ops, ...events.ops, { op: "remove", collection: "sources", index: at, record: d.sources[at]! }];
}

function removeRelationType(d: Dataset, id: string, listed: Consequences | undefined, checkConsequences: Check): Op[] {
  const at = mustFind(d, "relationTypes", id);
  const relations = eachRecord(d, "relations", (r) => (r.type === id ? "remove" : undefined));
  checkConsequences(`relation type "${id}"`, { relations: relations.ids, events: [] }, listed);
  return [...relations.ops, { op: "remove", collection: "relationTypes", index: at, record: d.relationTypes[at]! }];
}

function changeStance(d: Dataset, id: string, date: string, next: Pick<Relation, "id" | "type" | "evidence" | "note" | "confidence">): Op[] {
  const at = mustFind(d, "relations", id);
  const r = d.relations[at]!;
  if (!(r.from < date && (r.to === undefined || date < r.to))) {
    const window = r.to === undefined ? `after ${r.from}` : `after ${r.from} and before ${r.to}`;
    throw new EditError(`relations[${at}]`, `a change of stance on ${JSON.stringify(date).slice(0, 80)} must fall inside the relation: ${window}`);
  }
  const ended: Relation = { ...r, to: date };
  const started: Relation = {
    id: next.id,
    source: r.source,
    target: r.target,
    type: next.type,
    from: date,
    ...(r.to !== undefined ? { to: r.to } : {}),
    evidence: next.evidence,
    ...(next.note !== undefined ? { note: next.note } : {}),
    ...(next.confidence !== undefined ? { confidence: next.confidence } : {}),
  };
  return [
    { op: "replace", collection: "relations", index: at, before: r, after: ended },
    // Right after the relation it follows, as the format's examples keep a pair's history together.
    { op: "insert", collection: "relations", index: at + 1, record: started },
  ];
}

function withEvidence(d: Dataset, owner: EvidenceOwner, change: (list: Evidence[]) => Evidence[]): Op {
  const at = mustFind(d, owner.collection, owner.id);
  const before = d[owner.collection][at]!;
  return { op: "replace", collection: owner.collection, index: at, before, after: { ...before, evidence: change(before.evidence) } };
}

function append<C extends Collection>(d: Dataset, collection: C, record: AnyRecord): Op {
  if (typeof record !== "object" || record === null || typeof record.id !== "string") {
    throw new EditError(collection, "the new record needs an id");
  }
  return { op: "insert", collection, index: d[collection].length, record };
}

function update<C extends Collection>(d: Dataset, collection: C, id: string, changes: Changes<AnyRecord>): Op {
  const at = mustFind(d, collection, id);
  const before = d[collection][at]! as AnyRecord;
  const after = applyChanges(before, changes, REQUIRED[collection], `${collection}[${at}]`, false);
  return { op: "replace", collection, index: at, before, after };
}

function remove(d: Dataset, collection: Collection, id: string): Op {
  const at = mustFind(d, collection, id);
  return { op: "remove", collection, index: at, record: d[collection][at]! };
}

function mustFind(d: Dataset, collection: Collection, id: string): number {
  const at = positionOf(d[collection], id);
  if (at < 0) throw new EditError(collection, `no record with id ${JSON.stringify(String(id).slice(0, 80))}`);
  return at;
}

/** A record with changes applied: keys set, `null` removes an optional key. */
export function applyChanges<T extends object>(before: T, changes: object, required: ReadonlySet<string>, path: string, idAllowed: boolean): T {
  const after: Record<string, unknown> = { ...(before as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id" && !idAllowed) throw new EditError(`${path}.id`, "ids do not change (merge two actors to fold one into another)");
    if (value === undefined) continue;
    if (value === null) {
      if (required.has(key)) throw new EditError(`${path}.${key}`, "is required and cannot be removed");
      delete after[key];
    } else after[key] = value;
  }
  return after as T;
}

/** Throws unless the command lists exactly what it would take with it. */
function checkConsequences(what: string, actual: Consequences, listed: Consequences | undefined): void {
  const count = actual.relations.length + actual.events.length;
  if (listed === undefined) {
    if (count === 0) return;
    throw new EditError(what, `would also change ${describeConsequences(actual)}; confirm them (plan the command) first`);
  }
  if (!sameIds(actual.relations, listed.relations) || !sameIds(actual.events, listed.events)) {
    throw new EditError(what, `the dataset changed since this edit was planned: it would now change ${count === 0 ? "nothing else" : describeConsequences(actual)}`);
  }
}

export function describeConsequences(c: Consequences): string {
  const parts: string[] = [];
  if (c.relations.length > 0) parts.push(`${c.relations.length} relation${c.relations.length === 1 ? "" : "s"}`);
  if (c.events.length > 0) parts.push(`${c.events.length} event${c.events.length === 1 ? "" : "s"}`);
  return parts.join(" and ");
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

export type { DatasetMeta };
