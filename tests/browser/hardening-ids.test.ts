/**
 * Issue #17, item 1, in the app: the Karabakh dataset kept as an import (as src/app/datasetStore.ts
 * keeps one) with ids named like Object.prototype's properties. Russia renamed `constructor` is
 * refused on boot with the reason, without a page error, and the default is one click away (before,
 * the Analysis tab threw, half its charts were drawn, and the kept import broke every reload: such
 * a node key breaks graphology). With every other kind of id so named (the dataset, relation types,
 * relations, a source, events, periods), every panel opens — details, table, analysis with blocs,
 * compare, filters, the period toggle, search, the curation workspace (an edit and its undo, the
 * reading pane and its suggestions), a link to the view, an SVG export — with no page error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { keepImportIn, launchChromium, openApp } from "./chromium.ts";
import type { Dataset } from "../../src/model/schema.ts";

const base = inject("baseUrl");
const karabakh = (): Dataset => JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as Dataset;

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "stancegraph-ids-"));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the app with `dataset` kept as the import, the way a reload after an import does. */
async function openWithImport(dataset: Dataset, hash = ""): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await keepImportIn(context, base, "renamed.json", { text: JSON.stringify(dataset) });
  return openApp(context, base + hash);
}

/** Karabakh with the dataset, types, relations, a source, events and periods renamed. */
function renamed(): Dataset {
  const d = karabakh();
  const types = new Map([
    ["alliance", "constructor"],
    ["estrangement", "toString"],
    ["mediation", "valueOf"],
    ["membership", "hasOwnProperty"],
  ]);
  d.id = "constructor";
  for (const t of d.relationTypes) t.id = types.get(t.id) ?? t.id;
  const relationIds = new Map([
    ["RUS-ARM-alliance-1992", "constructor"],
    ["RUS-ARM-estrangement-2023", "toString"],
  ]);
  const more = ["hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf"];
  d.relations.forEach((r, k) => {
    r.type = types.get(r.type) ?? r.type;
    r.id = relationIds.get(r.id) ?? (k >= 2 && k < 2 + more.length ? more[k - 2]! : r.id);
  });
  const source = d.sources.find((s) => s.file === undefined)!;
  const oldSource = source.id;
  source.id = "toLocaleString";
  for (const owner of [...d.relations, ...d.events]) for (const ev of owner.evidence) if (ev.source === oldSource) ev.source = "toLocaleString";
  d.events.slice(0, 3).forEach((e, k) => (e.id = ["constructor", "toString", "valueOf"][k]!));
  d.periods[0]!.id = "constructor";
  d.periods[1]!.id = "toString";
  return d;
}

describe("ids named like Object.prototype's properties", () => {
  it("refuse Russia named `constructor` with the reason; with every other kind of id so named, every panel works", { timeout: 180_000 }, async () => {
    const d = karabakh();
    const i = d.actors.findIndex((a) => a.id === "RUS");
    d.actors[i]!.id = "constructor";
    for (const r of d.relations) {
      if (r.source === "RUS") r.source = "constructor";
      if (r.target === "RUS") r.target = "constructor";
    }
    for (const e of d.events) e.actors = e.actors.map((x) => (x === "RUS" ? "constructor" : x));
    const refused = await openWithImport(d);
    const alert = refused.page.locator(".load-error");
    await expect(alert.locator("li").allTextContents()).resolves.toEqual([
      `actors[${i}].id: "constructor" cannot be an actor id: every JavaScript object has a property of that name, and the graph library keeps actors in such objects; choose another id (e.g. "constructor_")`,
    ]);
    await alert.getByRole("button", { name: "Remove it and open the default dataset" }).click();
    await refused.page.waitForFunction(() => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.id === "karabakh", null, { timeout: 30_000 });
    expect(refused.errors).toEqual([]);
    await refused.page.context().close();

    // Every other kind of id so named: the dataset, relation types, relations, a source, events, periods.
    const renamedDataset = renamed();
    const { page, errors } = await openWithImport(renamedDataset);
    await expect(page.locator(".load-error").count()).resolves.toBe(0);
    const app = () => page.evaluate(() => ({ id: window.stancegraph!.model.dataset.id, state: window.stancegraph!.store.getState() }));
    expect((await app()).id).toBe("constructor");

    // Details: an actor, then the relation named "constructor" (the alliance of type "constructor").
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "RUS" } }));
    await expect(page.locator("#details-panel h2").first().textContent()).resolves.toBe("Russia");
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: "constructor" } }));
    await expect(page.locator("#details-panel").textContent()).resolves.toContain("Alliance");

    // The table, with the renamed types.
    await page.getByRole("button", { name: "Show the relations table" }).click();
    await expect(page.locator("table tbody tr").count()).resolves.toBeGreaterThan(5);

    // The periods named "constructor" and "toString".
    await page.getByRole("button", { name: /Before 2023/ }).click();
    expect((await app()).state.date).toBe("2023-09-18");

    // Filters keyed by relation type: switch "constructor" (alliance) off and on.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "toggleType", id: "constructor" }));
    expect((await app()).state.hiddenTypes).toEqual(["constructor"]);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "toggleType", id: "constructor" }));

    // Search: an actor found by name and selected.
    const search = page.getByRole("combobox", { name: "Search actors" });
    await search.fill("Russ");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain("Russia");
    await search.press("Enter");
    await page.waitForFunction(() => window.stancegraph!.store.getState().selection?.kind === "actor");

    // Curate: an edit of the relation named "constructor" and its undo, and a source named
    // "valueOf" read in the reading pane with the engine's suggestions.
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    const edited = await page.evaluate(() => {
      const e = window.stancegraph!.edits!;
      const out = e.perform({ kind: "updateRelation", id: "constructor", changes: { note: "edited" } });
      const note = window.stancegraph!.model.relations.get("constructor")?.note;
      e.undo();
      return { ok: out.ok, note, after: window.stancegraph!.model.relations.get("constructor")?.note ?? null };
    });
    expect(edited).toMatchObject({ ok: true, note: "edited" });
    expect(edited.after).not.toBe("edited");
    // No source of the dataset carries its text in the browser: a pasted one, named "valueOf".
    const pasted = await page.evaluate(
      () => window.stancegraph!.edits!.perform({ kind: "addSource", source: { id: "valueOf", title: "Pasted wire", publisher: "Example Wire", text: "Armenia froze its participation in the CSTO. Russia and Azerbaijan signed an alliance treaty." } }).ok,
    );
    expect(pasted).toBe(true);
    await page.getByRole("button", { name: "Read: Pasted wire" }).click();
    await expect.poll(() => page.locator(".reading-text .sentence").count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.locator(".suggestion-list .suggestion").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.evaluate(() => window.stancegraph!.edits!.undo());
    await page.getByRole("button", { name: "Curate", exact: true }).click();

    // Analysis, with the blocs drawn on the graph.
    await page.getByRole("tab", { name: "Analysis" }).click();
    await page.getByLabel(/Show blocs on the graph/).check();
    await expect(page.locator("#analysis-panel .alignment-table tbody tr").count()).resolves.toBe(renamedDataset.actors.length);

    // Compare the two periods.
    await page.getByRole("button", { name: "Compare two dates" }).click();
    await expect(page.getByRole("button", { name: /Russia – Armenia/ }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: /Russia – Armenia/ }).first().click();

    // An SVG export of the view.
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.getByRole("radio", { name: /The current view/ }).check();
    const pending = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Download SVG (vector picture, with legend)", exact: true }).click();
    const file = await pending;
    const path = join(dir, file.suggestedFilename());
    copyFileSync((await file.path())!, path);
    const svg = readFileSync(path, "utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain("Russia");
    await page.keyboard.press("Escape");

    // The link to this view opens the same view.
    const hash = await page.evaluate(() => location.hash);
    const again = await openApp(page.context(), base + hash);
    expect(await again.page.evaluate(() => window.stancegraph!.store.getState().compare)).toEqual((await app()).state.compare);
    await again.page.getByRole("tab", { name: "Analysis" }).click();
    await again.page.locator("#analysis-panel .alignment-table").waitFor();

    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.context().close();
  });
});
