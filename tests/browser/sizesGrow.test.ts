/**
 * Node sizes follow the number of actors while the graph is open: a dataset grown by curation
 * past SMALL_GRAPH actors keeps the small graph's sizes at first (the 301st actor shrank every
 * other to a third), draws its actors at a large graph's sizes (nodeSizing) at four times that, and
 * undoing the growth brings the small graph's sizes back, without opening the dataset again. Checked on the
 * pixels: the radius of an actor's disc of its colour, measured from its centre in the screenshot.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { nodeSizing, SMALL_GRAPH } from "../../src/app/appearance.ts";
import { drawn, keepPixels, openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

interface Disc {
  /** The radius sigma says it draws the actor at, in CSS pixels. */
  said: number;
  /** The radius of its colour's ink around its centre (the median of 16 rays), in CSS pixels. */
  inked: number;
  /** Its size in the model. */
  modelSize: number;
}

/** The radius of `actor`'s disc on screen: from its centre outward along 16 rays, the last pixel of its colour. */
async function disc(page: Page, actor: string): Promise<Disc> {
  await keepPixels(page, "__disc");
  return page.evaluate((id) => {
    const { renderer, model } = window.stancegraph!;
    const sigma = renderer.sigma;
    const data = (window as unknown as Record<string, Uint8ClampedArray>)["__disc"]!;
    const { width } = sigma.getDimensions();
    const look = sigma.getNodeDisplayData(id)!;
    const centre = sigma.graphToViewport(renderer.positions.get(id));
    const want = [1, 3, 5].map((i) => Number.parseInt(look.color.slice(i, i + 2), 16));
    const same = (x: number, y: number) => {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      return Math.hypot(data[i]! - want[0]!, data[i + 1]! - want[1]!, data[i + 2]! - want[2]!) <= 48;
    };
    const rays: number[] = [];
    for (let k = 0; k < 16; k++) {
      const a = (k * Math.PI) / 8;
      let r = 0;
      while (r < 200 && same(centre.x + (r + 0.5) * Math.cos(a), centre.y + (r + 0.5) * Math.sin(a))) r += 0.5;
      rays.push(r);
    }
    rays.sort((a, b) => a - b);
    return { said: sigma.scaleSize(look.size), inked: (rays[7]! + rays[8]!) / 2, modelSize: model.graph.getNodeAttribute(id, "size") };
  }, actor);
}

describe("node sizes of a graph that grows and shrinks while open", () => {
  it("keeps the sizes one actor past SMALL_GRAPH, draws a large graph's at four times it, and the small graph's again after undo", async () => {
    const { page, errors } = await openApp(browser, base);
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await drawn(page);
    // The actor drawn largest among those with a relation in view (pale ones are drawn in grey).
    const actor = await page.evaluate(() => {
      const { renderer, view } = window.stancegraph!;
      const lit = [...view.get().visible.actorsWithRelations];
      return lit.sort((a, b) => renderer.sigma.getNodeDisplayData(b)!.size - renderer.sigma.getNodeDisplayData(a)!.size)[0]!;
    });
    const before = await disc(page, actor);
    const order = await page.evaluate(() => window.stancegraph!.model.graph.order);
    expect(order).toBeLessThanOrEqual(SMALL_GRAPH);
    // A small graph draws the model's size; the ink is that disc (within anti-aliasing).
    expect(before.said).toBeGreaterThan(8);
    expect(Math.abs(before.inked - before.said)).toBeLessThanOrEqual(1.5);

    const addActors = (from: number, n: number) =>
      page.evaluate(
        ([from, n]) => {
          const commands = Array.from({ length: n }, (_, i) => ({ kind: "addActor" as const, actor: { id: `grown-${from + i}`, label: `Grown ${from + i}`, kind: "state" as const } }));
          window.stancegraph!.edits!.perform({ kind: "batch", label: `Add ${n} actors`, commands });
        },
        [from, n] as const,
      );

    // One actor past SMALL_GRAPH: the sizes are still the small graph's (they used to fall to a
    // third at once, nodeScale), on screen too.
    const first = SMALL_GRAPH + 1 - order;
    await addActors(0, first);
    await drawn(page);
    expect(await page.evaluate(() => window.stancegraph!.model.graph.order)).toBe(SMALL_GRAPH + 1);
    const past = await disc(page, actor);
    expect(past.said).toBeCloseTo(before.said, 5);
    expect(Math.abs(past.inked - before.inked)).toBeLessThanOrEqual(1);

    const added = 4 * SMALL_GRAPH - order;
    await addActors(first, added - first);
    await drawn(page);
    const grown = await disc(page, actor);
    expect(await page.evaluate(() => window.stancegraph!.model.graph.order)).toBe(order + added);
    // Its model size is unchanged (the new actors have no relations); the size on screen is the
    // large graph's, and the ink shows it.
    expect(grown.modelSize).toBe(before.modelSize);
    const expected = nodeSizing(order + added)(grown.modelSize);
    expect(expected).toBeLessThan(0.6 * before.said);
    const ratio = await page.evaluate((id) => {
      const s = window.stancegraph!.renderer.sigma;
      return s.scaleSize(s.getNodeDisplayData(id)!.size) / s.getNodeDisplayData(id)!.size;
    }, actor);
    expect(grown.said).toBeCloseTo(expected * ratio, 5);
    expect(Math.abs(grown.inked - grown.said)).toBeLessThanOrEqual(1.5);
    expect(grown.inked).toBeLessThan(0.6 * before.inked);

    // Undone (both batches): back to the small graph's sizes, on screen too.
    await page.evaluate(() => window.stancegraph!.edits!.undo());
    await drawn(page);
    expect(await page.evaluate(() => window.stancegraph!.model.graph.order)).toBe(SMALL_GRAPH + 1);
    await page.evaluate(() => window.stancegraph!.edits!.undo());
    await drawn(page);
    expect(await page.evaluate(() => window.stancegraph!.model.graph.order)).toBe(order);
    const undone = await disc(page, actor);
    expect(undone.said).toBeCloseTo(before.said, 5);
    expect(Math.abs(undone.inked - before.inked)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  }, 180_000);
});
