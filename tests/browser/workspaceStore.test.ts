/**
 * The curation workspace kept in Chromium's IndexedDB survives a reload (issue #13, "nothing
 * lost"): a page writes a workspace through the store, the page reloads, and a fresh store reads
 * back the same dataset (canonical JSON, byte for byte) and the same history. The page is a
 * test-only one on the app's origin, with the store bundled here by Vite (the app's UI for the
 * workspace is not built yet).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { build, type Rollup } from "vite";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";

let browser: Browser;
let script: string;
const base = inject("baseUrl");

beforeAll(async () => {
  const out = (await build({
    configFile: false,
    logLevel: "warn",
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL("./workspaceStore.entry.ts", import.meta.url)), formats: ["iife"], name: "workspaceTest", fileName: "workspace" },
    },
  })) as Rollup.RollupOutput[];
  script = (out[0]!.output[0] as Rollup.OutputChunk).code;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the workspace store in the browser", () => {
  it("reads back after a reload what it wrote: dataset byte for byte, history with its undone step", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(`${base}__workspace-test.html`, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: '<!doctype html><meta charset="utf-8"><title>workspace test</title><script src="/__workspace-test.js"></script>' }),
    );
    await page.route(`${base}__workspace-test.js`, (route) => route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script }));
    await page.goto(`${base}__workspace-test.html`);
    type Api = { write(): Promise<{ dataset: string; history: string[] }>; read(): Promise<unknown> };
    const written = await page.evaluate(() => (window as unknown as { __workspace: Api }).__workspace.write());
    expect(written.history).toEqual([
      "(undone) Retitled the dataset Kept",
      "Recorded a change: Alpha – Beta, estrangement → alliance from 2024-02-01",
      "Merged Kremlin into Alpha",
      "Added actor Kremlin",
    ]);
    await page.reload();
    const read = await page.evaluate(() => (window as unknown as { __workspace: Api }).__workspace.read());
    expect(read).toEqual({ ...written, unsaved: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
