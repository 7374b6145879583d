/**
 * A weak guess (issue #14): a candidate scoring under `WEAK_SCORE`. Since the seventy-ninth round the
 * engine offers such readings (each only as its pair's best) because some are right, but few are:
 * over the 122 gold texts 9.5% of them name a gold pair, against 36% of those scoring 0.25–0.45 and
 * 68% of those scoring 0.45 or more (docs/suggest.md, "weak guesses marked in the list"). Most are a
 * pair named in neighbouring sentences read with the cue of one of them. The suggestions list marks
 * them in words and can hide them.
 *
 * Its own module, with no import, so the app's main bundle can mark them without the engine (which
 * runs in a worker).
 */

/** The floor before the seventy-ninth round: a reading below it is offered only as its pair's best. */
export const WEAK_SCORE = 0.25;

/** Whether a candidate is a weak guess (scores under `WEAK_SCORE`). */
export const isWeakGuess = (c: { readonly score: number }): boolean => c.score < WEAK_SCORE;
