/**
 * A graph that grows past SMALL_GRAPH actors while it is open (curation adds them) gets the label
 * walk by size (src/view/labelable.ts, fetched then by the label layer) without being opened
 * again, and its labels stay those found by reading every actor.
 */
import { describe, expect, inject, it } from "vitest";
import { SMALL_GRAPH } from "../../src/app/appearance.ts";
import { drawn, openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

describe("a graph that grows past the small-graph size", () => {
  it("reads only the actors big enough or lit once it has more than SMALL_GRAPH actors, with the labels of reading every actor", async () => {
    const { page, errors } = await openApp(browser, base);
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await drawn(page);
    const small = await page.evaluate(() => ({ order: window.stancegraph!.model.graph.order, read: window.stancegraph!.renderer.labelWork().actorsRead }));
    expect(small.order).toBeLessThan(SMALL_GRAPH);
    // A small graph reads every actor.
    expect(small.read).toBe(small.order);

    // Enough actors to pass SMALL_GRAPH four times over (drawn small, as a large graph's are), added in one step.
    const added = 4 * SMALL_GRAPH - small.order;
    await page.evaluate((n) => {
      const commands = Array.from({ length: n }, (_, i) => ({ kind: "addActor" as const, actor: { id: `grown-${i}`, label: `Grown ${i}`, kind: "state" as const } }));
      window.stancegraph!.edits!.perform({ kind: "batch", label: `Add ${n} actors`, commands });
    }, added);
    await drawn(page);
    const order = await page.evaluate(() => window.stancegraph!.model.graph.order);
    expect(order).toBe(small.order + added);
    // The graph is drawn at a large graph's sizes now (nodeSizing), where labels go to actors at
    // least LARGE_GRAPH_LABEL_MIN_PX across and to those lit: zoomed in until the largest hubs
    // are, and the new actors (the smallest) are not, with Armenia hovered (its neighbourhood
    // lifted and named). The walk's module comes at the first frame of the larger graph; frames
    // until the layer uses it.
    await page.evaluate(() => {
      const app = window.stancegraph!;
      app.renderer.sigma.getCamera().setState({ ratio: 0.35 });
      app.store.dispatch({ type: "hover", id: "ARM" });
    });
    await page.waitForFunction(
      (n) => {
        const { renderer } = window.stancegraph!;
        renderer.sigma.scheduleRender();
        return renderer.labelWork().actorsRead < n / 4;
      },
      order,
      { polling: 100, timeout: 30_000 },
    );
    await drawn(page);
    const seen = await page.evaluate(() => {
      const { renderer } = window.stancegraph!;
      return { read: renderer.labelWork().actorsRead, same: JSON.stringify(renderer.labels()) === JSON.stringify(renderer.labelsReadingEveryActor()), names: renderer.labels().filter((l) => l.kind === "node").map((l) => l.text) };
    });
    // The labelled actors and the lit ones, not all of them.
    expect(seen.read).toBeLessThan(order / 4);
    expect(seen.same).toBe(true);
    expect(seen.names).toEqual(expect.arrayContaining(["Armenia", "Russia", "Azerbaijan"]));
    expect(errors).toEqual([]);
  }, 180_000);
});
