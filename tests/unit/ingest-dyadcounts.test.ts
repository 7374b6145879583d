/**
 * The path beyond one machine: the emitted query's result, as a dyad-counts file, ingested end to
 * end. Here DuckDB runs the emitted DuckDB query (the BigQuery one cannot run here) and writes its
 * result as CSV, as a user would; ingesting that file gives the same dataset as ingesting the events.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { aggregationSql } from "../../src/io/ingest/sql.ts";
import { LAYOUTS } from "../../src/io/ingest/layouts.ts";
import { readDyadCounts, formatRowIssue } from "../../src/io/ingest/dyadCounts.ts";
import { DEFAULT_RULES } from "../../src/io/ingest/buildDataset.ts";
import { ingestDyadCounts, ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { ingestFixture, runIngestCli } from "./ingestHelpers.ts";

const HEADER = "actor_a,actor_b,window_start,cooperative,conflictual,neutral,first_date,last_date,sample_ids,sample_urls";

describe("dyad-counts: a query's result ingested end to end", () => {
  it("the emitted DuckDB query, run by DuckDB into a CSV file, ingests to the same relations as the events", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-dyad-"));
    const csv = join(dir, "counts.csv");
    const cli = await runIngestCli("ingest", "--format", "gdelt", "--emit-sql", "duckdb", ingestFixture("gdelt-2023.export.CSV"));
    expect(cli.code).toBe(0);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    // The printed SQL: its setup statements, then the query, as a user would run them in duckdb.
    const [setup, query] = cli.out.split(/(?<=;)\n(?=--)/) as [string, string];
    expect(setup).toBe("SET disabled_optimizers = 'build_side_probe_side';");
    await connection.run(setup);
    await connection.run(`COPY (${query.trimEnd()}) TO '${csv}' (HEADER, DELIMITER ',')`);
    connection.closeSync();
    instance.closeSync();
    expect(readFileSync(csv, "utf8").split("\n")[0]).toBe(HEADER);

    const fromCounts = ingestDyadCounts(csv, DEFAULT_RULES);
    const fromEvents = await ingestEventFiles("gdelt", [ingestFixture("gdelt-2023.export.CSV")], DEFAULT_RULES, { engine: "typescript" });
    expect(fromCounts.rows).toEqual(fromEvents.rows);
    // The same relations; only the rule's first words differ (the file does not say how it was coded).
    const withoutRule = (d: typeof fromCounts.dataset) => d.relations.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, derived: { ...e.derived!, rule: "" } })) }));
    expect(withoutRule(fromCounts.dataset)).toEqual(withoutRule(fromEvents.dataset));
    expect(fromCounts.dataset.relations[0]!.evidence[0]!.derived!.rule).toMatch(/^counted by the query/);
    expect(fromCounts.dataset.relations).toHaveLength(7);

    const viaCli = await runIngestCli("ingest", "--format", "dyad-counts", csv, "--out", join(dir, "d.json"));
    expect(viaCli.code).toBe(0);
    expect(viaCli.err).toMatch(/7 relations \(4 cooperation, 3 conflict\) from 18 dyad-quarters/);
  });

  it("reads BigQuery's JSON export (one object per line) as well as CSV", () => {
    const line = { actor_a: "ARM", actor_b: "RUS", window_start: "2023-01-01", cooperative: "8", conflictual: "1", neutral: "0", first_date: "2023-01-01", last_date: "2023-03-15", sample_ids: "1 2", sample_urls: "https://a.example/1" };
    const r = readDyadCounts(`${JSON.stringify(line)}\n`, "quarter");
    expect(r).toEqual({ ok: true, rows: [expect.objectContaining({ actorA: "ARM", cooperative: 8, sampleIds: ["1", "2"], sampleUrls: ["https://a.example/1"] })] });
  });

  it("reports every bad cell by row and column", () => {
    const text = [
      HEADER,
      "ARM,RUS,2023-13-01,8,1,0,2023-01-01,2023-03-15,1 2,",
      "ARM,RUS,2023-01-01,eight,1,0,2023-01-01,2023-03-15,1 2,",
      "ARM,ARM,2023-01-01,8,1,0,2023-01-01,2023-03-15,,",
      "ARM,RUS,2023-02-01,8,1,0,2023-02-01,2023-03-15,,",
      "ARM,RUS,2023-01-01,8,1,0,2023-01-01,2023-05-15,,",
    ].join("\n");
    const r = readDyadCounts(text, "quarter");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatRowIssue)).toEqual([
      "row 1, column `window_start`: \"2023-13-01\" is not a date (YYYY-MM-DD)",
      "row 2, column `cooperative`: \"eight\" is not a count (a whole number, 0 or more)",
      "row 3, column `actor_b`: is the same actor as actor_a (\"ARM\")",
      "row 4, column `window_start`: 2023-02-01 is not the first day of a quarter (was the query run with --window quarter?)",
      "row 5, column `first_date`: 2023-01-01 to 2023-05-15 is not inside the quarter that starts on 2023-01-01",
    ]);
  });

  it("names missing columns, and the CLI says which file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-dyad-"));
    const file = join(dir, "bad.csv");
    writeFileSync(file, "actor_a,actor_b,window\nARM,RUS,2023-01-01\n");
    const r = await runIngestCli("ingest", "--format", "dyad-counts", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}: 1 problem:`);
    expect(r.err).toContain("the header lacks `window_start`, `cooperative`, `conflictual`, `first_date`, `last_date`, `sample_ids`");
  });
});

describe("BigQuery SQL", () => {
  it("reads GDELT's public table with BigQuery's functions, the same stages as DuckDB's", () => {
    const sql = aggregationSql({ dialect: "bigquery", layout: LAYOUTS.gdelt, options: { window: "month", actors: "countries" } });
    expect(sql).toContain("FROM `gdelt-bq.gdeltv2.events`");
    expect(sql).toContain("SAFE.PARSE_DATE('%Y%m%d', r.date_text)");
    expect(sql).toContain("DATE_TRUNC(day, MONTH) AS w");
    expect(sql).toContain("FORMAT_DATE('%Y-%m-%d', w) AS window_start");
    expect(sql).toContain("COUNTIF(sign = -1) AS conflictual");
    expect(sql).toContain("ARRAY_TO_STRING(ARRAY_AGG(REPLACE(id, ' ', '_') ORDER BY day, id LIMIT 5), ' ') AS ids");
    expect(sql).toContain("ids AS sample_ids");
    expect(sql).toContain("JOIN signs AS s ON s.code = SUBSTR(r.code, 1, 2)");
    expect(sql).toContain("STRUCT('01' AS code, 0 AS sign), STRUCT('02' AS code, 0 AS sign), STRUCT('03' AS code, 1 AS sign)");
    expect(sql).toContain("STRUCT('ROM' AS raw, 'ROU' AS iso)");
    expect(sql).not.toMatch(/read_csv|min_by|FILTER \(WHERE/);
    const duck = aggregationSql({ dialect: "duckdb", layout: LAYOUTS.gdelt, options: { window: "month", actors: "countries" }, files: ["x.csv"] });
    const stages = (s: string) => [...s.matchAll(/^(\w+) AS \(/gm)].map((m) => m[1]);
    expect(stages(sql)).toEqual(stages(duck));
  });

  it("is for GDELT only", async () => {
    expect(() => aggregationSql({ dialect: "bigquery", layout: LAYOUTS.icews, options: { window: "month", actors: "all" } })).toThrow(/GDELT/);
    const r = await runIngestCli("ingest", "--format", "icews", "--emit-sql", "bigquery");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--emit-sql bigquery is for GDELT's public table: use --format gdelt");
  });
});
