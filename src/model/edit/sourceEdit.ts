/**
 * Editing a source (issue #13): its title, publisher, date and URL, and its text — which may be
 * replaced only if every quote that cites the source is still in the new text, word for word.
 * Quotes located by offsets (`start`/`end`) are moved to where the words now are, in the same
 * user action, so the edit is one undo step and the dataset stays valid.
 */
import type { Dataset, Evidence, Source } from "../schema.ts";
import type { Changes, Command, EvidenceOwner } from "./commands.ts";
import { describeCommand, relationName, short } from "./describe.ts";

/** A quote the new text would no longer contain, and who cites it. */
export interface BrokenQuote {
  owner: EvidenceOwner;
  /** "alliance Armenia – Russia from 2020-01-01" or "event Ceasefire". */
  ownerName: string;
  quote: string;
}

export type SourceEdit = { ok: true; command: Command } | { ok: false; broken: BrokenQuote };

/**
 * The command that applies `changes` to source `id`, or the first quote (relations first, then
 * events, in dataset order) that a new text would break. Evidence whose offsets no longer fit is
 * re-located at the occurrence of its quote nearest to where it was.
 */
export function planSourceEdit(dataset: Dataset, id: string, changes: Changes<Source>): SourceEdit {
  try {
    return { ok: true, command: sourceEditCommand(dataset, id, changes) };
  } catch (e) {
    if (e instanceof Broken) return { ok: false, broken: e.quote };
    throw e;
  }
}

/** The command (throws `Broken` at the first quote the new text would lose). */
function sourceEditCommand(dataset: Dataset, id: string, changes: Changes<Source>): Command {
  const update: Command = { kind: "updateSource", id, changes };
  const before = dataset.sources.find((s) => s.id === id);
  const text = changes.text;
  if (!before || typeof text !== "string" || text === before.text) return update;
  const follow: Command[] = [];
  const owners: Array<{ collection: "relations" | "events"; list: ReadonlyArray<{ id: string; evidence: Evidence[] }>; name: (k: number) => string }> = [
    { collection: "relations", list: dataset.relations, name: (k) => relationName(dataset, dataset.relations[k]!) },
    { collection: "events", list: dataset.events, name: (k) => `event ${short(dataset.events[k]!.label)}` },
  ];
  for (const { collection, list, name } of owners) {
    for (let k = 0; k < list.length; k++) {
      const record = list[k]!;
      let moved: Evidence[] | null = null;
      record.evidence.forEach((ev, j) => {
        if (ev.source !== id || typeof ev.quote !== "string") return;
        if (!text.includes(ev.quote)) throw new Broken({ owner: { collection, id: record.id }, ownerName: name(k), quote: ev.quote });
        if (ev.start === undefined || ev.end === undefined || text.slice(ev.start, ev.end) === ev.quote) return;
        const start = nearestOccurrence(text, ev.quote, ev.start);
        moved ??= record.evidence.slice();
        moved[j] = { ...ev, start, end: start + ev.quote.length };
      });
      if (moved) follow.push(collection === "relations" ? { kind: "updateRelation", id: record.id, changes: { evidence: moved } } : { kind: "updateEvent", id: record.id, changes: { evidence: moved } });
    }
  }
  if (follow.length === 0) return update;
  return { kind: "batch", label: describeCommand(dataset, update), commands: [update, ...follow] };
}

/** Thrown out of the scan at the first broken quote (caught below). */
class Broken {
  constructor(readonly quote: BrokenQuote) {}
}

/** Where `quote` occurs in `text` closest to `near` (it does occur). */
function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = text.indexOf(quote);
  for (let at = best; at !== -1; at = text.indexOf(quote, at + 1)) {
    if (Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}
