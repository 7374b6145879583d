/**
 * Sigma's WebGL contexts are made once per page and kept (src/view/sigmaInternals.ts, the spare
 * canvases): a file opened in the app is drawn on the canvases of the graph it replaces, and a
 * kept context that was lost is never handed out. Checked by the canvases' identity, by counting
 * the contexts the page makes, and by ink: a relation's line in its colour on the new graph, and
 * sigma's picking (a framebuffer on the reused context) selecting the actor clicked.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./chromium.ts";
import { inkAlongPath, parallelDataset, settle } from "./ink.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

const LAYERS = ["edges", "nodes", "hoverNodes"] as const;

/** The app with every WebGL context it makes counted (a canvas's first getContext of webgl or webgl2). */
async function countingApp(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { webglContextsMade: number };
    w.webglContextsMade = 0;
    const getContext = HTMLCanvasElement.prototype.getContext;
    const withContext = new WeakSet<HTMLCanvasElement>();
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.includes("webgl") && !withContext.has(this)) {
        withContext.add(this);
        w.webglContextsMade++;
      }
      return (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  });
  return openApp(context, base);
}

/** Marks the renderer's WebGL canvases (by layer) so that the next renderer's can be told apart. */
const markCanvases = (page: Page) =>
  page.evaluate((layers) => {
    for (const id of layers) (document.querySelector(`#graph canvas.sigma-${id}`) as HTMLCanvasElement).dataset.marked = "first";
  }, LAYERS);

/** For each WebGL layer of the renderer now: whether its canvas is a marked one. */
const marked = (page: Page) => page.evaluate((layers) => layers.map((id) => (document.querySelector(`#graph canvas.sigma-${id}`) as HTMLCanvasElement | null)?.dataset.marked === "first"), LAYERS);

const contextsMade = (page: Page) => page.evaluate(() => (window as unknown as { webglContextsMade: number }).webglContextsMade);

/** Opens the parallel-relations dataset from the toolbar's file input and waits until it is drawn at its date. */
async function openParallel(page: Page): Promise<void> {
  await page.locator("input.import-input").setInputFiles({ name: "parallel.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(parallelDataset())) });
  await page.waitForFunction(() => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.id === "parallel-ink");
  // The import's warnings (overlapping relations) are shown over the graph: dismissed, to see it.
  await page.getByRole("button", { name: "Dismiss" }).click();
  await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2020-06-01" }));
  await settle(page);
}

/** The relation R1-0 (alone between its two actors: a straight line) has ink of its colour along it, and a click on P0 selects it. */
async function drawnAndPicked(page: Page): Promise<void> {
  const ink = await inkAlongPath(page, "R1-0");
  expect(ink.samples).toBeGreaterThan(5);
  expect(ink.hits / ink.samples).toBeGreaterThan(0.8);
  // Picking reads the nodes layer's framebuffer: a click on P0 selects it.
  const at = await page.evaluate(() => {
    const { renderer } = window.stancegraph!;
    return renderer.sigma.graphToViewport(renderer.positions.get("P0"));
  });
  const box = (await page.locator("#graph").boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await expect.poll(() => page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "actor", id: "P0" });
}

describe("sigma's WebGL contexts", () => {
  it("are kept when a file opened in the app replaces the graph: the new graph is drawn on the same canvases, with no new context, and picks actors", async () => {
    const { page, errors } = await countingApp();
    // Three contexts so far: made at boot, adopted by the default dataset's renderer.
    expect(await contextsMade(page)).toBe(3);
    await markCanvases(page);
    await openParallel(page);
    expect(await marked(page)).toEqual([true, true, true]);
    expect(await contextsMade(page)).toBe(3);
    await drawnAndPicked(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a kept context that was lost is not handed out: a new one is made for that layer, and the graph is drawn", async () => {
    const { page, errors } = await countingApp();
    await markCanvases(page);
    // When the app on screen is replaced (restart calls its destroy), its edges canvas is kept:
    // losing that context then leaves a lost context among the kept canvases.
    await page.evaluate(() => {
      const app = window.stancegraph!;
      const edges = document.querySelector("#graph canvas.sigma-edges") as HTMLCanvasElement;
      const destroy = app.destroy;
      app.destroy = () => {
        destroy();
        edges.getContext("webgl2")!.getExtension("WEBGL_lose_context")!.loseContext();
      };
    });
    await openParallel(page);
    expect(await marked(page)).toEqual([false, true, true]);
    expect(await contextsMade(page)).toBe(4);
    await drawnAndPicked(page);
    // And again after a camera move on the new context (an opened file's actors are moved out from
    // under its notice so, right after the open): the camera jumps aside and glides back; once it
    // is still, the line is drawn where it was (checked too soon, mid-glide, there is no ink).
    await page.evaluate(() => {
      const camera = window.stancegraph!.renderer.sigma.getCamera();
      const state = camera.getState();
      camera.setState({ ...state, x: state.x - 0.2 });
      void camera.animate(state, { duration: 1000 });
    });
    await settle(page);
    await drawnAndPicked(page);
    expect(errors.filter((e) => !/context lost/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
