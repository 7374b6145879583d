/**
 * Large graphs you can read: 2,000 actors are not one hairball — small nodes sized by density,
 * translucent relations, labels for the most connected actors only and never on each other; a
 * selected actor's relations are drawn above the rest; the ego view shows an actor and its
 * neighbours, from the details card, and the whole graph again.
 */
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { drawn, keepImport, launchChromium, openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";

const base = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = (await openApp(context, base)).page;
  await keepImport(first, "2k.json", { text: datasetJsonLines(generateDataset({ actors: 2000, relations: 20_000, years: 20, seed: 1 })) });
  await first.close();
  page = (await openApp(context, base)).page;
  await drawn(page, 120_000);
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe("2,000 actors", () => {
  it("draws small nodes, translucent relations and a readable number of labels, the most connected first", async () => {
    const seen = await page.evaluate(() => {
      const { renderer, view, model } = window.stancegraph!;
      const sigma = renderer.sigma;
      const radii = model.graph.nodes().map((n) => sigma.scaleSize(sigma.getNodeDisplayData(n)!.size)).sort((a, b) => a - b);
      const shown = [...view.get().visible.ids];
      const alphas = shown.slice(0, 200).map((e) => sigma.getEdgeDisplayData(e)!.color.length === 9);
      const degree = new Map<string, number>();
      for (const r of view.get().visible.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
      const ranked = [...degree].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      const labels = renderer.labels().filter((l) => l.kind === "node");
      const boxes = renderer.labels().map((l) => l.box);
      let overlaps = 0;
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => (overlaps += +(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h))));
      return { median: radii[Math.floor(radii.length / 2)]!, largest: radii[radii.length - 1]!, translucent: alphas.every(Boolean), labels: labels.map((l) => l.id), top: ranked.slice(0, 5), overlaps };
    });
    expect(seen.median).toBeLessThanOrEqual(4);
    expect(seen.largest).toBeLessThanOrEqual(14);
    expect(seen.translucent).toBe(true);
    expect(seen.labels.length).toBeGreaterThanOrEqual(10);
    expect(seen.labels.length).toBeLessThanOrEqual(80);
    expect(seen.overlaps).toBe(0);
    // The most connected actors on the date are named.
    expect(seen.top.filter((id) => seen.labels.includes(id)).length).toBeGreaterThanOrEqual(3);
  });

  it("draws a selected actor's relations above the rest, opaque", async () => {
    const hub = await page.evaluate(() => {
      const { view } = window.stancegraph!;
      const degree = new Map<string, number>();
      for (const r of view.get().visible.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
      return [...degree].sort((a, b) => b[1] - a[1])[5]![0];
    });
    await page.evaluate((id) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id } }), hub);
    await drawn(page, 120_000);
    const order = await page.evaluate((id) => {
      const { renderer, store, model } = window.stancegraph!;
      const scene = renderer.picture({ view: { kind: "date", date: store.getState().date }, actors: [], relations: [], filtered: false }).scene;
      const mine = (e: string) => model.graph.source(e) === id || model.graph.target(e) === id;
      const firstMine = scene.edges.findIndex((e) => mine(e.id));
      const lastOther = scene.edges.map((e) => mine(e.id)).lastIndexOf(false);
      const opaque = scene.edges.filter((e) => mine(e.id)).every((e) => e.color.length === 7);
      return { firstMine, lastOther, count: scene.edges.filter((e) => mine(e.id)).length, opaque };
    }, hub);
    expect(order.count).toBeGreaterThan(0);
    expect(order.firstMine).toBeGreaterThan(order.lastOther);
    expect(order.opaque).toBe(true);
  });

  it("shows an actor's neighbourhood from its card, and the whole graph again", async () => {
    const { id, label } = await page.evaluate(() => {
      const s = window.stancegraph!.store.getState().selection as { id: string };
      return { id: s.id, label: window.stancegraph!.model.actors.get(s.id)!.label };
    });
    await page.getByRole("button", { name: `Only ${label} and its neighbours` }).click();
    await drawn(page, 120_000);
    const ego = await page.evaluate((actor) => {
      const { view, model, renderer } = window.stancegraph!;
      const v = view.get();
      const neighbours = new Set([actor]);
      for (const r of v.visible.relations) if (r.source === actor || r.target === actor) neighbours.add(r.source).add(r.target);
      const drawnNodes = model.graph.nodes().filter((n) => !renderer.sigma.getNodeDisplayData(n)!.hidden);
      return {
        ego: v.ego,
        everyRelationInside: v.visible.relations.every((r) => neighbours.has(r.source) && neighbours.has(r.target)),
        drawn: drawnNodes.length,
        inside: drawnNodes.every((n) => neighbours.has(n)),
        hash: location.hash,
        ratio: renderer.sigma.getCamera().ratio,
      };
    }, id);
    expect(ego.ego).toEqual({ actor: id, depth: 1 });
    expect(ego.everyRelationInside).toBe(true);
    expect(ego.inside).toBe(true);
    expect(ego.drawn).toBeLessThan(2000);
    expect(ego.hash).toContain(`ego=${id},1`);
    await expect(page.locator(".graph-message").textContent()).resolves.toContain(`Showing ${label} and its neighbours`);
    await page.locator(".graph-message").getByRole("button", { name: "Show the whole graph" }).click();
    await drawn(page, 120_000);
    expect(await page.evaluate(() => window.stancegraph!.view.get().ego)).toBeNull();
    expect(await page.evaluate(() => window.stancegraph!.model.graph.nodes().filter((n) => !window.stancegraph!.renderer.sigma.getNodeDisplayData(n)!.hidden).length)).toBe(2000);
  });
});
