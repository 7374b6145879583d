/**
 * The part of building a model that needs no graph and no page: the interval index, the parallel
 * relations and the starting positions. The load worker (src/app/loadWorker.ts) runs it and posts
 * the result as typed arrays whose buffers are transferred, so the page gets them for free and
 * only builds the graphology graph itself (in slices, src/model/stanceModel.ts modelSteps).
 */
import type { Dataset } from "./schema.ts";
import { packIntervals, packedBuffers } from "./intervalIndex.ts";
import { parallelIndex } from "./parallel.ts";
import { defaultIterations, seededPositions } from "./layout.ts";
import type { PreparedModel } from "./stanceModel.ts";

/**
 * What one ForceAtlas2 iteration costs (graphology-layout-forceatlas2, Barnes–Hut), per actor and
 * per relation. Repulsion (every actor against the Barnes–Hut tree) dominates: measured on the
 * 2-core EPYC of docs/benchmarks.md, CPU time per iteration, 4–14 µs per actor (1k actors / 10k
 * relations: 4 µs; 100k actors and no relations: 12 µs), while a relation adds about 0.2 µs. The
 * earlier estimate priced both alike at 0.5 µs, so 100,010 actors with few relations passed as a
 * one-second layout and ran for a minute in the worker, the progress dialog standing still.
 */
const SECONDS_PER_ACTOR_ITERATION = 8e-6;
const SECONDS_PER_RELATION_ITERATION = 0.2e-6;
/**
 * The load-time layout runs when it should take at most this long (it runs in the worker, so the
 * page stays responsive and Cancel works; a longer wait for 20 iterations on a hairball is not
 * worth it). Beyond it, actors stay at their seeded starting positions and the app says so.
 */
export const LAYOUT_BUDGET_S = 3;

/** The load-time layout's estimated duration in seconds: a function of the counts only, so deterministic. */
export function layoutSeconds(actors: number, relations: number): number {
  return defaultIterations(actors) * (actors * SECONDS_PER_ACTOR_ITERATION + relations * SECONDS_PER_RELATION_ITERATION);
}

/** Whether the load-time layout would take longer than the budget. */
export function layoutTooSlow(actors: number, relations: number): boolean {
  return layoutSeconds(actors, relations) > LAYOUT_BUDGET_S;
}

export interface Prepared extends PreparedModel {
  /**
   * True: the stable layout is ForceAtlas2's, which the page runs after the first draw from the
   * positions given here (its seeded start; src/view/layoutRefine.ts). False: the layout was
   * skipped at this size and the seeded positions are the stable layout.
   */
  laidOut: boolean;
}

/**
 * Computes the index, the parallel relations, the starting positions and the actors' degrees. `stage` reports what runs
 * (and the share of a load done). ForceAtlas2 no longer runs here: the graph is drawn at its
 * seeded start first, and the layout animates to the stable positions afterwards.
 */
export function prepareModel(dataset: Dataset, stage: (what: string, fraction: number) => void = () => {}): Prepared {
  stage("Building the time index", 0.2);
  const index = packIntervals(dataset.relations);
  const parallel = parallelIndex(dataset.relations);
  const n = dataset.actors.length;
  const laidOut = !layoutTooSlow(n, dataset.relations.length);
  // The start ForceAtlas2 runs from (layoutInput): the same dataset, the same first picture.
  const positions = seededPositions(n);
  return { index, parallel, positions, degrees: actorDegrees(dataset), laidOut };
}

/** Each actor's number of relations (as source or target), in dataset order. */
export function actorDegrees(dataset: Dataset): Int32Array {
  const at = new Map<string, number>();
  dataset.actors.forEach((a, i) => at.set(a.id, i));
  const degrees = new Int32Array(dataset.actors.length);
  for (const r of dataset.relations) {
    const s = at.get(r.source);
    const t = at.get(r.target);
    if (s !== undefined) degrees[s]!++;
    if (t !== undefined) degrees[t]!++;
  }
  return degrees;
}

/** The buffers to transfer when posting a prepared model. */
export function preparedBuffers(p: PreparedModel): ArrayBuffer[] {
  return [...packedBuffers(p.index), p.parallel.index.buffer as ArrayBuffer, p.parallel.max.buffer as ArrayBuffer, p.positions.buffer as ArrayBuffer, ...(p.degrees ? [p.degrees.buffer as ArrayBuffer] : [])];
}
