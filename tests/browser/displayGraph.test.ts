/**
 * Sigma draws a display graph (src/view/displayGraph.ts): every actor, and only the relations that
 * can be shown — those active at the date (or at either compare date), never every relation of all
 * time hidden by reducers. Checked against the model's interval index (`activeAt`) on the default
 * dataset and on a generated one, through one-day steps, jumps, compare mode and curation edits;
 * a relation that enters on a step is drawn (ink along its path).
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { LEG_CHANGES } from "../../src/app/dateLegs.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { formatLongDate } from "../../src/ui/widgets.ts";
import { drawn, inkRatio, keepImportIn, openApp } from "./chromium.ts";
import { inkAlongPath } from "./ink.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

interface Held {
  /** Relations in sigma's graph, sorted. */
  held: string[];
  /** Relations active at the date(s) by the model's interval index, sorted. */
  active: string[];
  /** Actors in sigma's graph and in the model. */
  actors: [number, number];
  /** Relations in sigma's graph that its reducers hide (there should be none once fades are over). */
  hidden: string[];
}

/** What sigma holds against what is active at the view's date, or at both compare dates. */
function held(page: Page): Promise<Held> {
  return page.evaluate(() => {
    const { renderer, model, view } = window.stancegraph!;
    const sigma = renderer.sigma;
    const graph = sigma.getGraph();
    const v = view.get();
    const dates = v.compare ? [v.compare.a, v.compare.b] : [v.date];
    const active = new Set<string>();
    for (const d of dates) for (const i of model.index.activeAt(d)) active.add(model.dataset.relations[i]!.id);
    return {
      held: graph.edges().sort(),
      active: [...active].sort(),
      actors: [graph.order, model.graph.order],
      hidden: graph.edges().filter((e) => sigma.getEdgeDisplayData(e)?.hidden !== false),
    };
  });
}

async function expectHeldIsActive(page: Page) {
  await drawn(page, 120_000);
  const h = await held(page);
  expect(h.held).toEqual(h.active);
  expect(h.actors[0]).toBe(h.actors[1]);
  expect(h.hidden).toEqual([]);
  return h;
}

/** Counts sigma's processing passes (every item placed in the WebGL buffers again) from now on, on the instance. */
async function countPasses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const s = window.stancegraph!.renderer.sigma as unknown as { process: () => unknown; passes: number };
    if (s.passes === undefined) {
      const process = s.process.bind(s);
      s.process = () => (s.passes++, process());
    }
    s.passes = 0;
  });
  return () => page.evaluate(() => (window.stancegraph!.renderer.sigma as unknown as { passes: number }).passes);
}

/** The relation with the longest path on screen among those that begin after the dataset's first day. */
function longestEntering(page: Page): Promise<{ entering: string; from: string }> {
  return page.evaluate(() => {
    const { model, renderer } = window.stancegraph!;
    const sigma = renderer.sigma;
    const at = (a: string) => sigma.graphToViewport(renderer.positions.get(a));
    const first = model.dataset.relations.map((r) => r.from).sort()[0];
    const later = model.dataset.relations.filter((r) => r.from > first!);
    const length = (r: (typeof later)[number]) => Math.hypot(at(r.source).x - at(r.target).x, at(r.source).y - at(r.target).y);
    const r = later.sort((x, y) => length(y) - length(x))[0]!;
    return { entering: r.id, from: r.from };
  });
}

const setDate = (page: Page, date: string) => page.evaluate((d) => window.stancegraph!.store.dispatch({ type: "setDate", date: d }), date);
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe("the default dataset", () => {
  it("holds the relations active at each date, in compare mode and after edits; one entering on a step is drawn", async () => {
    const { page, errors } = await openApp(browser, base);
    const first = await expectHeldIsActive(page);
    const all = await page.evaluate(() => window.stancegraph!.model.graph.size);
    expect(first.held.length).toBeLessThan(all);

    // One-day step onto the day a relation begins: it enters the display graph and is drawn.
    // The relation with the longest path on screen among those that begin after the first day.
    const { entering, from } = await longestEntering(page);
    await setDate(page, dayBefore(from));
    expect((await expectHeldIsActive(page)).held).not.toContain(entering);
    const passes = await countPasses(page);
    await setDate(page, from);
    const change = await page.evaluate(() => window.stancegraph!.view.get().change);
    expect(change?.step).toBe(true);
    expect(change?.entered).toContain(entering);
    expect((await expectHeldIsActive(page)).held).toContain(entering);
    const ink = await inkAlongPath(page, entering);
    expect(ink.samples).toBeGreaterThan(5);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.6);
    // It was put after the last relation in sigma's buffers, the others left where they were.
    expect(await passes()).toBe(0);
    // A step back takes it out (its place blanked), a step on brings it in again (a new place):
    // still no pass, and it is drawn.
    await setDate(page, dayBefore(from));
    expect((await expectHeldIsActive(page)).held).not.toContain(entering);
    await setDate(page, from);
    await expectHeldIsActive(page);
    const again = await inkAlongPath(page, entering);
    expect(again.hits / again.samples).toBeGreaterThan(0.6);
    expect(await passes()).toBe(0);
    // Its new place is in sigma's picking too: a click on the line (away from labels and nodes) selects it.
    const point = await page.evaluate((id) => {
      const { renderer } = window.stancegraph!;
      const sigma = renderer.sigma;
      const graph = sigma.getGraph();
      const s = sigma.graphToViewport(renderer.positions.get(graph.source(id)));
      const t = sigma.graphToViewport(renderer.positions.get(graph.target(id)));
      const d = sigma.getEdgeDisplayData(id) as { curvature?: number; type: string };
      const k = String(d.type).startsWith("curved") ? (d.curvature ?? 0.25) : 0;
      const c = { x: (s.x + t.x) / 2 + (t.y - s.y) * k, y: (s.y + t.y) / 2 - (t.x - s.x) * k };
      const labels = renderer.labels().map((l) => l.box);
      for (const u of [0.3, 0.35, 0.25, 0.4, 0.2, 0.6, 0.65, 0.7, 0.75]) {
        const x = (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x;
        const y = (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y;
        if (!labels.some((b) => x >= b.x - 6 && x <= b.x + b.w + 6 && y >= b.y - 6 && y <= b.y + b.h + 6)) return { x, y };
      }
      return null;
    }, entering);
    expect(point).not.toBeNull();
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    await expect.poll(() => page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: entering });
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: null }));

    // Jumps, and steps back.
    for (const date of ["1994-05-12", "2008-08-08", "2020-09-27", "2020-09-26", "2024-01-01"]) {
      await setDate(page, date);
      await expectHeldIsActive(page);
    }

    // Compare mode: the relations of both dates.
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: { a: "2008-01-01", b: "2023-09-19" } }));
    const compared = await expectHeldIsActive(page);
    expect(compared.held.length).toBeGreaterThan(first.held.length / 2);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: null }));
    await setDate(page, from);
    await expectHeldIsActive(page);

    // Curation edits: a relation shown is re-dated out of view, another is added, then both undone.
    await page.getByRole("button", { name: "Curate", exact: true }).click();
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    const outcome = await page.evaluate(
      ([id, date]) => {
        const app = window.stancegraph!;
        const r = app.model.relations.get(id)!;
        const a = app.edits!.perform({ kind: "updateRelation", id, changes: { from: "2030-01-01" } });
        const b = app.edits!.perform({ kind: "addRelation", relation: { ...r, id: "display-graph-added", from: date } });
        return [a.ok, b.ok];
      },
      [entering, from] as const,
    );
    expect(outcome).toEqual([true, true]);
    const edited = await expectHeldIsActive(page);
    expect(edited.held).not.toContain(entering);
    expect(edited.held).toContain("display-graph-added");
    await page.evaluate(() => {
      window.stancegraph!.edits!.undo();
      window.stancegraph!.edits!.undo();
    });
    const undone = await expectHeldIsActive(page);
    expect(undone.held).toContain(entering);
    expect(undone.held).not.toContain("display-graph-added");
    expect(errors).toEqual([]);
  }, 240_000);
});

describe("after an edit, only what it named is repainted, in its new look", () => {
  it("a relation retyped and a type made directed, in place (no processing pass), and both undone are drawn in the colour and shape of the model", async () => {
    const { page, errors } = await openApp(browser, `${base}#period=after-2023`);
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await drawn(page);
    const id = "RUS-ARM-estrangement-2023";
    /** What sigma draws for the relation, what the model says it should be, and the ink of its colour along its path. */
    const look = async () => {
      await drawn(page);
      const state = await page.evaluate((rid) => {
        const app = window.stancegraph!;
        const type = app.model.relationTypes.get(app.model.relations.get(rid)!.type)!;
        const d = app.renderer.sigma.getEdgeDisplayData(rid)!;
        return { drawnColor: d.color.toLowerCase(), modelColor: type.color.toLowerCase(), arrow: String(d.type).toLowerCase().includes("arrow"), directed: type.directed };
      }, id);
      const ink = await inkAlongPath(page, id);
      return { ...state, inked: ink.samples > 5 && ink.hits / ink.samples > 0.6 };
    };
    const before = await look();
    expect(before).toMatchObject({ drawnColor: before.modelColor, arrow: false, inked: true });
    const passes = await countPasses(page);

    // A new colour in the same program (a curve without arrow): written where it is, no pass.
    expect(await page.evaluate((rid) => window.stancegraph!.edits!.perform({ kind: "updateRelation", id: rid, changes: { type: "hostility" } }).ok, id)).toBe(true);
    const retyped = await look();
    expect(retyped.modelColor).not.toBe(before.modelColor);
    expect(retyped).toMatchObject({ drawnColor: retyped.modelColor, inked: true });
    expect(await passes()).toBe(0);

    // An arrow is another program, and a directed relation another edge: the type's relations
    // leave the display graph and come back directed, each blanked and put after the last of the
    // arrow program, still without a pass.
    expect(await page.evaluate(() => window.stancegraph!.edits!.perform({ kind: "updateRelationType", id: "hostility", changes: { directed: true } }).ok)).toBe(true);
    expect(await look()).toMatchObject({ directed: true, arrow: true, inked: true });
    expect(await passes()).toBe(0);

    await page.evaluate(() => {
      window.stancegraph!.edits!.undo();
      window.stancegraph!.edits!.undo();
    });
    expect(await look()).toMatchObject({ drawnColor: before.modelColor, arrow: false, inked: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("what one task changes is drawn once, in the next frame", () => {
  it("an edit, a date step and a selection dispatched together render nothing while they run and once after, and the container says drawn only after that render, with the picture of the last state", async () => {
    const { page, errors } = await openApp(browser, `${base}#period=after-2023`);
    await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
    await drawn(page);
    const id = "RUS-ARM-estrangement-2023";
    const counts = await page.evaluate((rid) => {
      const app = window.stancegraph!;
      const s = app.renderer.sigma;
      const graph = document.getElementById("graph")!;
      const renders = { n: 0 };
      s.on("afterRender", () => renders.n++);
      (window as unknown as { __renders: typeof renders }).__renders = renders;
      const drawnBefore = graph.dataset.drawn;
      if (!app.edits!.perform({ kind: "updateRelation", id: rid, changes: { type: "hostility" } }).ok) throw new Error("edit refused");
      app.store.dispatch({ type: "setDate", date: "2024-05-01" });
      app.store.dispatch({ type: "select", selection: { kind: "relation", id: rid } });
      return { during: renders.n, drawnMarked: graph.dataset.drawn !== drawnBefore, revision: app.view.get().revision };
    }, id);
    // Sigma drew nothing inside the task (each refresh used to draw at once: three renders here).
    expect(counts).toMatchObject({ during: 0, drawnMarked: false });
    await drawn(page);
    const after = await page.evaluate(() => (window as unknown as { __renders: { n: number } }).__renders.n);
    // One render for the three changes (nothing enters or leaves between the two dates: no fade).
    expect(after).toBe(1);
    const ink = await inkAlongPath(page, id);
    const look = await page.evaluate((rid) => {
      const app = window.stancegraph!;
      return { drawn: app.renderer.sigma.getEdgeDisplayData(rid)!.color.toLowerCase(), model: app.model.relationTypes.get("hostility")!.color.toLowerCase() };
    }, id);
    expect(look.drawn).toBe(look.model);
    expect(ink.samples > 5 && ink.hits / ink.samples > 0.6).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("a selection moving from one relation to another over the faded picture", () => {
  it("repaints the two relations and their ends only, and draws the new one lit, on top, in its colour", async () => {
    const { page, errors } = await openApp(browser, `${base}#period=after-2023`);
    await drawn(page);
    const select = (id: string | null) => page.evaluate((rid) => window.stancegraph!.store.dispatch({ type: "select", selection: rid ? { kind: "relation", id: rid } : null }), id);
    const a = "RUS-ARM-estrangement-2023";
    await select(a);
    await drawn(page);
    // Another relation shown, with no end in common with the first.
    const b = await page.evaluate((first) => {
      const { model, view } = window.stancegraph!;
      const r = model.relations.get(first)!;
      return [...view.get().visible.ids].map((id) => model.relations.get(id)!).find((x) => ![r.source, r.target].includes(x.source) && ![r.source, r.target].includes(x.target))!.id;
    }, a);
    // Sigma's reducers, counted from here (setSetting re-reduces everything before it returns).
    await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma;
      const settings = s.getSettings();
      const counted = { nodes: 0, edges: 0 };
      const node = settings.nodeReducer!;
      const edge = settings.edgeReducer!;
      s.setSetting("nodeReducer", (n, attrs) => (counted.nodes++, node(n, attrs)));
      s.setSetting("edgeReducer", (e, attrs) => (counted.edges++, edge(e, attrs)));
      (window as unknown as { counted: typeof counted }).counted = counted;
      counted.nodes = 0;
      counted.edges = 0;
    });
    await select(b);
    await drawn(page);
    const counted = await page.evaluate(() => (window as unknown as { counted: { nodes: number; edges: number } }).counted);
    // The two relations and their four ends (each item may be reduced twice: by the check, then by sigma).
    expect(counted.edges).toBeLessThanOrEqual(2 * 2);
    expect(counted.nodes).toBeLessThanOrEqual(4 * 2);
    const look = await page.evaluate(([x, y]) => {
      const { renderer, model } = window.stancegraph!;
      const s = renderer.sigma;
      const colour = (id: string) => model.relationTypes.get(model.relations.get(id)!.type)!.color.toLowerCase();
      const dx = s.getEdgeDisplayData(x)!;
      const dy = s.getEdgeDisplayData(y)!;
      return { aColour: dx.color.toLowerCase(), aModel: colour(x), aDepth: dx.zIndex, bColour: dy.color.toLowerCase(), bModel: colour(y), bDepth: dy.zIndex };
    }, [a, b] as const);
    expect(look.bColour).toBe(look.bModel);
    expect(look.aColour).not.toBe(look.aModel);
    expect(look.bDepth).toBeGreaterThan(look.aDepth);
    const ink = await inkAlongPath(page, b);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.6);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

/**
 * The default dataset without fades (reduced motion, which would write an entering relation again
 * each frame), at the day before the relation with the longest path on screen enters.
 */
async function dayBeforeEntering() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  const { page, errors } = await openApp(context, base);
  await drawn(page);
  const { entering, from } = await longestEntering(page);
  await setDate(page, dayBefore(from));
  await expectHeldIsActive(page);
  return { context, page, errors, entering, from };
}

describe("a date step's writes", () => {
  it("writes a relation that enters once, as it comes into the display graph, and it is drawn", async () => {
    const { context, page, errors, entering, from } = await dayBeforeEntering();
    // Every time sigma computes a relation's display data and writes it (added, or updated).
    await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma as unknown as Record<string, unknown> & { writes: Map<string, number> };
      s.writes = new Map();
      for (const name of ["addEdge", "updateEdge"]) {
        const write = (s[name] as (key: string) => unknown).bind(s);
        s[name] = (key: string) => (s.writes.set(key, (s.writes.get(key) ?? 0) + 1), write(key));
      }
    });
    await setDate(page, from);
    expect((await expectHeldIsActive(page)).held).toContain(entering);
    const writes = await page.evaluate(() => [...(window.stancegraph!.renderer.sigma as unknown as { writes: Map<string, number> }).writes]);
    const entered = await page.evaluate(() => window.stancegraph!.view.get().change?.entered ?? []);
    expect(entered).toContain(entering);
    // Each relation that entered was written once (sigma's addEdge when it came), none again at the frame.
    for (const id of entered) expect(writes.find(([key]) => key === id)?.[1], id).toBe(1);
    const ink = await inkAlongPath(page, entering);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.6);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe("sigma's reducers", () => {
  it("are handed the graph's own attributes, not copies (src/view/reduceInPlace.ts), on a date step and a full refresh, and the graph is left as it was", async () => {
    const { context, page, errors, entering, from } = await dayBeforeEntering();
    // Wraps the app's reducers to note, per item, whether what they were given is the graph's own object.
    await page.evaluate(() => {
      const sigma = window.stancegraph!.renderer.sigma;
      const graph = sigma.getGraph();
      const given = new Map<string, boolean>();
      (window as unknown as { given: Map<string, boolean> }).given = given;
      const nodeReducer = sigma.getSetting("nodeReducer")!;
      const edgeReducer = sigma.getSetting("edgeReducer")!;
      sigma.setSetting("nodeReducer", (key, attrs) => (given.set(`node:${key}`, attrs === graph.getNodeAttributes(key)), nodeReducer(key, attrs)));
      sigma.setSetting("edgeReducer", (key, attrs) => (given.set(`edge:${key}`, attrs === graph.getEdgeAttributes(key)), edgeReducer(key, attrs)));
    });
    const before = await page.evaluate(() => JSON.stringify(window.stancegraph!.renderer.sigma.getGraph().export()));
    await setDate(page, from);
    await expectHeldIsActive(page);
    await setDate(page, dayBefore(from));
    await expectHeldIsActive(page);
    const given = await page.evaluate(() => [...(window as unknown as { given: Map<string, boolean> }).given]);
    // setSetting refreshed every item once; the step added the entering relation again.
    const actors = await page.evaluate(() => window.stancegraph!.renderer.sigma.getGraph().nodes());
    expect(given.filter(([key]) => key.startsWith("node:")).length).toBe(actors.length);
    expect(given.map(([key]) => key)).toContain(`edge:${entering}`);
    expect(given.filter(([, own]) => !own)).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify(window.stancegraph!.renderer.sigma.getGraph().export()))).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe("a long jump that drops thousands of relations", () => {
  it("leaves their places empty, without sigma's processing pass, and draws what opening the date draws", async () => {
    // 16k–20k relations in view; from 2023-05-12 to the last day 6,478 leave the view, more than
    // HOLES_BEFORE_PACKING (4,096) and under half of what sigma holds.
    const dataset = generateDataset({ actors: 4000, relations: 40000, years: 10, seed: 7 });
    const { context, page, errors } = await keptImportPage(dataset);
    await page.goto(`${base}#date=2023-05-12`);
    await drawn(page, 180_000);
    const to = await page.evaluate(() => window.stancegraph!.model.span.to);
    const { left, held } = await page.evaluate((d) => {
      const app = window.stancegraph!;
      return { left: app.model.index.changesBetween(app.view.get().date, d).left.length, held: app.renderer.sigma.getGraph().size };
    }, to);
    expect(left).toBeGreaterThan(4096);
    expect(left).toBeLessThan(held / 2);
    const passes = await countPasses(page);
    await page.evaluate((date) => window.stancegraph!.store.dispatch({ type: "goToDate", date }), to);
    await expectHeldIsActive(page);
    expect(await passes()).toBe(0);
    // The same display data as the date opened from a link (empty places draw nothing) …
    const { page: direct } = await openApp(context, `${base}#date=${to}`);
    await drawn(direct, 180_000);
    const drawnData = (p: Page) =>
      p.evaluate(() => {
        const s = window.stancegraph!.renderer.sigma;
        return s.getGraph().edges().map((e) => `${e} ${JSON.stringify(s.getEdgeDisplayData(e))}`).sort();
      });
    expect(await drawnData(page)).toEqual(await drawnData(direct));
    // … and the same ink.
    const [inkJumped, inkDirect] = [await inkRatio(page), await inkRatio(direct)];
    expect(inkDirect).toBeGreaterThan(0.01);
    expect(Math.abs(inkJumped - inkDirect) / inkDirect).toBeLessThan(0.02);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});

describe("a generated dataset", () => {
  it("holds the relations active at each date through one-day steps, jumps and compare mode", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await keepImportIn(context, base, "generated.json", { text: datasetJsonLines(generateDataset({ actors: 600, relations: 6000, years: 20, seed: 7 })) });
    const { page, errors } = await openApp(context, base);
    const start = await expectHeldIsActive(page);
    expect(start.held.length).toBeGreaterThan(0);
    const date = await page.evaluate(() => window.stancegraph!.view.get().date);
    // One-day steps forward and back (the interval index's step), then jumps.
    const next = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    let stepped = 0;
    for (const days of [1, 1, 1, -1, 30, 365, -4000, 2000]) {
      const d = next(await page.evaluate(() => window.stancegraph!.view.get().date), days);
      await setDate(page, d);
      const change = await page.evaluate(() => window.stancegraph!.view.get().change);
      if (change?.step) stepped++;
      await expectHeldIsActive(page);
    }
    expect(stepped).toBeGreaterThan(0);
    await page.evaluate((b) => window.stancegraph!.store.dispatch({ type: "setCompare", compare: { a: "2005-01-01", b } }), date);
    await expectHeldIsActive(page);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: null }));
    await expectHeldIsActive(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

/** A fresh page of a new context whose browser keeps `dataset` as its import (the next load opens it), with its page errors. */
async function keptImportPage(dataset: Parameters<typeof datasetJsonLines>[0]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await keepImportIn(context, base, "large.json", { text: datasetJsonLines(dataset) });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

describe("a long date jump", () => {
  it("goes in legs a task apart, each the view of its own date, and ends at the picture of opening that date directly, either way", async () => {
    const dataset = generateDataset({ actors: 600, relations: 6000, years: 20, seed: 7 });
    const { context, page, errors } = await keptImportPage(dataset);
    await page.goto(base);
    await drawn(page, 120_000);
    const budget = LEG_CHANGES;
    const { start, first } = await page.evaluate(() => ({ start: window.stancegraph!.view.get().date, first: window.stancegraph!.model.span.from }));
    // Each date the view takes, and a mark each time a task goes by after one.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { legLog: string[] }).legLog = log;
      window.stancegraph!.store.subscribe((s, p) => {
        if (s.date === p.date) return;
        log.push(s.date);
        setTimeout(() => log.push("task"), 0);
      });
      // Each frame sigma draws, with the date then in view.
      const frames: string[] = [];
      (window as unknown as { legFrames: string[] }).legFrames = frames;
      window.stancegraph!.renderer.sigma.on("afterRender", () => frames.push(window.stancegraph!.view.get().date));
    });
    // Back to the first day (the relations in view thin out on the way), then forward again (they
    // thicken: a relation that came in early on the way is drawn as dense as the rest at the end).
    for (const [from, to] of [
      [start, first],
      [first, start],
    ] as const) {
      const bound = await page.evaluate(([a, b]) => window.stancegraph!.model.index.changeBound(a, b), [from, to] as const);
      // More relations start or end between the two dates than one leg takes (LEG_CHANGES).
      expect(bound).toBeGreaterThan(2 * budget);
      await page.evaluate(() => ((window as unknown as { legLog: string[] }).legLog.length = 0));
      await page.evaluate(() => ((window as unknown as { legFrames: string[] }).legFrames.length = 0));
      // Every text the slider gives a screen reader on the way (a new one is read out).
      await page.evaluate(() => {
        const range = document.querySelector<HTMLInputElement>(".tl-range")!;
        const texts: string[] = [];
        (window as unknown as { sliderTexts: string[] }).sliderTexts = texts;
        new MutationObserver(() => {
          const text = range.getAttribute("aria-valuetext") ?? "";
          if (texts[texts.length - 1] !== text) texts.push(text);
        }).observe(range, { attributes: true, attributeFilter: ["aria-valuetext"] });
      });
      // The first leg is applied at once: the timeline says where the legs are going (its picture is not drawn).
      const note = await page.evaluate((date) => {
        window.stancegraph!.store.dispatch({ type: "goToDate", date });
        return { text: document.querySelector(".tl-now-label")?.textContent ?? "", at: window.stancegraph!.view.get().date };
      }, to);
      expect(note.text).toBe(`On the way to ${to} · passing ${note.at}`);
      await expectHeldIsActive(page);
      const shown = await page.evaluate(() => window.stancegraph!.view.get().visible.ids.size);
      expect(await page.locator(".tl-now-label").textContent()).toBe(`Showing · ${to} · ${shown} relation${shown === 1 ? "" : "s"}`);
      // The slider said one thing on the way, whatever the number of legs, then the date reached.
      const sliderTexts = await page.evaluate(() => (window as unknown as { sliderTexts: string[] }).sliderTexts);
      expect(sliderTexts[0]).toBe(`On the way to ${formatLongDate(to)}`);
      expect(sliderTexts.length, sliderTexts.join(" | ")).toBe(2);
      expect(sliderTexts[1]!.startsWith(`${formatLongDate(to)}, `)).toBe(true);
      expect(sliderTexts[1]!.endsWith(`, ${shown} relation${shown === 1 ? "" : "s"} shown`)).toBe(true);
      const log = await page.evaluate(() => [...(window as unknown as { legLog: string[] }).legLog]);
      const legs = log.filter((entry) => entry !== "task");
      expect(legs.length).toBeGreaterThanOrEqual(Math.ceil(bound / budget));
      expect(legs[legs.length - 1]).toBe(to);
      // Always toward the date asked for, never back, and a task between any two legs.
      for (let k = 1; k < legs.length; k++) expect(legs[k]! < legs[k - 1]!).toBe(to < from);
      for (let k = 1; k < legs.length; k++) expect(log.slice(log.indexOf(legs[k - 1]!), log.indexOf(legs[k]!))).toContain("task");
      // No leg on the way is drawn, and none fades (a fade draws a frame each animation frame):
      // the legs' frames are those of the date asked for, one (a second only if the label layer's
      // first placement asks for it).
      const frames = await page.evaluate(() => [...(window as unknown as { legFrames: string[] }).legFrames]);
      expect(frames.length, `${from} → ${to}: ${frames.join(" ")}`).toBeGreaterThanOrEqual(1);
      expect(frames.length, `${from} → ${to}: ${frames.join(" ")}`).toBeLessThanOrEqual(2);
      expect(new Set(frames), `${from} → ${to}`).toEqual(new Set([to]));
      // The same date opened from a link, drawn in one go: every actor and relation drawn with the
      // same display data (colour with its opacity, size, program, depth, curvature) …
      const { page: direct, errors: directErrors } = await openApp(context, `${base}#date=${to}`);
      await drawn(direct, 120_000);
      expect(await direct.evaluate(() => window.stancegraph!.view.get().date)).toBe(to);
      const drawnData = (p: Page) =>
        p.evaluate(() => {
          const s = window.stancegraph!.renderer.sigma;
          const g = s.getGraph();
          return [...g.edges().map((e) => `${e} ${JSON.stringify(s.getEdgeDisplayData(e))}`), ...g.nodes().map((n) => `${n} ${JSON.stringify(s.getNodeDisplayData(n))}`)].sort();
        });
      expect(await drawnData(page), `${from} → ${to}`).toEqual(await drawnData(direct));
      // … and the same picture: pixel for pixel when no translucent relations cross (the order in
      // which they blend is the order they came in, which legs change), and otherwise the same ink.
      const legged = await page.locator("#graph").screenshot();
      const straight = await direct.locator("#graph").screenshot();
      const [inkLegged, inkStraight] = [await inkRatio(page), await inkRatio(direct)];
      expect(inkStraight).toBeGreaterThan(0.002);
      if (await page.evaluate(() => window.stancegraph!.view.get().visible.ids.size <= 1)) expect(legged.equals(straight), `${from} → ${to}`).toBe(true);
      else expect(Math.abs(inkLegged - inkStraight) / inkStraight, `${from} → ${to}`).toBeLessThan(0.02);
      expect(directErrors).toEqual([]);
      await direct.close();
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe("a graph above the sliced-drawing size", () => {
  it("draws its actors first, then adds its relations in slices without a processing pass over them, and ends at the picture of sigma's own full pass", async () => {
    // 3,000 actors and ~25,000 relations at the opening date: above mount.ts's SLICED_INDEXATION.
    const { context, page, errors } = await keptImportPage(generateDataset({ actors: 3000, relations: 50_000, years: 20, seed: 11 }));
    // Before the app's scripts: every processing pass of the sigma the app creates is logged with
    // the number of relations in its graph then, and the drawing waits after its first slice.
    await page.addInitScript(() => {
      const w = window as unknown as { stancegraphTestHooks: object; passes: number[]; releaseDrawing: () => void };
      w.passes = [];
      // The start-up's steps in order, and a timer queued as each of two ends: it runs before the
      // next step only if the start-up lets a task go by in between (main.ts, `breathe`).
      const log: string[] = [];
      (w as unknown as { bootLog: string[] }).bootLog = log;
      const measure = performance.measure.bind(performance);
      performance.measure = ((name: string, options?: PerformanceMeasureOptions) => {
        const step = name.replace("stancegraph: ", "");
        log.push(step);
        if (step === "renderer" || step === "timeline" || step === "url" || step === "sigma" || step === "webgl context" || step === "webgl size") setTimeout(() => log.push(`task after ${step}`), 0);
        // The animation frames from the renderer's creation to sigma's first frame.
        if (step === "renderer") {
          const frame = () => {
            log.push("frame");
            if (!log.includes("sigma")) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }
        return measure(name, options);
      }) as typeof performance.measure;
      // Each WebGL context made (a canvas's first getContext of webgl or webgl2).
      const getContext = HTMLCanvasElement.prototype.getContext;
      const withContext = new WeakSet<HTMLCanvasElement>();
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.includes("webgl") && !withContext.has(this)) {
          withContext.add(this);
          log.push("webgl context made");
        }
        return (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
      w.stancegraphTestHooks = {
        holdDrawing: new Promise<void>((resolve) => (w.releaseDrawing = resolve)),
        sigmaCreated: (created: unknown) => {
          const s = created as { process: () => unknown; getGraph: () => { size: number } };
          const process = s.process.bind(s);
          s.process = () => (w.passes.push(s.getGraph().size), process());
        },
      };
    });
    await page.goto(base);
    await page.waitForFunction(() => performance.getEntriesByName("stancegraph: drawing relations in slices").length === 1, null, { timeout: 120_000 });
    // Held after the first slice: the actors' frame is drawn, the relations are not all there yet.
    const held = await page.evaluate(() => ({
      passes: [...(window as unknown as { passes: number[] }).passes],
      actorsFrame: performance.getEntriesByName("stancegraph: sigma").length,
      note: document.querySelector(".graph-drawing")?.textContent ?? "",
    }));
    // No processing pass of sigma's own: its graph holds the 3,000 actors only, and they were
    // processed in steps, as every actor is once the actors and the relations in view are above
    // the sliced size (one pass over 20,000 actors was a 552 ms task).
    expect(held.passes).toEqual([]);
    // The start-up let other tasks run between its parts (the search box, the timeline, sigma's first frame).
    const boot = await page.evaluate(() => (window as unknown as { bootLog: string[] }).bootLog);
    expect(boot.indexOf("task after renderer")).toBeGreaterThan(boot.indexOf("renderer"));
    expect(boot.indexOf("task after renderer")).toBeLessThan(boot.indexOf("search"));
    expect(boot.indexOf("task after timeline")).toBeGreaterThan(boot.indexOf("timeline"));
    expect(boot.indexOf("task after timeline")).toBeLessThan(boot.indexOf("url"));
    expect(boot.indexOf("task after url")).toBeLessThan(boot.indexOf("sigma"));
    // Sigma's three WebGL contexts were made one per task while the kept file loaded (before the
    // renderer was created), and only those three: sigma adopted them.
    const made = boot.flatMap((step, i) => (step === "webgl context made" ? [i] : []));
    expect(made).toHaveLength(3);
    for (let k = 1; k < 3; k++) expect(boot.slice(made[k - 1], made[k])).toContain("task after webgl context");
    expect(made[2]).toBeLessThan(boot.indexOf("renderer"));
    // Each canvas was then sized for the graph area in a task of its own, before sigma's first frame.
    const sized = boot.flatMap((step, i) => (step === "webgl size" ? [i] : []));
    expect(sized).toHaveLength(3);
    for (let k = 1; k < 3; k++) expect(boot.slice(sized[k - 1], sized[k])).toContain("task after webgl size");
    expect(sized[0]).toBeGreaterThan(boot.indexOf("renderer"));
    // Not before the frame showing the app's last start-up step (the URL's state) was produced, two
    // animation frames: a resize made then waited for the GPU process compositing that frame.
    expect(boot.slice(boot.indexOf("url"), sized[0]).filter((step) => step === "frame").length).toBeGreaterThanOrEqual(2);
    expect(boot.slice(sized[2], boot.indexOf("sigma"))).toContain("task after webgl size");
    // The About dialog's body (a list of every source) waits until it is opened.
    expect(await page.locator(".about-dialog .about-sources").count()).toBe(0);
    // The actors' first frame and the label layer's first placement are tasks apart.
    expect(boot.indexOf("task after sigma")).toBeGreaterThan(boot.indexOf("sigma"));
    expect(boot.indexOf("task after sigma")).toBeLessThan(boot.indexOf("labels"));
    expect(held.actorsFrame).toBe(1);
    expect(held.note).toMatch(/^Drawing relations: [\d,]+ of [\d,]+…$/);
    // Ink on the graph: the actors (the note says the relations are coming).
    const actorsInk = await inkRatio(page);
    expect(actorsInk).toBeGreaterThan(0.002);
    await page.evaluate(() => (window as unknown as { releaseDrawing: () => void }).releaseDrawing());
    const h = await expectHeldIsActive(page);
    expect(h.held.length).toBeGreaterThan(20_000 - 3000);
    // No pass placed the relations: they were written into the buffers as they came.
    expect(await page.evaluate(() => (window as unknown as { passes: number[] }).passes)).toEqual([]);
    // And each program's buffer holds exactly its relations (no spare places left from growing it).
    const fit = await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma as unknown as {
        edgePrograms: Record<string, { capacity: number; programs?: Array<{ capacity: number }> }>;
        getGraph(): { edges(): string[] };
        getEdgeDisplayData(edge: string): { type: string };
      };
      const count = new Map<string, number>();
      for (const e of s.getGraph().edges()) count.set(s.getEdgeDisplayData(e).type, (count.get(s.getEdgeDisplayData(e).type) ?? 0) + 1);
      return Object.entries(s.edgePrograms).map(([type, p]) => ({ type, capacities: (p.programs ?? [p]).map((leaf) => leaf.capacity), relations: count.get(type) ?? 0 }));
    });
    expect(fit.some((f) => f.relations > 0)).toBe(true);
    for (const f of fit) expect(f.capacities.every((c) => c === f.relations), JSON.stringify(f)).toBe(true);
    await expect(page.locator(".graph-drawing").count()).resolves.toBe(0);
    expect(await inkRatio(page)).toBeGreaterThan(actorsInk * 2);
    // The picture is the one sigma's own full pass draws (every relation placed anew), pixel for pixel.
    const sliced = await page.locator("#graph").screenshot();
    await page.evaluate(() => window.stancegraph!.renderer.sigma.refresh());
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    expect(await page.evaluate(() => (window as unknown as { passes: number[] }).passes)).toEqual([h.held.length]);
    const full = await page.locator("#graph").screenshot();
    expect(sliced.equals(full)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
  it("processes more actors than the sliced size in steps, without sigma's pass: their picture and picking are those of sigma's own pass", async () => {
    // 21,000 actors (above SLICED_INDEXATION on their own) and few relations.
    const { context, page, errors } = await keptImportPage(generateDataset({ actors: 21_000, relations: 6_000, years: 20, seed: 12 }));
    await page.addInitScript(() => {
      const w = window as unknown as { stancegraphTestHooks: object; passes: number[] };
      w.passes = [];
      w.stancegraphTestHooks = {
        sigmaCreated: (created: unknown) => {
          const s = created as { process: () => unknown; getGraph: () => { size: number }; on: (event: string, f: () => void) => void };
          const process = s.process.bind(s);
          s.process = () => (w.passes.push(s.getGraph().size), process());
        },
      };
    });
    await page.goto(base);
    await drawn(page, 240_000);
    const state = await page.evaluate(() => ({
      passes: (window as unknown as { passes: number[] }).passes,
      order: window.stancegraph!.renderer.sigma.getGraph().order,
      sliced: performance.getEntriesByName("stancegraph: sigma processing (sliced)").length,
    }));
    expect(state.order).toBe(21_000);
    expect(state.sliced).toBe(1);
    // Sigma's own processing pass never ran: the actors were processed in steps (how many tasks
    // they took depends on the machine's speed, SLICE_MS, so it is not asserted).
    expect(state.passes).toEqual([]);
    await expectHeldIsActive(page);
    // Picking: sigma finds each of a few actors at its place on screen (the ids the steps gave).
    const picked = await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma as unknown as {
        getGraph(): { nodes(): string[] };
        getNodeDisplayData(n: string): { x: number; y: number; hidden?: boolean };
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getNodeAtPosition(p: { x: number; y: number }): string | null;
        getDimensions(): { width: number; height: number };
      };
      const { width, height } = s.getDimensions();
      const out: Array<[string, string | null]> = [];
      for (const n of s.getGraph().nodes()) {
        const p = s.framedGraphToViewport(s.getNodeDisplayData(n));
        if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) continue;
        const at = s.getNodeAtPosition(p);
        if (at !== null) out.push([n, at]);
        if (out.length >= 400) break;
      }
      return out;
    });
    expect(picked.length).toBeGreaterThan(100);
    // Nodes overlap at this density: the one found is the one drawn on top there, often the node itself.
    expect(picked.filter(([n, at]) => n === at).length).toBeGreaterThan(picked.length * 0.25);
    const stepped = await page.locator("#graph").screenshot();
    const pickedBefore = picked;
    await page.evaluate(() => window.stancegraph!.renderer.sigma.refresh());
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    expect((await page.evaluate(() => (window as unknown as { passes: number[] }).passes)).length).toBe(1);
    // Sigma's own pass draws the same picture, pixel for pixel, and picks the same actors.
    expect(stepped.equals(await page.locator("#graph").screenshot())).toBe(true);
    const pickedAfter = await page.evaluate((points) => {
      const s = window.stancegraph!.renderer.sigma as unknown as {
        getNodeDisplayData(n: string): { x: number; y: number };
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getNodeAtPosition(p: { x: number; y: number }): string | null;
      };
      return points.map(([n]) => [n, s.getNodeAtPosition(s.framedGraphToViewport(s.getNodeDisplayData(n)))]);
    }, pickedBefore);
    expect(pickedAfter).toEqual(pickedBefore);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
