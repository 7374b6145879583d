/**
 * The Analysis panel and its charts in Debian's Chromium, against the built app. Expected figures
 * are not typed in here: they are read from `stancegraph analyze --format json`, the command line
 * that shares the analytics code, so the panel must show what the CLI prints.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const base = inject("baseUrl");
let browser: Browser;

interface Figure {
  balanced: number;
  unbalanced: number;
  ratio: number | null;
}
interface CliAnalysis {
  date: string;
  balance: { triads: number; counts: Record<string, number>; strong: Figure; weak: Figure; unbalanced: Array<{ actors: string[]; labels: string[] }> };
  alignment: Array<{ id: string; label: string; positive: number; negative: number; net: number }>;
  blocs: { blocs: Array<{ id: number; members: string[]; labels: string[] }>; blocOf: Record<string, number>; unaligned: string[]; ties: number; frustration: number };
  shift?: { actors: Array<{ id: string; label: string; movement: number; before: { net: number }; after: { net: number } }> };
}
interface CliSeries {
  points: Array<{ date: string; triads: number; strong: Figure; weak: Figure }>;
  alignment: Record<string, Array<{ date: string; net: number }>>;
}

function cli<T>(...args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [`${root}/bin/stancegraph.js`, "analyze", ...args, "--format", "json"], { encoding: "utf8" })) as T;
}

let before: CliAnalysis;
let after: CliAnalysis;
let series: CliSeries;

beforeAll(async () => {
  before = cli<CliAnalysis>("--period", "before-2023");
  after = cli<CliAnalysis>("--period", "after-2023", "--since", "before-2023");
  series = cli<CliSeries>("--series");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** "0.500 (2 of 4)", the CLI's table format, from its JSON. */
const ratioText = (f: Figure) => (f.ratio === null ? "n/a (no closed triad)" : `${f.ratio.toFixed(3)} (${f.balanced} of ${f.balanced + f.unbalanced})`);
const minus = (s: string) => s.replaceAll("−", "-").trim();
const FADED_NODE = "#d7dbe0";

const state = (p: Page) => p.evaluate(() => window.stancegraph!.store.getState());

async function openAnalysis(hash = ""): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, base + hash);
  await opened.page.getByRole("tab", { name: "Analysis" }).click();
  await opened.page.locator("#analysis-panel").waitFor({ state: "visible" });
  return opened;
}

/** The balance table as { measure: [value per date] }. */
function balanceTable(p: Page): Promise<Record<string, string[]>> {
  return p.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const tr of document.querySelectorAll("#analysis-panel .balance-table tbody tr")) {
      out[tr.querySelector("th")!.textContent!] = [...tr.querySelectorAll("td")].map((td) => td.textContent!);
    }
    return out;
  });
}

/** Nodes drawn in colour (not faded) among those with relations in view. */
function litNodes(p: Page): Promise<string[]> {
  return p.evaluate((faded) => {
    const sigma = window.stancegraph!.renderer.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((n) => {
        const d = sigma.getNodeDisplayData(n);
        return d && !d.hidden && d.color !== faded;
      })
      .sort();
  }, FADED_NODE);
}

describe("figures at a date", () => {
  it("shows the balance, unbalanced triads, alignment and blocs the CLI prints, at both periods", async () => {
    const { page, errors } = await openAnalysis();
    // The default view is the "after" period: every closed triad balanced.
    await expect(page.locator("#analysis-heading").textContent()).resolves.toContain(after.date);
    let table = await balanceTable(page);
    expect(table["Balanced ratio, strong"]).toEqual([ratioText(after.balance.strong)]);
    expect(table["Balanced ratio, strong"]).toEqual(["1.000 (5 of 5)"]);
    expect(table["Balanced ratio, weak"]).toEqual([ratioText(after.balance.weak)]);
    expect(table["Closed triads"]).toEqual([String(after.balance.triads)]);
    for (const t of ["+++", "++-", "+--", "---"]) expect(table[`${t.replaceAll("-", "−")} triads`]).toEqual([String(after.balance.counts[t])]);
    await expect(page.locator("#analysis-panel .triad").count()).resolves.toBe(0);

    await page.getByRole("button", { name: /Before 2023/ }).click();
    await expect(page.locator("#analysis-heading").textContent()).resolves.toContain(before.date);
    table = await balanceTable(page);
    expect(table["Balanced ratio, strong"]).toEqual([ratioText(before.balance.strong)]);
    expect(table["Balanced ratio, strong"]).toEqual(["0.500 (2 of 4)"]);
    expect(table["Balanced ratio, weak"]).toEqual([ratioText(before.balance.weak)]);
    for (const t of ["+++", "++-", "+--", "---"]) expect(table[`${t.replaceAll("-", "−")} triads`]).toEqual([String(before.balance.counts[t])]);

    const triads = await page.locator("#analysis-panel .triad .triad-names").allTextContents();
    expect(triads).toEqual(before.balance.unbalanced.map((t) => t.labels.join(", ")));
    expect(triads).toEqual(["Armenia, Azerbaijan, Russia", "Armenia, EU/US, Russia"]);

    // Alignment: one row per actor with the CLI's positive, negative and net ties, and its bloc.
    // Text as read out: the ring pictures (aria-hidden) repeat the bloc number.
    const rows = await page.locator("#analysis-panel .alignment-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.actor!,
        cells: [...tr.querySelectorAll("th, td")].map((c) => {
          const copy = c.cloneNode(true) as Element;
          copy.querySelectorAll("[aria-hidden]").forEach((x) => x.remove());
          return copy.textContent!.trim();
        }),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(before.alignment.map((a) => a.id).sort());
    for (const a of before.alignment) {
      const row = rows.find((r) => r.id === a.id)!;
      expect(row.cells[0]).toBe(a.label);
      expect(row.cells[1]).toBe(before.blocs.blocOf[a.id] === undefined ? "none" : String(before.blocs.blocOf[a.id]));
      expect(row.cells.slice(2).map(minus)).toEqual([String(a.positive), String(a.negative), String(a.net)]);
    }
    // Sorted by net alignment, largest first.
    const nets = rows.map((r) => Number(minus(r.cells[4]!)));
    expect(nets).toEqual([...nets].sort((x, y) => y - x));

    // Blocs: the same partition and the same count of unexplained ties.
    const legend = await page.locator("#analysis-panel .bloc-legend li > span").allTextContents();
    expect(legend).toEqual(before.blocs.blocs.map((b) => `Bloc ${b.id}: ${b.labels.join(", ")}`));
    await expect(page.locator("#analysis-panel .bloc-summary").textContent()).resolves.toContain(`leave ${before.blocs.frustration} of ${before.blocs.ties} ties unexplained`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in compare mode shows both dates side by side and who moved most, toward whom", async () => {
    const { page } = await openAnalysis("#period=after-2023&compare=2023-09-18,2024-04-18");
    const heads = await page.locator("#analysis-panel .balance-table thead th").allTextContents();
    expect(heads).toEqual(["Measure", before.date, after.date]);
    const table = await balanceTable(page);
    expect(table["Balanced ratio, strong"]).toEqual([ratioText(before.balance.strong), ratioText(after.balance.strong)]);
    // Unbalanced triads listed per date: two on the first, none on the second.
    await expect(page.locator("#analysis-panel .triad").count()).resolves.toBe(before.balance.unbalanced.length);
    const moved = await page.locator("#analysis-panel .moved-list > li").allTextContents();
    const movers = after.shift!.actors.filter((a) => a.movement > 0);
    expect(moved.length).toBe(Math.min(8, movers.length));
    expect(minus(moved[0]!)).toContain(`${movers[0]!.label} — movement ${movers[0]!.movement}, net ${movers[0]!.before.net} → ${movers[0]!.after.net}`);
    expect(moved[0]).toContain("toward bloc 1 (+2), away from bloc 2 (−4)");
    await page.close();
  });
});

describe("method link and sorting", () => {
  it("links the method to the copy of docs/analytics.md shipped with the app", async () => {
    const { page } = await openAnalysis();
    const link = page.locator("#analysis-panel").getByRole("link", { name: /Method and references/ });
    await expect(link.getAttribute("href")).resolves.toBe("docs/analytics.md");
    const shipped = await page.evaluate(async (href) => {
      const r = await fetch(new URL(href, location.href));
      return { status: r.status, type: r.headers.get("content-type"), text: await r.text() };
    }, (await link.getAttribute("href"))!);
    expect(shipped.status).toBe(200);
    expect(shipped.type).toMatch(/^text\//);
    expect(shipped.text).toBe(readFileSync(`${root}/docs/analytics.md`, "utf8"));
    await page.close();
  });

  it("sorts the alignment by the column chosen, flips it when chosen again, and keeps the focus on its button", async () => {
    const { page } = await openAnalysis("#period=before-2023");
    const labels = () => page.locator("#analysis-panel .alignment-table tbody tr th").allTextContents();
    const byName = [...before.alignment].map((a) => a.label).sort((x, y) => x.localeCompare(y));
    const sortByActor = page.getByRole("button", { name: /^Sort by actor/ });
    await sortByActor.click();
    await expect(labels()).resolves.toEqual(byName);
    await expect(page.locator('#analysis-panel th[aria-sort="ascending"]').textContent()).resolves.toContain("Actor");
    // The panel was redrawn: the focus is on the new button for the same column.
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.focusKey)).resolves.toBe("sort:label");
    await page.keyboard.press("Enter");
    await expect(labels()).resolves.toEqual([...byName].reverse());
    await expect(page.getByRole("button", { name: "Sort by actor, now descending" }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe("triads and blocs on the graph", () => {
  it("lights exactly the three actors of a chosen triad; choosing it again or Escape clears", async () => {
    const { page } = await openAnalysis("#period=before-2023");
    const everyoneLit = await litNodes(page);
    const triad = page.locator("#analysis-panel .triad").first();
    await expect(triad.getAttribute("aria-pressed")).resolves.toBe("false");
    await triad.click();
    await expect(page.locator("#analysis-panel .triad").first().getAttribute("aria-pressed")).resolves.toBe("true");
    expect((await state(page)).highlightActors).toEqual(before.balance.unbalanced[0]!.actors);
    expect(await litNodes(page)).toEqual([...before.balance.unbalanced[0]!.actors].sort());
    // Only relations among the three stay in colour.
    const litEdges = await page.evaluate(() => {
      const sigma = window.stancegraph!.renderer.sigma;
      const graph = sigma.getGraph();
      return graph.edges().filter((e) => {
        const d = sigma.getEdgeDisplayData(e);
        return d && !d.hidden && d.color !== "#e6e8eb";
      }).map((e) => [graph.source(e), graph.target(e)].sort().join("|"));
    });
    expect(litEdges.length).toBeGreaterThanOrEqual(3);
    for (const pair of litEdges) for (const id of pair.split("|")) expect(["ARM", "AZE", "RUS"]).toContain(id);

    await page.locator("#analysis-panel .triad").first().click();
    expect((await state(page)).highlightActors).toEqual([]);
    expect(await litNodes(page)).toEqual(everyoneLit);

    await page.locator("#analysis-panel .triad").nth(1).click();
    expect(await litNodes(page)).toEqual(["ARM", "EUUS", "RUS"]);
    await page.keyboard.press("Escape");
    expect((await state(page)).highlightActors).toEqual([]);
    expect(await litNodes(page)).toEqual(everyoneLit);

    // The highlight outlives the panel; the key over the graph names it and clears it.
    await page.locator("#analysis-panel .triad").nth(1).click();
    await page.getByRole("tab", { name: "Details" }).click();
    expect(await litNodes(page)).toEqual(["ARM", "EUUS", "RUS"]);
    const key = page.getByRole("region", { name: "Analysis on the graph" });
    await expect(key.locator(".graph-key-lit").textContent()).resolves.toContain("Lit: Armenia, EU/US, Russia");
    await key.getByRole("button", { name: "Clear the highlight" }).click();
    expect(await litNodes(page)).toEqual(everyoneLit);
    await expect(key.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("rings every tied actor in its bloc's colour with the bloc number in its label; unaligned actors get none", async () => {
    const { page } = await openAnalysis();
    const rings = () =>
      page.evaluate(() => {
        const sigma = window.stancegraph!.renderer.sigma;
        return Object.fromEntries(
          sigma
            .getGraph()
            .nodes()
            .map((n) => {
              const d = sigma.getNodeDisplayData(n) as unknown as { type?: string; borderColor?: string; label: string };
              return [n, { type: d.type, color: d.borderColor, label: d.label }];
            }),
        );
      });
    const off = await rings();
    expect(Object.values(off).every((r) => r.type !== "bordered")).toBe(true);
    await page.getByLabel(/Show blocs on the graph/).check();
    expect((await state(page)).blocs).toBe(true);
    const on = await rings();
    const colourOfBloc = new Map<number, string>();
    for (const [id, r] of Object.entries(on)) {
      const bloc = after.blocs.blocOf[id];
      if (bloc === undefined) {
        expect(r.type, id).not.toBe("bordered");
        continue;
      }
      expect(r.type, id).toBe("bordered");
      expect(r.label, id).toMatch(new RegExp(`\\(bloc ${bloc}\\)$`));
      if (!colourOfBloc.has(bloc)) colourOfBloc.set(bloc, r.color!);
      expect(r.color, id).toBe(colourOfBloc.get(bloc));
    }
    expect(colourOfBloc.size).toBe(after.blocs.blocs.length);
    expect(new Set(colourOfBloc.values()).size).toBe(colourOfBloc.size);
    expect(after.blocs.unaligned.length).toBeGreaterThan(0);

    // With the Details shown, the key to the rings sits over the graph.
    await page.getByRole("tab", { name: "Details" }).click();
    const key = page.getByRole("region", { name: "Analysis on the graph" });
    await expect(key.isVisible()).resolves.toBe(true);
    await expect(key.textContent()).resolves.toContain(`${after.blocs.frustration} of ${after.blocs.ties} ties unexplained`);
    await key.getByRole("button", { name: "Hide blocs" }).click();
    expect(Object.values(await rings()).every((r) => r.type !== "bordered")).toBe(true);
    await page.close();
  });
});

describe("charts over the timeline", () => {
  it("has one button per series date; choosing one moves the date and leaves compare mode, by pointer or keyboard", async () => {
    const { page, errors } = await openAnalysis("#period=after-2023&compare=2023-09-18,2024-04-18");
    const chart = page.locator("#chart-balance");
    const dates = await chart.locator(".chart-hit").evaluateAll((gs) => gs.map((g) => (g as SVGElement).dataset.date));
    expect(dates).toEqual(series.points.map((p) => p.date));
    // One marker per point with a ratio (strong and weak agree at every date here: one line).
    expect(series.points.every((p) => p.strong.ratio === p.weak.ratio)).toBe(true);
    const drawn = await chart.locator("svg.chart-svg > g[aria-hidden] > circle").count();
    expect(drawn).toBe(series.points.filter((p) => p.strong.ratio !== null).length);
    const oct = series.points.find((p) => p.date === "2023-10-03")!;
    const button = chart.getByRole("button", { name: `2023-10-03: balanced ratio ${oct.strong.ratio} (strong)`, exact: false });
    await expect(button.getAttribute("aria-label")).resolves.toMatch(/^2023-10-03: balanced ratio 0\.75 /);
    expect((await state(page)).compare).not.toBeNull();
    await button.click();
    let s = await state(page);
    expect(s.date).toBe("2023-10-03");
    expect(s.compare).toBeNull();
    await expect(page.locator("#analysis-heading").textContent()).resolves.toContain("2023-10-03");

    // Keyboard: one tab stop on the chart (the date on screen), arrows move, Enter picks.
    await chart.locator('.chart-hit[tabindex="0"]').focus();
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset.date)).toBe("2023-10-03");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    s = await state(page);
    expect(s.date).toBe(series.points[series.points.length - 2]!.date);
    await expect(chart.locator('.chart-hit[aria-current="date"]').getAttribute("data-date")).resolves.toBe(s.date);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers the same data as a table, and lines for chosen actors (Russia and Armenia by default)", async () => {
    const { page } = await openAnalysis();
    await page.locator("#chart-balance details summary").click();
    await page.locator("#chart-balance table").waitFor();
    const rows = await page.locator("#chart-balance table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!)));
    expect(rows.map((r) => r[0])).toEqual(series.points.map((p) => p.date));
    expect(rows.map((r) => r[1])).toEqual(series.points.map((p) => (p.strong.ratio === null ? "n/a" : String(Number(p.strong.ratio.toFixed(3))))));
    expect(rows.find((r) => r[0] === "2023-10-03")![2]).toContain("ICC ratification");

    const actors = page.locator("#chart-alignment");
    await expect(actors.locator(".chart-legend li").allTextContents()).resolves.toEqual(expect.arrayContaining(["Russia", "Armenia"]));
    expect((await state(page)).chartActors).toBeNull();
    await page.getByRole("checkbox", { name: "Turkey" }).check();
    expect((await state(page)).chartActors).toEqual(["RUS", "ARM", "TUR"]);
    await page.locator("#chart-alignment details summary").click();
    await page.locator("#chart-alignment table").waitFor();
    const head = await page.locator("#chart-alignment table thead th").allTextContents();
    expect(head.slice(0, 4)).toEqual(["Date", "Russia", "Armenia", "Turkey"]);
    const table = await page.locator("#chart-alignment table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!)));
    // Turkey's net at each point: the CLI's step function, expanded.
    const steps = series.alignment.TUR!;
    for (const row of table) {
      const step = [...steps].reverse().find((st) => st.date <= row[0]!);
      expect(minus(row[3]!), row[0]).toBe(String(step?.net ?? 0));
    }
    const hit = await actors.locator(".chart-hit").first().getAttribute("aria-label");
    expect(minus(hit!)).toMatch(/^2020-09-27: net alignment Russia 2, Armenia 1, Turkey 0$/);
    await page.close();
  });
});

describe("panel and tabs", () => {
  it("switches with the arrow keys, and picking an actor on the graph shows its details", async () => {
    const { page } = await openAnalysis();
    const tab = page.getByRole("tab", { name: "Analysis" });
    await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
    await tab.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#analysis-panel").isVisible()).resolves.toBe(false);
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("#analysis-panel").isVisible()).resolves.toBe(true);
    await expect(page.locator("#details-panel").isVisible()).resolves.toBe(false);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "RUS" } }));
    await expect(page.locator("#details-panel").isVisible()).resolves.toBe(true);
    await expect(page.locator("#details-panel h2").first().textContent()).resolves.toBe("Russia");
    await page.close();
  });

  it("is a drawer on a phone-sized screen, opened from the toolbar and closed by its button", async () => {
    const { page, errors } = await openApp(browser, base, { width: 390, height: 844 });
    await expect(page.locator(".side-tabs").isVisible()).resolves.toBe(false);
    await page.getByRole("button", { name: "Show the analysis" }).click();
    const panel = page.locator("#analysis-panel");
    await expect(panel.isVisible()).resolves.toBe(true);
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThan(100);
    // Nothing in the panel is wider than the screen.
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Close the analysis" }).click();
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
