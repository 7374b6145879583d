/**
 * The heuristic bloc search for large components: a greedy start, single-actor relocation to a
 * local optimum (Doreian & Mrvar's relocation), repeated from seeded perturbations (iterated local
 * search). The result is an upper bound on the minimum; blocs.ts documents the costs.
 */
import { mulberry32 } from "../random.ts";
import type { TieSign } from "./signedGraph.ts";
import { better, compact, compactSizes, placementKey, scoreOf, type LocalGraph, type Solution } from "./blocsSearch.ts";

/** Iterated local search: greedy start, relocation to a local optimum, seeded perturbations. */
export function heuristic(local: LocalGraph, maxBlocs: number, seed: number, rounds: number): Solution {
  const random = mulberry32(seed);
  let best = relocate(local, greedyStart(local, maxBlocs), maxBlocs);
  for (let r = 0; r < rounds && best.cost > 0; r++) {
    const labels = best.labels.slice();
    let used = best.blocs;
    const kicks = Math.max(1, Math.round(local.size / 10));
    for (let k = 0; k < kicks; k++) {
      const node = Math.floor(random() * local.size);
      // Move to the bloc of a random neighbour, or (sometimes, when allowed) to a fresh bloc.
      const nbrs = local.adj[node]!;
      if (used < maxBlocs && random() < 0.2) labels[node] = used++;
      else if (nbrs.length) labels[node] = labels[nbrs[Math.floor(random() * nbrs.length)]![0]]!;
    }
    compact(labels);
    const candidate = relocate(local, labels, maxBlocs);
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

/**
 * Per-bloc counts of one node's positive and negative ties, in arrays indexed by bloc label
 * (labels stay below the component size + 1), reset after each use through the list of the
 * labels touched: no allocation per node.
 */
class TieCounts {
  readonly pos: Int32Array;
  readonly neg: Int32Array;
  readonly touched: number[] = [];
  posTotal = 0;

  constructor(size: number) {
    this.pos = new Int32Array(size + 1);
    this.neg = new Int32Array(size + 1);
  }

  /** Counts u's ties to placed neighbours (label ≥ 0); returns how many there were. */
  count(adj: ReadonlyArray<[number, TieSign]>, labels: Int32Array): number {
    this.clear();
    let placed = 0;
    for (const [v, s] of adj) {
      const l = labels[v]!;
      if (l < 0) continue;
      if (this.pos[l] === 0 && this.neg[l] === 0) this.touched.push(l);
      if (s > 0) {
        this.pos[l]!++;
        this.posTotal++;
      } else this.neg[l]!++;
      placed++;
    }
    return placed;
  }

  /** Placement key of bloc l for a node with `degree` counted ties (see `placementKey`). */
  key(l: number, degree: number): number {
    return placementKey(this.posTotal, this.pos[l]!, this.neg[l]!, degree);
  }

  /** Placement key of a bloc with none of the counted ties. */
  untiedKey(degree: number): number {
    return placementKey(this.posTotal, 0, 0, degree);
  }

  tied(l: number): boolean {
    return this.pos[l] !== 0 || this.neg[l] !== 0;
  }

  /** The lowest bloc label below `blocs`, other than `current`, with none of the counted ties. */
  firstUntied(blocs: number, current: number): number {
    for (let l = 0; l < blocs; l++) if (l !== current && !this.tied(l)) return l;
    return -1;
  }

  private clear(): void {
    for (const l of this.touched) this.pos[l] = this.neg[l] = 0;
    this.touched.length = 0;
    this.posTotal = 0;
  }
}

/**
 * Breadth-first from node 0 (the component is connected), each node to the bloc that suits its
 * ties to the nodes already placed best: one of their blocs (the lowest label on a tie), or a
 * bloc with none of them — an existing one, else a new one while the limit allows.
 */
function greedyStart(local: LocalGraph, maxBlocs: number): Int32Array {
  const labels = new Int32Array(local.size).fill(-1);
  labels[0] = 0;
  let used = 1;
  const queue: number[] = [0];
  const counts = new TieCounts(local.size);
  for (let head = 0; head < queue.length; head++) {
    for (const [v] of local.adj[queue[head]!]!) {
      if (labels[v] !== -1) continue;
      const degree = counts.count(local.adj[v]!, labels);
      let bestLabel = -1;
      let bestKey = Number.POSITIVE_INFINITY;
      for (const l of counts.touched) {
        const key = counts.key(l, degree);
        if (key < bestKey || (key === bestKey && l < bestLabel)) [bestKey, bestLabel] = [key, l];
      }
      if (counts.untiedKey(degree) < bestKey) {
        const untied = counts.firstUntied(used, -1);
        if (untied !== -1) bestLabel = untied;
        else if (used < maxBlocs) bestLabel = used++;
      }
      labels[v] = bestLabel;
      queue.push(v);
    }
  }
  return labels;
}

/**
 * Moves single nodes to the bloc that improves the objective most (the lowest label on a tie),
 * until no move helps. A node alone in its bloc also moves on a tie, since emptying a bloc is an
 * improvement.
 */
function relocate(local: LocalGraph, start: Int32Array, maxBlocs: number): Solution {
  const labels = start.slice();
  let blocs = compact(labels);
  const size = new Int32Array(local.size + 1);
  for (const l of labels) size[l]!++;
  const counts = new TieCounts(local.size);
  let moved = true;
  while (moved) {
    moved = false;
    for (let u = 0; u < local.size; u++) {
      const degree = counts.count(local.adj[u]!, labels);
      const current = labels[u]!;
      const alone = size[current] === 1;
      const here = counts.key(current, degree);
      let bestLabel = current;
      let bestKey = here;
      // Better than staying (or, when alone, as good), and better than the best so far.
      const consider = (l: number, key: number) => {
        if (l === current) return;
        const beatsStaying = key < here || (alone && key === here);
        const beatsBest = bestLabel === current || key < bestKey || (key === bestKey && l < bestLabel);
        if (beatsStaying && beatsBest) [bestKey, bestLabel] = [key, l];
      };
      for (const l of counts.touched) consider(l, counts.key(l, degree));
      // A bloc u has no tie to: an existing one if there is any, else a new one (if the limit
      // allows and u is not alone already, which would change nothing).
      const untiedKey = counts.untiedKey(degree);
      const untied = counts.firstUntied(blocs, current);
      if (untied !== -1) consider(untied, untiedKey);
      else if (!alone && blocs < maxBlocs && untiedKey < bestKey) bestLabel = blocs;
      if (bestLabel === current) continue;
      if (bestLabel === blocs) blocs++;
      size[current]!--;
      size[bestLabel]!++;
      labels[u] = bestLabel;
      moved = true;
    }
    blocs = compactSizes(labels, size);
  }
  return { labels, ...scoreOf(local, labels, blocs) };
}
