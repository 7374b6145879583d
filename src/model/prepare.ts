/**
 * The part of building a model that needs no graph and no page: the interval index, the parallel
 * relations and the starting layout. The load worker (src/app/loadWorker.ts) runs it and posts
 * the result as typed arrays whose buffers are transferred, so the page gets them for free and
 * only builds the graphology graph itself (in slices, src/model/stanceModel.ts modelSteps).
 */
import type { Dataset } from "./schema.ts";
import { packIntervals, packedBuffers } from "./intervalIndex.ts";
import { parallelIndex } from "./parallel.ts";
import { buildGraph } from "./graph.ts";
import { computeLayout, defaultIterations, seededPositions } from "./layout.ts";
import type { PreparedModel } from "./stanceModel.ts";

/** ForceAtlas2 element-iterations per second on a modest machine (the Node bench: 1.7 to 2.6 M). */
const FA2_RATE = 2_000_000;
/**
 * The load-time layout runs when it should take at most this long (it runs in the worker, so the
 * page stays responsive and Cancel works; a longer wait for 20 iterations on a hairball is not
 * worth it). Beyond it, actors stay at their seeded starting positions and the app says so.
 */
export const LAYOUT_BUDGET_S = 3;

/** Whether the load-time layout would take longer than the budget. */
export function layoutTooSlow(actors: number, relations: number): boolean {
  return (defaultIterations(actors) * (actors + relations)) / FA2_RATE > LAYOUT_BUDGET_S;
}

export interface Prepared extends PreparedModel {
  /** False: the layout was skipped at this size (seeded positions). */
  laidOut: boolean;
}

/** Computes the index, the parallel relations and the positions. `stage` reports what runs (and the share of a load done). */
export function prepareModel(dataset: Dataset, stage: (what: string, fraction: number) => void = () => {}): Prepared {
  stage("Building the time index", 0.2);
  const index = packIntervals(dataset.relations);
  const parallel = parallelIndex(dataset.relations);
  const n = dataset.actors.length;
  const laidOut = !layoutTooSlow(n, dataset.relations.length);
  let positions: Float64Array;
  if (laidOut) {
    stage(`Laying out ${n.toLocaleString("en")} actors (ForceAtlas2)`, 0.25);
    const graph = buildGraph(dataset, { parallel });
    const computed = computeLayout(graph);
    positions = new Float64Array(2 * n);
    dataset.actors.forEach((a, i) => {
      const p = computed.get(a.id)!;
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
  } else positions = seededPositions(n);
  return { index, parallel, positions, laidOut };
}

/** The buffers to transfer when posting a prepared model. */
export function preparedBuffers(p: PreparedModel): ArrayBuffer[] {
  return [...packedBuffers(p.index), p.parallel.index.buffer as ArrayBuffer, p.parallel.max.buffer as ArrayBuffer, p.positions.buffer as ArrayBuffer];
}
