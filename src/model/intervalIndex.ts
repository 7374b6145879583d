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

interface TreeNode {
  center: number;
  /** Indices of intervals containing `center`, sorted by `from` ascending. */
  byFrom: Int32Array;
  /** The same indices, sorted by `to` descending. */
  byTo: Int32Array;
  left: TreeNode | null;
  right: TreeNode | null;
}

export interface IntervalChanges {
  /** Active on `b`, not on `a`. */
  entered: number[];
  /** Active on `a`, not on `b`. */
  left: number[];
}

export class IntervalIndex {
  readonly size: number;
  private readonly from: Float64Array;
  private readonly to: Float64Array;
  private readonly root: TreeNode | null;
  private readonly sortedByFrom: Int32Array;
  private readonly sortedByTo: Int32Array;

  /** `intervals[i]` is relation i's validity; the index answers with these positions. */
  constructor(intervals: ReadonlyArray<{ from: string; to?: string | undefined }>) {
    this.size = intervals.length;
    this.from = new Float64Array(this.size);
    this.to = new Float64Array(this.size);
    intervals.forEach((iv, i) => {
      this.from[i] = toDay(iv.from);
      this.to[i] = iv.to === undefined ? OPEN_END : toDay(iv.to);
    });
    const all = Int32Array.from({ length: this.size }, (_, i) => i);
    this.root = this.build(all);
    this.sortedByFrom = all.slice().sort((a, b) => this.from[a]! - this.from[b]!);
    this.sortedByTo = all.slice().sort((a, b) => this.to[a]! - this.to[b]!);
  }

  /** Positions of the intervals with from <= t < to, in no particular order. */
  activeAt(date: string): number[] {
    const t = toDay(date);
    const out: number[] = [];
    let node = this.root;
    while (node) {
      if (t < node.center) {
        for (const i of node.byFrom) {
          if (this.from[i]! > t) break;
          out.push(i);
        }
        node = node.left;
      } else if (t > node.center) {
        for (const i of node.byTo) {
          if (this.to[i]! <= t) break;
          out.push(i);
        }
        node = node.right;
      } else {
        for (const i of node.byFrom) out.push(i);
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
    // Active on lo and not on hi: ends in (lo, hi] having started by lo. Symmetrically for hi.
    const startsInWindow = this.range(this.sortedByFrom, this.from, lo, hi);
    const endsInWindow = this.range(this.sortedByTo, this.to, lo, hi);
    const onlyAtHi = startsInWindow.filter((i) => this.to[i]! > hi);
    const onlyAtLo = endsInWindow.filter((i) => this.from[i]! <= lo);
    return da < db ? { entered: onlyAtHi, left: onlyAtLo } : { entered: onlyAtLo, left: onlyAtHi };
  }

  /** Indices whose key lies in (lo, hi], from a list sorted by that key. */
  private range(sorted: Int32Array, key: Float64Array, lo: number, hi: number): number[] {
    const start = upperBound(sorted, key, lo);
    const out: number[] = [];
    for (let k = start; k < sorted.length && key[sorted[k]!]! <= hi; k++) out.push(sorted[k]!);
    return out;
  }

  private build(ids: Int32Array): TreeNode | null {
    if (ids.length === 0) return null;
    // Centre on the median finite endpoint, which keeps the tree balanced.
    const points: number[] = [];
    for (const i of ids) {
      points.push(this.from[i]!);
      if (this.to[i] !== OPEN_END) points.push(this.to[i]! - 1);
    }
    points.sort((a, b) => a - b);
    const center = points[points.length >> 1]!;
    const here: number[] = [];
    const leftIds: number[] = [];
    const rightIds: number[] = [];
    for (const i of ids) {
      if (this.to[i]! <= center) leftIds.push(i);
      else if (this.from[i]! > center) rightIds.push(i);
      else here.push(i);
    }
    const byFrom = Int32Array.from(here).sort((a, b) => this.from[a]! - this.from[b]!);
    const byTo = Int32Array.from(here).sort((a, b) => this.to[b]! - this.to[a]!);
    return {
      center,
      byFrom,
      byTo,
      left: this.build(Int32Array.from(leftIds)),
      right: this.build(Int32Array.from(rightIds)),
    };
  }
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
