/**
 * The display graph (src/view/displayGraph.ts) follows the derived view incrementally: after date
 * steps, jumps, compare mode, fades that end and edits of the model, it holds exactly the relations
 * in view (plus those still fading), with the model's ids, ends and attribute objects, and every actor.
 */
import { describe, expect, it } from "vitest";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView, type Derived } from "../../src/app/derivedView.ts";
import { createDisplayGraph, type DisplayGraph } from "../../src/view/displayGraph.ts";
import { apply } from "../../src/model/edit/apply.ts";
import { updateModel } from "../../src/model/edit/updateModel.ts";
import type { Command } from "../../src/model/edit/commands.ts";
import type { StanceModel } from "../../src/model/stanceModel.ts";
import { karabakhModel } from "./fixtures.ts";

function setup(date: string) {
  const model = karabakhModel();
  const store = createStore<ViewState, Action>({ ...initialState(model), date }, reduce);
  const view = createDerivedView(model, store, (e) => {
    throw e;
  });
  const fading = new Set<string>();
  const display = createDisplayGraph(model.graph, (id) => view.get().visible.ids.has(id) || fading.has(id));
  // What the renderer does (renderer.ts): the view's change named, model edits followed.
  view.select(["visible"], (next: Derived, prev: Derived) => {
    const named = next.change ? [...next.change.entered, ...next.change.left] : [];
    if (next.modelRevision !== prev.modelRevision) display.followModel(named);
    else display.reconcile(named);
  });
  view.select(["modelRevision"], () => void display.followModel());
  for (const _ of display.fill(view.get().visible.ids, 3));
  const edit = (command: Command) => {
    const applied = apply(model.dataset, command);
    updateModel(model, applied);
    view.modelChanged();
  };
  return { model, store, view, display, fading, edit };
}

/** The display graph holds exactly `expected` relations, as the model has them, and every actor. */
function expectHolds(display: DisplayGraph, model: StanceModel, expected: Iterable<string>) {
  const g = display.graph;
  expect(g.edges().sort()).toEqual([...expected].sort());
  expect(g.nodes().sort()).toEqual(model.graph.nodes().sort());
  g.forEachEdge((id, attrs, source, target) => {
    expect([source, target]).toEqual(model.graph.extremities(id));
    expect(g.isDirected(id)).toBe(model.graph.isDirected(id));
    // The same object, so attributes written in place on the model are what sigma reads.
    expect(attrs).toBe(model.graph.getEdgeAttributes(id));
  });
  g.forEachNode((id, attrs) => expect(attrs).toBe(model.graph.getNodeAttributes(id)));
}

const activeAt = (model: StanceModel, date: string) => new Set(model.index.activeAt(date).map((i) => model.dataset.relations[i]!.id));

describe("display graph", () => {
  it("holds the relations active at the date, through steps and jumps, and fewer than all of time", () => {
    const { model, store, view, display } = setup("1995-01-01");
    expect(display.graph.size).toBeLessThan(model.graph.size);
    expectHolds(display, model, activeAt(model, "1995-01-01"));
    for (const date of ["1995-01-02", "1996-06-01", "2008-08-08", "2020-09-27", "2020-09-28", "2023-09-18", "2023-09-19", "1992-01-01", "2024-01-01"]) {
      store.dispatch({ type: "setDate", date });
      expect(view.get().date).toBe(date);
      expectHolds(display, model, activeAt(model, date));
    }
  });

  it("holds both compare dates' relations, and the type filter's choice", () => {
    const { model, store, view, display } = setup("2023-09-18");
    store.dispatch({ type: "setCompare", compare: { a: "2008-01-01", b: "2023-09-19" } });
    const both = new Set([...activeAt(model, "2008-01-01"), ...activeAt(model, "2023-09-19")]);
    expect(new Set(view.get().visible.ids)).toEqual(both);
    expectHolds(display, model, both);
    store.dispatch({ type: "setCompare", compare: null });
    const type = model.dataset.relationTypes[0]!.id;
    store.dispatch({ type: "toggleType", id: type });
    expectHolds(display, model, view.get().visible.ids);
    expect([...display.graph.edges()].some((id) => model.graph.getEdgeAttribute(id, "relationType") === type)).toBe(false);
  });

  it("keeps a relation that left while it fades out, and drops it when its fade ends", () => {
    const { model, store, view, display, fading } = setup("2023-09-18");
    const before = new Set(view.get().visible.ids);
    const later = "2024-01-01";
    store.dispatch({ type: "setDate", date: later });
    const left = [...before].filter((id) => !view.get().visible.ids.has(id));
    expect(left.length).toBeGreaterThan(0);
    // Without a fade, what left is gone at once.
    expectHolds(display, model, view.get().visible.ids);
    // With one: back a day (the relations come back), then forward again while they fade.
    store.dispatch({ type: "setDate", date: "2023-09-18" });
    for (const id of left) fading.add(id);
    store.dispatch({ type: "setDate", date: later });
    expectHolds(display, model, [...view.get().visible.ids, ...left]);
    fading.clear();
    display.reconcile(left);
    expectHolds(display, model, view.get().visible.ids);
  });

  it("follows edits of the model: a relation added, re-pointed, re-dated and removed, an actor added and removed", () => {
    const { model, view, display, edit } = setup("2023-09-18");
    const shown = [...view.get().visible.ids][0]!;
    const relation = model.relations.get(shown)!;
    const actors = model.dataset.actors.map((a) => a.id).filter((a) => a !== relation.source && a !== relation.target);
    // Re-pointed: the same id, other ends.
    edit({ kind: "updateRelation", id: shown, changes: { target: actors[0]! } });
    expect(display.graph.target(shown)).toBe(actors[0]);
    expectHolds(display, model, activeAt(model, "2023-09-18"));
    // Re-dated out of the date, then back.
    edit({ kind: "updateRelation", id: shown, changes: { from: "2024-01-01", to: null } });
    expect(display.graph.hasEdge(shown)).toBe(false);
    expectHolds(display, model, activeAt(model, "2023-09-18"));
    edit({ kind: "updateRelation", id: shown, changes: { from: relation.from, to: relation.to } });
    expect(display.graph.hasEdge(shown)).toBe(true);
    // A new actor with a new relation.
    edit({ kind: "addActor", actor: { id: "NEW", label: "Newcomer", kind: "state" } });
    expect(display.graph.hasNode("NEW")).toBe(true);
    edit({ kind: "addRelation", relation: { ...relation, id: "NEW-rel", source: "NEW", target: relation.source } });
    expect(display.graph.hasEdge("NEW-rel")).toBe(true);
    expectHolds(display, model, activeAt(model, "2023-09-18"));
    // Removed again.
    edit({ kind: "removeRelation", id: "NEW-rel" });
    edit({ kind: "removeActor", id: "NEW" });
    expect(display.graph.hasNode("NEW")).toBe(false);
    expectHolds(display, model, activeAt(model, "2023-09-18"));
    display.destroy();
  });
});
