/**
 * The date an article gives itself, for a source added without one: the date of its dateline
 * ("ACCRA, August 18, 2003 —") or of a "Published …" line at its top. Offered to the curator, never
 * taken silently. Only those: over the 48 annotated texts of tests/fixtures/suggest, the 22
 * datelines with a date all give the gold's source date, but the first full date of the opening
 * paragraphs, where there is no dateline, gives it in 1 of 7 (a report's lead dates the event it
 * reports, a day or years before it was written).
 *
 * The dates themselves are read by the suggestion engine's `findDates` (day precision only: a month
 * or a year alone is no publication date).
 */
import { findDates } from "./suggest/dates.ts";

export interface DateInText {
  /** YYYY-MM-DD. */
  date: string;
  /** The words as the text writes them ("August 18, 2003"). */
  phrase: string;
  /** Offsets of `phrase` in the text. */
  start: number;
  end: number;
}

/** How far into the text a dateline is looked for (a headline, a byline, the lead's first line). */
export const OPENING_CHARS = 600;

/**
 * A paragraph that opens with a place in capitals (", Country" may follow) and then, before a dash,
 * "(" or ":", the date: "ARUSHA, Tanzania, August 28, 2000 —", "PARIS, 3 May 2024 (AFP) -". Or a
 * line that says it was published or updated: "Published: 18 August 2003", "Updated 3 May 2024".
 * Both bounded: at most 100 characters of a line after its first words.
 */
const DATELINE = /^[ \t]*[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*,[^\n]{0,100}?(?:[—–]|--| - |\(|:)/gm;
const PUBLISHED = /^[ \t]*(?:Published|Posted|Updated|Date|First published)\b[^\n]{0,100}/gim;

/** The date of the text's dateline or "Published" line, or null when its opening has none with a full date. */
export function dateInText(text: string): DateInText | null {
  const opening = text.slice(0, OPENING_CHARS);
  for (const re of [DATELINE, PUBLISHED]) {
    re.lastIndex = 0;
    for (let m = re.exec(opening); m; m = re.exec(opening)) {
      const found = firstDay(text, m.index, m.index + m[0].length);
      if (found) return found;
    }
  }
  return null;
}

function firstDay(text: string, from: number, to: number): DateInText | null {
  const d = findDates(text, from, to).find((x) => x.precision === "day");
  return d ? { date: d.date, phrase: text.slice(d.start, d.end), start: d.start, end: d.end } : null;
}
