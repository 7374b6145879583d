/** Launching Debian's Chromium for the browser tests (never a downloaded browser build). */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--no-sandbox",
];

/**
 * How long a navigation or an action (a click, a wait) may take before it fails: Playwright's
 * default is 30 s, which a loaded machine (CI on two shared cores) exceeded once while loading the
 * page. Tests wait on conditions; this is only the point at which waiting becomes a failure.
 */
export const ACTION_TIMEOUT_MS = 90_000;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
  // Every context (and so every page: newPage makes its own context through newContext) gets it.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/**
 * Marks the default dataset's "About this dataset" as read, as a returning visitor has it, so that
 * it does not open over the app (src/ui/about.ts opens it on a first visit). Runs before the app.
 */
export async function skipFirstVisitAbout(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem("stancegraph:about-seen:karabakh", "test"));
}

/**
 * Opens the app and waits until it has mounted (or shown a load error). Collects page errors.
 * The page is a returning visitor's unless `firstVisit` (see skipFirstVisitAbout).
 */
export async function openApp(
  target: Browser | BrowserContext,
  url: string,
  viewport = { width: 1280, height: 800 },
  options: { firstVisit?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  // A Browser opens each page in a fresh context; a BrowserContext shares storage between pages.
  const page = "newContext" in target ? await target.newPage({ viewport, acceptDownloads: true }) : await target.newPage();
  if (!("newContext" in target)) await page.setViewportSize(viewport);
  if (!options.firstVisit) await skipFirstVisitAbout(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "true" || document.querySelector(".load-error") !== null, null, { timeout: 120_000 });
  return { page, errors };
}

/**
 * Keeps what `selector` shows on screen in the page, as RGBA bytes under `window[name]`. Taken
 * from a screenshot, decoded in the page: sigma's WebGL layers do not keep their drawing buffer,
 * so copying its canvases with drawImage would see the labels but not the edges.
 */
export async function keepPixels(page: Page, name: string, selector = "#graph"): Promise<void> {
  const png = (await page.locator(selector).screenshot()).toString("base64");
  await page.evaluate(
    async ([key, data]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      (window as unknown as Record<string, Uint8ClampedArray>)[key] = ctx.getImageData(0, 0, c.width, c.height).data;
    },
    [name, png] as const,
  );
}

/** Fraction of the pixels of `selector` on screen that are not background. */
export async function inkRatio(page: Page, selector = "#graph"): Promise<number> {
  await keepPixels(page, "__ink", selector);
  return page.evaluate(() => {
    const data = (window as unknown as Record<string, Uint8ClampedArray>)["__ink"]!;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return ink / (data.length / 4);
  });
}

/**
 * Keeps a dataset as the app's import in `context` (a page of the app opened, keepImport, closed),
 * so that the context's next page of the app opens it.
 */
export async function keepImportIn(context: BrowserContext, base: string, name: string, source: { text: string } | { url: string }): Promise<void> {
  const page = (await openApp(context, base)).page;
  await keepImport(page, name, source);
  await page.close();
}

/**
 * Keeps a dataset where the app keeps an import (IndexedDB, as src/app/datasetStore.ts writes it),
 * so the next load of the app opens it. A `url` is fetched inside the page, so a large file does
 * not have to cross the DevTools protocol.
 */
export async function keepImport(page: Page, name: string, source: { text: string } | { url: string }): Promise<void> {
  await page.evaluate(
    async ({ name, source }) => {
      const text = "text" in source ? source.text : await (await fetch(source.url)).text();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("stancegraph");
        open.onupgradeneeded = () => open.result.createObjectStore("datasets");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("datasets", "readwrite");
          const record = { name, blob: new Blob([text], { type: "application/json" }), savedAt: new Date().toISOString() };
          tx.objectStore("datasets").put(record, "imported-dataset");
          // Read back whole before resolving: a Blob kept by IndexedDB is written out of line, and a
          // page that closed right after the put once left the next page reading nothing (it then
          // opened the default dataset: the large-graph tests timed out waiting for theirs).
          tx.oncomplete = () => {
            const get = open.result.transaction("datasets").objectStore("datasets").get("imported-dataset");
            get.onerror = () => reject(get.error);
            get.onsuccess = () =>
              void (get.result as { blob: Blob }).blob.text().then((back) => (back.length === text.length ? resolve() : reject(new Error(`IndexedDB gave back ${back.length} of ${text.length} characters`))), reject);
          };
          // A value over Chromium's limit aborts the transaction.
          tx.onabort = () => reject(new Error(`IndexedDB would not keep the dataset: ${tx.error?.message ?? "aborted"}`));
        };
      });
    },
    { name, source },
  );
}

/**
 * Waits until the renderer has drawn the current view and nothing moves: the graph container's
 * `data-drawn` is the derived view's revision, `data-settled` is true (no fade, no node
 * animation, no layout running), no camera move is pending and the camera is still. A condition,
 * never a sleep.
 */
export async function drawn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const graph = document.getElementById("graph");
      const app = window.stancegraph;
      // A long jump on a large dataset goes in legs (src/app/dateLegs.ts): drawn once at its end.
      if (!graph || !app || graph.dataset.settled !== "true" || Number(graph.dataset.drawn) !== app.view.get().revision || app.legs.heading() !== null) return false;
      // A camera move still being decided (src/view/camera.ts keepInView: after a file opens, the
      // move that brings actors out from under its notice) would come after this frame.
      if (graph.dataset.camera === "pending") return false;
      // A camera still moving: what is on the pixels is not yet where graphToViewport says it is
      // (an ink check then samples the wrong places: the move after a file opens did just that).
      return app.renderer.isMounted() && !app.renderer.sigma.getCamera().isAnimated();
    },
    null,
    { timeout },
  );
  // The frame that shows it has been produced (screenshots read the compositor's last frame).
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Waits until sigma's camera has stopped animating. */
export async function cameraStill(page: Page): Promise<void> {
  await page.waitForFunction(() => window.stancegraph?.renderer.isMounted() === true && !window.stancegraph.renderer.sigma.getCamera().isAnimated());
}

/**
 * The actors shown at the view's date, the one with most relations shown first (ties in the order
 * the shown relations name them): the hubs a test hovers or selects.
 */
export function byRelationsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const degree = new Map<string, number>();
    for (const r of window.stancegraph!.view.get().visible.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
    return [...degree].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  });
}
