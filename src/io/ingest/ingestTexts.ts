/**
 * Ingesting event files that are already text in memory: the browser's path (the load worker has
 * the files the user opened, decompressed and decoded), with no Node API. It runs the TypeScript
 * aggregator (aggregate.ts) and builds the dataset exactly as `stancegraph ingest` does, from the
 * same source description, so the app and the CLI give the same dataset for the same files and
 * rules (tests/unit/ingest-texts.test.ts, tests/browser/ingest-events.test.ts).
 */
import { LAYOUTS, type EventFormat } from "./layouts.ts";
import { createAggregator } from "./aggregate.ts";
import { EventFileError, parseEvents } from "./parseEvents.ts";
import { buildIngestDataset, type IngestOptions, type IngestRules, type IngestSource } from "./buildDataset.ts";
import type { DyadCount } from "./aggregation.ts";

/** How each scheme's codes become signs, as the provenance records it (shared with ingestFiles.ts). */
export const INGEST_CODING: Record<EventFormat, string> = {
  gdelt: "CAMEO root code → quad class → sign (01–02 neutral, 03–08 cooperative, 09–20 conflictual)",
  icews: "CAMEO root code → quad class → sign (01–02 neutral, 03–08 cooperative, 09–20 conflictual)",
  plover: "PLOVER event type → quad class → sign (cooperation +1, conflict −1)",
};

/** The `events` source entry's description: the layout's title and publisher, the files read, the coding. */
export function ingestSource(format: EventFormat, inputs: string[]): IngestSource {
  const layout = LAYOUTS[format];
  return { title: layout.title, publisher: layout.publisher, url: layout.url, inputs, coding: INGEST_CODING[format] };
}

/** What the first line says a file is: an event format, a plain problem, or nothing (not event data). */
export type EventSniff = { format: EventFormat } | { problem: string } | null;

const GDELT_WIDTH = LAYOUTS.gdelt.columns.length;
const ICEWS_WIDTH = LAYOUTS.icews.columns.length;

/**
 * Tells event data from the text's start, without reading the rest: a GDELT 2.0 export (61
 * tab-separated columns), an ICEWS file (its header row, or 20 tab-separated columns: the reader
 * then says the header is missing), PLOVER records (a JSON array, or JSON lines whose first record
 * has an `event` and no dataset fields). Tab-separated text of another width is a problem (GDELT
 * 1.0's 58 columns are named). Anything else is not event data: null.
 */
export function sniffEventFile(text: string): EventSniff {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nl = body.indexOf("\n");
  const line = (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, "");
  const head = body.trimStart()[0];
  if (head === "[") return { format: "plover" };
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

export interface EventText {
  name: string;
  text: string;
}

/** Progress of an ingest: the share of lines read (0 to 1) and the events read so far. */
export type IngestProgress = (fraction: number, events: number) => void;

/** How often progress is reported, in events. */
const PROGRESS_EVERY = 20_000;

/**
 * Aggregates the files (all in one format) and builds the dataset. Throws EventFileError for a
 * file of the wrong shape, naming the file and the line.
 */
export function ingestEventTexts(format: EventFormat, files: readonly EventText[], rules: IngestRules, options: IngestOptions = {}, onProgress?: IngestProgress): { dataset: ReturnType<typeof buildIngestDataset>; rows: DyadCount[] } {
  if (files.length === 0) throw new EventFileError("(no file)", null, "no event file to ingest");
  const layout = LAYOUTS[format];
  const aggregator = createAggregator(layout, { window: rules.window, actors: rules.actors });
  // One event a line in every layout (a PLOVER array as written by most tools too): lines measure progress.
  const total = files.reduce((n, f) => n + countLines(f.text), 0) || 1;
  let events = 0;
  for (const file of files) {
    for (const record of parseEvents(layout, file.text, file.name)) {
      aggregator.add(record);
      if (++events % PROGRESS_EVERY === 0) onProgress?.(Math.min(1, events / total), events);
    }
  }
  onProgress?.(1, events);
  const rows = aggregator.rows();
  return { dataset: buildIngestDataset(rows, rules, ingestSource(format, files.map((f) => f.name)), options), rows };
}

/** Lines in a text (a last line without a newline counts): the measure of progress. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n + (text.length > 0 && !text.endsWith("\n") ? 1 : 0);
}
