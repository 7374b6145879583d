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
import { localGraph } from "./blocsSearch.ts";
import { exactSearch } from "./blocsExact.ts";
import { heuristic } from "./blocsHeuristic.ts";

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
