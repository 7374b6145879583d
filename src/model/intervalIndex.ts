/**
 * "Which relations are active on day t?" without scanning every relation.
 *
 * A static centred interval tree over half-open day intervals [from, to): a query costs
 * O(log n + k) for k answers. Two sorted endpoint lists answer "what changed between a and b?"
 * in O(log n + changes), which is what the view uses when the date moves: it toggles only the
 * relations that entered or left, never the whole set.
 *
 * Written here rather than taken from a package: the interval-tree packages on npm are closed
 * intervals over floats, and positions here must follow `dataset.relations` as it is edited.
 *
 * Edits (issue #13) go to a dynamic layer instead of rebuilding the tree: removed intervals are
 * marked in the tree's slots, added or changed ones sit in an overlay the queries scan linearly,
 * and a position map follows insertions and removals in the middle of the list. The overlay is
 * folded into a rebuilt tree when it grows past a share of the size (`compact`).
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
  /** The packed tree over "slots": the positions the intervals had when it was (re)built. */
  private p: PackedIntervalIndex;
  /**
   * The dynamic layer (issue #13: an edit must not rebuild the index), null until the first edit.
   * `slotPos[slot]`: the slot's interval's current position, -1 once removed. `posRef[position]`:
   * the slot at that position (≥ 0) or overlay entry k as -(k + 1). `overlay`: intervals added or
   * changed since the build, checked linearly by the queries, with their current positions.
   */
  private slotPos: Int32Array | null = null;
  private posRef: number[] | null = null;
  private overlay: OverlayEntry[] = [];
  /** Overlay entries alive plus slots removed: the work the queries do beyond the tree. */
  private pending = 0;

  /** `intervals[i]` is relation i's validity; the index answers with these positions. */
  constructor(intervals: ReadonlyArray<{ from: string; to?: string | undefined }>) {
    this.p = packIntervals(intervals);
  }

  /** Wraps an index built elsewhere (the load worker) without rebuilding it. */
  static fromPacked(packed: PackedIntervalIndex): IntervalIndex {
    const index = Object.create(IntervalIndex.prototype) as IntervalIndex;
    Object.assign(index, { p: packed, slotPos: null, posRef: null, overlay: [], pending: 0 });
    return index;
  }

  /** The number of intervals. */
  get size(): number {
    return this.posRef ? this.posRef.length : this.p.from.length;
  }

  /** The arrays behind the index (shared, not copied); folds pending edits into the tree first. */
  packed(): PackedIntervalIndex {
    this.compact();
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
    // Without edits a slot is its position; with edits, its current one (-1: removed).
    const slotPos = this.slotPos;
    if (slotPos) {
      let w = 0;
      for (let k = 0; k < out.length; k++) {
        const pos = slotPos[out[k]!]!;
        if (pos >= 0) out[w++] = pos;
      }
      out.length = w;
    }
    for (const e of this.overlay) if (e.alive && e.from <= t && t < e.to) out.push(e.pos);
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
    let onlyAtHi = startsInWindow.filter((i) => to[i]! > hi);
    let onlyAtLo = endsInWindow.filter((i) => from[i]! <= lo);
    const slotPos = this.slotPos;
    if (slotPos) {
      const current = (slots: number[]) => {
        const out: number[] = [];
        for (const slot of slots) if (slotPos[slot]! >= 0) out.push(slotPos[slot]!);
        return out;
      };
      onlyAtHi = current(onlyAtHi);
      onlyAtLo = current(onlyAtLo);
      for (const e of this.overlay) {
        if (!e.alive) continue;
        const atLo = e.from <= lo && lo < e.to;
        const atHi = e.from <= hi && hi < e.to;
        if (atHi && !atLo) onlyAtHi.push(e.pos);
        else if (atLo && !atHi) onlyAtLo.push(e.pos);
      }
    }
    return da < db ? { entered: onlyAtHi, left: onlyAtLo } : { entered: onlyAtLo, left: onlyAtHi };
  }

  /**
   * An upper bound on the relations `changesBetween(a, b)` returns, in O(log n) and without listing
   * them: the intervals that start or end in the window between the two days (one that does both
   * is counted twice and changes nothing; a removed one still counts), and likewise the edits not
   * yet folded into the tree. What the app's date legs (src/model/dateLegs.ts) weigh a jump by.
   */
  changeBound(a: string, b: string): number {
    const da = toDay(a);
    const db = toDay(b);
    if (da === db) return 0;
    const lo = Math.min(da, db);
    const hi = Math.max(da, db);
    const { from, to, sortedByFrom, sortedByTo } = this.p;
    const inWindow = (sorted: Int32Array, key: Float64Array) => upperBound(sorted, key, hi) - upperBound(sorted, key, lo);
    let bound = inWindow(sortedByFrom, from) + inWindow(sortedByTo, to);
    for (const e of this.overlay) if (e.alive) bound += (lo < e.from && e.from <= hi ? 1 : 0) + (lo < e.to && e.to <= hi ? 1 : 0);
    return bound;
  }

  /**
   * Inserts an interval at `position`: the intervals at `position` and after move up by one, as
   * `dataset.relations` does when a relation is inserted there. O(n − position) plain array work;
   * the tree is not rebuilt (see `compact`).
   */
  insert(position: number, interval: { from: string; to?: string | undefined }): void {
    const refs = this.dynamic();
    if (!(position >= 0 && position <= refs.length)) throw new RangeError(`cannot insert at ${position}: the index holds ${refs.length} intervals`);
    const ref = this.addOverlay(position, interval);
    refs.splice(position, 0, ref);
    this.renumber(position + 1);
    this.maybeCompact();
  }

  /** Removes the interval at `position`; those after it move down by one. */
  remove(position: number): void {
    const refs = this.dynamic();
    if (!(position >= 0 && position < refs.length)) throw new RangeError(`no interval at ${position}: the index holds ${refs.length}`);
    this.drop(refs[position]!);
    refs.splice(position, 1);
    this.renumber(position);
    this.maybeCompact();
  }

  /** Changes the dates of the interval at `position` (nothing moves). */
  update(position: number, interval: { from: string; to?: string | undefined }): void {
    const refs = this.dynamic();
    if (!(position >= 0 && position < refs.length)) throw new RangeError(`no interval at ${position}: the index holds ${refs.length}`);
    this.drop(refs[position]!);
    refs[position] = this.addOverlay(position, interval);
    this.maybeCompact();
  }

  /** Edits not yet folded into the tree (intervals added or changed, and removed ones). */
  get pendingEdits(): number {
    return this.pending;
  }

  /**
   * Folds the edits into a rebuilt tree, so queries are back to the tree alone. Called by the
   * index itself once the pending edits pass COMPACT_SHARE of its size (at most one edit in that
   * many pays for a rebuild), and by whoever has idle time to spare (the app between frames).
   */
  compact(): void {
    const refs = this.posRef;
    if (!refs) return;
    const n = refs.length;
    const from = new Float64Array(n);
    const to = new Float64Array(n);
    for (let q = 0; q < n; q++) {
      const ref = refs[q]!;
      if (ref >= 0) {
        from[q] = this.p.from[ref]!;
        to[q] = this.p.to[ref]!;
      } else {
        const e = this.overlay[-ref - 1]!;
        from[q] = e.from;
        to[q] = e.to;
      }
    }
    this.p = packDays(from, to);
    this.slotPos = null;
    this.posRef = null;
    this.overlay = [];
    this.pending = 0;
  }

  /**
   * Calls `each` with every interval's day numbers (`to` +∞ when ongoing), in no particular order:
   * what the timeline's histogram counts, without parsing every date again.
   */
  forEachInterval(each: (from: number, to: number) => void): void {
    const { from, to } = this.p;
    const slotPos = this.slotPos;
    for (let slot = 0; slot < from.length; slot++) if (!slotPos || slotPos[slot]! >= 0) each(from[slot]!, to[slot]!);
    for (const e of this.overlay) if (e.alive) each(e.from, e.to);
  }

  /** The position lists, made on the first edit. */
  private dynamic(): number[] {
    if (!this.posRef) {
      const n = this.p.from.length;
      this.slotPos = Int32Array.from({ length: n }, (_, i) => i);
      this.posRef = Array.from({ length: n }, (_, i) => i);
    }
    return this.posRef;
  }

  private addOverlay(position: number, interval: { from: string; to?: string | undefined }): number {
    this.overlay.push({ pos: position, from: toDay(interval.from), to: interval.to === undefined ? OPEN_END : toDay(interval.to), alive: true });
    this.pending++;
    return -this.overlay.length;
  }

  private drop(ref: number): void {
    if (ref >= 0) {
      this.slotPos![ref] = -1;
      this.pending++;
    } else {
      this.overlay[-ref - 1]!.alive = false;
      this.pending--;
    }
  }

  /** Writes the current position of every interval from `first` on. */
  private renumber(first: number): void {
    const refs = this.posRef!;
    const slotPos = this.slotPos!;
    for (let q = first; q < refs.length; q++) {
      const ref = refs[q]!;
      if (ref >= 0) slotPos[ref] = q;
      else this.overlay[-ref - 1]!.pos = q;
    }
  }

  private maybeCompact(): void {
    if (this.pending > Math.max(COMPACT_MIN, this.size * COMPACT_SHARE)) this.compact();
  }
}

interface OverlayEntry {
  pos: number;
  from: number;
  to: number;
  alive: boolean;
}

/**
 * The overlay is folded into a rebuilt tree past this share of the index's size (and at least
 * COMPACT_MIN edits): at 100k relations every ~1,500 edits one pays the rebuild (~0.1–0.2 s), and
 * the queries scan at most ~1,500 overlay entries (a few microseconds) besides the tree.
 */
const COMPACT_SHARE = 1 / 64;
const COMPACT_MIN = 64;

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
  return packDays(from, to);
}

/** The packed index of intervals given as day numbers (`to` +∞ for ongoing); keeps the arrays. */
function packDays(from: Float64Array, to: Float64Array): PackedIntervalIndex {
  const n = from.length;
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
