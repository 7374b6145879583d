/**
 * Commands in words, for the history list ("Merged Kremlin into Russia") and the confirm dialog
 * of a command with consequences. Always from the dataset *before* the command, which still has
 * the names of what the command removes.
 */
import type { Dataset, Relation } from "../schema.ts";
import type { Command, Consequences } from "./commands.ts";
import { positionOf } from "./ops.ts";

/** Longest name quoted in a label before it is cut with "…". */
const NAME_MAX = 40;

/** A short sentence saying what the command does, in the past tense: the history list's label. */
export function describeCommand(d: Dataset, c: Command): string {
  switch (c.kind) {
    case "addActor":
      return `Added actor ${short(c.actor.label)}`;
    case "updateActor": {
      const keys = Object.keys(c.changes);
      if (keys.length === 1 && keys[0] === "label" && typeof c.changes.label === "string") {
        return `Renamed ${actorName(d, c.id)} to ${short(c.changes.label)}`;
      }
      return `Edited actor ${actorName(d, c.id)}`;
    }
    case "removeActor":
      return `Deleted actor ${actorName(d, c.id)}${alsoRemoved(c.consequences)}`;
    case "mergeActors":
      return `Merged ${actorName(d, c.from)} into ${actorName(d, c.into)}`;
    case "addRelation":
      return `Added ${relationName(d, c.relation)}`;
    case "updateRelation":
      return `Edited ${relationById(d, c.id)}`;
    case "removeRelation":
      return `Deleted ${relationById(d, c.id)}`;
    case "changeStance": {
      const r = d.relations[positionOf(d.relations, c.relation)];
      if (!r) return `Recorded a change of stance on ${c.date}`;
      return `Recorded a change: ${pair(d, r)}, ${typeName(d, r.type)} → ${typeName(d, c.next.type)} from ${c.date}`;
    }
    case "addEvidence":
      return `Added evidence to ${ownerName(d, c.owner.collection, c.owner.id)}`;
    case "removeEvidence":
      return `Removed evidence from ${ownerName(d, c.owner.collection, c.owner.id)}`;
    case "addSource":
      return `Added source ${short(c.source.title)}`;
    case "updateSource":
      return `Edited source ${sourceName(d, c.id)}`;
    case "removeSource":
      return `Deleted source ${sourceName(d, c.id)}${alsoRemoved(c.consequences)}`;
    case "addRelationType":
      return `Added relation type ${short(c.relationType.label)}`;
    case "updateRelationType":
      return `Edited relation type ${typeName(d, c.id)}`;
    case "removeRelationType":
      return `Deleted relation type ${typeName(d, c.id)}${alsoRemoved(c.consequences)}`;
    case "addPeriod":
      return `Added period ${short(c.period.label)}`;
    case "updatePeriod":
      return `Edited period ${labelOf(d.periods, c.id)}`;
    case "removePeriod":
      return `Deleted period ${labelOf(d.periods, c.id)}`;
    case "addEvent":
      return `Added event ${short(c.event.label)}`;
    case "updateEvent":
      return `Edited event ${labelOf(d.events, c.id)}`;
    case "removeEvent":
      return `Deleted event ${labelOf(d.events, c.id)}`;
    case "updateDataset":
      return typeof c.changes.title === "string" && Object.keys(c.changes).length === 1 ? `Retitled the dataset ${short(c.changes.title)}` : "Edited the dataset's details";
    case "batch":
      return c.label;
    case "patch":
      return c.label ?? `Changed ${c.ops.length} record${c.ops.length === 1 ? "" : "s"}`;
  }
}

/** "Russia – Armenia" for a relation (directed types with an arrow). */
export function pair(d: Dataset, r: Pick<Relation, "source" | "target" | "type">): string {
  const directed = d.relationTypes.find((t) => t.id === r.type)?.directed === true;
  return `${actorName(d, r.source)} ${directed ? "→" : "–"} ${actorName(d, r.target)}`;
}

/** "alliance Russia – Armenia from 2020-01-01 to 2023-10-03". */
export function relationName(d: Dataset, r: Relation): string {
  return `${typeName(d, r.type)} ${pair(d, r)} from ${r.from}${r.to ? ` to ${r.to}` : ""}`;
}

function relationById(d: Dataset, id: string): string {
  const r = d.relations[positionOf(d.relations, id)];
  return r ? relationName(d, r) : `relation ${short(id)}`;
}

export function actorName(d: Dataset, id: string): string {
  return labelOf(d.actors, id);
}

function typeName(d: Dataset, id: string): string {
  const t = d.relationTypes.find((x) => x.id === id);
  return t ? short(t.label.toLowerCase()) : short(id);
}

function sourceName(d: Dataset, id: string): string {
  const s = d.sources.find((x) => x.id === id);
  return s ? short(s.title) : short(id);
}

function ownerName(d: Dataset, collection: "relations" | "events", id: string): string {
  return collection === "relations" ? relationById(d, id) : `event ${labelOf(d.events, id)}`;
}

function labelOf(list: ReadonlyArray<{ id: string; label: string }>, id: string): string {
  const x = list[positionOf(list, id)];
  return short(x ? x.label : id);
}

function alsoRemoved(c: Consequences | undefined): string {
  const n = c?.relations.length ?? 0;
  return n > 0 ? ` with ${n} relation${n === 1 ? "" : "s"}` : "";
}

/** A name cut to NAME_MAX characters, so a label stays one line. */
export function short(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > NAME_MAX ? `${flat.slice(0, NAME_MAX - 1)}…` : flat;
}
