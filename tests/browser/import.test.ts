/**
 * Opening a dataset in Debian's Chromium, against the built app: through the "Open dataset…" file
 * input and by drag and drop; a valid file replaces the graph and survives a reload, an invalid
 * one is listed in a dialog and leaves the graph and the view exactly as they were, a file over
 * the limit is refused before it is read, and a GEXF the app exported opens again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";
import { MAX_DATASET_BYTES } from "../../src/model/load.ts";

const MINI = "tests/fixtures/mini/mini.json";
const BROKEN = "tests/fixtures/broken/broken.json";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let dir: string;
const base = inject("baseUrl");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stancegraph-import-"));
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  // Counts every read of a file's content, to prove that an oversized file is never read.
  await context.addInitScript(() => {
    const w = window as unknown as { __fileReads: number };
    w.__fileReads = 0;
    const count = <T extends object>(proto: T, names: string[]) => {
      for (const name of names) {
        const original = (proto as Record<string, unknown>)[name];
        if (typeof original !== "function") continue;
        (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          w.__fileReads++;
          return original.apply(this, args);
        };
      }
    };
    count(Blob.prototype, ["text", "arrayBuffer", "stream", "bytes", "slice"]);
    count(FileReader.prototype, ["readAsText", "readAsArrayBuffer", "readAsDataURL", "readAsBinaryString"]);
    // A file handed to the load worker is read there (init scripts do not reach workers).
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if (message && typeof message === "object" && (message as { file?: unknown }).file instanceof Blob) w.__fileReads++;
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    };
  });
  ({ page, errors } = await openApp(context, base));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fileInput = () => page.getByLabel("Open a dataset file (JSON or GEXF)");
const datasetId = () => page.evaluate(() => window.stancegraph!.model.dataset.id);
const errorDialog = () => page.locator("dialog.import-errors");
const reads = () => page.evaluate(() => (window as unknown as { __fileReads: number }).__fileReads);

/** The view state without the transient pointer, and a mark on the app object to tell it is the same one. */
const snapshot = () =>
  page.evaluate(() => {
    const app = window.stancegraph!;
    const { hovered: _hovered, ...state } = app.store.getState();
    return { id: app.model.dataset.id, state: JSON.stringify(state), same: (window as unknown as { __app?: unknown }).__app === app, drawn: app.view.get().visible.ids.size };
  });

async function reload(): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === "true" || document.querySelector(".load-error") !== null);
}

describe("a file that is not a valid dataset", () => {
  it("is listed problem by problem in a dialog, and the graph and the view stay as they were", async () => {
    await page.evaluate(() => {
      const { store } = window.stancegraph!;
      store.dispatch({ type: "setDate", date: "2022-06-01" });
      store.dispatch({ type: "toggleType", id: "mediation" });
      store.dispatch({ type: "select", selection: { kind: "actor", id: "ARM" } });
      (window as unknown as { __app?: unknown }).__app = window.stancegraph;
    });
    const before = await snapshot();
    expect(before).toMatchObject({ id: "karabakh", same: true });

    await fileInput().setInputFiles(BROKEN);
    const dialog = page.getByRole("dialog", { name: "“broken.json” was not opened" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("import-errors"))).toBe(true);
    const items = await dialog.locator("li").allTextContents();
    expect(items).toEqual([
      'relations[0].target: unknown actor "ARMM"',
      'relations[1]: "to" 2021-01-01 is before "from" 2023-09-20',
      'relations[2].type: unknown relation type "allianse"',
    ]);
    await expect(dialog.locator("p").first().textContent()).resolves.toContain("has not changed");
    await page.keyboard.press("Escape");
    await expect(errorDialog().isVisible()).resolves.toBe(false);
    // The focus goes back to the button that opened the file (the dialog's close event moves it).
    await page.waitForFunction(() => document.activeElement?.textContent === "Open dataset…");
    expect(await snapshot()).toEqual(before);
  });

  it("lists at most 200 problems and counts the rest; the Close button closes", async () => {
    const d = JSON.parse(readFileSync(MINI, "utf8"));
    d.relations = Array.from({ length: 250 }, (_, i) => ({ ...d.relations[0], id: `x${i}`, target: `NOPE${i}` }));
    const before = await snapshot();
    await fileInput().setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(d)) });
    await errorDialog().waitFor();
    await expect(errorDialog().locator("li").count()).resolves.toBe(200);
    await expect(errorDialog().locator("li").first().textContent()).resolves.toBe('relations[0].target: unknown actor "NOPE0"');
    await expect(errorDialog().textContent()).resolves.toContain("… and 50 more.");
    await errorDialog().getByRole("button", { name: "Close" }).click();
    await expect(errorDialog().isVisible()).resolves.toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused by its size, over the limit, before anything reads it", async () => {
    const big = join(dir, "big.json");
    const fd = openSync(big, "w");
    ftruncateSync(fd, MAX_DATASET_BYTES + 1); // sparse: no disk space, no memory
    closeSync(fd);
    const before = await snapshot();
    const readsBefore = await reads();
    await fileInput().setInputFiles(big);
    await errorDialog().waitFor();
    await expect(errorDialog().locator("li").first().textContent()).resolves.toMatch(/^\(file\): "big\.json" is .*; the limit is /);
    expect(await reads()).toBe(readsBefore);
    await page.keyboard.press("Escape");
    expect(await snapshot()).toEqual(before);
  });
});

describe("a valid dataset file", () => {
  it("replaces the graph, says it was imported, shows the warnings, and survives a reload", async () => {
    const readsBefore = await reads();
    await fileInput().setInputFiles(MINI);
    await page.waitForFunction(() => window.stancegraph!.model.dataset.id === "mini");
    // The control for the size test: a file that is opened is read.
    expect(await reads()).toBeGreaterThan(readsBefore);
    const app = await page.evaluate(() => {
      const { model, renderer, store } = window.stancegraph!;
      return { nodes: renderer.sigma.getGraph().order, actors: model.dataset.actors.length, hiddenTypes: store.getState().hiddenTypes, selection: store.getState().selection, hash: location.hash };
    });
    expect(app).toMatchObject({ nodes: 3, actors: 3, hiddenTypes: [], selection: null });
    expect(app.hash).not.toContain("ARM");
    await expect(page.locator(".dataset-title").textContent()).resolves.toBe("Mini");
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("imported from mini.json");
    const notice = page.getByRole("status", { name: "Import result" });
    await expect(notice.textContent()).resolves.toContain("Opened “mini.json”: 3 actors, ");
    await expect(notice.textContent()).resolves.toContain("quotes were not checked");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice.count()).resolves.toBe(0);
    // Only one importer and one export menu: the old app's were removed with it.
    await expect(page.getByRole("button", { name: "Open dataset…" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Export…" }).count()).resolves.toBe(1);

    await reload();
    expect(await datasetId()).toBe("mini");
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("mini.json");

    await page.getByRole("button", { name: "Use the default dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "karabakh");
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
  });

  it("is still shown when the browser will not keep it, and the notice says a reload brings the default", async () => {
    const refusing = await browser.newContext();
    // Storage that refuses writes, as in a private window or with the quota used up.
    await refusing.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const { page: p } = await openApp(refusing, base);
    await p.getByLabel("Open a dataset file (JSON or GEXF)").setInputFiles(MINI);
    await p.waitForFunction(() => window.stancegraph!.model.dataset.id === "mini");
    await expect(p.getByRole("status", { name: "Import result" }).textContent()).resolves.toContain("would not keep it");
    await p.reload();
    await p.waitForFunction(() => document.body.dataset.ready === "true");
    expect(await p.evaluate(() => window.stancegraph!.model.dataset.id)).toBe("karabakh");
    await refusing.close();
  });

  it("opens a GEXF that the app exported, equal to the dataset it came from", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByRole("radio", { name: /The whole dataset/ }).check();
    const pending = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download GEXF for Gephi (dynamic, plays on its timeline)" }).click();
    const file = await pending;
    const gexf = join(dir, file.suggestedFilename());
    await file.saveAs(gexf);
    await page.keyboard.press("Escape");
    const original = await page.evaluate(() => JSON.stringify(window.stancegraph!.model.dataset));

    await fileInput().setInputFiles(gexf);
    await page.waitForFunction(() => document.querySelector(".dataset-origin")?.textContent?.includes("karabakh_all.gexf"));
    expect(JSON.parse(await page.evaluate(() => JSON.stringify(window.stancegraph!.model.dataset)))).toEqual(JSON.parse(original));
    // Kept after the first draw (src/ui/importer.ts): the notice says it was opened once it is kept.
    await page.locator(".import-notice", { hasText: "karabakh_all.gexf" }).waitFor();
    await reload();
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("karabakh_all.gexf");
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.relations.length)).toBe(20);
    await page.getByRole("button", { name: "Use the default dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "karabakh" && !document.querySelector(".dataset-origin"));
  });
});

describe("drag and drop", () => {
  it("shows a drop hint while a file is over the page and opens the dropped file", async () => {
    const text = readFileSync(MINI, "utf8");
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], "dropped.json", { type: "application/json" }));
      (window as unknown as { __drop: DataTransfer }).__drop = data;
      document.getElementById("graph")!.dispatchEvent(new DragEvent("dragenter", { bubbles: true, cancelable: true, dataTransfer: data }));
    }, text);
    await expect(page.getByText("Drop the file to open it as the dataset").isVisible()).resolves.toBe(true);
    const accepted = await page.evaluate(() => {
      const data = (window as unknown as { __drop: DataTransfer }).__drop;
      const graph = document.getElementById("graph")!;
      const over = new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: data });
      graph.dispatchEvent(over);
      const drop = new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data });
      graph.dispatchEvent(drop);
      return { over: over.defaultPrevented, drop: drop.defaultPrevented };
    });
    // Prevented defaults: the page takes the file, the browser does not navigate to it.
    expect(accepted).toEqual({ over: true, drop: true });
    await page.waitForFunction(() => window.stancegraph!.model.dataset.id === "mini");
    await expect(page.getByText("Drop the file to open it as the dataset").isVisible()).resolves.toBe(false);
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("dropped.json");
    await page.getByRole("button", { name: "Use the default dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "karabakh");
    expect(errors).toEqual([]);
  });
});
