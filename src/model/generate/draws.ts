/**
 * The generator's one stream of random numbers. Every phase draws from the same stream in a fixed
 * order, so the same seed gives the same dataset (tests/unit/generate-bytes.test.ts pins it): a
 * phase that draws one number more or less changes every dataset made after it.
 */
import { mulberry32 } from "../random.ts";

export interface Draws {
  /** A number in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A whole number in [0, k). */
  below(k: number): number;
}

/** The seeded stream of the generator. */
export function createDraws(seed: number): Draws {
  const next = mulberry32(seed);
  return {
    next,
    chance: (p) => next() < p,
    below: (k) => Math.floor(next() * k),
  };
}

/** One of `options`, each with the given probability (weights summing to 1; the last absorbs rounding). */
export function weighted<T>(options: ReadonlyArray<readonly [T, number]>, draws: Draws): T {
  let u = draws.next();
  for (const [value, weight] of options) {
    if (u < weight) return value;
    u -= weight;
  }
  return options[options.length - 1]![0];
}

/** Up to `count` distinct sorted days in (after, last]; fewer when the window is too short. */
export function distinctSortedDays(after: number, last: number, count: number, draws: Draws): number[] {
  const window = last - after;
  if (count <= 0 || window <= 0) return [];
  const picks = Array.from({ length: count }, () => after + 1 + Math.floor(draws.next() * window)).sort((x, y) => x - y);
  return picks.filter((d, i) => i === 0 || d !== picks[i - 1]);
}
