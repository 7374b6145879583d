/**
 * Blocs: a partition of the actors that best explains the signs — positive ties inside blocs,
 * negative ties between them. A tie that breaks the pattern (negative inside, positive between)
 * is *unexplained*; the partition minimises their number, the frustration (Doreian & Mrvar 1996).
 *
 * With at most 2 blocs the minimum is the frustration index, the distance to strong balance
 * (Cartwright & Harary 1956: a graph is balanced iff 2 blocs explain every tie). With no limit on
 * the number of blocs it is the distance to weak balance, Davis's (1967) clusterability. `maxBlocs`
 * chooses; the default is no limit.
 *
 * Several partitions often leave the same number of ties unexplained. Ties are broken, in order:
 * fewer *negative ties inside* blocs (enemies sharing a bloc fit the idea of a bloc worse than
 * friends across blocs, which cross-cutting cooperation makes common; this is Doreian & Mrvar's
 * weighted criterion with α just above ½), then fewer blocs, then the first partition in search
 * order. Results are deterministic; `undetermined` lists the actors whose bloc the ties alone do
 * not settle.
 *
 * The problem is NP-hard, so:
 * - Each connected component is solved on its own (no tie joins two components, so their costs
 *   add up and k blocs may be used in each).
 * - Components of at most `exactLimit` actors (default 12) are solved exactly: a depth-first
 *   search over set partitions (restricted growth strings, at most `maxBlocs` blocs) with branch
 *   and bound, seeded with the heuristic's answer. Worst case O(Bell(n)·n); 12 actors is ~4·10⁶
 *   partitions and takes well under a second.
 * - Larger components get a heuristic: a greedy start in breadth-first order, then single-actor
 *   relocation to the best bloc until no move helps (Doreian & Mrvar's relocation), repeated
 *   from `rounds` seeded random perturbations (iterated local search), keeping the best. Each
 *   local search pass costs O(n + m·log d) (d: largest degree) and every pass improves the
 *   objective (unexplained ties, negatives inside), so one round is O((n + m·log d)·(F + N)) for
 *   F unexplained ties and N negatives inside at its start. The result is an upper bound.
 */
import type { StanceModel } from "../stanceModel.ts";
import type { IndexedSignedGraph, SignedGraph, SignedGraphOptions, TieSign } from "./signedGraph.ts";
import { indexSignedGraph, signedGraphAt } from "./signedGraph.ts";
import { mulberry32 } from "../random.ts";

export interface BlocOptions {
  /** Most blocs per connected component; default no limit. 2 gives the frustration index. */
  maxBlocs?: number;
  /** Components with at most this many actors are solved exactly (default 12). */
  exactLimit?: number;
  /** Seed of the heuristic's perturbations (default 1). */
  seed?: number;
  /** Perturbation rounds of the heuristic (default 60). */
  rounds?: number;
}

export interface Bloc {
  /** 1, 2, …: blocs ordered by size (largest first), then by their first member id. */
  id: number;
  /** Actor ids, sorted. */
  members: string[];
  labels: string[];
}

export interface UnexplainedTie {
  a: string;
  b: string;
  sign: TieSign;
  /** A negative tie inside a bloc, or a positive tie between two blocs. */
  reason: "negative-inside" | "positive-between";
}

export interface BlocPartition {
  date: string | null;
  /** The limit used: a number, or null for no limit. */
  maxBlocs: number | null;
  /** True when every component was solved exactly, so `frustration` is the minimum. */
  exact: boolean;
  blocs: Bloc[];
  /** Bloc id of every actor with at least one tie (a Map: ids are data, never object keys). */
  blocOf: ReadonlyMap<string, number>;
  /** Actors with no tie at the date: the signs say nothing about them. */
  unaligned: string[];
  ties: number;
  /** Number of unexplained ties. */
  frustration: number;
  unexplained: UnexplainedTie[];
  /** Tied actors that could move to another bloc (or one of their own) without changing the frustration. */
  undetermined: string[];
}

const DEFAULT_EXACT_LIMIT = 12;
const DEFAULT_ROUNDS = 60;

/** The bloc partition of the relations active on `date`. */
export function blocsAt(model: StanceModel, date: string, options: BlocOptions & SignedGraphOptions = {}): BlocPartition {
  return findBlocs(signedGraphAt(model, date, options), options);
}

/** The partition of a signed graph's actors into blocs that leaves the fewest ties unexplained. */
export function findBlocs(graph: SignedGraph, options: BlocOptions = {}): BlocPartition {
  const maxBlocs = options.maxBlocs ?? Number.POSITIVE_INFINITY;
  if (!(maxBlocs >= 1) || (Number.isFinite(maxBlocs) && !Number.isInteger(maxBlocs))) {
    throw new RangeError(`maxBlocs must be a whole number ≥ 1, got ${String(options.maxBlocs)}`);
  }
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const g = indexSignedGraph(graph);
  const label = new Int32Array(g.n).fill(-1);
  let nextLabel = 0;
  let exact = true;
  components(g).forEach((members, c) => {
    const local = localGraph(g, members);
    let result = heuristic(local, maxBlocs, (options.seed ?? 1) + c * 7919, options.rounds ?? DEFAULT_ROUNDS);
    if (members.length <= exactLimit) result = exactSearch(local, maxBlocs, result);
    else exact = false;
    members.forEach((node, i) => (label[node] = nextLabel + result.labels[i]!));
    nextLabel += result.blocs;
  });
  return describePartition(graph, g, label, Number.isFinite(maxBlocs) ? maxBlocs : null, exact);
}

/** Frustration of an arbitrary assignment (bloc label per actor id); for checking and tests. */
export function frustrationOf(graph: SignedGraph, blocOf: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const t of graph.ties) {
    const same = blocOf.get(t.a) === blocOf.get(t.b);
    if ((t.sign > 0) !== same) count++;
  }
  return count;
}

/** A connected component renumbered 0..s−1, with its ties in adjacency form. */
interface LocalGraph {
  size: number;
  /** Neighbours and signs of local node i. */
  adj: Array<Array<[number, TieSign]>>;
}

interface Solution extends Score {
  /** Bloc label per local node, 0..blocs−1. */
  labels: Int32Array;
}

/** The objective, compared in this order: unexplained ties, negative ties inside blocs, blocs. */
interface Score {
  cost: number;
  negInside: number;
  blocs: number;
}

/** Connected components by ties; actors without ties are left out. Each list in increasing index. */
function components(g: IndexedSignedGraph): number[][] {
  const seen = new Uint8Array(g.n);
  const out: number[][] = [];
  for (let start = 0; start < g.n; start++) {
    if (seen[start] || g.offsets[start + 1] === g.offsets[start]) continue;
    const members: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const u = stack.pop()!;
      members.push(u);
      for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
        const v = g.neighbours[k]!;
        if (!seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    out.push(members.sort((a, b) => a - b));
  }
  return out;
}

function localGraph(g: IndexedSignedGraph, members: number[]): LocalGraph {
  const local = new Map(members.map((node, i) => [node, i]));
  const adj = members.map((node) => {
    const list: Array<[number, TieSign]> = [];
    for (let k = g.offsets[node]!; k < g.offsets[node + 1]!; k++) list.push([local.get(g.neighbours[k]!)!, g.signs[k] as TieSign]);
    return list;
  });
  return { size: members.length, adj };
}

function scoreOf(local: LocalGraph, labels: Int32Array, blocs: number): Score {
  let cost = 0;
  let negInside = 0;
  for (let u = 0; u < local.size; u++) {
    for (const [v, s] of local.adj[u]!) {
      if (u > v) continue;
      const same = labels[u] === labels[v];
      if ((s > 0) !== same) cost++;
      if (s < 0 && same) negInside++;
    }
  }
  return { cost, negInside, blocs };
}

/**
 * One node's placement in bloc l as a single number: unexplained ties among its own, then
 * negatives inside, packed so that comparing numbers compares (unexplained, negatives) in order.
 * `pos`/`neg` are its positive/negative ties into l, `posTotal` all its positive ties.
 */
function placementKey(posTotal: number, pos: number, neg: number, degree: number): number {
  return (posTotal - pos + neg) * (degree + 1) + neg;
}

/** Renumbers labels 0..B−1 in order of first appearance; returns B. */
function compact(labels: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    let l = map.get(labels[i]!);
    if (l === undefined) map.set(labels[i]!, (l = map.size));
    labels[i] = l;
  }
  return map.size;
}

function better(a: Score, b: Score): boolean {
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.negInside !== b.negInside) return a.negInside < b.negInside;
  return a.blocs < b.blocs;
}

/**
 * Exact search over restricted growth strings: node i (in order of decreasing degree) joins one
 * of the blocs used so far or opens the next one. Unexplained ties, negatives inside and blocs
 * used only grow along a branch, so a branch that cannot beat the best is cut. Starts from
 * `seed`, an upper bound; the first optimum in search order is kept.
 */
function exactSearch(local: LocalGraph, maxBlocs: number, seed: Solution): Solution {
  const s = local.size;
  const order = Array.from({ length: s }, (_, i) => i).sort((p, q) => local.adj[q]!.length - local.adj[p]!.length || p - q);
  const position = new Int32Array(s);
  order.forEach((node, pos) => (position[node] = pos));
  // Ties of each position to earlier positions only.
  const earlier = order.map((node) => local.adj[node]!.filter(([v]) => position[v]! < position[node]!).map(([v, sign]) => [position[v]!, sign] as const));
  const assign = new Int32Array(s);
  let best: Solution = seed;
  let found = false;

  const visit = (pos: number, used: number, cost: number, negInside: number): void => {
    const here = { cost, negInside, blocs: used };
    // Equal to the best is still worth finishing while the best is only the heuristic's seed.
    if (better(best, here) || (found && !better(here, best))) return;
    if (pos === s) {
      const labels = new Int32Array(s);
      for (let p = 0; p < s; p++) labels[order[p]!] = assign[p]!;
      best = { labels, ...here };
      found = true;
      return;
    }
    const options = Math.min(used + 1, maxBlocs);
    for (let l = 0; l < options; l++) {
      let add = 0;
      let addNeg = 0;
      for (const [q, sign] of earlier[pos]!) {
        const same = assign[q] === l;
        if ((sign > 0) !== same) add++;
        if (sign < 0 && same) addNeg++;
      }
      assign[pos] = l;
      visit(pos + 1, l === used ? used + 1 : used, cost + add, negInside + addNeg);
    }
  };
  visit(0, 0, 0, 0);
  const labels = best.labels.slice();
  return { ...best, labels, blocs: compact(labels) };
}

/** Iterated local search: greedy start, relocation to a local optimum, seeded perturbations. */
function heuristic(local: LocalGraph, maxBlocs: number, seed: number, rounds: number): Solution {
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

/** `compact`, keeping the bloc sizes array in step. */
function compactSizes(labels: Int32Array, size: Int32Array): number {
  const blocs = compact(labels);
  size.fill(0);
  for (const l of labels) size[l]!++;
  return blocs;
}

function describePartition(graph: SignedGraph, g: IndexedSignedGraph, label: Int32Array, maxBlocs: number | null, exact: boolean): BlocPartition {
  const groups = new Map<number, number[]>();
  const unaligned: string[] = [];
  for (let i = 0; i < g.n; i++) {
    if (label[i] === -1) unaligned.push(g.ids[i]!);
    else {
      const list = groups.get(label[i]!) ?? [];
      list.push(i);
      groups.set(label[i]!, list);
    }
  }
  const byId = (p: number, q: number) => (g.ids[p]! < g.ids[q]! ? -1 : g.ids[p]! > g.ids[q]! ? 1 : 0);
  const sorted = [...groups.values()].map((list) => list.sort(byId)).sort((p, q) => q.length - p.length || byId(p[0]!, q[0]!));
  const blocOf = new Map<string, number>();
  const blocs: Bloc[] = sorted.map((list, i) => {
    for (const node of list) blocOf.set(g.ids[node]!, i + 1);
    return { id: i + 1, members: list.map((x) => g.ids[x]!), labels: list.map((x) => g.labels[x]!) };
  });
  const unexplained: UnexplainedTie[] = [];
  for (const t of graph.ties) {
    const same = blocOf.get(t.a) === blocOf.get(t.b);
    if (t.sign < 0 && same) unexplained.push({ a: t.a, b: t.b, sign: t.sign, reason: "negative-inside" });
    if (t.sign > 0 && !same) unexplained.push({ a: t.a, b: t.b, sign: t.sign, reason: "positive-between" });
  }
  return {
    date: graph.date,
    maxBlocs,
    exact,
    blocs,
    blocOf,
    unaligned: unaligned.sort(),
    ties: graph.ties.length,
    frustration: unexplained.length,
    unexplained,
    undetermined: undeterminedActors(g, label, maxBlocs ?? Number.POSITIVE_INFINITY),
  };
}

/** Tied actors with another placement of equal cost: a bloc they have no tie to, or a tied bloc that fits as well. */
function undeterminedActors(g: IndexedSignedGraph, label: Int32Array, maxBlocs: number): string[] {
  // Blocs per component, to know whether a bloc u has no tie to exists or may be opened.
  const componentBlocs = new Map<number, Set<number>>();
  const componentOf = new Int32Array(g.n).fill(-1);
  components(g).forEach((members, c) => {
    const set = new Set<number>();
    for (const x of members) {
      componentOf[x] = c;
      set.add(label[x]!);
    }
    componentBlocs.set(c, set);
  });
  const blocSize = new Map<number, number>();
  for (let i = 0; i < g.n; i++) if (label[i] !== -1) blocSize.set(label[i]!, (blocSize.get(label[i]!) ?? 0) + 1);
  const out: string[] = [];
  for (let u = 0; u < g.n; u++) {
    if (label[u] === -1) continue;
    const pos = new Map<number, number>();
    const neg = new Map<number, number>();
    let posTotal = 0;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      const m = g.signs[k]! > 0 ? pos : neg;
      const l = label[g.neighbours[k]!]!;
      m.set(l, (m.get(l) ?? 0) + 1);
      if (g.signs[k]! > 0) posTotal++;
    }
    const cost = (l: number) => posTotal - (pos.get(l) ?? 0) + (neg.get(l) ?? 0);
    const here = cost(label[u]!);
    const tiedBlocs = new Set([...pos.keys(), ...neg.keys()]);
    const blocsHere = componentBlocs.get(componentOf[u]!)!;
    const untiedBlocExists = [...blocsHere].some((l) => l !== label[u] && !tiedBlocs.has(l));
    const canOpen = blocsHere.size < maxBlocs && blocSize.get(label[u]!)! > 1;
    const alternative =
      [...tiedBlocs].some((l) => l !== label[u] && cost(l) === here) || ((untiedBlocExists || canOpen) && posTotal === here);
    if (alternative) out.push(g.ids[u]!);
  }
  return out.sort();
}
