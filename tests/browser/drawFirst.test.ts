/**
 * Draw first, refine after (src/view/layoutRefine.ts): an opened file is drawn at ForceAtlas2's
 * seeded start before the layout has run, then the nodes end at the stable layout, the one a
 * synchronous run computes (computeLayout). The layout worker is held by a test hook
 * (stancegraphTestHooks.holdLayout), so "drawn before the layout finished" is a state the test
 * holds the page in, not a race it hopes to win.
 */
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { buildGraph } from "../../src/model/graph.ts";
import { createLayoutStepper, layoutInput, seededPositions } from "../../src/model/layout.ts";
import { layoutTooSlow } from "../../src/model/prepare.ts";
import { useBrowser } from "./useBrowser.ts";

const ACTORS = 400;
const RELATIONS = 2000;
const dataset = generateDataset({ actors: ACTORS, relations: RELATIONS, years: 10, seed: 9 });
const base = inject("baseUrl");
const browser = useBrowser();

declare global {
  interface Window {
    releaseLayout?: () => void;
  }
}

/** Every actor's position on screen (the layout layer) and in the model graph, in graph order. */
const readPositions = () => {
  const { model, renderer } = window.stancegraph!;
  const shown = renderer.positions.all();
  return model.graph.mapNodes((id, a) => ({ id, x: shown.get(id)!.x, y: shown.get(id)!.y, modelX: a.x, modelY: a.y }));
};

describe("an opened file", () => {
  it("is drawn at its seeded start before the layout runs, then ends at the stable layout, which a date change never moves", async () => {
    expect(layoutTooSlow(ACTORS, RELATIONS)).toBe(false);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.stancegraphTestHooks = { holdLayout: new Promise<void>((resolve) => (window.releaseLayout = resolve)) };
    });
    const { page, errors } = await openApp(context, base);
    await page.locator("input.import-input").setInputFiles({ name: "drawn-first.json", mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(dataset)) });

    // Drawn, with the layout still held: every actor at the seeded start, every node drawn by sigma.
    await page.waitForFunction(() => {
      const graph = document.getElementById("graph");
      return document.body.dataset.ready === "true" && window.stancegraph?.model.graph.order === 400 && graph?.dataset.drawn !== undefined && graph.dataset.layout === "running";
    });
    const held = await page.evaluate(readPositions);
    // Node's and Chromium's Math.cos may differ in the last bit: the seeded start is compared to
    // 12 digits here, and the stable layout below is run in Node from the start the page drew.
    const start = seededPositions(ACTORS);
    held.forEach((p, k) => {
      expect(p.x).toBeCloseTo(start[2 * k]!, 12);
      expect(p.y).toBeCloseTo(start[2 * k + 1]!, 12);
    });
    const drawnNodes = await page.evaluate(() => {
      const { renderer, model } = window.stancegraph!;
      return model.graph.filterNodes((n) => renderer.sigma.getNodeDisplayData(n) !== undefined).length;
    });
    expect(drawnNodes).toBe(ACTORS);
    // The import is kept while the layout is still held: keeping it waits for the draw, not the layout.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open("stancegraph");
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains("datasets")) return resolve(false);
            const get = db.transaction("datasets").objectStore("datasets").get("imported-dataset");
            get.onsuccess = () => resolve((get.result as { name?: string } | undefined)?.name === "drawn-first.json");
            get.onerror = () => resolve(false);
          };
          open.onerror = () => resolve(false);
        }),
    );
    // A date change while the layout is held moves nobody.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2019-06-01" }));
    expect(await page.evaluate(readPositions)).toEqual(held);

    // Released: ForceAtlas2 runs in the worker and the nodes end at the stable layout.
    await page.evaluate(() => window.releaseLayout!());
    await page.waitForFunction(() => document.getElementById("graph")?.dataset.layout === "stable");
    const input = layoutInput(buildGraph(dataset));
    input.start = Float64Array.from(held.flatMap((p) => [p.x, p.y]));
    const stepper = createLayoutStepper(input);
    stepper.step(input.iterations);
    const xy = stepper.positions();
    const stable = new Map(input.nodes.map((id, k) => [id, { x: xy[2 * k]!, y: xy[2 * k + 1]! }]));
    const end = await page.evaluate(readPositions);
    expect(end.map((p) => [p.id, p.x, p.y, p.modelX, p.modelY])).toEqual(end.map((p) => [p.id, stable.get(p.id)!.x, stable.get(p.id)!.y, stable.get(p.id)!.x, stable.get(p.id)!.y]));

    // A date step after the layout moves nobody either.
    const revision = await page.evaluate(() => {
      window.stancegraph!.store.dispatch({ type: "setDate", date: "2021-03-01" });
      return window.stancegraph!.view.get().revision;
    });
    await page.waitForFunction((r) => Number(document.getElementById("graph")?.dataset.drawn) >= r, revision);
    expect(await page.evaluate(readPositions)).toEqual(end);
    expect(errors).toEqual([]);
    await context.close();
  });
});
