/**
 * The journalist's story (issue #13) end to end on a new dataset in Chromium, through the
 * curation workspace's UI only: New dataset, paste a source, select one sentence by keyboard and
 * one with a text selection, create three actors and two relations from the relation form, record
 * a change of stance from the details card, undo twice and redo once (keys and buttons), reload
 * (dataset and history back from IndexedDB), download — and the downloaded file passes the CLI
 * validator and equals the expected dataset. On pixels: a new relation is drawn in its type's
 * colour along its path at once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";
import { inkAlongPath } from "./ink.ts";
import { ROOT } from "./preview.ts";
import { newDataset } from "../../src/model/edit/template.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import type { Dataset } from "../../src/model/schema.ts";

const base = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let dir: string;

const TEXT = [
  "Armenia relied on Russia as its ally for decades.",
  "Azerbaijan and Armenia fought a war over Karabakh in 2020.",
  "In October 2023 Armenia turned away from Russia after the exodus.",
].join(" ");
const S1 = TEXT.indexOf("Armenia relied");
const S2 = TEXT.indexOf("Azerbaijan and");
const S3 = TEXT.indexOf("In October");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stancegraph-curate-"));
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  ({ page, errors } = await openApp(context, base));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const workspaceReady = () => page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
const dialog = () => page.locator("dialog[open]").last();
const dataset = () => page.evaluate(() => window.stancegraph!.model.dataset);
const historyLabels = () => page.locator(".history-list li").allTextContents();

/** Fills the actor form opened by `button` and adds the actor. */
async function newActor(button: string, fields: { name: string; id: string; aliases?: string; wikidata?: string; iso3?: string }) {
  await dialog().getByRole("button", { name: button }).click();
  const form = dialog();
  await expect.poll(() => form.getByRole("heading").textContent()).toBe("New actor");
  await form.getByLabel("Name", { exact: true }).fill(fields.name);
  await form.getByLabel("Id", { exact: true }).fill(fields.id);
  if (fields.aliases) await form.getByLabel("Other names (comma-separated)").fill(fields.aliases);
  if (fields.wikidata) await form.getByLabel("Wikidata id (optional)").fill(fields.wikidata);
  if (fields.iso3) await form.getByLabel("ISO 3166 alpha-3 code (optional, states)").fill(fields.iso3);
  await form.getByRole("button", { name: "Add actor", exact: true }).click();
}

describe("curating a new dataset in the browser", () => {
  it("builds, edits, undoes, keeps and downloads a dataset the CLI validates", async () => {
    await workspaceReady();
    // ── New dataset ──
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "New dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
    await expect.poll(() => page.locator("#curate-panel").isVisible()).toBe(true);

    // ── Add source (pasted) ──
    await page.getByRole("button", { name: "Add source" }).click();
    await dialog().getByLabel("Text (paste the article)").fill(TEXT);
    await dialog().getByLabel("Title").fill("Armenia turns west");
    await dialog().getByLabel("Publisher").fill("Example Wire");
    await dialog().getByLabel("Date (optional, YYYY-MM-DD)").fill("2024-04-18");
    await dialog().getByRole("button", { name: "Add source", exact: true }).click();
    await expect.poll(() => page.locator(".reading-text .sentence").count()).toBe(3);
    expect(await page.locator(".reading-text").textContent()).toBe(TEXT);
    // The focus is on the new source's first sentence, not back on "Add source".
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("sentence") && document.activeElement.textContent)).toBe(TEXT.slice(0, S2 - 1));

    // ── Sentence 1 by keyboard: focus the first sentence, move down and up, Enter ──
    const first = page.locator(".reading-text .sentence").first();
    await first.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".reading-status").textContent()).toContain(`characters ${S1}–${S2 - 1}`);
    await page.getByRole("button", { name: "Use as evidence" }).click();
    // The quote is the sentence, verbatim; nobody exists yet, so the actors are made in the form.
    await expect.poll(() => dialog().locator(".form-evidence blockquote").textContent()).toBe(`“${TEXT.slice(S1, S2 - 1)}”`);
    await newActor("New actor as the source", { name: "Armenia", id: "ARM", wikidata: "Q399", iso3: "ARM" });
    await newActor("New actor as the target", { name: "Russia", id: "RUS", aliases: "Moscow, the Kremlin", wikidata: "Q159", iso3: "RUS" });
    // A bad date is shown as typed, with the validator's reason; fixing it clears it.
    const form = dialog();
    await form.getByLabel("Relation type").selectOption("alliance");
    // A date field shows the format when empty, not an example date a newcomer could take for a value.
    for (const label of ["From (YYYY-MM-DD)", "Until (optional, YYYY-MM-DD)"]) expect(await form.getByLabel(label).getAttribute("placeholder")).not.toMatch(/\d/);
    await form.getByLabel("From (YYYY-MM-DD)").fill("2020-13-01");
    await expect.poll(() => form.locator(".field-problems li").allTextContents()).toEqual([expect.stringContaining("2020-13-01")]);
    await form.getByLabel("From (YYYY-MM-DD)").fill("2020-01-01");
    await expect.poll(() => form.locator(".field-problems li").count()).toBe(0);
    await form.getByRole("button", { name: "Add relation", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    const r1 = "arm-rus-alliance-2020-01-01";
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: r1 });
    // The focus is back on the opener.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Use as evidence");

    // ── On screen at once, in its type's colour along its path ──
    expect(await page.evaluate((id) => window.stancegraph!.view.get().visible.ids.has(id), r1)).toBe(true);
    await drawn(page);
    const ink = await inkAlongPath(page, r1);
    expect(ink.samples).toBeGreaterThan(5);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.6);

    // ── Sentence 2 by text selection (mouse-style): offsets come from the DOM selection ──
    await page.locator(".reading-text .sentence").nth(1).selectText();
    await expect.poll(() => page.locator(".reading-status").textContent()).toContain(`characters ${S2}–${S3 - 1}`);
    await page.getByRole("button", { name: "Use as evidence" }).click();
    // Armenia is named in the quote: pre-filled (the first actor named is the source).
    expect(await dialog().getByLabel("Source actor").inputValue()).toBe("ARM");
    await newActor("New actor as the target", { name: "Azerbaijan", id: "AZE", aliases: "Baku", iso3: "AZE" });
    await dialog().getByLabel("Relation type").selectOption("hostility");
    await dialog().getByLabel("From (YYYY-MM-DD)").fill("2020-09-27");
    // A fast keyboard user: the relation added and, before the next frame, the focus on sentence 3.
    // It stays there: the dialog's "close" event (next animation frame) used to send it back to
    // "Use as evidence", where Enter opened the relation form again (under load in CI, the form
    // then blocked "Record a change" until the 90 s timeout).
    await dialog()
      .getByRole("button", { name: "Add relation", exact: true })
      .evaluate((add) => {
        (add as HTMLButtonElement).click();
        document.querySelectorAll<HTMLElement>(".reading-text .sentence")[2]!.focus();
      });
    // Gone from the page: whatever the dialog does once closed is done.
    await page.waitForFunction(() => document.querySelector("dialog.curate-dialog") === null);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TEXT.slice(S3));
    const r2 = "arm-aze-hostility-2020-09-27";

    // ── Record a change of stance on the first relation, evidence from sentence 3 (keyboard) ──
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".reading-status").textContent()).toContain(`characters ${S3}–${TEXT.length}`);
    expect(await page.locator("dialog.curate-dialog").count()).toBe(0);
    await page.evaluate((id) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id } }), r1);
    await page.locator("#details-panel").getByRole("button", { name: "Record a change" }).click();
    await dialog().getByLabel("Date of the change (YYYY-MM-DD)").fill("2023-10-03");
    await dialog().getByLabel("New relation type").selectOption("estrangement");
    expect(await dialog().getByLabel("Evidence: quote (verbatim from the source)").inputValue()).toBe(TEXT.slice(S3));
    await dialog().getByRole("button", { name: "Record the change", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    let d = await dataset();
    expect(d.actors.map((a) => a.id)).toEqual(["ARM", "RUS", "AZE"]);
    expect(d.relations.map((r) => [r.id, r.type, r.from, r.to])).toEqual([
      [r1, "alliance", "2020-01-01", "2023-10-03"],
      ["arm-rus-estrangement-2023-10-03", "estrangement", "2023-10-03", undefined],
      [r2, "hostility", "2020-09-27", undefined],
    ]);
    expect(await historyLabels()).toHaveLength(4);

    // ── Undo twice (key, then button), redo once (button, named by what it redoes) ──
    await page.locator("#graph").focus();
    await page.keyboard.press("Control+z");
    const undo = page.locator(".history-buttons button").first();
    expect(await undo.getAttribute("aria-label")).toMatch(/^Undo: Added relation Armenia – Azerbaijan/);
    await undo.click();
    await expect.poll(async () => (await dataset()).relations.length).toBe(1);
    const redo = page.locator(".history-buttons button").nth(1);
    expect(await redo.getAttribute("aria-label")).toMatch(/^Redo: Added relation Armenia – Azerbaijan/);
    await redo.click();
    d = await dataset();
    expect(d.actors.map((a) => a.id)).toEqual(["ARM", "RUS", "AZE"]);
    expect(d.relations.map((r) => r.id)).toEqual([r1, r2]);
    const labels = await historyLabels();
    expect(labels).toHaveLength(4);
    expect(labels[0]).toContain("(undone)");
    const before = JSON.stringify(d);

    // ── Reload: the workspace and its history come back from IndexedDB ──
    // Every step is written as it happens; the reload comes once the writes asked for are done.
    await page.evaluate(() => window.stancegraph!.curate!.idle());
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await workspaceReady();
    expect(JSON.stringify(await dataset())).toBe(before);
    expect(await historyLabels()).toEqual(labels);
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    expect(await page.locator(".history-buttons button").nth(1).getAttribute("aria-label")).toMatch(/^Redo: Recorded a change/);

    // ── Download; the CLI validates the file, which equals the expected dataset ──
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download dataset" }).click()]);
    expect(download.suggestedFilename()).toBe("untitled.json");
    const file = join(dir, "untitled.json");
    await download.saveAs(file);
    const out = execFileSync("node", [join(ROOT, "bin/stancegraph.js"), "validate", file], { cwd: ROOT, encoding: "utf8" });
    expect(out).toMatch(/valid/i);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    const quote = (from: number, to: number) => ({ source: "armenia-turns-west", quote: TEXT.slice(from, to), start: from, end: to });
    const expected = {
      ...newDataset("untitled", "Untitled dataset"),
      actors: [
        { id: "ARM", label: "Armenia", kind: "state", wikidata: ["Q399"], iso3: "ARM" },
        { id: "RUS", label: "Russia", kind: "state", wikidata: ["Q159"], iso3: "RUS", aliases: ["Moscow", "the Kremlin"] },
        { id: "AZE", label: "Azerbaijan", kind: "state", iso3: "AZE", aliases: ["Baku"] },
      ],
      relations: [
        { id: r1, source: "ARM", target: "RUS", type: "alliance", from: "2020-01-01", evidence: [quote(S1, S2 - 1)] },
        { id: r2, source: "ARM", target: "AZE", type: "hostility", from: "2020-09-27", evidence: [quote(S2, S3 - 1)] },
      ],
      sources: [{ id: "armenia-turns-west", title: "Armenia turns west", publisher: "Example Wire", date: "2024-04-18", text: TEXT }],
    };
    // The file is the canonical JSON of exactly that dataset (with $schema first).
    expect(readFileSync(file, "utf8")).toBe(datasetJson(expected as Dataset));
    expect(saved.format).toBe("stancegraph/1");
    expect(await page.locator(".curate-status").textContent()).toMatch(/^Everything saved/);
    expect(errors).toEqual([]);
  });

  it("opens a quote's passage, refuses a bad edit with its reason and keeps it, and asks before a delete that takes more", async () => {
    const r1 = "arm-rus-alliance-2020-01-01";
    await page.evaluate((id) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id } }), r1);
    // A quote in the details card opens its source with the passage marked (by its offsets).
    await page.locator("#details-panel .quote-link").first().click();
    await expect.poll(() => page.locator(".reading-text mark").allTextContents()).toEqual([TEXT.slice(S1, S2 - 1)]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sentence"))).toBe(true);
    // A selection of some words inside a sentence maps to their offsets in the source's text.
    await page.evaluate(() => {
      const run = document.querySelectorAll(".reading-text .sentence")[1]!.firstElementChild!.firstChild!;
      const range = document.createRange();
      range.setStart(run, 15);
      range.setEnd(run, 23);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect.poll(() => page.locator(".reading-status").textContent()).toBe(`Selected (characters ${S2 + 15}–${S2 + 22}): “Armenia”`);

    // `to` before `from`: shown as typed, refused on save with the validator's words; the form keeps what was typed.
    const edit = page.locator("#details-panel").getByRole("button", { name: "Edit relation" });
    await edit.click();
    await dialog().getByLabel("Until (optional, YYYY-MM-DD)").fill("2019-01-01");
    await dialog().getByRole("button", { name: "Save relation", exact: true }).click();
    await expect.poll(() => dialog().locator(".field-problems li, .form-problems li").allTextContents()).toContainEqual(expect.stringContaining('is before "from" 2020-01-01'));
    expect(await dialog().getByLabel("Until (optional, YYYY-MM-DD)").inputValue()).toBe("2019-01-01");
    // Escape closes the form and nothing else: the relation stays selected, the focus goes back to Edit.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Edit relation");
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: r1 });
    expect((await dataset()).relations.find((r) => r.id === r1)!.to).toBeUndefined();

    // Deleting an actor says what goes with it; Cancel changes nothing, Delete takes both, one undo brings both back.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "AZE" } }));
    await page.locator("#details-panel").getByRole("button", { name: "Delete actor" }).click();
    await expect.poll(() => dialog().locator(".confirm-lines li").allTextContents()).toEqual([expect.stringMatching(/^Removes: .*Armenia – Azerbaijan/)]);
    await dialog().getByRole("button", { name: "Cancel" }).click();
    expect((await dataset()).actors).toHaveLength(3);
    await page.locator("#details-panel").getByRole("button", { name: "Delete actor" }).click();
    await dialog().getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(async () => (await dataset()).actors.map((a) => a.id)).toEqual(["ARM", "RUS"]);
    expect((await dataset()).relations.map((r) => r.id)).toEqual([r1]);
    await page.locator("#graph").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await dataset()).relations.length).toBe(2);

    // A relation type edited from the workspace: the details card says the new label at once.
    await page.locator(".curate-section > summary", { hasText: "Relation types" }).click();
    const alliance = page.locator(".record-list details[data-id='alliance']");
    await alliance.locator("summary").click();
    await alliance.getByLabel("Label").fill("Defence pact");
    await alliance.getByRole("button", { name: "Save relation type" }).click();
    await page.evaluate((id) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id } }), r1);
    await expect.poll(() => page.locator("#details-panel .kind").first().textContent()).toContain("Defence pact");

    // Merge: an actor made for a name the sources use folds into Russia, its name kept as an alias (one step).
    await page.getByRole("button", { name: "Add actor" }).click();
    await dialog().getByLabel("Name", { exact: true }).fill("Kremlin");
    await dialog().getByRole("button", { name: "Add actor", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "actor", id: "kremlin" });
    await page.locator("#details-panel").getByRole("button", { name: "Merge into…" }).click();
    await dialog().getByLabel("Keep this actor").selectOption("RUS");
    await dialog().getByRole("button", { name: "Merge…" }).click();
    await expect.poll(async () => (await dataset()).actors.map((a) => a.id)).toEqual(["ARM", "RUS", "AZE"]);
    expect((await dataset()).actors[1]!.aliases).toEqual(["Moscow", "the Kremlin", "Kremlin"]);
    expect((await historyLabels())[0]).toMatch(/^Merged Kremlin into Russia/);

    // Unsaved edits: New dataset asks first; Cancel keeps everything.
    await page.getByRole("button", { name: "New dataset" }).click();
    await expect.poll(() => dialog().getByRole("heading").textContent()).toBe("Start a new dataset?");
    await dialog().getByRole("button", { name: "Cancel" }).click();
    expect((await dataset()).actors).toHaveLength(3);

    // A named version, then an edit, then the version restored (the edit kept as a version of its own).
    await page.locator(".curate-section > summary", { hasText: "Dataset and versions" }).click();
    await page.getByLabel("Version name").fill("Draft 1");
    await page.getByRole("button", { name: "Save version" }).click();
    await expect.poll(() => page.locator(".versions-list li").allTextContents()).toEqual([expect.stringMatching(/^Draft 1 — 3 actors, 2 relations/)]);
    expect(await page.locator(".curate-status").textContent()).toMatch(/^Everything saved/);
    await page.getByLabel("Dataset title").fill("Karabakh notes");
    await page.getByRole("button", { name: "Rename dataset" }).click();
    await expect.poll(async () => (await dataset()).title).toBe("Karabakh notes");
    await page.getByRole("button", { name: "Restore version Draft 1" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.title === "Untitled dataset" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
    await expect.poll(() => page.locator(".versions-list li").allTextContents()).toEqual([expect.stringMatching(/^Draft 1/), expect.stringMatching(/^Before restoring Draft 1/)]);
    expect((await dataset()).actors.map((a) => a.id)).toEqual(["ARM", "RUS", "AZE"]);
    expect(errors).toEqual([]);
  });

  it("works on a phone: the workspace is a sheet, its dialogs fit the screen", async () => {
    await page.evaluate(() => window.stancegraph!.curate!.idle());
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(base);
    await phone.waitForFunction(() => document.body.dataset.curate === "ready");
    await phone.getByRole("button", { name: "More…" }).click();
    await phone.getByRole("button", { name: "Curate", exact: true }).click();
    const panel = phone.locator("#curate-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await phone.getByRole("button", { name: /^Read: / }).click();
    await phone.locator(".reading-text .sentence").nth(1).focus();
    await phone.keyboard.press("Enter");
    await phone.getByRole("button", { name: "Use as evidence" }).click();
    const form = phone.locator("dialog[open]");
    const fb = (await form.boundingBox())!;
    expect(fb.x).toBeGreaterThanOrEqual(0);
    expect(fb.x + fb.width).toBeLessThanOrEqual(390);
    expect(await form.getByLabel("Source actor").inputValue()).toBe("AZE");
    await phone.close();
  });
});
