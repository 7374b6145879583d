/**
 * Events in the curation workspace (issue #13), through the Curate panel's Events section in
 * Chromium: added without a passage (a quote typed from a source), edited (label, dates,
 * description, actors, evidence added and removed) and deleted with what goes stated; each one
 * undo step that gives back exactly what was there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

const TEXT = "A ceasefire was signed on 10 November 2020. Russian peacekeepers arrived the next day.";
const Q1 = "A ceasefire was signed on 10 November 2020.";
const Q2 = "Russian peacekeepers arrived the next day.";

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
  await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
  await page.getByRole("button", { name: "Curate", exact: true }).click();
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
  await page.evaluate((text) => {
    const e = window.stancegraph!.edits!;
    e.perform({ kind: "addSource", source: { id: "wire", title: "Wire", publisher: "Example Wire", text } });
    for (const [id, label] of [["ARM", "Armenia"], ["AZE", "Azerbaijan"], ["RUS", "Russia"]] as const) e.perform({ kind: "addActor", actor: { id, label, kind: "state" } });
  }, TEXT);
  await page.locator("summary", { hasText: /^Events$/ }).click();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator("dialog[open]").last();
const events = () => page.evaluate(() => window.stancegraph!.model.dataset.events);
const steps = () => page.evaluate(() => window.stancegraph!.edits!.session.history.cursor);
const undo = () => page.getByRole("button", { name: /^Undo: / }).click();

describe("events in the workspace", () => {
  it("adds an event without a passage: a quote typed from a source, actors chosen; one step", async () => {
    const cursor = await steps();
    await page.getByRole("button", { name: "Add event…" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("New event");
    await dialog().getByLabel("Label").fill("Ceasefire");
    await dialog().getByLabel("Date (YYYY-MM-DD)").fill("2020-11-10");
    await dialog().getByLabel("Actors involved").selectOption(["ARM", "AZE"]);
    // No evidence yet: refused with the validator's reason, nothing added.
    await dialog().getByRole("button", { name: "Add event", exact: true }).click();
    await expect.poll(() => dialog().locator(".field-problems li, .form-problems li").count()).toBeGreaterThan(0);
    expect(await events()).toEqual([]);
    // A quote that is not in the source is refused as typed.
    await dialog().getByLabel("New evidence: source").selectOption("wire");
    await dialog().getByLabel("New evidence: quote (verbatim from the source)").fill("A truce was signed.");
    await expect.poll(() => dialog().locator(".field-problems li").allTextContents()).toEqual([expect.stringContaining("does not occur verbatim")]);
    await dialog().getByLabel("New evidence: quote (verbatim from the source)").fill(Q1);
    await dialog().getByRole("button", { name: "Add event", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await events()).toEqual([{ id: "ceasefire", label: "Ceasefire", date: "2020-11-10", actors: ["ARM", "AZE"], evidence: [{ source: "wire", quote: Q1 }] }]);
    expect(await steps()).toBe(cursor + 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Edit event Ceasefire");
    expect(await page.locator(".event-list li[data-id=ceasefire]").textContent()).toContain("2020-11-10 · Armenia, Azerbaijan · 1 piece of evidence");
    // On the timeline's events too.
    expect(await page.evaluate(() => window.stancegraph!.model.events.map((e) => e.id))).toEqual(["ceasefire"]);
  });

  it("edits label, dates, description, actors and evidence in one step; undo gives it back exactly", async () => {
    const before = await events();
    const cursor = await steps();
    await page.getByRole("button", { name: "Edit event Ceasefire" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Edit event: Ceasefire");
    expect(await dialog().getByLabel("Label").inputValue()).toBe("Ceasefire");
    await dialog().getByLabel("Label").fill("Ceasefire of 2020");
    await dialog().getByLabel("Last day (optional, YYYY-MM-DD)").fill("2020-11-11");
    await dialog().getByLabel("Description (optional)").fill("Signed by Armenia and Azerbaijan, brokered by Russia.");
    await dialog().getByLabel("Actors involved").selectOption(["ARM", "AZE", "RUS"]);
    await dialog().getByLabel("New evidence: quote (verbatim from the source)").fill(Q2);
    await dialog().getByRole("button", { name: "Add this evidence" }).click();
    await dialog().getByRole("button", { name: "Remove evidence 1" }).click();
    expect(await dialog().locator(".form-evidence li").allTextContents()).toEqual([expect.stringContaining("Russian peacekeepers")]);
    await dialog().getByRole("button", { name: "Save event" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await events()).toEqual([
      { id: "ceasefire", label: "Ceasefire of 2020", date: "2020-11-10", end: "2020-11-11", description: "Signed by Armenia and Azerbaijan, brokered by Russia.", actors: ["ARM", "AZE", "RUS"], evidence: [{ source: "wire", quote: Q2 }] },
    ]);
    expect(await steps()).toBe(cursor + 1);
    await undo();
    expect(await events()).toEqual(before);
    expect(await page.locator(".event-list li[data-id=ceasefire] strong").textContent()).toBe("Ceasefire");
  });

  it("deletes an event after saying what goes with it; one undo brings it back", async () => {
    const before = await events();
    const cursor = await steps();
    await page.getByRole("button", { name: "Delete event Ceasefire" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Delete event Ceasefire?");
    expect(await dialog().locator(".confirm-lines li").allTextContents()).toEqual([
      "It leaves the timeline (2020-11-10), with its 1 piece of evidence.",
      "No actor, relation or source changes. Undo brings it back.",
    ]);
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await events()).toEqual(before);
    await page.getByRole("button", { name: "Delete event Ceasefire" }).click();
    await dialog().getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => events()).toEqual([]);
    expect(await steps()).toBe(cursor + 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Add event…");
    await undo();
    expect(await events()).toEqual(before);
    expect(errors).toEqual([]);
  });
});
