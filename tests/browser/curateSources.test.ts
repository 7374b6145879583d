/**
 * Sources in the curation workspace (issue #13): Edit (title, publisher, date, URL and text; a
 * new text refused when it would lose a quote that cites the source, naming the quote and its
 * relation; quotes located by offsets moved with the text) and Delete (what goes with it stated
 * first), each one undo step, through the Curate panel's sources list in Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

const WIRE = "Armenia relied on Russia as its ally for decades. Azerbaijan and Armenia fought a war in 2020.";
const PAPER = "The war of 2020 ended with a ceasefire.";
const Q1 = "Armenia relied on Russia as its ally for decades.";
const Q2 = "Azerbaijan and Armenia fought a war in 2020.";

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
  await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
  await page.getByRole("button", { name: "Curate", exact: true }).click();
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
  await page.evaluate(
    ({ wire, paper, q1, q2 }) => {
      const e = window.stancegraph!.edits!;
      const ok = (out: { ok: boolean }) => {
        if (!out.ok) throw new Error(JSON.stringify(out));
      };
      ok(e.perform({ kind: "addSource", source: { id: "wire", title: "Wire", publisher: "Example Wire", date: "2024-04-18", url: "https://example.org/wire", text: wire } }));
      ok(e.perform({ kind: "addSource", source: { id: "paper", title: "Paper", publisher: "Example Paper", text: paper } }));
      for (const [id, label] of [["ARM", "Armenia"], ["RUS", "Russia"], ["AZE", "Azerbaijan"]] as const) ok(e.perform({ kind: "addActor", actor: { id, label, kind: "state" } }));
      const at = (q: string) => ({ start: wire.indexOf(q), end: wire.indexOf(q) + q.length });
      ok(e.perform({ kind: "addRelation", relation: { id: "r1", source: "ARM", target: "RUS", type: "alliance", from: "2020-01-01", evidence: [{ source: "wire", quote: q1, ...at(q1) }] } }));
      ok(e.perform({ kind: "addRelation", relation: { id: "r2", source: "ARM", target: "AZE", type: "hostility", from: "2020-09-27", evidence: [{ source: "wire", quote: q2, ...at(q2) }, { source: "paper", quote: "ended with a ceasefire" }] } }));
    },
    { wire: WIRE, paper: PAPER, q1: Q1, q2: Q2 },
  );
});
afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator("dialog[open]").last();
const datasetText = () => page.evaluate(() => JSON.stringify(window.stancegraph!.model.dataset));
const steps = () => page.evaluate(() => window.stancegraph!.edits!.session.history.cursor);

describe("editing a source", () => {
  it("refuses a text that loses a cited quote, saves one that keeps them (offsets moved), one undo step", async () => {
    const before = await datasetText();
    const cursor = await steps();
    await page.getByRole("button", { name: "Edit source Wire" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Edit source: Wire");
    expect(await dialog().getByLabel("Title").inputValue()).toBe("Wire");
    expect(await dialog().getByLabel("Publisher").inputValue()).toBe("Example Wire");
    expect(await dialog().getByLabel("Date (optional, YYYY-MM-DD)").inputValue()).toBe("2024-04-18");
    expect(await dialog().getByLabel("URL (optional)").inputValue()).toBe("https://example.org/wire");
    expect(await dialog().getByLabel("Text", { exact: true }).inputValue()).toBe(WIRE);

    // A text without the first quote: refused, naming the quote and its relation; nothing changes.
    await dialog().getByLabel("Text", { exact: true }).fill(WIRE.replace("as its ally", "as a partner"));
    await dialog().getByRole("button", { name: "Save source" }).click();
    await expect.poll(() => dialog().locator(".form-problems li").allTextContents()).toEqual([
      `Not saved. The new text no longer contains the quote “${Q1}” cited by alliance Armenia – Russia from 2020-01-01: keep those words in the text, or remove that evidence first.`,
    ]);
    expect(await dialog().getByLabel("Text", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await datasetText()).toBe(before);

    // A text that keeps both quotes, moved by a new first line; the other fields changed too.
    const next = `Updated 19 April.\n${WIRE}`;
    await dialog().getByLabel("Text", { exact: true }).fill(next);
    await dialog().getByLabel("Title").fill("Wire (updated)");
    await dialog().getByLabel("Publisher").fill("Example Wire Service");
    await dialog().getByLabel("Date (optional, YYYY-MM-DD)").fill("2024-04-19");
    await dialog().getByLabel("URL (optional)").fill("");
    await dialog().getByRole("button", { name: "Save source" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    const after = await page.evaluate(() => window.stancegraph!.model.dataset);
    expect(after.sources.find((s) => s.id === "wire")).toEqual({ id: "wire", title: "Wire (updated)", publisher: "Example Wire Service", date: "2024-04-19", text: next });
    for (const r of after.relations) {
      const ev = r.evidence.find((e) => e.source === "wire")!;
      expect(next.slice(ev.start, ev.end)).toBe(ev.quote);
      expect(ev.start).toBe(next.indexOf(ev.quote!));
    }
    expect(await steps()).toBe(cursor + 1);
    expect(await page.locator(".history-list li").first().textContent()).toContain("Edited source Wire");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Edit source Wire (updated)");
    // The whole edit (the source and both relations' offsets) is one undo step.
    await page.getByRole("button", { name: /^Undo: / }).click();
    expect(await datasetText()).toBe(before);
    expect(errors).toEqual([]);
  });
});

describe("deleting a source", () => {
  it("says what goes with it, Cancel keeps it, Delete takes it and one undo brings everything back", async () => {
    const before = await datasetText();
    const cursor = await steps();
    await page.getByRole("button", { name: "Delete source Wire" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Delete source Wire?");
    expect(await dialog().locator(".confirm-lines li").allTextContents()).toEqual([
      "2 pieces of evidence cite it and go with it.",
      "Removes: alliance Armenia – Russia from 2020-01-01",
      "Loses its evidence from this source: hostility Armenia – Azerbaijan from 2020-09-27",
      "A relation or event left with no evidence goes too (each needs at least one). Undo brings everything back.",
    ]);
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await datasetText()).toBe(before);

    await page.getByRole("button", { name: "Delete source Wire" }).click();
    await dialog().getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.stancegraph!.model.dataset.sources.map((s) => s.id))).toEqual(["paper"]);
    const after = await page.evaluate(() => window.stancegraph!.model.dataset);
    expect(after.relations.map((r) => r.id)).toEqual(["r2"]);
    expect(after.relations[0]!.evidence).toEqual([{ source: "paper", quote: "ended with a ceasefire" }]);
    expect(await page.getByRole("button", { name: "Delete source Wire" }).count()).toBe(0);
    expect(await steps()).toBe(cursor + 1);
    await page.getByRole("button", { name: /^Undo: / }).click();
    expect(await datasetText()).toBe(before);
    expect(await page.getByRole("button", { name: "Delete source Wire" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe("the sources list", () => {
  it("is drawn again when a source changes, and not for an edit that touches no source", async () => {
    const list = page.getByRole("list", { name: "Sources" });
    await list.locator("li").first().waitFor();
    // Tag the list's items: an item drawn again is a new element, without the tag.
    const tagged = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement & { tag?: number }>(".sources-list > li")].map((li) => li.tag === 1));
    const tag = () => page.evaluate(() => document.querySelectorAll<HTMLElement & { tag?: number }>(".sources-list > li").forEach((li) => (li.tag = 1)));
    await tag();
    const relation = await page.evaluate(() => window.stancegraph!.model.dataset.relations[0]!.id);
    expect(await page.evaluate((id) => window.stancegraph!.edits!.perform({ kind: "updateRelation", id, changes: { note: "a note, no source touched" } }).ok, relation)).toBe(true);
    expect(await tagged()).toEqual([true, true]);
    expect(await page.evaluate(() => window.stancegraph!.edits!.perform({ kind: "updateSource", id: "paper", changes: { title: "Paper, renamed" } }).ok)).toBe(true);
    expect(await tagged()).toEqual([false, false]);
    expect(await list.getByRole("button", { name: "Read: Paper, renamed" }).count()).toBe(1);
    await page.evaluate(() => {
      window.stancegraph!.edits!.undo();
      window.stancegraph!.edits!.undo();
    });
    expect(await list.getByRole("button", { name: "Read: Paper" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
