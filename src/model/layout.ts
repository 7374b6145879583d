/**
 * The stable layout: ForceAtlas2 over the whole multigraph (all relations of all time), started
 * from seeded positions. The same dataset and seed always give the same picture, and positions do
 * not depend on the date shown, so nodes stay put while the timeline moves.
 */
import { mulberry32 } from "./random.ts";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Graph from "graphology";
import { FA2_PPN, fa2Iterate, fa2Matrices, fa2Settings } from "./fa2Internals.ts";

export interface LayoutOptions {
  /** Seed of the starting positions. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
}

/** Positions by node key (a Map: ids are data, never object keys). */
export type Positions = Map<string, { x: number; y: number }>;

/** Computes positions without touching the graph: the stable layout, all its iterations at once. */
export function computeLayout(graph: Graph, options: LayoutOptions = {}): Positions {
  const input = layoutInput(graph, options);
  const stepper = createLayoutStepper(input);
  stepper.step(input.iterations);
  const xy = stepper.positions();
  const out: Positions = new Map();
  input.nodes.forEach((node, k) => out.set(node, { x: xy[2 * k]!, y: xy[2 * k + 1]! }));
  return out;
}

/**
 * What the stable layout is computed from, as plain arrays a worker can take: the nodes in graph
 * order, their seeded starting positions, the distinct undirected pairs (in the order the graph
 * lists its edges) and the number of iterations. The app draws the starting positions at once and
 * runs the iterations after the first draw (src/view/layoutRefine.ts); the CLI runs them at once.
 */
export interface LayoutInput {
  nodes: string[];
  /** x0, y0, x1, y1, … (seededPositions). */
  start: Float64Array;
  /** Node indexes, two per pair: source0, target0, source1, target1, … */
  pairs: Int32Array;
  iterations: number;
}

export function layoutInput(graph: Graph, options: LayoutOptions = {}): LayoutInput {
  const nodes = graph.nodes();
  const at = new Map<string, number>();
  nodes.forEach((node, k) => at.set(node, k));
  const pairs: number[] = [];
  // Repeated relations between one pair pull a little harder, but not linearly: one pair each.
  const seen = new Set<string>();
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const s = at.get(source)!;
    const t = at.get(target)!;
    if (s === t) return;
    const key = s < t ? `${s} ${t}` : `${t} ${s}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(s, t);
  });
  return {
    nodes,
    start: seededPositions(nodes.length, options.seed ?? 1),
    pairs: Int32Array.from(pairs),
    iterations: options.iterations ?? defaultIterations(nodes.length),
  };
}

/** ForceAtlas2 one batch of iterations at a time, ending exactly where one synchronous run ends. */
export interface LayoutStepper {
  /** Runs up to `n` more iterations; returns the number done so far. */
  step(n: number): number;
  readonly done: number;
  readonly total: number;
  /** Current positions, x0, y0, x1, y1, … in node order (the starting ones before any iteration). */
  positions(): Float64Array;
}

/**
 * Steps ForceAtlas2 over the pairs of `input`. The synchronous `forceAtlas2()` builds its matrices,
 * runs every iteration, then writes back: stopping half-way and starting again would reset each
 * node's speed and convergence and end elsewhere. Keeping the matrices between batches (its own
 * iterate and graphToByteArrays, fenced in fa2Internals.ts) ends bit for bit where one run ends,
 * so the picture after the animation is the one a CLI export computes in one go.
 */
export function createLayoutStepper(input: LayoutInput): LayoutStepper {
  const n = input.nodes.length;
  const work = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let k = 0; k < n; k++) work.addNode(String(k), { x: input.start[2 * k]!, y: input.start[2 * k + 1]! });
  for (let i = 0; i < input.pairs.length; i += 2) work.addEdge(String(input.pairs[i]), String(input.pairs[i + 1]));
  const inferred = forceAtlas2.inferSettings(work);
  const settings = fa2Settings({ ...inferred, barnesHutOptimize: n > 2000, adjustSizes: false, scalingRatio: n < 100 ? 20 : inferred.scalingRatio });
  const matrices = fa2Matrices(work);
  const total = n < 2 ? 0 : input.iterations;
  let done = 0;
  return {
    step(count) {
      const until = Math.min(total, done + count);
      for (; done < until; done++) fa2Iterate(settings, matrices.nodes, matrices.edges);
      return done;
    },
    get done() {
      return done;
    },
    total,
    positions() {
      if (done === 0) return input.start.slice();
      const out = new Float64Array(2 * n);
      for (let k = 0; k < n; k++) {
        out[2 * k] = matrices.nodes[k * FA2_PPN]!;
        out[2 * k + 1] = matrices.nodes[k * FA2_PPN + 1]!;
      }
      return out;
    },
  };
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
