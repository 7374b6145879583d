/**
 * Loading a large dataset: the page shows a progress bar while the worker validates and lays out
 * and the graph is built in slices; Cancel stops the load. At boot (the import kept from an earlier
 * visit) Cancel opens the default dataset and forgets the import; opening a file through the
 * picker goes through the same worker, and Cancel there leaves the graph on screen as it was.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { layoutTooSlow } from "../../src/model/prepare.ts";
import { seededPositions } from "../../src/model/layout.ts";
import { useBrowser } from "./useBrowser.ts";

const ACTORS = 3000;
const RELATIONS = 30_000;
const text = datasetJsonLines(generateDataset({ actors: ACTORS, relations: RELATIONS, years: 20, seed: 5 }));
const base = inject("baseUrl");
const browser = useBrowser();

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
  it("shows progress, then the graph, then lays it out in a worker", async () => {
    expect(layoutTooSlow(ACTORS, RELATIONS)).toBe(false);
    const { context, page } = await withStoredDataset();
    await page.reload({ waitUntil: "commit" });
    const bar = page.locator(".loading-progress[role=progressbar]");
    await bar.waitFor({ state: "attached", timeout: 20_000 });
    await expect(page.locator(".loading h1").textContent()).resolves.toBe("Loading big.json");
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.relations.length)).toBe(RELATIONS);
    await expect(page.locator(".dataset-note").count()).resolves.toBe(0);
    // Sigma indexed this graph in slices (33k nodes and edges): every relation in view is drawn,
    // no other, and the "Drawing…" note is gone.
    const drawn = await page.evaluate(() => {
      const { renderer } = window.stancegraph!;
      let n = 0;
      renderer.sigma.getGraph().forEachEdge((e) => void (renderer.sigma.getEdgeDisplayData(e)?.hidden === false && n++));
      return { n, visible: window.stancegraph!.view.get().visible.ids.size };
    });
    expect(drawn.n).toBeGreaterThan(1000);
    expect(drawn.n).toBe(drawn.visible);
    await expect(page.locator(".graph-drawing").count()).resolves.toBe(0);
    // ForceAtlas2 ran (in a worker, after the first draw): the actors have left their seeded starting circle.
    await page.waitForFunction(() => document.getElementById("graph")?.dataset.layout === "stable", null, { timeout: 120_000 });
    const xs = await page.evaluate(() => window.stancegraph!.model.graph.mapNodes((_n, a) => a.x));
    const seeded = seededPositions(ACTORS);
    const moved = xs.filter((x, i) => Math.abs(x - seeded[2 * i]!) > 1).length;
    expect(moved).toBeGreaterThan(ACTORS * 0.9);
    // Nodes are drawn smaller at this size, the largest (blocs tied to hundreds of actors) capped.
    const sizes = await page.evaluate(() => {
      const { renderer } = window.stancegraph!;
      const shown: number[] = [];
      const model: number[] = [];
      renderer.sigma.getGraph().forEachNode((n, a) => {
        shown.push(renderer.sigma.getNodeDisplayData(n)!.size);
        model.push(a.size);
      });
      return { shown: Math.max(...shown), model: Math.max(...model) };
    });
    expect(sizes.model).toBeGreaterThan(40);
    expect(sizes.shown).toBeLessThanOrEqual(14);
    await context.close();
  });

  it("cancels: the default dataset opens and the import is forgotten", async () => {
    const { context, page } = await withStoredDataset();
    // Cancel is pressed the moment the loading screen shows it, from inside the page (as the
    // import's Cancel test does): a click from here (scrolled, checked, sent) could come after the
    // stored dataset had loaded and the screen gone, on a busy machine (a fresh-clone CI run, once).
    await page.addInitScript(() => {
      const seen = { clicked: false, progressbar: false };
      (window as unknown as { cancelSeen: typeof seen }).cancelSeen = seen;
      const observer = new MutationObserver(() => {
        const button = [...document.querySelectorAll(".loading button")].find((b) => b.textContent === "Cancel and open the default dataset") as HTMLButtonElement | undefined;
        if (!button || seen.clicked) return;
        seen.progressbar = document.querySelector(".loading progress") !== null;
        seen.clicked = true;
        observer.disconnect();
        button.click();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.reload({ waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { cancelSeen?: { clicked: boolean } }).cancelSeen?.clicked === true, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { cancelSeen: { progressbar: boolean } }).cancelSeen.progressbar)).toBe(true);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.id)).toBe("karabakh");
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
    // Forgotten: a reload opens the default again, with no loading screen.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
    await context.close();
  });

  it("opens a large file through the picker in the worker, and Cancel keeps the graph on screen", { timeout: 240_000 }, async () => {
    const context = await browser.newContext();
    const { page } = await openApp(context, base);
    const before = await page.evaluate(() => window.stancegraph!.model.dataset.id);
    // Cancel is pressed the moment the progress dialog opens, from inside the page: a click from
    // here (scrolled, checked for stability, sent) could come after the load had ended, on a busy
    // machine (CI once), and there would be nothing left to cancel.
    await page.evaluate(() => {
      const seen = { progressbar: false, clicked: false };
      (window as unknown as { cancelSeen: typeof seen }).cancelSeen = seen;
      const observer = new MutationObserver(() => {
        const dialog = document.querySelector<HTMLDialogElement>("dialog.import-progress");
        if (!dialog?.open || seen.clicked) return;
        seen.progressbar = dialog.querySelector("progress") !== null;
        seen.clicked = true;
        observer.disconnect();
        [...dialog.querySelectorAll("button")].find((b) => /Cancel/.test(b.textContent ?? ""))!.click();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["open"] });
    });
    await page.locator("input.import-input").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(text) });
    const dialog = page.getByRole("dialog", { name: "Opening “big.json”" });
    await page.waitForFunction(() => (window as unknown as { cancelSeen: { clicked: boolean } }).cancelSeen.clicked, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { cancelSeen: { progressbar: boolean } }).cancelSeen.progressbar)).toBe(true);
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.id)).toBe(before);
    await expect(page.locator("#live-region").textContent()).resolves.toContain("“big.json” was cancelled; the graph on screen has not changed");

    // Again, to the end: the new dataset replaces the old one, and is kept for the next visit.
    await page.locator("input.import-input").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction((n) => window.stancegraph?.model.dataset.relations.length === n, RELATIONS, { timeout: 60_000 });
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("big.json");
    // Kept after the first draw (src/ui/importer.ts): the notice says it was opened once it is kept.
    await page.locator(".import-notice", { hasText: "big.json" }).waitFor({ timeout: 60_000 });
    await page.reload();
    await page.waitForFunction((n) => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.relations.length === n, RELATIONS, { timeout: 60_000 });
    await context.close();
  });

  it("says so when the kept import cannot be read back, instead of opening the default as if nothing were kept, and the default is one click away", async () => {
    const context = await browser.newContext();
    const { page } = await openApp(context, base);
    // A record under the import's key whose text is neither a Blob nor a string (what a Blob that
    // cannot be read back comes to: the text is not there).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("stancegraph");
          open.onupgradeneeded = () => open.result.createObjectStore("datasets");
          open.onsuccess = () => {
            const tx = open.result.transaction("datasets", "readwrite");
            tx.objectStore("datasets").put({ name: "lost.json", savedAt: "2026-11-29T00:00:00.000Z", text: 42 }, "imported-dataset");
            tx.oncomplete = () => resolve();
            tx.onabort = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const alert = page.locator(".load-error");
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.locator("h1").textContent()).resolves.toBe("The imported dataset “lost.json” could not be loaded");
    await expect(alert.locator("li").allTextContents()).resolves.toEqual(["the record kept in this browser holds no text (neither a Blob nor a string)"]);
    await alert.getByRole("button", { name: "Remove it and open the default dataset" }).click();
    await page.waitForFunction(() => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.id === "karabakh", null, { timeout: 60_000 });
    await context.close();
  });

  it("replaces a large graph that is still being drawn when another file is opened", { timeout: 240_000 }, async () => {
    // Large enough for its relations to be drawn in slices after its actors (mount.ts), which a test
    // hook holds after the first slice: the small file is then opened while the large graph is
    // certainly still being drawn.
    const large = datasetJsonLines(generateDataset({ actors: 8000, relations: 80_000, years: 20, seed: 8 }));
    const mini = readFileSync("tests/fixtures/mini/mini.json", "utf8");
    const context = await browser.newContext();
    const { page, errors } = await openApp(context, base);
    await page.evaluate(() => {
      const w = window as unknown as { stancegraphTestHooks: { holdDrawing: Promise<void> }; releaseDrawing: () => void };
      w.stancegraphTestHooks = { holdDrawing: new Promise<void>((resolve) => (w.releaseDrawing = resolve)) };
    });
    await page.locator("input.import-input").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(large) });
    await page.waitForFunction(() => performance.getEntriesByName("stancegraph: drawing relations in slices").length === 1, null, { timeout: 120_000 });
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], "mini.json", { type: "application/json" }));
      document.getElementById("graph")!.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }));
    }, mini);
    await page.waitForFunction(() => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.id === "mini", null, { timeout: 120_000 });
    // Let the large graph's drawing go on: it must see that its app was replaced, and stop.
    await page.evaluate(() => (window as unknown as { releaseDrawing: () => void }).releaseDrawing());
    await page.waitForFunction(() => performance.getEntriesByName("stancegraph: drawing abandoned").length === 1, null, { timeout: 60_000 });
    const seen = await page.evaluate(() => {
      const entries = (name: string) => performance.getEntriesByName(name);
      const drawingStarted = entries("stancegraph: drawing relations in slices")[0]!.startTime;
      return {
        // First frames drawn since the drawing started: the small graph's only.
        frames: entries("stancegraph: sigma").filter((e) => e.startTime > drawingStarted).length,
        id: window.stancegraph!.model.dataset.id,
      };
    });
    expect(seen).toEqual({ frames: 1, id: "mini" });
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("mini.json");
    await expect(page.locator(".graph-drawing").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
