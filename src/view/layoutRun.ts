/**
 * "Re-run layout": ForceAtlas2 in a web worker for a few seconds, moving the nodes of this session
 * only (the view's layout layer); reloading restores the dataset's stable layout. The worker runs
 * on a scratch copy of the graph's structure, so the model's graph is never written to.
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { StanceGraph } from "../model/graph.ts";
import type { LayoutPositions, Point } from "./positions.ts";

/** How long "Re-run layout" runs before it stops by itself. */
export const LAYOUT_MS = 4000;

export interface LayoutRun {
  /** Starts the layout; `onProgress` gets the share of LAYOUT_MS gone (0 … 1), and 1 when it stops. */
  start(onProgress: (fraction: number) => void): void;
  stop(): void;
  running(): boolean;
}

/** `onMotion` is told when the layout starts and stops. */
export function createLayoutRun(graph: StanceGraph, positions: LayoutPositions, onMotion: () => void = () => {}): LayoutRun {
  let worker: FA2Layout | null = null;
  let scratch: Graph | null = null;
  let frame = 0;
  let report: (fraction: number) => void = () => {};

  const copyBack = () => {
    if (!scratch) return;
    const moves = new Map<string, Point>();
    scratch.forEachNode((n, a) => void moves.set(n, { x: a.x as number, y: a.y as number }));
    positions.set(moves);
  };

  const stop = () => {
    if (!worker) return;
    worker.stop();
    worker.kill();
    worker = null;
    copyBack();
    scratch = null;
    cancelAnimationFrame(frame);
    frame = 0;
    report(1);
    onMotion();
  };

  return {
    start(onProgress) {
      if (worker) return;
      report = onProgress;
      const work = new Graph({ type: "undirected", multi: false });
      graph.forEachNode((n) => void work.addNode(n, { ...positions.get(n) }));
      graph.forEachEdge((_e, _a, s, t) => {
        if (s !== t && !work.hasEdge(s, t)) work.addEdge(s, t);
      });
      scratch = work;
      worker = new FA2Layout(work, { settings: { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > 2000 } });
      worker.start();
      const started = performance.now();
      const tick = () => {
        copyBack();
        const fraction = Math.min(1, (performance.now() - started) / LAYOUT_MS);
        if (fraction >= 1) return stop();
        report(fraction);
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      onMotion();
    },
    stop,
    running: () => worker !== null,
  };
}
