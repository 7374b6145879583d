/**
 * The worker of the layout that runs after the first draw (layoutRefine.ts): ForceAtlas2 stepped
 * from the seeded start to its last iteration (src/model/layout.ts createLayoutStepper), posting
 * the positions as it goes so the page can animate them, and the last ones exactly.
 */
import { createLayoutStepper, type LayoutInput } from "../model/layout.ts";

/** What the page sends: the layout's input without the node ids (the page keeps those). */
export type RefineRequest = Omit<LayoutInput, "nodes"> & { order: number };

/** What the worker posts: the positions after `done` of `total` iterations (all of them when equal). */
export interface RefineProgress {
  done: number;
  total: number;
  xy: Float64Array;
}

/** Posts at most this often while running: the page draws one frame per post at most anyway. */
const POST_MS = 40;

onmessage = (e: MessageEvent<RefineRequest>) => {
  const { order, start, pairs, iterations } = e.data;
  const stepper = createLayoutStepper({ nodes: Array.from({ length: order }, (_, k) => String(k)), start, pairs, iterations });
  let posted = performance.now();
  while (stepper.done < stepper.total) {
    stepper.step(1);
    if (stepper.done < stepper.total && performance.now() - posted < POST_MS) continue;
    const xy = stepper.positions();
    postMessage({ done: stepper.done, total: stepper.total, xy } satisfies RefineProgress, { transfer: [xy.buffer] });
    posted = performance.now();
  }
  if (stepper.total === 0) {
    const xy = stepper.positions();
    postMessage({ done: 0, total: 0, xy } satisfies RefineProgress, { transfer: [xy.buffer] });
  }
};
