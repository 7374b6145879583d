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

export { sniffEventFile, type EventSniff } from "./sniffEvents.ts";

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
