/** The explorer in Debian's Chromium, against the built app: render, search, details, filters, hover, table, keyboard. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cameraStill, drawn, launchChromium, openApp, inkRatio } from "./chromium.ts";

let browser: Browser;
let page: Page;
let errors: string[];
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
});
afterAll(async () => {
  await browser?.close();
});

const visibleIds = (p: Page) => p.evaluate(() => [...window.stancegraph!.view.get().visible.ids].sort());

describe("the default dataset", () => {
  it("renders every actor, and only the relations of the shown date (the display graph)", async () => {
    const counts = await page.evaluate(() => {
      const { model, renderer } = window.stancegraph!;
      const graph = renderer.sigma.getGraph();
      return {
        nodes: graph.order,
        edges: graph.size,
        actors: model.dataset.actors.length,
        relations: model.dataset.relations.length,
        date: window.stancegraph!.store.getState().date,
        drawnEdges: graph.edges().filter((e) => !renderer.sigma.getEdgeDisplayData(e)?.hidden).length,
        expected: model.index.activeAt(window.stancegraph!.store.getState().date).length,
      };
    });
    expect(counts.nodes).toBe(counts.actors);
    expect(counts.relations).toBe(20);
    expect(counts.nodes).toBe(10);
    // Sigma holds the relations it can show, not every relation of all time (src/view/displayGraph.ts).
    expect(counts.edges).toBe(counts.expected);
    expect(counts.edges).toBeLessThan(counts.relations);
    expect(counts.date).toBe("2024-04-18");
    expect(counts.drawnEdges).toBe(counts.expected);
    expect(counts.drawnEdges).toBeGreaterThan(10);
    expect(await inkRatio(page)).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
  });

  it("labels every actor and shows the date", async () => {
    const labels = await page.evaluate(() => window.stancegraph!.renderer.labels().filter((l) => l.kind === "node").map((l) => l.id));
    // Every actor on screen (the ten of the default dataset) has its label.
    expect(labels.sort()).toEqual(["ARM", "AZE", "CSTO", "EUUS", "FRA", "ICC", "NKR", "RUS", "TUR", "UKR"]);
    await expect(page.locator(".timeline").textContent()).resolves.toContain("2024-04-18");
  });
});

describe("search, select and details", () => {
  it("finds Russia by an alias, selects it and shows an evidence quote", async () => {
    const input = page.getByRole("combobox", { name: "Search actors" });
    await input.fill("Kreml");
    const option = page.getByRole("option").first();
    await expect(option.textContent()).resolves.toContain("Russia");
    await input.press("Enter");
    await page.waitForFunction(() => window.stancegraph!.store.getState().selection?.kind === "actor");
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "actor", id: "RUS" });
    const details = page.locator("#details-panel");
    await expect(details.locator("h2").first().textContent()).resolves.toBe("Russia");
    const quotes = await details.locator("blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes.join(" ")).toContain("Yerevan has censured Moscow's apparent setbacks");
  });

  it("says so when nothing matches", async () => {
    const input = page.getByRole("combobox", { name: "Search actors" });
    await input.fill("Atlantis");
    await expect(page.locator(".search-status").textContent()).resolves.toBe("No actor matches “Atlantis”.");
    await input.fill("");
  });

  it("clears the selection with Escape", async () => {
    await page.locator("body").press("Escape");
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toBeNull();
    await expect(page.locator("#details-panel .hint").count()).resolves.toBe(1);
  });
});

describe("filters", () => {
  it("hides a relation type, with its count, and brings it back", async () => {
    const before = await visibleIds(page);
    const label = page.locator("label[for=filter-type-estrangement]");
    const count = Number((await label.locator(".count").textContent())!.replace(/\D/g, ""));
    expect(count).toBe(3);
    await page.getByRole("checkbox", { name: /Estrangement/ }).uncheck();
    const after = await visibleIds(page);
    expect(before.length - after.length).toBe(count);
    const shownTypes = await page.evaluate(() => window.stancegraph!.view.get().visible.relations.map((r) => r.type));
    expect(shownTypes).not.toContain("estrangement");
    await page.getByRole("checkbox", { name: /Estrangement/ }).check();
    expect(await visibleIds(page)).toEqual(before);
  });
});

describe("filters from the keyboard", () => {
  it("keeps the focus on the checkbox that Space toggled", async () => {
    const box = page.locator("#filter-type-hostility");
    await box.focus();
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => window.stancegraph!.store.getState().hiddenTypes)).toEqual(["hostility"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-type-hostility");
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => window.stancegraph!.store.getState().hiddenTypes)).toEqual([]);
    expect(await box.isChecked()).toBe(true);
  });
});

describe("hover", () => {
  it("keeps the hovered actor and its neighbours lit and fades the rest", async () => {
    // A new camera animation replaces any still running (the search flies the camera too).
    await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 50 }));
    await cameraStill(page);
    // The graph area may have been resized (the details panel changed): drawn() lets it settle.
    await drawn(page);
    const pos = await page.evaluate(() => {
      const { sigma, positions } = window.stancegraph!.renderer;
      return sigma.graphToViewport(positions.get("FRA"));
    });
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + pos.x - 20, box.y + pos.y - 20);
    await page.mouse.move(box.x + pos.x, box.y + pos.y, { steps: 4 });
    await page.waitForFunction(() => window.stancegraph!.store.getState().hovered === "FRA");
    const colours = await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma;
      return { fra: s.getNodeDisplayData("FRA")!.color, arm: s.getNodeDisplayData("ARM")!.color, aze: s.getNodeDisplayData("AZE")!.color, azeLabel: s.getNodeDisplayData("AZE")!.label };
    });
    expect(colours.fra).not.toBe("#d7dbe0");
    expect(colours.arm).not.toBe("#d7dbe0");
    expect(colours.aze).toBe("#d7dbe0");
    expect(colours.azeLabel).toBe("");
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction(() => window.stancegraph!.store.getState().hovered === null);
  });
});

describe("table view", () => {
  it("lists exactly the relations drawn, sorts by column, and selects a relation from a row", async () => {
    await page.getByRole("button", { name: "Show the relations table" }).click();
    const table = page.locator("#table-panel");
    await expect(table.isVisible()).resolves.toBe(true);
    const rowIds = await table.locator("tbody tr[data-relation]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-relation")!).sort());
    expect(rowIds).toEqual(await visibleIds(page));
    await table.getByRole("button", { name: /^Sort by type/ }).focus();
    await page.keyboard.press("Enter");
    // The header is rebuilt; the focus stays on the sort button that was pressed.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe("type");
    const types = await table.locator("tbody tr[data-relation] td.col-type").allTextContents();
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b)));
    await expect(table.locator("th[aria-sort=ascending]").textContent()).resolves.toContain("Type");
    await table.locator("tbody tr[data-relation] th button").first().click();
    const sel = await page.evaluate(() => window.stancegraph!.store.getState().selection);
    expect(sel?.kind).toBe("relation");
    await expect(page.locator("#details-panel h3").first().textContent()).resolves.toMatch(/^Evidence/);
    expect(await page.evaluate(() => window.stancegraph!.renderer.sigma.getEdgeDisplayData((window.stancegraph!.store.getState().selection as { id: string }).id)?.hidden)).toBe(false);
  });
});

describe("keyboard", () => {
  it("reaches every control by Tab, each with an accessible name", async () => {
    const { page: p } = await openApp(browser, base);
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await p.keyboard.press("Tab");
      const info = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const labelled = el.getAttribute("aria-label") || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || el.textContent || "";
        return `${el.tagName.toLowerCase()}:${labelled.trim().slice(0, 40)}`;
      });
      if (info) reached.push(info);
    }
    for (const name of ["Zoom in", "Zoom out", "Fit the graph to the screen", "Full screen", "Re-run the layout", "Show the relations table", "Search actors"]) {
      expect(reached.some((r) => r.includes(name)), `${name} reached by Tab in ${reached.join(" | ")}`).toBe(true);
    }
    expect(reached.some((r) => r.startsWith("input:") && r.includes("Estrangement"))).toBe(true);
    expect(reached.some((r) => r.startsWith("div:Stance graph"))).toBe(true);
    for (const r of reached) expect(r.split(":")[1]!.length, r).toBeGreaterThan(0);
    await p.close();
  });

  it("zooms the graph with + and fits with 0 while it has focus", async () => {
    await page.locator("#graph").focus();
    const ratio = () => page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().ratio);
    const r0 = await ratio();
    await page.keyboard.press("+");
    await page.waitForFunction((r) => window.stancegraph!.renderer.sigma.getCamera().ratio < r, r0);
    await cameraStill(page);
    expect(await ratio()).toBeLessThan(r0);
    await page.keyboard.press("0");
    await page.waitForFunction(() => Math.abs(window.stancegraph!.renderer.sigma.getCamera().ratio - 1) < 0.005);
    await cameraStill(page);
    expect(await ratio()).toBeCloseTo(1, 2);
  });
});

describe("small screens", () => {
  it("collapses the side panels into drawers opened from the toolbar", async () => {
    const { page: p } = await openApp(browser, base, { width: 390, height: 844 });
    await expect(p.locator("#controls-panel").isVisible()).resolves.toBe(false);
    await p.getByRole("button", { name: "Show search, filters and legend" }).click();
    await expect(p.locator("#controls-panel").isVisible()).resolves.toBe(true);
    expect(await inkRatio(p)).toBeGreaterThan(0.005);
    await p.close();
  });
});
