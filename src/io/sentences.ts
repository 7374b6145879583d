/**
 * A source text cut into its sentences, for the reading pane: each sentence one focusable
 * element, the text between them (white space, line breaks) kept as it is, so the pane shows the
 * text character for character and a selection in it maps back to offsets.
 *
 * The same sentences as `sentenceAt` (the pane's "select sentence"), found in one pass per line
 * instead of one segmentation per sentence: a 10 MiB text is cut in one go.
 */
import { ABBREVIATION, sentenceAt } from "./sourceText.ts";

/** One sentence: `text.slice(start, end)`, without white space at either end. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The sentences of `text`, in order, never overlapping, each with no white space at its ends.
 * Every character outside them is white space. Equal to what `sentenceAt` says at each start.
 */
export function splitSentences(text: string, locale?: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd > lineStart) {
      const line = text.slice(lineStart, lineEnd);
      let from = 0;
      for (const seg of segmenter.segment(line)) {
        const endOfSeg = seg.index + seg.segment.length;
        // Joined again after an abbreviation, as sentenceAt does ("Mr. Smith").
        if (ABBREVIATION.test(seg.segment) && endOfSeg < line.length) continue;
        push(out, text, lineStart + from, lineStart + endOfSeg);
        from = endOfSeg;
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence around an offset (re-exported for the pane, which imports sentences from here). */
export { sentenceAt };

/**
 * Offsets of `quote` in `text` for a piece of evidence: its own `start`/`end` when they still
 * point at it, else its first occurrence, else null (the pane then shows the text unmarked).
 */
export function passageOf(text: string, quote: string, start?: number, end?: number): SentenceSpan | null {
  if (start !== undefined && end !== undefined && text.slice(start, end) === quote) return { start, end };
  const at = quote === "" ? -1 : text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}
