/**
 * Long date jumps in legs (issue #16): the index's bound on a jump's changes, the legs planned
 * from it, and the store that dispatches them a task apart (src/model/dateLegs.ts,
 * src/app/dateLegs.ts).
 */
import { describe, expect, it } from "vitest";
import { IntervalIndex } from "../../src/model/intervalIndex.ts";
import { legsBetween, nextLeg } from "../../src/model/dateLegs.ts";
import { withDateLegs } from "../../src/app/dateLegs.ts";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { addDays, fromDay, toDay } from "../../src/model/dates.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { mulberry32 } from "../../src/model/random.ts";

const dataset = generateDataset({ actors: 300, relations: 3000, years: 10, seed: 5 });
const intervals = dataset.relations.map((r) => ({ from: r.from, to: r.to }));
const first = dataset.relations.reduce((m, r) => (r.from < m ? r.from : m), "9999-12-31");
const last = dataset.relations.reduce((m, r) => (r.from > m ? r.from : m), "0000-01-01");

/** The relations that start or end in (lo, hi], counted one by one. */
function startsAndEnds(list: ReadonlyArray<{ from: string; to?: string | undefined }>, a: string, b: string): number {
  const [lo, hi] = [Math.min(toDay(a), toDay(b)), Math.max(toDay(a), toDay(b))];
  let n = 0;
  for (const r of list) {
    const f = toDay(r.from);
    if (lo < f && f <= hi) n++;
    if (r.to !== undefined && lo < toDay(r.to) && toDay(r.to) <= hi) n++;
  }
  return n;
}

const changes = (index: IntervalIndex, a: string, b: string) => {
  const c = index.changesBetween(a, b);
  return c.entered.length + c.left.length;
};

function randomDates(seed: number, n: number): Array<[string, string]> {
  const random = mulberry32(seed);
  const span = toDay(last) - toDay(first) + 400;
  const day = () => fromDay(toDay(first) - 200 + Math.floor(random() * span));
  return Array.from({ length: n }, () => [day(), day()]);
}

describe("IntervalIndex.changeBound", () => {
  it("counts the starts and ends between two dates, which bounds what changesBetween returns", () => {
    const index = new IntervalIndex(intervals);
    for (const [a, b] of randomDates(1, 200)) {
      const bound = index.changeBound(a, b);
      expect(bound).toBe(startsAndEnds(intervals, a, b));
      expect(bound).toBe(index.changeBound(b, a));
      expect(changes(index, a, b)).toBeLessThanOrEqual(bound);
    }
    expect(index.changeBound(first, first)).toBe(0);
  });

  it("still bounds the changes after edits not yet folded into the tree", () => {
    const index = new IntervalIndex(intervals);
    const list = [...intervals];
    const random = mulberry32(9);
    for (let k = 0; k < 40; k++) {
      const at = Math.floor(random() * list.length);
      const from = addDays(first, Math.floor(random() * 3000));
      const edited = { from, to: random() < 0.5 ? undefined : addDays(from, 1 + Math.floor(random() * 900)) };
      if (k % 3 === 0) {
        index.insert(at, edited);
        list.splice(at, 0, edited);
      } else if (k % 3 === 1) {
        index.update(at, edited);
        list[at] = edited;
      } else {
        index.remove(at);
        list.splice(at, 1);
      }
    }
    expect(index.pendingEdits).toBeGreaterThan(0);
    for (const [a, b] of randomDates(2, 200)) {
      // Removed intervals still count until the tree is rebuilt: a bound, not the exact count.
      expect(index.changeBound(a, b)).toBeGreaterThanOrEqual(startsAndEnds(list, a, b));
      expect(changes(index, a, b)).toBeLessThanOrEqual(index.changeBound(a, b));
    }
  });
});

describe("nextLeg and legsBetween", () => {
  const index = new IntervalIndex(intervals);
  it("goes straight to the date when the jump is within the budget", () => {
    const to = addDays(first, 30);
    expect(index.changeBound(first, to)).toBeLessThanOrEqual(200);
    expect(nextLeg(index, first, to, 200)).toBe(to);
    expect(legsBetween(index, first, to, 200)).toEqual([to]);
  });

  it("cuts a long jump into the longest legs within the budget, either way, ending at the date asked for", () => {
    for (const [from, to] of [
      [first, last],
      [last, first],
    ] as const) {
      const budget = 150;
      const legs = legsBetween(index, from, to, budget);
      expect(legs.length).toBeGreaterThan(Math.floor(index.changeBound(from, to) / budget));
      expect(legs[legs.length - 1]).toBe(to);
      let at = from;
      for (const leg of legs) {
        const days = toDay(leg) - toDay(at);
        expect(Math.sign(days)).toBe(Math.sign(toDay(to) - toDay(from)));
        // Within the budget (a single day may hold more), and one day further would not be.
        if (Math.abs(days) > 1) expect(index.changeBound(at, leg)).toBeLessThanOrEqual(budget);
        if (leg !== to) expect(index.changeBound(at, addDays(leg, Math.sign(days)))).toBeGreaterThan(budget);
        expect(changes(index, at, leg)).toBeLessThanOrEqual(Math.max(budget, index.changeBound(at, leg)));
        at = leg;
      }
    }
  });

  it("moves one day when a single day holds more than the budget", () => {
    const busy = Array.from({ length: 50 }, () => ({ from: "2020-01-02" }));
    const crowded = new IntervalIndex(busy);
    expect(legsBetween(crowded, "2019-12-30", "2020-01-05", 10)).toEqual(["2020-01-01", "2020-01-02", "2020-01-05"]);
  });
});

describe("the store's date legs", () => {
  const model = createModel(dataset);
  /** The store behind the legs, the dates its subscribers saw, and the queue of legs to run. */
  function setup(budget = 150) {
    const base = createStore<ViewState, Action>({ ...initialState(model), date: first }, reduce);
    const seen: string[] = [];
    base.subscribe((s, p) => void (s.date !== p.date && seen.push(s.date)));
    const queue: Array<() => void> = [];
    const legs = withDateLegs(base, () => model.index, { budget, later: (leg) => void queue.push(leg) });
    const runAll = () => {
      let tasks = 0;
      for (; queue.length > 0; tasks++) queue.shift()!();
      return tasks;
    };
    return { base, legs, seen, queue, runAll };
  }

  it("dispatches a long jump as its legs, one per task, and ends at the date asked for", () => {
    const { legs, seen, queue, runAll } = setup();
    const expected = legsBetween(model.index, first, last, 150);
    expect(expected.length).toBeGreaterThan(3);
    legs.store.dispatch({ type: "setDate", date: last });
    // The first leg at once, the rest later.
    expect(seen).toEqual([expected[0]]);
    expect(legs.heading()).toBe(last);
    expect(queue).toHaveLength(1);
    runAll();
    expect(seen).toEqual(expected);
    expect(legs.store.getState().date).toBe(last);
    expect(legs.heading()).toBeNull();
  });

  it("says, as each leg is applied, whether its date is one on the way (not drawn) or the last", () => {
    const { base, legs, runAll } = setup();
    // What a subscriber (the renderer) is told as each date is applied.
    const told: Array<[string, boolean, string | null]> = [];
    base.subscribe((s, p) => void (s.date !== p.date && told.push([s.date, legs.passing(s.date), legs.heading()])));
    legs.store.dispatch({ type: "setDate", date: last });
    runAll();
    const expected = legsBetween(model.index, first, last, 150);
    expect(told).toEqual(expected.map((date, k) => [date, k < expected.length - 1, last]));
    expect(legs.passing(last)).toBe(false);
    // Moved elsewhere meanwhile, the date is no leg on the way: it is drawn.
    legs.store.dispatch({ type: "setDate", date: first });
    const on = legs.store.getState().date;
    expect(legs.passing(on)).toBe(true);
    base.dispatch({ type: "setDate", date: addDays(on, 1) });
    expect(legs.passing(addDays(on, 1))).toBe(false);
    runAll();
    expect(legs.heading()).toBeNull();
    // A jump within the budget has no leg on the way.
    legs.store.dispatch({ type: "setDate", date: first });
    runAll();
    const near = addDays(first, 20);
    told.length = 0;
    legs.store.dispatch({ type: "setDate", date: near });
    expect(told).toEqual([[near, false, null]]);
  });

  it("passes a jump within the budget, and every other action, straight through", () => {
    const { legs, seen, queue } = setup();
    const near = addDays(first, 20);
    legs.store.dispatch({ type: "setDate", date: near });
    legs.store.dispatch({ type: "setSpeed", speed: 90 });
    expect(seen).toEqual([near]);
    expect(legs.store.getState().speed).toBe(90);
    expect(queue).toHaveLength(0);
  });

  it("leaves compare mode and playback at the first leg of a goToDate", () => {
    const { legs, runAll } = setup();
    legs.store.dispatch({ type: "setCompare", compare: { a: first, b: addDays(first, 100) } });
    legs.store.dispatch({ type: "setPlaying", playing: true });
    legs.store.dispatch({ type: "goToDate", date: last });
    expect(legs.store.getState()).toMatchObject({ compare: null, playing: false });
    expect(legs.store.getState().date).not.toBe(last);
    runAll();
    expect(legs.store.getState().date).toBe(last);
  });

  it("heads for the newest date asked for, from wherever the view is", () => {
    const { legs, seen, runAll, queue } = setup();
    legs.store.dispatch({ type: "setDate", date: last });
    queue.shift()!();
    const at = legs.store.getState().date;
    legs.store.dispatch({ type: "setDate", date: first });
    runAll();
    expect(legs.store.getState().date).toBe(first);
    const back = legsBetween(model.index, at, first, 150);
    expect(seen.slice(-back.length)).toEqual(back);
  });

  it("ends the journey when something else moved the date, entered compare mode or replaced the state", () => {
    for (const interrupt of ["date", "compare", "replace"] as const) {
      const { base, legs, runAll } = setup();
      legs.store.dispatch({ type: "setDate", date: last });
      if (interrupt === "date") base.dispatch({ type: "setDate", date: addDays(first, 3) });
      else if (interrupt === "compare") legs.store.dispatch({ type: "setCompare", compare: { a: first, b: addDays(first, 5) } });
      else legs.store.dispatch({ type: "replace", state: { ...base.getState(), date: addDays(first, 4) } });
      const date = legs.store.getState().date;
      runAll();
      expect(legs.store.getState().date, interrupt).toBe(date);
      expect(legs.heading(), interrupt).toBeNull();
    }
  });

  it("travels when the jump is asked for by a subscriber (queued until the round ends)", () => {
    const { legs, runAll } = setup();
    // As playback does when play is pressed at the end: back to the start, from a subscriber.
    const stop = legs.store.subscribe((s, p) => {
      if (s.playing && !p.playing) legs.store.dispatch({ type: "setDate", date: first });
    });
    legs.store.dispatch({ type: "setDate", date: last });
    runAll();
    expect(legs.store.getState().date).toBe(last);
    legs.store.dispatch({ type: "setPlaying", playing: true });
    runAll();
    expect(legs.store.getState().date).toBe(first);
    stop();
  });

  it("runs no leg after stop", () => {
    const { legs, runAll } = setup();
    legs.store.dispatch({ type: "setDate", date: last });
    const date = legs.store.getState().date;
    legs.stop();
    runAll();
    expect(legs.store.getState().date).toBe(date);
  });
});
