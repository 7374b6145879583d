/**
 * The shape of a relation on the picture, shared by the screen (sigma with @sigma/edge-curve),
 * the PNG and the SVG so that all three draw the same curve: parallel relations of one pair are
 * curved apart, the middle one of an odd number in one direction is straight.
 */

/** @sigma/edge-curve's default curvature (its DEFAULT_EDGE_CURVATURE), without importing sigma here. */
export const DEFAULT_CURVATURE = 0.25;

/** Curvature for the i-th of n parallel edges between one pair (from sigma's parallel-edges example). */
export function parallelCurvature(index: number | null, maxIndex: number | null): number {
  if (index === null || maxIndex === null || maxIndex <= 0) return DEFAULT_CURVATURE * 0.5;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The control point of the quadratic Bézier from `source` to `target` in screen coordinates (y
 * down), as @sigma/edge-curve draws it: the midpoint moved sideways by `curvature` times the
 * length. A curvature of 0 gives the midpoint: a straight line.
 */
export function curveControlPoint(source: Point, target: Point, curvature: number): Point {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  return { x: (source.x + target.x) / 2 + dy * curvature, y: (source.y + target.y) / 2 - dx * curvature };
}

/** The point at `t` (0 … 1) on the quadratic Bézier source → control → target. */
export function pointOnCurve(source: Point, control: Point, target: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * source.x + 2 * t * u * control.x + t * t * target.x, y: u * u * source.y + 2 * t * u * control.y + t * t * target.y };
}

/** The direction of travel at `t` on the curve (not normalised). */
export function tangentOnCurve(source: Point, control: Point, target: Point, t: number): Point {
  const u = 1 - t;
  return { x: 2 * u * (control.x - source.x) + 2 * t * (target.x - control.x), y: 2 * u * (control.y - source.y) + 2 * t * (target.y - control.y) };
}

/**
 * Room around the graph for the labels of nodes on the rim (sigma fits node centres, not their
 * labels): generous on a desktop, small on a phone or in a short compare view so the graph keeps
 * its size. The screen (view/mount.ts) and pictures without a screen use the same.
 */
export function stagePadding(width: number, height: number): number {
  const side = Math.min(width || 800, height || 600);
  return Math.round(Math.max(16, Math.min(80, side * 0.12)));
}
