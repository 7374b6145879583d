/**
 * A standalone SVG 1.1 picture of a graph view, for print and publication: the header (title, the
 * date or the two compared dates, the dataset), the scene's marks (the same curves, nodes, rings
 * and labels the screen and the PNG show; src/io/scene.ts) and the legend. It opens in a browser
 * and in Inkscape: no scripts, no external fonts or images, arrowheads are plain polygons, and every
 * piece of text is escaped.
 *
 * Pure: it takes a picture and returns text.
 */
import { escapeXmlText, xmlAttrs } from "./xml.ts";
import { approximateLine, arrowHead, colorAndOpacity, fitLine, edgeEnd, pictureFrame, PICTURE_LAYOUT, safeColor, type LegendSection, type MeasureLine, type Picture, type SceneLabel } from "./scene.ts";

export type { LegendEntry as SvgLegendEntry, LegendSection as SvgLegendSection } from "./scene.ts";
export { safeColor };

/**
 * Renders the picture as an SVG 1.1 document (UTF-8 text with an XML declaration). `measure`
 * sizes the header's and the legend's lines (shrunk or cut to fit, as the PNG writer does them):
 * the app passes the browser's (view/pngExport.ts pictureTextMeasure); without a browser an
 * estimate is used.
 */
export function renderSvg(picture: Picture, measure: MeasureLine = approximateLine): string {
  const { scene } = picture;
  const frame = pictureFrame(picture);
  const { pad, header } = PICTURE_LAYOUT;
  const width = num(frame.width);
  const height = num(frame.height);
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${xmlAttrs({ width, height, viewBox: `0 0 ${width} ${height}`, "font-family": HEADER_FONT })}>`,
    `<title>${escapeXmlText(`${picture.title} — ${picture.when}`)}</title>`,
    `<desc>${escapeXmlText(picture.datasetName)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g id="header">`,
    text(pad, 32, picture.title, { size: 21, weight: "700", room: frame.width - 2 * pad, measure }),
    text(pad, 60, picture.when, { size: 17, weight: "600", room: frame.width - 2 * pad, measure }),
    text(pad, 82, picture.datasetName, { size: 12, color: "#5a6474", room: frame.width - 2 * pad, measure }),
    `</g>`,
    `<rect x="0" y="${header - 1}" width="${width}" height="1" fill="#d9dde3"/>`,
    `<svg id="graph"${xmlAttrs({ x: frame.graphX, y: frame.graphY, width: num(scene.width), height: num(scene.height), viewBox: `0 0 ${num(scene.width)} ${num(scene.height)}`, overflow: "hidden" })}>`,
    `<g id="edges" fill="none" stroke-linecap="butt">`,
    ...scene.edges.map((e) => {
      const { color, opacity } = colorAndOpacity(e.color);
      const end = edgeEnd(e);
      const d = e.control ? `M${num(e.x1)},${num(e.y1)} Q${num(e.control.x)},${num(e.control.y)} ${num(end.x)},${num(end.y)}` : `M${num(e.x1)},${num(e.y1)} L${num(end.x)},${num(end.y)}`;
      const head = arrowHead(e);
      const arrow = head.length === 3 ? `<polygon points="${head.map((p) => `${num(p.x)},${num(p.y)}`).join(" ")}" fill="${color}"/>` : "";
      const group = xmlAttrs({ "data-id": e.id, opacity: opacity < 1 ? opacity : undefined });
      return `<g${group}><title>${escapeXmlText(e.title)}</title><path d="${d}" stroke="${color}" stroke-width="${num(e.width)}"/>${arrow}</g>`;
    }),
    `</g>`,
    `<g id="nodes">`,
    ...scene.nodes.map((n) => {
      const tip = `<title>${escapeXmlText(n.title)}</title>`;
      if (!n.ring) return `<circle${xmlAttrs({ "data-id": n.id, cx: num(n.x), cy: num(n.y), r: num(n.r), fill: safeColor(n.color) })}>${tip}</circle>`;
      // A bloc ring: the ring's colour outside, a white gap, the fill inside (as the screen draws it).
      return [
        `<g${xmlAttrs({ "data-id": n.id })}>${tip}`,
        `<circle${xmlAttrs({ cx: num(n.x), cy: num(n.y), r: num(n.r), fill: safeColor(n.ring.color) })}/>`,
        `<circle${xmlAttrs({ cx: num(n.x), cy: num(n.y), r: num(Math.max(0, n.r - n.ring.width)), fill: "#ffffff" })}/>`,
        `<circle${xmlAttrs({ cx: num(n.x), cy: num(n.y), r: num(Math.max(0, n.r - n.ring.width - n.ring.gap)), fill: safeColor(n.color) })}/>`,
        `</g>`,
      ].join("");
    }),
    `</g>`,
    `<g id="labels"${xmlAttrs({ "font-family": scene.font })}>`,
    ...scene.labels.flatMap((l) => labelElements(l)),
    `</g>`,
    `</svg>`,
    ...legendElements(picture.legend, frame.width - PICTURE_LAYOUT.legendWidth + pad, header + pad, measure),
    `</svg>`,
    ``,
  ];
  return out.join("\n");
}

const HEADER_FONT = "system-ui, DejaVu Sans, Arial, Helvetica, sans-serif";

/** A label with its white halo underneath (paint-order is SVG 2, so the halo is a second text). */
function labelElements(l: SceneLabel): string[] {
  // The same baseline as the Canvas writer (src/app/scene.ts labelBaseline): 2 px in, centred.
  const x = num(l.box.x + 2);
  const y = num(l.box.y + l.box.h / 2 + l.size * 0.35);
  const content = escapeXmlText(l.text);
  const attrs = xmlAttrs({ "data-kind": l.kind, "data-id": l.id, x, y, "font-size": num(l.size), "font-weight": l.weight });
  return [
    `<text${attrs} fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${content}</text>`,
    `<text${attrs} fill="${safeColor(l.color)}">${content}</text>`,
  ];
}

function legendElements(sections: readonly LegendSection[], x: number, top: number, measure: MeasureLine): string[] {
  if (sections.length === 0) return [];
  const { legendLine, legendWidth, pad } = PICTURE_LAYOUT;
  // The room the PNG writer gives a legend's text (src/view/pngExport.ts): the legend less its padding and the swatch.
  const room = legendWidth - 2 * pad - 38;
  const out = [`<rect x="${num(x - PICTURE_LAYOUT.pad)}" y="${num(top - PICTURE_LAYOUT.pad)}" width="1" height="100000" fill="#d9dde3"/>`, `<g id="legend" font-size="12">`];
  let y = top;
  for (const section of sections) {
    out.push(text(x, y + 14, section.heading, { size: 13, weight: "700", room: room + 38, measure }));
    y += legendLine;
    for (const entry of section.entries) {
      const color = safeColor(entry.color);
      const mid = y + 10;
      const w = num(Math.max(1, finite(entry.width, 3)));
      if (entry.symbol === "circle") out.push(`<circle cx="${num(x + 14)}" cy="${num(mid)}" r="6" fill="${color}"/>`);
      else {
        const dash = entry.symbol === "dashed" ? ` stroke-dasharray="6,4"` : "";
        const lineEnd = entry.symbol === "arrow" ? x + 22 : x + 28;
        out.push(`<line x1="${num(x)}" y1="${num(mid)}" x2="${num(lineEnd)}" y2="${num(mid)}" stroke="${color}" stroke-width="${w}"${dash}/>`);
        if (entry.symbol === "arrow") out.push(`<polygon points="${num(x + 30)},${num(mid)} ${num(x + 21)},${num(mid - 5)} ${num(x + 21)},${num(mid + 5)}" fill="${color}"/>`);
      }
      out.push(text(x + 38, mid + 4, entry.label, { size: 12, room, measure }));
      y += legendLine;
    }
    y += 8;
  }
  out.push(`</g>`);
  return out;
}

/**
 * A line of text in the header or the legend; given a `room`, shrunk or cut to fit it as the PNG
 * writer does (fitLine): past the picture's edge it would be cut off mid-word.
 */
function text(x: number, y: number, content: string, style: { size?: number; weight?: string; color?: string; room?: number; measure?: MeasureLine }): string {
  const line = style.room !== undefined && style.measure && style.size ? fitLine(content, style.size, style.weight ?? "400", style.room, style.measure) : { text: content, size: style.size };
  return `<text${xmlAttrs({ x: num(x), y: num(y), "font-size": line.size === undefined ? undefined : num(line.size), "font-weight": style.weight, fill: style.color ?? "#1d2430" })}>${escapeXmlText(line.text)}</text>`;
}

function finite(v: number | undefined, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

/** Coordinates with at most two decimals: short files, no exponent notation. */
function num(v: number): string {
  const r = Math.round(finite(v, 0) * 100) / 100;
  return !Number.isFinite(r) || Math.abs(r) < 1e-9 ? "0" : String(r);
}
