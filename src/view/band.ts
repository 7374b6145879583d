/**
 * Whether a selection is seen: pure geometry of the part of the graph nothing covers (camera.ts
 * finds that part on the page and moves the camera). No DOM: unit-tested in tests/unit/band.test.ts.
 */

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
 * Whether points (viewport pixels) need the camera moved to sit inside `band` with `margin`
 * to spare: null when they all do already; else the zoom-out factor (≥ 1) that makes their box
 * fit, the camera then centring it in the band.
 */
export function placeInBand(points: ReadonlyArray<{ x: number; y: number }>, band: Band, margin = IN_VIEW_MARGIN): { zoom: number } | null {
  if (points.length === 0) return null;
  const inside = points.every((p) => p.x >= band.left + margin && p.x <= band.right - margin && p.y >= band.top + margin && p.y <= band.bottom - margin);
  if (inside) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const roomX = Math.max(1, band.right - band.left - 2 * margin);
  const roomY = Math.max(1, band.bottom - band.top - 2 * margin);
  return { zoom: Math.max(1, w / roomX, h / roomY) };
}
