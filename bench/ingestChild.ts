/**
 * One measure of the ingest benchmark in a process of its own, so its peak memory is its own:
 *   node --import tsx bench/ingestChild.ts MODE FILE
 * MODE: read (stream the file once, counting lines: the floor), scan (DuckDB counts the rows of the
 * same file with the same CSV options), ingest (DuckDB engine, file to dataset JSON), ingest-ts
 * (the TypeScript engine). Prints one JSON line: { ms, cpuMs, maxRssMiB, lines?, relations? }.
 */
import { createReadStream } from "node:fs";
import { datasetJsonLines } from "../src/io/datasetJson.ts";
import { DuckDBInstance } from "@duckdb/node-api";
import { ingestEventFiles } from "../src/io/ingest/ingestFiles.ts";
import { DEFAULT_RULES } from "../src/io/ingest/buildDataset.ts";
import { ICEWS_COLUMNS } from "../src/io/ingest/layouts.ts";

const [mode, file] = process.argv.slice(2) as [string, string];
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const result: Record<string, number> = {};

if (mode === "read") {
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  result.lines = lines;
} else if (mode === "scan") {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  const columns = ICEWS_COLUMNS.map((c) => `'${c}': 'VARCHAR'`).join(", ");
  const reader = await connection.runAndReadAll(
    `SELECT count(*) AS n FROM read_csv('${file}', delim = '\\t', header = true, quote = '', escape = '', columns = {${columns}}, auto_detect = false, strict_mode = true)`,
  );
  result.lines = Number(reader.getRowObjectsJS()[0]!.n);
  connection.closeSync();
  instance.closeSync();
} else if (mode === "ingest" || mode === "ingest-ts") {
  const { dataset } = await ingestEventFiles("icews", [file], DEFAULT_RULES, { engine: mode === "ingest" ? "duckdb" : "typescript" });
  result.relations = dataset.relations.length;
  result.bytes = datasetJsonLines(dataset).length;
} else {
  throw new Error(`unknown mode ${mode}`);
}
result.ms = performance.now() - started;
// CPU time of every thread of the process (DuckDB's too): the work, whatever else shares the machine.
const cpu = process.cpuUsage(cpuAtStart);
result.cpuMs = (cpu.user + cpu.system) / 1000;
result.maxRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
