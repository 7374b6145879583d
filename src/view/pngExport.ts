/**
 * PNG of the view on screen, at 1×, 2× or 4× the graph area's size: sigma draws the graph again
 * on a larger off-screen renderer (@sigma/export-image's drawOnCanvas, same graph, camera and
 * reducers, with node sizes, edge widths and label sizes multiplied so the picture scales instead
 * of thinning out), and the result is composed under a header (title, the date or the two
 * compared dates, the dataset) and beside a legend: a snapshot without its date is meaningless.
 *
 * The picture is what the screen shows (same camera, zoom and highlight), plus just enough room
 * around it for the nodes and labels the screen cuts at its edges. The header and legend words
 * come from the SVG scene of the same scope, so the PNG and the SVG of one view say the same things.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { CameraState, Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ExportScope } from "../io/exportView.ts";
import { safeColor, type SvgLegendSection } from "../io/svg.ts";
import { svgSceneFor } from "../io/svgScene.ts";
import type { StanceSigmaInstance } from "./sigmaInternals.ts";

/** Sizes in CSS pixels at 1× (multiplied by the scale). */
const PAD = 16;
const HEADER = 96;
const LEGEND_WIDTH = 250;
const LEGEND_LINE = 22;
const FONT_FAMILY = "system-ui, 'DejaVu Sans', Arial, sans-serif";

export type PngScale = 1 | 2 | 4;

/** Why a PNG could not be made, in words for the user. */
export class PngExportError extends Error {}

/**
 * Renders the current view of the `live` sigma as a PNG. `scope` is the export scope of that view
 * (exportScope with the view's date and filters); it supplies the header and the legend.
 * Rejects with a PngExportError when the picture would exceed what the browser can draw.
 */
export async function renderViewPng(live: StanceSigmaInstance, model: StanceModel, scope: ExportScope, scale: PngScale): Promise<Blob> {
  const sigma = live as unknown as Sigma;
  const { width, height } = sigma.getDimensions();
  if (width < 1 || height < 1) throw new PngExportError("the graph area has no size (is it hidden?)");
  const margins = overflowMargins(sigma, width, height);
  const [w, h] = [(width + margins.left + margins.right) * scale, (height + margins.top + margins.bottom) * scale];
  const limit = maxRenderSize();
  if (Math.max(w, h) > limit) {
    throw new PngExportError(`at ${scale}× the graph would be ${w} × ${h} pixels; this browser draws at most ${limit} on a side. Choose a smaller scale, or SVG.`);
  }
  const graph = await drawGraph(sigma, width, height, margins, scale);
  const scene = svgSceneFor(model, scope);
  return canvasToPng(compose(graph, { title: scene.title, when: scene.when, datasetName: scene.datasetName, legend: scene.legend }, scale));
}

/** Room in CSS pixels added around the graph area, so that what the screen cuts at its edges is whole. */
interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Labels and nodes of the view can stick out of the graph area; at most this much is added on a side. */
const MAX_MARGIN = 320;

/**
 * How far the nodes shown on screen, and their labels, stick out of the graph area (a long label
 * of an actor near the right edge is cut on screen; in a picture for a report it must be whole).
 */
function overflowMargins(sigma: Sigma, width: number, height: number): Margins {
  const m: Margins = { left: 0, top: 0, right: 0, bottom: 0 };
  const settings = sigma.getSettings();
  const labelled = sigma.getNodeDisplayedLabels();
  const ctx = document.createElement("canvas").getContext("2d");
  if (ctx) ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  for (const node of sigma.getGraph().nodes()) {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
    const r = sigma.scaleSize(d.size);
    const half = labelled.has(node) && d.label ? Math.max(r, settings.labelSize / 2 + 2) : r;
    m.left = Math.max(m.left, r - p.x);
    m.top = Math.max(m.top, half - p.y);
    m.bottom = Math.max(m.bottom, p.y + half - height);
    // sigma draws a label 3 px right of its node.
    const labelWidth = labelled.has(node) && d.label && ctx ? ctx.measureText(d.label).width + 3 + 6 : 0;
    m.right = Math.max(m.right, p.x + r + labelWidth - width);
  }
  const clamp = (v: number) => Math.min(MAX_MARGIN, Math.ceil(Math.max(0, v)));
  return { left: clamp(m.left), top: clamp(m.top), right: clamp(m.right), bottom: clamp(m.bottom) };
}

/**
 * Points the temporary renderer's camera so that it shows, inside the margins, what the live
 * camera shows on screen, `k` times larger. The mapping from graph to viewport is affine, so one
 * zoom and one shift found through sigma's own conversions are exact. (The conversions must be
 * asked of the temporary renderer: sigma's overrides for another viewport size still use the
 * renderer's own size in their last step.)
 */
function matchLiveCamera(tmp: Sigma, live: { camera: CameraState; width: number; height: number; corners: [Coordinates, Coordinates, Coordinates] }, margins: Margins, k: number): void {
  const [g0, g1, gm] = live.corners;
  const camera = tmp.getCamera();
  const conv = () => ({ cameraState: camera.getState() });
  camera.setState(live.camera);
  const v0 = tmp.graphToViewport(g0, conv());
  const v1 = tmp.graphToViewport(g1, conv());
  const ratio = (live.camera.ratio * Math.hypot(v1.x - v0.x, v1.y - v0.y)) / (Math.hypot(live.width, live.height) * k);
  camera.setState({ ratio });
  const vm = tmp.graphToViewport(gm, conv());
  const target = { x: (margins.left + live.width / 2) * k, y: (margins.top + live.height / 2) * k };
  const { width, height } = tmp.getDimensions();
  const centre = tmp.viewportToFramedGraph({ x: width / 2 - (target.x - vm.x), y: height / 2 - (target.y - vm.y) }, conv());
  camera.setState({ x: centre.x, y: centre.y });
  tmp.refresh();
}

/**
 * The graph alone at `scale`. drawOnCanvas makes a canvas of (width × devicePixelRatio), so the
 * renderer is asked for width × scale / dpr CSS pixels and every pixel size is multiplied by the
 * same factor: the file is width × scale pixels on every screen. Margins make room for what the
 * screen cuts at its edges; node sizes stay those of the screen whatever the camera ratio.
 */
async function drawGraph(sigma: Sigma, width: number, height: number, margins: Margins, scale: number): Promise<HTMLCanvasElement> {
  const dpr = window.devicePixelRatio || 1;
  const k = scale / dpr;
  const live = sigma.getSettings();
  const nodeReducer = live.nodeReducer;
  const edgeReducer = live.edgeReducer;
  const camera = sigma.getCamera().getState();
  const sizeRatio = live.zoomToSizeRatioFunction(camera.ratio);
  // Graph points at the screen's corners and centre: where they must land in the picture.
  const corners = [{ x: 0, y: 0 }, { x: width, y: height }, { x: width / 2, y: height / 2 }].map((v) => sigma.viewportToGraph(v)) as [Coordinates, Coordinates, Coordinates];
  const settings: Partial<Settings> = {
    // The live reducers decide what is drawn (date, filters, focus); only sizes change.
    nodeReducer: (node, data) => {
      const shown: Partial<NodeDisplayData> = nodeReducer ? nodeReducer(node, data) : data;
      return { ...shown, size: (shown.size ?? data.size ?? 1) * k };
    },
    edgeReducer: (edge, data) => {
      const shown: Partial<EdgeDisplayData> = edgeReducer ? edgeReducer(edge, data) : data;
      return shown.hidden ? shown : { ...shown, size: (shown.size ?? data.size ?? 1) * k };
    },
    zoomToSizeRatioFunction: () => sizeRatio,
    minCameraRatio: null,
    maxCameraRatio: null,
    labelSize: live.labelSize * k,
    edgeLabelSize: live.edgeLabelSize * k,
    stagePadding: live.stagePadding * k,
    labelGridCellSize: live.labelGridCellSize * k,
    labelRenderedSizeThreshold: live.labelRenderedSizeThreshold * k,
    minEdgeThickness: live.minEdgeThickness * k,
  };
  return drawOnCanvas(sigma, {
    width: ((width + margins.left + margins.right) * scale) / dpr,
    height: ((height + margins.top + margins.bottom) * scale) / dpr,
    backgroundColor: "#ffffff",
    sigmaSettings: settings,
    withTempRenderer: (tmp) => matchLiveCamera(tmp, { camera, width, height, corners }, margins, k),
  });
}

interface Caption {
  title: string;
  when: string;
  datasetName: string;
  legend: SvgLegendSection[];
}

/** Header on top, graph below it, legend in a column on the right; everything at `u` px per CSS px. */
function compose(graph: HTMLCanvasElement, caption: Caption, u: number): HTMLCanvasElement {
  const legendHeight = caption.legend.reduce((sum, s) => sum + LEGEND_LINE * (s.entries.length + 1) + 8, 0) + 2 * PAD;
  const out = document.createElement("canvas");
  out.width = graph.width + Math.round(LEGEND_WIDTH * u);
  out.height = Math.round(HEADER * u) + Math.max(graph.height, Math.round(legendHeight * u));
  const ctx = out.getContext("2d");
  if (!ctx) throw new PngExportError("the browser gave no 2D canvas to draw on");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);

  const textWidth = out.width - 2 * PAD * u;
  fitText(ctx, caption.title, PAD * u, 32 * u, textWidth, { size: 21 * u, weight: "700", color: "#1d2430" });
  fitText(ctx, caption.when, PAD * u, 60 * u, textWidth, { size: 17 * u, weight: "600", color: "#1d2430" });
  fitText(ctx, caption.datasetName, PAD * u, 82 * u, textWidth, { size: 12 * u, weight: "400", color: "#5a6474" });

  const top = Math.round(HEADER * u);
  ctx.drawImage(graph, 0, top);
  ctx.fillStyle = "#d9dde3";
  ctx.fillRect(0, top - Math.max(1, Math.round(u)), out.width, Math.max(1, Math.round(u)));
  ctx.fillRect(graph.width, top, Math.max(1, Math.round(u)), out.height - top);
  drawLegend(ctx, caption.legend, graph.width + PAD * u, top + PAD * u, u);
  return out;
}

/** The legend of svgScene, drawn the way svg.ts draws it: swatches in the edges' own widths and marks. */
function drawLegend(ctx: CanvasRenderingContext2D, sections: readonly SvgLegendSection[], x: number, top: number, u: number): void {
  const labelWidth = (LEGEND_WIDTH - 2 * PAD - 38) * u;
  let y = top;
  for (const section of sections) {
    fitText(ctx, section.heading, x, y + 14 * u, labelWidth + 38 * u, { size: 13 * u, weight: "700", color: "#1d2430" });
    y += LEGEND_LINE * u;
    for (const entry of section.entries) {
      const color = safeColor(entry.color);
      const mid = y + 10 * u;
      ctx.fillStyle = color;
      ctx.strokeStyle = color;
      if (entry.symbol === "circle") {
        ctx.beginPath();
        ctx.arc(x + 14 * u, mid, 6 * u, 0, 2 * Math.PI);
        ctx.fill();
      } else {
        ctx.lineWidth = Math.max(1, entry.width ?? 3) * u;
        ctx.setLineDash(entry.symbol === "dashed" ? [6 * u, 4 * u] : []);
        ctx.beginPath();
        ctx.moveTo(x, mid);
        ctx.lineTo(x + (entry.symbol === "arrow" ? 22 : 28) * u, mid);
        ctx.stroke();
        ctx.setLineDash([]);
        if (entry.symbol === "arrow") {
          ctx.beginPath();
          ctx.moveTo(x + 30 * u, mid);
          ctx.lineTo(x + 21 * u, mid - 5 * u);
          ctx.lineTo(x + 21 * u, mid + 5 * u);
          ctx.closePath();
          ctx.fill();
        }
      }
      fitText(ctx, entry.label, x + 38 * u, mid + 4 * u, labelWidth, { size: 12 * u, weight: "400", color: "#1d2430" });
      y += LEGEND_LINE * u;
    }
    y += 8 * u;
  }
}

/**
 * Draws one line of text within `maxWidth`: shrinks it (down to 70 %) and then cuts it with "…",
 * so a long title or caption is never clipped at the image's edge.
 */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, style: { size: number; weight: string; color: string }): void {
  let size = style.size;
  const font = (s: number) => `${style.weight} ${s}px ${FONT_FAMILY}`;
  ctx.font = font(size);
  while (ctx.measureText(text).width > maxWidth && size > style.size * 0.7) {
    size *= 0.95;
    ctx.font = font(size);
  }
  let shown = text;
  const full = ctx.measureText(text).width;
  // A first cut in proportion (a title can be very long), then character by character.
  if (full > maxWidth) shown = `${text.slice(0, Math.max(1, Math.floor((text.length * maxWidth) / full)))}…`;
  while (shown.length > 1 && ctx.measureText(shown).width > maxWidth) shown = `${shown.slice(0, -2)}…`;
  ctx.fillStyle = style.color;
  ctx.textBaseline = "alphabetic";
  ctx.fillText(shown, x, y);
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngExportError("the browser could not encode the PNG (out of memory?)"))), "image/png"),
  );
}

/** The largest WebGL drawing buffer side this browser allows (asked of a throwaway context). */
function maxRenderSize(): number {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  const size = Math.min(Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)) || 4096, dims ? Math.min(dims[0] ?? 4096, dims[1] ?? 4096) : 4096);
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return size;
}
