/**
 * The command line's start-up: `stancegraph validate` on the default dataset, the call a user or a
 * pipeline makes most, timed as a whole process (spawn to exit) next to `node -e 0`, the floor any
 * Node program pays. Also the same call through tsx on the TypeScript sources, which is how every
 * call ran before the CLI was built to JavaScript (and how bin/stancegraph.js still runs it when
 * the build is stale), so the gain is measured in the same run.
 *
 * The suite builds the CLI first (scripts/cli/build.ts, as `npm run build:cli` does), so it never
 * times a stale build. The three commands alternate within each repetition so that drift (other
 * processes, CPU frequency) hits all of them alike; each figure is the median.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildCli } from "../scripts/cli/build.ts";
import type { BenchContext, BenchRow, BenchSuite, SuiteResult } from "./types.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/stancegraph.js", import.meta.url));
/** The start-up budget of issue #12. */
const BUDGET_MS = 300;

/** Wall time of one process run to its exit, in ms; throws when it fails. */
function timeProcess(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${r.status}: ${r.stderr.slice(0, 400)}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const cliSuite: BenchSuite = {
  name: "cli",
  async run(context: BenchContext): Promise<SuiteResult> {
    const build = await buildCli(root);
    context.log(`[cli] built ${build.bundle} (${build.bundled.length} packages inside)`);
    const dataset = JSON.parse(readFileSync(new URL("../graph-data/karabakh.json", import.meta.url), "utf8")) as { actors: unknown[]; relations: unknown[] };
    const reps = context.reps ?? (context.quick ? 3 : 15);
    const floor: number[] = [];
    const built: number[] = [];
    const sources: number[] = [];
    // One untimed round first: the file cache, not the tool, would otherwise pay the first call.
    const commands = {
      floor: ["-e", "0"],
      built: [BIN, "validate"],
      sources: ["--import", "tsx", "--input-type=module", "-e", `const { runCli } = await import(${JSON.stringify(`${root}src/cli/main.ts`)}); process.exitCode = await runCli(["validate"]);`],
    };
    for (const args of Object.values(commands)) timeProcess(args);
    for (let i = 0; i < reps; i++) {
      floor.push(timeProcess(commands.floor));
      built.push(timeProcess(commands.built));
      sources.push(timeProcess(commands.sources));
      context.log(`[cli] repetition ${i + 1} of ${reps}`);
    }
    const baseline = { measure: "node -e 0 (floor)", value: median(floor) };
    const row = (measure: string, times: number[]): BenchRow => {
      const value = median(times);
      return { suite: "cli", actors: dataset.actors.length, relations: dataset.relations.length, measure, value, unit: "ms", reps, baseline, ratio: value / baseline.value };
    };
    const rows = [row("stancegraph validate, built CLI (default dataset)", built), row("stancegraph validate through tsx, from the TypeScript sources", sources)];
    return {
      rows,
      budgets: [
        {
          pass: rows[0]!.value <= BUDGET_MS,
          text: `stancegraph validate on the default dataset at most ${BUDGET_MS} ms: ${Math.round(rows[0]!.value)} ms (node -e 0: ${Math.round(baseline.value)} ms; through tsx: ${Math.round(rows[1]!.value)} ms)`,
        },
      ],
      notes: [
        `Command line: whole processes, spawn to exit, on the default dataset (${dataset.actors.length} actors, ${dataset.relations.length} relations); the built CLI is bin/stancegraph.js running dist-cli/stancegraph.mjs with ${build.bundled.length} packages bundled in (${build.external.length} left in node_modules).`,
      ],
    };
  },
};
