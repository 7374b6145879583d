/**
 * What the suggestions list shows of the engine's answer: the candidates naming one actor, in the
 * engine's order (best first) or in the text's, with or without the weak guesses
 * (model/suggest/weak.ts). A 1,000-word report gives some 70 suggestions; a curator working through
 * one party's relations, or reading along the text, should not have to scroll past the rest. Pure: the panel (src/ui/suggest/suggestionsPanel.ts) keeps the choice.
 */
import type { Candidate } from "../model/suggest/index.ts";
import { isWeakGuess } from "../model/suggest/weak.ts";

export type SuggestionOrder = "score" | "text";

export interface SuggestionFilter {
  /** An actor id (in the dataset or proposed by the engine); null: every actor. */
  actor: string | null;
  order: SuggestionOrder;
  /** Leave out the weak guesses (a score under WEAK_SCORE: about one in ten names a gold pair). */
  hideWeak: boolean;
}

export const ALL_SUGGESTIONS: SuggestionFilter = { actor: null, order: "score", hideWeak: false };

export interface ActorChoice {
  id: string;
  label: string;
  /** How many of the candidates name it, as either end. */
  count: number;
}

/** Whether a candidate names the actor, as either end. */
export const namesActor = (c: Candidate, actor: string): boolean => c.source.id === actor || c.target.id === actor;

/** The actors the candidates name, most named first (then by label), each once. */
export function actorChoices(candidates: readonly Candidate[]): ActorChoice[] {
  const byId = new Map<string, ActorChoice>();
  for (const c of candidates) {
    for (const a of c.source.id === c.target.id ? [c.source] : [c.source, c.target]) {
      const known = byId.get(a.id);
      if (known) known.count++;
      else byId.set(a.id, { id: a.id, label: a.label, count: 1 });
    }
  }
  return [...byId.values()].sort((p, q) => q.count - p.count || p.label.localeCompare(q.label) || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}

/**
 * The candidates the filter lets through, in its order. The text's order is by where the quote
 * starts, then the engine's order among those of one sentence (the sort is stable).
 */
export function arrangeSuggestions(candidates: readonly Candidate[], filter: SuggestionFilter): Candidate[] {
  const actor = filter.actor;
  const kept = candidates.filter((c) => (actor === null || namesActor(c, actor)) && !(filter.hideWeak && isWeakGuess(c)));
  if (filter.order === "text") kept.sort((p, q) => p.start - q.start);
  return kept;
}

/** The filter still meaningful for a new answer: an actor no candidate names any more is dropped. */
export function keepFilter(filter: SuggestionFilter, candidates: readonly Candidate[]): SuggestionFilter {
  const actor = filter.actor;
  if (actor === null || candidates.some((c) => namesActor(c, actor))) return filter;
  return { ...filter, actor: null };
}
