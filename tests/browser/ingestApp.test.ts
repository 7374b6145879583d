/**
 * Bringing data in through Open dataset…, in Debian's Chromium against the built app (issue 15):
 * the bundled GDELT sample (gzipped) through the options step, aggregated in the load worker into
 * as many relations as `stancegraph ingest` makes with the same options, drawn, and shown in the
 * details card as machine-coded; a broken event file named with its line, the graph kept; a
 * Gephi GEXF through the mapping dialog, with its preview, into what `stancegraph convert` gives.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";
import { inkAlongPath, settle, shownRelations } from "./ink.ts";
import { runIngestCli } from "../unit/ingestHelpers.ts";
import { workbookBytes, TIES_ACTORS, TIES_README, TIES_RELATIONS, type SheetSpec } from "../unit/workbookFile.ts";
import { odsBytes, ODS_ACTORS, ODS_README, ODS_RELATIONS } from "../unit/odsFile.ts";
import { syntheticEventChunks } from "../../src/io/ingest/synthetic.ts";

const GDELT_GZ = "tests/fixtures/ingest/gdelt-2023.export.CSV.gz";
const GEXF = "tests/fixtures/ingest/convert/gephi-dynamic-1.3.gexf";

let browser: Browser;
let page: Page;
let errors: string[];
let dir: string;
const base = inject("baseUrl");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stancegraph-ingest-app-"));
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fileInput = () => page.getByLabel("Open a dataset file (JSON or GEXF), event data");
const datasetId = () => page.evaluate(() => window.stancegraph!.model.dataset.id);
const relationCount = () => page.evaluate(() => window.stancegraph!.model.dataset.relations.length);
const optionsStep = () => page.locator("dialog.ingest-step[open]");
const mappingStep = () => page.locator("dialog.mapping-step[open]");
const errorDialog = () => page.locator("dialog.import-errors[open]");

/** Actors whose centre is not the graph's own topmost element (one under the import notice, say). */
const coveredActors = () =>
  page.evaluate(() => {
    const s = window.stancegraph!.renderer.sigma!;
    const box = s.getContainer().getBoundingClientRect();
    return s
      .getGraph()
      .nodes()
      .filter((id) => {
        const v = s.framedGraphToViewport(s.getNodeDisplayData(id)!);
        return !s.getContainer().contains(document.elementFromPoint(box.left + v.x, box.top + v.y));
      });
  });

/** Waits until no actor is covered (the camera moves to a selection in an animation); fails naming those still covered. */
async function expectNoActorCovered(): Promise<void> {
  await expect.poll(coveredActors, { timeout: 10_000 }).toEqual([]);
}

/** The relations `stancegraph ingest` (DuckDB) writes for the file with these options. */
async function cliRelations(file: string, args: string[]): Promise<number> {
  const out = join(dir, "cli.json");
  const r = await runIngestCli("ingest", "--format", "gdelt", file, ...args, "--out", out);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(String(r.files.get(out))) as { relations: unknown[] }).relations.length;
}

describe("event data through the options step", () => {
  it("a broken event file: the error names the file and the line, and the graph stays", async () => {
    const before = await datasetId();
    const lines = gunzipSync(readFileSync(GDELT_GZ)).toString("utf8").split("\n");
    // Line 3 loses its last column: 60 tab-separated columns instead of GDELT's 61.
    lines[2] = lines[2]!.slice(0, lines[2]!.lastIndexOf("\t"));
    const broken = join(dir, "broken.export.CSV");
    writeFileSync(broken, lines.join("\n"));
    await fileInput().setInputFiles(broken);
    await optionsStep().waitFor();
    await optionsStep().getByRole("button", { name: "Ingest" }).click();
    await errorDialog().waitFor();
    const items = await errorDialog().locator("li").allTextContents();
    expect(items).toEqual(["“broken.export.CSV”, line 3: expected 61 tab-separated columns (GDELT 2.0 export), found 60"]);
    await page.keyboard.press("Escape");
    await errorDialog().waitFor({ state: "detached" }).catch(() => errorDialog().waitFor({ state: "hidden" }));
    expect(await datasetId()).toBe(before);
  });

  it("a broken Excel workbook: the error says it cannot be read as one, and the graph stays", async () => {
    const before = await datasetId();
    const xlsx = join(dir, "ties.xlsx");
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0xa1, 0xff]));
    await fileInput().setInputFiles(xlsx);
    await errorDialog().waitFor();
    const items = await errorDialog().locator("li").allTextContents();
    expect(items).toEqual(["(file): “ties.xlsx” starts as a zip archive but cannot be read as one (invalid zip data)"]);
    await page.keyboard.press("Escape");
    await errorDialog().waitFor({ state: "detached" }).catch(() => errorDialog().waitFor({ state: "hidden" }));
    expect(await datasetId()).toBe(before);
  });

  it("Cancel in the options step keeps the graph", async () => {
    const before = await datasetId();
    await fileInput().setInputFiles(GDELT_GZ);
    await optionsStep().waitFor();
    await optionsStep().getByRole("button", { name: /^Cancel/ }).click();
    await optionsStep().waitFor({ state: "detached" });
    expect(await datasetId()).toBe(before);
  });

  it("a large event file shows the events read as it aggregates, and Cancel there keeps the graph", async () => {
    const before = await datasetId();
    // 600,000 ICEWS-layout events (about 85 MB): long enough to aggregate to be cancelled midway.
    const big = join(dir, "big.tab");
    writeFileSync(big, [...syntheticEventChunks({ format: "icews", events: 600_000, seed: 7 })].join(""));
    await fileInput().setInputFiles(big);
    await optionsStep().waitFor({ timeout: 60_000 });
    await optionsStep().getByRole("button", { name: "Ingest" }).click();
    const progress = page.locator("dialog.import-progress[open]");
    // A count of events read, past the first report (every 20,000 events).
    await page.waitForFunction(() => /^Aggregating: [\d,]+ events read…$/.test(document.querySelector("dialog.import-progress[open] .import-progress-stage")?.textContent ?? ""), null, { timeout: 60_000 });
    const stage = (await progress.locator(".import-progress-stage").textContent())!;
    expect(Number(stage.replace(/\D/g, ""))).toBeGreaterThanOrEqual(20_000);
    await progress.getByRole("button", { name: /^Cancel/ }).click();
    await progress.waitFor({ state: "detached" });
    expect(await datasetId()).toBe(before);
    expect(await errorDialog().count()).toBe(0);
  });

  it("the gzipped GDELT sample: options checked, as many relations as the CLI, drawn in their colour", async () => {
    await fileInput().setInputFiles(GDELT_GZ);
    const step = optionsStep();
    await step.waitFor();
    // The documented defaults, filled in.
    expect(await step.getByLabel("Window", { exact: true }).inputValue()).toBe("quarter");
    expect(await step.getByLabel("Minimum events per window").inputValue()).toBe("5");
    expect(await step.getByLabel("Margin, 0 to 1").inputValue()).toBe("0.3");
    // A wrong field is named and keeps the step open.
    await step.getByLabel("Margin, 0 to 1").fill("1.5");
    await step.getByRole("button", { name: "Ingest" }).click();
    await expect(step.locator(".field-error:not([hidden])").allTextContents()).resolves.toEqual(['"1.5" is not a number from 0 to 1']);
    // Other rules than the defaults, so the count shows they were used.
    await step.getByLabel("Margin, 0 to 1").fill("0.3");
    await step.getByLabel("Window", { exact: true }).selectOption("month");
    await step.getByLabel("Minimum events per window").fill("3");
    await step.getByRole("button", { name: "Ingest" }).click();
    await page.waitForFunction(() => window.stancegraph!.model.dataset.sources.some((s) => s.id === "events"), null, { timeout: 60_000 });
    const expected = await cliRelations(GDELT_GZ, ["--window", "month", "--min-events", "3"]);
    expect(expected).toBeGreaterThan(0);
    expect(await relationCount()).toBe(expected);
    expect(expected).not.toBe(await cliRelations(GDELT_GZ, []));

    await settle(page);
    const shown = await shownRelations(page);
    expect(shown.length).toBeGreaterThan(0);
    let best = { hits: 0, samples: 0 };
    for (const id of shown) {
      const ink = await inkAlongPath(page, id);
      if (ink.hits > best.hits) best = ink;
    }
    expect(best.samples).toBeGreaterThan(5);
    expect(best.hits / best.samples).toBeGreaterThan(0.6);
    expect(errors).toEqual([]);
  });

  it("the details card shows a relation as machine-coded: rule, counts, dates, sample ids and links", async () => {
    const id = (await shownRelations(page))[0]!;
    await page.evaluate((rid) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: rid } }), id);
    const card = page.locator("#details-panel li.derived");
    await card.waitFor();
    await expect(card.locator(".machine-coded-badge").textContent()).resolves.toBe("Machine-coded");
    const summary = (await card.locator(".derived-summary").textContent())!;
    expect(summary).toMatch(/^\d+ cooperative and \d+ conflictual events?, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    await expect(card.locator(".derived-rule").textContent()).resolves.toMatch(/^Rule: CAMEO root code → quad class → sign.*per month, at least 3 .*≥ 0\.3/);
    await expect(card.locator(".derived-samples").textContent()).resolves.toMatch(/\d{10}/);
    const hrefs = await card.locator(".derived-links a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });
});

describe("another tool's graph through the mapping dialog", () => {
  it("a Gephi GEXF: the guess filled in, a preview of the first rows, then what `stancegraph convert` gives", async () => {
    const before = await datasetId();
    await fileInput().setInputFiles(GEXF);
    const step = mappingStep();
    await step.waitFor();
    expect(await step.getByLabel("Relation type", { exact: true }).locator("option:checked").textContent()).toBe("kind");
    expect(await step.getByLabel("Sign (+, −, 0)").locator("option:checked").textContent()).toBe("sign");
    const firstRow = await step.locator("table.mapping-preview tbody tr").first().locator("th, td").allTextContents();
    expect(firstRow.slice(0, 7)).toEqual(['edge 1 (id "a1")', "Armenia (ARM)", "Russia (RUS)", "alliance", "+1", "1992-05-15", "2023-10-03"]);
    await expect(step.locator(".mapping-status").textContent()).resolves.toMatch(/^Ready: [\d,]+ actors, [\d,]+ relations\.$/);
    // The preview follows each change: no type attribute makes the types from the sign.
    await step.getByLabel("Relation type", { exact: true }).selectOption({ label: "— none: types from the sign —" });
    await page.waitForFunction(() => document.querySelector("dialog.mapping-step table.mapping-preview tbody tr td:nth-of-type(3)")?.textContent === "positive");
    await step.getByLabel("Relation type", { exact: true }).selectOption({ label: "kind" });
    await page.waitForFunction(() => document.querySelector("dialog.mapping-step table.mapping-preview tbody tr td:nth-of-type(3)")?.textContent === "alliance");
    expect(await step.getByRole("button", { name: "Apply and open" }).isDisabled()).toBe(false);
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    const out = join(dir, "convert.json");
    const r = await runIngestCli("convert", GEXF, "--out", out);
    expect(r.code, r.err).toBe(0);
    const cli = JSON.parse(String(r.files.get(out))) as { relations: Array<{ id: string; from: string; to?: string }> };
    const app = await page.evaluate(() => window.stancegraph!.model.dataset.relations.map((x) => ({ id: x.id, from: x.from, to: x.to })));
    expect(app).toEqual(cli.relations.map((x) => ({ id: x.id, from: x.from, to: x.to })));
    await settle(page);
    expect(errors).toEqual([]);
  });

  it("a CSV edge list chosen with its actors CSV (actors first): both read, the actors' labels and Wikidata ids kept", async () => {
    const before = await datasetId();
    await fileInput().setInputFiles(["tests/fixtures/ingest/convert/actors.csv", "tests/fixtures/ingest/convert/edges.csv"]);
    const step = mappingStep();
    await step.waitFor();
    await expect(step.locator(".step-intro").textContent()).resolves.toMatch(/^CSV edge list, 4 rows, with 5 actors from “actors\.csv”\./);
    expect(await step.getByLabel("One end (actor id)").locator("option:checked").textContent()).toBe("source");
    expect(await step.getByLabel("Wikidata id").locator("option:checked").textContent()).toBe("wikidata");
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 5 actors, 4 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    const arm = await page.evaluate(() => window.stancegraph!.model.dataset.actors.find((a) => a.id === "ARM"));
    expect(arm).toMatchObject({ label: "Armenia", wikidata: ["Q399"] });
    expect(await relationCount()).toBe(4);
  });

  it("a spreadsheet headed as people head one (From, To, Start date, a Source of links): guessed right, opened, every relation drawn", async () => {
    const before = await datasetId();
    await fileInput().setInputFiles("tests/fixtures/ingest/convert/sheet.csv");
    const step = mappingStep();
    await step.waitFor();
    const checked = (label: string) => step.getByLabel(label, { exact: true }).locator("option:checked").textContent();
    expect(await checked("One end (actor id)")).toBe("From");
    expect(await checked("Other end (actor id)")).toBe("To");
    expect(await checked("First day (from)")).toBe("Start date");
    expect(await checked("End (to)")).toBe("End date");
    expect(await checked("Evidence (quote or citation)")).toBe("Source");
    await expect(step.locator(".mapping-problems li").count()).resolves.toBe(0);
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 7 actors, 6 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    expect(await relationCount()).toBe(6);
    const src = await page.evaluate(() => {
      const { dataset } = window.stancegraph!.model;
      const ev = dataset.relations.find((r) => r.source === "FRA")!.evidence[0]!;
      return dataset.sources.find((x) => x.id === ev.source)?.url;
    });
    expect(src).toBe("https://example.org/d");
    // The notice of what was opened lies over the graph's top: no actor is left under it (France,
    // placed at the top by the layout, was). Waited on: the camera moves once the layout settles.
    // The pointer over it keeps it up (it would leave by itself after a while).
    await page.locator(".import-notice").hover();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-layout]")?.dataset.layout === "stable", null, { timeout: 60_000 });
    await settle(page);
    await expectNoActorCovered();
    expect(await page.locator(".import-notice").isVisible()).toBe(true);
    await settle(page);
    // Every relation of the date shown has its line on screen, in its type's colour.
    const shown = await shownRelations(page);
    expect(shown.length).toBe(5);
    for (const id of shown) {
      const ink = await inkAlongPath(page, id);
      expect(ink.samples, id).toBeGreaterThan(3);
      expect(ink.hits / ink.samples, id).toBeGreaterThan(0.5);
    }
    // Its details card links to the page the sheet gave as its source.
    await page.locator(".import-notice button").click();
    await page.getByRole("button", { name: "Show the relations table" }).click();
    await page.locator("tr", { hasText: "France" }).getByRole("button").first().click();
    const link = page.locator(".details ul.evidence a").first();
    await expect(link.getAttribute("href")).resolves.toBe("https://example.org/d");
    await expect(link.textContent()).resolves.toBe("example.org/d");
    await page.getByRole("button", { name: "Close the table" }).click();
    expect(errors).toEqual([]);
  });

  it("on a wide screen too (1920×1080, the notice clear of the graph's middle): no actor left under the notice", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    try {
      // (The same file as the test before: the dataset's id does not change, its notice comes back.)
      await expect(page.locator(".import-notice").count()).resolves.toBe(0);
      await fileInput().setInputFiles("tests/fixtures/ingest/convert/sheet.csv");
      await mappingStep().getByRole("button", { name: "Apply and open" }).click();
      await page.locator(".import-notice").waitFor({ timeout: 60_000 });
      await page.locator(".import-notice").hover();
      await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-layout]")?.dataset.layout === "stable", null, { timeout: 60_000 });
      await settle(page);
      await expectNoActorCovered();
      expect(await page.locator(".import-notice").isVisible()).toBe(true);
      // The notice is clear of the graph's middle here: an actor moved under it (the camera put
      // France at the notice's centre) is seen to be covered, and selecting it brings it out.
      await page.evaluate(() => {
        const s = window.stancegraph!.renderer.sigma!;
        const n = document.querySelector(".import-notice")!.getBoundingClientRect();
        const box = s.getContainer().getBoundingClientRect();
        const at = s.viewportToFramedGraph({ x: n.left + n.width / 2 - box.left, y: n.top + n.height / 2 - box.top });
        const fra = s.getNodeDisplayData("FRA")!;
        const c = s.getCamera().getState();
        s.getCamera().setState({ ...c, x: c.x + fra.x - at.x, y: c.y + fra.y - at.y });
      });
      await page.waitForFunction(() => {
        const s = window.stancegraph!.renderer.sigma!;
        const box = s.getContainer().getBoundingClientRect();
        const v = s.framedGraphToViewport(s.getNodeDisplayData("FRA")!);
        return document.elementFromPoint(box.left + v.x, box.top + v.y)?.closest(".import-notice") !== null;
      });
      await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "FRA" } }));
      await expectNoActorCovered();
      await page.locator(".import-notice button").click();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("a sheet whose ends are named alike but for a letter (Year, Country A, Country B, Stance): guessed by name, signs read from the stance words, every relation drawn", async () => {
    const before = await datasetId();
    const text = "Year,Country A,Country B,Stance,Source\n2021,France,Armenia,supports,https://example.org/a\n2020,Armenia,Azerbaijan,opposes,https://example.org/b\n2022,Russia,Azerbaijan,cooperates,https://example.org/c\n2023,Azerbaijan,Turkey,supports,https://example.org/d\n";
    await fileInput().setInputFiles({ name: "ties.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    const step = mappingStep();
    await step.waitFor();
    const checked = (label: string) => step.getByLabel(label, { exact: true }).locator("option:checked").textContent();
    // Not the first two columns (Year, Country A), which is what the dialog fell back to before.
    expect(await checked("One end (actor id)")).toBe("Country A");
    expect(await checked("Other end (actor id)")).toBe("Country B");
    expect(await checked("Relation type")).toBe("Stance");
    expect(await checked("First day (from)")).toBe("Year");
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 5 actors, 4 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    const signs = await page.evaluate(() => window.stancegraph!.model.dataset.relationTypes.map((t) => [t.label, t.sign]));
    expect(signs).toEqual([
      ["supports", 1],
      ["opposes", -1],
      ["cooperates", 1],
    ]);
    await page.locator(".import-notice button").click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-layout]")?.dataset.layout === "stable", null, { timeout: 60_000 });
    await settle(page);
    const shown = await shownRelations(page);
    expect(shown.length).toBe(4);
    for (const id of shown) {
      const ink = await inkAlongPath(page, id);
      expect(ink.samples, id).toBeGreaterThan(3);
      expect(ink.hits / ink.samples, id).toBeGreaterThan(0.5);
    }
    expect(errors).toEqual([]);
  });

  it("a European sheet (semicolons, days first, a blank row saved as separators, a name and a type in capitals): the day order guessed and shown, 10/11/2020 read as 10 November and drawn from that day, one Armenia, one partner type", async () => {
    const before = await datasetId();
    const text = [
      "\uFEFFCountry A;Country B;Relationship;Since;Until;Link;Notes",
      "Armenia;Russia;ally;01/01/2020;19/09/2023;https://example.org/a;CSTO member",
      "Armenia;France;partner;23/10/2023;;https://example.org/b;radars",
      ";;;;;;",
      "Russia;Azerbaijan;mediator;10/11/2020;;https://example.org/c;",
      "ARMENIA;Iran;Partner;15/06/2021;;https://example.org/e;",
      "",
    ].join("\r\n");
    await fileInput().setInputFiles({ name: "alliances-eu.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    const step = mappingStep();
    await step.waitFor();
    const order = step.getByLabel("Days written with slashes", { exact: true });
    await expect(order.locator("option:checked").textContent()).resolves.toBe("Day first (31/12/2023)");
    await expect(step.locator(`#${await order.getAttribute("id")}-hint`).textContent()).resolves.toContain("Guessed from the file");
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 5 actors, 4 relations.");
    // The blank row is skipped and the row after it keeps its number; its day read day first.
    const last = step.locator(".mapping-preview tbody tr").nth(2);
    await expect(last.locator("th").textContent()).resolves.toBe("row 4");
    await expect(last.locator("td").nth(4).textContent()).resolves.toBe("2020-11-10");
    // Not said: the day that could be either is a problem, named by its row, and nothing opens.
    await order.selectOption("");
    await step.locator(".mapping-problems li").first().waitFor();
    await expect(step.locator(".mapping-problems li").allTextContents()).resolves.toEqual([
      'alliances-eu.csv, row 4, column `Since`: "10/11/2020" is not a date: its day and month cannot be told apart (write 2020-11-10 or 2020-10-11, or say whether the file writes the day or the month first)',
    ]);
    expect(await step.getByRole("button", { name: "Apply and open" }).isDisabled()).toBe(true);
    await order.selectOption("day-first");
    await page.waitForFunction(() => document.querySelector(".mapping-step .mapping-status")?.textContent === "Ready: 5 actors, 4 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    const mediation = await page.evaluate(() => window.stancegraph!.model.dataset.relations.find((r) => r.source === "RUS" && r.target === "AZE")!);
    expect([mediation.from, mediation.to]).toEqual(["2020-11-10", undefined]);
    // "ARMENIA" is Armenia, and "Partner" the sheet's "partner": one actor, one type in the legend.
    const opened = await page.evaluate(() => {
      const { dataset } = window.stancegraph!.model;
      return { actors: dataset.actors.map((a) => a.label), types: dataset.relationTypes.map((t) => t.label), iran: dataset.relations.find((r) => r.target === "IRN")! };
    });
    expect(opened.actors).toEqual(["Armenia", "Russia", "France", "Azerbaijan", "Iran"]);
    expect(opened.types).toEqual(["ally", "partner", "mediator"]);
    expect([opened.iran.source, opened.iran.type]).toEqual(["ARM", "partner"]);
    await dismissNotice(page);
    // On 1 November 2020 (after 11 October, the other reading) the mediation is not drawn; from 10 November it is, inked.
    expect(await shownAt(page, "2020-11-01")).not.toContain(mediation.id);
    const shown = await shownAt(page, "2020-11-10");
    expect(shown).toContain(mediation.id);
    await expectInked(page, shown);
    // Armenia's partnership with Iran, written "ARMENIA" and "Partner", drawn from Armenia's one node.
    const later = await shownAt(page, "2021-07-01");
    expect(later).toContain(opened.iran.id);
    await expectInked(page, later);
    expect(errors).toEqual([]);
  });

  // The same three sheets (a note, the relations with their header on row 2 and a blank row 4, the
  // actors) as Excel and as LibreOffice save them: both open through the same steps. Each has its
  // own file name, since the dataset's id comes from it and each test waits for a new id.
  const SPREADSHEETS = [
    {
      title: "an Excel workbook",
      name: "ties.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes: () => workbookBytes([TIES_README, TIES_RELATIONS, TIES_ACTORS]),
      described: "Excel sheet",
    },
    {
      title: "a LibreOffice (OpenDocument) spreadsheet",
      name: "links.ods",
      mimeType: "application/vnd.oasis.opendocument.spreadsheet",
      bytes: () => odsBytes([ODS_README, ODS_RELATIONS, ODS_ACTORS]),
      described: "OpenDocument sheet",
    },
  ];
  for (const book of SPREADSHEETS) {
    it(`${book.title}: offered by the picker, the relations sheet and its actors sheet mapped, rows named as the sheet numbers them, the sheets left out said, the relations drawn in their colours`, async () => {
      const before = await datasetId();
      const extension = book.name.slice(book.name.lastIndexOf("."));
      expect((await fileInput().getAttribute("accept"))!.split(",")).toEqual(expect.arrayContaining([extension, book.mimeType]));
      await fileInput().setInputFiles({ name: book.name, mimeType: book.mimeType, buffer: Buffer.from(book.bytes()) });
      const step = mappingStep();
      await step.waitFor();
      await expect(step.getByRole("heading").first().textContent()).resolves.toBe(`Map “${book.name} › Relations” to relations`);
      await expect(step.textContent()).resolves.toContain(`${book.described}, 3 rows, with 4 actors from “${book.name} › Actors”.`);
      await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 4 actors, 3 relations.");
      // The header is on the sheet's row 2 and row 4 is blank: rows 3, 5 and 6, as the sheet shows them.
      await expect(step.locator(".mapping-preview tbody tr th").allTextContents()).resolves.toEqual(["row 3", "row 5", "row 6"]);
      await step.getByRole("button", { name: "Apply and open" }).click();
      await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
      await expect(page.locator(".import-notice").textContent()).resolves.toContain(`“${book.name}”: read the sheets “Relations” and “Actors”; not read: “Read me”`);
      const opened = await page.evaluate(() => window.stancegraph!.model.dataset.relations.map((r) => ({ id: r.id, pair: `${r.source}-${r.target}`, type: r.type, from: r.from, to: r.to ?? null })));
      expect(opened.map((r) => [r.pair, r.type, r.from, r.to])).toEqual([
        ["ARM-RUS", "ally", "1997-08-29", "2023-09-19"],
        ["AZE-TUR", "ally", "2021-06-15", null],
        ["RUS-AZE", "mediator", "2020-11-10", null],
      ]);
      await dismissNotice(page);
      // On 1 July 2021 all three hold, each drawn between its two actors in its colour.
      const shown = await shownAt(page, "2021-07-01");
      expect([...shown].sort()).toEqual(opened.map((r) => r.id).sort());
      await expectInked(page, shown);
      // The alliance's last day was the one before 19 September 2023, from the sheet's date cells.
      expect(await shownAt(page, "2023-09-19")).not.toContain(opened[0]!.id);
      expect(errors).toEqual([]);
    });
  }

  it("a workbook with an actor's name merged down beside its relations: each row read with it, the notice says so, all drawn", async () => {
    const before = await datasetId();
    const grouped: SheetSpec = {
      name: "Relations",
      merges: ["A2:A4"],
      rows: [
        ["Country A", "Country B", "Relationship", "Since"],
        ["Russia", "Armenia", "ally", { date: "1997-08-29" }],
        [null, "Azerbaijan", "mediator", { date: "2020-11-10" }],
        [null, "Belarus", "ally", { date: "1999-12-08" }],
        ["Turkey", "Azerbaijan", "ally", { date: "2021-06-15" }],
      ],
    };
    await fileInput().setInputFiles({ name: "grouped.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbookBytes([grouped])) });
    const step = mappingStep();
    await step.waitFor();
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 5 actors, 4 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    await expect(page.locator(".import-notice").textContent()).resolves.toContain("“grouped.xlsx › Relations”: the merged cells A2:A4 read as their first cell in each row they span");
    const opened = await page.evaluate(() => window.stancegraph!.model.dataset.relations.map((r) => ({ id: r.id, pair: `${r.source}-${r.target}` })));
    expect(opened.map((r) => r.pair)).toEqual(["RUS-ARM", "RUS-AZE", "RUS-BLR", "TUR-AZE"]);
    await dismissNotice(page);
    const shown = await shownAt(page, "2022-01-01");
    expect([...shown].sort()).toEqual(opened.map((r) => r.id).sort());
    await expectInked(page, shown);
    expect(errors).toEqual([]);
  });

  it("a workbook opened together with a CSV: refused, naming the workbook, and the graph stays", async () => {
    const before = await datasetId();
    const csv = join(dir, "more.csv");
    writeFileSync(csv, "source,target\nARM,RUS\n");
    const xlsx = join(dir, "book.xlsx");
    writeFileSync(xlsx, workbookBytes([TIES_RELATIONS]));
    await fileInput().setInputFiles([csv, xlsx]);
    await errorDialog().waitFor();
    await expect(errorDialog().locator("li").allTextContents()).resolves.toEqual(["(file): “book.xlsx” is an Excel workbook: open it on its own (its actors go in a sheet of their own, named Actors)"]);
    await page.keyboard.press("Escape");
    await errorDialog().waitFor({ state: "detached" }).catch(() => errorDialog().waitFor({ state: "hidden" }));
    expect(await datasetId()).toBe(before);
  });

  it("a workbook with a sheet a year: the dialog offers the sheets, another one is read when chosen, and the notice names the one left", async () => {
    const before = await datasetId();
    const year = (name: string, rows: Array<[string, string, string, string]>): SheetSpec => ({ name, rows: [["source", "target", "type", "from"], ...rows.map(([a, b, t, d]) => [a, b, t, { date: d }])] });
    const buffer = Buffer.from(
      workbookBytes([
        year("2022", [["Armenia", "Russia", "ally", "2022-01-10"]]),
        year("2023", [["Armenia", "France", "partner", "2023-10-23"], ["Azerbaijan", "Turkey", "ally", "2023-01-05"]]),
      ]),
    );
    await fileInput().setInputFiles({ name: "years.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
    let step = mappingStep();
    await step.waitFor();
    const sheet = () => mappingStep().getByLabel("Sheet read as the relations", { exact: true });
    await expect(sheet().locator("option").allTextContents()).resolves.toEqual(["2022", "2023"]);
    await expect(sheet().locator("option:checked").textContent()).resolves.toBe("2022");
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 2 actors, 1 relation.");
    // From the keyboard: an arrow key on the select changes it without reading it (each step would
    // reload a sheet); Tab to "Read this sheet" and Enter read it.
    await sheet().focus();
    await page.keyboard.press("ArrowDown");
    await expect(sheet().locator("option:checked").textContent()).resolves.toBe("2023");
    await expect(step.getByRole("heading").first().textContent()).resolves.toBe("Map “years.xlsx › 2022” to relations");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Read this sheet");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("dialog.mapping-step[open] h2")?.textContent === "Map “years.xlsx › 2023” to relations");
    step = mappingStep();
    await expect(sheet().locator("option:checked").textContent()).resolves.toBe("2023");
    await page.waitForFunction(() => document.querySelector(".mapping-step .mapping-status")?.textContent === "Ready: 4 actors, 2 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction((id) => window.stancegraph!.model.dataset.id !== id, before, { timeout: 60_000 });
    await expect(page.locator(".import-notice").textContent()).resolves.toContain("“years.xlsx”: read the sheet “2023”; not read: “2022”");
    const pairs = await page.evaluate(() => window.stancegraph!.model.dataset.relations.map((r) => `${r.source}-${r.target} ${r.type}`));
    expect(pairs).toEqual(["ARM-FRA partner", "AZE-TUR ally"]);
    await dismissNotice(page);
    const shown = await shownAt(page, "2023-11-01");
    expect(shown).toHaveLength(2);
    await expectInked(page, shown);
    expect(errors).toEqual([]);
  });

  it("a CSV edge list with a bad date: the problem by row and column, nothing opened until it is fixed", async () => {
    const before = await datasetId();
    await fileInput().setInputFiles("tests/fixtures/ingest/convert/bad-edges.csv");
    const step = mappingStep();
    await step.waitFor();
    const problems = await step.locator(".mapping-problems li").allTextContents();
    expect(problems).toContain('bad-edges.csv, row 2, column `from`: "2023-13-01" is not a date (YYYY-MM-DD)');
    expect(await step.getByRole("button", { name: "Apply and open" }).isDisabled()).toBe(true);
    await step.getByRole("button", { name: /^Cancel/ }).click();
    await step.waitFor({ state: "detached" });
    expect(await datasetId()).toBe(before);
  });
});

/** Dismisses the notice after an import and waits for the layout to settle. */
async function dismissNotice(page: Page): Promise<void> {
  await page.locator(".import-notice button").click();
  await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-layout]")?.dataset.layout === "stable", null, { timeout: 60_000 });
}

/** The relations drawn once the date is `date` and the frame has settled. */
async function shownAt(page: Page, date: string): Promise<string[]> {
  await page.evaluate((d) => window.stancegraph!.store.dispatch({ type: "setDate", date: d } as never), date);
  await settle(page);
  return shownRelations(page);
}

/** Each relation is inked in its colour along more than half its path. */
async function expectInked(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    const ink = await inkAlongPath(page, id);
    expect(ink.samples, id).toBeGreaterThan(3);
    expect(ink.hits / ink.samples, id).toBeGreaterThan(0.5);
  }
}
