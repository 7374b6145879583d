/**
 * GraphML through Open dataset…, in Debian's Chromium against the built app (issue 15): a networkx
 * GraphML through the mapping dialog into what `stancegraph convert` makes of the same file, drawn
 * on the canvas; and a GraphML the app exported, opened again with no mapping step, equal to the
 * dataset it came from.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";
import { inkAlongPath, settle, shownRelations } from "./ink.ts";
import { runIngestCli } from "../unit/ingestHelpers.ts";
import type { Dataset } from "../../src/model/schema.ts";

const NETWORKX = "tests/fixtures/ingest/convert/networkx.graphml";

let browser: Browser;
let dir: string;
const base = inject("baseUrl");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stancegraph-graphml-app-"));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fileInput = (page: Page) => page.getByLabel("Open a dataset file (JSON or GEXF), event data");
const appDataset = async (page: Page): Promise<Dataset> => JSON.parse(await page.evaluate(() => JSON.stringify(window.stancegraph!.model.dataset))) as Dataset;
/** From now on, notes whether a mapping dialog opens at any point (read with mappingSeen). */
const watchMappingDialog = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __mappingSeen: boolean };
    w.__mappingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector("dialog.mapping-step")) w.__mappingSeen = true;
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
const mappingSeen = (page: Page) => page.evaluate(() => (window as unknown as { __mappingSeen: boolean }).__mappingSeen);
const selected = (page: Page, label: string) => page.locator("dialog.mapping-step[open]").getByLabel(label, { exact: true }).locator("option:checked").textContent();

describe("GraphML in the app", () => {
  it("a networkx GraphML through the mapping dialog: the actors and relations `stancegraph convert` makes, with ink along a relation", async () => {
    const { page, errors } = await openApp(browser, base);
    await watchMappingDialog(page);
    await fileInput(page).setInputFiles(NETWORKX);
    const step = page.locator("dialog.mapping-step[open]");
    await step.waitFor();
    expect(await mappingSeen(page)).toBe(true);
    // networkx writes attributes by name only: the guesses come from those names.
    expect(await selected(page, "Sign (+, −, 0)")).toBe("sign");
    expect(await selected(page, "First day (from)")).toBe("since");
    expect(await selected(page, "End (to)")).toBe("until");
    expect(await selected(page, "Actor label")).toBe("name");
    const firstRow = await step.locator("table.mapping-preview tbody tr").first().locator("th, td").allTextContents();
    expect([...firstRow.slice(0, 4), ...firstRow.slice(5, 7)]).toEqual(['edge 1 (id "0")', "Armenia (ARM)", "Azerbaijan (AZE)", "negative", "2020-09-27", "2023-09-20"]);
    await expect(step.locator(".mapping-status").textContent()).resolves.toBe("Ready: 3 actors, 2 relations.");
    await step.getByRole("button", { name: "Apply and open" }).click();
    await page.waitForFunction(() => window.stancegraph!.model.dataset.id === "networkx", null, { timeout: 60_000 });

    const out = join(dir, "networkx.json");
    const r = await runIngestCli("convert", NETWORKX, "--out", out);
    expect(r.code, r.err).toBe(0);
    const cli = JSON.parse(String(r.files.get(out))) as Dataset;
    const app = await appDataset(page);
    expect(app.actors).toEqual(cli.actors);
    expect(app.relations).toEqual(cli.relations);
    expect(app.relationTypes).toEqual(cli.relationTypes);

    await settle(page);
    const shown = await shownRelations(page);
    expect(shown.length).toBeGreaterThan(0);
    const id = shown[0]!;
    await page.evaluate((relation) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: relation } }), id);
    await settle(page);
    const ink = await inkAlongPath(page, id);
    expect(ink.samples).toBeGreaterThan(5);
    expect(ink.hits).toBeGreaterThanOrEqual(ink.samples * 0.8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a GraphML the app exported opens again with no mapping step, equal to the dataset it came from", async () => {
    const { page, errors } = await openApp(browser, base);
    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByRole("radio", { name: /The whole dataset/ }).check();
    const pending = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download GraphML (networkx, yEd, Cytoscape)" }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toBe("karabakh_all.graphml");
    const graphml = join(dir, file.suggestedFilename());
    await file.saveAs(graphml);
    await page.keyboard.press("Escape");
    const original = await appDataset(page);
    await watchMappingDialog(page);

    await fileInput(page).setInputFiles(graphml);
    await page.waitForFunction(() => document.querySelector(".dataset-origin")?.textContent?.includes("karabakh_all.graphml"), null, { timeout: 60_000 });
    expect(await mappingSeen(page)).toBe(false);
    expect(await appDataset(page)).toEqual(original);
    // Everything GraphML used to drop: a quote stays a quote, every piece of evidence, colours, events, periods.
    expect(original.relations.some((x) => x.evidence.length > 1 || x.note !== undefined)).toBe(true);
    expect(original.events.length).toBeGreaterThan(0);
    await settle(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
