/**
 * Which relations share a pair of actors, so the view can draw them apart: the same attributes
 * as `indexParallelEdgesIndex` from @sigma/edge-curve (`parallelIndex`, `parallelMaxIndex`),
 * computed from the dataset's relations instead of a graph.
 *
 * Our own rather than the package's function for one reason: this runs in the load worker, before
 * any graph exists, and the package's version (graph.setEdgeAttribute per edge) took 2.6 s on the
 * page at 500k relations. tests/unit/parallel.test.ts checks the two agree on random multigraphs.
 * The rules are the package's: an edge alone on its pair gets null; alone in its direction with
 * others opposite, 1 of 1; n in one direction only, −(n−1)/2 … (n−1)/2; n in one direction with
 * others opposite, 1 … n of n.
 */

export interface ParallelIndex {
  /** Per relation, its index among the relations of its pair (NaN: alone, drawn with the default curve). */
  index: Float64Array;
  /** Per relation, the largest index of its group (NaN: alone). */
  max: Float64Array;
}

export function parallelIndex(relations: ReadonlyArray<{ source: string; target: string }>): ParallelIndex {
  const n = relations.length;
  const index = new Float64Array(n).fill(Number.NaN);
  const max = new Float64Array(n).fill(Number.NaN);
  // Relation positions by direction (source → target) and by unordered pair, in dataset order.
  const directed = new Map<string, number[]>();
  const undirectedCount = new Map<string, number>();
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  for (let i = 0; i < n; i++) {
    const { source, target } = relations[i]!;
    const d = key(source, target);
    const group = directed.get(d);
    if (group) group.push(i);
    else directed.set(d, [i]);
    const u = source < target ? d : key(target, source);
    undirectedCount.set(u, (undirectedCount.get(u) ?? 0) + 1);
  }
  for (const [d, group] of directed) {
    const [source, target] = d.split("\u0000") as [string, string];
    const both = undirectedCount.get(source < target ? d : key(target, source))!;
    const count = group.length;
    if (count === 1 && both === 1) continue;
    if (count === 1) {
      index[group[0]!] = 1;
      max[group[0]!] = 1;
    } else if (count === both) {
      const top = (count - 1) / 2;
      group.forEach((r, k) => {
        index[r] = -top + k;
        max[r] = top;
      });
    } else {
      group.forEach((r, k) => {
        index[r] = k + 1;
        max[r] = count;
      });
    }
  }
  return { index, max };
}
