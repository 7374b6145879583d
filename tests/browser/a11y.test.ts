/**
 * An accessibility audit of every view and dialog with axe-core (Deque's rules for WCAG 2.1 A/AA
 * and best practice), on a desktop and on a phone: no violation may be left. axe reads the DOM as
 * a screen reader would: names of controls, roles and their required states, labels, landmarks,
 * contrast of text. The graph itself is a canvas; its keyboard and text alternatives are tested by
 * explorer.test.ts and phone.test.ts.
 *
 * axe is injected through the DevTools protocol into a context that bypasses the app's CSP (the
 * app allows no inline or foreign script, rightly); nothing of it ships with the app.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";
import { ROOT } from "./preview.ts";

const base = inject("baseUrl");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> };
  }
}

/** Runs axe on the page as it is now; the violations, each with the elements it names. */
async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe!.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  desktop = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, hash: string, viewport = DESKTOP): Promise<Page> {
  const { page, errors } = await openApp(context, base + hash, viewport);
  expect(errors).toEqual([]);
  await drawn(page);
  return page;
}

describe("accessibility audit (axe-core): no violation", () => {
  it("is able to fail: a button without a name is a violation", async () => {
    const page = await open(desktop, "");
    await page.evaluate(() => document.body.append(Object.assign(document.createElement("button"), { className: "audit-probe" })));
    expect((await audit(page)).map((v) => v.id)).toContain("button-name");
    await page.close();
  });

  it("desktop: before the workspace's code has loaded, and after — no control names a panel that is not there", async () => {
    // The workspace's code loads after the graph is drawn; held here, so the audit sees the page
    // as it is in between (the Curate button is there, disabled, and its panel not yet).
    const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(/\/assets\/workspace-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, errors } = await openApp(context, base);
    await drawn(page);
    const dangling = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("[aria-controls]")].flatMap((e) =>
          (e.getAttribute("aria-controls") ?? "")
            .split(/\s+/)
            .filter((id) => id !== "" && document.getElementById(id) === null)
            .map((id) => `${e.className || e.tagName} → #${id}`),
        ),
      );
    expect(await page.locator(".curate-toggle").isDisabled()).toBe(true);
    expect(await dangling()).toEqual([]);
    expect(await audit(page)).toEqual([]);
    release();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>(".curate-toggle")!.disabled);
    expect(await page.locator(".curate-toggle").getAttribute("aria-controls")).toBe("curate-panel");
    expect(await dangling()).toEqual([]);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ["the default view", ""],
    ["before the offensive, an actor selected", "#period=before-2023&sel=actor:ARM"],
    ["compare mode with the What changed list", "#compare=2023-09-18,2024-04-18"],
    ["the relations table", "#period=after-2023&table=1"],
  ])("desktop: %s", async (_name, hash) => {
    const page = await open(desktop, hash);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it("desktop: the Analysis tab, with a triad lit and blocs on", async () => {
    const page = await open(desktop, "#period=before-2023");
    await page.getByRole("tab", { name: "Analysis" }).click();
    await page.getByLabel(/Show blocs on the graph/).check();
    await page.locator("#analysis-panel .triad").first().click();
    await drawn(page);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it("desktop: the Export dialog, the About dialog, and Open dataset's steps for event data and for another tool's graph", async () => {
    const page = await open(desktop, "");
    await page.getByRole("button", { name: "Export…" }).click();
    await page.locator("dialog[open]").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "About" }).click();
    await page.locator("dialog[open]").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${ROOT}/tests/fixtures/ingest/gdelt-2023.export.CSV.gz`);
    await page.locator("dialog.ingest-step[open]").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator("dialog.ingest-step[open]").waitFor({ state: "detached" });
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${ROOT}/tests/fixtures/ingest/convert/gephi-dynamic-1.3.gexf`);
    await page.locator("dialog.mapping-step[open]").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it("desktop: the curation workspace — its panel, a source in the reading pane with suggestions, the relation form", async () => {
    const page = await open(desktop, "");
    await page.waitForFunction(() => document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.locator("#curate-panel").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole("button", { name: "Add source" }).click();
    const dialog = page.locator("dialog[open]");
    expect(await audit(page)).toEqual([]);
    // With a name no actor stands for ("Vostok Falcons"), so that the names list is audited too (written once:
    // a name of capitalised words written twice is learned by the engine itself, round 19).
    await dialog.getByLabel("Text (paste the article)").fill("Armenia froze its participation in the CSTO in February 2024, and Yerevan accused Moscow of failing it. Baku backed the Vostok Falcons in March 2024.");
    await dialog.getByLabel("Title").fill("A test source");
    // A refused field (no publisher yet) says why, next to the field.
    await dialog.getByRole("button", { name: "Add source", exact: true }).click();
    await dialog.getByText("must not be empty").waitFor();
    expect(await audit(page)).toEqual([]);
    await dialog.getByLabel("Publisher").fill("Example Wire");
    await dialog.getByRole("button", { name: "Add source", exact: true }).click();
    await page.locator(".reading-text .sentence").first().waitFor();
    await page.locator(".suggestion-list .suggestion").first().waitFor({ timeout: 120_000 });
    await page.locator(".names-list .name-item").first().waitFor();
    expect(await audit(page)).toEqual([]);
    // The names list's "Another name of…" form.
    await page.getByRole("button", { name: "Another name of an actor: Vostok Falcons" }).click();
    await page.locator("dialog[open] select").waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    await page.locator(".reading-text .sentence").first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Use as evidence" }).click();
    await dialog.waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it("desktop: the curation workspace's record editors — an event's edit and delete, a source's edit, a new event", async () => {
    const page = await open(desktop, "");
    await page.waitForFunction(() => document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    const dialog = page.locator("dialog[open]");
    await page.locator("summary", { hasText: /^Events$/ }).click();
    await page.getByRole("button", { name: /^Edit event / }).first().click();
    await dialog.waitFor();
    expect(await audit(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: /^Delete event / }).first().click();
    await dialog.waitFor();
    expect(await audit(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Add event…" }).click();
    await dialog.waitFor();
    expect(await audit(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: /^Edit source / }).first().click();
    await dialog.waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ["the default view", ""],
    ["a relation's card as a sheet", "#period=after-2023&sel=relation:RUS-ARM-estrangement-2023"],
  ])("phone: %s", async (_name, hash) => {
    const page = await open(phone, hash, PHONE);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it("phone: the More… menu and the filters sheet", async () => {
    const page = await open(phone, "", PHONE);
    await page.getByRole("button", { name: "More…" }).click();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Show search, filters and legend" }).click();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});
