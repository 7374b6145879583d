/**
 * The generated sources: reference sources (a citation, no local text, so validation needs no
 * files) spread evenly over the span, one per 200 relations; and the evidence that cites them,
 * always from a source dated on or after the claim (a report follows what it reports).
 */
import type { Evidence, Source } from "../schema.ts";
import type { Calendar } from "./calendar.ts";
import type { Draws } from "./draws.ts";

const PUBLISHERS = ["Synthetic Wire", "Synthetic Gazette", "Synthetic Ministry Bulletin", "Synthetic Research Brief"];

/** The sources of a dataset of `relations` relations. */
export function referenceSources(relations: number, { days, dateOf }: Calendar): Source[] {
  const count = Math.max(1, Math.ceil(relations / 200));
  const width = Math.max(4, String(count - 1).length);
  const sources: Source[] = [];
  for (let s = 0; s < count; s++) {
    const id = `S${String(s).padStart(width, "0")}`;
    const date = dateOf[Math.floor(((s + 0.5) * days) / count)]!;
    sources.push({ id, title: `Synthetic report ${s + 1}`, publisher: PUBLISHERS[s % PUBLISHERS.length]!, date, url: `https://example.org/stancegraph-synthetic/${id}` });
  }
  return sources;
}

/** Evidence for a claim made on day `day`: one citation, sometimes two. */
export type EvidenceFor = (day: number, claim: string) => Evidence[];

/** The evidence maker over `sources`. */
export function citingSources(sources: readonly Source[], { days }: Calendar, draws: Draws): EvidenceFor {
  const count = sources.length;
  /** A source dated on or after `day` (the last one when none is). */
  const sourceAfter = (day: number) => {
    const first = Math.min(count - 1, Math.ceil((day / days) * count));
    return sources[first + draws.below(count - first)]!.id;
  };
  return (day, claim) => {
    const list: Evidence[] = [{ source: sourceAfter(day), citation: claim }];
    if (draws.chance(0.15)) list.push({ source: sourceAfter(day), citation: `Also reported: ${claim}` });
    return list;
  };
}
