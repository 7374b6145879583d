/**
 * What the load worker prepares (src/model/prepare.ts) and the sliced model build (modelSteps):
 * a model built from the prepared arrays is the model createModel builds in one go.
 */
import { describe, expect, it } from "vitest";
import { createModel, modelSteps } from "../../src/model/stanceModel.ts";
import { layoutTooSlow, prepareModel } from "../../src/model/prepare.ts";
import { assignLayout, seededPositions } from "../../src/model/layout.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { runToEnd } from "../../src/model/steps.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import { validateDataset } from "../../src/model/validate.ts";
import type { Dataset } from "../../src/model/schema.ts";

const karabakh = (() => {
  const r = validateDataset(DEFAULT_DATASET_JSON);
  if (!r.ok) throw new Error("the default dataset does not validate");
  return r.dataset;
})();

/** The model's graph and the index's answers, as plain data to compare. */
function picture(model: ReturnType<typeof createModel>, dates: string[]) {
  return { graph: model.graph.export(), active: dates.map((d) => model.index.activeAt(d).sort((a, b) => a - b)) };
}

describe("a model from the worker's prepared arrays", () => {
  for (const [name, dataset, dates] of [
    ["the default dataset", karabakh, ["2023-09-18", "2024-04-18", "2021-01-01"]],
    ["a generated dataset of 400 actors", generateDataset({ actors: 400, relations: 4000, years: 10, seed: 3 }), ["2018-01-01", "2020-06-30", "2024-12-31"]],
  ] as Array<[string, Dataset, string[]]>) {
    it(`is the model createModel builds, for ${name}`, () => {
      // structuredClone: the arrays travel through postMessage.
      const prepared = structuredClone(prepareModel(dataset));
      expect(prepared.laidOut).toBe(true);
      // Drawn first at ForceAtlas2's seeded start; the stable layout is run after the first draw.
      expect([...prepared.positions]).toEqual([...seededPositions(dataset.actors.length)]);
      const fromWorker = createModel(dataset, { prepared });
      assignLayout(fromWorker.graph);
      expect(picture(fromWorker, dates)).toEqual(picture(createModel(dataset), dates));
    });
  }

  it("is built in slices, with progress that only grows, up to 1", () => {
    const dataset = generateDataset({ actors: 1000, relations: 10_000, years: 10, seed: 4 });
    const steps = modelSteps(dataset, { prepared: prepareModel(dataset) });
    const seen: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) seen.push(step.value);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(step.value.graph.size).toBe(10_000);
  });

  it("reads at most a slice of the actors and of the relations between two yields (a large load stays in short tasks)", () => {
    const dataset = generateDataset({ actors: 6000, relations: 60_000, years: 10, seed: 5 });
    const prepared = prepareModel(dataset);
    // Counts reads of list items (by index) since the last yield, per list.
    const reads = { actors: 0, relations: 0 };
    const counted = <T,>(list: T[], key: keyof typeof reads): T[] =>
      new Proxy(list, {
        get(target, property, receiver) {
          if (typeof property === "string" && /^\d+$/.test(property)) reads[key]++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    const steps = modelSteps({ ...dataset, actors: counted(dataset.actors, "actors"), relations: counted(dataset.relations, "relations") }, { prepared });
    const most = { actors: 0, relations: 0 };
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      most.actors = Math.max(most.actors, reads.actors);
      most.relations = Math.max(most.relations, reads.relations);
      reads.actors = reads.relations = 0;
    }
    // What was read after the last yield, too.
    most.actors = Math.max(most.actors, reads.actors);
    most.relations = Math.max(most.relations, reads.relations);
    expect(step.value.graph.size).toBe(60_000);
    expect(step.value.relations.size).toBe(60_000);
    // Before: every relation read twice in one slice (the degrees; the map by id), every actor once.
    expect(most.actors).toBeLessThanOrEqual(2000);
    // 20,000 map updates of fresh strings took 25–70 ms: at most 5,000 now.
    expect(most.relations).toBeLessThanOrEqual(5_000);
  });

  it("counts each actor's relations in the worker, so the page builds the same graph reading every relation once fewer", () => {
    const dataset = generateDataset({ actors: 1500, relations: 15_000, years: 10, seed: 9 });
    const prepared = prepareModel(dataset);
    expect([...prepared.degrees!]).toEqual(dataset.actors.map((a) => dataset.relations.filter((r) => r.source === a.id || r.target === a.id).length));
    // Relation reads (by index) while the model is built, with the worker's degrees and without.
    const built = (withDegrees: boolean) => {
      let reads = 0;
      const relations = new Proxy(dataset.relations, {
        get(target, property, receiver) {
          if (typeof property === "string" && /^\d+$/.test(property)) reads++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      const { degrees: _degrees, ...withoutDegrees } = prepared;
      const model = runToEnd(modelSteps({ ...dataset, relations }, { prepared: withDegrees ? prepared : withoutDegrees }));
      return { reads, sizes: model.graph.mapNodes((_, a) => a.size) };
    };
    const counted = built(false);
    const given = built(true);
    expect(given.sizes).toEqual(counted.sizes);
    expect(counted.reads - given.reads).toBe(dataset.relations.length);
  });

  it("skips the layout when it would take longer than the budget, and keeps the seeded positions", () => {
    expect(layoutTooSlow(50_000, 500_000)).toBe(true);
    expect(layoutTooSlow(10_000, 100_000)).toBe(false);
    const dataset = generateDataset({ actors: 5000, relations: 60_000, years: 10, seed: 6 });
    expect(layoutTooSlow(5000, 60_000)).toBe(true);
    const prepared = prepareModel(dataset);
    expect(prepared.laidOut).toBe(false);
    expect([...prepared.positions]).toEqual([...seededPositions(5000)]);
  });
});
