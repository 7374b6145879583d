/**
 * Suggestions in the app (issue #14): a source pasted into the curation workspace of the default
 * dataset gets a list of candidate relations beside its text, computed in a web worker. Focusing
 * one marks its sentence in the reading pane; Reject hides it (and Show rejected brings it back);
 * Accept opens the relation form filled in — a country the dataset lacks offered as a new actor —
 * and the relation is drawn at once; Accept as evidence adds the sentence, with its offsets, to
 * the relation it supports, as one undo step. Everything from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";
import { inkAlongPath } from "./ink.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

const TEXT = [
  "Armenia froze its participation in the CSTO in February 2024.",
  "Yerevan accused Moscow of failing to protect it.",
  "Georgia and Armenia signed a partnership agreement in March 2024.",
].join(" ");
const FROZE = TEXT.slice(0, TEXT.indexOf(" Yerevan"));
const ACCUSED = "Yerevan accused Moscow of failing to protect it.";
const GEORGIA = "Georgia and Armenia signed a partnership agreement in March 2024.";

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
});
afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator("dialog[open]").last();
const items = () => page.locator(".suggestion-list .suggestion");
const item = (title: RegExp) => items().filter({ has: page.locator(".suggestion-head", { hasText: title }) });

describe("suggestions beside the reading pane", () => {
  it("starts the engine's worker and loads its model when the Curate panel is first opened, before any source is shown", async () => {
    // A page of its own: opening and closing the panel here leaves the other tests' page as it was.
    const { page: own } = await openApp(browser, base);
    try {
      await own.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
      const engine = () => own.evaluate(() => document.querySelector<HTMLElement>(".suggestions-host")?.dataset.engine ?? null);
      const workers = () => own.workers().filter((w) => /suggestWorker/.test(w.url()));
      // A visitor who never curates never loads it.
      expect(await engine()).toBeNull();
      expect(workers()).toHaveLength(0);
      const curate = own.getByRole("button", { name: "Curate", exact: true });
      await curate.click();
      // No source opened: the worker is there and its model loaded.
      await own.waitForFunction(() => document.querySelector<HTMLElement>(".suggestions-host")?.dataset.engine === "ready", null, { timeout: 120_000 });
      expect(workers()).toHaveLength(1);
      expect(await own.locator(".suggestions-host").isHidden()).toBe(true);
      expect(await own.locator(".suggestion-list .suggestion").count()).toBe(0);
      // Closed and opened again: still the one worker, ready.
      await curate.click();
      await curate.click();
      expect(await engine()).toBe("ready");
      expect(workers()).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it("lists, marks, rejects, accepts and adds evidence, all reaching the dataset and the picture", async () => {
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    await dialog().getByLabel("Text (paste the article)").fill(TEXT);
    await dialog().getByLabel("Title").fill("Armenia and its neighbours");
    await dialog().getByLabel("Publisher").fill("Example Wire");
    await dialog().getByLabel("Date (optional, YYYY-MM-DD)").fill("2024-04-18");
    await dialog().getByRole("button", { name: "Add source", exact: true }).click();
    const sourceId = await page.evaluate(() => window.stancegraph!.model.dataset.sources.at(-1)!.id);

    // ── The list, from the worker: each suggestion says who, what, why, and from when ──
    await expect.poll(() => items().count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
    const heads = await page.locator(".suggestion-list .suggestion-head").allTextContents();
    expect(heads).toEqual(expect.arrayContaining(["Armenia – Russia, Estrangement (adversarial)", "Armenia – CSTO, Estrangement (adversarial)"]));
    expect(heads.some((t) => /Georgia – Armenia, Partnership \(cooperative\)/.test(t))).toBe(true);
    const georgia = item(/Georgia/).filter({ has: page.locator(".suggestion-quote", { hasText: /^Georgia and Armenia/ }) }).first();
    expect(await georgia.locator(".suggestion-notes").textContent()).toContain("new actor Georgia (GEO)");
    // Every quote is a sentence of the text, verbatim.
    for (const q of await page.locator(".suggestion-quote").allTextContents()) expect(TEXT.includes(q)).toBe(true);

    // ── Focus marks the sentence in the reading pane ──
    await item(/Armenia – CSTO/).getByRole("button", { name: /^Accept:/ }).focus();
    await expect.poll(() => page.locator(".reading-text mark").textContent()).toBe(FROZE);
    await item(/Armenia – Russia/).first().getByRole("button", { name: /^Accept:/ }).focus();
    await expect.poll(() => page.locator(".reading-text mark").textContent()).toBe(ACCUSED);

    // ── A sentence with the keyboard focus keeps it while a hovered suggestion moves the mark ──
    // (the pane drew every sentence again: the focus fell to the page and Enter selected nothing)
    const sentence2 = page.locator(".reading-text .sentence").nth(1);
    await sentence2.focus();
    await item(/Armenia – CSTO/).hover();
    await expect.poll(() => page.locator(".reading-text mark").textContent()).toBe(FROZE);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll(".reading-text .sentence")[1])).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".reading-status").textContent()).toContain(`characters ${TEXT.indexOf(ACCUSED)}–${TEXT.indexOf(ACCUSED) + ACCUSED.length}`);
    expect(await sentence2.getAttribute("class")).toContain("chosen");

    // ── Reject hides one, focus moves on, and it can be restored ──
    const before = await items().count();
    await item(/Armenia – CSTO/).getByRole("button", { name: /^Reject:/ }).press("Enter");
    await expect.poll(() => items().count()).toBe(before - 1);
    expect(await page.evaluate(() => document.activeElement?.closest(".suggestion") !== null)).toBe(true);
    await expect.poll(() => page.locator(".suggestions-rejected").textContent()).toContain("1 rejected.");
    await page.getByRole("button", { name: "Show rejected" }).click();
    await page.getByRole("button", { name: /^Restore suggestion: Armenia – CSTO/ }).click();
    await expect.poll(() => items().count()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Accept: Armenia – CSTO/);
    expect(await page.locator(".suggestions-rejected").isHidden()).toBe(true);

    // ── Accept: the relation form, filled in, with Georgia offered as a new actor ──
    await georgia.getByRole("button", { name: /^Accept:/ }).press("Enter");
    const form = dialog();
    await expect.poll(() => form.getByRole("heading").first().textContent()).toBe("New relation");
    expect(await form.locator(".pending-actors li").first().textContent()).toContain("New actor: Georgia (GEO)");
    expect(await form.locator(".form-evidence blockquote").textContent()).toBe(`“${GEORGIA}”`);
    expect(await form.getByLabel("Relation type").inputValue()).toBe("partnership");
    expect(await form.getByLabel("From (YYYY-MM-DD)").inputValue()).toBe("2024-03-01");
    await form.getByRole("button", { name: "Add relation", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    const added = await page.evaluate(() => {
      const d = window.stancegraph!.model.dataset;
      const r = d.relations.find((x) => x.source === "GEO" || x.target === "GEO")!;
      return { relation: r, actor: d.actors.find((a) => a.id === "GEO") };
    });
    expect(added.actor).toMatchObject({ id: "GEO", label: "Georgia", kind: "state", iso3: "GEO" });
    expect(added.relation).toMatchObject({ type: "partnership", from: "2024-03-01" });
    expect(added.relation.evidence).toEqual([{ source: sourceId, quote: GEORGIA, start: TEXT.indexOf(GEORGIA), end: TEXT.indexOf(GEORGIA) + GEORGIA.length }]);
    // Accepted, the suggestion is done: it leaves the open list (counted below it, so a second
    // Accept cannot record the stance twice) and the keyboard stays in the list, on the suggestion
    // that took its place, not on the page's body.
    await expect.poll(() => georgia.count()).toBe(0);
    await expect.poll(() => page.locator(".suggestions-done").textContent()).toBe("1 already in the dataset (a relation quotes the sentence). Show them");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".suggestion-list .suggestion") !== null)).toBe(true);
    // Drawn at once, in its type's colour along its path (the view shows the source's date).
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2024-04-18" }));
    await drawn(page);
    expect(await page.evaluate((id) => window.stancegraph!.view.get().visible.ids.has(id), added.relation.id)).toBe(true);
    const ink = await inkAlongPath(page, added.relation.id);
    expect(ink.samples).toBeGreaterThan(5);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.6);

    // ── Accept as evidence: the sentence joins the relation it supports, as one undo step ──
    const supported = "RUS-ARM-estrangement-2023";
    const evidenceBefore = await page.evaluate((id) => window.stancegraph!.model.relations.get(id)!.evidence.length, supported);
    await item(/Armenia – Russia/).first().getByRole("button", { name: `Accept as evidence for relation ${supported}` }).press("Enter");
    await expect.poll(() => page.evaluate((id) => window.stancegraph!.model.relations.get(id)!.evidence.length, supported)).toBe(evidenceBefore + 1);
    expect(await page.evaluate((id) => window.stancegraph!.model.relations.get(id)!.evidence.at(-1), supported)).toEqual({
      source: sourceId,
      quote: ACCUSED,
      start: TEXT.indexOf(ACCUSED),
      end: TEXT.indexOf(ACCUSED) + ACCUSED.length,
    });
    // The list follows the edit: that suggestion is done too; shown, it says the relation quotes it
    // and offers neither Accept nor Accept as evidence, only the relation.
    const accused = () => item(/Armenia – Russia/).filter({ has: page.locator(".suggestion-quote", { hasText: ACCUSED }) }).first();
    await expect.poll(() => accused().count()).toBe(0);
    await expect.poll(() => page.locator(".suggestions-done").textContent()).toContain("2 already in the dataset");
    await page.getByRole("button", { name: "Show the 2 suggestions already in the dataset" }).press("Enter");
    await expect.poll(() => accused().locator(".suggestion-supports").textContent()).toBe(`Already quoted by relation ${supported}.`);
    expect(await accused().getAttribute("class")).toContain("is-done");
    expect(await accused().getByRole("button", { name: /Accept/ }).count()).toBe(0);
    await accused().getByRole("button", { name: `Show relation ${supported}` }).press("Enter");
    await expect.poll(() => page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: supported });
    await page.getByRole("button", { name: "Hide the 2 suggestions already in the dataset" }).click();
    expect(await accused().count()).toBe(0);
    // One step back removes exactly that piece of evidence.
    await page.getByRole("button", { name: /^Undo:/ }).click();
    await expect.poll(() => page.evaluate((id) => window.stancegraph!.model.relations.get(id)!.evidence.length, supported)).toBe(evidenceBefore);
    expect(errors).toEqual([]);
  });

  it("keeps a rejection across a reload, for that source's text", async () => {
    // The list drawn for the dataset as the last test left it (its undo is read again in the worker).
    await settled();
    const before = await items().count();
    await item(/Armenia – CSTO/).getByRole("button", { name: /^Reject:/ }).click();
    await expect.poll(() => items().count()).toBe(before - 1);
    // The workspace (with the source) is kept in IndexedDB; wait until it is written, then reload.
    await page.evaluate(() => window.stancegraph!.curate!.idle());
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Read: Armenia and its neighbours" }).click();
    await expect.poll(() => page.locator(".suggestions-rejected").textContent(), { timeout: 120_000 }).toContain("1 rejected.");
    expect(await item(/Armenia – CSTO/).count()).toBe(0);
    expect(await items().count()).toBe(before - 1);
    expect(errors).toEqual([]);
  });

  /** Adds a source with `text` (an edit, as the source form makes) and opens it in the reading pane. */
  const readNew = async (id: string, text: string) => {
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await page.evaluate(
      ({ id, text }) => {
        const app = window.stancegraph!;
        const outcome = app.edits!.perform({ kind: "addSource", source: { id, title: id, publisher: "Example Wire", date: "2024-04-18", text } });
        if (!outcome.ok) throw new Error(JSON.stringify(outcome).slice(0, 200));
        app.curate!.read(id);
      },
      { id, text },
    );
  };
  it("offers the quote to the relation a suggestion would repeat, instead of recording one stance twice", async () => {
    // Armenia–Russia estrangement is recorded from 2023-10-03, ongoing; a new article says it again.
    const TWICE = "Armenia accused Russia of abandoning it in March 2024.";
    const recorded = "RUS-ARM-estrangement-2023";
    await readNew("twice", TWICE);
    const again = item(/^Armenia – Russia, Estrangement/).first();
    await expect.poll(() => again.count(), { timeout: 120_000 }).toBe(1);
    expect(await again.locator(".suggestion-supports").textContent()).toBe(`Supports existing relation ${recorded}.`);
    const counts = () => page.evaluate((id) => ({ relations: window.stancegraph!.model.dataset.relations.length, evidence: window.stancegraph!.model.relations.get(id)!.evidence.length }), recorded);
    const before = await counts();
    // Accept (not "Accept as evidence"): the form says, before any save, that the stance is recorded.
    await again.getByRole("button", { name: /^Accept:/ }).press("Enter");
    const form = dialog();
    const notice = form.locator(".form-repeat");
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator("p").first().textContent()).toBe(`Russia – Armenia is already recorded as estrangement from 2023-10-03 (relation ${recorded}); this relation would overlap it.`);
    expect(await notice.getAttribute("role")).toBe("status");
    // Another type with no relation of that pair at that date: the notice goes; back, it returns.
    await form.getByLabel("Relation type").selectOption("hostility");
    await expect.poll(() => notice.isVisible()).toBe(false);
    await form.getByLabel("Relation type").selectOption("estrangement");
    await expect.poll(() => notice.isVisible()).toBe(true);
    // The quote goes to the recorded relation, with its offsets; no second relation; one undo step.
    await form.getByRole("button", { name: `Add the quote to relation ${recorded} instead` }).press("Enter");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await counts()).toEqual({ relations: before.relations, evidence: before.evidence + 1 });
    expect(await page.evaluate((id) => window.stancegraph!.model.relations.get(id)!.evidence.at(-1), recorded)).toEqual({ source: "twice", quote: TWICE, start: 0, end: TWICE.length });
    await expect.poll(() => again.count()).toBe(0);
    await page.getByRole("button", { name: /^Undo:/ }).click();
    await expect.poll(() => counts()).toEqual(before);
    await expect.poll(() => again.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  /** The list is drawn for the latest request (no request under way). */
  const settled = () => page.waitForFunction(() => !document.querySelector(".suggestions-host")!.hasAttribute("aria-busy"));
  const heads = () => page.locator(".suggestion-list .suggestion-head").allTextContents();
  /** The names list's entry for `name` (the names the text uses that no actor stands for). */
  const listed = (name: string) => page.locator(".names-list .name-item").filter({ has: page.getByText(name, { exact: true }) });
  /** Saves the open new-actor form as an actor of `kind`, from the keyboard, and waits for it to close. */
  const saveNewActor = async (kind: string) => {
    await dialog().getByLabel("Kind").selectOption(kind);
    await dialog().getByRole("button", { name: "Add actor", exact: true }).press("Enter");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
  };

  it("says which phrase stood for an actor the quote does not name, in the list and in the buttons' names", async () => {
    const text = "Armenia and Azerbaijan signed a peace deal in March 2025. The two countries condemned Iran in May 2025.";
    await readNew("two-countries", text);
    const title = "Armenia (as “The two countries”) – Iran, Estrangement (adversarial)";
    await expect.poll(heads, { timeout: 120_000 }).toContain(title);
    const one = item(/^Armenia \(as/);
    expect(await one.locator(".suggestion-quote").textContent()).toBe("The two countries condemned Iran in May 2025.");
    expect(await one.getByRole("button", { name: `Accept: ${title}; opens the relation form` }).count()).toBe(1);
    expect(await one.getByRole("button", { name: `Reject: ${title}` }).count()).toBe(1);
    // A pair the sentence names itself says nothing more.
    expect(await heads()).toContain("Armenia – Azerbaijan, Partnership (cooperative)");
    expect(errors).toEqual([]);
  });

  it("says a party the quote does not name at all was read from the cue's words, not 'as' them", async () => {
    // The talks are the text's main pair's: the quote names only their host.
    const text = "Armenia accused Azerbaijan of shelling its villages in March 2025. Azerbaijan condemned Armenia for the attacks in April 2025. Norway hosted the talks in May 2025.";
    await readNew("hosted-talks", text);
    const title = "Norway → Armenia (not named here: read from “hosted the talks”), Mediation (neutral)";
    await expect.poll(heads, { timeout: 120_000 }).toContain(title);
    expect((await heads()).some((h) => h.includes("(as “hosted the talks”)"))).toBe(false);
    expect(await item(/^Norway → Armenia/).getByRole("button", { name: `Accept: ${title}; opens the relation form` }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("posts a text to the engine's worker before the reading pane draws it, so the engine reads while the page draws", async () => {
    // What the reading pane showed each time the page posted a text to a worker.
    const text = "Armenia and France signed a defence pact in June 2024.";
    await page.evaluate((text) => {
      const w = window as unknown as { paneAtPost: string[] };
      w.paneAtPost = [];
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, options?: StructuredSerializeOptions) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
        if ((message as { text?: string }).text === text) w.paneAtPost.push(document.querySelector(".reading-text")!.textContent ?? "");
        post.call(this, message, options);
      } as typeof Worker.prototype.postMessage;
    }, text);
    await readNew("posted-first", text);
    await expect.poll(heads, { timeout: 120_000 }).toContain("Armenia – France, Alliance (cooperative)");
    const atPost = await page.evaluate(() => (window as unknown as { paneAtPost: string[] }).paneAtPost);
    expect(atPost).toHaveLength(1);
    expect(atPost[0]).not.toContain(text);
    expect(await page.locator(".reading-text").textContent()).toBe(text);
    expect(errors).toEqual([]);
  });

  it("accepts a suggestion with a party the text introduced: the new actor keeps the acronym the text gave it", async () => {
    const text = "The rebel Donbas Liberation Front (DLF) attacked Ukraine on Monday. Kyiv accused the DLF of shelling, and Moscow backed the Donbas Liberation Front.";
    await readNew("dlf", text);
    const backed = page.locator(".suggestion", { has: page.locator(".suggestion-head", { hasText: /Russia/ }) }).filter({ has: page.locator(".suggestion-head", { hasText: /Donbas Liberation Front/ }) });
    await expect.poll(() => backed.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await backed.first().getByRole("button", { name: /^Accept:/ }).press("Enter");
    const form = dialog();
    await expect.poll(() => form.getByRole("heading").first().textContent()).toBe("New relation");
    expect(await form.locator(".pending-actors li").allTextContents()).toContainEqual(expect.stringContaining("New actor: Donbas Liberation Front (DLF)"));
    await form.getByRole("button", { name: "Add relation", exact: true }).press("Enter");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    const actor = await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.id === "DLF"));
    // The sentence named it in full: the acronym the rest of the text uses comes from the engine.
    expect(actor).toMatchObject({ id: "DLF", label: "Donbas Liberation Front", aliases: ["DLF"] });
    expect(errors).toEqual([]);
  });

  it("teaches the engine a name it does not know: words selected in the text become a new actor, and the text is read again with it", async () => {
    // One word: a name of two or more capitalised words written twice is learned by the engine itself (round 19).
    const text = "Zorvan attacked Armenia in May 2024. Azerbaijan armed Zorvan in June 2024.";
    await readNew("zorvan", text);
    await settled();
    expect((await heads()).filter((t) => /Zorvan/.test(t))).toEqual([]);
    const button = page.getByRole("button", { name: "New actor from the selected words", exact: true });
    expect(await button.isDisabled()).toBe(true);
    // "Zorvan " with the space after it, as a mouse drag takes it.
    await page.evaluate(() => {
      const run = document.querySelector(".reading-text .sentence")!.firstElementChild!.firstChild!;
      const range = document.createRange();
      range.setStart(run, 0);
      range.setEnd(run, "Zorvan ".length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect.poll(() => button.isDisabled()).toBe(false);
    await button.press("Enter");
    const form = dialog();
    await expect.poll(() => form.getByRole("heading").first().textContent()).toBe("New actor");
    expect(await form.getByLabel("Name", { exact: true }).inputValue()).toBe("Zorvan");
    await saveNewActor("non-state");
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.label === "Zorvan"))).toMatchObject({ id: "zorvan", kind: "non-state" });
    // The same text, read again against the actors as edited: both sentences now give a pair with it.
    await expect.poll(async () => (await heads()).filter((t) => /Zorvan/.test(t)).sort(), { timeout: 120_000 }).toEqual([expect.stringMatching(/^Azerbaijan – Zorvan, /), "Zorvan – Armenia, Hostility (adversarial)"]);
    expect(errors).toEqual([]);
  });

  it("lists the names the text uses that no actor stands for; one added as an actor from the keyboard is read in the text at once", async () => {
    // Written once: written twice, the engine learns it itself (round 19: a word before a known group's name).
    const text = "In January 2024 Kataib Hezbollah attacked United States forces in Jordan. Washington struck back in February 2024.";
    await readNew("kataib", text);
    const named = listed("Kataib Hezbollah");
    await expect.poll(() => named.count(), { timeout: 120_000 }).toBe(1);
    // Before: the engine read Lebanon's Hezbollah inside the name, and the list says so.
    expect(await named.locator(".name-notes").textContent()).toBe("1 use · organization? · read as Hezbollah here");
    expect(await heads()).toContain("Hezbollah – EU/US, Hostility (adversarial)");
    await named.getByRole("button", { name: "Show in the text: Kataib Hezbollah" }).press("Enter");
    await expect.poll(() => page.locator(".reading-text mark").allTextContents()).toEqual(["Kataib Hezbollah"]);

    await named.getByRole("button", { name: "Add as actor: Kataib Hezbollah" }).press("Enter");
    const form = dialog();
    await expect.poll(() => form.getByRole("heading").first().textContent()).toBe("New actor");
    expect(await form.getByLabel("Name", { exact: true }).inputValue()).toBe("Kataib Hezbollah");
    expect(await form.getByLabel("Id", { exact: true }).inputValue()).toBe("KATAIBHEZBOLLAH");
    expect(await form.getByLabel("Kind").inputValue()).toBe("organization");
    await saveNewActor("non-state");
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.id === "KATAIBHEZBOLLAH"))).toEqual({ id: "KATAIBHEZBOLLAH", label: "Kataib Hezbollah", kind: "non-state" });
    // After: the text read again with it; Hezbollah is no longer read inside the name, and the name leaves the list.
    await expect.poll(heads, { timeout: 120_000 }).toContain("Kataib Hezbollah – EU/US, Hostility (adversarial)");
    expect((await heads()).filter((t) => /^Hezbollah /.test(t))).toEqual([]);
    await expect.poll(() => named.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("adds a listed name to an actor's other names from the keyboard ('Another name of…'); the text is then read with it as that actor", async () => {
    // Written once (written twice, the engine learns it itself since round 19).
    const text = "Azerbaijan accused Kotayk Command of shelling in May 2024. Georgia and Turkey signed a pact in June 2024.";
    await readNew("kotayk", text);
    const named = listed("Kotayk Command");
    await expect.poll(() => named.count(), { timeout: 120_000 }).toBe(1);
    const accused = page.locator(".suggestion", { has: page.locator(".suggestion-quote", { hasText: /^Azerbaijan accused Kotayk Command/ }) }).filter({ has: page.locator(".suggestion-head", { hasText: /Armenia/ }) });
    expect(await accused.count()).toBe(0);
    await named.getByRole("button", { name: "Another name of an actor: Kotayk Command" }).press("Enter");
    const form = dialog();
    await expect.poll(() => form.getByRole("heading").first().textContent()).toBe("Another name: Kotayk Command");
    // Not chosen yet: refused with the reason, nothing changed.
    await form.getByRole("button", { name: "Add the name", exact: true }).press("Enter");
    expect(await form.locator(".field-problems li").allTextContents()).toEqual(["Choose the actor the name stands for."]);
    await form.getByLabel("The actor it names").selectOption("ARM");
    await form.getByRole("button", { name: "Add the name", exact: true }).press("Enter");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect((await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.id === "ARM")))?.aliases).toContain("Kotayk Command");
    // Read again: the sentence's pair is now Azerbaijan – Armenia, and the name has left the list.
    await expect.poll(() => accused.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await expect.poll(() => named.count()).toBe(0);
    // One undo step takes the name back off.
    await page.locator("#graph").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.id === "ARM")))?.aliases ?? []).not.toContain("Kotayk Command");
    expect(errors).toEqual([]);
  });

  it("reads the next text against the actors as edited: a new actor, then an alias, are found at once", async () => {
    await readNew("freedonia", "Freedonia condemned Armenia in May 2024. Sylvania and Armenia signed a defence treaty in June 2024.");
    await settled();
    expect((await heads()).filter((t) => /Freedonia/.test(t))).toEqual([]);
    // The worker holds the dataset and its gazetteer between texts: an edit to the actors goes to it.
    await page.evaluate(() => {
      const outcome = window.stancegraph!.edits!.perform({ kind: "addActor", actor: { id: "FRE", label: "Freedonia", kind: "state" } });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome).slice(0, 200));
    });
    await expect.poll(heads, { timeout: 120_000 }).toContain("Freedonia – Armenia, Estrangement (adversarial)");
    const sylvania = page.locator(".suggestion", { has: page.locator(".suggestion-quote", { hasText: /^Sylvania and Armenia/ }) }).filter({ has: page.locator(".suggestion-head", { hasText: /Freedonia/ }) });
    expect(await sylvania.count()).toBe(0);
    await page.evaluate(() => {
      const outcome = window.stancegraph!.edits!.perform({ kind: "updateActor", id: "FRE", changes: { aliases: ["Sylvania"] } });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome).slice(0, 200));
    });
    await expect.poll(() => sylvania.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
  it("offers the date of a pasted text's dateline (never filled in unasked); taken, it dates the suggestions", async () => {
    if (!(await page.getByRole("button", { name: "Add source" }).isVisible())) await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const form = dialog();
    const date = form.getByLabel("Date (optional, YYYY-MM-DD)");
    const use = form.getByRole("button", { name: "Use 2024-05-03, the dateline's date" });
    await form.getByLabel("Text (paste the article)").fill("Tbilisi and Yerevan draw closer\n\nYEREVAN, May 3, 2024 — The talks ended at dawn. Georgia and Armenia signed a partnership agreement, officials said.");
    await expect.poll(() => use.isVisible()).toBe(true);
    expect(await form.locator(".date-offer").textContent()).toBe("The text's dateline says “May 3, 2024”. Use 2024-05-03");
    expect(await date.inputValue()).toBe("");
    // Empty, it shows the format: an example date in grey read as the dateline's own (seen by a newcomer).
    expect(await date.getAttribute("placeholder")).toBe("YYYY-MM-DD");
    await use.press("Enter");
    expect(await date.inputValue()).toBe("2024-05-03");
    expect(await form.locator(".date-offer").isHidden()).toBe(true);
    // Emptied again, the offer comes back.
    await date.fill("");
    await expect.poll(() => use.isVisible()).toBe(true);
    await use.click();
    await form.getByLabel("Title").fill("Tbilisi and Yerevan draw closer");
    await form.getByLabel("Publisher").fill("Example Wire");
    await form.getByRole("button", { name: "Add source", exact: true }).click();
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.sources.at(-1)!.date)).toBe("2024-05-03");
    const signed = page.locator(".suggestion", { has: page.locator(".suggestion-quote", { hasText: /^Georgia and Armenia signed/ }) });
    await expect.poll(() => signed.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    expect(await signed.first().textContent()).toContain("from 2024-05-03 (the source's date)");
    expect(errors).toEqual([]);
  });
  it("offers an opened HTML page's publication date from its metadata before its dateline, and the dateline's once the text is typed in", async () => {
    if (!(await page.getByRole("button", { name: "Add source" }).isVisible())) await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const form = dialog();
    const html = '<html><head><title>Deal</title><meta property="article:published_time" content="2024-05-04T09:00:00Z"></head><body><p>YEREVAN, May 3, 2024 — Georgia and Armenia signed a partnership agreement.</p></body></html>';
    await form.getByLabel("…or open a .txt, .md or .html file").setInputFiles({ name: "deal.html", mimeType: "text/html", buffer: Buffer.from(html) });
    const fromPage = form.getByRole("button", { name: "Use 2024-05-04, the page's publication date" });
    await expect.poll(() => fromPage.isVisible()).toBe(true);
    expect(await form.locator(".date-offer").textContent()).toBe("The page's metadata says it was published on 2024-05-04. Use 2024-05-04");
    // Typed in, the text is no longer the page's as published: the dateline's date is offered.
    await form.getByLabel("Text (paste the article)").press("End");
    await form.getByLabel("Text (paste the article)").pressSequentially(" More.");
    await expect.poll(() => form.getByRole("button", { name: "Use 2024-05-03, the dateline's date" }).isVisible()).toBe(true);
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(errors).toEqual([]);
  });
  it("offers the publisher an opened page's metadata names, else the URL's site (never filled in unasked); taken, the source is added", async () => {
    if (!(await page.getByRole("button", { name: "Add source" }).isVisible())) await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const form = dialog();
    const publisher = form.getByLabel("Publisher");
    const offer = form.locator(".publisher-offer");
    // Pasted text and no URL: nothing to offer; the field says what a publisher is.
    await form.getByLabel("Text (paste the article)").fill("Georgia and Armenia signed a partnership agreement.");
    expect(await offer.isHidden()).toBe(true);
    // The hint is the control's description (read out with it).
    expect(await publisher.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent)).toBe("Who published it: a newspaper, agency, site or body; your own name for notes of your own.");
    // A URL: its site is offered, and taken from the keyboard.
    await form.getByLabel("URL (optional)").fill("https://www.example.org/2024/05/03/deal");
    const fromUrl = form.getByRole("button", { name: "Use example.org, the URL's site" });
    await expect.poll(() => fromUrl.isVisible()).toBe(true);
    expect(await offer.textContent()).toBe("The URL is on example.org. Use example.org");
    expect(await publisher.inputValue()).toBe("");
    // An opened page that names its site: the page's name comes before the URL's host.
    const html = '<html><head><title>Deal</title><meta property="og:site_name" content="Example Wire &lt;b&gt;"></head><body><p>Georgia and Armenia signed a partnership agreement.</p></body></html>';
    await form.getByLabel("…or open a .txt, .md or .html file").setInputFiles({ name: "deal.html", mimeType: "text/html", buffer: Buffer.from(html) });
    const fromPage = form.getByRole("button", { name: "Use Example Wire <b>, the page's site" });
    await expect.poll(() => fromPage.isVisible()).toBe(true);
    expect(await offer.textContent()).toBe("The page's metadata names its site “Example Wire <b>”. Use Example Wire <b>");
    expect(await offer.locator("b").count()).toBe(0);
    // Typed in, the text is still the site's: its name stays offered (the date would not).
    await form.getByLabel("Text (paste the article)").press("End");
    await form.getByLabel("Text (paste the article)").pressSequentially(" More.");
    expect(await fromPage.isVisible()).toBe(true);
    await fromPage.press("Enter");
    expect(await publisher.inputValue()).toBe("Example Wire <b>");
    expect(await offer.isHidden()).toBe(true);
    expect(await publisher.evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByRole("button", { name: "Add source", exact: true }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.sources.at(-1)!.publisher)).toBe("Example Wire <b>");
    expect(errors).toEqual([]);
  });
  it("narrows the list to the suggestions naming one actor and puts them in the text's order, from the keyboard", async () => {
    if (!(await page.getByRole("button", { name: "Add source" }).isVisible())) await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const text = [
      "France condemned Azerbaijan's offensive in September 2023.",
      "Georgia and Armenia signed a partnership agreement in March 2024.",
      "Azerbaijan accused Armenia of shelling its positions.",
      "Turkey backed Azerbaijan throughout the talks.",
    ].join(" ");
    await dialog().getByLabel("Text (paste the article)").fill(text);
    await dialog().getByLabel("Title").fill("Four sentences");
    await dialog().getByLabel("Publisher").fill("Example Wire");
    await dialog().getByRole("button", { name: "Add source", exact: true }).click();
    await expect.poll(() => page.locator(".suggestion-list .suggestion-quote", { hasText: /^Turkey backed/ }).count(), { timeout: 120_000 }).toBeGreaterThan(0);
    const heads = () => page.locator(".suggestion-list .suggestion-head").allTextContents();
    const quotes = () => page.locator(".suggestion-list .suggestion-quote").allTextContents();
    const all = await heads();
    const naming = page.getByLabel("Suggestions naming");
    const order = page.getByLabel("Order");
    expect(await naming.inputValue()).toBe("");
    expect(await page.locator(".suggestions-status").textContent()).toBe(`${all.length} suggestions, best first.`);
    // Each actor the list names is a choice, with how many suggestions name it.
    const options = await naming.locator("option").allTextContents();
    expect(options[0]).toBe(`All actors (${all.length})`);
    const azerbaijan = all.filter((t) => t.includes("Azerbaijan")).length;
    expect(options).toContain(`Azerbaijan (${azerbaijan})`);
    expect(azerbaijan).toBeGreaterThanOrEqual(3);
    expect(azerbaijan).toBeLessThan(all.length);

    // Chosen from the keyboard: only Azerbaijan's, and the status says so.
    await naming.focus();
    await naming.selectOption({ label: `Azerbaijan (${azerbaijan})` });
    await expect.poll(async () => (await heads()).length).toBe(azerbaijan);
    for (const t of await heads()) expect(t).toContain("Azerbaijan");
    expect(await page.locator(".suggestions-status").textContent()).toBe(`${azerbaijan} suggestions naming Azerbaijan (of ${all.length}), best first.`);
    // In the text's order: the quotes follow the text.
    await order.selectOption("text");
    await expect.poll(() => page.locator(".suggestions-status").textContent()).toContain("in the text's order");
    expect(await page.getByRole("list", { name: "Suggested relations, in the text's order" }).count()).toBe(1);
    const along = await quotes();
    expect(along.map((q) => text.indexOf(q))).toEqual([...along.map((q) => text.indexOf(q))].sort((p, q) => p - q));
    expect(along[0]).toMatch(/^France condemned/);
    // Back to every actor: the whole list again, still along the text.
    await naming.selectOption("");
    await expect.poll(async () => (await heads()).length).toBe(all.length);
    // A rejected suggestion no longer counts in the choices, as in the status line.
    const turkey = page.locator(".suggestion-list .suggestion").filter({ has: page.locator(".suggestion-quote", { hasText: /^Turkey backed/ }) }).first();
    await turkey.getByRole("button", { name: /^Reject:/ }).click();
    await expect.poll(async () => (await heads()).length).toBe(all.length - 1);
    const after = await naming.locator("option").allTextContents();
    expect(after[0]).toBe(`All actors (${all.length - 1})`);
    expect(after).toContain(`Azerbaijan (${azerbaijan - 1})`);
    expect(await page.locator(".suggestions-status").textContent()).toBe(`${all.length - 1} suggestions, in the text's order.`);
    // The filters are real, labelled controls.
    expect(await naming.evaluate((el) => el.tagName)).toBe("SELECT");
    expect(errors).toEqual([]);
  });

  it("marks each weak guess in words, in its buttons' names too, and hides them all from the keyboard with their count said", async () => {
    if (!(await page.getByRole("button", { name: "Add source" }).isVisible())) await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const text = [
      "Georgia and Armenia signed a partnership agreement in March 2024.",
      "Azerbaijan accused Armenia of shelling its positions.",
      "Turkey backed Azerbaijan throughout the talks.",
      "France condemned Azerbaijan's offensive.",
      "Iran hosted Russian and Turkish envoys in Tehran.",
      "The European Union sent monitors to the border.",
    ].join(" ");
    await dialog().getByLabel("Text (paste the article)").fill(text);
    await dialog().getByLabel("Title").fill("Six sentences");
    await dialog().getByLabel("Publisher").fill("Example Wire");
    await dialog().getByRole("button", { name: "Add source", exact: true }).click();
    await expect.poll(() => page.locator(".suggestion-list .suggestion-quote", { hasText: /^The European Union sent/ }).count(), { timeout: 120_000 }).toBeGreaterThan(0);
    const all = await items().count();
    // Each item's score, as its notes print it: the weak guesses are those under 0.25.
    const scores = (await page.locator(".suggestion-list .suggestion-notes").allTextContents()).map((n) => Number(/score (\d\.\d\d)/.exec(n)![1]));
    const weak = scores.filter((x) => x < 0.25).length;
    expect(weak).toBeGreaterThanOrEqual(2);
    expect(weak).toBeLessThan(all);
    // The mark is words, visible beside the title of exactly those, and each one's buttons say it.
    const marked = items().filter({ has: page.locator(".suggestion-weak") });
    expect(await marked.count()).toBe(weak);
    for (let i = 0; i < all; i++) {
      const li = items().nth(i);
      const isWeak = scores[i]! < 0.25;
      expect(await li.locator(".suggestion-weak").count()).toBe(isWeak ? 1 : 0);
      if (!isWeak) continue;
      const badge = li.locator(".suggestion-weak");
      expect(await badge.textContent()).toBe("Weak guess");
      const box = (await badge.boundingBox())!;
      expect(box.width).toBeGreaterThan(20);
      expect(await li.getByRole("button", { name: /^Accept: .*, a weak guess; opens the relation form$/ }).count()).toBe(1);
      expect(await li.getByRole("button", { name: /^Reject: .*, a weak guess$/ }).count()).toBe(1);
      expect(await li.locator(".suggestion-notes").textContent()).toContain("(under 0.25: few such are right)");
    }
    // Hidden from the keyboard: a real checkbox, named with how many it hides.
    const toggle = page.getByRole("checkbox", { name: `Hide weak guesses (${weak})` });
    expect(await toggle.count()).toBe(1);
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => items().count()).toBe(all - weak);
    expect(await items().filter({ has: page.locator(".suggestion-weak") }).count()).toBe(0);
    expect(await page.locator(".suggestions-status").textContent()).toBe(`${all - weak} suggestions, best first. ${weak} weak guesses hidden.`);
    // The actor choices count what is shown.
    expect((await page.getByLabel("Suggestions naming").locator("option").allTextContents())[0]).toBe(`All actors (${all - weak})`);
    await page.screenshot({ path: "/tmp/suggest-weak-hidden.png" });
    // And back: every suggestion again.
    await page.keyboard.press("Space");
    await expect.poll(() => items().count()).toBe(all);
    expect(await page.locator(".suggestions-status").textContent()).toBe(`${all} suggestions, best first.`);
    await items().filter({ has: page.locator(".suggestion-weak") }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/suggest-weak-shown.png" });
    expect(errors).toEqual([]);
  });
});

