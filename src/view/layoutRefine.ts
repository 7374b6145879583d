/**
 * Draw first, refine after: the graph is drawn at ForceAtlas2's seeded start as soon as it is
 * built, then ForceAtlas2 runs in a worker (layoutRefineWorker.ts) and the nodes move with it, a
 * frame at a time, to the stable layout. The last positions are those of one synchronous run
 * (src/model/layout.ts computeLayout), so the same dataset always ends at the same picture, and
 * the date plays no part in it. They are written as the model graph's x/y (positions.refineStable),
 * which the exports read through the layout layer, so an export shows what the screen shows.
 */
import type { StanceGraph } from "../model/graph.ts";
import { layoutInput } from "../model/layout.ts";
import type { LayoutPositions } from "./positions.ts";
import type { RefineProgress, RefineRequest } from "./layoutRefineWorker.ts";

export interface LayoutRefinement {
  /** True from the start until the stable layout is in place (or the refinement was stopped). */
  running(): boolean;
  /** Resolves when the stable layout is in place, or the refinement was stopped. */
  readonly finished: Promise<void>;
  stop(): void;
}

/**
 * Starts the layout of `graph` from the positions it is drawn at. `onFrame` runs after each set
 * of positions was handed to the layout layer (and once when it ends), for the renderer's marks.
 */
export function refineLayout(graph: StanceGraph, positions: LayoutPositions, onFrame: (finished: boolean) => void): LayoutRefinement {
  // Taken now: nodes an edit adds meanwhile keep their own positions, dropped ones are passed over.
  const input = layoutInput(graph);
  let worker: Worker | null = null;
  let running = true;
  let frame = 0;
  let latest: RefineProgress | null = null;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const end = () => {
    running = false;
    worker?.terminate();
    worker = null;
    cancelAnimationFrame(frame);
    finish();
  };
  // One hand-over per frame, of the newest positions: the worker may post faster than frames go.
  const apply = () => {
    frame = 0;
    if (!running || !latest) return;
    const { done, total, xy } = latest;
    latest = null;
    positions.refineStable(input.nodes, xy);
    const last = done === total;
    if (last) end();
    onFrame(last);
  };
  const begin = () => {
    if (!running) return;
    worker = new Worker(new URL("./layoutRefineWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<RefineProgress>) => {
      latest = e.data;
      if (!frame) frame = requestAnimationFrame(apply);
    };
    // Not silent: the graph stays at its starting positions, and the page says why in the console.
    worker.onerror = (e) => {
      console.error(`the layout could not run: ${e.message}`);
      end();
      onFrame(true);
    };
    const { nodes, ...rest } = input;
    const request: RefineRequest = { ...rest, order: nodes.length };
    worker.postMessage(request, [request.start.buffer, request.pairs.buffer]);
  };
  const hold = typeof window === "undefined" ? undefined : window.stancegraphTestHooks?.holdLayout;
  if (hold) void hold.then(begin);
  else begin();
  return {
    running: () => running,
    finished,
    stop() {
      if (!running) return;
      end();
      onFrame(true);
    },
  };
}
