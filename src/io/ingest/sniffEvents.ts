/**
 * Telling event data from the start of a text (the app's file-kind check, src/io/convert/fileKind.ts),
 * apart from the readers and the aggregator so the load pipeline can tell a file's kind without
 * loading them.
 */
import { LAYOUTS, type EventFormat } from "./layouts.ts";

/** What the first line says a file is: an event format, a plain problem, or nothing (not event data). */
export type EventSniff = { format: EventFormat } | { problem: string } | null;

const GDELT_WIDTH = LAYOUTS.gdelt.columns.length;
const ICEWS_WIDTH = LAYOUTS.icews.columns.length;

/**
 * Tells event data from the text's start, without reading the rest: a GDELT 2.0 export (61
 * tab-separated columns), an ICEWS file (its header row, or 20 tab-separated columns: the reader
 * then says the header is missing), PLOVER records (a JSON array whose records have an `event`, or
 * JSON lines whose first record has an `event` and no dataset fields). Tab-separated text of another width is a problem (GDELT
 * 1.0's 58 columns are named). Anything else is not event data: null.
 */
export function sniffEventFile(text: string): EventSniff {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nl = body.indexOf("\n");
  const line = (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, "");
  const head = body.trimStart()[0];
  if (head === "[") return ploverArray(body);
  if (head === "{") return isPloverRecord(line) ? { format: "plover" } : null;
  if (!line.includes("\t")) return null;
  const columns = line.split("\t").length;
  if (columns === GDELT_WIDTH) return { format: "gdelt" };
  if (columns === ICEWS_WIDTH || line.startsWith(`${LAYOUTS.icews.columns[0]}\t`)) return { format: "icews" };
  if (columns === 58) return { problem: "58 tab-separated columns: a GDELT 1.0 file? Only GDELT 2.0 exports (61 columns) are read" };
  return { problem: `${columns} tab-separated columns: not a GDELT 2.0 export (${GDELT_WIDTH} columns) nor an ICEWS file (${ICEWS_WIDTH} columns with a header row)` };
}

/** One JSON line that is a PLOVER record rather than (a one-line) dataset JSON. */
function isPloverRecord(line: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return false;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = new Set(Object.keys(value));
  return keys.has("event") && !keys.has("relations") && !keys.has("actors");
}

/** How far into a JSON array the PLOVER check looks for an `event` field. */
const ARRAY_PEEK = 64 * 1024;

/**
 * A JSON array is PLOVER when its records carry PLOVER's `event` field; any other array (a list of
 * nodes from another tool, numbers) is named as what it is instead of failing record by record in
 * the PLOVER reader.
 */
function ploverArray(body: string): EventSniff {
  const start = body.slice(0, ARRAY_PEEK);
  if (/^\s*\[\s*\]\s*$/.test(start)) return { problem: "an empty JSON array: no PLOVER records and not a dataset (a dataset is a JSON object)" };
  if (/"event"\s*:/.test(start)) return { format: "plover" };
  return { problem: 'a JSON array whose records have no "event" field: not PLOVER records, and not a dataset (a dataset is a JSON object)' };
}
