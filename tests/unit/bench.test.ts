/**
 * The smoke benchmark: the bench runs at a tiny size and reports numbers, baselines and budget
 * lines. It checks that the bench works, never how fast anything is.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BenchUsageError, HAND_WRITTEN, parseBenchArgs, renderSummary, runBench, withHandWritten, type BenchOptions } from "../../bench/run.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the bench runner", () => {
  it("runs the quick Node suite and writes the table, the budgets and the machine", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "stancegraph-bench-"));
    // The last run's file, with what was written by hand below the line.
    const hand = "## An analysis\n\nWritten by hand, with | a table | cell |.\n";
    writeFileSync(join(outDir, "benchmarks.md"), `# Benchmarks\n\n| old | table |\n\n${HAND_WRITTEN}\n\n${hand}`);
    const report = await runBench({ sizes: [60], quick: true, outDir, suites: ["node"], log: () => {} });

    expect(report.rows.length).toBeGreaterThanOrEqual(10);
    for (const row of report.rows) {
      expect(row).toMatchObject({ suite: "node", actors: 60, relations: 600 });
      // A measure can round to 0 on a fast machine (a one-day step is microseconds): finite and not negative.
      expect(Number.isFinite(row.value) && row.value >= 0, `${row.measure}: ${row.value}`).toBe(true);
    }
    const measures = report.rows.map((r) => r.measure);
    for (const m of ["parse + validate", "build graph", "build interval index", "active-at", "changes for a one-day step", "diff of two dates", "layout", "analytics series", "heap retained"]) {
      expect(measures.some((x) => x.startsWith(m))).toBe(true);
    }
    // Each timed-against-a-baseline measure carries the baseline and the ratio from the same run.
    const baselined = report.rows.filter((r) => r.baseline);
    expect(baselined.map((r) => r.baseline!.measure)).toEqual([
      "JSON.parse alone (floor)",
      "plain scan of all relations",
      "activeAt on both days + set difference",
      "case-insensitive substring filter of the labels",
      "balanceAt on one date (full recount)",
    ]);
    for (const r of baselined) expect(r.ratio).toBeCloseTo(r.value / r.baseline!.value, 10);

    expect(report.budgets).toHaveLength(3);
    for (const b of report.budgets) expect(typeof b.pass).toBe("boolean");
    expect(report.budgets[2]!.text).toMatch(/^loading 60 actors \/ 600 relations completes .*: [\d.]+ s, heap retained \d+ MiB, peak RSS \d+ MiB$/);

    const md = readFileSync(join(outDir, "benchmarks.md"), "utf8");
    expect(md).toContain("| Size | Measure | Median | Baseline (same run) | Baseline median | Ratio | Reps |");
    expect(md).toMatch(/^(PASS|FAIL) {2}active-at with the interval index is faster than a plain scan at 60 actors/m);
    expect(md).toMatch(/^(PASS|FAIL) {2}loading 60 actors/m);
    expect(md).toContain(`${report.machine.cores} cores`);
    // The at-a-glance table: one line per measure, one column per size, ratios in brackets.
    expect(md).toContain("| Measure | 60 actors / 600 relations |");
    expect(md).toMatch(/^\| active-at a date \| [\d.]+ ms \([\d.]+×\) \|$/m);
    // The old tables replaced, the hand-written part kept below the line, once.
    expect(md).not.toContain("| old | table |");
    expect(md.endsWith(`\n${HAND_WRITTEN}\n\n${hand}`)).toBe(true);
    expect(md.split(HAND_WRITTEN)).toHaveLength(2);
    const json = JSON.parse(readFileSync(join(outDir, "benchmarks.json"), "utf8"));
    expect(json.machine).toMatchObject({ node: process.version, cores: expect.any(Number), memoryGiB: expect.any(Number), cpu: expect.any(String) });
    expect(json.machine.loadAverage).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    expect(Date.parse(json.date)).not.toBeNaN();
    expect(json.rows).toHaveLength(report.rows.length);
    expect(json.budgets).toEqual(report.budgets);
  });

  it("runs the labels suite: a still frame's labels with the lines' points kept, next to the frame sampled afresh, and that moving frame next to labels placed without regard to the lines", async () => {
    const report = await runBench({ sizes: [60], quick: true, outDir: null, suites: ["labels"], log: () => {} });
    expect(report.rows).toHaveLength(2);
    const [row, moving] = report.rows as [(typeof report.rows)[number], (typeof report.rows)[number]];
    expect(row).toMatchObject({ suite: "labels", actors: 60, relations: 150, unit: "ms", baseline: { measure: "the same frame, lines sampled afresh" } });
    expect(row.value > 0 && row.baseline!.value > 0).toBe(true);
    expect(row.ratio).toBeCloseTo(row.value / row.baseline!.value, 10);
    // The moving frame is the first row's baseline, priced against the plain placement.
    expect(moving).toMatchObject({ suite: "labels", actors: 60, relations: 150, unit: "ms", baseline: { measure: "the same frame, labels placed without regard to the lines" } });
    expect(moving.value).toBe(row.baseline!.value);
    expect(moving.baseline!.value).toBeGreaterThan(0);
    expect(moving.ratio).toBeCloseTo(moving.value / moving.baseline!.value, 10);
    // Its size (60 actors / 150 relations) has its own column beside the model's 60 / 600.
    const model = { suite: "node", actors: 60, relations: 600, measure: "build graph (buildGraph)", value: 1, unit: "ms" as const, reps: 1 };
    expect(renderSummary([model, row]).split("\n")[0]).toBe("| Measure | 60 actors / 600 relations | 60 actors / 150 relations |");
  });

  it("keeps the hand-written part of benchmarks.md below its line, and starts one when the file has none", () => {
    const generated = "# Benchmarks\n\n| a | b |\n";
    expect(withHandWritten(generated, null)).toBe(`# Benchmarks\n\n| a | b |\n\n${HAND_WRITTEN}\n`);
    const once = withHandWritten(generated, `# Old\n\n${HAND_WRITTEN}\n\n## Notes by hand\n\ntext\n`);
    expect(once).toBe(`# Benchmarks\n\n| a | b |\n\n${HAND_WRITTEN}\n\n## Notes by hand\n\ntext\n`);
    // Written again and again, it stays the same.
    expect(withHandWritten(generated, once)).toBe(once);
  });

  it("is what `npm run bench -- --quick` runs: prints the table and the budget lines, writes nothing", { timeout: 180_000 }, () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--quick", "--sizes", "40", "--suites", "node"], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toContain("[node] 40 actors / 400 relations: layout");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("| 40 actors / 400 relations | parse + validate |");
    expect(r.stdout.match(/^(PASS|FAIL) {2}/gm)).toHaveLength(3);
    expect(r.stdout).toContain("Nothing written");
  });
});

describe("bench flags", () => {
  const parse = (...argv: string[]) => parseBenchArgs(argv) as BenchOptions;

  it("defaults to 1k, 10k and 50k actors written to docs/", () => {
    const o = parse();
    expect(o.sizes).toEqual([1000, 10_000, 50_000]);
    expect(o.outDir).toBe(join(root, "docs/"));
    expect(o.quick).toBe(false);
  });

  it("reads --sizes with a k suffix, sorted and without repeats; --quick writes nothing unless told where", () => {
    expect(parse("--sizes", "10k,1000,1k").sizes).toEqual([1000, 10_000]);
    expect(parse("--quick")).toMatchObject({ quick: true, outDir: null, sizes: [200] });
    expect(parse("--quick", "--out-dir", "/tmp/x").outDir).toBe("/tmp/x");
    expect(parse("--no-write").outDir).toBeNull();
    // A run of chosen suites would replace the full run's tables in docs/ with its own: it writes only when told where.
    expect(parse("--suites", "suggest").outDir).toBeNull();
    expect(parse("--suites", "suggest", "--out-dir", "/tmp/x").outDir).toBe("/tmp/x");
    expect(parse().outDir).toMatch(/docs\/?$/);
    expect(parse("--reps", "4").reps).toBe(4);
    expect(parseBenchArgs(["--help"])).toBe("help");
  });

  it.each([
    [["--sizes", "abc"], '--sizes: "abc" is not a number of actors'],
    [["--sizes", "5"], '--sizes: "5" is not a number of actors'],
    [["--reps", "0"], '--reps "0" is not a positive whole number'],
    [["--suites", "gpu"], 'unknown suite "gpu" (have: node, labels, browser, browser-gexf, cli, edit, edit-ui, suggest, ingest, peer)'],
    [["--fast"], "Unknown option '--fast'"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
