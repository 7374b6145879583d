/**
 * Where the generator writes relations and events: numbered ids, dates from the calendar, evidence
 * for every record. Key order is literal (no `to` key at all when ongoing, no `end` for a one-day
 * event), so the written bytes stay stable.
 */
import type { Relation, StanceEvent } from "../schema.ts";
import type { Calendar } from "./calendar.ts";
import type { Cast } from "./actors.ts";
import type { Draws } from "./draws.ts";
import type { EvidenceFor } from "./sources.ts";

export interface Ledger {
  readonly relations: Relation[];
  readonly events: StanceEvent[];
  /** A relation from actor `source` to actor `target` during days [from, to) (to null: ongoing). */
  addRelation(source: number, target: number, type: string, from: number, to: number | null, claim: string): void;
  /** An event on day `day` (lasting to `end` when later), involving actors `who`. */
  addEvent(day: number, end: number | null, label: string, who: readonly number[]): void;
}

/** An empty ledger for a dataset of `relationCount` relations (ids are padded to its width). */
export function createLedger(relationCount: number, cast: Cast, { dateOf }: Calendar, evidence: EvidenceFor, draws: Draws): Ledger {
  const relations: Relation[] = [];
  const events: StanceEvent[] = [];
  const width = Math.max(5, String(relationCount - 1).length);
  const { actorId, labels } = cast;
  return {
    relations,
    events,
    addRelation(source, target, type, from, to, claim) {
      const id = `R${String(relations.length).padStart(width, "0")}`;
      const ends = { source: actorId(source), target: actorId(target), type, from: dateOf[from]! };
      const proof = evidence(from, claim);
      const confidence = draws.next() < 0.5 ? "high" : draws.next() < 0.7 ? "medium" : "low";
      relations.push(to === null ? { id, ...ends, evidence: proof, confidence } : { id, ...ends, to: dateOf[to]!, evidence: proof, confidence });
    },
    addEvent(day, end, label, who) {
      const id = `E${String(events.length).padStart(width, "0")}`;
      const date = dateOf[day]!;
      const actors = who.map(actorId);
      const proof = evidence(day, `${label} (${who.map((i) => labels[i]).join(", ")}) on ${date}.`);
      events.push(end !== null && end > day ? { id, date, end: dateOf[end]!, label, actors, evidence: proof } : { id, date, label, actors, evidence: proof });
    },
  };
}
