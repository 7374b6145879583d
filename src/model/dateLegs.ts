/**
 * A long date jump cut into legs (issue #16). What a date change costs grows with the relations
 * that enter or leave the view (about 0.1 ms each at 50k actors / 500k relations: the derived view,
 * the display graph and sigma's partial refresh), and a jump of half a year there moved some 14,000
 * of them in one task of 1.6–2 s. Going there through intermediate dates, each leg a date like any
 * other, keeps every task to about `budget` changes; the view at each leg is the view of that date,
 * and the last leg is the date asked for.
 *
 * Pure: the index is asked how many relations start or end in a window (`changeBound`, O(log n)),
 * and the farthest day within the budget is found by bisection over the days.
 */
import type { IntervalIndex } from "./intervalIndex.ts";
import { fromDay, toDay } from "./dates.ts";

/**
 * The date of the first leg from `from` toward `to`: the farthest day whose window from `from`
 * holds at most `budget` starts and ends of relations; `to` itself when the whole jump does, and
 * at least one day on when a single day holds more.
 */
export function nextLeg(index: Pick<IntervalIndex, "changeBound">, from: string, to: string, budget: number): string {
  if (from === to || index.changeBound(from, to) <= budget) return to;
  const start = toDay(from);
  const end = toDay(to);
  const direction = end > start ? 1 : -1;
  const days = Math.abs(end - start);
  /** The date `n` days on toward `to` (`to` itself, as written, at the end). */
  const dayAt = (n: number) => (n >= days ? to : fromDay(start + direction * n));
  // Days away from `from`: `near` is within the budget (or the first day), `far` is not.
  let near = 1;
  let far = days;
  if (index.changeBound(from, dayAt(1)) > budget) return dayAt(1);
  while (far - near > 1) {
    const mid = (near + far) >> 1;
    if (index.changeBound(from, dayAt(mid)) <= budget) near = mid;
    else far = mid;
  }
  return dayAt(near);
}

/** Every leg from `from` to `to` (the last is `to`), for tests and the benchmark. */
export function legsBetween(index: Pick<IntervalIndex, "changeBound">, from: string, to: string, budget: number): string[] {
  const legs: string[] = [];
  for (let at = from; at !== to; ) {
    at = nextLeg(index, at, to, budget);
    legs.push(at);
  }
  return legs;
}
