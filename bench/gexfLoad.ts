/**
 * The browser bench's GEXF measure (issue #17): opening a 100,010-actor GEXF through the app's
 * file picker, as a user does, until the new graph is ready and painted, next to the same dataset
 * opened as dataset JSON (the baseline). Such a file once stayed on its progress dialog for
 * minutes: the load-time layout priced an actor like a relation (src/model/prepare.ts).
 *
 * The dataset has one relation per actor (what "writing the nodes directly" gives: many actors,
 * few ties), generated as `stancegraph generate` does and exported as `stancegraph export --format
 * gexf --all` does. `npm run bench -- --suites browser-gexf` runs this measure alone; a quick run
 * uses the first --sizes value instead of 100,010 actors.
 */
import { datasetJsonLines } from "../src/io/datasetJson.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { generateDataset } from "../src/model/generate.ts";
import { writeGexf } from "../src/io/gexf.ts";
import { CHROMIUM_ARGS } from "../tests/browser/chromium.ts";
import { serveBuiltApp } from "./browser.ts";
import type { BenchContext, BenchRow, BenchSuite, SuiteResult } from "./types.ts";

const FULL_ACTORS = 100_010;
const MIB = 1024 * 1024;

export interface GexfSuiteOptions {
  /** An app already served; otherwise the suite builds and serves one. */
  baseUrl?: string;
}

interface Opened {
  ms: number;
  longestTaskMs: number;
}

export function createGexfLoadSuite(options: GexfSuiteOptions = {}): BenchSuite {
  return {
    name: "browser-gexf",
    async run(context: BenchContext): Promise<SuiteResult> {
      const actors = context.quick ? Math.max(20, context.sizes[0] ?? 60) : FULL_ACTORS;
      const relations = actors;
      const say = (what: string) => context.log(`[browser-gexf] ${actors} actors / ${relations} relations: ${what}`);
      const server = options.baseUrl ? null : await serveBuiltApp(context);
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
      const dir = mkdtempSync(join(tmpdir(), "stancegraph-bench-gexf-"));
      const rows: BenchRow[] = [];
      let error: string | undefined;
      try {
        say("generating");
        const dataset = generateDataset({ actors, relations, years: 20, seed: 1 });
        const files = { json: join(dir, "bench.json"), gexf: join(dir, "bench.gexf") };
        writeFileSync(files.json, datasetJsonLines(dataset));
        const gexf = writeGexf(dataset, { mode: "dynamic" });
        writeFileSync(files.gexf, gexf);
        const url = options.baseUrl ?? server!.url;
        say("opening the dataset JSON (baseline)");
        const json = await openThroughPicker(browser, url, files.json, actors);
        say(`opening the GEXF (${(gexf.length / MIB).toFixed(1)} MiB)`);
        const opened = await openThroughPicker(browser, url, files.gexf, actors);
        const row = (measure: string, value: number, baseline?: { measure: string; value: number }): void => {
          rows.push({ suite: "browser-gexf", actors, relations, measure, value, unit: "ms", reps: 1, ...(baseline ? { baseline, ratio: value / baseline.value } : {}) });
        };
        row("open a dynamic GEXF through the file picker → ready + painted", opened.ms, { measure: "the same dataset as dataset JSON", value: json.ms });
        row("longest main-thread task while opening the GEXF", opened.longestTaskMs);
      } catch (e) {
        error = e instanceof Error ? e.message.split("\n")[0]! : String(e);
        say(`failed: ${error}`);
      } finally {
        await browser.close();
        server?.stop();
        rmSync(dir, { recursive: true, force: true });
      }
      const what = `opening a GEXF of ${actors.toLocaleString("en")} actors / ${relations.toLocaleString("en")} relations in the browser completes`;
      const done = rows.find((r) => r.measure.startsWith("open a dynamic GEXF"));
      return {
        rows,
        budgets: [done ? { pass: true, text: `${what}: ${(done.value / 1000).toFixed(1)} s (dataset JSON: ${(done.baseline!.value / 1000).toFixed(1)} s)` } : { pass: false, text: `${what}: ${error ?? "did not load"}` }],
        notes: [
          "browser-gexf: one GEXF of 100,010 actors and as many relations (generated, exported as `stancegraph export --format gexf --all` does), opened through the app's file picker from the default dataset; timed from choosing the file to the new graph ready and painted (two animation frames), against the same dataset as dataset JSON opened the same way. One repetition each.",
        ],
      };
    },
  };
}

/** The suite as `npm run bench` runs it. */
export const gexfLoadSuite = createGexfLoadSuite();

/** Opens the app on the default dataset, picks `file`, and waits for its graph to be drawn. */
async function openThroughPicker(browser: Browser, url: string, file: string, actors: number): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names compiled functions with a helper the page lacks; the functions below may use it.
  await page.addInitScript("globalThis.__name = globalThis.__name || ((f) => f)");
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 60_000 });
    // In the page: the longest task, and the moment the new graph is there and two frames later.
    await page.evaluate((n) => {
      const w = window as unknown as { __gexf: { longest: number; doneAt: number | null; refused: boolean } };
      const probe: { longest: number; doneAt: number | null; refused: boolean } = (w.__gexf = { longest: 0, doneAt: null, refused: false });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration);
      }).observe({ type: "longtask" });
      const watch = setInterval(() => {
        if (document.querySelector(".import-errors[open]")) {
          probe.refused = true;
          clearInterval(watch);
        } else if (window.stancegraph?.model.dataset.actors.length === n) {
          clearInterval(watch);
          requestAnimationFrame(() => requestAnimationFrame(() => (probe.doneAt = performance.now())));
        }
      }, 50);
    }, actors);
    const start = await page.evaluate(() => performance.now());
    await page.locator("input.import-input").setInputFiles(file);
    await page.waitForFunction(
      () => {
        const p = (window as unknown as { __gexf: { doneAt: number | null; refused: boolean } }).__gexf;
        return p.doneAt !== null || p.refused;
      },
      null,
      { timeout: 20 * 60_000, polling: 1000 },
    );
    const probe = await page.evaluate(() => (window as unknown as { __gexf: { longest: number; doneAt: number | null; refused: boolean } }).__gexf);
    if (probe.refused || probe.doneAt === null) throw new Error(`the app refused ${file}: ${(await page.locator(".import-errors").textContent())?.slice(0, 200)}`);
    return { ms: probe.doneAt - start, longestTaskMs: probe.longest };
  } finally {
    await page.close();
  }
}
