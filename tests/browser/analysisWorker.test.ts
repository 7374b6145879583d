/**
 * The Analysis panel above its size threshold (src/app/analysisClient.ts): the figures are computed
 * in a worker, with a note while they are, and they are the figures the page computes itself. The
 * threshold is lowered through a test hook so the dataset stays small, and a second hook holds the
 * worker's request so the note is a state the test holds, not a race.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { useBrowser } from "./useBrowser.ts";

const ACTORS = 120;
const file = { name: "analysis.json", mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(generateDataset({ actors: ACTORS, relations: 700, years: 10, seed: 4 }))) };
const base = inject("baseUrl");
const browser = useBrowser();

declare global {
  interface Window {
    releaseAnalysis?: () => void;
    computingSeen?: string[];
  }
}

/** The app with the dataset opened, its Analysis tab open; `inWorker` lowers the threshold under its size and holds the worker. */
async function openWithAnalysis(inWorker: boolean): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript((worker) => {
    window.computingSeen = [];
    if (worker) window.stancegraphTestHooks = { analysisWorkerActors: 50, holdAnalysis: new Promise<void>((resolve) => (window.releaseAnalysis = resolve)) } as never;
    // Every "Computing…" note the panel shows, kept even after it is gone.
    new MutationObserver(() => {
      const text = document.querySelector(".analysis-computing")?.textContent;
      if (text && window.computingSeen!.at(-1) !== text) window.computingSeen!.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, inWorker);
  const { page } = await openApp(context, base);
  await page.locator("input.import-input").setInputFiles(file);
  await page.waitForFunction((n) => document.body.dataset.ready === "true" && window.stancegraph?.model.graph.order === n, ACTORS);
  await page.getByRole("tab", { name: "Analysis" }).click();
  await page.locator("#analysis-panel").waitFor({ state: "visible" });
  return page;
}

/** The panel's text once its figures are drawn for `date`. */
async function panelText(page: Page, date: string): Promise<string> {
  await page.waitForFunction((d) => document.querySelector("#analysis-heading")?.textContent?.includes(d) && document.querySelector("#analysis-panel .balance-table") !== null && document.querySelector(".analysis-computing") === null, date);
  return page.locator("#analysis-panel").innerText();
}

describe("the Analysis panel of a dataset above the threshold", () => {
  it("computes in a worker, says so meanwhile, and shows the figures the page computes itself", async () => {
    const worker = await openWithAnalysis(true);
    await worker.locator(".analysis-computing").waitFor();
    await expect(worker.locator(".analysis-computing").textContent()).resolves.toBe(`Computing blocs and the timeline for ${ACTORS} actors…`);
    await expect(worker.locator("#analysis-panel .balance-table").count()).resolves.toBe(0);
    await worker.evaluate(() => window.releaseAnalysis!());
    const date = await worker.evaluate(() => window.stancegraph!.store.getState().date);
    const fromWorker = await panelText(worker, date);

    const page = await openWithAnalysis(false);
    const onPage = await panelText(page, date);
    expect(fromWorker).toEqual(onPage);
    expect(fromWorker).toContain("Balanced ratio over time");
    expect(await page.evaluate(() => window.computingSeen)).toEqual([]);

    // Another date: the worker is asked again (only for that date's figures), the same figures again.
    for (const p of [worker, page]) await p.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2019-02-01" }));
    expect(await panelText(worker, "2019-02-01")).toEqual(await panelText(page, "2019-02-01"));
    expect(await worker.evaluate(() => window.computingSeen)).toEqual([`Computing blocs and the timeline for ${ACTORS} actors…`, `Computing blocs for ${ACTORS} actors…`]);
    await worker.context().close();
    await page.context().close();
  });
});
