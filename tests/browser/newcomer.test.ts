/**
 * The rough edges a newcomer hits (issue 11, item 6), each fixed and checked here in the built app:
 * the skip link, going back to the default dataset, the "Opened …" notice, Enter in the table,
 * side panels that keep their width, room for "What changed", "About this dataset", dates and
 * signs written as the rest of the app writes them.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { keepImport, openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

const state = (p: Page) => p.evaluate(() => window.stancegraph!.store.getState());
const noticeShown = (p: Page) => p.locator(".url-notice").isVisible();
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the skip link", () => {
  it("is the first Tab stop; it opens the table and focuses it, and is not read as a view link", async () => {
    const { page, errors } = await openApp(browser, `${base}#period=before-2023`);
    const hash = await page.evaluate(() => location.hash);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to the relations table");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.stancegraph!.store.getState().table);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("table-panel");
    await expect(page.locator("#table-panel").isVisible()).resolves.toBe(true);
    // The address still holds the view (and the table), not "#table-panel".
    expect(await page.evaluate(() => location.hash)).toBe(`${hash}&table=1`);
    expect(await noticeShown(page)).toBe(false);
    expect((await state(page)).date).toBe("2023-09-18");

    // An in-page anchor reached another way (typed, or a link without the app's handler) is not
    // a view link either: no "could not be used" notice, the view stays.
    await page.evaluate(() => (location.hash = "#table-panel"));
    await page.waitForFunction(() => location.hash === "#table-panel");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(await noticeShown(page)).toBe(false);
    expect((await state(page)).date).toBe("2023-09-18");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("back to the default dataset", () => {
  it("opens it quietly at its own view, fitted: no false link warning, no camera of the other graph", async () => {
    const context = await browser.newContext();
    const { page } = await openApp(context, base);
    await keepImport(page, "synthetic.json", { text: datasetJsonLines(generateDataset({ actors: 80, relations: 240, years: 10, seed: 3 })) });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    // The imported dataset's own view in the address: a period, an actor and a camera of its own.
    await page.evaluate(() => {
      const { store } = window.stancegraph!;
      store.dispatch({ type: "goToDate", date: window.stancegraph!.model.dataset.periods[0]!.date });
      store.dispatch({ type: "select", selection: { kind: "actor", id: "A0060" } });
      store.dispatch({ type: "setCamera", camera: { x: 0.9, y: 0.9, ratio: 0.2 } });
    });
    await page.waitForFunction(() => location.hash.includes("A0060") && location.hash.includes("cam="));
    await page.getByRole("button", { name: "Use the default dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "karabakh" && document.body.dataset.ready === "true");
    expect(await noticeShown(page)).toBe(false);
    const s = await state(page);
    expect(s.camera).toBeNull();
    expect(s.selection).toBeNull();
    expect(s.date).toBe("2024-04-18");
    expect(await page.evaluate(() => location.hash)).not.toMatch(/A0060|early|cam=/);
    await context.close();
  });
});

describe("the “Opened …” notice", () => {
  const text = datasetJsonLines(generateDataset({ actors: 60, relations: 150, years: 10, seed: 9 }));

  async function importWithNotice(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport });
    const { page } = await openApp(context, base, viewport);
    // A fake clock (time still flows for the app); the test moves it to the notice's end.
    await page.clock.install();
    await page.getByLabel("Open a dataset file (JSON or GEXF)").setInputFiles({ name: "synthetic.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction(() => window.stancegraph?.model.dataset.actors.length === 60 && document.body.dataset.ready === "true");
    return { context, page, notice: page.getByRole("status", { name: "Import result" }) };
  }

  it("says the sizes once, covers no control of the time bar, and leaves by itself", async () => {
    const { context, page, notice } = await importWithNotice({ width: 1280, height: 800 });
    const said = (await notice.textContent())!;
    // The title of a generated dataset already counts its actors: the notice does not repeat it.
    expect(said.match(/60 actors/g)).toHaveLength(1);
    expect(said).toContain("Opened “synthetic.json”: 60 actors, 150 relations.");
    const box = (await notice.boundingBox())!;
    for (const name of ["Lay out this date", "Compare two dates", "Play through time"]) {
      const control = (await page.getByRole("button", { name }).boundingBox())!;
      expect(overlap(box, control), name).toBe(false);
    }
    await page.clock.fastForward(31_000);
    await expect(notice.count()).resolves.toBe(0);
    await context.close();
  });

  it("on a phone too, and leaves on Dismiss", async () => {
    const { context, page, notice } = await importWithNotice({ width: 390, height: 844 });
    const box = (await notice.boundingBox())!;
    const layout = (await page.getByRole("button", { name: "Lay out this date" }).boundingBox())!;
    expect(overlap(box, layout)).toBe(false);
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice.count()).resolves.toBe(0);
    await context.close();
  });
});

describe("the table from the keyboard", () => {
  it("keeps the focus on the row chosen with Enter and shows its card from the top", async () => {
    const { page } = await openApp(browser, base);
    // A long card scrolled down, then a row chosen from the table.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "ARM" } }));
    const details = page.locator("#details-panel");
    await details.evaluate((el) => (el.scrollTop = 400));
    expect(await details.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await page.getByRole("button", { name: "Show the relations table" }).click();
    const rowButton = page.locator("#table-panel tbody tr[data-relation] th button").nth(2);
    const id = await rowButton.evaluate((b) => b.closest("tr")!.dataset.relation!);
    await rowButton.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((rid) => (window.stancegraph!.store.getState().selection as { id?: string } | null)?.id === rid, id);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest("tr")?.dataset.relation)).toBe(id);
    expect(await details.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(page.locator("#live-region").textContent()).resolves.toMatch(/^Details shown: /);
    await page.close();
  });

  it("writes the sign as +, − and 0, each read as a word", async () => {
    const { page } = await openApp(browser, `${base}#period=after-2023&table=1`);
    const cells = await page.locator("#table-panel td.col-sign").evaluateAll((tds) => tds.map((td) => ({ shown: td.querySelector("[aria-hidden=true]")?.textContent, read: td.querySelector(".visually-hidden")?.textContent })));
    expect(new Set(cells.map((c) => `${c.shown} ${c.read}`))).toEqual(new Set(["+ cooperative", "− adversarial", "0 neutral"]));
    await page.close();
  });
});

describe("the side panels", () => {
  it("keep their widths, and the graph its width, between Details and Analysis", async () => {
    const { page } = await openApp(browser, base);
    const widths = () =>
      page.evaluate(() => ["#controls-panel", "#graph", ".side"].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().width)));
    const details = await widths();
    await page.getByRole("tab", { name: "Analysis" }).click();
    await expect(page.locator("#analysis-panel").isVisible()).resolves.toBe(true);
    expect(await widths()).toEqual(details);
    await page.close();
  });
});

describe("compare mode", () => {
  it("gives “What changed” room, and a handle that trades graph height for list height", async () => {
    const { page } = await openApp(browser, `${base}#period=after-2023&compare=2023-09-18,2024-04-18`);
    const list = page.locator("#compare-panel .changes");
    const height = async () => (await list.boundingBox())!.height;
    const graphHeight = async () => (await page.locator("#graph").boundingBox())!.height;
    const start = await height();
    expect(start).toBeGreaterThanOrEqual(240);
    expect((await list.boundingBox())!.width).toBeGreaterThanOrEqual(380);
    const handle = page.getByRole("separator", { name: "Resize the What changed list" });
    const graphBefore = await graphHeight();
    await handle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowUp");
    expect(await height()).toBeGreaterThanOrEqual(start + 110);
    expect(await graphHeight()).toBeLessThan(graphBefore - 100);
    await expect(handle.getAttribute("aria-valuenow")).resolves.toBe(String(Math.round(await height())));
    await page.keyboard.press("Home");
    expect(await height()).toBeLessThan(start);
    await page.close();
  });

  it("reads and writes its dates as ISO with the date in words, and says what is wrong with a bad one", async () => {
    const { page } = await openApp(browser, `${base}#period=after-2023&compare=2023-09-18,2024-04-18`);
    const first = page.getByLabel("First date");
    await expect(first.getAttribute("type")).resolves.toBe("text");
    await expect(first.inputValue()).resolves.toBe("2023-09-18");
    await expect(page.locator("#compare-a-note").textContent()).resolves.toBe("18 Sep 2023");
    await first.fill("2023-10-03");
    expect((await state(page)).compare).toEqual({ a: "2023-10-03", b: "2024-04-18" });
    await expect(page.locator("#compare-a-note").textContent()).resolves.toBe("3 Oct 2023");
    // A date in another form is refused with a reason; what was typed stays to be corrected.
    await first.fill("10/03/2023");
    await first.press("Enter");
    await expect(first.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#compare-a-note").textContent()).resolves.toContain("is not a date: write it as YYYY-MM-DD");
    await expect(first.inputValue()).resolves.toBe("10/03/2023");
    expect((await state(page)).compare).toEqual({ a: "2023-10-03", b: "2024-04-18" });
    await first.fill("2031-01-01");
    await first.press("Enter");
    await expect(page.locator("#compare-a-note").textContent()).resolves.toContain("outside the timeline");
    await page.close();
  });
});

describe("About this dataset", () => {
  it("opens on the first visit of the default dataset, says what the data rests on, and is remembered once closed", async () => {
    const context = await browser.newContext();
    const { page, errors } = await openApp(context, base, undefined, { firstVisit: true });
    const dialog = page.getByRole("dialog", { name: "Karabakh after 2020: Russia's exit and the South Caucasus realignment" });
    await expect(dialog.isVisible()).resolves.toBe(true);
    const text = (await dialog.textContent())!;
    expect(text).toContain("machine-paraphrased repost");
    expect(text).toContain("Before 2023 — 18 Sep 2023: The eve of Azerbaijan's offensive");
    expect(text).toContain("MIT licence");
    await expect(dialog.getByRole("heading", { name: "Sources (29)" }).count()).resolves.toBe(1);
    const links = await dialog.locator(".about-sources a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((href) => /^https?:\/\//.test(href))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The focus goes back to the header's button at once (not at the dialog's close event, a frame later).
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "About this dataset");

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.getByRole("button", { name: "About this dataset" }).click();
    await expect(dialog.isVisible()).resolves.toBe(true);
    await dialog.getByRole("button", { name: "Start exploring" }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
