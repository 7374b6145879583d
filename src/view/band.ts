/**
 * Whether a selection is seen: pure geometry of the part of the graph nothing covers (camera.ts
 * finds that part on the page and moves the camera). No DOM: unit-tested in tests/unit/band.test.ts.
 */
import { boundsOf } from "../model/bounds.ts";

/** A box of the graph's container, in its pixels from its top left corner. */
export interface Band {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Points this close to the uncovered box's edge count as outside it (a node's disc and a label line beside or below it). */
export const IN_VIEW_MARGIN = 40;

/**
 * How the camera must move for points (viewport pixels) to sit inside `band` with `margin` to
 * spare: null when they all do already; else either the least shift (`dx`, `dy`, pixels the points
 * move by, zoom 1) that brings their box inside, so what else is in view stays in view as far as it
 * can, or, when their box is larger than the band's room, the zoom-out factor (> 1) that makes it
 * fit, the camera then centring it in the band.
 */
export function placeInBand(points: ReadonlyArray<{ x: number; y: number }>, band: Band, margin = IN_VIEW_MARGIN): { zoom: number; dx: number; dy: number } | null {
  // A loop (boundsOf), not Math.min(...xs): every actor of a large graph may be passed (keepAllInView).
  const box = boundsOf(points);
  if (box === null) return null;
  const { x0, x1, y0, y1 } = box;
  const [left, right, top, bottom] = [band.left + margin, band.right - margin, band.top + margin, band.bottom - margin];
  if (x0 >= left && x1 <= right && y0 >= top && y1 <= bottom) return null;
  const zoom = Math.max(1, (x1 - x0) / Math.max(1, right - left), (y1 - y0) / Math.max(1, bottom - top));
  if (zoom > 1) return { zoom, dx: 0, dy: 0 };
  const shift = (lo: number, hi: number, min: number, max: number) => (lo < min ? min - lo : hi > max ? max - hi : 0);
  return { zoom: 1, dx: shift(x0, x1, left, right), dy: shift(y0, y1, top, bottom) };
}
