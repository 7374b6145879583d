/**
 * Gaps of the curation workspace (issue #13), each checked through the app in Chromium:
 * a new dataset's timeline opens at today (the test's clock) and moves to its first relation;
 * its first actor, with no relation yet, keeps a visible label; opening another dataset with
 * unsaved edits asks before the file is read.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { drawn, openApp } from "./chromium.ts";
import { newDataset } from "../../src/model/edit/template.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

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
    // Undone, nothing is dated again: back to the year up to today, at today.
    await page.evaluate(() => window.stancegraph!.edits!.undo());
    expect(await page.evaluate(() => window.stancegraph!.model.span)).toEqual({ from: "2025-03-15", to: "2026-03-15" });
    expect(await page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2026-03-15");
    // A relation added by any path (not the form) moves the date to it too.
    await page.evaluate((t) => window.stancegraph!.edits!.perform({ kind: "addRelation", relation: { id: "r9", source: "ARM", target: "RUS", type: "alliance", from: "2019-02-01", to: "2019-06-01", evidence: [{ source: "wire", quote: t }] } }), text);
    expect(await page.evaluate(() => window.stancegraph!.model.span)).toEqual({ from: "2019-02-01", to: "2019-06-01" });
    expect(await page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2019-02-01");
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
    // The filters count the new actors of a kind they already list.
    const stateCount = () => page.locator("label[for='filter-kind-state'] .count").textContent();
    expect(await stateCount()).toBe(" (1)");
    await page.getByRole("button", { name: "Add actor" }).click();
    await dialog(page).getByLabel("Name", { exact: true }).fill("Russia");
    await dialog(page).getByRole("button", { name: "Add actor", exact: true }).click();
    await expect.poll(stateCount).toBe(" (2)");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("opening another dataset with unsaved edits", () => {
  it("asks before the file is read; Cancel leaves everything as it was (the Open button and a drop)", async () => {
    const { page, errors } = await app();
    // Count the loads asked of a load worker (one per file read; a worker may be started ahead of
    // it once the page is ready, loading.ts prepareLoader, but reads nothing until asked).
    await page.evaluate(() => {
      const post = Worker.prototype.postMessage;
      const w = window as unknown as { __loads: number };
      w.__loads = 0;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
        if (message !== null && typeof message === "object" && "source" in message) w.__loads++;
        return post.call(this, message, ...rest);
      } as Worker["postMessage"];
    });
    const loads = () => page.evaluate(() => (window as unknown as { __loads: number }).__loads);
    await page.evaluate(() => window.stancegraph!.edits!.perform({ kind: "addActor", actor: { id: "NEW", label: "Newland", kind: "state" } }));
    expect(await page.evaluate(() => window.stancegraph!.edits!.unsaved())).toBe(true);
    const before = await page.evaluate(() => ({ id: window.stancegraph!.model.dataset.id, actors: window.stancegraph!.model.dataset.actors.length }));
    const other = datasetJson(newDataset("other", "Another dataset"));

    // ── Open dataset…: asked first, nothing read; Cancel keeps the edit and the graph ──
    await page.locator("input.import-input").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from(other) });
    await expect.poll(() => dialog(page).getByRole("heading").textContent()).toBe("Open other.json?");
    expect(await loads()).toBe(0);
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await loads()).toBe(0);
    expect(await page.evaluate(() => ({ id: window.stancegraph!.model.dataset.id, actors: window.stancegraph!.model.dataset.actors.length }))).toEqual(before);
    expect(await page.evaluate(() => window.stancegraph!.edits!.unsaved())).toBe(true);
    // The focus is back on the Open button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Open dataset…");

    // ── A dropped file: asked first too; confirmed, it is read and opened ──
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], "dropped.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, other);
    await expect.poll(() => dialog(page).getByRole("heading").textContent()).toBe("Open dropped.json?");
    expect(await loads()).toBe(0);
    await dialog(page).getByRole("button", { name: "Open dropped.json", exact: true }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "other" && document.body.dataset.ready === "true");
    expect(await loads()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
