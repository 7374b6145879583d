/** The box around a set of points, shared by the pictures (scene, styled GEXF) and the camera. */
export interface Bounds {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The smallest box holding every point, or null when there is none. */
export function boundsOf(points: Iterable<{ x: number; y: number }>): Bounds | null {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return Number.isFinite(x0) ? { x0, x1, y0, y1 } : null;
}
