/**
 * The ingest benchmark (issue 15): synthetic ICEWS-layout event files of 1 and 4 million events
 * (`stancegraph ingest --format icews --synthetic N --seed 1`), ingested to a dataset with DuckDB.
 *
 * - floor: reading the file through once (a stream, counting lines), the least any reader pays;
 * - DuckDB scan: DuckDB reading the same file with the same CSV options and counting rows;
 * - ingest: file → dataset (DuckDB aggregation, thresholds, merging, provenance, JSON), end to end;
 * - peak memory (maxRSS) of each, each in a process of its own (bench/ingestChild.ts), so the
 *   figures at 1M and 4M are comparable: flat memory means the 4M peak is close to the 1M one;
 * - the TypeScript engine (what the browser runs, reading the file whole) at the smaller size.
 *
 * `--quick` runs 20,000 events once. Sizes here are numbers of events, not of actors: the suite
 * ignores --sizes. Run it alone: `npm run bench -- --suites ingest --out-dir /tmp/b`.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticEventChunks } from "../src/io/ingest/synthetic.ts";
import type { BenchContext, BenchRow, BenchSuite, BudgetLine, SuiteResult } from "./types.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FULL_SIZES = [1_000_000, 4_000_000];
const QUICK_SIZES = [20_000];
const BUDGET_EVENTS = 1_000_000;
const BUDGET_MS = 10_000;

interface ChildResult {
  ms: number;
  cpuMs: number;
  maxRssMiB: number;
  lines?: number;
  relations?: number;
}

function child(mode: string, file: string): ChildResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/ingestChild.ts", mode, file], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench/ingestChild.ts ${mode} failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function writeSynthetic(file: string, events: number): Promise<number> {
  const started = performance.now();
  const out = createWriteStream(file);
  for (const chunk of syntheticEventChunks({ format: "icews", events, seed: 1 })) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  return performance.now() - started;
}

export const ingestSuite: BenchSuite = {
  name: "ingest",
  async run(context: BenchContext): Promise<SuiteResult> {
    const sizes = context.quick ? QUICK_SIZES : FULL_SIZES;
    const reps = context.reps ?? (context.quick ? 1 : 3);
    const dir = mkdtempSync(join(tmpdir(), "stancegraph-ingest-bench-"));
    const rows: BenchRow[] = [];
    const peaks = new Map<number, number>();
    let budgetMs: number | undefined;
    try {
      for (const events of sizes) {
        const file = join(dir, `events-${events}.tab`);
        context.log(`[ingest] ${events} events: writing the synthetic ICEWS file`);
        const genMs = await writeSynthetic(file, events);
        const mib = statSync(file).size / 1024 / 1024;
        const row = (measure: string, value: number, unit: BenchRow["unit"], n: number, baseline?: { measure: string; value: number }) =>
          rows.push({ suite: "ingest", actors: events, relations: 0, measure, value, unit, reps: n, ...(baseline ? { baseline, ratio: value / baseline.value } : {}) });
        const label = `${events.toLocaleString("en")} ICEWS events, ${mib.toFixed(0)} MiB`;
        row(`write the synthetic file (${label})`, genMs, "ms", 1);
        row(`event file size (${label})`, mib, "MiB", 1);

        const reads: ChildResult[] = [];
        const scans: ChildResult[] = [];
        const ingests: ChildResult[] = [];
        for (let i = 0; i < reps; i++) {
          // Alternate within a repetition, so drift hits all three alike.
          context.log(`[ingest] ${events} events: repetition ${i + 1} of ${reps}`);
          reads.push(child("read", file));
          scans.push(child("scan", file));
          ingests.push(child("ingest", file));
        }
        const floor = { measure: "read the file once (stream, count lines): floor", value: median(reads.map((r) => r.ms)) };
        row(`DuckDB reads the file, counting rows (${label})`, median(scans.map((r) => r.ms)), "ms", reps, floor);
        const ingestMs = median(ingests.map((r) => r.ms));
        row(`ingest to a dataset, DuckDB (${label}; ${ingests[0]!.relations} relations)`, ingestMs, "ms", reps, floor);
        row(
          `ingest to a dataset, DuckDB, CPU time of all threads (${label})`,
          median(ingests.map((r) => r.cpuMs)),
          "ms",
          reps,
          { measure: "CPU time of the read-once process", value: median(reads.map((r) => r.cpuMs)) },
        );
        if (events === BUDGET_EVENTS || context.quick) budgetMs = ingestMs;
        const peak = Math.max(...ingests.map((r) => r.maxRssMiB));
        peaks.set(events, peak);
        row(`peak memory of the ingest process (${label})`, peak, "MiB", reps, { measure: "peak memory of the read-once process", value: Math.max(...reads.map((r) => r.maxRssMiB)) });
        if (events === sizes[0]) {
          context.log(`[ingest] ${events} events: the TypeScript engine`);
          const ts = child("ingest-ts", file);
          row(`ingest to a dataset, TypeScript engine, file read whole (${label})`, ts.ms, "ms", 1, floor);
          row(`peak memory of the TypeScript ingest (${label})`, ts.maxRssMiB, "MiB", 1);
        }
        rmSync(file);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const budgets: BudgetLine[] = [];
    if (budgetMs !== undefined) {
      budgets.push({ pass: budgetMs <= BUDGET_MS, text: `${sizes[0]!.toLocaleString("en")} ICEWS events ingested in at most ${BUDGET_MS / 1000} s: ${(budgetMs / 1000).toFixed(2)} s` });
    }
    if (peaks.size >= 2) {
      const [small, large] = [...peaks.entries()].sort((a, b) => a[0] - b[0]);
      const ratio = large![1] / small![1];
      budgets.push({
        pass: ratio <= 1.5,
        text: `memory stays flat as the file grows: peak ${small![1].toFixed(0)} MiB at ${small![0].toLocaleString("en")} events, ${large![1].toFixed(0)} MiB at ${large![0].toLocaleString("en")} (${ratio.toFixed(2)}×, budget 1.5×)`,
      });
    }
    const notes = [
      "Ingest: each figure is one process (bench/ingestChild.ts) timed from inside, without Node's start-up; DuckDB runs with 2 threads and its default memory limit.",
      "The floor streams the file once and counts its lines; DuckDB's own scan of the same file with the same CSV options is shown against it too.",
      "CPU time (user + system, all threads) is the work done whatever else runs on the machine; wall-clock times grow with the load average printed above.",
    ];
    return { rows, budgets, notes };
  },
};
