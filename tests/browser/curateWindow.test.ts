/**
 * A relation dated wholly outside the dataset's own timeline window (the default dataset runs
 * 27 Sep 2020 – 30 Jun 2024): the relation form says the timeline would never show it and widens
 * the window with the relation, as one undo step. On pixels: after adding, the view is at the
 * relation's first day inside the widened timeline, and its line is drawn in its type's colour.
 * Editing a relation that already lies outside (as an import's may) offers the same, and a cleared
 * box saves the edit with the window kept.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";
import { inkAlongPath } from "./ink.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

const TEXT = "Zambia hosted the talks that ended Angola's war with UNITA in 1994.";

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
  await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
});
afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator("dialog[open]").last();
const span = () => page.evaluate(() => window.stancegraph!.model.dataset.span);

async function newActor(button: string, name: string, id: string) {
  await dialog().getByRole("button", { name: button }).click();
  await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("New actor");
  await dialog().getByLabel("Name", { exact: true }).fill(name);
  await dialog().getByLabel("Id", { exact: true }).fill(id);
  await dialog().getByRole("button", { name: "Add actor", exact: true }).click();
}

describe("a relation outside the timeline's window", () => {
  it("is added with the window widened to reach it, in one undo step, and drawn there", async () => {
    expect(await span()).toEqual({ from: "2020-09-27", to: "2024-06-30" });
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    await dialog().getByLabel("Text (paste the article)").fill(TEXT);
    await dialog().getByLabel("Title").fill("Lusaka talks");
    await dialog().getByLabel("Publisher").fill("Example Wire");
    await dialog().getByRole("button", { name: "Add source", exact: true }).click();
    // The new source's sentence has the focus: Enter selects it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("sentence") ?? false)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Use as evidence" }).click();
    await newActor("New actor as the source", "Zambia", "ZMB");
    await newActor("New actor as the target", "Angola", "AGO");
    const form = dialog();
    await form.getByLabel("Relation type").selectOption("mediation");
    const note = form.locator(".form-window");
    const widen = form.getByRole("checkbox", { name: "Widen the timeline to 1 Nov 1994 – 30 Jun 2024 with this relation" });
    // Still holding in 2024, it shows in the window: nothing said.
    await form.getByLabel("From (YYYY-MM-DD)").fill("1994-11-01");
    await expect.poll(() => note.isVisible()).toBe(false);
    // Ended in 1995: the timeline would never show it.
    await form.getByLabel("Until (optional, YYYY-MM-DD)").fill("1995-01-01");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator("p").textContent()).toBe("The timeline runs from 27 Sep 2020 to 30 Jun 2024, and this relation ends before it: the timeline would never show it.");
    expect(await widen.isChecked()).toBe(true);
    const cursor = await page.evaluate(() => window.stancegraph!.edits!.session.history.cursor);
    await form.getByRole("button", { name: "Add relation", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);

    // One step: the actors, the relation and the window.
    expect(await page.evaluate(() => window.stancegraph!.edits!.session.history.cursor)).toBe(cursor + 1);
    expect(await span()).toEqual({ from: "1994-11-01", to: "2024-06-30" });
    const id = "zmb-ago-mediation-1994-11-01";
    expect(await page.evaluate(() => window.stancegraph!.store.getState())).toMatchObject({ date: "1994-11-01", selection: { kind: "relation", id } });
    // The timeline was built again over the new window, its slider at the relation's first day.
    await expect.poll(() => page.locator("#timeline-summary").textContent()).toMatch(/^Timeline from 1 Nov 1994 to 30 Jun 2024:/);
    expect(await page.locator("#timeline-range").inputValue()).toBe("0");
    expect(await page.locator("#timeline-date").textContent()).toBe("1 Nov 1994");
    await drawn(page);
    const ink = await inkAlongPath(page, id);
    expect(ink.hits / ink.samples).toBeGreaterThanOrEqual(0.8);

    // Undone together: the window is back, and the relation and its actors gone.
    await page.getByRole("button", { name: /^Undo: Added relation Zambia – Angola \(mediation\) with 2 new actors and the timeline widened to 1994-11-01 – 2024-06-30$/ }).click();
    expect(await span()).toEqual({ from: "2020-09-27", to: "2024-06-30" });
    expect(await page.evaluate(() => window.stancegraph!.model.actors.has("ZMB"))).toBe(false);
    await expect.poll(() => page.locator("#timeline-summary").textContent()).toMatch(/^Timeline from 27 Sep 2020 to 30 Jun 2024:/);
    expect(errors).toEqual([]);
  });

  it("editing a relation that lies outside the window (an imported one) offers the same: saved, the window reaches it; unchecked, it stays", async () => {
    // The window narrowed to after the offensive, as an import's span may be: the hostility with
    // Nagorno-Karabakh (27 Sep 2020 – 20 Sep 2023) now lies wholly before it.
    const narrowed = await page.evaluate(() => window.stancegraph!.edits!.perform({ kind: "updateDataset", changes: { span: { from: "2023-10-10", to: "2024-06-30" } } }));
    expect(narrowed.ok).toBe(true);
    expect(await span()).toEqual({ from: "2023-10-10", to: "2024-06-30" });
    const id = "AZE-NKR-hostility-2020";
    const edit = async () => {
      await page.evaluate((rid) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: rid } } as never), id);
      await page.getByRole("group", { name: "Edit this relation" }).getByRole("button", { name: "Edit relation" }).click();
      await expect.poll(() => dialog().getByRole("heading").first().textContent()).toBe("Edit relation");
      return dialog();
    };
    let form = await edit();
    const note = form.locator(".form-window");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator("p").textContent()).toBe("The timeline runs from 10 Oct 2023 to 30 Jun 2024, and this relation ends before it: the timeline would never show it.");
    // Cleared: saved as it is, the window kept.
    await form.getByRole("checkbox", { name: "Widen the timeline to 27 Sep 2020 – 30 Jun 2024 with this relation" }).uncheck();
    await form.getByLabel("Note").fill("Ended with the offensive.");
    await form.getByRole("button", { name: "Save relation", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await span()).toEqual({ from: "2023-10-10", to: "2024-06-30" });
    expect(await page.evaluate((rid) => window.stancegraph!.model.relations.get(rid)?.note, id)).toBe("Ended with the offensive.");

    // Again, the box left checked: one step widens the window to the relation's first day, and the
    // line is drawn there in its colour.
    form = await edit();
    await expect.poll(() => form.locator(".form-window").isVisible()).toBe(true);
    expect(await form.getByRole("checkbox", { name: "Widen the timeline to 27 Sep 2020 – 30 Jun 2024 with this relation" }).isChecked()).toBe(true);
    const cursor = await page.evaluate(() => window.stancegraph!.edits!.session.history.cursor);
    await form.getByRole("button", { name: "Save relation", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await span()).toEqual({ from: "2020-09-27", to: "2024-06-30" });
    expect(await page.evaluate(() => window.stancegraph!.edits!.session.history.cursor)).toBe(cursor + 1);
    await expect.poll(() => page.locator("#timeline-summary").textContent()).toMatch(/^Timeline from 27 Sep 2020 to 30 Jun 2024:/);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2022-06-01" } as never));
    await drawn(page);
    const ink = await inkAlongPath(page, id);
    expect(ink.hits / ink.samples).toBeGreaterThanOrEqual(0.8);
    expect(errors).toEqual([]);
  });
});
