/**
 * The next file's load worker is started as soon as the page is ready, its pipeline fetched then
 * (src/app/loading.ts prepareLoader): a load used to start its worker only once the file was
 * chosen, and at 1k actors about 0.15 s of file chosen → drawn went to that.
 */
import { describe, expect, inject, it } from "vitest";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { drawn, openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();
/** How long a poll may wait for the worker's messages on a loaded machine (a condition polled, not a sleep). */
const WAIT_MS = 30_000;

/** Every load worker the page makes, with what the page sent it ("warm", "file", "stored"), in order. */
const LOG_LOAD_WORKERS = `(() => {
  const made = [];
  window.__loadWorkers = made;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      if (String(url).includes("loadWorker")) made.push({ worker: this, sent: [] });
    }
  };
  const post = Original.prototype.postMessage;
  Original.prototype.postMessage = function (message, ...rest) {
    const entry = made.find((m) => m.worker === this);
    if (entry && message && typeof message === "object") entry.sent.push(message.warm === true ? "warm" : message.source ?? message.type);
    return post.call(this, message, ...rest);
  };
})();`;

describe("opening a file", () => {
  it("hands it to a load worker started and warmed once the page was ready, and warms the next one", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(LOG_LOAD_WORKERS);
    const { page, errors } = await openApp(context, base);
    const sent = () => page.evaluate(() => (window as unknown as { __loadWorkers: { sent: string[] }[] }).__loadWorkers.map((m) => m.sent.join(",")));
    // The boot's worker looks for a kept import; then one more waits, warmed, before any file is
    // chosen: made in the task that says the page is ready, so it is there with that signal.
    expect(await sent()).toEqual(["stored", "warm"]);

    for (const [i, seed] of [2, 3].entries()) {
      const dataset = generateDataset({ actors: 30 + i, relations: 60, years: 5, seed });
      await page.locator("input.import-input").setInputFiles({ name: `g${seed}.json`, mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(dataset)) });
      await page.waitForFunction((id) => window.stancegraph?.model.dataset.id === id && document.body.dataset.ready === "true", dataset.id);
      await drawn(page);
      expect(await page.evaluate(() => window.stancegraph!.model.dataset.actors.length)).toBe(dataset.actors.length);
      // The file went to the worker that was waiting (no worker started when it was chosen), and
      // once the new graph is up, another one waits for the next file.
      await expect.poll(sent, { timeout: WAIT_MS }).toEqual(["stored", "warm,file", ...(i === 1 ? ["warm,file"] : []), "warm"]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
