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
}

/** Case- and accent-insensitive form of a name. */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export function createActorSearch(actors: readonly Actor[]) {
  const entries: Entry[] = [];
  for (const actor of actors) {
    for (const name of [actor.label, ...(actor.aliases ?? []), actor.id]) entries.push({ actor, name, folded: fold(name) });
  }
  /** Best hit per actor: exact, then prefix, then word prefix, then substring; ties by label. */
  return function search(query: string, limit = 8): SearchHit[] {
    const q = fold(query);
    if (q === "") return [];
    const best = new Map<string, { rank: number; entry: Entry }>();
    for (const entry of entries) {
      const rank =
        entry.folded === q ? 0 : entry.folded.startsWith(q) ? 1 : entry.folded.split(/[\s/()-]+/).some((w) => w.startsWith(q)) ? 2 : entry.folded.includes(q) ? 3 : -1;
      if (rank < 0) continue;
      const prev = best.get(entry.actor.id);
      const isLabel = entry.name === entry.actor.label;
      if (!prev || rank < prev.rank || (rank === prev.rank && isLabel)) best.set(entry.actor.id, { rank, entry });
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || a.entry.actor.label.localeCompare(b.entry.actor.label))
      .slice(0, limit)
      .map(({ entry }) => ({ actor: entry.actor, matched: entry.name, viaAlias: entry.name !== entry.actor.label }));
  };
}
