/**
 * The peer suite: Stancegraph and Gephi Lite (the closest peer: graphology + sigma 3 too) opening
 * the same generated GEXF files in the same headless Chromium, runs alternating app by app.
 *
 *   npm run bench -- --suites peer --peer-build DIR [--reps 5]
 *
 * DIR is a production build of gephi/gephi-lite (packages/gephi-lite/build, built by the user;
 * nothing of it is part of this project): see docs/benchmarks.md for how to build it. Not part of
 * CI, and not run by a plain `npm run bench` (it needs DIR).
 *
 * Per app and file: file chosen → drawn, the longest main-thread task in between, the JS heap after
 * a GC once drawn. And per app, start page → drawn: from navigation start to the first draw of the
 * same graph, Stancegraph's embedded default dataset (what it opens at start), which Gephi Lite
 * opens at start from its `?file=URL` parameter (the same dataset as a GEXF, served beside it). "Drawn" is detected the same way in both apps, from outside them: the first
 * animation frame after a sigma render pass that drew every node. The page's WebGL calls are
 * wrapped before either app starts; a pass is the instanced draws made on sigma's nodes canvas
 * (`canvas.sigma-nodes`) within one task, and it "drew every node" when their instance counts add
 * up to the file's number of nodes.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { generateDataset } from "../src/model/generate.ts";
import { writeGexf } from "../src/io/gexf.ts";
import { CHROMIUM_ARGS } from "../tests/browser/chromium.ts";
import { DEFAULT_DATASET_JSON } from "../src/data/defaultDataset.ts";
import type { Dataset } from "../src/model/schema.ts";
import { serveBuiltApp } from "./browser.ts";
import type { BenchContext, BenchRow, BenchSuite, SuiteResult } from "./types.ts";

/** The files of the issue's comparison: 1,000 actors / 2,606 relations and 5,000 / 12,853. */
export const PEER_FILES = [
  { actors: 1000, relations: 2606 },
  { actors: 5000, relations: 12_853 },
] as const;
const MIB = 1024 * 1024;
/** Where Gephi Lite's production build expects to be served (its vite `base`). */
const PEER_BASE = "/gephi-lite/";

export type PeerApp = "stancegraph" | "gephi-lite";

/**
 * Where the clock starts: `file` just before the file is handed to the app's file input; `start`
 * at navigation start (the page opening with the graph it draws at start).
 */
export type PeerFrom = "file" | "start";

/** One run of one app on one file. */
export interface PeerRun {
  app: PeerApp;
  /** Absent: `file` (runs recorded before the start-page measure). */
  from?: PeerFrom;
  actors: number;
  relations: number;
  drawnMs: number;
  longestTaskMs: number;
  heapMiB: number;
}

/**
 * The rows of the comparison: per file and measure, Stancegraph's median with Gephi Lite's median
 * as its baseline, so the ratio is Stancegraph ÷ Gephi Lite (below 1: Stancegraph is ahead).
 */
export function peerRows(runs: readonly PeerRun[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const fromOf = (r: PeerRun): PeerFrom => r.from ?? "file";
  // File runs first (by size, as they came), then the start page's.
  const groups = [...new Map(runs.map((r) => [`${fromOf(r)} ${r.actors}/${r.relations}`, r])).values()].sort((a, b) => Number(fromOf(a) === "start") - Number(fromOf(b) === "start"));
  const measures: Record<PeerFrom, Array<[string, "drawnMs" | "longestTaskMs" | "heapMiB", BenchRow["unit"]]>> = {
    file: [
      ["file chosen → graph drawn", "drawnMs", "ms"],
      ["longest main-thread task, file chosen → drawn", "longestTaskMs", "ms"],
      ["JS heap after GC, once drawn", "heapMiB", "MiB"],
    ],
    start: [
      ["start page → graph drawn", "drawnMs", "ms"],
      ["longest main-thread task, start page → drawn", "longestTaskMs", "ms"],
    ],
  };
  for (const group of groups) {
    const { actors, relations } = group;
    const from = fromOf(group);
    const of = (app: PeerApp) => runs.filter((r) => r.app === app && fromOf(r) === from && r.actors === actors && r.relations === relations);
    const ours = of("stancegraph");
    const theirs = of("gephi-lite");
    if (ours.length === 0) continue;
    for (const [measure, key, unit] of measures[from]) {
      const value = median(ours.map((r) => r[key]));
      const row: BenchRow = { suite: "peer", actors, relations, measure: `Stancegraph: ${measure}`, value, unit, reps: ours.length };
      if (theirs.length > 0) {
        const base = median(theirs.map((r) => r[key]));
        row.baseline = { measure: `Gephi Lite (${theirs.length} runs)`, value: base };
        row.ratio = value / base;
      }
      rows.push(row);
    }
  }
  return rows;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The suite; `peerBuild` is the Gephi Lite build directory (--peer-build). */
export function createPeerSuite(): BenchSuite {
  return {
    name: "peer",
    onlyWhenAsked: true,
    async run(context: BenchContext): Promise<SuiteResult> {
      const dir = context.peerBuild;
      if (!dir) throw new Error("the peer suite needs --peer-build DIR (a production build of gephi/gephi-lite; see docs/benchmarks.md)");
      if (!existsSync(join(dir, "index.html"))) throw new Error(`--peer-build ${dir}: no index.html there (expected gephi-lite's packages/gephi-lite/build)`);
      const reps = context.reps ?? (context.quick ? 1 : 5);
      // --sizes picks among the files (e.g. --sizes 1000); the start page is measured at every run.
      const files = context.quick ? PEER_FILES.slice(0, 1) : context.sizesGiven ? PEER_FILES.filter((f) => context.sizes.includes(f.actors)) : PEER_FILES;
      const tmp = mkdtempSync(join(tmpdir(), "stancegraph-bench-peer-"));
      // What Stancegraph draws at start, as a GEXF Gephi Lite can open from its address.
      const startDataset = DEFAULT_DATASET_JSON as Dataset;
      const startFile = { actors: startDataset.actors.length, relations: startDataset.relations.length };
      const startGexf = join(tmp, "start.gexf");
      writeFileSync(startGexf, writeGexf(startDataset, { mode: "dynamic" }));
      const ours = await serveBuiltApp(context);
      const peer = await serveStatic(dir, PEER_BASE, new Map([[START_PATH, startGexf]]));
      const peerUrl = `${peer.url}${PEER_BASE.slice(1)}`;
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
        headless: true,
      });
      const runs: PeerRun[] = [];
      // Alternating which app goes first, so drift (another job, a warm disk) hits both alike.
      const orderOf = (rep: number): PeerApp[] => (rep % 2 === 0 ? ["stancegraph", "gephi-lite"] : ["gephi-lite", "stancegraph"]);
      const logRun = (run: PeerRun, what: string) => context.log(`[peer] ${run.app} ${what}: drawn ${run.drawnMs.toFixed(0)} ms, longest task ${run.longestTaskMs.toFixed(0)} ms, heap ${run.heapMiB.toFixed(1)} MiB`);
      try {
        context.log(`[peer] start page: ${startFile.actors} actors / ${startFile.relations} relations (Stancegraph's default dataset; Gephi Lite opens it from ?file=)`);
        for (let rep = 0; rep < reps; rep++) {
          for (const app of orderOf(rep)) {
            const url = app === "stancegraph" ? ours.url : `${peerUrl}?file=${encodeURIComponent(`${peer.url}${START_PATH.slice(1)}`)}`;
            const run = await startIn(browser, app, url, startFile);
            logRun(run, "start page");
            runs.push(run);
          }
        }
        for (const size of files) {
          const path = join(tmp, `peer-${size.actors}.gexf`);
          const dataset = generateDataset({ actors: size.actors, relations: size.relations, years: 30, seed: 1 });
          writeFileSync(path, writeGexf(dataset, { mode: "dynamic" }));
          context.log(`[peer] ${size.actors} actors / ${size.relations} relations: ${(statSync(path).size / MIB).toFixed(1)} MiB of GEXF`);
          for (let rep = 0; rep < reps; rep++) {
            for (const app of orderOf(rep)) {
              const run = await openIn(browser, app, app === "stancegraph" ? ours.url : peerUrl, path, size);
              logRun(run, String(size.actors));
              runs.push(run);
            }
          }
        }
      } finally {
        await browser.close();
        ours.stop();
        peer.close();
        rmSync(tmp, { recursive: true, force: true });
      }
      return { rows: peerRows(runs), budgets: [], notes: PEER_NOTES };
    },
  };
}

export const peerSuite = createPeerSuite();

const PEER_NOTES = [
  "peer: Stancegraph against a production build of Gephi Lite (gephi/gephi-lite, built by the user, passed as --peer-build), both served locally, in the same headless Chromium; the same generated GEXF (`writeGexf(generateDataset(…), { mode: \"dynamic\" })`) opened through each app's own file input (Gephi Lite: Open a local file, then Open), runs alternating app by app, a fresh browser context per run.",
  "peer: 'drawn' is the first animation frame after a sigma render pass that drew every node, detected the same way in both apps: the page's WebGL draw calls are wrapped before the app starts, and the instanced draws on sigma's nodes canvas (canvas.sigma-nodes) within one task must add up to the file's node count. The clock starts just before the file is handed to the input.",
  "peer: start page → drawn: from navigation start (performance.now() = 0) to 'drawn' as above, for the graph each app draws at start, which is the same graph: Stancegraph opens its embedded default dataset (a fresh browser context has no stored one), Gephi Lite opens that dataset written as a dynamic GEXF from its `?file=URL` parameter (served from the same origin as the app, so the fetch is local). Runs alternate app by app, as above.",
  "peer: longest task is the longest PerformanceObserver 'longtask' entry from the clock's start to drawn; the heap is performance.memory.usedJSHeapSize after a forced GC (--js-flags=--expose-gc), once drawn. Ratios are Stancegraph ÷ Gephi Lite (below 1: Stancegraph is ahead).",
];

/**
 * Installed before either app: the long-task log, and the detector of 'drawn' (see the module
 * comment). A string, so no bundler helper leaks into the page. `startExpected`: the clock runs
 * from navigation start (performance.now() = 0) to a pass that drew that many nodes; null: the
 * suite starts it when it hands the file over.
 */
function peerInit(startExpected: number | null): string {
  const [expected, startedAt] = startExpected === null ? ["Infinity", "null"] : [String(startExpected), "0"];
  return `(() => {
  if (typeof globalThis.__name !== "function") globalThis.__name = (f) => f;
  const probe = { longTasks: [], expected: ${expected}, startedAt: ${startedAt}, drawnAt: null, passAt: null };
  window.__peer = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}
  let pass = 0;
  let open = false;
  const count = (gl, n) => {
    const canvas = gl.canvas;
    if (!canvas || !canvas.classList || !canvas.classList.contains("sigma-nodes") || probe.drawnAt !== null || probe.startedAt === null) return;
    if (!open) {
      open = true;
      queueMicrotask(() => { open = false; pass = 0; });
    }
    pass += n;
    if (pass >= probe.expected && probe.passAt === null) {
      probe.passAt = performance.now();
      requestAnimationFrame(() => { probe.drawnAt = performance.now(); });
    }
  };
  for (const proto of [window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, window.WebGLRenderingContext && WebGLRenderingContext.prototype]) {
    if (!proto) continue;
    if (proto.drawArraysInstanced) {
      const draw = proto.drawArraysInstanced;
      proto.drawArraysInstanced = function (mode, first, c, instances) { count(this, instances); return draw.apply(this, arguments); };
    }
    if (proto.drawElementsInstanced) {
      const draw = proto.drawElementsInstanced;
      proto.drawElementsInstanced = function (mode, c, type, offset, instances) { count(this, instances); return draw.apply(this, arguments); };
    }
  }
})();`;
}

interface PeerProbe {
  longTasks: { start: number; duration: number }[];
  expected: number;
  startedAt: number | null;
  drawnAt: number | null;
}

/** Opens `file` in `app` (a fresh context) and measures it. */
async function openIn(browser: Browser, app: PeerApp, url: string, file: string, size: { actors: number; relations: number }): Promise<PeerRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(peerInit(null));
    await page.goto(url);
    const input = app === "stancegraph" ? await readyStancegraph(page) : await readyGephiLite(page);
    await page.evaluate((n) => {
      const p = (window as unknown as { __peer: PeerProbe }).__peer;
      p.expected = n;
      p.startedAt = performance.now();
    }, size.actors);
    await input.setInputFiles(file);
    // Gephi Lite opens the chosen file on its Open button; Stancegraph on the choice itself.
    // Its import then runs on the main thread, which can hold the click's return past the default
    // 30 s on a loaded machine; the clock is the page's own, so waiting longer changes no figure.
    if (app === "gephi-lite") await page.locator('button[form="openForm"]').click({ timeout: 10 * 60_000 });
    return { app, from: "file", ...size, ...(await whenDrawn(page)) };
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` (a fresh context: no stored dataset, so Stancegraph opens its default) and measures
 * navigation start → drawn, `size.actors` being the nodes of the graph the app draws at start.
 */
async function startIn(browser: Browser, app: PeerApp, url: string, size: { actors: number; relations: number }): Promise<PeerRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(peerInit(size.actors));
    await page.goto(url);
    return { app, from: "start", ...size, ...(await whenDrawn(page)) };
  } finally {
    await context.close();
  }
}

/** Waits for 'drawn', then reads the time since the clock started, the longest task, the heap. */
async function whenDrawn(page: Page): Promise<{ drawnMs: number; longestTaskMs: number; heapMiB: number }> {
  await page.waitForFunction(() => (window as unknown as { __peer: PeerProbe }).__peer.drawnAt !== null, null, { timeout: 10 * 60_000, polling: 200 });
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __peer: PeerProbe }).__peer;
    const tasks = p.longTasks.filter((t) => t.start + t.duration >= p.startedAt! && t.start <= p.drawnAt!);
    return { drawnMs: p.drawnAt! - p.startedAt!, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
  });
  const heap = await page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
  });
  return { ...probe, heapMiB: heap / MIB };
}

async function readyStancegraph(page: Page) {
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 60_000 });
  return page.locator("input.import-input");
}

/** Gephi Lite's welcome dialog → "Open a local file" → its file input. */
async function readyGephiLite(page: Page) {
  await page.locator('button[title="Open a local file"]').click({ timeout: 60_000 });
  const input = page.locator('.modal input[type="file"]');
  await input.waitFor({ state: "attached", timeout: 30_000 });
  return input;
}

const TYPES = new Map([
  [".html", "text/html; charset=utf-8"],
  [".js", "text/javascript"],
  [".css", "text/css"],
  [".json", "application/json"],
  [".svg", "image/svg+xml"],
  [".png", "image/png"],
  [".ico", "image/x-icon"],
  [".woff", "font/woff"],
  [".woff2", "font/woff2"],
  [".ttf", "font/ttf"],
  [".webmanifest", "application/manifest+json"],
  [".wasm", "application/wasm"],
]);

/** Where the peer's server serves the start page's GEXF (outside Gephi Lite's base, same origin). */
const START_PATH = "/stancegraph-start/south-caucasus.gexf";

/**
 * Serves `dir` under `base` (index.html for unknown paths, as a single-page app wants), and each
 * of `extra`'s paths from its file.
 */
export function serveStatic(dir: string, base: string, extra: ReadonlyMap<string, string> = new Map()): Promise<{ url: string; close(): void }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const own = extra.get(path);
    if (own !== undefined) {
      res.writeHead(200, { "content-type": "application/xml; charset=utf-8" });
      res.end(readFileSync(own));
      return;
    }
    const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
    let file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir)) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, "index.html");
    res.writeHead(200, { "content-type": TYPES.get(extname(file)) ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => void server.close() })));
}
