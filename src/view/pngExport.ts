/**
 * PNG of the view on screen, at 1×, 2× or 4×: the picture's scene (the marks sigma and the label
 * layer draw: src/view/pictures.ts) drawn on a Canvas 2D under a header (title, the date or the two
 * compared dates, the dataset) and beside a legend: a snapshot without its date is meaningless.
 * The SVG writer (src/io/svg.ts) draws the same picture, mark for mark, so the two files agree.
 */
import { approximateLine, fitLine, pictureFrame, PICTURE_LAYOUT, safeColor, type LegendSection, type MeasureLine, type Picture } from "../io/scene.ts";
import { drawScene } from "./canvasScene.ts";

/** Sizes in CSS pixels at 1× (multiplied by the scale). */
const { pad: PAD, header: HEADER, legendWidth: LEGEND_WIDTH, legendLine: LEGEND_LINE } = PICTURE_LAYOUT;
const FONT_FAMILY = "system-ui, 'DejaVu Sans', Arial, sans-serif";
/** The largest canvas side drawn; Chromium refuses far larger canvases, and a PNG that size is no use. */
const MAX_SIDE = 16_384;

export type PngScale = 1 | 2 | 4;

/** Why a PNG could not be made, in words for the user. */
export class PngExportError extends Error {}

/** Renders the picture as a PNG at `scale`. Rejects with a PngExportError when it would be too large to draw. */
export async function renderViewPng(picture: Picture, scale: PngScale): Promise<Blob> {
  const frame = pictureFrame(picture);
  if (picture.scene.width < 1 || picture.scene.height < 1) throw new PngExportError("the graph area has no size (is it hidden?)");
  const [w, h] = [Math.round(frame.width * scale), Math.round(frame.height * scale)];
  if (Math.max(w, h) > MAX_SIDE) {
    throw new PngExportError(`at ${scale}× the picture would be ${w} × ${h} pixels; this browser draws at most ${MAX_SIDE} on a side. Choose a smaller scale, or SVG.`);
  }
  const out = document.createElement("canvas");
  out.width = w;
  out.height = h;
  const ctx = out.getContext("2d");
  if (!ctx) throw new PngExportError("the browser gave no 2D canvas to draw on");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, w, h);
  const u = scale;
  const textWidth = w - 2 * PAD * u;
  fitText(ctx, picture.title, PAD * u, 32 * u, textWidth, { size: 21 * u, weight: "700", color: "#1d2430" });
  fitText(ctx, picture.when, PAD * u, 60 * u, textWidth, { size: 17 * u, weight: "600", color: "#1d2430" });
  fitText(ctx, picture.datasetName, PAD * u, 82 * u, textWidth, { size: 12 * u, weight: "400", color: "#5a6474" });
  ctx.fillStyle = "#d9dde3";
  ctx.fillRect(0, (HEADER - 1) * u, w, u);
  // The graph area, clipped to its box as the screen clips it.
  ctx.save();
  ctx.translate(frame.graphX * u, frame.graphY * u);
  ctx.scale(u, u);
  ctx.beginPath();
  ctx.rect(0, 0, picture.scene.width, picture.scene.height);
  ctx.clip();
  drawScene(ctx, picture.scene);
  ctx.restore();
  if (picture.legend.length > 0) {
    const x = frame.width - LEGEND_WIDTH + PAD;
    ctx.fillStyle = "#d9dde3";
    ctx.fillRect((x - PAD) * u, HEADER * u, u, h - HEADER * u);
    drawLegend(ctx, picture.legend, x * u, (HEADER + PAD) * u, u);
  }
  return canvasToPng(out);
}

/** The legend, drawn the way svg.ts draws it: swatches in the edges' own widths and marks. */
function drawLegend(ctx: CanvasRenderingContext2D, sections: readonly LegendSection[], x: number, top: number, u: number): void {
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
 * Widths of the header's and the legend's text as this browser draws them (in the PNG's font), so
 * that the SVG fits its lines as the PNG does (src/io/scene.ts fitLine).
 */
export function pictureTextMeasure(): MeasureLine {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return approximateLine;
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Draws one line of text within `maxWidth`, shrunk or cut as fitLine says. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, style: { size: number; weight: string; color: string }): void {
  const measure: MeasureLine = (t, size, weight) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(t).width;
  };
  const line = fitLine(text, style.size, style.weight, maxWidth, measure);
  ctx.font = `${style.weight} ${line.size}px ${FONT_FAMILY}`;
  ctx.fillStyle = style.color;
  ctx.textBaseline = "alphabetic";
  ctx.fillText(line.text, x, y);
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngExportError("the browser could not encode the PNG (out of memory?)"))), "image/png"),
  );
}
