/**
 * The ingest pipeline for files on disk (Node): check the files, aggregate them (DuckDB, or the
 * TypeScript aggregator), build the dataset. The CLI's `ingest` command is a thin layer over this.
 */
import { basename } from "node:path";
import type { Dataset } from "../../model/schema.ts";
import { LAYOUTS, type EventFormat } from "./layouts.ts";
import type { DuckdbOptions } from "./duckdbEngine.ts";
import { createAggregator } from "./aggregate.ts";
import { parseEvents } from "./parseEvents.ts";
import { checkEventFile, readEventText } from "./eventFiles.ts";
import { buildIngestDataset, type IngestOptions, type IngestRules, type IngestSource } from "./buildDataset.ts";
import { readDyadCounts, formatRowIssue } from "./dyadCounts.ts";
import { EventFileError } from "./parseEvents.ts";
import type { DyadCount } from "./aggregation.ts";
import { ingestSource } from "./ingestTexts.ts";

export type IngestEngine = "duckdb" | "typescript";

export interface IngestResult {
  dataset: Dataset;
  rows: DyadCount[];
}

/** Aggregates event files and builds the dataset. Throws EventFileError for a file of the wrong shape. */
export async function ingestEventFiles(
  format: EventFormat,
  files: readonly string[],
  rules: IngestRules,
  options: IngestOptions & { engine?: IngestEngine; duckdb?: DuckdbOptions } = {},
): Promise<IngestResult> {
  for (const f of files) await checkEventFile(f, format, options.engine ?? "duckdb");
  const layout = LAYOUTS[format];
  const aggregation = { window: rules.window, actors: rules.actors };
  let rows: DyadCount[];
  if (options.engine === "typescript") {
    const aggregator = createAggregator(layout, aggregation);
    for (const f of files) for (const record of parseEvents(layout, readEventText(f), f)) aggregator.add(record);
    rows = aggregator.rows();
  } else {
    // Loaded when used: DuckDB's native library is large, and other commands never need it.
    const { aggregateWithDuckdb } = await import("./duckdbEngine.ts");
    rows = await aggregateWithDuckdb(layout, files, aggregation, options.duckdb);
  }
  // The same source description as the browser's path (ingestTexts.ts), so both make the same dataset.
  return { dataset: buildIngestDataset(rows, rules, ingestSource(format, files.map((f) => basename(f))), options), rows };
}

/** Ingests a dyad-counts file (a query's result). Throws EventFileError listing the rows that are wrong. */
export function ingestDyadCounts(file: string, rules: IngestRules, options: IngestOptions = {}): IngestResult {
  const result = readDyadCounts(readEventText(file), rules.window);
  if (!result.ok) {
    const shown = result.issues.slice(0, 20).map(formatRowIssue);
    const more = result.issues.length > 20 ? `\n… and ${result.issues.length - 20} more` : "";
    throw new EventFileError(file, null, `${result.issues.length} problem${result.issues.length === 1 ? "" : "s"}:\n${shown.join("\n")}${more}`);
  }
  const source: IngestSource = {
    title: "Dyad counts (aggregation query result)",
    publisher: "stancegraph ingest --emit-sql",
    inputs: [basename(file)],
    coding: "counted by the query that made the file (event code → quad class → sign)",
  };
  return { dataset: buildIngestDataset(result.rows, rules, source, options), rows: result.rows };
}
