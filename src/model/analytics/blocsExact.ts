/**
 * The exact bloc search for small components (blocs.ts uses it up to `exactLimit` actors): a
 * depth-first search over set partitions with branch and bound. Worst case O(Bell(n)·n).
 */
import { better, compact, type LocalGraph, type Solution } from "./blocsSearch.ts";

/**
 * Exact search over restricted growth strings: node i (in order of decreasing degree) joins one
 * of the blocs used so far or opens the next one. Unexplained ties, negatives inside and blocs
 * used only grow along a branch, so a branch that cannot beat the best is cut. Starts from
 * `seed`, an upper bound; the first optimum in search order is kept.
 */
export function exactSearch(local: LocalGraph, maxBlocs: number, seed: Solution): Solution {
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
