/**
 * A phone (390×844, touch): the toolbar is one row with a "More…" menu; the side panels are sheets,
 * one at a time, each leaving the graph in view; the filters close with their button, a tap
 * outside, Escape and a search pick. And the desktop toolbar is as it was.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cameraStill, drawn, keepPixels, launchChromium, openApp } from "./chromium.ts";
import { ROOT } from "./preview.ts";

const base = inject("baseUrl");
const PHONE = { width: 390, height: 844 };
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(hash = ""): Promise<{ page: Page; errors: string[] }> {
  return openApp(context, base + hash, PHONE);
}

/** The sheets on screen (search and filters, details, analysis, table). */
const openSheets = (page: Page) =>
  page.evaluate(() =>
    ["controls-panel", "details-panel", "analysis-panel", "table-panel"].filter((id) => {
      const el = document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).display !== "none" && r.width > 0 && r.height > 0;
    }),
  );

/**
 * How much of the graph is in view: points on a 10 px grid over the screen where the graph (its
 * canvases) is the topmost element. Returns the area and the height of the tallest run of rows
 * in which the graph is seen across at least 80% of the screen's width.
 */
const graphInView = (page: Page) =>
  page.evaluate(() => {
    const graph = document.getElementById("graph")!;
    const step = 10;
    let points = 0;
    let run = 0;
    let tallest = 0;
    for (let y = step / 2; y < innerHeight; y += step) {
      let row = 0;
      for (let x = step / 2; x < innerWidth; x += step) {
        const el = document.elementFromPoint(x, y);
        if (el && graph.contains(el)) row++;
      }
      points += row;
      run = row * step >= 0.8 * innerWidth ? run + step : 0;
      tallest = Math.max(tallest, run);
    }
    return { area: points * step * step, height: tallest };
  });

/** The graph in view with a sheet open: at least a third of the screen and a 250 px band. */
async function expectGraphInView(page: Page, state: string): Promise<void> {
  const seen = await graphInView(page);
  expect(seen.area, `${state}: graph area in view`).toBeGreaterThan((PHONE.width * PHONE.height) / 3);
  expect(seen.height, `${state}: graph band in view`).toBeGreaterThanOrEqual(250);
}

describe("the toolbar on a phone", () => {
  it("is one row: the sheet buttons and More…, whose menu of real buttons works by touch and keyboard", async () => {
    const { page, errors } = await openPhone();
    const row = await page.locator(".toolbar").evaluate((bar) => {
      const shown = [...bar.querySelectorAll<HTMLElement>("button")].filter((b) => b.offsetParent !== null && b.getBoundingClientRect().width > 0);
      return { tops: [...new Set(shown.map((b) => Math.round(b.getBoundingClientRect().top)))], names: shown.map((b) => b.textContent) };
    });
    expect(row.tops).toHaveLength(1);
    expect(row.names).toEqual(["Filters", "Details", "Analysis", "More…"]);

    const more = page.getByRole("button", { name: "More…" });
    const menu = page.getByRole("group", { name: "More tools" });
    await expect(menu.isVisible()).resolves.toBe(false);
    await more.tap();
    await expect(more.getAttribute("aria-expanded")).resolves.toBe("true");
    for (const name of ["Zoom in", "Zoom out", "Fit the graph to the screen", "Full screen", "Re-run the layout", "Show the relations table", "Copy link to this view", "Export…", "Open dataset…"]) {
      await expect(menu.getByRole("button", { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    // A tap outside closes it.
    await page.locator("#graph").tap({ position: { x: 20, y: 300 } });
    await expect(menu.isVisible()).resolves.toBe(false);

    // From the keyboard: Enter opens it on its first tool, arrows move, Escape closes and returns.
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(menu.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Zoom in");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Zoom out");
    await page.keyboard.press("Escape");
    await expect(menu.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("More…");
    // Escape closed only the menu.
    expect(await page.evaluate(() => window.stancegraph!.store.getState().table)).toBe(false);

    // A tool works from the menu: Table opens the table sheet.
    await more.tap();
    await menu.getByRole("button", { name: "Show the relations table" }).tap();
    await page.waitForFunction(() => window.stancegraph!.store.getState().table);
    expect(await openSheets(page)).toEqual(["table-panel"]);
    // The menu closed to show it (it lay over the sheet, which could not be read or tapped), and
    // the focus went on into the sheet rather than back to the page.
    await expect(menu.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest("#table-panel") !== null)).toBe(true);
    const box = (await page.locator("#table-panel tbody tr").first().boundingBox())!;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("#table-panel") !== null, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe(true);
    // Every name, type and date is whole (in 390 px seven columns cut them to "Az…", "20…"); the
    // table scrolls sideways, and only the evidence is cut (whole in its tooltip and the details).
    const cut = await page.evaluate(() => {
      const out: string[] = [];
      for (const td of document.querySelectorAll<HTMLElement>("#table-panel tbody td:not(.col-quote)")) if (td.scrollWidth > td.clientWidth + 1) out.push(`${td.className}: ${td.textContent}`);
      return out;
    });
    expect(cut).toEqual([]);
    expect(await page.evaluate(() => { const s = document.querySelector<HTMLElement>("#table-panel .table-scroll")!; return s.scrollWidth > s.clientWidth; })).toBe(true);
    // Which is said (the caption) and seen: a shade along the sheet's right edge while more lies
    // beyond it, gone at the table's end (the median of the edge's pixels, past text and borders).
    await expect(page.locator("#table-panel caption .scroll-hint").isVisible()).resolves.toBe(true);
    // (On a line of its own, within the sheet: the caption is as wide as the table.)
    const hintEnd = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector("#table-panel caption .scroll-hint")!);
      return range.getBoundingClientRect().right;
    });
    expect(hintEnd).toBeLessThanOrEqual(390);
    const rightEdge = async () => {
      await keepPixels(page, "__tableEdge", "#table-panel .table-scroll");
      return page.evaluate(() => {
        const s = document.querySelector<HTMLElement>("#table-panel .table-scroll")!;
        const data = (window as unknown as Record<string, Uint8ClampedArray>)["__tableEdge"]!;
        const w = Math.round(s.getBoundingClientRect().width);
        const h = data.length / 4 / w;
        const x = w - 2;
        const lum: number[] = [];
        // Below the sticky header row, whose own background covers the shade.
        for (let y = 40; y < h - 2; y++) {
          const i = (y * w + x) * 4;
          lum.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
        }
        lum.sort((a, b) => a - b);
        return lum[Math.floor(lum.length / 2)]!;
      });
    };
    expect(await rightEdge()).toBeLessThan(235);
    await page.evaluate(() => { const s = document.querySelector<HTMLElement>("#table-panel .table-scroll")!; s.scrollLeft = s.scrollWidth; });
    await expect.poll(rightEdge).toBeGreaterThan(250);
    // A tool that acts in place leaves it open: zoom twice.
    await more.tap();
    await menu.getByRole("button", { name: "Zoom in" }).tap();
    await expect(menu.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("sheets on a phone", () => {
  it("the filters close with their close button, a tap outside, Escape, and a search pick", async () => {
    const { page } = await openPhone();
    const filters = page.getByRole("button", { name: "Show search, filters and legend" });
    const panel = page.locator("#controls-panel");

    await filters.tap();
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Hide search, filters and legend" }).getAttribute("aria-expanded")).resolves.toBe("true");
    // The sheet leaves its opener in view (it does not cover the toolbar).
    const opener = (await page.locator(".panel-toggle").first().boundingBox())!;
    expect((await panel.boundingBox())!.y).toBeGreaterThan(opener.y + opener.height);
    await page.getByRole("button", { name: "Close the filters" }).tap();
    await expect(panel.isVisible()).resolves.toBe(false);

    await filters.tap();
    await page.locator("#graph").tap({ position: { x: 10, y: 20 } });
    await expect(panel.isVisible()).resolves.toBe(false);

    await filters.tap();
    await page.keyboard.press("Escape");
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Filters");

    await filters.tap();
    await page.getByRole("combobox", { name: "Search actors" }).fill("Kreml");
    await page.getByRole("option").first().tap();
    await page.waitForFunction(() => window.stancegraph!.store.getState().selection !== null);
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await openSheets(page)).toEqual(["details-panel"]);
    await expect(page.locator("#details-panel h2").first().textContent()).resolves.toBe("Russia");
    // Escape clears the selection and closes the details.
    await page.keyboard.press("Escape");
    expect(await openSheets(page)).toEqual([]);
    await page.close();
  });

  it("opens one sheet at a time, never the details over another, and keeps the graph in view in every state", async () => {
    const { page, errors } = await openPhone();
    const seen = await graphInView(page);
    expect(seen.height).toBeGreaterThanOrEqual(300);
    await expectGraphInView(page, "no sheet");

    await page.getByRole("button", { name: "Show search, filters and legend" }).tap();
    expect(await openSheets(page)).toEqual(["controls-panel"]);
    await expectGraphInView(page, "filters");

    // A selection (here from the graph's side, as a tap on an actor would) opens the details
    // instead of the filters, not over them.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "ARM" } }));
    expect(await openSheets(page)).toEqual(["details-panel"]);
    await expectGraphInView(page, "details");

    await page.getByRole("button", { name: "Show the analysis" }).tap();
    expect(await openSheets(page)).toEqual(["analysis-panel"]);
    await expectGraphInView(page, "analysis");

    // The details come back from their button; the selection was kept.
    await page.getByRole("button", { name: "Show details" }).tap();
    expect(await openSheets(page)).toEqual(["details-panel"]);
    expect(await page.evaluate(() => window.stancegraph!.store.getState().analysis)).toBe(false);

    await page.getByRole("button", { name: "More…" }).tap();
    await expectGraphInView(page, "menu");
    await page.getByRole("button", { name: "Show the relations table" }).tap();
    expect(await openSheets(page)).toEqual(["table-panel"]);
    await page.locator("#graph").tap({ position: { x: 10, y: 20 } });
    await expectGraphInView(page, "table");

    await page.getByRole("button", { name: "Close the table" }).tap();
    expect(await openSheets(page)).toEqual([]);

    // Compare mode puts the dates and "What changed" in the time bar: the graph stays in view.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: { a: "2023-09-18", b: "2024-04-18" } }));
    await page.locator("#compare-panel .changes").waitFor();
    await expectGraphInView(page, "compare");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a selection on a phone", () => {
  /**
   * Each actor: where it is on the page, whether the graph is what is seen there (not a sheet),
   * and whether its colour is inked at its centre on the graph's canvas.
   */
  const seenActors = async (page: Page, ids: string[]) => {
    await keepPixels(page, "__selection");
    return page.evaluate((ids) => {
      const sigma = window.stancegraph!.renderer.sigma;
      const data = (window as unknown as Record<string, Uint8ClampedArray>)["__selection"]!;
      const { width } = sigma.getDimensions();
      const box = sigma.getContainer().getBoundingClientRect();
      const graph = document.getElementById("graph")!;
      return ids.map((id) => {
        const d = sigma.getNodeDisplayData(id)!;
        const v = sigma.framedGraphToViewport(d);
        const i = (Math.round(v.y) * width + Math.round(v.x)) * 4;
        const want = [1, 3, 5].map((k) => Number.parseInt(d.color.slice(k, k + 2), 16));
        const inked = [0, 1, 2].every((k) => Math.abs(data[i + k]! - want[k]!) <= 24);
        const top = document.elementFromPoint(box.left + v.x, box.top + v.y);
        return { id, y: Math.round(box.top + v.y), uncovered: top !== null && graph.contains(top), inked };
      });
    }, ids);
  };
  const frames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r())))));

  it("brings a relation chosen elsewhere out from under the details sheet, inked where it is seen; one in view leaves the camera still", async () => {
    const { page, errors } = await openPhone();
    await drawn(page);
    // Russia–Ukraine hostility: Ukraine is drawn in the lower half, where the details sheet opens.
    const relation = "RUS-UKR-hostility-2022";
    const before = await seenActors(page, ["RUS", "UKR"]);
    const sheetTop = PHONE.height / 2;
    expect(before.find((a) => a.id === "UKR")!.y, "Ukraine starts where the sheet will be").toBeGreaterThan(sheetTop);
    // Chosen as a card, the table or a suggestion would choose it (not by a tap on the graph).
    await page.evaluate((id) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id } }), relation);
    expect(await openSheets(page)).toEqual(["details-panel"]);
    await expect.poll(async () => (await seenActors(page, ["RUS", "UKR"])).every((a) => a.uncovered && a.inked), { timeout: 10_000 }).toBe(true);
    await cameraStill(page);
    const after = await seenActors(page, ["RUS", "UKR"]);
    expect(after.every((a) => a.uncovered && a.inked && a.y < sheetTop), JSON.stringify(after)).toBe(true);
    // Its line too, between them, in its colour: the relation is seen, not only its ends.
    const line = await page.evaluate((id) => {
      const sigma = window.stancegraph!.renderer.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const [a, b] = [sigma.getGraph().source(id), sigma.getGraph().target(id)].map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
      const mid = { x: box.left + (a!.x + b!.x) / 2, y: box.top + (a!.y + b!.y) / 2 };
      const top = document.elementFromPoint(mid.x, mid.y);
      return { uncovered: top !== null && document.getElementById("graph")!.contains(top) };
    }, relation);
    expect(line.uncovered).toBe(true);

    // An actor already seen above the sheet: the camera does not move.
    const camera = () => page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().getState());
    const still = await camera();
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "RUS" } }));
    await drawn(page);
    await frames(page);
    expect(await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().isAnimated())).toBe(false);
    expect(await camera()).toEqual(still);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a camera move on its way", () => {
  it("is waited for by drawn(): while a dialog holds back the move a selection asks for, the graph says a move is pending, and Ukraine is above the sheet when drawn() returns", async () => {
    const { page, errors } = await openPhone();
    await drawn(page);
    // Chosen as the table would choose it, with the Export menu opened in the same task: the
    // details sheet opens over Ukraine, and the camera waits for the dialog to close (the page
    // under a modal dialog is inert and cannot be measured).
    await page.evaluate(() => {
      window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: "RUS-UKR-hostility-2022" } });
      [...document.querySelectorAll("button")].find((b) => b.textContent === "Export…")!.click();
    });
    await page.locator("dialog[open]").waitFor();
    await page.waitForFunction(() => document.getElementById("graph")!.dataset.settled === "true");
    expect(await page.evaluate(() => document.getElementById("graph")!.dataset.camera)).toBe("pending");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("dialog[open]") === null);
    // No polling: what drawn() returns on is what is on the screen.
    await drawn(page);
    const ukraine = await page.evaluate(() => {
      const sigma = window.stancegraph!.renderer.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData("UKR")!);
      const top = document.elementFromPoint(box.left + v.x, box.top + v.y);
      return { y: box.top + v.y, uncovered: top !== null && document.getElementById("graph")!.contains(top) };
    });
    expect(ukraine.uncovered, JSON.stringify(ukraine)).toBe(true);
    expect(await page.evaluate(() => document.getElementById("graph")!.dataset.camera)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a selection as a dialog opens", () => {
  it("leaves the camera where it was: the page under a modal dialog is inert, and was measured as covered (the camera flew off, France out of the SVG export)", async () => {
    const { page, errors } = await openApp(browser, base);
    await drawn(page);
    const before = await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().getState());
    // The selection and the Export menu in one task, as a quick user (or a test) does.
    await page.evaluate(() => {
      window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "RUS" } });
      [...document.querySelectorAll("button")].find((b) => b.textContent === "Export…")!.click();
    });
    await page.locator("dialog[open]").waitFor();
    await drawn(page);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("dialog[open]") === null);
    await drawn(page);
    await cameraStill(page);
    expect(await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().getState())).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("Open dataset's steps on a phone", () => {
  /** Controls and groups in the open dialog that reach past its right edge (cut off, or scrolled sideways). */
  const overflowing = (page: Page) =>
    page.locator("dialog[open]").evaluate((dialog) => {
      const right = dialog.getBoundingClientRect().right;
      return [...dialog.querySelectorAll<HTMLElement>("fieldset, select, input, button, table, p")]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > right + 0.5 && !el.closest(".mapping-table-wrap"))
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ""}: ${el.textContent?.slice(0, 30) ?? ""}`);
    });

  it("fit the screen: no field or group of the options step or the mapping dialog reaches past the dialog", async () => {
    const { page, errors } = await openPhone();
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${ROOT}/tests/fixtures/ingest/gdelt-2023.export.CSV.gz`);
    await page.locator("dialog.ingest-step[open]").waitFor();
    expect(await overflowing(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator("dialog.ingest-step[open]").waitFor({ state: "detached" });
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${ROOT}/tests/fixtures/ingest/convert/gephi-dynamic-1.3.gexf`);
    await page.locator("dialog.mapping-step[open]").waitFor();
    expect(await overflowing(page)).toEqual([]);
    // The preview's headings and short values (ids, types, dates) keep their words whole, on one
    // line each (they were broken letter by letter); the preview scrolls sideways in its frame.
    await page.locator(".mapping-preview tbody tr").first().waitFor();
    const broken = await page.locator(".mapping-preview").evaluate((table) => {
      const lines = (el: Element) => {
        const range = document.createRange();
        // (A cell's text sits in a block of its own: its contents, not that block's box.)
        range.selectNodeContents(el.querySelector(".cell") ?? el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      const short = (c: Element) => c.tagName === "TH" || ((c.textContent ?? "").length <= 24 && !/\s/.test((c.textContent ?? "").trim()));
      return [...table.querySelectorAll("th, td")].filter((c) => short(c) && lines(c) > 1).map((c) => c.textContent);
    });
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("an imported dataset's header on a phone", () => {
  it("is three rows, the dataset's line one of them: its title whole, the way back to the default dataset a whole button", async () => {
    // Before, the line wrapped into four rows (title, "· imported from …", the button, About) over the graph.
    const { page, errors } = await openPhone();
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${ROOT}/tests/fixtures/mini/mini.json`);
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "mini");
    const header = await page.locator(".app-header").evaluate((el) => {
      const seen = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== "hidden";
      };
      // The rows: the distinct tops of what is drawn in the header (brand, the dataset's line's parts, About, the tools).
      const parts = [el.querySelector(".brand")!, ...el.querySelectorAll(".dataset-name > *, .about-slot button, .toolbar-primary button, .more-toggle")].filter(seen);
      const tops = [...new Set(parts.map((e) => Math.round(e.getBoundingClientRect().top)))].sort((a, b) => a - b);
      const rows = tops.filter((t, i) => i === 0 || t - tops[i - 1]! > 8);
      // One line: every visible part's middle at the same height (the button is taller than the words).
      const line = [...el.querySelectorAll(".dataset-name > *")].filter(seen).map((e) => Math.round((e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2));
      const title = el.querySelector<HTMLElement>(".dataset-title")!;
      const button = el.querySelector<HTMLElement>(".dataset-name button")!.getBoundingClientRect();
      return { rows: rows.length, height: el.getBoundingClientRect().height, lineSpread: Math.max(...line) - Math.min(...line), titleCut: title.scrollWidth > title.clientWidth, button: { left: button.left, right: button.right } };
    });
    expect(header.rows).toBe(3);
    expect(header.lineSpread).toBeLessThanOrEqual(2);
    expect(header.titleCut).toBe(false);
    expect(header.button.left).toBeGreaterThanOrEqual(0);
    expect(header.button.right).toBeLessThanOrEqual(PHONE.width);
    // Its name is what it does, its visible words part of it; where the dataset comes from is still read out.
    const back = page.getByRole("button", { name: "Use the default dataset" });
    await expect(back.isVisible()).resolves.toBe(true);
    await expect(back.innerText()).resolves.toBe("Default dataset");
    await expect(page.locator(".dataset-origin").textContent()).resolves.toContain("imported from mini.json");
    expect(await page.locator(".dataset-name").evaluate((el) => [...el.querySelectorAll("[aria-hidden='true']")].map((e) => e.textContent))).toEqual(["· imported"]);
    // And it works by touch.
    await back.tap();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id !== "mini" && document.body.dataset.ready === "true");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the names list on a phone", () => {
  it("keeps each button's words on one line and every button on screen", async () => {
    // Before, the list's "break anywhere" reached its buttons: "Show" was drawn "Sho / w", "Add as actor" on two lines.
    const { page, errors } = await openPhone();
    await page.waitForFunction(() => document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: /^More/ }).tap();
    await page.getByRole("button", { name: "Curate", exact: true }).tap();
    await page.getByRole("button", { name: "New dataset" }).tap();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: "Add source" }).tap();
    const dialog = page.locator("dialog[open]");
    await dialog.getByLabel("Text (paste the article)").fill("Kenya received Howard Plimsoll and the Tarrant Foundation in June. Uganda accused Grindel Vosk of arming the rebels in the north.");
    await dialog.getByLabel("Title").fill("Names");
    await dialog.getByLabel("Publisher").fill("Example Wire");
    await dialog.getByRole("button", { name: "Add source", exact: true }).tap();
    await page.locator(".names-list .name-item").nth(2).waitFor({ timeout: 120_000 });
    await page.locator(".names-list .name-item").first().scrollIntoViewIfNeeded();
    const buttons = await page.locator(".names-list .name-actions button").evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        const r = el.getBoundingClientRect();
        return { text: el.textContent, lines: lines.size, left: r.left, right: r.right };
      }),
    );
    expect(buttons.length).toBe(9);
    for (const b of buttons) {
      expect(b.lines, b.text!).toBe(1);
      expect(b.left, b.text!).toBeGreaterThanOrEqual(0);
      expect(b.right, b.text!).toBeLessThanOrEqual(PHONE.width);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the toolbar on a desktop", () => {
  it("is unchanged: the tools in one row, no More… and no sheet buttons", async () => {
    const { page } = await openApp(browser, base);
    const shown = await page.locator(".app-header").evaluate((header) =>
      [...header.querySelectorAll<HTMLElement>("button")].filter((b) => b.offsetParent !== null).map((b) => ({ text: b.textContent, top: Math.round(b.getBoundingClientRect().top) })),
    );
    expect(shown.map((b) => b.text)).toEqual(["About", "+", "−", "Fit", "Full screen", "Layout", "Table", "Copy link", "Export…", "Open dataset…", "Curate"]);
    expect(new Set(shown.map((b) => b.top)).size).toBe(1);
    await page.close();
  });
});
