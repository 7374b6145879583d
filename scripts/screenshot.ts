/**
 * Takes the README screenshots of the built app in Debian's Chromium:
 *   npm run build && npm run screenshot
 * Writes docs/screenshot.png (the default view) and any extra views listed below.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { cameraStill, drawn, keepImport, launchChromium, skipFirstVisitAbout } from "../tests/browser/chromium.ts";
import { ROOT as root, startPreview } from "../tests/browser/preview.ts";
import { generateDataset } from "../src/model/generate.ts";
import { datasetJsonLines } from "../src/io/datasetJson.ts";

/** name → what to do on the page before the shot. */
const SHOTS: Record<string, string> = {
  screenshot: "",
  // The time views (issue 4): the two named periods, and compare mode with its "What changed" list.
  before: "#period=before-2023",
  after: "#period=after-2023",
  compare: "#period=after-2023&compare=2023-09-18,2024-04-18",
  // The Analysis (issue 6): an unbalanced triad lit, with bloc rings; then its charts.
  analysis: "#period=before-2023",
  "analysis-charts": "#period=before-2023",
  // Bringing data in (issue 15): the options step for event data, the mapping dialog for a graph.
  "ingest-options": "",
  "ingest-mapping": "",
  // The curation workspace (issue 13): a new dataset, a pasted source in the reading pane, a
  // sentence used as evidence, the relation form with the actors the quote names.
  curate: "",
  // Suggestions (issue 14): a pasted article's names no actor stands for, one shown in the text.
  "suggest-names": "",
  // A phone (issue 11): the story's key relation selected, its card as a bottom sheet.
  phone: "#period=after-2023&sel=relation:RUS-ARM-estrangement-2023",
  // A generated dataset of 2,000 actors (as `stancegraph generate --actors 2000 --relations 20000 --years 20 --seed 1`).
  "large-2000": "",
};

/** Today, for the app in every shot: the default dataset's date. */
const SHOT_DAY = "2024-04-18";

/** Shots taken at another size than the desktop's 1280×760. */
const VIEWPORTS: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
};

/** Shots of another dataset than the default: opened as an import (kept in IndexedDB, then a reload). */
const DATASETS: Record<string, () => { id: string; text: string }> = {
  "large-2000": () => {
    const dataset = generateDataset({ actors: 2000, relations: 20_000, years: 20, seed: 1 });
    return { id: dataset.id, text: datasetJsonLines(dataset) };
  },
};

/** The source pasted for the curation shot (written for it; facts as in the default dataset). */
const CURATE_TEXT = [
  "Russian peacekeepers began leaving Nagorno-Karabakh in April 2024, months ahead of schedule.",
  "Armenia, long Moscow's ally, froze its participation in the CSTO and turned to the West.",
  "Baku and Ankara drew closer still, after Azerbaijan's offensive of September 2023.",
].join(" ");

/** Clicks made after loading, for views the address does not hold. */
const STEPS: Record<string, (page: Page) => Promise<void>> = {
  analysis: async (page) => {
    await page.getByRole("tab", { name: "Analysis" }).click();
    await page.getByLabel(/Show blocs on the graph/).check();
    await page.locator("#analysis-panel .triad").first().click();
    await scrollPanelTo(page, "#triads-heading");
  },
  curate: async (page) => {
    await page.waitForFunction(() => document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "New dataset" }).click();
    await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready");
    const dialog = page.locator("dialog[open]");
    const actor = async (name: string, id: string, aliases: string) => {
      await page.getByRole("button", { name: "Add actor" }).click();
      await dialog.getByLabel("Name", { exact: true }).fill(name);
      await dialog.getByLabel("Id", { exact: true }).fill(id);
      await dialog.getByLabel("Other names (comma-separated)").fill(aliases);
      await dialog.getByRole("button", { name: "Add actor", exact: true }).click();
    };
    await actor("Armenia", "ARM", "Yerevan");
    await actor("Russia", "RUS", "Moscow, the Kremlin");
    await page.getByRole("button", { name: "Add source" }).click();
    await dialog.getByLabel("Text (paste the article)").fill(CURATE_TEXT);
    await dialog.getByLabel("Title").fill("Russia's peacekeepers leave Karabakh");
    await dialog.getByLabel("Publisher").fill("Example Wire");
    await dialog.getByLabel("Date (optional, YYYY-MM-DD)").fill("2024-04-18");
    await dialog.getByRole("button", { name: "Add source", exact: true }).click();
    await page.locator(".reading-text .sentence").nth(1).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Use as evidence" }).click();
    await dialog.getByLabel("Relation type").selectOption("estrangement");
    await dialog.getByLabel("From (YYYY-MM-DD)").fill("2024-02-22");
  },
  "suggest-names": async (page) => {
    await page.waitForFunction(() => document.body.dataset.curate === "ready");
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.getByRole("button", { name: "Add source" }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.getByLabel("Text (paste the article)").fill(readFileSync(`${root}/tests/fixtures/suggest/iraq-militias-2024.txt`, "utf8"));
    await dialog.getByLabel("Title").fill("Iraq and US resume talks on coalition's future");
    await dialog.getByLabel("Publisher").fill("Example Wire");
    await dialog.getByLabel("Date (optional, YYYY-MM-DD)").fill("2024-02-12");
    await dialog.getByRole("button", { name: "Add source", exact: true }).click();
    await page.locator(".names-list .name-item").first().waitFor({ timeout: 120_000 });
    // A person the text names who is no actor yet (the engine learns "Kataib Hezbollah" itself since
    // round 19, and "the Islamic Resistance in Iraq" since round 21).
    await page.getByRole("button", { name: "Show in the text: Mohammed Shia al-Sudani" }).focus();
    await page.keyboard.press("Enter");
    // The workspace panel (only it, not the page) scrolled so that the text's mark and the names show.
    await page.locator(".names-section").evaluate((el) => {
      const panel = document.getElementById("curate-panel")!;
      panel.scrollTop += el.getBoundingClientRect().top - panel.getBoundingClientRect().top - 260;
      window.scrollTo(0, 0);
    });
  },
  "analysis-charts": async (page) => {
    await page.getByRole("tab", { name: "Analysis" }).click();
    await scrollPanelTo(page, "#analysis-time-heading");
  },
  "ingest-options": async (page) => {
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${root}/tests/fixtures/ingest/gdelt-2023.export.CSV.gz`);
    await page.locator("dialog.ingest-step[open]").waitFor();
  },
  "ingest-mapping": async (page) => {
    await page.getByLabel(/^Open a dataset file/).setInputFiles(`${root}/tests/fixtures/ingest/convert/gephi-dynamic-1.3.gexf`);
    await page.locator("dialog.mapping-step[open]").waitFor();
  },
};

/** Scrolls the Analysis panel (only it, not the page) so that `selector` is near its top. */
function scrollPanelTo(page: Page, selector: string): Promise<void> {
  return page.locator(selector).evaluate((el) => {
    const panel = document.getElementById("analysis-panel")!;
    panel.scrollTop += el.getBoundingClientRect().top - panel.getBoundingClientRect().top - 56;
  });
}

const server = await startPreview();
const base = server.url;
try {
  const browser = await launchChromium();
  // `npm run screenshot -- analysis` takes only the named shots.
  const only = process.argv.slice(2);
  for (const [name, hash] of Object.entries(SHOTS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const page = await browser.newPage({ viewport: VIEWPORTS[name] ?? { width: 1280, height: 760 } });
    // A returning visitor's view: the first visit's "About this dataset" would cover the picture.
    await skipFirstVisitAbout(page);
    // The day the app takes for today (a new dataset's timeline opens at it): fixed, so a shot does
    // not change with the day it is taken (src/app/today.ts).
    await page.addInitScript((day) => void (window.stancegraphTestHooks = { today: day }), SHOT_DAY);
    const dataset = DATASETS[name]?.();
    if (dataset) {
      await page.addInitScript((id) => localStorage.setItem(`stancegraph:about-seen:${id}`, "screenshot"), dataset.id);
      await page.goto(base);
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      await keepImport(page, `${dataset.id}.json`, { text: dataset.text });
    }
    await page.goto(base + hash);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await STEPS[name]?.(page);
    // Drawn, nothing fading or moving (the layout after the first draw included), the camera still.
    await drawn(page, 300_000);
    await cameraStill(page);
    await page.screenshot({ path: `${root}/docs/${name}.png` });
    console.log(`wrote docs/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
