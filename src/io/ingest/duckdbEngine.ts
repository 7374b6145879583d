/**
 * Runs the aggregation's SQL (sql.ts) in DuckDB, embedded through @duckdb/node-api (MIT; its
 * binary ships inside the npm package). Node only: nothing under src/app, src/ui or src/view may
 * import this module (the browser aggregates with aggregate.ts).
 *
 * DuckDB reads the files itself (gzip included) and streams them through its hash aggregate; the
 * memory it needs grows with the number of dyads and windows, not with the number of events.
 */
import { aggregationStatements } from "./sql.ts";
import type { EventLayout } from "./layouts.ts";
import { DYAD_COUNT_COLUMNS, type AggregationOptions, type DyadCount } from "./aggregation.ts";
import { splitSample } from "./dyadCounts.ts";
import { EventFileError } from "./parseEvents.ts";
import { echo } from "../../model/echo.ts";

export interface DuckdbOptions {
  /** Worker threads (default 2: this machine's cores). */
  threads?: number;
  /** DuckDB's memory limit, e.g. "1GB" (default DuckDB's own: 80% of RAM); it spills to disk past it. */
  memoryLimit?: string;
}

/** Aggregates the files with DuckDB. Errors from DuckDB (a malformed line, …) become EventFileErrors naming the files. */
export async function aggregateWithDuckdb(
  layout: EventLayout,
  files: readonly string[],
  options: AggregationOptions,
  engine: DuckdbOptions = {},
): Promise<DyadCount[]> {
  // Imported here, not at the top: DuckDB is a native package the CLI's bundle leaves in
  // node_modules, and only `ingest` needs it, so no other command loads (or requires) it.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", {
    threads: String(engine.threads ?? 2),
    ...(engine.memoryLimit ? { memory_limit: engine.memoryLimit } : {}),
  });
  const connection = await instance.connect();
  try {
    const { setup, query } = aggregationStatements({ dialect: "duckdb", layout, options, files });
    for (const statement of setup) await connection.run(statement);
    let reader;
    try {
      reader = await connection.runAndReadAll(query);
    } catch (e) {
      // DuckDB's message names the line and echoes it: keep its first lines, and not too much of them.
      const message = (e instanceof Error ? e.message : String(e))
        .split("\n")
        .slice(0, 4)
        .join(" ")
        .replace(/Original Line: (.*?) (?=Expected|Possible|$)/, (_, line: string) => `Original Line: ${echo(line)} `)
        .replace(/\s*Possible fixes:.*$/, "")
        .slice(0, 300);
      throw new EventFileError(files.join(", "), null, `DuckDB could not read this as ${layout.format}: ${message}`);
    }
    const rows = reader.getRowObjectsJS() as Array<Record<(typeof DYAD_COUNT_COLUMNS)[number], unknown>>;
    return rows.map((r) => ({
      actorA: String(r.actor_a),
      actorB: String(r.actor_b),
      window: String(r.window_start),
      cooperative: Number(r.cooperative),
      conflictual: Number(r.conflictual),
      neutral: Number(r.neutral),
      first: String(r.first_date),
      last: String(r.last_date),
      sampleIds: splitSample(String(r.sample_ids ?? "")),
      sampleUrls: splitSample(String(r.sample_urls ?? "")),
    }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
