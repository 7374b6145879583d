/**
 * Every relation that is shown is drawn: for each relation on screen, selected in turn, ink of its
 * type's colour lies along its path on the canvas. Counting edges in sigma's state is not enough:
 * the Russia–Armenia estrangement was in sigma's state, with its label, and had no line.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { keepImportIn, openApp } from "./chromium.ts";
import { inkAlongPath, parallelDataset, settle, shownRelations } from "./ink.ts";
import { useBrowser } from "./useBrowser.ts";

const browser = useBrowser();
const base = inject("baseUrl");

/** Selects each shown relation in turn and returns the ones with too little ink along their path. */
async function undrawn(page: Page): Promise<{ id: string; hits: number; samples: number }[]> {
  const missing: { id: string; hits: number; samples: number }[] = [];
  const ids = await shownRelations(page);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    await page.evaluate((relation) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: relation } }), id);
    await settle(page);
    const ink = await inkAlongPath(page, id);
    // Too few samples (an edge hidden under its nodes) would prove nothing: that counts as missing too.
    if (ink.samples < 2 || ink.hits < ink.samples * 0.8) missing.push({ id, ...ink });
  }
  return missing;
}

describe("the default dataset", () => {
  it("draws every relation shown after 2023, including Russia–Armenia's estrangement", { timeout: 240_000 }, async () => {
    const { page, errors } = await openApp(browser, `${base}#period=after-2023`);
    const shown = await shownRelations(page);
    expect(shown).toContain("RUS-ARM-estrangement-2023");
    expect(await undrawn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every relation shown before 2023", { timeout: 240_000 }, async () => {
    const { page, errors } = await openApp(browser, `${base}#period=before-2023`);
    expect(await shownRelations(page)).toContain("RUS-ARM-alliance-1992");
    expect(await undrawn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every relation of the comparison of the two periods", { timeout: 240_000 }, async () => {
    const { page, errors } = await openApp(browser, `${base}#compare=before-2023,after-2023`);
    const shown = await shownRelations(page);
    expect(shown).toEqual(expect.arrayContaining(["RUS-ARM-estrangement-2023", "RUS-ARM-alliance-1992", "RUS-ARM-mediation-2020"]));
    expect(await undrawn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("pairs with 1 to 5 parallel relations", () => {
  it("draws each shown relation along its own path, straight or curved, in either direction", { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await keepImportIn(context, base, "parallel.json", { text: JSON.stringify(parallelDataset()) });
    const { page, errors } = await openApp(context, base);
    expect(await page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2020-06-01");
    const shown = await shownRelations(page);
    // 1 + 2 + 3 + 4 + 5 relations shown; the ended ones are not.
    expect(shown).toHaveLength(15);
    expect(shown.some((id) => id.endsWith("-ended"))).toBe(false);
    expect(await undrawn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
