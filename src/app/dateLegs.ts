/**
 * Long date jumps in legs, at the store (issue #16). Every control that moves the date (the
 * timeline's slider and keys, a period, an event marker, the Analysis charts, the workspace, the
 * player) dispatches `setDate` or `goToDate` to the store it was given; this wraps that store so
 * that a jump whose relations entering or leaving would pass LEG_CHANGES goes there in legs
 * (src/model/dateLegs.ts): the first leg at once, as the action asked (a `goToDate` leaves compare
 * mode and playback then), each further one as a `setDate` in a task of its own, so input and
 * frames go on between them. Each leg is a date like any other: the derived view, the display
 * graph and the picture at a leg are those of that date, and the last leg is the date asked for.
 *
 * A leg in flight gives way: another date asked for becomes the new end (from wherever the view
 * is), and the journey ends when anything else moved the date, entered compare mode or replaced the
 * state (the back button). Jumps within the budget, and every other action, pass straight through.
 * Each leg is measured ("stancegraph: date leg" in the performance timeline).
 *
 * A leg on the way is a date in passing: the renderer neither fades it in nor draws its picture
 * (`passing`), only the last leg's. With software WebGL a 50k picture takes seconds to rasterise,
 * and a picture of each leg put those seconds between the legs (a 183-day jump took 2.5× a plain
 * refresh to its last picture); on any machine it is a picture of a date nobody asked for.
 */
import type { Store } from "./store.ts";
import type { Action, ViewState } from "./state.ts";
import type { IntervalIndex } from "../model/intervalIndex.ts";
import { nextLeg } from "../model/dateLegs.ts";
import { measured } from "./timing.ts";

/**
 * Relations entering or leaving (as `IntervalIndex.changeBound` counts them) per leg. At 50k
 * actors / 500k relations a change costs about 0.1 ms on the page (docs/benchmarks.md), so a leg
 * is a task of about 40–60 ms. It was 1,000 (100–150 ms), but on a machine whose second core is
 * busy V8 marks the heap on the main thread in steps paid by what a task allocates, and a leg's own
 * 100–150 ms plus those steps passed the 200 ms a task may take (docs/benchmarks.md, issue 16).
 * More legs cost a frame each: a jump of 183 days at 50k takes about 4.5–5 s instead of 3.8–3.9 s.
 * Small datasets never reach it.
 */
export const LEG_CHANGES = 400;

export interface DateLegs {
  /** The store to hand to the page: its dispatch goes in legs where a jump is long. */
  readonly store: Store<ViewState, Action>;
  /** The date the legs are going to, or null when no journey is under way. */
  heading(): string | null;
  /**
   * Whether `date` is a leg on the way of the journey under way (not its last): the date the legs
   * last dispatched, before the one asked for. False once anything else moved the date.
   */
  passing(date: string): boolean;
  /** Ends a journey under way (the app is being torn down). */
  stop(): void;
}

export interface DateLegOptions {
  /** Changes per leg (LEG_CHANGES). */
  budget?: number;
  /** Runs the next leg in a later task (a macrotask boundary in the page). */
  later?: (leg: () => void) => void;
}

/** What a view reads of a journey: where it goes, and whether a date is a leg on its way. */
export type Journey = Pick<DateLegs, "heading" | "passing">;

/** No journey is ever under way (a view given a store without date legs). */
export const NO_JOURNEY: Journey = { heading: () => null, passing: () => false };

/** Where the journey is going when `date` is a leg on its way (whose picture is not drawn); else null. */
export function goingTo(legs: Journey, date: string): string | null {
  return legs.passing(date) ? legs.heading() : null;
}

const inNextTask = (leg: () => void) => void setTimeout(leg, 0);

/** Wraps `store`; `index()` is the model's interval index now (edits keep it up to date). */
export function withDateLegs(store: Store<ViewState, Action>, index: () => Pick<IntervalIndex, "changeBound">, options: DateLegOptions = {}): DateLegs {
  const budget = options.budget ?? LEG_CHANGES;
  const later = options.later ?? inNextTask;
  /** The journey under way: where it goes and the date of its last leg. */
  let journey: { to: string; last: string } | null = null;
  /** Each scheduled leg carries the journey it was scheduled for: one replaced or ended runs nothing. */
  let generation = 0;

  const go = (action: Extract<Action, { type: "setDate" | "goToDate" }>) => {
    journey = null;
    generation++;
    const from = store.getState().date;
    const leg = nextLeg(index(), from, action.date, budget);
    if (leg === action.date) return store.dispatch(action);
    // The journey is there before its first leg is applied: the renderer asks `passing` then.
    journey = { to: action.date, last: leg };
    // Dispatched by a subscriber, the leg is queued until the round ends: whether the view got
    // there is asked when the next leg comes.
    measured("date leg", () => store.dispatch({ ...action, date: leg }));
    schedule();
  };

  const schedule = () => {
    const mine = generation;
    later(() => {
      if (mine !== generation) return;
      step();
    });
  };

  const step = () => {
    const s = store.getState();
    if (!journey || s.date !== journey.last || s.compare !== null) return void (journey = null);
    const leg = nextLeg(index(), s.date, journey.to, budget);
    journey.last = leg;
    measured("date leg", () => store.dispatch({ type: "setDate", date: leg }));
    if (leg === journey.to) return void (journey = null);
    schedule();
  };

  const wrapped: Store<ViewState, Action> = {
    getState: () => store.getState(),
    subscribe: (listener) => store.subscribe(listener),
    dispatch(action) {
      if (action.type === "setDate" || action.type === "goToDate") return go(action);
      if (action.type === "replace" || (action.type === "setCompare" && action.compare !== null)) {
        journey = null;
        generation++;
      }
      store.dispatch(action);
    },
  };
  return {
    store: wrapped,
    heading: () => journey?.to ?? null,
    passing: (date) => journey !== null && date === journey.last && date !== journey.to,
    stop() {
      journey = null;
      generation++;
    },
  };
}
