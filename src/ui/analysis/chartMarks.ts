/**
 * The small pictures of the Analysis charts: point markers of six shapes (so that colour is never
 * the only cue between series), a series' legend sample, and the legend's samples of a period or
 * event line and of the date on screen.
 */
import { svg } from "../../dom/svg.ts";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "ring" | "cross";

/** How one series is drawn. */
export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; "" for a solid line. */
  dash: string;
  marker: MarkerShape;
}

/** A marker of the given shape centred on (x, y). */
export function markerShape(shape: MarkerShape, x: number, y: number, color: string, r = 3.2): SVGElement {
  const fill = shape === "ring" ? "#ffffff" : color;
  switch (shape) {
    case "circle":
    case "ring":
      return svg("circle", { cx: x, cy: y, r, fill, stroke: color, "stroke-width": 1.6 });
    case "square":
      return svg("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill, stroke: color });
    case "triangle":
      return svg("path", { d: `M${x},${y - r * 1.2}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`, fill, stroke: color });
    case "diamond":
      return svg("path", { d: `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`, fill, stroke: color });
    case "cross":
      return svg("path", { d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`, fill: "none", stroke: color, "stroke-width": 2 });
  }
}

/** A legend sample: the line with its dash and its marker. */
export function seriesSwatch(s: SeriesStyle): SVGSVGElement {
  return svg(
    "svg",
    { width: 30, height: 12, viewBox: "0 0 30 12", "aria-hidden": "true", class: "chart-swatch" },
    svg("line", { x1: 1, y1: 6, x2: 29, y2: 6, stroke: s.color, "stroke-width": 2, "stroke-dasharray": s.dash }),
    markerShape(s.marker, 15, 6, s.color),
  );
}

/** The legend's sample of a period or event line (`cls` says which). */
export function markLineSwatch(cls: string): SVGSVGElement {
  return svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", class: `chart-swatch ${cls}` }, svg("line", { x1: 7, x2: 7, y1: 0, y2: 14, class: "chart-mark-line" }));
}

/** The legend's sample of the line that marks the date on screen. */
export function currentDateSwatch(): SVGSVGElement {
  return svg(
    "svg",
    { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", class: "chart-swatch" },
    svg("path", { d: "M2,0h10l-5,6Z", class: "chart-now-tip" }),
    svg("line", { x1: 7, x2: 7, y1: 4, y2: 14, class: "chart-now" }),
  );
}
