/** The ego view: an actor and its neighbours up to two steps away, in the derived view and in links. */
import { describe, expect, it } from "vitest";
import { visibleRelations, stepVisibleRelations } from "../../src/app/derive.ts";
import { initialState, reduce } from "../../src/app/state.ts";
import { parseView, serializeView, urlContext } from "../../src/app/url.ts";
import { karabakhModel } from "./fixtures.ts";

const model = karabakhModel();
const base = { ...initialState(model), date: "2024-04-18" };

describe("the ego view", () => {
  it("shows France and its one neighbour at depth 1, and their neighbours at depth 2", () => {
    const one = visibleRelations(model, { ...base, ego: { actor: "FRA", depth: 1 } });
    expect([...one.actorsWithRelations].sort()).toEqual(["ARM", "FRA"]);
    expect(one.relations.map((r) => r.id)).toEqual(["FRA-ARM-partnership-2023"]);
    expect(one.hiddenActors.has("RUS")).toBe(true);
    const two = visibleRelations(model, { ...base, ego: { actor: "FRA", depth: 2 } });
    const all = visibleRelations(model, base);
    const armNeighbours = new Set(all.relations.filter((r) => r.source === "ARM" || r.target === "ARM").flatMap((r) => [r.source, r.target]));
    expect([...two.actorsWithRelations].sort()).toEqual([...armNeighbours].sort());
    // Every relation among those actors, not only the ones through Armenia.
    expect(two.relations.length).toBe(all.relations.filter((r) => armNeighbours.has(r.source) && armNeighbours.has(r.target)).length);
  });

  it("is recomputed whole on a date step (the neighbourhood may change)", () => {
    const state = { ...base, ego: { actor: "FRA", depth: 1 as const } };
    expect(stepVisibleRelations(model, visibleRelations(model, state), state, { ...state, date: "2024-04-19" })).toBeNull();
  });

  it("is set and cleared by the reducer, which keeps the state when nothing changes", () => {
    const on = reduce(base, { type: "setEgo", ego: { actor: "ARM", depth: 2 } });
    expect(on.ego).toEqual({ actor: "ARM", depth: 2 });
    expect(reduce(on, { type: "setEgo", ego: { actor: "ARM", depth: 2 } })).toBe(on);
    expect(reduce(on, { type: "setEgo", ego: null }).ego).toBeNull();
  });

  it("travels in links, and a bad one falls back to the whole graph with a notice", () => {
    const ctx = urlContext(model, base);
    const state = { ...base, ego: { actor: "ARM", depth: 1 as const } };
    const fragment = serializeView(state, ctx);
    expect(fragment).toContain("ego=ARM,1");
    expect(parseView(fragment, ctx).state.ego).toEqual({ actor: "ARM", depth: 1 });
    for (const bad of ["ego=XYZ,1", "ego=ARM,3", "ego=ARM", "ego=ARM,1,2"]) {
      const parsed = parseView(bad, ctx);
      expect(parsed.state.ego).toBeNull();
      expect(parsed.notices.join(" ")).toMatch(/Neighbourhood/);
    }
  });
});
