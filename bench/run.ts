/**
 * The benchmark runner behind `npm run bench`: runs each suite, prints one table (every measure
 * next to its baseline from the same run, with the ratio) and the budgets as PASS/FAIL lines (SKIP where a run leaves a measure out at its size), and
 * writes docs/benchmarks.md (the tables above its hand-written part, which it keeps) and docs/benchmarks.json with the machine and the date.
 *
 *   npm run bench                               1k, 10k and 50k actors (10 relations per actor)
 *   npm run bench -- --sizes 1000,10000         chosen sizes (a "k" suffix works: 1k,10k)
 *   npm run bench -- --quick                    a smoke run at a small size; writes nothing
 *   npm run bench -- --out-dir /tmp/b           write the reports elsewhere
 *
 * Suites are listed in SUITES; each returns rows and budgets: "node" (the model) and "browser"
 * (the built app in headless Chromium; see bench/browser.ts), "browser-gexf" (opening a 100,010-actor
 * GEXF through the file picker; bench/gexfLoad.ts), "labels" (a still frame's labels with the
 * lines' points kept vs sampled afresh, and that moving frame vs labels placed without regard to
 * the lines; bench/labels.ts). --suites node,browser chooses.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { nodeSuite } from "./node.ts";
import { browserSuite } from "./browser.ts";
import { cliSuite } from "./cli.ts";
import type { BenchContext, BenchRow, BenchSuite, BudgetLine } from "./types.ts";
import { suggestSuite } from "./suggest.ts";
import { ingestSuite } from "./ingest.ts";
import { editSuite } from "./edit.ts";
import { gexfLoadSuite } from "./gexfLoad.ts";
import { peerSuite } from "./peer.ts";
import { labelsSuite } from "./labels.ts";
import { editUiSuite } from "./editUi.ts";

/** Every suite, in order (ingest's sizes are numbers of events, chosen by the suite). */
export const SUITES: BenchSuite[] = [nodeSuite, labelsSuite, browserSuite, gexfLoadSuite, cliSuite, editSuite, suggestSuite, ingestSuite, peerSuite];
// The edit speed in the built app (issue #13): its own suite, after the engine's.
SUITES.splice(SUITES.indexOf(editSuite) + 1, 0, editUiSuite);

export interface BenchOptions {
  sizes: number[];
  /** --sizes was given (the peer suite then runs only its files of those sizes). */
  sizesGiven?: boolean | undefined;
  quick: boolean;
  reps?: number | undefined;
  /** Where to write benchmarks.md and .json; null: write nothing. */
  outDir: string | null;
  suites?: string[] | undefined;
  /** A production build of Gephi Lite for the peer suite (--peer-build DIR). */
  peerBuild?: string | undefined;
  log?: (message: string) => void;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /**
   * One-minute load average when the run started and ended. Above the number of cores, other
   * processes shared the CPU and the times are inflated accordingly.
   */
  loadAverage: { start: number; end: number };
}

export interface BenchReport {
  date: string;
  machine: Machine;
  options: { sizes: number[]; relationsPerActor: number; quick: boolean; reps: number | null; suites: string[] };
  durationSeconds: number;
  rows: BenchRow[];
  budgets: BudgetLine[];
  notes: string[];
  markdown: string;
}

const DEFAULT_SIZES = [1000, 10_000, 50_000];
const QUICK_SIZES = [200];
const RELATIONS_PER_ACTOR = 10;
const DOCS_DIR = fileURLToPath(new URL("../docs/", import.meta.url));

export class BenchUsageError extends Error {
  override name = "BenchUsageError";
}

/** Command-line flags → options. Throws BenchUsageError with what was wrong. */
export function parseBenchArgs(argv: string[]): BenchOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        sizes: { type: "string" },
        quick: { type: "boolean", default: false },
        reps: { type: "string" },
        "out-dir": { type: "string" },
        "no-write": { type: "boolean", default: false },
        suites: { type: "string" },
        "peer-build": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new BenchUsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  if (v.help) return "help";
  const quick = v.quick === true;
  const sizes = v.sizes === undefined ? (quick ? QUICK_SIZES : DEFAULT_SIZES) : parseSizes(v.sizes);
  let reps: number | undefined;
  if (v.reps !== undefined) {
    if (!/^[1-9]\d*$/.test(v.reps)) throw new BenchUsageError(`--reps "${v.reps}" is not a positive whole number`);
    reps = Number(v.reps);
  }
  const suites = v.suites?.split(",").map((s) => s.trim());
  for (const s of suites ?? []) {
    if (!SUITES.some((suite) => suite.name === s)) throw new BenchUsageError(`unknown suite "${s}" (have: ${SUITES.map((x) => x.name).join(", ")})`);
  }
  // The peer suite drives a build the user made: it needs the folder, and the folder needs the suite.
  const peerBuild = v["peer-build"] === undefined ? undefined : resolve(v["peer-build"]);
  if (suites?.includes("peer") && peerBuild === undefined) throw new BenchUsageError("--suites peer needs --peer-build DIR (a production build of gephi/gephi-lite; see docs/benchmarks.md)");
  if (peerBuild !== undefined && !suites?.includes("peer")) throw new BenchUsageError("--peer-build is for the peer suite: add --suites peer");
  // A quick run is a smoke test, and a run of chosen suites measures a part: they write the reports
  // only when asked where (written to docs/, one suite's table would replace the full run's).
  const outDir = v["no-write"] ? null : v["out-dir"] !== undefined ? resolve(v["out-dir"]) : quick || suites !== undefined ? null : DOCS_DIR;
  return { sizes, ...(v.sizes !== undefined ? { sizesGiven: true } : {}), quick, reps, outDir, suites, ...(peerBuild !== undefined ? { peerBuild } : {}) };
}

function parseSizes(text: string): number[] {
  const sizes = text.split(",").map((part) => {
    const m = /^\s*(\d+)(k?)\s*$/i.exec(part);
    const n = m ? Number(m[1]) * (m[2] ? 1000 : 1) : NaN;
    if (!Number.isSafeInteger(n) || n < 10 || n > 200_000) {
      throw new BenchUsageError(`--sizes: "${part}" is not a number of actors from 10 to 200000 (e.g. --sizes 1000,10k)`);
    }
    return n;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Runs the suites and writes the reports. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const suites = SUITES.filter((s) => (options.suites === undefined ? !s.onlyWhenAsked : options.suites.includes(s.name)));
  const context: BenchContext = { sizes: options.sizes, sizesGiven: options.sizesGiven, relationsPerActor: RELATIONS_PER_ACTOR, quick: options.quick, reps: options.reps, log, peerBuild: options.peerBuild };
  const rows: BenchRow[] = [];
  const budgets: BudgetLine[] = [];
  const notes: string[] = [];
  for (const suite of suites) {
    log(`[${suite.name}] starting`);
    const result = await suite.run(context);
    rows.push(...result.rows);
    budgets.push(...result.budgets);
    notes.push(...result.notes);
  }
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    options: { sizes: options.sizes, relationsPerActor: RELATIONS_PER_ACTOR, quick: options.quick, reps: options.reps ?? null, suites: suites.map((s) => s.name) },
    durationSeconds: (performance.now() - started) / 1000,
    rows,
    budgets,
    notes,
    markdown: "",
  };
  report.markdown = renderMarkdown(report);
  if (options.outDir !== null) {
    mkdirSync(options.outDir, { recursive: true });
    const file = join(options.outDir, "benchmarks.md");
    writeFileSync(file, withHandWritten(report.markdown, existsSync(file) ? readFileSync(file, "utf8") : null));
    const { markdown: _markdown, ...json } = report;
    writeFileSync(join(options.outDir, "benchmarks.json"), `${JSON.stringify(json, null, 2)}\n`);
  }
  return report;
}

export function machine(loadAtStart: number): Machine {
  const list = cpus();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    cpu: list[0]?.model.trim() || "unknown",
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]!) },
  };
}

// ── output ─────────────────────────────────────────────────────────────────────────────────────

/** "1k actors / 10k relations". */
export function sizeLabel(actors: number, relations: number): string {
  return `${compact(actors)} actors / ${compact(relations)} relations`;
}

function compact(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

export function formatValue(value: number, unit: BenchRow["unit"]): string {
  if (unit === "ms") {
    if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
    return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toFixed(3)} ms`;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}

function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toFixed(3)}×`;
}

/** The table as Markdown (also what the terminal shows: it reads fine as text). */
export function renderTable(rows: BenchRow[]): string {
  const lines = ["| Size | Measure | Median | Baseline (same run) | Baseline median | Ratio | Reps |", "|---|---|--:|---|--:|--:|--:|"];
  for (const r of rows) {
    lines.push(
      `| ${sizeLabel(r.actors, r.relations)} | ${r.measure} | ${formatValue(r.value, r.unit)} | ${r.baseline?.measure ?? ""} | ` +
        `${r.baseline ? formatValue(r.baseline.value, r.unit) : ""} | ${r.ratio === undefined ? "" : formatRatio(r.ratio)} | ${r.reps} |`,
    );
  }
  return lines.join("\n");
}

/**
 * The same figures at a glance: one line per measure, one column per size, each cell with its
 * ratio to the baseline. Measure names lose their parenthesised detail so sizes line up.
 */
export function renderSummary(rows: BenchRow[]): string {
  // A size is actors and relations together: a suite of its own size (labels: 60 / 150) never
  // shares a column with the model's 60 / 600.
  const sizes = [...new Map(rows.map((r) => [`${r.actors}/${r.relations}`, [r.actors, r.relations] as const])).values()];
  const name = (r: BenchRow) => r.measure.replace(/ \(.*\)$/, "");
  const names = [...new Set(rows.map(name))];
  const lines = [
    `| Measure | ${sizes.map(([a, m]) => sizeLabel(a, m)).join(" | ")} |`,
    `|---|${sizes.map(() => "--:").join("|")}|`,
  ];
  for (const n of names) {
    const cells = sizes.map(([a, m]) => {
      const r = rows.find((x) => x.actors === a && x.relations === m && name(x) === n);
      if (!r) return "";
      return r.ratio === undefined ? formatValue(r.value, r.unit) : `${formatValue(r.value, r.unit)} (${formatRatio(r.ratio)})`;
    });
    lines.push(`| ${n} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function renderBudgets(budgets: BudgetLine[]): string {
  return budgets.map((b) => `${b.pass ? "PASS" : b.skipped ? "SKIP" : "FAIL"}  ${b.text}`).join("\n");
}

/**
 * The line after which benchmarks.md is written by hand (the analyses, the runs of single suites,
 * the peer results): a run writes the tables above it and keeps what follows it as it was.
 */
export const HAND_WRITTEN = "<!-- Below: written by hand. `npm run bench` rewrites only what is above this line. -->";

/** The generated report, followed by the hand-written part of the file it replaces (if any). */
export function withHandWritten(generated: string, previous: string | null): string {
  const at = previous?.indexOf(HAND_WRITTEN) ?? -1;
  const kept = at >= 0 ? previous!.slice(at + HAND_WRITTEN.length).replace(/^\n+/, "") : "";
  return `${generated.replace(/\n*$/, "")}\n\n${HAND_WRITTEN}\n\n${kept}`.replace(/\n*$/, "\n");
}

function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  return `# Benchmarks

Generated by \`npm run bench\`${report.options.quick ? " (quick smoke run)" : ""} on ${report.date.slice(0, 10)}; the whole run took ${report.durationSeconds.toFixed(0)} s.
Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node} (${m.platform}); load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end${m.loadAverage.start > m.cores || m.loadAverage.end > m.cores ? " (other processes shared the CPU: times are inflated)" : ""}.
Datasets: \`stancegraph generate --actors N --relations ${report.options.relationsPerActor}N --years 30 --seed 1\`.
Each figure is the median of its repetitions; a baseline is timed in the same run, and the ratio is
measure ÷ baseline (below 1: faster than the baseline).

## At a glance

Ratios in brackets are to the baseline named in the full table.

${renderSummary(report.rows)}

## Every measure with its baseline

${renderTable(report.rows)}

## Budgets

\`\`\`
${renderBudgets(report.budgets)}
\`\`\`

## Notes

${report.notes.map((n) => `- ${n}`).join("\n")}
`;
}

const HELP = `Usage: npm run bench -- [--sizes 1000,10000,50000] [--quick] [--reps N] [--out-dir DIR] [--no-write] [--suites node,browser,cli] [--peer-build DIR]

  --sizes LIST   numbers of actors (10 relations each), e.g. 1000,10k,50k (default 1k,10k,50k)
  --quick        smoke run at ${QUICK_SIZES.join(",")} actors with few repetitions; writes nothing unless --out-dir
  --reps N       repetitions per measure (default: by size)
  --out-dir DIR  where to write benchmarks.md and benchmarks.json (default docs/)
  --no-write     print only
  --suites LIST  which suites to run (have: ${SUITES.map((s) => s.name).join(", ")}; "peer" only when named);
                 writes nothing unless --out-dir (the full run's tables in docs/ stay)
  --peer-build DIR  a production build of Gephi Lite for --suites peer (see docs/benchmarks.md)`;

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseBenchArgs(argv);
  } catch (e) {
    if (!(e instanceof BenchUsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n\n${HELP}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const report = await runBench(options);
  const m = report.machine;
  process.stdout.write(
    `\n${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage.start} → ${m.loadAverage.end} — ${report.date}\n\n` +
      `${renderTable(report.rows)}\n\n${renderBudgets(report.budgets)}\n\nTotal: ${report.durationSeconds.toFixed(1)} s\n`,
  );
  if (options.outDir !== null) process.stdout.write(`Wrote ${join(options.outDir, "benchmarks.md")} and benchmarks.json\n`);
  else process.stdout.write("Nothing written (quick run or --no-write; pass --out-dir DIR to keep the reports).\n");
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Exit outright: a browser that a crashed page left busy must not keep the run alive.
  process.exit(await main(process.argv.slice(2)));
}
