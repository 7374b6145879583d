/**
 * What the bloc searches share (blocs.ts): a connected component in local form, the objective and
 * its order, and label bookkeeping. The exact search is blocsExact.ts, the heuristic
 * blocsHeuristic.ts; blocs.ts chooses between them per component.
 */
import type { IndexedSignedGraph, TieSign } from "./signedGraph.ts";

/** A connected component renumbered 0..s−1, with its ties in adjacency form. */
export interface LocalGraph {
  size: number;
  /** Neighbours and signs of local node i. */
  adj: Array<Array<[number, TieSign]>>;
}

export interface Solution extends Score {
  /** Bloc label per local node, 0..blocs−1. */
  labels: Int32Array;
}

/** The objective, compared in this order: unexplained ties, negative ties inside blocs, blocs. */
export interface Score {
  cost: number;
  negInside: number;
  blocs: number;
}

/** The component of `members` (global indices, increasing) with local indices 0..s−1. */
export function localGraph(g: IndexedSignedGraph, members: number[]): LocalGraph {
  const local = new Map(members.map((node, i) => [node, i]));
  const adj = members.map((node) => {
    const list: Array<[number, TieSign]> = [];
    for (let k = g.offsets[node]!; k < g.offsets[node + 1]!; k++) list.push([local.get(g.neighbours[k]!)!, g.signs[k] as TieSign]);
    return list;
  });
  return { size: members.length, adj };
}

export function scoreOf(local: LocalGraph, labels: Int32Array, blocs: number): Score {
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
export function placementKey(posTotal: number, pos: number, neg: number, degree: number): number {
  return (posTotal - pos + neg) * (degree + 1) + neg;
}

/** Renumbers labels 0..B−1 in order of first appearance; returns B. */
export function compact(labels: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    let l = map.get(labels[i]!);
    if (l === undefined) map.set(labels[i]!, (l = map.size));
    labels[i] = l;
  }
  return map.size;
}

/** Whether `a` is strictly better than `b`: fewer unexplained ties, then fewer negatives inside, then fewer blocs. */
export function better(a: Score, b: Score): boolean {
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.negInside !== b.negInside) return a.negInside < b.negInside;
  return a.blocs < b.blocs;
}

/** `compact`, keeping the bloc sizes array in step. */
export function compactSizes(labels: Int32Array, size: Int32Array): number {
  const blocs = compact(labels);
  size.fill(0);
  for (const l of labels) size[l]!++;
  return blocs;
}
