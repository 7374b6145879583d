/**
 * The derived view after an edit follows what the edit touched (src/app/deriveEdit.ts): after any
 * sequence of edits, undos and redos it equals the view computed from scratch, and a one-relation
 * edit neither asks the interval index for the whole date nor recomputes a focus or rings it did
 * not touch.
 */
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { EditSession } from "../../src/model/edit/session.ts";
import { plan } from "../../src/model/edit/apply.ts";
import { addDays } from "../../src/model/dates.ts";
import { afterModelChange, initialDerived, nextDerived, type Derived } from "../../src/app/derivedView.ts";
import { degreesOf } from "../../src/app/derive.ts";
import { initialState, type ViewState } from "../../src/app/state.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetArb } from "./arbitraries.ts";
import { freshIds, randomCommand, seeded, type Random } from "./edit-arbitraries.ts";

/** What the screen reads of a derived view, as plain data (records compared by content and by identity with the model's). */
function shape(model: StanceModel, d: Derived) {
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  const v = d.visible;
  return {
    ids: sorted(v.ids),
    relations: v.relations.map((r) => r.id),
    current: v.relations.every((r) => model.relations.get(r.id) === r),
    countByType: [...v.countByType].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1)),
    hiddenActors: sorted(v.hiddenActors),
    actorsWithRelations: sorted(v.actorsWithRelations),
    degrees: [...degreesOf(v)].sort(([a], [b]) => (a < b ? -1 : 1)),
    status: v.status ? [...v.status].sort(([a], [b]) => (a < b ? -1 : 1)) : null,
    focus: d.focus ? { actors: sorted(d.focus.actors), relations: sorted(d.focus.relations), fadeRest: d.focus.fadeRest } : null,
    rings: d.rings ? { date: d.rings.date, partition: d.rings.partition } : null,
  };
}

/** A random view state over a dataset: a date, maybe filters, a focus, rings, compare or ego. */
function randomState(d: Dataset, model: StanceModel, rnd: Random): ViewState {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const date = addDays("2015-01-01", Math.floor(rnd() * 4000));
  const actor = pick(d.actors)?.id;
  const relation = pick(d.relations)?.id;
  const roll = rnd();
  const selection = roll < 0.25 && actor ? ({ kind: "actor", id: actor } as const) : roll < 0.5 && relation ? ({ kind: "relation", id: relation } as const) : roll < 0.6 && d.actors.length > 1 ? ({ kind: "pair", a: d.actors[0]!.id, b: d.actors[1]!.id } as const) : null;
  return {
    ...initialState(model),
    date,
    hiddenTypes: rnd() < 0.3 && d.relationTypes.length > 0 ? [d.relationTypes[0]!.id] : [],
    hiddenKinds: rnd() < 0.3 ? [pick(["state", "organization", "person", "court"])!] : [],
    selection,
    hovered: rnd() < 0.15 && actor ? actor : null,
    highlightActors: rnd() < 0.15 ? d.actors.slice(0, 3).map((a) => a.id) : [],
    blocs: rnd() < 0.3,
    compare: rnd() < 0.1 ? { a: date, b: addDays(date, 400) } : null,
    ego: rnd() < 0.1 && actor ? { actor, depth: 1 } : null,
  };
}

describe("the derived view after an edit", () => {
  it("equals the view computed from scratch after random edits, undos and redos, and a date step after them", () => {
    fc.assert(
      fc.property(datasetArb({ maxActors: 7, maxRelations: 14 }), fc.nat(), (start, seed) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        const model = createModel(start, { layout: false });
        const session = new EditSession(start, { model, now: () => "2026-01-01T00:00:00Z" });
        const state = randomState(start, model, rnd);
        let view = initialDerived(model, state);
        for (let k = 0; k < 12; k++) {
          const roll = rnd();
          const out = roll < 0.2 ? session.undo() : roll < 0.3 ? session.redo() : session.perform(plan(session.dataset, randomCommand(session.dataset, rnd, fresh)).command);
          if (!out.ok) continue;
          const before = view;
          view = afterModelChange(model, view, out.change);
          if (view.visible !== before.visible) {
            const sorted = (xs: Iterable<string>) => [...xs].sort();
            expect(sorted(view.change!.entered)).toEqual(sorted([...view.visible.ids].filter((id) => !before.visible.ids.has(id))));
            expect(sorted(view.change!.left)).toEqual(sorted([...before.visible.ids].filter((id) => !view.visible.ids.has(id) && model.relations.has(id))));
          }
          expect(view.modelRevision).toBe(model.revision);
          expect(shape(model, view)).toEqual(shape(model, initialDerived(model, state)));
        }
        // The visible set an edit made is the base of the next date step (its carried degrees too).
        const next = { ...state, date: addDays(state.date, 200) };
        expect(shape(model, nextDerived(model, view, next, state))).toEqual(shape(model, initialDerived(model, next)));
      }),
      { numRuns: 150 },
    );
  });

  it("follows a one-relation edit without asking the interval index for the whole date, and keeps an untouched focus and rings", () => {
    const dataset = generateDataset({ actors: 60, relations: 400, years: 30, seed: 3 });
    const model = createModel(dataset, { layout: false });
    const session = new EditSession(dataset, { model });
    const base = initialDerived(model, initialState(model));
    const target = base.visible.relations[Math.floor(base.visible.relations.length / 2)]!;
    // An actor far from the edited relation is selected; the rings are on.
    const far = dataset.actors.find((a) => ![target.source, target.target].includes(a.id) && !dataset.relations.some((r) => r.id !== target.id && [r.source, r.target].includes(a.id) && [r.source, r.target].some((x) => x === target.source || x === target.target)))!;
    const state: ViewState = { ...initialState(model), selection: { kind: "actor", id: far.id }, blocs: false };
    let view = initialDerived(model, state);
    const activeAt = vi.spyOn(model.index, "activeAt");

    // Add evidence: the record changes, nothing enters or leaves.
    const evidence = session.perform({ kind: "addEvidence", owner: { collection: "relations", id: target.id }, evidence: { source: dataset.sources[0]!.id, citation: "more" } });
    expect(evidence.ok).toBe(true);
    const afterEvidence = afterModelChange(model, view, evidence.ok ? evidence.change : null);
    expect(activeAt).not.toHaveBeenCalled();
    expect(afterEvidence.focus).toBe(view.focus);
    expect(afterEvidence.visible.ids).toBe(view.visible.ids);
    expect(afterEvidence.visible.relations).not.toBe(view.visible.relations);
    expect(afterEvidence.visible.relations.find((r) => r.id === target.id)).toBe(model.relations.get(target.id));
    expect(afterEvidence.change).toEqual({ entered: [], left: [], step: false, edited: { edges: [target.id], nodes: [] } });
    view = afterEvidence;

    // Remove the relation: it leaves the view, its ends' degrees drop, the far focus stays; it is
    // not among those that left (to fade out): its edge is gone from the graph.
    const removed = session.perform({ kind: "removeRelation", id: target.id });
    const afterRemove = afterModelChange(model, view, removed.ok ? removed.change : null);
    expect(activeAt).not.toHaveBeenCalled();
    expect(afterRemove.visible.ids.has(target.id)).toBe(false);
    expect(afterRemove.change).toMatchObject({ entered: [], left: [], step: false });
    expect(afterRemove.focus).toBe(view.focus);
    expect(shape(model, afterRemove)).toEqual(shape(model, initialDerived(model, state)));
    activeAt.mockClear(); // the view from scratch just asked

    // Undo brings it back in its place.
    const undone = session.undo();
    const afterUndo = afterModelChange(model, afterRemove, undone.ok ? undone.change : null);
    expect(activeAt).not.toHaveBeenCalled();
    expect(afterUndo.change).toMatchObject({ entered: [target.id], left: [], step: false });
    // The ends' sizes changed with it: a renderer repaints these, not the whole graph.
    expect(afterUndo.change!.edited!.nodes).toEqual(expect.arrayContaining(undone.ok ? undone.change!.graph.nodes : ["?"]));
    expect(shape(model, afterUndo)).toEqual(shape(model, initialDerived(model, state)));
    activeAt.mockClear();

    // Without the change, the view is recomputed whole (the fallback still works).
    session.redo();
    const whole = afterModelChange(model, afterUndo);
    expect(activeAt).toHaveBeenCalledTimes(1);
    expect(shape(model, whole)).toEqual(shape(model, initialDerived(model, state)));
  });

  it("keeps the rings when an edit touches nothing on the blocs' date, and recomputes them when it does", () => {
    const dataset = generateDataset({ actors: 40, relations: 200, years: 30, seed: 5 });
    const model = createModel(dataset, { layout: false });
    const session = new EditSession(dataset, { model });
    const state: ViewState = { ...initialState(model), blocs: true };
    let view = initialDerived(model, state);
    expect(view.rings).not.toBeNull();
    // A relation long over by the date shown: changing it cannot move the blocs.
    const past = dataset.relations.find((r) => r.to !== undefined && r.to < state.date)!;
    const out = session.perform({ kind: "addEvidence", owner: { collection: "relations", id: past.id }, evidence: { source: dataset.sources[0]!.id, citation: "x" } });
    const kept = afterModelChange(model, view, out.ok ? out.change : null);
    expect(kept.rings).toBe(view.rings);
    view = kept;
    // A relation holding on the date, removed: the rings are those of the model after the edit.
    const holding = view.visible.relations[0]!;
    const removed = session.perform({ kind: "removeRelation", id: holding.id });
    const moved = afterModelChange(model, view, removed.ok ? removed.change : null);
    expect(moved.rings).not.toBe(view.rings);
    expect(moved.rings).toEqual(initialDerived(model, state).rings);
  });

  it("counts a relation of a hidden type that enters on a date step (the filters' counts), though nothing drawn changes", () => {
    const evidence = [{ source: "s", citation: "x" }];
    const dataset: Dataset = {
      format: "stancegraph/1",
      id: "d",
      title: "d",
      actors: [
        { id: "A", label: "A", kind: "state" },
        { id: "B", label: "B", kind: "state" },
      ],
      relationTypes: [{ id: "t", label: "t", sign: -1, directed: true, color: "#000000" }],
      relations: [
        { id: "r1", source: "A", target: "B", type: "t", from: "1970-01-01", evidence },
        { id: "r2", source: "A", target: "B", type: "t", from: "2015-12-25", evidence },
      ],
      events: [],
      sources: [{ id: "s", title: "s", publisher: "p" }],
      periods: [],
    } as Dataset;
    const model = createModel(dataset, { layout: false });
    const state: ViewState = { ...initialState(model), date: "2015-12-24", hiddenTypes: ["t"] };
    const next: ViewState = { ...state, date: "2016-07-11" };
    const stepped = nextDerived(model, initialDerived(model, state), next, state);
    expect(stepped.visible.countByType.get("t")).toBe(2);
    expect(shape(model, stepped)).toEqual(shape(model, initialDerived(model, next)));
  });
});
