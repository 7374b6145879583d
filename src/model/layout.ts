/**
 * The stable layout: ForceAtlas2 over the whole multigraph (all relations of all time), started
 * from seeded positions. The same dataset and seed always give the same picture, and positions do
 * not depend on the date shown, so nodes stay put while the timeline moves.
 */
import { mulberry32 } from "./random.ts";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type Graph from "graphology";

export interface LayoutOptions {
  /** Seed of the starting positions. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
}

/** Positions by node key (a Map: ids are data, never object keys). */
export type Positions = Map<string, { x: number; y: number }>;

/** Computes positions without touching the graph. */
export function computeLayout(graph: Graph, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? defaultIterations(graph.order);
  const n = graph.order;
  const xy = seededPositions(n, seed);
  const start: Positions = new Map();
  let k = 0;
  graph.forEachNode((node) => {
    start.set(node, { x: xy[2 * k]!, y: xy[2 * k + 1]! });
    k++;
  });
  if (n < 2 || iterations === 0) return start;
  const work = graph.emptyCopy() as Graph;
  work.forEachNode((node) => work.mergeNodeAttributes(node, start.get(node)!));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    // Repeated relations between one pair pull a little harder, but not linearly.
    if (work.hasEdge(source, target) || work.hasEdge(target, source)) return;
    work.addEdge(source, target);
  });
  const settings = forceAtlas2.inferSettings(work);
  forceAtlas2.assign(work, {
    iterations,
    settings: { ...settings, barnesHutOptimize: n > 2000, adjustSizes: false, scalingRatio: n < 100 ? 20 : settings.scalingRatio },
  });
  const out: Positions = new Map();
  work.forEachNode((node, attrs) => out.set(node, { x: attrs.x as number, y: attrs.y as number }));
  return out;
}

/**
 * The seeded starting positions of n nodes (in graph order) on a jittered circle, as
 * x0, y0, x1, y1, …: ForceAtlas2 is deterministic from here on.
 */
export function seededPositions(n: number, seed = 1): Float64Array {
  const rng = mulberry32(seed);
  const out = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const angle = (2 * Math.PI * k) / Math.max(1, n);
    const r = 100 * (0.8 + 0.4 * rng());
    out[2 * k] = r * Math.cos(angle);
    out[2 * k + 1] = r * Math.sin(angle);
  }
  return out;
}

/** Computes positions and writes them onto the graph's `x`/`y` node attributes. */
export function assignLayout(graph: Graph, options: LayoutOptions = {}): void {
  const positions = computeLayout(graph, options);
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...positions.get(node) }), { attributes: ["x", "y"] });
}

export function defaultIterations(order: number): number {
  if (order <= 200) return 500;
  if (order <= 5000) return 100;
  return 20;
}
