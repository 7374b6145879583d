/**
 * The Analysis charts of a dataset with many events and dates draw a bounded amount of DOM: more
 * than MAX_EVENT_MARKS events are one group of paths (not five elements each: at 50,000 actors,
 * 46,000 events took 15 s in one task), more than MAX_DATE_BUTTONS dates one slider (not a button
 * each), and the chart's data table is built ROWS_PER_TASK rows per task, with every date and
 * every event still listed in it.
 */
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { MAX_EVENT_MARKS } from "../../src/ui/analysis/charts.ts";
import { ROWS_PER_TASK } from "../../src/ui/analysis/chartTable.ts";
import { MAX_DATE_BUTTONS } from "../../src/ui/analysis/chartSlider.ts";
import { useBrowser } from "./useBrowser.ts";

const ACTORS = 300;
const dataset = generateDataset({ actors: ACTORS, relations: 4000, years: 10, seed: 7 });
const file = { name: "scale.json", mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(dataset)) };
const base = inject("baseUrl");
const browser = useBrowser();

declare global {
  interface Window {
    tableBatches?: number[];
  }
}

describe("the Analysis charts of a dataset with many events and dates", () => {
  it("draws the events as one group and builds the data table in batches, listing every date and event", async () => {
    const { page, errors } = await openApp(browser, base);
    await page.locator("input.import-input").setInputFiles(file);
    await page.waitForFunction((n) => document.body.dataset.ready === "true" && window.stancegraph?.model.graph.order === n, ACTORS);
    await page.getByRole("tab", { name: "Analysis" }).click();
    const chart = page.locator("#chart-balance");
    await chart.waitFor();

    // The events: more than MAX_EVENT_MARKS of them, drawn as one group; the dates, more than
    // MAX_DATE_BUTTONS of them, one slider: a bounded number of elements.
    const dates = Number((await chart.locator(".chart-data summary").textContent())!.match(/\((\d+) dates\)/)![1]);
    expect(dataset.events.length).toBeGreaterThan(MAX_EVENT_MARKS);
    expect(dates).toBeGreaterThan(MAX_DATE_BUTTONS);
    const drawn = await chart.locator("svg.chart-svg").evaluate((svg) => ({
      elements: svg.querySelectorAll("*").length,
      eventGroups: svg.querySelectorAll(".chart-event").length,
      hits: svg.querySelectorAll(".chart-hit").length,
    }));
    expect(drawn).toMatchObject({ eventGroups: 1, hits: 1 });
    expect(drawn.elements).toBeLessThan(MAX_EVENT_MARKS);
    await expect(chart.locator(".chart-legend").textContent()).resolves.toContain("events (named in the data table)");
    // The actors' chart draws the same events at the same places (their geometry is placed once for both).
    const eventPaths = (id: string) => page.locator(`#${id} .chart-events-many path`).evaluateAll((paths) => paths.map((p) => p.getAttribute("d")));
    await page.locator("#chart-alignment .chart-events-many").waitFor();
    const balanceEvents = await eventPaths("chart-balance");
    expect(balanceEvents.length).toBeGreaterThanOrEqual(2);
    expect(balanceEvents.every((d) => d !== null && d.length > 0)).toBe(true);
    await expect(eventPaths("chart-alignment")).resolves.toEqual(balanceEvents);

    // The data table: ROWS_PER_TASK rows at a time, to the last date.
    expect(dates).toBeGreaterThan(2 * ROWS_PER_TASK);
    await page.evaluate(() => {
      window.tableBatches = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const rows = [...r.addedNodes].filter((n) => n.nodeName === "TR").length;
          if (rows > 0) window.tableBatches!.push(rows);
          // The table arrives with its first rows.
          for (const n of r.addedNodes) if (n instanceof Element) window.tableBatches!.push(...[...n.querySelectorAll("tbody")].map((b) => b.children.length));
        }
      }).observe(document.querySelector("#chart-balance .chart-data")!, { subtree: true, childList: true });
    });
    await chart.locator(".chart-data summary").click();
    await page.waitForFunction((n) => document.querySelectorAll("#chart-balance .chart-table tbody tr").length === n && !document.querySelector("#chart-balance .chart-table[aria-busy]"), dates);
    const batches = await page.evaluate(() => window.tableBatches!);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(dates);
    expect(Math.max(...batches)).toBeLessThanOrEqual(ROWS_PER_TASK);

    // Every event up to the last date is listed once, in the row of the first date at or after it.
    const rows = await chart.locator(".chart-table tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent!, tr.lastElementChild!.textContent!]));
    const last = rows.at(-1)![0]!;
    const listed = rows.flatMap(([, since]) => (since ? since.split("; ") : []));
    const expected = [...dataset.events].filter((e) => e.date <= last).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(listed.map((t) => t.slice(0, 10))).toEqual(expected.map((e) => e.date));
    expect(new Set(listed)).toEqual(new Set(expected.map((e) => `${e.date} ${e.label}`)));

    // The slider: on the date on screen; End, ArrowLeft and Enter pick the last date but one, its
    // values said as a button's name says them; a click picks the date under the pointer.
    const slider = chart.getByRole("slider", { name: "Balanced ratio over time: date" });
    const shown = await page.evaluate(() => window.stancegraph!.store.getState().date);
    const column = rows.filter(([d]) => d! <= shown).length - 1;
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe(String(column));
    await expect(slider.getAttribute("aria-current")).resolves.toBe("date");
    await slider.focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    const before = rows.at(-2)![0]!;
    await expect(slider.getAttribute("aria-valuetext")).resolves.toMatch(new RegExp(`^${before}: (balanced ratio|no closed triad)`));
    await expect(chart.locator(".chart-tip").textContent()).resolves.toBe(await slider.getAttribute("aria-valuetext"));
    await page.keyboard.press("Enter");
    // A long jump on this dataset goes in legs (src/app/dateLegs.ts): the date once they are done.
    const arrived = async () => {
      await page.waitForFunction(() => window.stancegraph!.legs.heading() === null);
      return page.evaluate(() => window.stancegraph!.store.getState().date);
    };
    expect(await arrived()).toBe(before);
    await expect(slider.getAttribute("aria-current")).resolves.toBe("date");
    const box = (await chart.locator(".chart-hit-area").boundingBox())!;
    await page.mouse.click(box.x + 1, box.y + box.height / 2);
    const picked = await arrived();
    // A pixel holds several dates: one of the first few, and the slider on it.
    expect(rows.slice(0, 20).map(([d]) => d)).toContain(picked);
    await expect(slider.getAttribute("data-date")).resolves.toBe(picked);
    expect(errors).toEqual([]);
    await page.close();
  });
  it("labels the years of a thirty-year axis without two labels overlapping, with a tick at every year", async () => {
    const long = generateDataset({ actors: 60, relations: 400, years: 30, seed: 8 });
    const { page, errors } = await openApp(browser, base);
    await page.locator("input.import-input").setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(datasetJsonLines(long)) });
    await page.waitForFunction(() => document.body.dataset.ready === "true" && window.stancegraph?.model.graph.order === 60);
    await page.getByRole("tab", { name: "Analysis" }).click();
    const chart = page.locator("#chart-balance svg.chart-svg");
    await chart.waitFor();
    const axis = await chart.evaluate((svg) => ({
      labels: [...svg.querySelectorAll("text.chart-tick[text-anchor=middle]")].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? "", left: r.left, right: r.right };
      }),
      ticks: svg.querySelectorAll("line.chart-axis").length,
    }));
    // A tick line per 1 January (and the axis itself); fewer labels than ticks, each a year.
    expect(axis.ticks).toBeGreaterThan(25);
    expect(axis.labels.length).toBeGreaterThan(3);
    expect(axis.labels.length).toBeLessThan(axis.ticks - 1);
    for (const l of axis.labels) expect(l.text).toMatch(/^\d{4}$/);
    // Left to right, each label ends before the next begins.
    for (let i = 1; i < axis.labels.length; i++) expect(axis.labels[i]!.left).toBeGreaterThan(axis.labels[i - 1]!.right);
    expect(errors).toEqual([]);
    await page.close();
  });
});
