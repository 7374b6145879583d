/**
 * Large graphs you can read: 2,000 actors are not one hairball — small nodes sized by density,
 * translucent relations, labels for the most connected actors only and never on each other; a
 * selected actor's relations are drawn above the rest; the ego view shows an actor and its
 * neighbours, from the details card, and the whole graph again.
 */
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { byRelationsShown, cameraStill, drawn, keepImportIn, keepPixels, launchChromium, openApp } from "./chromium.ts";
import { generateDataset } from "../../src/model/generate.ts";

const base = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await keepImportIn(context, base, "2k.json", { text: datasetJsonLines(generateDataset({ actors: 2000, relations: 20_000, years: 20, seed: 1 })) });
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

  it("labels, at every zoom and hover or selection, the actors that reading every actor would; reading only those big enough or lit", async () => {
    // The label layer reads the actors in order of size down to the first too small to label
    // (src/view/labelable.ts). Each case is drawn, then its labels compared with the same frame's
    // labels found by reading every actor.
    const start = await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().getState());
    const pick = await page.evaluate(() => {
      const { view, model } = window.stancegraph!;
      const v = view.get();
      const degree = new Map<string, number>();
      for (const r of v.visible.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
      const size = (id: string) => model.graph.getNodeAttribute(id, "size");
      // A small actor with a relation (hovering it lifts its neighbourhood, named whatever their
      // size), and a relation between two small actors (selected, both are named).
      const smallest = [...v.visible.actorsWithRelations].sort((a, b) => size(a) - size(b) || (a < b ? -1 : 1));
      const larger = (r: { source: string; target: string }) => Math.max(size(r.source), size(r.target));
      const quiet = v.visible.relations.reduce((best, r) => (larger(r) < larger(best) ? r : best));
      return { actor: smallest[0]!, relation: quiet.id };
    });
    type Case = { name: string; ratio: number; hover?: string; relation?: string; blocs?: boolean };
    const cases: Case[] = [
      { name: "whole graph", ratio: 1 },
      { name: "zoomed out", ratio: 2.5 },
      { name: "zoomed in", ratio: 0.45 },
      { name: "zoomed far in", ratio: 0.06 },
      { name: "hovering a small actor", ratio: 1, hover: pick.actor },
      { name: "a relation between small actors selected", ratio: 1, relation: pick.relation },
      { name: "bloc rings", ratio: 1, blocs: true },
      { name: "bloc rings, zoomed in", ratio: 0.3, blocs: true },
    ];
    const seen: Array<{ name: string; same: boolean; labels: number; read: number; order: number; lit: string[] }> = [];
    for (const c of cases) {
      await page.evaluate((c) => {
        const { store } = window.stancegraph!;
        store.dispatch({ type: "setBlocs", show: c.blocs === true });
        store.dispatch({ type: "select", selection: c.relation ? { kind: "relation", id: c.relation } : null });
        store.dispatch({ type: "hover", id: c.hover ?? null });
      }, c);
      await drawn(page, 120_000);
      const frames = await page.evaluate((ratio) => {
        const { renderer } = window.stancegraph!;
        renderer.sigma.getCamera().setState({ ratio });
        // A frame even when the ratio was already this one.
        renderer.sigma.scheduleRender();
        return renderer.labelWork().frames;
      }, c.ratio);
      await page.waitForFunction((before) => window.stancegraph!.renderer.labelWork().frames > before, frames);
      await cameraStill(page);
      seen.push(
        await page.evaluate((name) => {
          const { renderer, model } = window.stancegraph!;
          const drawnNow = renderer.labels();
          const everyActor = renderer.labelsReadingEveryActor();
          return {
            name,
            same: JSON.stringify(drawnNow) === JSON.stringify(everyActor),
            labels: drawnNow.filter((l) => l.kind === "node").length,
            read: renderer.labelWork().actorsRead,
            order: model.graph.order,
            lit: drawnNow.filter((l) => l.kind === "node").map((l) => l.id),
          };
        }, c.name),
      );
    }
    await page.evaluate((state) => {
      const { store, renderer } = window.stancegraph!;
      store.dispatch({ type: "setBlocs", show: false });
      store.dispatch({ type: "select", selection: null });
      store.dispatch({ type: "hover", id: null });
      renderer.sigma.getCamera().setState(state);
    }, start);
    await drawn(page, 120_000);
    const by = new Map(seen.map((s) => [s.name, s]));
    // The same labels as reading every actor, in every case, and labels in every case.
    expect(seen.filter((s) => !s.same).map((s) => s.name)).toEqual([]);
    for (const s of seen) expect(s.labels, s.name).toBeGreaterThan(0);
    // The whole graph and zoomed out: a small share of the 2,000 actors read.
    expect(by.get("whole graph")!.read).toBeLessThan(by.get("whole graph")!.order / 4);
    expect(by.get("zoomed out")!.read).toBeLessThan(by.get("whole graph")!.read);
    // Lit actors are read whatever their size: the hovered small actor and both ends of the relation are named.
    expect(by.get("hovering a small actor")!.lit).toContain(pick.actor);
    const [source, target] = await page.evaluate((id) => window.stancegraph!.model.graph.extremities(id), pick.relation);
    expect(by.get("a relation between small actors selected")!.lit).toEqual(expect.arrayContaining([source, target]));
    // Zoomed in far, most actors are big enough to label: every actor is read.
    expect(by.get("zoomed far in")!.read).toBe(by.get("zoomed far in")!.order);
  });

  it("draws a selected actor's relations above the rest, opaque", async () => {
    const hub = (await byRelationsShown(page))[5]!;
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

  it.each(["selected", "hovered"] as const)("draws the %s actor's relations on top on the canvas, where they cross other relations", async (how) => {
    const hub = (await byRelationsShown(page))[5]!;
    await page.evaluate(
      ({ id, how }) => {
        const { store } = window.stancegraph!;
        // A hover lifts the neighbourhood without fading the rest; a selection fades the rest.
        if (how === "hovered") {
          store.dispatch({ type: "select", selection: null });
          store.dispatch({ type: "hover", id });
        } else store.dispatch({ type: "select", selection: { kind: "actor", id } });
      },
      { id: hub, how },
    );
    await drawn(page, 120_000);
    await keepPixels(page, "__crossings");
    const seen = await page.evaluate((id) => {
      const { renderer, store, model } = window.stancegraph!;
      const { scene } = renderer.picture({ view: { kind: "date", date: store.getState().date }, actors: [], relations: [], filtered: false });
      const data = (window as unknown as Record<string, Uint8ClampedArray>)["__crossings"]!;
      const { width, height } = renderer.sigma.getDimensions();
      type Edge = (typeof scene.edges)[number];
      const path = (e: Edge) =>
        Array.from({ length: 33 }, (_, k) => {
          const t = k / 32;
          const c = e.control ?? { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
          return { x: (1 - t) ** 2 * e.x1 + 2 * t * (1 - t) * c.x + t ** 2 * e.x2, y: (1 - t) ** 2 * e.y1 + 2 * t * (1 - t) * c.y + t ** 2 * e.y2 };
        });
      const mine = (e: Edge) => model.graph.source(e.id) === id || model.graph.target(e.id) === id;
      // Lines at least 3.5 px wide, so that the pixel at the crossing is the line's own colour, not antialiased.
      const lit = scene.edges.filter((e) => mine(e) && e.width >= 3.5);
      const others = scene.edges.filter((e) => !mine(e));
      const box = (p: Array<{ x: number; y: number }>) => ({ x0: Math.min(...p.map((q) => q.x)), x1: Math.max(...p.map((q) => q.x)), y0: Math.min(...p.map((q) => q.y)), y1: Math.max(...p.map((q) => q.y)) });
      const litPaths = lit.map((e) => ({ e, p: path(e), b: box(path(e)) }));
      // Where a segment of a lit relation crosses a segment of another: the crossing point.
      const cross = (a: { x: number; y: number }, b: { x: number; y: number }, c: { x: number; y: number }, d: { x: number; y: number }) => {
        const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
        if (Math.abs(den) < 1e-9) return null;
        const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
        const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / den;
        // Crossing at a clear angle (not running alongside), inside both segments.
        const angle = Math.abs(den) / (Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(d.x - c.x, d.y - c.y));
        return t >= 0 && t <= 1 && u >= 0 && u <= 1 && angle > 0.5 ? { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) } : null;
      };
      const checked: Array<{ lit: string; other: string; x: number; y: number; want: number[]; got: number[]; distance: number }> = [];
      for (const o of others) {
        if (checked.length >= 40) break;
        const op = path(o);
        const ob = box(op);
        for (const { e, p, b } of litPaths) {
          if (ob.x1 < b.x0 || b.x1 < ob.x0 || ob.y1 < b.y0 || b.y1 < ob.y0) continue;
          let point: { x: number; y: number } | null = null;
          for (let i = 1; i < p.length && !point; i++) for (let j = 1; j < op.length && !point; j++) point = cross(p[i - 1]!, p[i]!, op[j - 1]!, op[j]!);
          if (!point) continue;
          const { x, y } = point;
          if (x < 4 || y < 4 || x > width - 4 || y > height - 4) continue;
          // Nodes and labels are drawn over edges; another lit relation would be on top too.
          if (scene.nodes.some((n) => Math.hypot(n.x - x, n.y - y) < n.r + 4)) continue;
          if (renderer.labels().some((l) => x > l.box.x - 4 && x < l.box.x + l.box.w + 4 && y > l.box.y - 4 && y < l.box.y + l.box.h + 4)) continue;
          if (litPaths.some((q) => q.e.id !== e.id && q.p.some((s) => Math.hypot(s.x - x, s.y - y) < 12))) continue;
          if (document.elementFromPoint(renderer.sigma.getContainer().getBoundingClientRect().left + x, renderer.sigma.getContainer().getBoundingClientRect().top + y)?.tagName !== "CANVAS") continue;
          const want = [1, 3, 5].map((k) => Number.parseInt(e.color.slice(k, k + 2), 16));
          const i = (Math.round(y) * width + Math.round(x)) * 4;
          const got = [data[i]!, data[i + 1]!, data[i + 2]!];
          checked.push({ lit: e.id, other: o.id, x, y, want, got, distance: Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!) });
          break;
        }
      }
      return { lit: lit.length, checked };
    }, hub);
    expect(seen.lit).toBeGreaterThan(0);
    expect(seen.checked.length).toBeGreaterThanOrEqual(10);
    // At each crossing the pixel is the lit relation's own colour: nothing translucent lies over it.
    const covered = seen.checked.filter((c) => c.distance > 16);
    expect(covered).toEqual([]);

    // When the hover or the selection ends, those relations go back to their own programs and
    // look: at the same crossings nothing is drawn lit any more (a lit copy left in the lit
    // programs would still be there, opaque, on top).
    await page.evaluate((hovered) => window.stancegraph!.store.dispatch(hovered ? { type: "hover", id: null } : { type: "select", selection: null }), how === "hovered");
    await drawn(page, 120_000);
    await keepPixels(page, "__after");
    const after = await page.evaluate((points) => {
      const data = (window as unknown as Record<string, Uint8ClampedArray>)["__after"]!;
      const { width } = window.stancegraph!.renderer.sigma.getDimensions();
      return points.map(({ x, y, want }) => {
        const i = (Math.round(y) * width + Math.round(x)) * 4;
        return Math.hypot(data[i]! - want[0]!, data[i + 1]! - want[1]!, data[i + 2]! - want[2]!);
      });
    }, seen.checked);
    const stillLit = after.filter((d) => d <= 16);
    expect(stillLit.length).toBeLessThanOrEqual(Math.floor(after.length / 5));
  });

  it("shows an actor's neighbourhood from its card, and the whole graph again", async () => {
    // An actor of many relations, selected (its card holds the control).
    const id = (await byRelationsShown(page))[5]!;
    const label = await page.evaluate((actor) => {
      const { store, model } = window.stancegraph!;
      store.dispatch({ type: "select", selection: { kind: "actor", id: actor } });
      return model.actors.get(actor)!.label;
    }, id);
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

  it("shows an actor and everyone two steps away from the card's depth-2 control: their nodes drawn, none of the others", async () => {
    // An actor with few relations, so that two steps reach some of the graph and not all of it.
    const { id, label, expected } = await page.evaluate(() => {
      const { view, model } = window.stancegraph!;
      const neighbours = new Map<string, Set<string>>();
      for (const r of view.get().visible.relations) {
        for (const [a, b] of [
          [r.source, r.target],
          [r.target, r.source],
        ] as const) {
          if (!neighbours.has(a)) neighbours.set(a, new Set());
          neighbours.get(a)!.add(b);
        }
      }
      const reach = (actor: string) => {
        const out = new Set([actor]);
        for (const n of neighbours.get(actor) ?? []) {
          out.add(n);
          for (const m of neighbours.get(n) ?? []) out.add(m);
        }
        return out;
      };
      const pick = [...neighbours.keys()].sort().find((a) => {
        const size = reach(a).size;
        return size >= 20 && size <= 200;
      })!;
      return { id: pick, label: model.actors.get(pick)!.label, expected: [...reach(pick)].sort() };
    });
    await page.evaluate((actor) => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: actor } }), id);
    await drawn(page, 120_000);
    await page.getByRole("group", { name: `Neighbourhood of ${label}` }).getByRole("button", { name: "… and theirs (2 steps)" }).click();
    await page.waitForFunction(() => window.stancegraph!.view.get().ego?.depth === 2);
    await drawn(page, 120_000);
    await cameraStill(page);
    await drawn(page, 120_000);
    await keepPixels(page, "__ego");
    const seen = await page.evaluate((actor) => {
      const { renderer, store, model, view } = window.stancegraph!;
      const sigma = renderer.sigma;
      const { scene } = renderer.picture({ view: { kind: "date", date: store.getState().date }, actors: [], relations: [], filtered: false });
      const data = (window as unknown as Record<string, Uint8ClampedArray>)["__ego"]!;
      const { width, height } = sigma.getDimensions();
      const rect = sigma.getContainer().getBoundingClientRect();
      const pixel = (x: number, y: number) => {
        const i = (Math.round(y) * width + Math.round(x)) * 4;
        return [data[i]!, data[i + 1]!, data[i + 2]!];
      };
      // A point of the canvas that nothing in the page covers (the message over the graph, buttons).
      const open = (x: number, y: number) => x > 2 && y > 2 && x < width - 2 && y < height - 2 && document.elementFromPoint(rect.left + x, rect.top + y)?.tagName === "CANVAS";
      const underLabel = (x: number, y: number, m: number) => renderer.labels().some((l) => x > l.box.x - m && x < l.box.x + l.box.w + m && y > l.box.y - m && y < l.box.y + l.box.h + m);
      const drawnNodes = model.graph.nodes().filter((n) => !sigma.getNodeDisplayData(n)!.hidden).sort();
      // Included actors: at the centre of each, the colour of the topmost node drawn there.
      const inkless: string[] = [];
      let included = 0;
      for (const n of scene.nodes) {
        if (!open(n.x, n.y) || underLabel(n.x, n.y, 1)) continue;
        const top = [...scene.nodes].reverse().find((m) => Math.hypot(m.x - n.x, m.y - n.y) < m.r)!;
        const want = [1, 3, 5].map((k) => Number.parseInt((top.ring && Math.hypot(top.x - n.x, top.y - n.y) > top.r - top.ring.width ? top.ring.color : top.color).slice(k, k + 2), 16));
        const got = pixel(n.x, n.y);
        included++;
        if (Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!) > 40) inkless.push(`${n.id}: ${got.join(",")}`);
      }
      // Excluded actors inside the canvas, where no drawn mark comes near: background, no ink.
      const path = (e: (typeof scene.edges)[number], t: number) => {
        const c = e.control ?? { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
        return { x: (1 - t) ** 2 * e.x1 + 2 * t * (1 - t) * c.x + t ** 2 * e.x2, y: (1 - t) ** 2 * e.y1 + 2 * t * (1 - t) * c.y + t ** 2 * e.y2 };
      };
      const inked: string[] = [];
      let excluded = 0;
      for (const n of model.graph.nodes()) {
        if (drawnNodes.includes(n)) continue;
        const p = sigma.graphToViewport(renderer.positions.get(n));
        if (!open(p.x, p.y) || underLabel(p.x, p.y, 4)) continue;
        if (scene.nodes.some((m) => Math.hypot(m.x - p.x, m.y - p.y) < m.r + 4)) continue;
        if (scene.edges.some((e) => Array.from({ length: 65 }, (_, k) => path(e, k / 64)).some((q, k, all) => k > 0 && distanceToSegment(p, all[k - 1]!, q) < e.width + 6))) continue;
        excluded++;
        const got = pixel(p.x, p.y);
        // Faded relations running near add a trace of grey (down to ~240); a node, even a faded one (#d7dbe0), is darker.
        if (got.some((c) => c < 236)) inked.push(`${n}: ${got.join(",")}`);
      }
      function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) {
        const l2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / l2));
        return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
      }
      return { ego: view.get().ego, actor, drawnNodes, scene: scene.nodes.length, included, inkless, excluded, inked, hash: location.hash };
    }, id);
    expect(seen.ego).toEqual({ actor: id, depth: 2 });
    expect(seen.hash).toContain(`ego=${id},2`);
    expect(seen.drawnNodes).toEqual(expected);
    // Ink where the actors two steps away are drawn; none where the others stand.
    expect(seen.included).toBeGreaterThanOrEqual(Math.min(10, expected.length));
    expect(seen.inkless).toEqual([]);
    expect(seen.excluded).toBeGreaterThanOrEqual(20);
    expect(seen.inked).toEqual([]);
    await expect(page.locator(".graph-message").textContent()).resolves.toContain(`Showing ${label} and everyone up to two steps away (${expected.length} actors)`);
  });
});
