/**
 * Machine-coded provenance (`evidence[].derived`) in words, for the details card and any other
 * reader: pure data out, so the UI only has to put it on the page (as text, links from http(s)
 * URLs only).
 */
import type { DerivedEvidence, Source } from "../../model/schema.ts";

export interface ProvenanceView {
  /** Always "Machine-coded": the card must say so plainly. */
  badge: string;
  /** "18 cooperative and 3 conflictual events, 2023-01-01 to 2023-06-28 (2 neutral not counted)". */
  summary: string;
  /** The rule, as recorded. */
  rule: string;
  /** "GDELT 2.0 event export: 2023.export.CSV (The GDELT Project)", when the source is known. */
  from: string | null;
  /** "Sample events: 1100000001, 1100000002, …". */
  samples: string | null;
  /** Links to sample reports: text and http(s) URL. */
  links: Array<{ text: string; url: string }>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Formats one piece of derived evidence; `source` is its entry in `sources`, when found. */
export function formatProvenance(derived: DerivedEvidence, source?: Source): ProvenanceView {
  const counts =
    derived.cooperative > 0 && derived.conflictual > 0
      ? `${derived.cooperative} cooperative and ${plural(derived.conflictual, "conflictual event")}`
      : derived.cooperative > 0
        ? plural(derived.cooperative, "cooperative event")
        : plural(derived.conflictual, "conflictual event");
  const dates = derived.first === derived.last ? `on ${derived.first}` : `${derived.first} to ${derived.last}`;
  const neutral = derived.neutral ? ` (${derived.neutral} neutral not counted)` : "";
  const links = (derived.sampleUrls ?? [])
    .filter((u) => /^https?:\/\//i.test(u))
    .map((url, i) => ({ text: `Report ${i + 1}: ${hostOf(url)}`, url }));
  return {
    badge: "Machine-coded",
    summary: `${counts}, ${dates}${neutral}`,
    rule: derived.rule,
    from: source ? `${source.title} (${source.publisher})` : null,
    samples: derived.sampleIds.length > 0 ? `Sample events: ${derived.sampleIds.join(", ")}` : null,
    links,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 40);
  }
}
