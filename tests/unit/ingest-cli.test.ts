import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { validateDataset } from "../../src/model/validate.ts";
import { syntheticEventChunks } from "../../src/io/ingest/synthetic.ts";
import { parseEvents } from "../../src/io/ingest/parseEvents.ts";
import { LAYOUTS } from "../../src/io/ingest/layouts.ts";
import { GDELT_COLUMNS } from "../../src/io/ingest/layouts.ts";
import { ingestFixture, runIngestCli } from "./ingestHelpers.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "sg-ingest-"));

describe("stancegraph ingest", () => {
  it("ingests the bundled GDELT sample (gzipped) into a valid dataset", async () => {
    const r = await runIngestCli("ingest", "--format", "gdelt", ingestFixture("gdelt-2023.export.CSV.gz"), "--out", "x.json", "--id", "caucasus-2023");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^wrote x\.json: 6 actors, 7 relations \(4 cooperation, 3 conflict\) from 18 dyad-quarters/);
    const dataset = JSON.parse(String(r.files.get("x.json")));
    expect(dataset.id).toBe("caucasus-2023");
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it("applies --window, --min-events, --margin and --actors", async () => {
    const r = await runIngestCli("ingest", "--format", "icews", ingestFixture("icews-2023.tab"), "--window", "month", "--min-events", "2", "--margin", "0.5", "--actors", "all");
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.actors.some((a: { id: string }) => a.id === "United-Nations")).toBe(true);
    expect(d.relations[0].evidence[0].derived.rule).toMatch(/per month, at least 2 .* ≥ 0\.5/);
  });

  it("refuses bad arguments with exit 2 and a hint", async () => {
    const cases: Array<[string[], string]> = [
      [["--format", "csv", "f"], 'unknown --format "csv" (use gdelt, icews, plover, dyad-counts)'],
      [["--format", "gdelt"], "give at least one FILE to ingest"],
      [["--format", "gdelt", "f", "--window", "week"], 'unknown --window "week"'],
      [["--format", "gdelt", "f", "--margin", "1.5"], '--margin "1.5" is not a number from 0 to 1'],
      [["--format", "gdelt", "f", "--min-events", "0"], '--min-events "0" is not a whole number from 1'],
      [["--format", "gdelt", "--emit-sql", "duckdb"], "--emit-sql duckdb needs the event FILEs"],
      [["--format", "gdelt", "--synthetic", "10"], "--synthetic needs --out FILE"],
    ];
    for (const [argv, message] of cases) {
      const r = await runIngestCli("ingest", ...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toContain(message);
    }
  });

  it("says which file and line is wrong, with exit 1", async () => {
    const dir = tmp();
    const short = join(dir, "short.CSV");
    const good = readFileSync(ingestFixture("gdelt-2023.export.CSV"), "utf8").split("\n");
    writeFileSync(short, [good[0], good[1], good[2]!.split("\t").slice(0, 58).join("\t"), good[3]].join("\n"));
    for (const engine of ["duckdb", "typescript"]) {
      const r = await runIngestCli("ingest", "--format", "gdelt", short, "--engine", engine);
      expect(r.code, engine).toBe(1);
      expect(r.err, engine).toContain(short);
    }
    const duck = await runIngestCli("ingest", "--format", "gdelt", short);
    expect(duck.err).toMatch(/DuckDB could not read this as gdelt: .*Line: 3 Original Line: "1100000003\\t20230315.{0,80}…" Expected Number of Columns: 61 Found: 58/);
    const ts = await runIngestCli("ingest", "--format", "gdelt", short, "--engine", "typescript");
    expect(ts.err).toContain(`${short}, line 3: expected 61 tab-separated columns (GDELT 2.0 export), found 58`);
    const missing = await runIngestCli("ingest", "--format", "plover", join(dir, "nope.json"));
    // A file named on the command line that is not there is a mistake in the call, as in every command.
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`cannot read event file "${join(dir, "nope.json")}": no such file`);
  });

  it("prints the DuckDB query over the given files", async () => {
    const file = ingestFixture("icews-2023.tab");
    const r = await runIngestCli("ingest", "--format", "icews", "--emit-sql", "duckdb", file, "--window", "year");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`read_csv(['${file}'], delim = '\\t', header = true`);
    expect(r.out).toContain("CAST(date_trunc('year', day) AS DATE) AS w");
  });

  it("writes seeded synthetic event files in each layout, gzipped on request", async () => {
    const dir = tmp();
    for (const format of ["gdelt", "icews", "plover"] as const) {
      const out = join(dir, `s-${format}.gz`);
      const r = await runIngestCli("ingest", "--format", format, "--synthetic", "300", "--seed", "7", "--out", out);
      expect(r.code).toBe(0);
      const text = gunzipSync(readFileSync(out)).toString("utf8");
      expect(text).toBe([...syntheticEventChunks({ format, events: 300, seed: 7 })].join(""));
      expect([...parseEvents(LAYOUTS[format], text, out)]).toHaveLength(300);
    }
    const again = [...syntheticEventChunks({ format: "gdelt", events: 50, seed: 7 })].join("");
    expect(again).toBe([...syntheticEventChunks({ format: "gdelt", events: 50, seed: 7 })].join(""));
    expect(again).not.toBe([...syntheticEventChunks({ format: "gdelt", events: 50, seed: 8 })].join(""));
    expect(again.split("\n")[0]!.split("\t")).toHaveLength(GDELT_COLUMNS.length);
  });
});
