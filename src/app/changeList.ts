/**
 * Compare mode without the DOM: the dates it opens with, and the entries of the "What changed"
 * list (one per pair whose stance changed), with the relation whose evidence explains each.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import type { DateDiff, PairChange } from "../model/diff.ts";

/** The two dates compare mode opens with: the first and last named periods, else the span. */
export function defaultCompareDates(model: StanceModel, date: string): { a: string; b: string } {
  const periods = model.dataset.periods;
  if (periods.length >= 2) return { a: periods[0]!.date, b: periods[periods.length - 1]!.date };
  return date > model.span.from ? { a: model.span.from, b: date } : { a: model.span.from, b: model.span.to };
}


export interface ChangeEntry {
  change: PairChange;
  /** The pair in reading order (the acting side of the relation first: "Russia – Armenia"). */
  first: string;
  second: string;
  /** "alliance → estrangement", plus "(mediation throughout)" for types held on both dates. */
  summary: string;
  /** "from 2023-10-03" or "until 2023-09-20". */
  when: string;
  /** The relation whose evidence supports the new state (or, for a removal, the one that ended). */
  evidenceOf: Relation;
}

/** The entries of the "What changed" list, in the diff's order (changed, added, removed). */
export function changeEntries(model: StanceModel, diff: DateDiff): ChangeEntry[] {
  const typeLabel = (id: string) => (model.relationTypes.get(id)?.label ?? id).toLowerCase();
  const entries: ChangeEntry[] = [];
  for (const change of diff.pairs) {
    if (change.kind === "unchanged") continue;
    const beforeIds = new Set(change.relationsBefore.map((r) => r.id));
    const afterIds = new Set(change.relationsAfter.map((r) => r.id));
    const started = change.relationsAfter.filter((r) => !beforeIds.has(r.id));
    const ended = change.relationsBefore.filter((r) => !afterIds.has(r.id));
    const evidenceOf = started[0] ?? ended[0] ?? change.relationsAfter[0] ?? change.relationsBefore[0];
    if (!evidenceOf) continue;
    // Name the types that differ; a type held on both dates (mediation throughout) is a footnote.
    const gone = change.typesBefore.filter((t) => !change.typesAfter.includes(t));
    const come = change.typesAfter.filter((t) => !change.typesBefore.includes(t));
    const kept = change.typesAfter.filter((t) => change.typesBefore.includes(t));
    const summary =
      `${gone.map(typeLabel).join(" + ") || "no relation"} → ${come.map(typeLabel).join(" + ") || "no relation"}` +
      (kept.length > 0 ? ` (${kept.map(typeLabel).join(", ")} throughout)` : "");
    let when = "";
    if (started.length > 0) when = `from ${started.map((r) => r.from).sort()[0]}`;
    else {
      const ends = ended.flatMap((r) => (r.to ? [r.to] : [])).sort();
      if (ends.length > 0) when = `until ${ends[ends.length - 1]}`;
    }
    entries.push({ change, first: evidenceOf.source, second: evidenceOf.target, summary, when, evidenceOf });
  }
  return entries;
}
