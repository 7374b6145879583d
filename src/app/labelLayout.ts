/**
 * Where labels go so that they read: a greedy placement, most important label first, each at the
 * first of its candidate positions where its box overlaps no label already placed and no node
 * (other than its own), inside the picture. A label with no free position is left out, unless it
 * is forced (the selected or hovered item, and the selected relation's two actors): then it takes
 * its first position clear of the labels placed before it, else its first inside the picture, else
 * its first moved inside it, drawn over whatever nodes lie there with its halo.
 *
 * Our own rather than sigma's label grid: sigma avoids node-label overlaps by grid cell only and
 * draws every edge label of a shown pair, so "estrangement" lay over "mediation" and "membership"
 * over "prosecution" in the default dataset's centre. Pure, so the screen, the PNG and the SVG
 * place labels the same way, and a test can count overlapping boxes.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
  /** The item the circle belongs to (a node id): its own label may touch it. */
  owner: string;
}

/** A label to place: its text box size and its candidate positions, best first. */
export interface LabelCandidate {
  kind: "node" | "edge";
  id: string;
  text: string;
  width: number;
  height: number;
  /** Top-left corners to try, best first. */
  positions: ReadonlyArray<{ x: number; y: number }>;
  /** Always placed, over nodes if it must (the selected or hovered item, the selected relation's two actors). */
  forced?: boolean;
  /** Circles this label may overlap (its node, or an edge's two ends when unavoidable). */
  owners?: ReadonlySet<string>;
}

/**
 * A label not measured yet (measuring text is the costly part of a label): `placeLabels` measures
 * it only when it comes to it and one of its `least` boxes is still free. Every box the measured
 * label can take must contain one of `least` (its places for the narrowest text it could have), so
 * that when each of them is outside the picture or overlaps, so does every place of the real label:
 * the placement is the same as with every label measured first. Hovering a hub of 6,421 neighbours
 * at 50k measured every neighbour's name first (151 ms of `measureText`), where the picture had
 * room for a few hundred.
 */
export interface DeferredCandidate {
  kind: "node" | "edge";
  id: string;
  forced?: boolean;
  owners?: ReadonlySet<string>;
  /** Boxes each of the label's places contains one of (asked only when placeLabels comes to it). */
  least(): readonly Box[];
  measure(): LabelCandidate;
}

export interface PlacedLabel {
  kind: "node" | "edge";
  id: string;
  text: string;
  box: Box;
  forced: boolean;
}

/** Space kept free around every label box, in pixels. */
export const LABEL_GAP = 2;

/**
 * Places `candidates` in order (the caller sorts them by importance, forced ones first) inside
 * `bounds`, avoiding `obstacles` and each other. Stops after `max` labels.
 */
export function placeLabels(candidates: ReadonlyArray<LabelCandidate | DeferredCandidate>, obstacles: readonly Circle[], bounds: Box, max = Infinity): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const grid = new BoxGrid(64);
  const circles = new CircleGrid(obstacles, 64);
  const free = (box: Box, owners: ReadonlySet<string> | undefined) => inside(box, bounds) && !grid.overlaps(box) && !circles.overlaps(box, owners);
  for (const entry of candidates) {
    if (placed.length >= max && !entry.forced) break;
    // A label not measured yet, with no room left at any of its places: left out unmeasured.
    if ("measure" in entry && !entry.forced && !entry.least().some((box) => free(box, entry.owners))) continue;
    const c = "measure" in entry ? entry.measure() : entry;
    let chosen: Box | null = null;
    for (const p of c.positions) {
      const box = { x: p.x, y: p.y, w: c.width, h: c.height };
      if (!free(box, c.owners)) continue;
      chosen = box;
      break;
    }
    if (!chosen && c.forced) {
      // The first position in the picture clear of the labels placed so far (the other forced ones:
      // a selected relation's label and its two actors' names must not hide each other), else the
      // first in the picture, else the first moved into it; over the nodes there.
      const boxes = c.positions.map((p) => ({ x: p.x, y: p.y, w: c.width, h: c.height }));
      const first = boxes[0];
      chosen = boxes.find((b) => inside(b, bounds) && !grid.overlaps(b)) ?? boxes.find((b) => inside(b, bounds)) ?? (first ? moveInside(first, bounds) : null);
    }
    if (!chosen) continue;
    grid.add(chosen);
    placed.push({ kind: c.kind, id: c.id, text: c.text, box: chosen, forced: c.forced === true });
  }
  return placed;
}

/** Whether two boxes overlap (boxes that only touch, or are closer than the gap, count as overlapping). */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Whether a box and a circle overlap. */
export function boxOverlapsCircle(b: Box, c: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
}

/** The box slid into `bounds` (its left or top edge kept when it is larger than they are). */
function moveInside(b: Box, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(b.x, bounds.x + bounds.w - b.w));
  const y = Math.max(bounds.y, Math.min(b.y, bounds.y + bounds.h - b.h));
  return { ...b, x, y };
}

function inside(b: Box, bounds: Box): boolean {
  return b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
}

/** Boxes bucketed in square cells, so each test looks at the few boxes nearby. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private size: number) {}
  private keys(b: Box, pad: number): string[] {
    const out: string[] = [];
    const x0 = Math.floor((b.x - pad) / this.size);
    const x1 = Math.floor((b.x + b.w + pad) / this.size);
    const y0 = Math.floor((b.y - pad) / this.size);
    const y1 = Math.floor((b.y + b.h + pad) / this.size);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(`${x},${y}`);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b, 0)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  overlaps(b: Box): boolean {
    for (const k of this.keys(b, LABEL_GAP)) for (const o of this.cells.get(k) ?? []) if (boxesOverlap(b, o, LABEL_GAP)) return true;
    return false;
  }
}

/** Node circles bucketed the same way. */
class CircleGrid {
  private cells = new Map<string, Circle[]>();
  constructor(circles: readonly Circle[], private size: number) {
    for (const c of circles) {
      for (let x = Math.floor((c.x - c.r) / size); x <= Math.floor((c.x + c.r) / size); x++) {
        for (let y = Math.floor((c.y - c.r) / size); y <= Math.floor((c.y + c.r) / size); y++) {
          const k = `${x},${y}`;
          const list = this.cells.get(k);
          if (list) list.push(c);
          else this.cells.set(k, [c]);
        }
      }
    }
  }
  overlaps(b: Box, owners: ReadonlySet<string> | undefined): boolean {
    for (let x = Math.floor(b.x / this.size); x <= Math.floor((b.x + b.w) / this.size); x++) {
      for (let y = Math.floor(b.y / this.size); y <= Math.floor((b.y + b.h) / this.size); y++) {
        for (const c of this.cells.get(`${x},${y}`) ?? []) if (!owners?.has(c.owner) && boxOverlapsCircle(b, c)) return true;
      }
    }
    return false;
  }
}

/** How far apart LinePoints samples a line, in pixels (about: the line's length is estimated). */
export const LINE_POINT_STEP = 5;

/**
 * Points along the drawn lines, bucketed like the boxes, to tell whether a label box would lie over
 * a line (a label over the start of its own actor's relation hid it: "Russia" over Russia's one
 * line on a phone; a relation's label over its neighbour in a bundle of curves hid that one).
 * Points every `step` pixels along each path, so a line crossing a box is met; each point knows
 * the index of the path it lies on, so a relation's label can leave its own line out.
 */
export class LinePoints {
  /**
   * Points by cell, each as three numbers in a row (x, y, the index of its path): no object per
   * point, as this is built every frame. A cell's key is its column and row in one number.
   */
  private cells = new Map<number, number[]>();
  /** tally's counts by path, all zero between calls, and the paths it counted. */
  private perPath: Uint32Array;
  private seen: number[] = [];
  private constructor(
    private size: number,
    paths: number,
  ) {
    this.perPath = new Uint32Array(paths);
  }

  /**
   * The points of `paths` inside `bounds`, or null when sampling them would take more than
   * `budget` points (a zoomed-in or dense picture: the per-frame cost grows with the lines' length).
   */
  static of(paths: ReadonlyArray<{ length: number; at: (t: number) => { x: number; y: number } }>, bounds: Box, budget = 20_000, size = 32, step = LINE_POINT_STEP): LinePoints | null {
    const counts = paths.map((p) => Math.max(2, Math.ceil(p.length / step)));
    if (counts.reduce((a, n) => a + n, 0) > budget) return null;
    const out = new LinePoints(size, paths.length);
    paths.forEach((p, j) => {
      const n = counts[j]!;
      for (let i = 0; i <= n; i++) {
        const q = p.at(i / n);
        if (q.x < bounds.x || q.y < bounds.y || q.x > bounds.x + bounds.w || q.y > bounds.y + bounds.h) continue;
        const k = out.key(Math.floor(q.x / size), Math.floor(q.y / size));
        const list = out.cells.get(k);
        if (list) list.push(q.x, q.y, j);
        else out.cells.set(k, [q.x, q.y, j]);
      }
    });
    return out;
  }
  private key(col: number, row: number): number {
    return col * 100_003 + row;
  }
  /** The index of the path with the point nearest (x, y) within `radius`, or -1. */
  nearest(x: number, y: number, radius: number): number {
    let best = -1;
    let bestD = radius * radius;
    this.each({ x: x - radius, y: y - radius, w: 2 * radius, h: 2 * radius }, -1, (j, qx, qy) => {
      const d = (qx - x) ** 2 + (qy - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    });
    return best;
  }
  /**
   * The points in the box (but those of the path at index `except`) in all, and the most of any
   * one path among them, in one pass: a box across a line hides a few of its points, a box lying
   * along it many. Counts per path in an array kept for the next call (no Map per box: a moving
   * frame asks this of every label's 28 places).
   */
  tally(b: Box, except = -1): { all: number; most: number } {
    const per = this.perPath;
    const seen = this.seen;
    seen.length = 0;
    let all = 0;
    let most = 0;
    this.each(b, except, (j) => {
      all++;
      if (per[j] === 0) seen.push(j);
      const n = ++per[j]!;
      if (n > most) most = n;
    });
    for (const j of seen) per[j] = 0;
    return { all, most };
  }
  /** How many line points lie in the box (an actor's name may hide any line's). */
  count(b: Box): number {
    let n = 0;
    this.each(b, -1, () => void n++);
    return n;
  }
  /** Calls `visit` with the path index (and place) of each point in the box (but `except`'s). */
  private each(b: Box, except: number, visit: (path: number, x: number, y: number) => void): void {
    for (let x = Math.floor(b.x / this.size); x <= Math.floor((b.x + b.w) / this.size); x++) {
      for (let y = Math.floor(b.y / this.size); y <= Math.floor((b.y + b.h) / this.size); y++) {
        const list = this.cells.get(this.key(x, y));
        if (!list) continue;
        for (let i = 0; i < list.length; i += 3) {
          const qx = list[i]!;
          const qy = list[i + 1]!;
          const j = list[i + 2]!;
          if (j !== except && qx > b.x && qx < b.x + b.w && qy > b.y && qy < b.y + b.h) visit(j, qx, qy);
        }
      }
    }
  }
}
