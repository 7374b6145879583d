/**
 * A picture of the graph as a list of marks in pixels: what the screen shows, and what the PNG and
 * the SVG draw. One description, three renderers (sigma's WebGL for nodes and edges plus the label
 * layer on screen; Canvas 2D for the PNG; SVG text), so the three show the same set of marks:
 * the same nodes in the same colours, the same curves, the same labels at the same places.
 *
 * src/app/scene.ts builds it from the model and the derived view; src/io/svg.ts and
 * src/view/pngExport.ts draw it. Only data here.
 */

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  r: number;
  color: string;
  /** A bloc ring: its colour and width, with a white gap between it and the fill. */
  ring?: { color: string; width: number; gap: number };
  /** Tooltip in the SVG, e.g. "Russia (State)". */
  title: string;
}

export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  /** The control point of a quadratic curve; absent for a straight line. */
  control?: { x: number; y: number };
  x2: number;
  y2: number;
  color: string;
  /** Stroke width in pixels. */
  width: number;
  /** An arrowhead at the target end (a directed relation): its tip on the target's rim and its length. */
  arrow?: { x: number; y: number; length: number; width: number };
  title: string;
}

export interface SceneLabel {
  kind: "node" | "edge";
  id: string;
  text: string;
  /** The text box (top-left corner and size) the layout reserved. */
  box: { x: number; y: number; w: number; h: number };
  /** Font size in pixels and weight. */
  size: number;
  weight: "400" | "600" | "700";
  color: string;
}

export interface Scene {
  width: number;
  height: number;
  /** Edges in drawing order (the lit ones last), then nodes (likewise), then labels. */
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: SceneLabel[];
  /** The font family labels are measured and drawn with. */
  font: string;
}

export interface LegendEntry {
  label: string;
  color: string;
  symbol: "line" | "arrow" | "dashed" | "circle";
  width?: number;
}

export interface LegendSection {
  heading: string;
  entries: LegendEntry[];
}

/** A scene with what a picture for a report needs around it: title, the date(s), the legend. */
export interface Picture {
  title: string;
  /** The date, or the two compared dates: a snapshot without its date is meaningless. */
  when: string;
  datasetName: string;
  legend: LegendSection[];
  scene: Scene;
}

/** Where the parts of a picture go (shared by the SVG and the PNG writers, in CSS pixels at 1×). */
export const PICTURE_LAYOUT = { pad: 16, header: 96, legendWidth: 250, legendLine: 22 } as const;

/**
 * Text width without a browser: an average glyph width per size for a sans-serif (DejaVu Sans,
 * which the SVG names first among its fonts, averages about 0.55 em; bold about 0.6 em).
 */
export function approximateTextWidth(text: string, size: number, bold: boolean): number {
  return text.length * size * (bold ? 0.6 : 0.55);
}

/** Measures a line of text's width in pixels at a font size and weight ("400", "600", "700"). */
export type MeasureLine = (text: string, size: number, weight: string) => number;

/** `approximateTextWidth` as a MeasureLine, for pictures made without a browser (the command line). */
export const approximateLine: MeasureLine = (text, size, weight) => approximateTextWidth(text, size, Number(weight) >= 600);

/**
 * How a line of the header or the legend fits `room` pixels: shrunk (in steps of 5 %, down to
 * 70 %) and then cut with "…", so a long title or caption is never clipped at the picture's edge.
 * The PNG and the SVG writers both use it, with the same measure in the browser, so they draw the
 * same text at the same size.
 */
export function fitLine(text: string, size: number, weight: string, room: number, measure: MeasureLine): { text: string; size: number } {
  let fitted = size;
  while (measure(text, fitted, weight) > room && fitted > size * 0.7) fitted *= 0.95;
  const full = measure(text, fitted, weight);
  if (full <= room) return { text, size: fitted };
  // A first cut in proportion (a title can be very long), then character by character.
  let shown = `${text.slice(0, Math.max(1, Math.floor((text.length * room) / full)))}…`;
  while (shown.length > 1 && measure(shown, fitted, weight) > room) shown = `${shown.slice(0, -2)}…`;
  return { text: shown, size: fitted };
}

/** The picture's size and the graph area's offset in it. */
export function pictureFrame(picture: Picture): { width: number; height: number; graphX: number; graphY: number } {
  const { pad, header, legendWidth, legendLine } = PICTURE_LAYOUT;
  const legendHeight = picture.legend.reduce((sum, s) => sum + legendLine * (s.entries.length + 1) + 8, 0) + 2 * pad;
  return {
    width: picture.scene.width + (picture.legend.length > 0 ? legendWidth : 0),
    height: header + Math.max(picture.scene.height, picture.legend.length > 0 ? legendHeight : 0),
    graphX: 0,
    graphY: header,
  };
}

/** Only #rgb / #rrggbb / #rrggbbaa colours reach a file; anything else (untrusted text) becomes grey. */
export function safeColor(c: string): string {
  return /^#(?:(?:[0-9a-fA-F]{3}){1,2}|[0-9a-fA-F]{8})$/.test(c) ? c : "#888888";
}

/** A safe colour as `#rrggbb` (or `#rgb`) and an opacity, for SVG 1.1, which has no 8-digit colours. */
export function colorAndOpacity(c: string): { color: string; opacity: number } {
  const safe = safeColor(c);
  if (safe.length !== 9) return { color: safe, opacity: 1 };
  return { color: safe.slice(0, 7), opacity: Math.round((Number.parseInt(safe.slice(7), 16) / 255) * 1000) / 1000 };
}

/** The curve of an edge as an SVG/Canvas path: start, optional control point, end. */
export function edgeEnd(e: SceneEdge): { x: number; y: number } {
  // A directed edge's line stops at the arrowhead's base, so the head's tip stays sharp.
  if (!e.arrow) return { x: e.x2, y: e.y2 };
  const from = e.control ?? { x: e.x1, y: e.y1 };
  const dx = e.arrow.x - from.x;
  const dy = e.arrow.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: e.arrow.x - (dx / len) * e.arrow.length, y: e.arrow.y - (dy / len) * e.arrow.length };
}

/** The three corners of an edge's arrowhead (tip, then the two wings). */
export function arrowHead(e: SceneEdge): Array<{ x: number; y: number }> {
  if (!e.arrow) return [];
  const base = edgeEnd(e);
  const dx = e.arrow.x - base.x;
  const dy = e.arrow.y - base.y;
  const len = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / len, dx / len];
  const half = e.arrow.width / 2;
  return [
    { x: e.arrow.x, y: e.arrow.y },
    { x: base.x + nx * half, y: base.y + ny * half },
    { x: base.x - nx * half, y: base.y - ny * half },
  ];
}
