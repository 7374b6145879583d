/**
 * The browser half of the benchmarks: the built app in Debian's headless Chromium, loading a
 * synthetic dataset the way a user's import does (its text kept in IndexedDB, validated on boot).
 *
 * - first render: navigation start → `body[data-ready]` and two animation frames (one painted);
 * - a date change (setDate through the store) until the next painted frame at that date (a long
 *   jump goes in legs, src/app/dateLegs.ts), against a plain `sigma.refresh()` of the same graph
 *   until the next painted frame (the floor);
 * - hover (the store's hover action, as sigma's enterNode dispatches it) until the next frame;
 * - frames per second during playback, against an idle page's frame rate;
 * - long tasks (PerformanceObserver "longtask") during load and while scrubbing (one setDate per
 *   frame for 60 frames);
 * - JS heap after load (performance.memory with --enable-precise-memory-info, after a GC).
 *
 * Each interaction is timed as "dispatch, then await two requestAnimationFrame": the first
 * callback runs before the frame that shows the change, the second after it was produced, which
 * is what a user waits for. An idle two-frame wait is reported too: nothing can beat it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { generateDataset } from "../src/model/generate.ts";
import { datasetJsonLines } from "../src/io/datasetJson.ts";
import { addDays, fromDay, toDay } from "../src/model/dates.ts";
import { CHROMIUM_ARGS, keepImport } from "../tests/browser/chromium.ts";
import { VITE, startPreview } from "../tests/browser/preview.ts";
import type { BenchContext, BenchRow, BenchSuite, BudgetLine, SuiteResult } from "./types.ts";

const YEARS = 30;
const SEED = 1;
const MIB = 1024 * 1024;
const root = fileURLToPath(new URL("../", import.meta.url));
/** Built apart from dist/ so a bench never swaps the files under someone's running tests. */
export const BENCH_DIST = `${root}node_modules/.cache/stancegraph-bench/dist`;
/** Where the page fetches the generated dataset from; answered by a Playwright route, not vite. */
const DATASET_PATH = "__bench/dataset.json";
/** The renderer's edge fade: a rep waits it out so the next one starts from a still picture. */
const SETTLE_MS = 450;
/** Scrubbing: one date per frame over this many frames. */
const SCRUB_FRAMES = 60;
const BUDGET_ACTORS = 10_000;
/** From this many actors the suite measures load, heap and date changes only (see NOTES). */
const LARGE_FROM = 20_000;
const BUDGET_RATIO = 1.5;
const BUDGET_LONG_TASK_MS = 200;
/** A hover repaints only the old and new neighbourhoods: at most this share of a full refresh. */
const BUDGET_HOVER_RATIO = 0.3;

export interface BrowserSuiteOptions {
  /** An app already served (the browser tests' server); otherwise the suite builds and serves one. */
  baseUrl?: string;
}

/** Figures of one size, kept for the budgets. */
export interface SizeFigures {
  actors: number;
  relations: number;
  loaded: boolean;
  error?: string;
  loadMs?: number;
  progressSeen?: boolean;
  scrubMaxTaskMs?: number;
  dateChange?: { scrub: number; day: number; floor: number };
  hover?: number;
}

export function createBrowserSuite(options: BrowserSuiteOptions = {}): BenchSuite {
  return {
    name: "browser",
    async run(context: BenchContext): Promise<SuiteResult> {
      const server = options.baseUrl ? null : await serveBuiltApp(context);
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        // Precise heap figures, and a GC the bench can call before reading them.
        args: [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
        headless: true,
      });
      const rows: BenchRow[] = [];
      const figures: SizeFigures[] = [];
      try {
        const baseUrl = options.baseUrl ?? server!.url;
        for (const actors of context.sizes) {
          const f = await measureSize(browser, baseUrl, actors, context, rows, server !== null);
          figures.push(f);
        }
      } finally {
        await browser.close();
        server?.stop();
      }
      return { rows, budgets: budgets(context, figures), notes: NOTES };
    },
  };
}

/** The suite as `npm run bench` runs it: builds the app and serves it itself. */
export const browserSuite = createBrowserSuite();

const NOTES = [
  "Browser: Debian's Chromium, headless, WebGL in software (SwiftShader), viewport 1280×800; the built app served by `vite preview`; the dataset is stored in IndexedDB as an import is, then the page reloads.",
  "Browser timings are dispatch → two requestAnimationFrame callbacks (the frame showing the change has been produced). The idle two-frame wait is taken right after a refresh, so it includes the frames still being rasterised; a plain `sigma.refresh()` (reindexing every node and edge through the reducers) is the floor a date change is compared with.",
  "A date change's main-thread work: from the dispatch until its last leg is done, plus the render of the frame that draws it (sigma's beforeRender → afterRender); a plain refresh's is its own call, which processes and renders at once. Neither counts the wait on the rasteriser, which '→ painted' includes: at 50k in software WebGL each drawn frame waits on one rasterisation of the whole picture (about 20 s), paid by a step and a refresh alike and caught by the two-frame wait at an arbitrary point.",
  "Date changes: a scrub step is 1/60 of the span (what dragging the slider does per frame), a one-day step is what playback does; each rep waits for the 350 ms edge fade to end first.",
  "Long tasks: every task over 50 ms the browser reports; 'during load' is navigation start → first render, 'while scrubbing' is one setDate per frame for 60 frames.",
  `From ${short(LARGE_FROM)} actors the browser suite measures load, heap and one date change only: software WebGL takes seconds per frame there, so hover, playback and scrubbing are skipped.`,
  "WebGL runs in software here (no GPU): frame times at 10k+ actors are dominated by rasterising every edge on the CPU, which a plain refresh pays too; on a real GPU both are far shorter.",
];

/**
 * `servedByUs`: the suite's own server serves the dataset as a file (a 128 MiB body through a
 * Playwright route goes over the DevTools protocol and can bring the page down); an app served by
 * someone else gets it through a route.
 */
async function measureSize(browser: Browser, baseUrl: string, actors: number, context: BenchContext, rows: BenchRow[], servedByUs: boolean): Promise<SizeFigures> {
  const relations = actors * context.relationsPerActor;
  const say = (what: string) => context.log(`[browser] ${actors} actors / ${relations} relations: ${what}`);
  const big = actors >= LARGE_FROM;
  const reps = context.reps ?? (context.quick ? 3 : big ? 1 : 7);
  const row = (measure: string, value: number, unit: BenchRow["unit"], n: number, baseline?: { measure: string; value: number }): void => {
    rows.push({ suite: "browser", actors, relations, measure, value, unit, reps: n, ...(baseline ? { baseline, ratio: value / baseline.value } : {}) });
  };
  const figures: SizeFigures = { actors, relations, loaded: false };

  say("generating");
  const dataset = generateDataset({ actors, relations, years: YEARS, seed: SEED });
  const text = datasetJsonLines(dataset);
  const span = dataset.span ?? { from: "1995-01-01", to: "2025-01-01" };

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  let crashed = false;
  page.on("crash", () => (crashed = true));
  try {
    await page.addInitScript(INIT_SCRIPT);
    if (servedByUs) {
      mkdirSync(`${BENCH_DIST}/__bench`, { recursive: true });
      writeFileSync(`${BENCH_DIST}/${DATASET_PATH}`, text);
    } else {
      await page.route(`**/${DATASET_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: text }));
    }
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 60_000 });
    say(`storing ${(text.length / MIB).toFixed(1)} MiB in IndexedDB`);
    await keepImport(page, "bench.json", { url: `${baseUrl}${DATASET_PATH}` });

    say("loading");
    const loadTimeout = big ? 15 * 60_000 : 5 * 60_000;
    await page.goto(baseUrl, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench?.paintedAt !== null || document.querySelector(".load-error") !== null, null, { timeout: loadTimeout, polling: 500 });
    const load = await page.evaluate(() => {
      const b = window.__bench!;
      const painted = b.paintedAt ?? Infinity;
      const tasks = b.longTasks.filter((t) => t.start < painted);
      return {
        paintedAt: b.paintedAt,
        error: document.querySelector(".load-error")?.textContent ?? null,
        relations: window.stancegraph?.model.dataset.relations.length ?? 0,
        progressSeen: b.progressSeen,
        taskCount: tasks.length,
        taskMax: Math.max(0, ...tasks.map((t) => t.duration)),
        taskTotal: tasks.reduce((s, t) => s + t.duration, 0),
      };
    });
    if (load.paintedAt === null || load.relations !== relations) throw new Error(`the app did not load the dataset: ${load.error ?? `${load.relations} relations shown`}`);
    figures.loaded = true;
    figures.loadMs = load.paintedAt;
    figures.progressSeen = load.progressSeen;
    row("first render (navigation → ready + painted frame)", load.paintedAt, "ms", 1);
    row("long tasks during load", load.taskCount, "tasks", 1);
    row("longest task during load", load.taskMax, "ms", 1);
    row("long tasks during load, total", load.taskTotal, "ms", 1);
    const heap = await page.evaluate(() => {
      (window as unknown as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
    });
    row("JS heap after load (after GC)", heap / MIB, "MiB", 1);

    say("date changes");
    const mid = fromDay(Math.floor((toDay(span.from) + toDay(span.to)) / 2));
    const scrubStep = Math.max(1, Math.round((toDay(span.to) - toDay(span.from)) / 60));
    const timing = await page.evaluate(TIME_DATE_CHANGES, {
      scrubDates: Array.from({ length: reps + 1 }, (_, i) => addDays(mid, i * scrubStep)),
      dayDates: Array.from({ length: reps + 1 }, (_, i) => addDays(mid, -10 + i)),
      settleMs: SETTLE_MS,
    });
    const floor = middle(timing.refresh);
    const idle = middle(timing.idle);
    figures.dateChange = { scrub: middle(timing.scrub), day: middle(timing.day), floor };
    row("two idle frames (floor of any interaction)", idle, "ms", reps);
    row(`date change, scrub step (${scrubStep} days) → painted`, middle(timing.scrub), "ms", reps, { measure: "plain sigma.refresh() → painted (floor)", value: floor });
    row("date change, one-day step → painted", middle(timing.day), "ms", reps, { measure: "plain sigma.refresh() → painted (floor)", value: floor });
    const work = { measure: "a plain sigma.refresh()'s (processing and render)", value: middle(timing.refreshWork) };
    row(`date change, scrub step: main-thread work to its frame's render (the rasteriser's wait left out)`, middle(timing.scrubWork), "ms", reps, work);
    row("date change, one-day step: main-thread work to its frame's render", middle(timing.dayWork), "ms", reps, work);
    row("longest task during a date change (scrub and one-day steps, fades included)", timing.stepTaskMax, "ms", 1, timing.refreshTaskMax > 0 ? { measure: "longest task of a plain sigma.refresh()", value: timing.refreshTaskMax } : undefined);

    say("memory a date change allocates");
    // From where the date changes ended: scrub steps, then one-day steps, then plain refreshes.
    const from = addDays(mid, -10 + reps);
    const allocation = { scrub: [] as number[], day: [] as number[], refresh: [] as number[] };
    for (let i = 1; i <= reps; i++) allocation.scrub.push(await allocatedDuring(page, STEP_TO, addDays(from, i * scrubStep)));
    for (let i = 1; i <= reps; i++) allocation.day.push(await allocatedDuring(page, STEP_TO, addDays(from, reps * scrubStep + i)));
    for (let i = 1; i <= reps; i++) allocation.refresh.push(await allocatedDuring(page, REFRESH, ""));
    const refreshAllocated = { measure: "a plain sigma.refresh()", value: middle(allocation.refresh) };
    row(`date change, scrub step (${scrubStep} days): memory allocated, legs included`, middle(allocation.scrub), "MiB", reps, refreshAllocated);
    row("date change, one-day step: memory allocated", middle(allocation.day), "MiB", reps, refreshAllocated);

    say("a frame's main-thread work");
    const frame = await page.evaluate(TIME_RENDER, { reps });
    row("a frame's main-thread work: sigma's render + the label layer", middle(frame.withLabels), "ms", reps, { measure: "sigma's render alone (label layer detached)", value: middle(frame.without) });

    say("Analysis tab");
    const tab = await page.evaluate(MEASURE_ANALYSIS_TAB, { timeoutMs: big ? 30 * 60_000 : 5 * 60_000 });
    row(`Analysis tab: open → figures drawn (${tab.inWorker ? "in the analysis worker" : "on the page"})`, tab.ms, "ms", 1);
    row("longest task while the Analysis tab computes", tab.taskMax, "ms", 1);

    if (big) {
      // Software WebGL takes seconds per frame at this size: playback and scrubbing would take
      // many minutes and say only that. Load, heap and a date change are what this size is for.
      say("large size: skipping hover, playback and scrubbing");
      return figures;
    }
    say("hover");
    const hover = await page.evaluate(TIME_HOVER, { reps });
    figures.hover = middle(hover);
    row("hover an actor → painted", middle(hover), "ms", reps, { measure: "plain sigma.refresh() → painted (floor)", value: floor });

    say("playback and scrubbing");
    const playMs = context.quick ? 500 : 3000;
    const fps = await page.evaluate(MEASURE_PLAYBACK, { ms: playMs, from: addDays(span.from, 365) });
    row("frames per second during playback", fps.playing, "fps", 1, { measure: "idle page", value: fps.idle });
    const scrub = await page.evaluate(MEASURE_SCRUB, {
      dates: Array.from({ length: context.quick ? 10 : SCRUB_FRAMES }, (_, i) => addDays(span.from, Math.round(((i + 1) * (toDay(span.to) - toDay(span.from))) / (SCRUB_FRAMES + 1)))),
    });
    figures.scrubMaxTaskMs = scrub.taskMax;
    row("scrubbing: mean time per frame", scrub.perFrame, "ms", 1, { measure: "two idle frames ÷ 2", value: idle / 2 });
    row("long tasks while scrubbing", scrub.taskCount, "tasks", 1);
    row("longest task while scrubbing", scrub.taskMax, "ms", 1);
    if (pageErrors.length > 0) context.log(`[browser] page errors: ${pageErrors.slice(0, 3).join(" | ")}`);
  } catch (e) {
    figures.error = crashed ? "the page crashed (out of memory?)" : e instanceof Error ? e.message.split("\n")[0]! : String(e);
    say(`failed: ${figures.error}`);
  } finally {
    await page.close().catch(() => {});
    if (servedByUs) rmSync(`${BENCH_DIST}/__bench`, { recursive: true, force: true });
  }
  return figures;
}

/**
 * MiB allocated on the page while `act(date)` runs there: V8's sampling heap profiler (a sample every
 * 16 KiB on average), counting the objects collected meanwhile too. What a step allocates is what
 * the collector has to find and what paces its marking on the main thread.
 */
async function allocatedDuring(page: Page, act: (date: string) => Promise<void>, date: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.enable");
    // The two flags are in Chromium's protocol but not in Playwright's copy of its types.
    await cdp.send("HeapProfiler.startSampling", { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as { samplingInterval: number });
    await page.evaluate(act, date);
    const { profile } = await cdp.send("HeapProfiler.stopSampling");
    let bytes = 0;
    const nodes = [profile.head];
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      bytes += node.selfSize;
      nodes.push(...node.children);
    }
    return bytes / MIB;
  } finally {
    await cdp.detach();
  }
}

// ── in the page ────────────────────────────────────────────────────────────────────────────────

interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  paintedAt: number | null;
  progressSeen: boolean;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/**
 * Installed before the app's scripts: records long tasks from the start, the moment the app says
 * it is ready plus two frames, and whether a progress indicator was ever shown while loading.
 * A string, so no bundler helper (tsx's `__name`) leaks into the page.
 */
const INIT_SCRIPT = `(() => {
  // tsx names compiled functions with a helper the page lacks; functions passed to evaluate use it.
  if (typeof globalThis.__name !== "function") globalThis.__name = (f) => f;
  const probe = { longTasks: [], paintedAt: null, progressSeen: false };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}
  const watch = new MutationObserver(() => {
    const ready = document.body && document.body.dataset.ready === "true";
    // The loading screen's bar (src/app/loading.ts), seen before the app says it is ready.
    if (!ready && document.querySelector(".loading-progress[role=progressbar]")) probe.progressSeen = true;
    if (ready) {
      watch.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { probe.paintedAt = performance.now(); }));
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

// The functions below run in the page: they must not reference anything outside themselves.

const TIME_DATE_CHANGES = async (args: { scrubDates: string[]; dayDates: string[]; settleMs: number }) => {
  const app = window.stancegraph!;
  const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const settle = () => new Promise<void>((r) => setTimeout(r, args.settleMs));
  // The main thread's own work for a change, apart from waiting on the rasteriser: until the last
  // leg is done, plus the render that draws it (sigma's scheduled render, timed by its events). At
  // 50k in software WebGL every drawn frame waits on one rasterisation of the whole picture (~23 s
  // for 260,000 relations), which a step and a refresh pay alike and which two frames catch at an
  // arbitrary point: "→ painted" there says how the rasteriser was doing, this what the app did.
  const sigma = app.renderer.sigma;
  let renderStart = 0;
  /** Sigma's renders since the act began: when each began and how long it took. */
  let renders: Array<[number, number]> = [];
  const beforeRender = () => void (renderStart = performance.now());
  const afterRender = () => void renders.push([renderStart, performance.now() - renderStart]);
  sigma.on("beforeRender", beforeRender);
  sigma.on("afterRender", afterRender);
  let work = 0;
  const timeIt = async (act: () => void) => {
    renders = [];
    const t0 = performance.now();
    act();
    const actEnd = performance.now();
    // A long jump goes in legs, a task each (src/app/dateLegs.ts): timed to the frame of the date asked for.
    while (app.legs.heading() !== null) await new Promise<void>((r) => setTimeout(r, 0));
    const legsDone = performance.now();
    await frames();
    // A render inside the act (a plain refresh draws at once) is in its time already; otherwise the
    // render that draws the date asked for is the first after the last leg (any before it fell
    // between legs, inside their time).
    work = renders.some(([at]) => at < actEnd) ? actEnd - t0 : legsDone - t0 + (renders.find(([at]) => at >= legsDone)?.[1] ?? 0);
    return performance.now() - t0;
  };
  const out = { scrub: [] as number[], day: [] as number[], refresh: [] as number[], idle: [] as number[], scrubWork: [] as number[], dayWork: [] as number[], refreshWork: [] as number[], stepTaskMax: 0, refreshTaskMax: 0 };
  // Time windows of each date change (until its fades are over and the display graph has dropped
  // what left) and of each plain refresh, to find the longest main-thread task in each.
  const stepWindows: Array<[number, number]> = [];
  const refreshWindows: Array<[number, number]> = [];
  for (const [dates, into] of [
    [args.scrubDates, out.scrub],
    [args.dayDates, out.day],
  ] as const) {
    // The way to the first date may be a long jump (in legs): its last picture is drawn before
    // the first measure starts, or that measure would wait for it.
    await timeIt(() => app.store.dispatch({ type: "setDate", date: dates[0]! }));
    await settle();
    for (let i = 1; i < dates.length; i++) {
      const stepStart = performance.now();
      into.push(await timeIt(() => app.store.dispatch({ type: "setDate", date: dates[i]! })));
      (into === out.scrub ? out.scrubWork : out.dayWork).push(work);
      await settle();
      stepWindows.push([stepStart, performance.now()]);
      // The refresh in a task of its own: begun in the task that ends the step's window, its work
      // (seconds at 50k) was counted as the longest task of the date change.
      await new Promise<void>((r) => setTimeout(r, 0));
      // The floor, alternating with the measure so drift hits both alike.
      const refreshStart = performance.now();
      out.refresh.push(await timeIt(() => app.renderer.sigma.refresh()));
      out.refreshWork.push(work);
      refreshWindows.push([refreshStart, performance.now()]);
      out.idle.push(await timeIt(() => {}));
    }
  }
  // Long-task entries are delivered after the task: give the observer a moment.
  await new Promise<void>((r) => setTimeout(r, 100));
  // A task overlapping a window counts: the one that dispatches began (in a timer callback) just before it.
  const longest = (windows: Array<[number, number]>) => Math.max(0, ...(window.__bench?.longTasks ?? []).filter((t) => windows.some(([a, b]) => t.start < b && t.start + t.duration > a)).map((t) => t.duration));
  // The frame measures after this time sigma's render with its listeners: ours go.
  sigma.off("beforeRender", beforeRender);
  sigma.off("afterRender", afterRender);
  out.stepTaskMax = longest(stepWindows);
  out.refreshTaskMax = longest(refreshWindows);
  return out;
};

/** A date change through the store, until its last leg is done (its picture is drawn at the next frame). */
const STEP_TO = async (date: string) => {
  const app = window.stancegraph!;
  app.store.dispatch({ type: "setDate", date });
  while (app.legs.heading() !== null) await new Promise<void>((r) => setTimeout(r, 0));
};

/** A plain refresh: sigma processes every item through the reducers and renders (no date: the argument is unused). */
const REFRESH = async (_date: string) => {
  window.stancegraph!.renderer.sigma.refresh();
};

/**
 * The synchronous part of a frame: sigma's render (uploading its buffers, issuing the draw calls)
 * and what runs after it on the page (the label layer, which places and draws the labels), against
 * the render with the label layer detached, alternated. Each is followed by two frames, so the
 * rasteriser is idle when the next starts and a render never waits on the previous frame.
 */
const TIME_RENDER = async (args: { reps: number }) => {
  const sigma = window.stancegraph!.renderer.sigma;
  const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const render = () => (sigma as unknown as { render(): void }).render();
  const after = sigma.listeners("afterRender") as Array<() => void>;
  const out = { withLabels: [] as number[], without: [] as number[] };
  await frames();
  for (let i = 0; i < args.reps; i++) {
    let t0 = performance.now();
    render();
    out.withLabels.push(performance.now() - t0);
    await frames();
    for (const l of after) sigma.off("afterRender", l);
    t0 = performance.now();
    render();
    out.without.push(performance.now() - t0);
    for (const l of after) sigma.on("afterRender", l);
    await frames();
  }
  return out;
};

/**
 * Opens the Analysis tab (the action its tab dispatches) and waits until its figures and charts are
 * drawn (no "Computing…" note, the balance table there) and a frame painted; closes it again.
 */
const MEASURE_ANALYSIS_TAB = async (args: { timeoutMs: number }) => {
  const app = window.stancegraph!;
  const probe = window.__bench!;
  const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const drawn = () => document.querySelector("#analysis-panel .balance-table") !== null && document.querySelector(".analysis-computing") === null;
  let inWorker = false;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const watch = new MutationObserver(() => {
      if (document.querySelector(".analysis-computing")) inWorker = true;
      if (!drawn()) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error("the Analysis tab did not draw its figures")), args.timeoutMs);
    app.store.dispatch({ type: "setAnalysis", open: true });
    if (drawn()) resolve();
  });
  await frames();
  const ms = performance.now() - t0;
  const tasks = probe.longTasks.filter((t) => t.start + t.duration >= t0);
  app.store.dispatch({ type: "setAnalysis", open: false });
  await frames();
  return { ms, inWorker, taskMax: Math.max(0, ...tasks.map((t) => t.duration)) };
};

const TIME_HOVER = async (args: { reps: number }) => {
  const app = window.stancegraph!;
  const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const actors = [...app.view.get().visible.actorsWithRelations].slice(0, args.reps);
  const out: number[] = [];
  for (const id of actors) {
    const t0 = performance.now();
    app.store.dispatch({ type: "hover", id });
    await frames();
    out.push(performance.now() - t0);
    app.store.dispatch({ type: "hover", id: null });
    await frames();
  }
  return out;
};

const MEASURE_PLAYBACK = async (args: { ms: number; from: string }) => {
  const app = window.stancegraph!;
  const countFrames = (ms: number) =>
    new Promise<number>((resolve) => {
      let n = 0;
      const t0 = performance.now();
      const tick = () => {
        n++;
        if (performance.now() - t0 < ms) requestAnimationFrame(tick);
        else resolve((n * 1000) / (performance.now() - t0));
      };
      requestAnimationFrame(tick);
    });
  const idle = await countFrames(Math.min(1000, args.ms));
  app.store.dispatch({ type: "setDate", date: args.from });
  app.store.dispatch({ type: "setPlaying", playing: true });
  const playing = await countFrames(args.ms);
  app.store.dispatch({ type: "setPlaying", playing: false });
  return { idle, playing };
};

const MEASURE_SCRUB = async (args: { dates: string[] }) => {
  const app = window.stancegraph!;
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  await new Promise((r) => setTimeout(r, 500));
  const t0 = performance.now();
  for (const date of args.dates) {
    app.store.dispatch({ type: "setDate", date });
    await frame();
  }
  await frame();
  const t1 = performance.now();
  // Long-task entries arrive after the task: give the observer a moment.
  await new Promise((r) => setTimeout(r, 200));
  const tasks = window.__bench!.longTasks.filter((t) => t.start >= t0 && t.start < t1);
  return { perFrame: (t1 - t0) / (args.dates.length + 1), taskCount: tasks.length, taskMax: Math.max(0, ...tasks.map((t) => t.duration)) };
};

// ── serving and budgets ────────────────────────────────────────────────────────────────────────

/** Builds the app into a cache folder and serves it with `vite preview` on a free port. */
export async function serveBuiltApp(context: BenchContext): Promise<{ url: string; stop(): void }> {
  context.log("[browser] building the app (vite build)");
  mkdirSync(BENCH_DIST, { recursive: true });
  execFileSync(VITE, ["build", "--outDir", BENCH_DIST, "--emptyOutDir", "--logLevel", "warn"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return startPreview({ outDir: BENCH_DIST });
}

/** The issue's budgets checked against the figures of each size this run measured. */
export function budgets(context: Pick<BenchContext, "quick">, figures: SizeFigures[]): BudgetLine[] {
  const out: BudgetLine[] = [];
  const at = figures.find((f) => f.actors === BUDGET_ACTORS) ?? nearest(figures, BUDGET_ACTORS);
  if (at) {
    const where = `at ${short(at.actors)} actors / ${short(at.relations)} relations`;
    if (at.dateChange) {
      const { scrub, day, floor } = at.dateChange;
      out.push({ pass: scrub <= BUDGET_RATIO * floor, text: `a date change (scrub step) costs at most ${BUDGET_RATIO}× a plain refresh ${where}: ${fmt(scrub)} vs ${fmt(floor)} (${(scrub / floor).toFixed(2)}×)` });
      out.push({ pass: day <= BUDGET_RATIO * floor, text: `a date change (one-day step) costs at most ${BUDGET_RATIO}× a plain refresh ${where}: ${fmt(day)} vs ${fmt(floor)} (${(day / floor).toFixed(2)}×)` });
    } else {
      out.push({ pass: false, text: `a date change costs at most ${BUDGET_RATIO}× a plain refresh ${where}: not measured (${at.error ?? "did not load"})` });
    }
    // Measures this run left out on purpose at its size are SKIP, not FAIL (nothing was over budget).
    const leftOut = at.error === undefined && at.loaded && at.actors >= LARGE_FROM;
    const notTaken = (what: string) => at.error ?? (leftOut ? `${what} is skipped from ${short(LARGE_FROM)} actors` : at.loaded ? `no ${what} was timed` : "did not load");
    out.push(
      at.hover !== undefined && at.dateChange
        ? { pass: at.hover <= BUDGET_HOVER_RATIO * at.dateChange.floor, text: `a hover costs at most ${BUDGET_HOVER_RATIO}× a plain refresh ${where}: ${fmt(at.hover)} vs ${fmt(at.dateChange.floor)} (${(at.hover / at.dateChange.floor).toFixed(2)}×)` }
        : { pass: false, skipped: leftOut, text: `a hover costs at most ${BUDGET_HOVER_RATIO}× a plain refresh ${where}: not measured (${notTaken("hover")})` },
    );
    out.push(
      at.scrubMaxTaskMs !== undefined
        ? { pass: at.scrubMaxTaskMs <= BUDGET_LONG_TASK_MS, text: `no task blocks the main thread over ${BUDGET_LONG_TASK_MS} ms while scrubbing ${where}: longest ${fmt(at.scrubMaxTaskMs)}` }
        : { pass: false, skipped: leftOut, text: `no task blocks the main thread over ${BUDGET_LONG_TASK_MS} ms while scrubbing ${where}: not measured (${notTaken("scrubbing")})` },
    );
  }
  const largest = figures[figures.length - 1];
  if (largest) {
    const what = `loading ${short(largest.actors)} actors / ${short(largest.relations)} relations in the browser completes without crashing and shows progress`;
    out.push(
      largest.loaded
        ? { pass: largest.progressSeen === true, text: `${what}: ${fmt(largest.loadMs!)} to first render, progress ${largest.progressSeen ? "shown" : "NOT shown"}` }
        : { pass: false, text: `${what}: ${largest.error ?? "did not load"}` },
    );
  }
  if (context.quick) for (const b of out) b.text += " (quick run: sizes too small for the budget)";
  return out;
}

function nearest(figures: SizeFigures[], target: number): SizeFigures | undefined {
  return [...figures].sort((a, b) => Math.abs(a.actors - target) - Math.abs(b.actors - target))[0];
}

function middle(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function short(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
