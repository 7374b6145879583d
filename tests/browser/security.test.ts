/**
 * Dataset text reaches the DOM only as text. A dataset whose labels, quotes and sources hold HTML
 * and script payloads is loaded the way a user's import is (kept in IndexedDB, validated on boot);
 * nothing is executed or injected, and the payloads show literally.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { keepImport, launchChromium, openApp } from "./chromium.ts";
import { miniDataset } from "../unit/fixtures.ts";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

function hostileDataset() {
  const d = miniDataset();
  d.title = `Hostile ${PAYLOAD}`;
  d.actors[0]!.label = `Alpha ${PAYLOAD}`;
  d.actors[0]!.description = `<b onmouseover="window.__xss=3">bold</b>`;
  d.actors[0]!.aliases = [`<svg onload="window.__xss=4">`];
  d.relationTypes[0]!.label = `Alliance <iframe src="javascript:window.__xss=5">`;
  d.relations[2]!.evidence[0]!.citation = `"quoted" ${PAYLOAD}`;
  d.relations[2]!.note = `</p><script>window.__xss=6</script>`;
  d.sources[1]!.title = `Ref <a href="javascript:window.__xss=7">click</a>`;
  d.sources[1]!.url = `https://example.org/"><script>window.__xss=8</script>`;
  d.periods[1]!.label = `After <style>body{display:none}</style>`;
  return d;
}

let browser: Browser;
let page: Page;
let errors: string[];
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true });
  ({ page } = await openApp(context, base));
  // Store the dataset exactly where an import keeps it, then reload.
  await keepImport(page, "hostile.json", { text: JSON.stringify(hostileDataset()) });
  await page.close();
  ({ page, errors } = await openApp(context, base));
});
afterAll(async () => {
  await browser?.close();
});

describe("a dataset full of markup", () => {
  it("loads as the imported dataset and says so", async () => {
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.id)).toBe("mini");
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("hostile.json");
    await expect(page.locator(".dataset-title").textContent()).resolves.toBe(`Hostile ${PAYLOAD}`);
  });

  it("shows payloads as literal text in search, details and table, and runs none of them", async () => {
    const input = page.getByRole("combobox", { name: "Search actors" });
    await input.fill("svg onload");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain(`Alpha ${PAYLOAD}`);
    await input.press("Enter");
    await expect(page.locator("#details-panel h2").first().textContent()).resolves.toBe(`Alpha ${PAYLOAD}`);
    await expect(page.locator("#details-panel .description").textContent()).resolves.toBe(`<b onmouseover="window.__xss=3">bold</b>`);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2022-01-01" }));
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: "r3" } }));
    await expect(page.locator("#details-panel .note").textContent()).resolves.toBe(`</p><script>window.__xss=6</script>`);
    await expect(page.locator("#details-panel .citation").textContent()).resolves.toBe(`"quoted" ${PAYLOAD}`);
    await page.getByRole("button", { name: "Show the relations table" }).click();
    await expect(page.locator("#table-panel tbody").textContent()).resolves.toContain(`Alpha ${PAYLOAD}`);
    await page.locator("#details-panel cite").hover();
    // Had any payload become an <img>, its failed load would have fired by the time a probe image
    // requested after everything above has failed too: wait for that, not for a span of time.
    await page.evaluate(() => new Promise<void>((resolve) => {
      const probe = new Image();
      probe.onerror = () => resolve();
      probe.onload = () => resolve();
      probe.src = `/__missing-probe-${Date.now()}.png`;
    }));

    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      img: document.querySelectorAll("img").length,
      iframe: document.querySelectorAll("iframe").length,
      inlineScripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
      styles: document.querySelectorAll("style").length,
      bold: document.querySelectorAll("#app b").length,
      javascriptLinks: [...document.querySelectorAll("a")].filter((a) => a.href.startsWith("javascript:")).length,
      bodyVisible: getComputedStyle(document.body).display !== "none",
    }));
    expect(injected).toEqual({ xss: null, img: 0, iframe: 0, inlineScripts: 0, styles: 0, bold: 0, javascriptLinks: 0, bodyVisible: true });
    expect(errors).toEqual([]);
  });

  it("comes back to the default dataset in one click", async () => {
    await page.getByRole("button", { name: "Use the default dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "karabakh", null, { timeout: 30_000 });
    await expect(page.locator(".dataset-origin").count()).resolves.toBe(0);
  });
});
