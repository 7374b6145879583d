/**
 * The Analysis panel above its size threshold gets from the analysis worker only what it shows
 * (src/app/analysisProtocol.ts): a page of unbalanced triads with their count, and the series of
 * the actors on the chart. The next page and another actor's series are asked for when the user
 * wants them, and what the panel then shows is what the page computes itself. The threshold is
 * lowered through a test hook so the dataset stays small.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { BUTTONS_PER_TASK } from "../../src/ui/analysis/charts.ts";
import { useBrowser } from "./useBrowser.ts";

const ACTORS = 150;
const file = { name: "pages.json", mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(generateDataset({ actors: ACTORS, relations: 1500, years: 10, seed: 7 }))) };
const base = inject("baseUrl");
const browser = useBrowser();

declare global {
  interface Window {
    computingSeen?: string[];
    firstHits?: number | null;
  }
}

/** The app with the dataset opened and its Analysis tab open; `inWorker` lowers the threshold under its size. */
async function openWithAnalysis(inWorker: boolean): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript((worker) => {
    window.computingSeen = [];
    window.firstHits = null;
    if (worker) window.stancegraphTestHooks = { analysisWorkerActors: 50 } as never;
    new MutationObserver(() => {
      const text = document.querySelector(".analysis-computing")?.textContent;
      if (text && window.computingSeen!.at(-1) !== text) window.computingSeen!.push(text);
      // The date columns the balance chart has at the end of the task that drew it.
      if (window.firstHits === null && document.querySelector("#chart-balance")) window.firstHits = document.querySelectorAll("#chart-balance .chart-hit").length;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, inWorker);
  const { page } = await openApp(context, base);
  await page.locator("input.import-input").setInputFiles(file);
  await page.waitForFunction((n) => document.body.dataset.ready === "true" && window.stancegraph?.model.graph.order === n, ACTORS);
  await page.getByRole("tab", { name: "Analysis" }).click();
  await page.locator("#analysis-panel").waitFor({ state: "visible" });
  return page;
}

/** The panel's text once its figures and its charts (with `actors` lines on the alignment chart) are drawn, and `triads` triads listed. */
async function panelText(page: Page, triads: number, actors: number): Promise<string> {
  await page.waitForFunction(
    ([t, a]) =>
      document.querySelector("#analysis-panel .balance-table") !== null &&
      document.querySelector(".analysis-computing") === null &&
      document.querySelectorAll("#analysis-panel .triad-list .triad").length === t &&
      // One sentence per actor in the chart's summary: "Name: net +1 on …".
      (document.querySelector("#chart-alignment .chart-summary")?.textContent?.match(/: net /g)?.length ?? 0) === a,
    [triads, actors],
  );
  return page.locator("#analysis-panel").innerText();
}

describe("the Analysis panel of a dataset above the threshold", () => {
  it("shows a page of triads and the chart's series from the worker, and more on request, as the page computes them", async () => {
    const worker = await openWithAnalysis(true);
    const page = await openWithAnalysis(false);
    const first = await panelText(worker, 50, 2);
    expect(first).toEqual(await panelText(page, 50, 2));
    expect(first).toMatch(/The first 50 of \d+ \(\+\+− first\)\. Show 50 more/);
    expect(await worker.evaluate(() => window.computingSeen)).toEqual([`Computing blocs and the timeline for ${ACTORS} actors…`]);
    expect(await page.evaluate(() => window.computingSeen)).toEqual([]);

    // The charts' date columns: a first batch with the chart, the rest in the tasks after it, to the last date.
    const dates = Number((await worker.locator("#chart-balance .chart-data summary").textContent())!.match(/\((\d+) dates\)/)![1]);
    expect(dates).toBeGreaterThan(BUTTONS_PER_TASK);
    expect(await worker.evaluate(() => window.firstHits)).toBe(BUTTONS_PER_TASK);
    await worker.waitForFunction((n) => document.querySelectorAll("#chart-balance .chart-hit").length === n, dates);
    await expect(worker.locator('#chart-balance .chart-hit[aria-current="date"]').count()).resolves.toBe(1);
    await expect(worker.locator('#chart-balance .chart-hit[tabindex="0"]').count()).resolves.toBe(1);

    // The next page of triads: from the worker on one side, from the page's memo on the other.
    for (const p of [worker, page]) await p.getByRole("button", { name: "Show 50 more" }).click();
    const second = await panelText(worker, 100, 2);
    expect(second).toEqual(await panelText(page, 100, 2));
    expect(second).toMatch(/The first 100 of \d+/);

    // A third actor on the chart: its series is asked of the worker, and drawn as the page draws it.
    const pick = worker.locator(".chart-actor-list input:not(:checked)").first();
    const id = await pick.getAttribute("value");
    for (const p of [worker, page]) await p.locator(`.chart-actor-list input[value="${id}"]`).check();
    const third = await panelText(worker, 100, 3);
    expect(third).toEqual(await panelText(page, 100, 3));
    await worker.context().close();
    await page.context().close();
  });
});
