/**
 * Structural balance at a date: every closed triad (three actors tied pairwise), its type, and
 * whether it is balanced.
 *
 * - Strong balance (Heider 1946; Cartwright & Harary 1956): a triad is balanced when the product
 *   of its three signs is positive, i.e. it has 0 or 2 negative ties (+++, +−−).
 * - Weak balance (Davis 1967): only the triad with exactly one negative tie (++−) is unbalanced;
 *   the all-negative triad (−−−) is allowed, since three mutually hostile camps are stable.
 * - The balanced ratio is balanced triads / closed triads; null when there is no closed triad.
 *   Triad types follow Antal, Krapivsky & Redner (2005), whose Δk is the triad with k negative ties:
 *   +++ = Δ0, ++− = Δ1, +−− = Δ2, −−− = Δ3.
 *
 * Triads are enumerated with the forward algorithm (Schank & Wagner 2005; Latapy 2008): actors
 * are ranked by degree, each tie is oriented from lower to higher rank, and a triad is found once
 * from its lowest-ranked actor by intersecting out-lists. An actor's out-degree is then at most
 * √(2m), so the work is O(m·√m) for m ties, whatever the number of actors: never cubic.
 */
import type { StanceModel } from "../stanceModel.ts";
import type { IndexedSignedGraph, SignedGraph, SignedGraphOptions, TieSign } from "./signedGraph.ts";
import { indexSignedGraph, signedGraphAt } from "./signedGraph.ts";

/** Triad types by their signs; the number of '-' is the number of negative ties. */
export type TriadType = "+++" | "++-" | "+--" | "---";
export const TRIAD_TYPES: readonly TriadType[] = ["+++", "++-", "+--", "---"];

/** Column-safe names of the triad types (CSV cells must not start with + or -). */
export const TRIAD_TYPE_NAMES: Readonly<Record<TriadType, string>> = { "+++": "ppp", "++-": "ppn", "+--": "pnn", "---": "nnn" };

export type TriadCounts = Record<TriadType, number>;

export interface Triad {
  /** Actor ids in string order. */
  actors: [string, string, string];
  labels: [string, string, string];
  /** Signs of the ties actors[0]–actors[1], actors[0]–actors[2], actors[1]–actors[2]. */
  signs: [TieSign, TieSign, TieSign];
  type: TriadType;
  strongBalanced: boolean;
  weakBalanced: boolean;
}

export interface BalanceFigure {
  balanced: number;
  unbalanced: number;
  /** balanced / (balanced + unbalanced); null when there is no closed triad. */
  ratio: number | null;
}

export interface BalanceReport {
  date: string | null;
  /** Number of signed ties and how many of them are positive / negative. */
  ties: { total: number; positive: number; negative: number };
  /** Number of closed triads. */
  triads: number;
  counts: TriadCounts;
  strong: BalanceFigure;
  weak: BalanceFigure;
  /** Triads unbalanced under strong balance (++− and −−−): ++− first, then by actor ids. */
  unbalanced: Triad[];
}

/** Type of a triad from its number of negative ties (0..3). */
export function triadTypeOf(negatives: number): TriadType {
  return TRIAD_TYPES[negatives]!;
}

export const isStrongBalanced = (type: TriadType): boolean => type === "+++" || type === "+--";
export const isWeakBalanced = (type: TriadType): boolean => type !== "++-";

/**
 * Calls `visit(u, v, w, s_uv, s_uw, s_vw)` once for every closed triad of the indexed graph,
 * in O(m·√m). Actor indices are those of `graph.ids`; the order of u, v, w is unspecified.
 */
export function forEachTriad(
  graph: IndexedSignedGraph,
  visit: (u: number, v: number, w: number, suv: TieSign, suw: TieSign, svw: TieSign) => void,
  /** Counts the inner loop's steps (pairs of out-ties looked at): the work, for tests that bound it. */
  work: { steps: number } = { steps: 0 },
): void {
  const { n, offsets, neighbours, signs } = graph;
  // Rank by (degree, index): the forward algorithm's degree ordering.
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => offsets[p + 1]! - offsets[p]! - (offsets[q + 1]! - offsets[q]!) || p - q);
  const rank = new Int32Array(n);
  order.forEach((node, r) => (rank[node] = r));
  // Out-lists: each tie kept once, at its lower-ranked end.
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let out = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (rank[neighbours[k]!]! > rank[u]!) out++;
    outOffsets[u + 1] = outOffsets[u]! + out;
  }
  const outTargets = new Int32Array(outOffsets[n]!);
  const outSigns = new Int8Array(outOffsets[n]!);
  for (let u = 0, p = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (rank[neighbours[k]!]! > rank[u]!) {
        outTargets[p] = neighbours[k]!;
        outSigns[p++] = signs[k]!;
      }
    }
  }
  // stamp[w] === u + 1 marks w as an out-neighbour of the current u; markSign holds sign(u, w).
  const stamp = new Int32Array(n);
  const markSign = new Int8Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) {
      stamp[outTargets[k]!] = u + 1;
      markSign[outTargets[k]!] = outSigns[k]!;
    }
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) {
      const v = outTargets[k]!;
      work.steps += outOffsets[v + 1]! - outOffsets[v]!;
      for (let j = outOffsets[v]!; j < outOffsets[v + 1]!; j++) {
        const w = outTargets[j]!;
        if (stamp[w] === u + 1) visit(u, v, w, outSigns[k] as TieSign, markSign[w] as TieSign, outSigns[j] as TieSign);
      }
    }
  }
}

/** Every closed triad, sorted by actor ids. */
export function listTriads(graph: SignedGraph): Triad[] {
  const indexed = indexSignedGraph(graph);
  const out: Triad[] = [];
  forEachTriad(indexed, (u, v, w, suv, suw, svw) => out.push(makeTriad(indexed, u, v, w, suv, suw, svw)));
  return out.sort(compareTriads);
}

/** Triad counts only, without building triad objects (what the series and benchmarks need). */
export function countTriads(graph: SignedGraph): TriadCounts {
  const counts = emptyTriadCounts();
  forEachTriad(indexSignedGraph(graph), (_u, _v, _w, a, b, c) => {
    counts[triadTypeOf((a < 0 ? 1 : 0) + (b < 0 ? 1 : 0) + (c < 0 ? 1 : 0))]++;
  });
  return counts;
}

/** Structural balance of a signed graph: counts, both balanced ratios, the unbalanced triads. */
export function balanceOf(graph: SignedGraph): BalanceReport {
  const triads = listTriads(graph);
  const counts = emptyTriadCounts();
  for (const t of triads) counts[t.type]++;
  const positive = graph.ties.filter((t) => t.sign > 0).length;
  const unbalanced = triads.filter((t) => !t.strongBalanced).sort((p, q) => Number(p.weakBalanced) - Number(q.weakBalanced) || compareTriads(p, q));
  return {
    date: graph.date,
    ties: { total: graph.ties.length, positive, negative: graph.ties.length - positive },
    ...balanceFigures(counts),
    unbalanced,
  };
}

/** Structural balance of the relations active on `date`. */
export function balanceAt(model: StanceModel, date: string, options: SignedGraphOptions = {}): BalanceReport {
  return balanceOf(signedGraphAt(model, date, options));
}

/** The totals and both balanced ratios implied by triad counts. */
export function balanceFigures(counts: TriadCounts): { triads: number; counts: TriadCounts; strong: BalanceFigure; weak: BalanceFigure } {
  const triads = counts["+++"] + counts["++-"] + counts["+--"] + counts["---"];
  const figure = (balanced: number): BalanceFigure => ({ balanced, unbalanced: triads - balanced, ratio: triads === 0 ? null : balanced / triads });
  return {
    triads,
    counts: { ...counts },
    strong: figure(counts["+++"] + counts["+--"]),
    weak: figure(counts["+++"] + counts["+--"] + counts["---"]),
  };
}

export function emptyTriadCounts(): TriadCounts {
  return { "+++": 0, "++-": 0, "+--": 0, "---": 0 };
}

function makeTriad(g: IndexedSignedGraph, u: number, v: number, w: number, suv: TieSign, suw: TieSign, svw: TieSign): Triad {
  // Sign of any two of u, v, w: the pair holds u and v, u and w, or else v and w.
  const sign = (x: number, y: number): TieSign => (x === u || y === u ? (x === v || y === v ? suv : suw) : svw);
  const [x, y, z] = [u, v, w].sort((p, q) => (g.ids[p]! < g.ids[q]! ? -1 : g.ids[p]! > g.ids[q]! ? 1 : 0)) as [number, number, number];
  const signs: [TieSign, TieSign, TieSign] = [sign(x, y), sign(x, z), sign(y, z)];
  const type = triadTypeOf(signs.filter((s) => s < 0).length);
  return {
    actors: [g.ids[x]!, g.ids[y]!, g.ids[z]!],
    labels: [g.labels[x]!, g.labels[y]!, g.labels[z]!],
    signs,
    type,
    strongBalanced: isStrongBalanced(type),
    weakBalanced: isWeakBalanced(type),
  };
}

function compareTriads(p: Triad, q: Triad): number {
  for (let i = 0; i < 3; i++) {
    if (p.actors[i]! < q.actors[i]!) return -1;
    if (p.actors[i]! > q.actors[i]!) return 1;
  }
  return 0;
}
