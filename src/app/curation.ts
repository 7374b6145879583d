/**
 * Pure helpers of the curation workspace: what the relation form starts with when a passage is
 * used as evidence, and the id a new record gets. No DOM: unit-tested in tests/unit/curate.test.ts.
 */
import type { Actor, Dataset, Relation } from "../model/schema.ts";
import { actorsNamedIn } from "../io/sourceText.ts";
import { suggestId } from "../model/edit/template.ts";
import { addDays, isIsoDate, overlaps } from "../model/dates.ts";
import type { Candidate, CandidateActor } from "../model/suggest/index.ts";

/** What the relation form can be opened with (the suggestions list passes the same). */
export interface RelationPrefill {
  source?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  quote?: string;
  start?: number;
  end?: number;
  sourceId?: string;
  note?: string;
  confidence?: Relation["confidence"];
  /** Actors not in the dataset yet, offered for creation with the relation (a suggestion's new actors). */
  newActors?: Actor[];
}

/**
 * The form's start from a passage: the quote with its offsets and source, the first two actors
 * the quote names (by label or alias) as source and target, and the source's date as `from`.
 * Fields the caller gives win over the guesses.
 */
export function prefillFromPassage(dataset: Dataset, passage: { sourceId: string; quote: string; start?: number; end?: number }, given: RelationPrefill = {}): RelationPrefill {
  const named = actorsNamedIn(passage.quote, dataset.actors);
  const source = dataset.sources.find((s) => s.id === passage.sourceId);
  return {
    source: named[0]?.id,
    target: named[1]?.id,
    from: source?.date,
    ...definedOnly({ quote: passage.quote, start: passage.start, end: passage.end, sourceId: passage.sourceId }),
    ...definedOnly(given),
  };
}

/** A relation id for a new relation between two actors of a type, unique in the dataset. */
export function newRelationId(dataset: Dataset, source: string, target: string, type: string, from: string): string {
  return suggestId(`${source}-${target}-${type}-${from}`, new Set(dataset.relations.map((r) => r.id)));
}

/**
 * The relation a draft would repeat: one of the same pair (either way round) and type whose dates
 * share a day with the draft's (the validator's "overlaps … merge them or split the dates"), other
 * than the relation being edited. The relation form offers to add the draft's quote to it instead,
 * so accepting a suggestion twice, or quoting a second article for a stance already recorded,
 * does not make two relations of one stance.
 */
export function repeatedRelation(dataset: Pick<Dataset, "relations">, draft: Pick<Relation, "source" | "target" | "type" | "from" | "to">, replacing?: string): Relation | undefined {
  if (!isIsoDate(draft.from) || (draft.to !== undefined && !isIsoDate(draft.to))) return undefined;
  return dataset.relations.find(
    (r) =>
      r.id !== replacing &&
      r.type === draft.type &&
      ((r.source === draft.source && r.target === draft.target) || (r.source === draft.target && r.target === draft.source)) &&
      overlaps(draft.from, draft.to, r.from, r.to),
  );
}

/**
 * The dataset's own timeline window (`span`) widened just enough to reach a relation dated wholly
 * outside it: back to the relation's first day, or on to its last (its first, while it holds).
 * The timeline never leaves its window, so such a relation, once added, could not be shown. Null
 * when the dataset has no window of its own (the timeline then follows the data's dates), when the
 * dates are not valid yet, or when the relation holds on a day of the window.
 */
export function spanReaching(span: Dataset["span"], r: Pick<Relation, "from" | "to">): { from: string; to: string } | null {
  if (!span || !isIsoDate(r.from) || (r.to !== undefined && !isIsoDate(r.to)) || (r.to !== undefined && r.to <= r.from)) return null;
  if (overlaps(r.from, r.to, span.from, addDays(span.to, 1))) return null;
  return r.from < span.from ? { from: r.from, to: span.to } : { from: span.from, to: r.to ? addDays(r.to, -1) : r.from };
}

/**
 * The undo step's name for a saved relation and what comes with it: "Added relation Zambia –
 * Angola (mediation) with 2 new actors and the timeline widened to 1994-11-01 – 2024-06-30".
 */
export function relationStepLabel(what: string, newActors: number, widened: { from: string; to: string } | null): string {
  const also = [...(newActors > 0 ? [newActors === 1 ? "a new actor" : `${newActors} new actors`] : []), ...(widened ? [`the timeline widened to ${widened.from} – ${widened.to}`] : [])];
  return also.length ? `${what} with ${also.join(" and ")}` : what;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * A new actor's names other than its label, each once (case aside): the name the text used, then
 * the other names the engine learned or knows for it (an acronym the text gave, a seat).
 */
function otherNames(a: CandidateActor): string[] {
  const seen = new Set([a.label.trim().toLowerCase()]);
  const names: string[] = [];
  for (const name of [a.mention, ...(a.aliases ?? [])]) {
    const n = name.trim();
    if (n === "" || seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    names.push(n);
  }
  return names;
}

/**
 * A suggestion (issue 14) as the relation form's start: its actors (new ones offered for creation,
 * with their ISO code, and the name the text used and the names the engine learned as aliases), its type, its `from`, and its
 * sentence as the quote with its offsets.
 */
export function prefillFromCandidate(candidate: Candidate, sourceId: string): RelationPrefill {
  const newActors: Actor[] = [candidate.source, candidate.target]
    .filter((a) => !a.inDataset)
    .map((a) => {
      const aliases = otherNames(a);
      return { id: a.id, label: a.label, kind: a.kind, ...(a.iso3 ? { iso3: a.iso3 } : {}), ...(aliases.length > 0 ? { aliases } : {}) };
    });
  return {
    source: candidate.source.id,
    target: candidate.target.id,
    ...(candidate.type ? { type: candidate.type } : {}),
    ...(candidate.from ? { from: candidate.from } : {}),
    quote: candidate.quote,
    start: candidate.start,
    end: candidate.end,
    sourceId,
    ...(newActors.length > 0 ? { newActors } : {}),
  };
}
