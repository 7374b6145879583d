/**
 * Actor search over labels, aliases and ids: "Kremlin" finds Russia, "Yerevan" finds Armenia.
 * Pure; the search box renders its results.
 */
import type { Actor } from "../model/schema.ts";

export interface SearchHit {
  actor: Actor;
  /** The name that matched (label, alias or id). */
  matched: string;
  /** Whether the match was on another name than the label. */
  viaAlias: boolean;
}

interface Entry {
  actor: Actor;
  name: string;
  folded: string;
  /** The folded name's words, split once here rather than on every keystroke. */
  words: string[];
  /** The actor's place in label order, for ties (one localeCompare sort when built). */
  order: number;
}

/** Case- and accent-insensitive form of a name. */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** The names to search, built once (on the first search: at 50k actors it takes ~100 ms). */
function buildEntries(actors: readonly Actor[]): Entry[] {
  // A Collator compares as localeCompare does with no arguments, without building one per call.
  const collator = new Intl.Collator();
  const byLabel = [...actors].sort((a, b) => collator.compare(a.label, b.label));
  const order = new Map(byLabel.map((a, i) => [a.id, i]));
  const entries: Entry[] = [];
  for (const actor of actors) {
    for (const name of [actor.label, ...(actor.aliases ?? []), actor.id]) {
      const folded = fold(name);
      entries.push({ actor, name, folded, words: folded.split(/[\s/()-]+/), order: order.get(actor.id)! });
    }
  }
  return entries;
}

export function createActorSearch(actors: readonly Actor[]) {
  let entries: Entry[] | null = null;
  /** Best hit per actor: exact, then prefix, then word prefix, then substring; ties by label. */
  return function search(query: string, limit = 8): SearchHit[] {
    const q = fold(query);
    if (q === "") return [];
    entries ??= buildEntries(actors);
    const best = new Map<string, { rank: number; entry: Entry }>();
    for (const entry of entries) {
      const rank = entry.folded === q ? 0 : entry.folded.startsWith(q) ? 1 : entry.words.some((w) => w.startsWith(q)) ? 2 : entry.folded.includes(q) ? 3 : -1;
      if (rank < 0) continue;
      const prev = best.get(entry.actor.id);
      const isLabel = entry.name === entry.actor.label;
      if (!prev || rank < prev.rank || (rank === prev.rank && isLabel)) best.set(entry.actor.id, { rank, entry });
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || a.entry.order - b.entry.order)
      .slice(0, limit)
      .map(({ entry }) => ({ actor: entry.actor, matched: entry.name, viaAlias: entry.name !== entry.actor.label }));
  };
}
