/**
 * The renderer's reducers as pure functions, without WebGL: what each actor and relation looks like
 * for a given derived view — hidden, faded, lit, lifted, ringed, drawn straight or curved.
 */
import { describe, expect, it } from "vitest";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView } from "../../src/app/derivedView.ts";
import { densityOpacity, edgeAppearance, edgeProgram, nodeAppearance, nodeScale, nodeSizing, RING_PX, type AppearanceContext } from "../../src/app/appearance.ts";
import { drawnSizeAtMost, mayBeLit } from "../../src/view/labelable.ts";
import { FADED_EDGE, FADED_NODE, kindColor } from "../../src/style/palette.ts";
import { parallelCurvature } from "../../src/style/edgeGeometry.ts";
import { HOVER_FADES_UP_TO } from "../../src/app/derive.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { karabakhModel } from "./fixtures.ts";

function context(model: StanceModel, state: Partial<ViewState> = {}, fades = new Map<string, number>()) {
  const store = createStore<ViewState, Action>({ ...initialState(model), ...state }, reduce);
  const view = createDerivedView(model, store);
  const ctx: AppearanceContext = {
    model,
    get view() {
      return view.get();
    },
    size: nodeSizing(model.graph.order),
    position: (id) => ({ x: id.length, y: 2 * id.length }),
    fade: (id) => fades.get(id) ?? null,
    edgeLabels: true,
  };
  const node = (id: string) => nodeAppearance(id, model.graph.getNodeAttributes(id), ctx);
  const edge = (id: string) => edgeAppearance(id, model.graph.getEdgeAttributes(id), ctx);
  return { store, view, node, edge };
}

describe("edges", () => {
  const model = karabakhModel();

  it("draws the relations of the date in their type's colour, and hides the rest", () => {
    const { edge } = context(model, { date: "2024-04-18" });
    expect(edge("RUS-ARM-estrangement-2023")).toMatchObject({ color: model.relationTypes.get("estrangement")!.color, label: "estrangement" });
    expect(edge("RUS-ARM-alliance-1992").hidden).toBe(true);
  });

  it("draws the middle one of three parallel relations straight, the others curved apart", () => {
    const { edge } = context(model, { date: "2024-04-18" });
    // Russia → Armenia: alliance, estrangement, mediation, all in one direction.
    expect(edge("RUS-ARM-estrangement-2023")).toMatchObject({ type: "straight", curvature: 0 });
    expect(edge("RUS-ARM-mediation-2020")).toMatchObject({ type: "curvedArrow" });
    expect(edge("RUS-ARM-mediation-2020").curvature).toBeGreaterThan(0);
    // Hidden, it keeps its program, so a partial repaint can show it in place later.
    expect(edge("RUS-ARM-alliance-1992")).toEqual({ hidden: true, type: "curved" });
    expect(edgeProgram(false, 0)).toBe("straight");
    expect(edgeProgram(true, 0)).toBe("straightArrow");
    expect(parallelCurvature(null, null)).toBeGreaterThan(0);
  });

  it("gives a drawn relation every field sigma would complete, so none is added to it afterwards", () => {
    // sigma's defaults (reduceInPlace.ts, as sigma's applyEdgeDefaults) add what a reducer left
    // out; a field added after the literal moves the object's fields into a second object, one
    // per relation drawn (255,000 at 50k actors).
    const { edge } = context(model, { date: "2024-04-18" });
    const drawn = model.dataset.relations.map((r) => edge(r.id)).filter((look) => !look.hidden);
    expect(drawn.length).toBeGreaterThan(5);
    for (const look of drawn) for (const field of ["color", "label", "size", "hidden", "forceLabel", "type", "zIndex"]) expect(Object.hasOwn(look, field), field).toBe(true);
  });

  it("fades a relation that enters or leaves, by its fade's alpha", () => {
    const fades = new Map([["RUS-ARM-alliance-1992", 0.5]]);
    const { edge } = context(model, { date: "2024-04-18" }, fades);
    const fading = edge("RUS-ARM-alliance-1992");
    expect(fading.hidden).toBe(false);
    expect(fading.color).not.toBe(model.relationTypes.get("alliance")!.color);
  });

  it("marks compare status in the label and the thickness", () => {
    const { edge } = context(model, { compare: { a: "2023-09-18", b: "2024-04-18" } });
    const added = edge("RUS-ARM-estrangement-2023");
    const removed = edge("RUS-ARM-alliance-1992");
    expect(added.label).toBe("+ estrangement");
    expect(removed.label).toBe("− alliance");
    expect(added.size!).toBeGreaterThan(removed.size!);
  });

  it("fades everything outside a selected relation and thickens it", () => {
    const { edge, store } = context(model, { date: "2024-04-18" });
    const before = edge("RUS-ARM-estrangement-2023").size!;
    store.dispatch({ type: "select", selection: { kind: "relation", id: "RUS-ARM-estrangement-2023" } });
    expect(edge("RUS-ARM-estrangement-2023").size).toBeCloseTo(before * 1.8);
    expect(edge("RUS-ARM-mediation-2020")).toMatchObject({ color: FADED_EDGE, label: "", zIndex: 0 });
  });

  it("draws lit relations with the programs sigma draws last, so they lie above every other relation", () => {
    const { edge, store } = context(model, { date: "2024-04-18" });
    // Nothing lit: the base programs.
    expect(edge("RUS-ARM-estrangement-2023").type).toBe("straight");
    expect(edge("RUS-ARM-mediation-2020").type).toBe("curvedArrow");
    store.dispatch({ type: "select", selection: { kind: "actor", id: "ARM" } });
    // Armenia's relations, whatever their program, go to its lit copy; the faded rest stays.
    expect(edge("RUS-ARM-estrangement-2023").type).toBe("straightLit");
    expect(edge("RUS-ARM-mediation-2020").type).toBe("curvedArrowLit");
    expect(edge("RUS-AZE-alliance-2022").type).toBe("curved");
    store.dispatch({ type: "select", selection: { kind: "relation", id: "RUS-AZE-alliance-2022" } });
    expect(edge("RUS-AZE-alliance-2022").type).toMatch(/Lit$/);
    expect(edge("RUS-ARM-estrangement-2023").type).toBe("straight");
  });
});

describe("nodes", () => {
  const model = karabakhModel();

  it("takes its position from the view's layout layer, not the model", () => {
    const { node } = context(model);
    expect(node("RUS")).toMatchObject({ x: 3, y: 6 });
  });

  it("gives every actor, in every state, every field sigma would complete, in one object of one shape", () => {
    // sigma keeps the object for the actor (reduceInPlace.ts completes what a reducer left out, as
    // sigma's applyNodeDefaults); a field added after the literal moves its fields to a second object.
    const fields = ["label", "x", "y", "size", "color", "hidden", "highlighted", "forceLabel", "labelFirst", "type", "borderColor", "borderSize", "zIndex"];
    const states: Partial<ViewState>[] = [
      { date: "2023-09-18", hiddenKinds: ["court"] },
      { date: "2024-04-18", blocs: true },
      { date: "2024-04-18", hovered: "ARM" },
      { date: "2024-04-18", selection: { kind: "actor", id: "RUS" } },
    ];
    const seen = new Set<string>();
    for (const state of states) {
      const { node } = context(model, state);
      for (const actor of model.dataset.actors) {
        const look = node(actor.id);
        expect(Object.keys(look), `${actor.id} in ${JSON.stringify(state)}`).toEqual(fields);
        seen.add(look.hidden ? "hidden" : look.color === FADED_NODE ? "pale" : look.type === "bordered" ? "ringed" : "drawn");
      }
    }
    expect([...seen].sort()).toEqual(["drawn", "hidden", "pale", "ringed"]);
  });

  it("hides an actor of a hidden kind, and pales one with no relation in view", () => {
    const { node } = context(model, { date: "2023-09-18", hiddenKinds: ["court"] });
    expect(node("ICC").hidden).toBe(true);
    // France has no relation before 2023-10-23.
    expect(node("FRA")).toMatchObject({ color: FADED_NODE, zIndex: 0 });
    expect(node("ARM").color).toBe(kindColor("state"));
  });

  it("fades the rest on hover in a small graph", () => {
    const { node, store } = context(model, { date: "2024-04-18" });
    store.dispatch({ type: "hover", id: "FRA" });
    expect(node("ARM").color).toBe(kindColor("state"));
    expect(node("AZE")).toMatchObject({ color: FADED_NODE, label: "" });
  });

  it("lifts the hovered neighbourhood in a large graph instead of fading everything else", () => {
    const big = createModel(generateDataset({ actors: HOVER_FADES_UP_TO + 50, relations: 3000, years: 5, seed: 2 }), { layout: false });
    const { node, edge, store, view } = context(big);
    const hub = [...view.get().visible.actorsWithRelations][0]!;
    store.dispatch({ type: "hover", id: hub });
    const focus = view.get().focus!;
    expect(focus.fadeRest).toBe(false);
    const outside = big.dataset.actors.find((a) => !focus.actors.has(a.id) && view.get().visible.actorsWithRelations.has(a.id))!.id;
    expect(node(outside).color).not.toBe(FADED_NODE);
    expect(node(hub)).toMatchObject({ zIndex: 2, labelFirst: true, highlighted: true });
    // Its neighbours are named first where there is room, not forced over one another.
    const neighbour = [...focus.actors].find((a) => a !== hub)!;
    expect(node(neighbour)).toMatchObject({ zIndex: 2, labelFirst: true, forceLabel: false });
    const lit = [...focus.relations][0]!;
    expect(edge(lit).zIndex).toBe(2);
  });

  it("names both actors of a selected relation, whatever competes for their labels' places", () => {
    const { node, store } = context(model, { date: "2024-04-18" });
    expect(node("RUS").forceLabel).toBe(false);
    store.dispatch({ type: "select", selection: { kind: "relation", id: "RUS-ARM-estrangement-2023" } });
    expect(node("RUS").forceLabel).toBe(true);
    expect(node("ARM").forceLabel).toBe(true);
    expect(node("AZE").forceLabel).not.toBe(true);
  });

  it("rings an actor in its bloc's colour with the bloc number in its label", () => {
    const { node } = context(model, { date: "2024-04-18", blocs: true });
    const ringed = node("ARM");
    expect(ringed.type).toBe("bordered");
    expect(ringed.label).toMatch(/^Armenia \(bloc \d\)$/);
  });

  it("makes relations translucent as they grow numerous, never below a tenth", () => {
    expect(densityOpacity(17)).toBe(1);
    expect(densityOpacity(400)).toBe(1);
    expect(densityOpacity(1600)).toBeCloseTo(0.5);
    expect(densityOpacity(1_000_000)).toBe(0.1);
  });

  it("changes relations' opacity in steps (a fourth of an octave), so that a date step seldom changes it for all of them", () => {
    const seen = new Set<number>();
    let last = 1;
    for (let shown = 1; shown <= 100_000; shown = Math.ceil(shown * 1.01)) {
      const o = densityOpacity(shown);
      // On the grid 2^(-k/4), or the floor; never rising as more are shown.
      if (o > 0.1) expect(Math.abs(4 * Math.log2(o) - Math.round(4 * Math.log2(o)))).toBeLessThan(1e-9);
      expect(o).toBeLessThanOrEqual(last);
      last = o;
      seen.add(o);
    }
    // From 1 to the floor in 14 steps, not a value per count.
    expect(seen.size).toBeLessThanOrEqual(15);
    // A few more relations on a date step: the same opacity.
    expect(densityOpacity(1000)).toBe(densityOpacity(1100));
    expect(densityOpacity(3000)).toBe(densityOpacity(3300));
  });

  it("never draws an actor larger than drawnSizeAtMost, nor lights one mayBeLit leaves out (the label layer reads by these)", () => {
    const big = createModel(generateDataset({ actors: HOVER_FADES_UP_TO + 50, relations: 3000, years: 5, seed: 3 }), { layout: false });
    const small = karabakhModel();
    let lit = 0;
    let ringed = 0;
    for (const [m, blocs] of [[big, true], [big, false], [small, true]] as const) {
      const { node, store, view } = context(m, { blocs });
      const actors = m.dataset.actors.map((a) => a.id);
      const hub = [...view.get().visible.actorsWithRelations][0]!;
      const relation = [...view.get().visible.ids][0]!;
      const states: Action[] = [
        { type: "hover", id: hub },
        { type: "hover", id: actors[actors.length - 1]! },
        { type: "select", selection: { kind: "actor", id: actors[1]! } },
        { type: "select", selection: { kind: "relation", id: relation } },
      ];
      for (const action of [null, ...states]) {
        if (action) store.dispatch(action);
        const may = mayBeLit(m, view.get());
        for (const id of actors) {
          const look = node(id);
          expect(look.size!).toBeLessThanOrEqual(drawnSizeAtMost(nodeSizing(m.graph.order)(m.graph.getNodeAttribute(id, "size")), view.get(), RING_PX));
          if (look.type === "bordered") ringed++;
          if (look.forceLabel || look.highlighted || look.labelFirst) {
            lit++;
            expect(may.has(id), `${id} is lit but not in mayBeLit`).toBe(true);
          }
        }
      }
    }
    // The cases above did light actors and draw rings (the bounds were tested, not passed by default).
    expect(lit).toBeGreaterThan(20);
    expect(ringed).toBeGreaterThan(0);
  });

  it("keeps node sizes in small graphs and caps them in large ones", () => {
    expect(nodeSizing(10)(40)).toBe(40);
    expect(nodeSizing(10_000)(400)).toBe(14);
    expect(nodeSizing(10_000)(1)).toBe(1.5);
  });

  it("scales large graphs' nodes in steps of a fourth of an octave of actors, down to a floor", () => {
    expect(nodeScale(300)).toBe(1);
    // One step: the same scale for every number of actors in it, so one more actor draws nothing again.
    const steps = new Set<number>();
    for (let n = 301; n <= 20_000; n++) steps.add(nodeScale(n));
    // 300 → ~14,700 actors is 5.6 octaves: the step at 300, 22 more above the floor, then the floor.
    expect(steps.size).toBe(24);
    expect(nodeScale(1_200)).toBeCloseTo(0.35 / 2, 10);
    expect(nodeScale(1_250)).toBe(nodeScale(1_200));
    expect(nodeScale(1_500)).toBeLessThan(nodeScale(1_200));
    expect(nodeScale(50_000)).toBe(0.05);
    expect(nodeScale(15_000)).toBe(0.05);
    // Falling with the number of actors; from 1,200 actors on, each step ~9% (2^(1/8)).
    const sorted = [...steps].sort((a, b) => b - a);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!).toBeLessThan(sorted[i - 1]!);
    for (let i = 9; i < sorted.length - 1; i++) expect(sorted[i - 1]! / sorted[i]!).toBeCloseTo(2 ** (1 / 8), 6);
    expect(nodeSizing(1_250)(20)).toBe(20 * nodeScale(1_200));
  });

  it("goes from the small graph's sizes to the large graph's over 300 → 1,200 actors, never a third at once", () => {
    // The 301st actor changes no size: it used to scale every actor by 0.35 and cap it at 14 px.
    for (const size of [6, 9, 36, 101]) expect(nodeSizing(301)(size)).toBe(nodeSizing(300)(size));
    // Each step of the way, a model size from an actor of no relation to a hub of ~4,000 relations
    // (size 200: a disc 200 px in radius at 300 actors) is drawn at most a third smaller than at the step
    // before (the cap halves every two steps), and never larger.
    const modelSizes = [6, 7, 9, 12, 18, 36, 60, 101, 150, 200];
    let before = nodeSizing(300);
    let largest = 1;
    for (let k = 1; k <= 12; k++) {
      const n = Math.ceil(300 * 2 ** (k / 4));
      const now = nodeSizing(n);
      for (const size of modelSizes) {
        const shrink = before(size) / now(size);
        expect(shrink, `size ${size} at ${n} actors`).toBeGreaterThanOrEqual(1 - 0.07);
        expect(shrink, `size ${size} at ${n} actors`).toBeLessThanOrEqual(1.45);
        largest = Math.max(largest, shrink);
      }
      before = now;
    }
    // The way does shrink them (an actor of degree 100 from 36 px to the large graph's 6.3).
    expect(largest).toBeGreaterThan(1.25);
    expect(nodeSizing(300)(36) / nodeSizing(1_200)(36)).toBeGreaterThan(5);
    // Half way (600 actors): half the octaves, the scale the curve's square root.
    expect(nodeScale(600)).toBeCloseTo(Math.sqrt(0.35 * 2 ** -0.5), 10);
  });
});
