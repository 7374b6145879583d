/**
 * "Which relations are active on day t?" without scanning every relation.
 *
 * A static centred interval tree over half-open day intervals [from, to): a query costs
 * O(log n + k) for k answers. Two sorted endpoint lists answer "what changed between a and b?"
 * in O(log n + changes), which is what the view uses when the date moves: it toggles only the
 * relations that entered or left, never the whole set.
 *
 * Written here rather than taken from a package: the interval-tree packages on npm are closed
 * intervals over floats with mutation support we do not need, and this one is ~100 lines.
 */
import { toDay } from "./dates.ts";

/** Ongoing relations end at +∞. */
const OPEN_END = Number.POSITIVE_INFINITY;

export interface IntervalChanges {
  /** Active on `b`, not on `a`. */
  entered: number[];
  /** Active on `a`, not on `b`. */
  left: number[];
}

/**
 * The index as plain typed arrays: built in the load worker and handed to the page without
 * copying (their buffers are transferred), then wrapped by `IntervalIndex.fromPacked`.
 *
 * Tree node k: `center[k]`; its intervals are `byFrom`/`byTo` from `start[k]` to `start[k + 1]`;
 * children `left[k]`/`right[k]` (-1 for none). Node 0 is the root.
 */
export interface PackedIntervalIndex {
  from: Float64Array;
  to: Float64Array;
  center: Float64Array;
  start: Int32Array;
  left: Int32Array;
  right: Int32Array;
  byFrom: Int32Array;
  byTo: Int32Array;
  sortedByFrom: Int32Array;
  sortedByTo: Int32Array;
}

export class IntervalIndex {
  readonly size: number;
  private readonly p: PackedIntervalIndex;

  /** `intervals[i]` is relation i's validity; the index answers with these positions. */
  constructor(intervals: ReadonlyArray<{ from: string; to?: string | undefined }>) {
    this.p = packIntervals(intervals);
    this.size = this.p.from.length;
  }

  /** Wraps an index built elsewhere (the load worker) without rebuilding it. */
  static fromPacked(packed: PackedIntervalIndex): IntervalIndex {
    const index = Object.create(IntervalIndex.prototype) as { p: PackedIntervalIndex; size: number };
    index.p = packed;
    index.size = packed.from.length;
    return index as unknown as IntervalIndex;
  }

  /** The arrays behind the index (shared, not copied). */
  packed(): PackedIntervalIndex {
    return this.p;
  }

  /** Positions of the intervals with from <= t < to, in no particular order. */
  activeAt(date: string): number[] {
    const t = toDay(date);
    const { from, to, center, start, left, right, byFrom, byTo } = this.p;
    const out: number[] = [];
    let node = center.length > 0 ? 0 : -1;
    while (node >= 0) {
      const c = center[node]!;
      const lo = start[node]!;
      const hi = start[node + 1]!;
      if (t < c) {
        for (let k = lo; k < hi; k++) {
          const i = byFrom[k]!;
          if (from[i]! > t) break;
          out.push(i);
        }
        node = left[node]!;
      } else if (t > c) {
        for (let k = lo; k < hi; k++) {
          const i = byTo[k]!;
          if (to[i]! <= t) break;
          out.push(i);
        }
        node = right[node]!;
      } else {
        for (let k = lo; k < hi; k++) out.push(byFrom[k]!);
        break;
      }
    }
    return out;
  }

  /** What enters and leaves the active set when the date moves from `a` to `b` (either order). */
  changesBetween(a: string, b: string): IntervalChanges {
    const da = toDay(a);
    const db = toDay(b);
    if (da === db) return { entered: [], left: [] };
    const lo = Math.min(da, db);
    const hi = Math.max(da, db);
    const { from, to, sortedByFrom, sortedByTo } = this.p;
    // Active on lo and not on hi: ends in (lo, hi] having started by lo. Symmetrically for hi.
    const startsInWindow = range(sortedByFrom, from, lo, hi);
    const endsInWindow = range(sortedByTo, to, lo, hi);
    const onlyAtHi = startsInWindow.filter((i) => to[i]! > hi);
    const onlyAtLo = endsInWindow.filter((i) => from[i]! <= lo);
    return da < db ? { entered: onlyAtHi, left: onlyAtLo } : { entered: onlyAtLo, left: onlyAtHi };
  }
}

/** Builds the packed index: day numbers, the centred tree (iteratively), the sorted endpoints. */
export function packIntervals(intervals: ReadonlyArray<{ from: string; to?: string | undefined }>): PackedIntervalIndex {
  const n = intervals.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const iv = intervals[i]!;
    from[i] = toDay(iv.from);
    to[i] = iv.to === undefined ? OPEN_END : toDay(iv.to);
  }
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const byFromKey = (a: number, b: number) => from[a]! - from[b]!;
  // Each interval sits in exactly one tree node, so the per-node lists fill arrays of length n.
  const byFrom = new Int32Array(n);
  const byTo = new Int32Array(n);
  const center: number[] = [];
  const start: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  let filled = 0;
  // Work list of (ids, parent node, side); nodes are numbered in creation order from the root.
  const work: Array<{ ids: Int32Array; parent: number; side: 0 | 1 }> = n > 0 ? [{ ids: all, parent: -1, side: 0 }] : [];
  while (work.length > 0) {
    const { ids, parent, side } = work.pop()!;
    const node = center.length;
    if (parent >= 0) (side === 0 ? left : right)[parent] = node;
    // Centre on the median finite endpoint, which keeps the tree balanced.
    const points: number[] = [];
    for (const i of ids) {
      points.push(from[i]!);
      if (to[i] !== OPEN_END) points.push(to[i]! - 1);
    }
    points.sort((a, b) => a - b);
    const c = points[points.length >> 1]!;
    const here: number[] = [];
    const leftIds: number[] = [];
    const rightIds: number[] = [];
    for (const i of ids) {
      if (to[i]! <= c) leftIds.push(i);
      else if (from[i]! > c) rightIds.push(i);
      else here.push(i);
    }
    center.push(c);
    start.push(filled);
    left.push(-1);
    right.push(-1);
    byFrom.set(Int32Array.from(here).sort(byFromKey), filled);
    byTo.set(Int32Array.from(here).sort((a, b) => to[b]! - to[a]!), filled);
    filled += here.length;
    if (leftIds.length > 0) work.push({ ids: Int32Array.from(leftIds), parent: node, side: 0 });
    if (rightIds.length > 0) work.push({ ids: Int32Array.from(rightIds), parent: node, side: 1 });
  }
  // Nodes were numbered as they were taken off the work list, but their slices of byFrom/byTo
  // were filled in the same order, so start[k + 1] closes node k's slice.
  start.push(filled);
  return {
    from,
    to,
    center: Float64Array.from(center),
    start: Int32Array.from(start),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    byFrom,
    byTo,
    sortedByFrom: all.slice().sort(byFromKey),
    sortedByTo: all.slice().sort((a, b) => to[a]! - to[b]!),
  };
}

/** The buffers to transfer when posting a packed index. */
export function packedBuffers(p: PackedIntervalIndex): ArrayBuffer[] {
  return [p.from, p.to, p.center, p.start, p.left, p.right, p.byFrom, p.byTo, p.sortedByFrom, p.sortedByTo].map((a) => a.buffer as ArrayBuffer);
}

/** Indices whose key lies in (lo, hi], from a list sorted by that key. */
function range(sorted: Int32Array, key: Float64Array, lo: number, hi: number): number[] {
  const first = upperBound(sorted, key, lo);
  const out: number[] = [];
  for (let k = first; k < sorted.length && key[sorted[k]!]! <= hi; k++) out.push(sorted[k]!);
  return out;
}

/** First position k with key[sorted[k]] > value. */
function upperBound(sorted: Int32Array, key: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key[sorted[mid]!]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
