/**
 * A timeline step computed incrementally (stepVisibleRelations, from IntervalIndex.changesBetween)
 * gives exactly what visibleRelations computes from scratch, with filters on, in either direction,
 * over many steps in a row; and it steps aside for compare mode and filter changes.
 */
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/model/generate.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { addDays } from "../../src/model/dates.ts";
import { mulberry32 } from "../../src/model/random.ts";
import { degreesOf, rememberDegrees, stepVisibleRelations, visibleRelations, visibleRelationsSteps, type VisibleRelations } from "../../src/app/derive.ts";
import type { StanceModel } from "../../src/model/stanceModel.ts";
import { VersionedSet } from "../../src/app/versioned.ts";

const model = createModel(generateDataset({ actors: 80, relations: 800, years: 10, seed: 3 }), { layout: false });
const kinds = [...new Set(model.dataset.actors.map((a) => a.kind))];
const types = model.dataset.relationTypes.map((t) => t.id);

/** The parts of a visible set that define it, in comparable form. */
function summary(v: VisibleRelations) {
  return {
    ids: [...v.ids].sort(),
    relations: v.relations.map((r) => r.id),
    countByType: Object.fromEntries([...v.countByType].sort()),
    actorsWithRelations: [...v.actorsWithRelations].sort(),
    hiddenActors: [...v.hiddenActors].sort(),
    status: v.status,
    diff: v.diff,
  };
}

describe("an incremental date step", () => {
  it.each([
    ["no filters", [], []],
    ["a hidden type and a hidden kind", [types[0]!], [kinds[0]!]],
  ])("equals the full recount over 200 random steps (%s)", (_name, hiddenTypes, hiddenKinds) => {
    const rng = mulberry32(7);
    const span = model.span;
    let state = { date: span.from, compare: null, hiddenTypes, hiddenKinds };
    let visible = visibleRelations(model, state);
    let entered = 0;
    for (let i = 0; i < 200; i++) {
      // Mostly small steps (playback, dragging), sometimes a long jump back or forth.
      const days = rng() < 0.8 ? Math.floor(rng() * 40) - 10 : Math.floor((rng() - 0.5) * 3000);
      const next = { ...state, date: addDays(state.date, days) };
      const step = stepVisibleRelations(model, visible, state, next);
      expect(step).not.toBeNull();
      const full = visibleRelations(model, next);
      expect(summary(step!.visible)).toEqual(summary(full));
      expect([...step!.entered].sort()).toEqual([...full.ids].filter((id) => !visible.ids.has(id)).sort());
      expect([...step!.left].sort()).toEqual([...visible.ids].filter((id) => !full.ids.has(id)).sort());
      entered += step!.entered.length;
      visible = step!.visible;
      state = next;
    }
    expect(entered).toBeGreaterThan(50);
  });

  it("leaves compare mode and filter changes to the full recount", () => {
    const state = { date: "2020-01-01", compare: null, hiddenTypes: [] as string[], hiddenKinds: [] as string[] };
    const visible = visibleRelations(model, state);
    expect(stepVisibleRelations(model, visible, state, { ...state, compare: { a: "2019-01-01", b: "2020-01-01" } })).toBeNull();
    expect(stepVisibleRelations(model, visible, state, { ...state, hiddenTypes: [types[0]!] })).toBeNull();
    expect(stepVisibleRelations(model, visible, state, { ...state, hiddenKinds: [kinds[0]!] })).toBeNull();
  });

  it("reads only the relations that enter or leave, from a set computed from scratch (no map of every relation's position)", () => {
    // Every read of a relation by its position in the dataset is counted.
    let reads = 0;
    const relations = new Proxy(model.dataset.relations as object[], {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const counted = { ...model, dataset: { ...model.dataset, relations } } as unknown as StanceModel;
    const state = { date: "2015-06-01", compare: null, hiddenTypes: [] as string[], hiddenKinds: [] as string[] };
    const visible = visibleRelations(counted, state);
    reads = 0;
    const step = stepVisibleRelations(counted, visible, state, { ...state, date: addDays(state.date, 30) })!;
    expect(step.entered.length + step.left.length).toBeGreaterThan(0);
    // Each relation that changes is read once to classify it and an entering one once more to place it.
    expect(reads).toBeLessThanOrEqual(2 * (step.entered.length + step.left.length));
    expect(model.dataset.relations.length).toBeGreaterThan(20 * (step.entered.length + step.left.length));
  });

  it("keeps each actor's drawn degree with a set computed from scratch, so the label ranking reads no relation again", () => {
    const visible = visibleRelations(model, { date: "2015-06-01", compare: null, hiddenTypes: [types[1]!], hiddenKinds: [] });
    const recount = new Map<string, number>();
    for (const r of visible.relations) for (const a of [r.source, r.target]) recount.set(a, (recount.get(a) ?? 0) + 1);
    let reads = 0;
    const kept = visible.relations;
    Object.defineProperty(visible, "relations", {
      get: () => {
        reads++;
        return kept;
      },
    });
    expect(new Map(degreesOf(visible))).toEqual(recount);
    expect(reads).toBe(0);
  });

  it("copies nothing of the set before: no pass over its ids, its actors or its relations", () => {
    class CountingSet extends Set<string> {
      passes = 0;
      override [Symbol.iterator](): SetIterator<string> {
        this.passes++;
        return super[Symbol.iterator]();
      }
      override values(): SetIterator<string> {
        this.passes++;
        return super.values();
      }
      override forEach(...args: Parameters<Set<string>["forEach"]>): void {
        this.passes++;
        super.forEach(...args);
      }
    }
    const state = { date: "2015-06-01", compare: null, hiddenTypes: [] as string[], hiddenKinds: [] as string[] };
    const fresh = visibleRelations(model, state);
    const ids = new CountingSet(fresh.ids);
    const actors = new CountingSet(fresh.actorsWithRelations);
    let relationReads = 0;
    // As a set computed from scratch holds them: the first versions of the sets a step changes in place.
    const before = Object.defineProperty({ ...fresh, ids: VersionedSet.adopt(ids), actorsWithRelations: VersionedSet.adopt(actors) }, "relations", {
      get: () => {
        relationReads++;
        return fresh.relations;
      },
    }) as VisibleRelations;
    rememberDegrees(before, degreesOf(fresh));
    let state2 = state;
    let visible = before;
    const during = { ids: 0, actors: 0, relations: 0 };
    for (let i = 0; i < 5; i++) {
      const next = { ...state2, date: addDays(state2.date, 20) };
      const at = { ids: ids.passes, actors: actors.passes, relations: relationReads };
      const step = stepVisibleRelations(model, visible, state2, next)!;
      during.ids += ids.passes - at.ids;
      during.actors += actors.passes - at.actors;
      during.relations += relationReads - at.relations;
      // (Reading a later set may walk the first one, its base: that is the reader's cost, not the step's.)
      expect(summary(step.visible)).toEqual(summary(visibleRelations(model, next)));
      visible = step.visible;
      state2 = next;
    }
    expect(during).toEqual({ ids: 0, actors: 0, relations: 0 });
  });
});

describe("the first visible set in slices (a large start-up)", () => {
  it("reads at most a slice of relations between two yields, and is the visible set", () => {
    const big = createModel(generateDataset({ actors: 3000, relations: 90_000, years: 10, seed: 9 }), { layout: false });
    const state = { date: big.span.to, compare: null, hiddenTypes: [types[0]!], hiddenKinds: [], ego: null };
    let reads = 0;
    const relations = new Proxy(big.dataset.relations, {
      get(target, property, receiver) {
        if (typeof property === "string" && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const counted: StanceModel = { ...big, dataset: { ...big.dataset, relations } };
    const steps = visibleRelationsSteps(counted, state);
    let most = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      most = Math.max(most, reads);
      reads = 0;
    }
    most = Math.max(most, reads);
    const whole = visibleRelations(big, state);
    expect(whole.ids.size).toBeGreaterThan(20_000);
    expect(summary(step.value)).toEqual(summary(whole));
    expect(degreesOf(step.value)).toEqual(degreesOf(whole));
    // Before: every relation in scope read in one go (its list), then again in one loop.
    expect(most).toBeLessThanOrEqual(20_000);
  });
});
