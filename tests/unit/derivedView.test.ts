/**
 * The derived view: one place computes what is visible, the diff, the focus and the rings; each
 * subscriber wakes only when a key it selected changed, so a date step wakes no panel whose inputs
 * did not change and a hover wakes only those who read the hover or the focus.
 */
import { describe, expect, it } from "vitest";
import { createModel } from "../../src/model/stanceModel.ts";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView, type DerivedKey } from "../../src/app/derivedView.ts";
import { visibleRelations } from "../../src/app/derive.ts";
import { karabakhModel as karabakh } from "./fixtures.ts";

function setup() {
  const model = karabakh();
  const store = createStore<ViewState, Action>({ ...initialState(model), date: "2023-09-18" }, reduce);
  const view = createDerivedView(model, store, (e) => {
    throw e;
  });
  const calls = new Map<string, number>();
  const panel = (name: string, keys: DerivedKey[]) => {
    calls.set(name, 0);
    view.select(keys, () => calls.set(name, calls.get(name)! + 1));
  };
  // The keys each panel of the app selects (see src/ui).
  panel("filters", ["visible", "compare"]);
  panel("details", ["selection", "visible"]);
  panel("table", ["table", "visible", "selection"]);
  panel("graphMessage", ["visible"]);
  panel("periods", ["date", "compare"]);
  panel("sidePanels", ["analysis"]);
  panel("toolbar", ["table"]);
  panel("renderer", ["visible", "focus", "rings", "selection", "hovered"]);
  panel("url", ["date", "compare", "selection", "hiddenTypes", "hiddenKinds", "table", "camera", "playing"]);
  const woken = () => [...calls].filter(([, n]) => n > 0).map(([name]) => name).sort();
  const reset = () => {
    for (const k of calls.keys()) calls.set(k, 0);
  };
  return { model, store, view, calls, woken, reset };
}

describe("the derived view", () => {
  it("equals the pure computation after every kind of change", () => {
    const { model, store, view } = setup();
    const steps: Action[] = [
      { type: "setDate", date: "2024-04-18" },
      { type: "toggleType", id: "mediation" },
      { type: "setCompare", compare: { a: "2023-09-18", b: "2024-04-18" } },
      { type: "toggleKind", kind: "court" },
      { type: "setCompare", compare: null },
      { type: "setDate", date: "2021-01-01" },
    ];
    for (const action of steps) {
      store.dispatch(action);
      const fresh = visibleRelations(model, store.getState());
      const derived = view.get().visible;
      expect([...derived.ids].sort()).toEqual([...fresh.ids].sort());
      expect(derived.relations.map((r) => r.id)).toEqual(fresh.relations.map((r) => r.id));
      expect([...derived.countByType].sort()).toEqual([...fresh.countByType].sort());
    }
  });

  it("wakes only the subscribers of a date step that changes nothing they show", () => {
    const { store, woken, reset } = setup();
    // 2023-09-18 → 2023-09-19: nothing starts or ends that day, but the date itself changed.
    reset();
    store.dispatch({ type: "setDate", date: "2023-09-19" });
    expect(woken()).toEqual(["periods", "url"]);
  });

  it("wakes the panels that show relations when a date step changes them", () => {
    const { store, view, woken, reset } = setup();
    reset();
    // The offensive's end: Azerbaijan – Karabakh Armenians' hostility ends on 2023-09-20.
    store.dispatch({ type: "setDate", date: "2023-09-20" });
    expect(view.get().change).toEqual({ entered: [], left: ["AZE-NKR-hostility-2020"], step: true });
    expect(woken()).toEqual(["details", "filters", "graphMessage", "periods", "renderer", "table", "url"]);
  });

  it("wakes only the renderer on a hover", () => {
    const { store, woken, reset } = setup();
    reset();
    store.dispatch({ type: "hover", id: "FRA" });
    expect(woken()).toEqual(["renderer"]);
    reset();
    store.dispatch({ type: "hover", id: "FRA" });
    expect(woken()).toEqual([]);
  });

  it("keeps the focus's identity when a change leaves the same actors and relations lit", () => {
    const { store, view } = setup();
    store.dispatch({ type: "select", selection: { kind: "actor", id: "FRA" } });
    const focus = view.get().focus;
    expect(focus).not.toBeNull();
    // A day later France has the same (no) relations: same focus object.
    store.dispatch({ type: "setDate", date: "2023-09-19" });
    expect(view.get().focus).toBe(focus);
  });

  it("reports a failing subscriber and still tells the others", () => {
    const model = karabakh();
    const store = createStore<ViewState, Action>(initialState(model), reduce);
    const errors: unknown[] = [];
    const view = createDerivedView(model, store, (e) => errors.push(e));
    let after = 0;
    view.select(["date"], () => {
      throw new Error("panel broke");
    });
    view.select(["date"], () => after++);
    store.dispatch({ type: "setDate", date: "2022-01-01" });
    expect(after).toBe(1);
    expect(errors).toHaveLength(1);
    expect(view.get().date).toBe("2022-01-01");
  });

  it("stops following the store when destroyed", () => {
    const model = createModel(karabakh().dataset, { layout: false });
    const store = createStore<ViewState, Action>(initialState(model), reduce);
    const view = createDerivedView(model, store);
    let calls = 0;
    view.select(["date"], () => calls++);
    view.destroy();
    store.dispatch({ type: "setDate", date: "2022-01-01" });
    expect(calls).toBe(0);
  });
});
