import { counted } from "../../model/counted.ts";
import { datasetJsonLines } from "../../io/datasetJson.ts";
import { createWriteStream, openSync } from "node:fs";
import { createGzip } from "node:zlib";
import { once } from "node:events";
import type { Command, CliIO } from "../cli.ts";
import { parseOptions, UsageError, writeOut } from "../cli.ts";
import { formatIssue, validateDataset } from "../../model/validate.ts";
import { EVENT_FORMATS, LAYOUTS } from "../../io/ingest/layouts.ts";
import { WINDOW_UNITS, type ActorScope, type WindowUnit } from "../../io/ingest/aggregation.ts";
import { DEFAULT_RULES, type IngestRules } from "../../io/ingest/buildDataset.ts";
import { SQL_DIALECTS, aggregationSql, type SqlDialect } from "../../io/ingest/sql.ts";
import { EventFileError } from "../../io/ingest/parseEvents.ts";
import { echo } from "../../model/echo.ts";
import { syntheticEventChunks } from "../../io/ingest/synthetic.ts";
import { ingestDyadCounts, ingestEventFiles, type IngestEngine, type IngestResult } from "../../io/ingest/ingestFiles.ts";

const FORMATS = [...EVENT_FORMATS, "dyad-counts"] as const;
type IngestFormat = (typeof FORMATS)[number];

export const ingestCommand: Command = {
  name: "ingest",
  summary: "turn event data (GDELT, ICEWS, PLOVER) into a machine-coded stance dataset",
  help: `Usage: stancegraph ingest --format FORMAT FILE... [--window month|quarter|year] [--min-events N]
                         [--margin X] [--actors countries|all] [--out FILE] [--id ID] [--title TEXT]
       stancegraph ingest --format gdelt|icews|plover --emit-sql duckdb|bigquery [FILE...] [--window …] [--actors …]
       stancegraph ingest --format gdelt|icews|plover --synthetic N [--seed S] --out FILE[.gz]

Reads event files, signs each event by its code (CAMEO root code or PLOVER event type → quad class →
cooperative, conflictual or neutral), counts per undirected pair of actors and window, and writes a
dataset with a relation for each run of windows of one sign. Every relation's evidence records the
rule, the counts, the first and last dates and sample event ids and URLs ("machine-coded").
  --format FORMAT    gdelt        GDELT 2.0 event export (61 tab-separated columns, no header)
                     icews        ICEWS coded event data (20 tab-separated columns, header row)
                     plover       PLOVER/POLECAT JSON records (an array, or one record per line)
                     dyad-counts  the result of the --emit-sql query (CSV or JSON lines)
                     Files may be gzipped.
  --window UNIT      month, quarter (default) or year
  --min-events N     least cooperative + conflictual events for a window to count (default ${DEFAULT_RULES.minEvents})
  --margin X         least |coop − conf| / (coop + conf), 0 to 1 (default ${DEFAULT_RULES.margin})
  --actors SCOPE     countries (default): states only, by ISO 3166 code;
                     all: also actors with no country, by their name
  --out FILE         write the dataset (or the synthetic file) to FILE instead of standard output
  --id ID, --title TEXT   the dataset's id and title
  --engine ENGINE    duckdb (default: streams files of any size) or typescript (reads each file whole;
                     what the browser runs)
  --emit-sql DIALECT print the aggregation query instead: duckdb (over the FILEs) or bigquery (over
                     GDELT's public table gdelt-bq.gdeltv2.events); ingest its result with
                     --format dyad-counts
  --synthetic N      write N seeded synthetic events in the format's layout to --out (gzip if .gz)
  --seed S           seed of --synthetic (default 1)
Defaults and method: docs/ingest.md.
Exit status: 0 written, 1 a file or the result is wrong, 2 bad arguments.`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(
      argv,
      {
        format: { type: "string" },
        window: { type: "string" },
        "min-events": { type: "string" },
        margin: { type: "string" },
        actors: { type: "string" },
        out: { type: "string" },
        id: { type: "string" },
        title: { type: "string" },
        engine: { type: "string" },
        "emit-sql": { type: "string" },
        synthetic: { type: "string" },
        seed: { type: "string" },
      },
      true,
    );
    if (values.help) return io.out(this.help), 0;
    const format = oneOf("--format", values.format, FORMATS);
    const rules = parseRules(values);
    if (values.synthetic !== undefined) return writeSynthetic(format, values, io);
    if (values["emit-sql"] !== undefined) {
      if (format === "dyad-counts") throw new UsageError("--emit-sql writes the query for event files: give --format gdelt, icews or plover");
      const dialect = oneOf("--emit-sql", values["emit-sql"], SQL_DIALECTS) as SqlDialect;
      if (dialect === "bigquery" && format !== "gdelt") throw new UsageError("--emit-sql bigquery is for GDELT's public table: use --format gdelt");
      if (dialect === "duckdb" && positionals.length === 0) throw new UsageError("--emit-sql duckdb needs the event FILEs the query should read");
      io.out(aggregationSql({ dialect, layout: LAYOUTS[format], options: { window: rules.window, actors: rules.actors }, files: positionals }));
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("give at least one FILE to ingest");
    if (format === "dyad-counts" && positionals.length > 1) throw new UsageError("--format dyad-counts reads one FILE");
    const engine = oneOf("--engine", values.engine ?? "duckdb", ["duckdb", "typescript"] as const) as IngestEngine;
    const options = { ...(values.id !== undefined ? { id: values.id } : {}), ...(values.title !== undefined ? { title: values.title } : {}) };

    let result: IngestResult;
    try {
      result =
        format === "dyad-counts"
          ? ingestDyadCounts(positionals[0]!, rules, options)
          : await ingestEventFiles(format, positionals, rules, { ...options, engine });
    } catch (e) {
      if (!(e instanceof EventFileError)) throw e;
      io.err(`stancegraph ingest: ${e.message}`);
      return 1;
    }
    const checked = validateDataset(result.dataset);
    if (!checked.ok) {
      for (const issue of checked.errors.slice(0, 20)) io.err(formatIssue(issue));
      io.err(`stancegraph ingest: the dataset made from these files is not valid (${checked.errors.length} problems); check --id and --title`);
      return 1;
    }
    const text = datasetJsonLines(result.dataset);
    if (values.out === undefined) io.out(text);
    else writeOut(io, values.out, text);
    const d = result.dataset;
    const coop = d.relations.filter((r) => r.type === "cooperation").length;
    io.err(
      `${values.out === undefined ? "dataset" : `wrote ${values.out}`}: ${counted(d.actors.length, "actor")}, ${counted(d.relations.length, "relation")} ` +
        `(${coop} cooperation, ${d.relations.length - coop} conflict) from ${counted(result.rows.length, `dyad-${rules.window}`)}`,
    );
    return 0;
  },
};

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`give ${option} (${allowed.join(", ")})`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${option} ${echo(value)} (use ${allowed.join(", ")})`);
  return value as T;
}

type Values = Record<string, string | boolean | undefined>;

function parseRules(values: Values): IngestRules {
  const text = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const window = oneOf("--window", text("window") ?? DEFAULT_RULES.window, WINDOW_UNITS) as WindowUnit;
  const actors = oneOf("--actors", text("actors") ?? DEFAULT_RULES.actors, ["countries", "all"] as const) as ActorScope;
  const minText = text("min-events");
  if (minText !== undefined && !/^[1-9]\d{0,8}$/.test(minText)) throw new UsageError(`--min-events ${echo(minText)} is not a whole number from 1`);
  const marginText = text("margin");
  const margin = marginText === undefined ? DEFAULT_RULES.margin : Number(marginText);
  if (marginText !== undefined && (!/^\d*\.?\d+$/.test(marginText) || margin > 1)) throw new UsageError(`--margin ${echo(marginText)} is not a number from 0 to 1`);
  return { window, actors, minEvents: minText === undefined ? DEFAULT_RULES.minEvents : Number(minText), margin };
}

async function writeSynthetic(format: IngestFormat, values: Values, io: CliIO): Promise<number> {
  if (format === "dyad-counts") throw new UsageError("--synthetic writes event files: give --format gdelt, icews or plover");
  const count = String(values.synthetic);
  if (!/^\d{1,9}$/.test(count)) throw new UsageError(`--synthetic ${echo(count)} is not a whole number of events`);
  const seed = String(values.seed ?? "1");
  if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff) throw new UsageError(`--seed ${echo(seed)} is not a whole number from 0 to 4294967295`);
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--synthetic needs --out FILE (a large file does not belong on the terminal)");
  // Opened here, so a path that cannot be written is a usage error now, not a stream's error later.
  let fd: number;
  try {
    fd = openSync(out, "w");
  } catch (e) {
    throw new UsageError(`cannot write ${echo(out)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { cause: e });
  }
  const file = createWriteStream("", { fd });
  const sink = out.endsWith(".gz") ? createGzip() : file;
  if (sink !== file) sink.pipe(file);
  for (const chunk of syntheticEventChunks({ format, events: Number(count), seed: Number(seed) })) {
    if (!sink.write(chunk)) await once(sink, "drain");
  }
  sink.end();
  await once(file, "close");
  io.err(`wrote ${out}: ${count} synthetic ${format} events (seed ${seed})`);
  return 0;
}
