/**
 * Loading a large imported dataset: the page shows a progress bar while the worker validates and
 * the graph is built, says when the load-time layout was skipped, and Cancel stops the load and
 * opens the default dataset instead (forgetting the import).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";
import { generateDataset, serializeDataset } from "../../src/model/generate.ts";
import { layoutTooSlowOnLoad } from "../../src/app/loading.ts";

const ACTORS = 3000;
const RELATIONS = 30_000;
const text = serializeDataset(generateDataset({ actors: ACTORS, relations: RELATIONS, years: 20, seed: 5 }));
const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context with the dataset kept where an import keeps it; returns a page not yet reloaded. */
async function withStoredDataset(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.route("**/__test/big.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: text }));
  const { page } = await openApp(context, base);
  await page.evaluate(async (url) => {
    const body = await (await fetch(url)).text();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("stancegraph");
      open.onupgradeneeded = () => open.result.createObjectStore("datasets");
      open.onsuccess = () => {
        const tx = open.result.transaction("datasets", "readwrite");
        tx.objectStore("datasets").put({ name: "big.json", text: body, savedAt: "2026-01-01T00:00:00Z" }, "imported-dataset");
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, `${base}__test/big.json`);
  return { context, page };
}

describe("loading a large imported dataset", () => {
  it("shows progress, then the graph, and says the load-time layout was skipped", async () => {
    expect(layoutTooSlowOnLoad(ACTORS, RELATIONS)).toBe(true);
    expect(layoutTooSlowOnLoad(60, 120)).toBe(false);
    const { context, page } = await withStoredDataset();
    await page.reload({ waitUntil: "commit" });
    const bar = page.locator(".loading-progress[role=progressbar]");
    await bar.waitFor({ state: "attached", timeout: 20_000 });
    await expect(page.locator(".loading h1").textContent()).resolves.toBe("Loading big.json");
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.relations.length)).toBe(RELATIONS);
    await expect(page.locator(".dataset-note").textContent()).resolves.toContain("layout skipped at this size");
    // Seeded starting positions: spread out, not all at the origin.
    const spread = await page.evaluate(() => {
      const g = window.stancegraph!.model.graph;
      const xs = g.mapNodes((_n, a) => a.x);
      return Math.max(...xs) - Math.min(...xs);
    });
    expect(spread).toBeGreaterThan(100);
    await context.close();
  });

  it("cancels: the default dataset opens and the import is forgotten", async () => {
    const { context, page } = await withStoredDataset();
    await page.reload({ waitUntil: "commit" });
    const cancel = page.getByRole("button", { name: "Cancel and open the default dataset" });
    await cancel.click({ timeout: 20_000 });
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.id)).toBe("karabakh");
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
    // Forgotten: a reload opens the default again, with no loading screen.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
    await context.close();
  });
});
