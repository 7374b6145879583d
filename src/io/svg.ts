/**
 * A standalone SVG 1.1 picture of a graph view, for print and publication: a header with the
 * title, the date (or the two compared dates) and the dataset name; the edges (curved apart when
 * parallel, with arrowheads when directed); the nodes and their labels; a legend. It opens in a
 * browser and in Inkscape: no scripts, no external fonts or images, arrowheads are plain polygons
 * (per-colour <marker>s would need SVG 2's context-stroke), and every piece of text is escaped.
 *
 * Pure: it takes a scene (positions, colours, sizes, labels) and returns text. svgScene.ts builds
 * the scene from the model; the browser may build it from what sigma shows.
 */
import { escapeXmlText, xmlAttrs } from "./xml.ts";

export interface SvgNode {
  id: string;
  /** Graph coordinates (any scale): the picture is fitted to the canvas. */
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label: string;
  /** Tooltip text (a <title>), e.g. the actor's kind. */
  title?: string;
}

export interface SvgEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  /** Stroke width in pixels. */
  width: number;
  directed: boolean;
  dashed?: boolean;
  /** Tooltip text, e.g. "Alliance: Russia – Armenia, 1992-05-15 to 2023-10-03". */
  title?: string;
}

export interface SvgLegendEntry {
  label: string;
  color: string;
  symbol: "line" | "arrow" | "dashed" | "circle";
  width?: number;
}

export interface SvgLegendSection {
  heading: string;
  entries: SvgLegendEntry[];
}

export interface SvgScene {
  title: string;
  /** The date, or the two compared dates: a snapshot without its date is meaningless. */
  when: string;
  datasetName: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  legend: SvgLegendSection[];
  /** Canvas size in pixels; default 1200 × 800 (taller when the legend needs it). */
  width?: number;
  height?: number;
  /** sigma's y axis points up, SVG's down; default true flips so the picture matches the app. */
  flipY?: boolean;
}

const FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
const PAD = 16;
const HEADER = 92;
const LEGEND_WIDTH = 230;
const LEGEND_LINE = 22;

type Pt = { x: number; y: number };

/** Renders the scene as an SVG 1.1 document (UTF-8 text with an XML declaration). */
export function renderSvg(scene: SvgScene): string {
  const legendHeight = scene.legend.reduce((h, s) => h + LEGEND_LINE * (s.entries.length + 1) + 8, 0);
  const width = Math.min(20000, Math.max(400, finite(scene.width, 1200)));
  const height = Math.min(20000, Math.max(finite(scene.height, 800), HEADER + legendHeight + PAD));
  const plotRight = scene.legend.length > 0 ? width - LEGEND_WIDTH - 2 * PAD : width - PAD;
  const place = fitToBox(scene.nodes, { left: PAD, top: HEADER, right: plotRight, bottom: height - PAD }, scene.flipY ?? true);
  const nodes = new Map(scene.nodes.map((n) => [n.id, { ...place(n), r: radius(n) }]));

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${xmlAttrs({ width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT })}>`,
    `<title>${escapeXmlText(`${scene.title} — ${scene.when}`)}</title>`,
    `<desc>${escapeXmlText(scene.datasetName)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g id="header">`,
    text(PAD, 32, scene.title, { size: 20, weight: "bold" }),
    text(PAD, 58, scene.when, { size: 16 }),
    text(PAD, 78, scene.datasetName, { size: 12, color: "#555555" }),
    `</g>`,
    `<g id="edges" fill="none" stroke-linecap="round">`,
    ...edgeElements(scene.edges, nodes),
    `</g>`,
    `<g id="nodes" stroke="#ffffff" stroke-width="1.5">`,
    ...scene.nodes.map((n) => {
      const p = nodes.get(n.id)!;
      const tip = n.title === undefined ? "" : `<title>${escapeXmlText(n.title)}</title>`;
      return `<circle${xmlAttrs({ cx: num(p.x), cy: num(p.y), r: num(p.r), fill: safeColor(n.color) })}>${tip}</circle>`;
    }),
    `</g>`,
    `<g id="labels" font-size="12">`,
    ...scene.nodes.flatMap((n) => {
      const p = nodes.get(n.id)!;
      const [x, y] = [num(p.x + p.r + 4), num(p.y + 4)];
      const label = escapeXmlText(n.label);
      // A white halo under the label keeps it readable over edges (paint-order is SVG 2).
      return [
        `<text x="${x}" y="${y}" fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${label}</text>`,
        `<text x="${x}" y="${y}" fill="#222222">${label}</text>`,
      ];
    }),
    `</g>`,
    ...legendElements(scene.legend, width - LEGEND_WIDTH - PAD, HEADER),
    `</svg>`,
    ``,
  ];
  return out.join("\n");
}

/** Maps graph coordinates into the box, keeping proportions, with room for node radii. */
function fitToBox(nodes: readonly SvgNode[], box: { left: number; top: number; right: number; bottom: number }, flipY: boolean): (n: SvgNode) => Pt {
  const coord = (v: number) => Math.max(-1e12, Math.min(1e12, finite(v, 0)));
  const xs = nodes.map((n) => coord(n.x));
  const ys = nodes.map((n) => (flipY ? -1 : 1) * coord(n.y));
  const margin = 24 + Math.max(0, ...nodes.map(radius));
  // Labels sit right of their node: keep room for the longest (about 7 px a character at 12 px).
  const labelRoom = Math.min(240, 7 * Math.max(0, ...nodes.map((n) => n.label.length)));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(1, box.right - box.left - 2 * margin - labelRoom);
  const h = Math.max(1, box.bottom - box.top - 2 * margin);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = spanX === 0 && spanY === 0 ? 1 : Math.min(spanX === 0 ? Infinity : w / spanX, spanY === 0 ? Infinity : h / spanY);
  const cx = (box.left + box.right - labelRoom) / 2;
  const cy = (box.top + box.bottom) / 2;
  const [midX, midY] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return (n) => ({
    x: cx + (coord(n.x) - midX) * scale,
    y: cy + ((flipY ? -1 : 1) * coord(n.y) - midY) * scale,
  });
}

/** Edges as paths; parallel edges of one pair bend apart, symmetric around the straight line. */
function edgeElements(edges: readonly SvgEdge[], nodes: Map<string, Pt & { r: number }>): string[] {
  const groups = new Map<string, SvgEdge[]>();
  for (const e of edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    group.forEach((e, k) => {
      const s = nodes.get(e.source)!;
      const t = nodes.get(e.target)!;
      // The bend is measured against the pair's canonical direction, so A→B and B→A never coincide.
      const [lo, hi] = e.source < e.target ? [s, t] : [t, s];
      const dx = hi.x - lo.x;
      const dy = hi.y - lo.y;
      const dist = Math.hypot(dx, dy) || 1;
      const bend = (k - (group.length - 1) / 2) * 0.3 * dist;
      const c = { x: (s.x + t.x) / 2 + (-dy / dist) * bend, y: (s.y + t.y) / 2 + (dx / dist) * bend };
      const width = Math.max(0.5, finite(e.width, 1));
      const color = safeColor(e.color);
      let end: Pt = t;
      let arrow = "";
      if (e.directed) {
        const ux0 = t.x - c.x;
        const uy0 = t.y - c.y;
        const len = Math.hypot(ux0, uy0) || 1;
        const [ux, uy] = [ux0 / len, uy0 / len];
        const size = Math.max(7, width * 3 + 4);
        const tip = { x: t.x - ux * t.r, y: t.y - uy * t.r };
        end = { x: tip.x - ux * size, y: tip.y - uy * size };
        const wing = (sign: number) => `${num(end.x - uy * size * 0.5 * sign)},${num(end.y + ux * size * 0.5 * sign)}`;
        arrow = `<polygon points="${num(tip.x)},${num(tip.y)} ${wing(1)} ${wing(-1)}" fill="${color}"/>`;
      }
      const d = bend === 0 ? `M${num(s.x)},${num(s.y)} L${num(end.x)},${num(end.y)}` : `M${num(s.x)},${num(s.y)} Q${num(c.x)},${num(c.y)} ${num(end.x)},${num(end.y)}`;
      const tip = e.title === undefined ? "" : `<title>${escapeXmlText(e.title)}</title>`;
      const dash = e.dashed ? ` stroke-dasharray="${num(width * 3)},${num(width * 2)}"` : "";
      out.push(`<g>${tip}<path d="${d}" stroke="${color}" stroke-width="${num(width)}"${dash}/>${arrow}</g>`);
    });
  }
  return out;
}

function legendElements(sections: readonly SvgLegendSection[], x: number, top: number): string[] {
  if (sections.length === 0) return [];
  const out = [`<g id="legend" font-size="12">`];
  let y = top + 4;
  for (const section of sections) {
    out.push(text(x, y + 14, section.heading, { size: 13, weight: "bold" }));
    y += LEGEND_LINE;
    for (const entry of section.entries) {
      const color = safeColor(entry.color);
      const mid = y + 10;
      const w = num(Math.max(1, finite(entry.width, 3)));
      if (entry.symbol === "circle") out.push(`<circle cx="${x + 14}" cy="${mid}" r="6" fill="${color}"/>`);
      else {
        const dash = entry.symbol === "dashed" ? ` stroke-dasharray="6,4"` : "";
        const lineEnd = entry.symbol === "arrow" ? x + 22 : x + 28;
        out.push(`<line x1="${x}" y1="${mid}" x2="${lineEnd}" y2="${mid}" stroke="${color}" stroke-width="${w}"${dash}/>`);
        if (entry.symbol === "arrow") out.push(`<polygon points="${x + 30},${mid} ${x + 21},${mid - 5} ${x + 21},${mid + 5}" fill="${color}"/>`);
      }
      out.push(text(x + 38, mid + 4, entry.label, {}));
      y += LEGEND_LINE;
    }
    y += 8;
  }
  out.push(`</g>`);
  return out;
}

function text(x: number, y: number, content: string, style: { size?: number; weight?: string; color?: string }): string {
  return `<text${xmlAttrs({ x: num(x), y: num(y), "font-size": style.size, "font-weight": style.weight, fill: style.color ?? "#222222" })}>${escapeXmlText(content)}</text>`;
}

/** Only #rgb / #rrggbb colours reach the file; anything else (untrusted text) becomes grey. */
export function safeColor(c: string): string {
  return /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(c) ? c : "#888888";
}

/** A node's radius in pixels, kept between 1 and 100 whatever the input says. */
function radius(n: SvgNode): number {
  return Math.max(1, Math.min(100, finite(n.size, 6)));
}

function finite(v: number | undefined, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

/** Coordinates with at most two decimals: short files, no exponent notation. */
function num(v: number): string {
  const r = Math.round(finite(v, 0) * 100) / 100;
  return !Number.isFinite(r) || Math.abs(r) < 1e-9 ? "0" : String(r);
}
