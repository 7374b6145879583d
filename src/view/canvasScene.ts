/**
 * Draws a scene (src/io/scene.ts) on a Canvas 2D: the labels on screen (over sigma's WebGL
 * layers, see labelLayer.ts) and the whole picture in the PNG. The SVG writer (src/io/svg.ts)
 * draws the same marks the same way: lines, then arrowheads, nodes with their rings, labels with a
 * white halo.
 */
import { arrowHead, edgeEnd, safeColor, type Scene, type SceneLabel } from "../io/scene.ts";
import { labelBaseline } from "../app/scene.ts";

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Every mark of the scene: edges, nodes, labels. */
export function drawScene(ctx: Context, scene: Scene): void {
  ctx.lineCap = "butt";
  for (const e of scene.edges) {
    const color = safeColor(e.color);
    const end = edgeEnd(e);
    ctx.strokeStyle = color;
    ctx.lineWidth = e.width;
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    if (e.control) ctx.quadraticCurveTo(e.control.x, e.control.y, end.x, end.y);
    else ctx.lineTo(end.x, end.y);
    ctx.stroke();
    const head = arrowHead(e);
    if (head.length === 3) {
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.moveTo(head[0]!.x, head[0]!.y);
      ctx.lineTo(head[1]!.x, head[1]!.y);
      ctx.lineTo(head[2]!.x, head[2]!.y);
      ctx.closePath();
      ctx.fill();
    }
  }
  const disc = (x: number, y: number, r: number, color: string) => {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x, y, Math.max(0, r), 0, 2 * Math.PI);
    ctx.fill();
  };
  for (const n of scene.nodes) {
    if (!n.ring) disc(n.x, n.y, n.r, safeColor(n.color));
    else {
      disc(n.x, n.y, n.r, safeColor(n.ring.color));
      disc(n.x, n.y, n.r - n.ring.width, "#ffffff");
      disc(n.x, n.y, n.r - n.ring.width - n.ring.gap, safeColor(n.color));
    }
  }
  drawLabels(ctx, scene.labels, scene.font);
}

/** The labels, each over a white halo so edges running under it do not cross its letters. */
export function drawLabels(ctx: Context, labels: readonly SceneLabel[], font: string): void {
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  for (const l of labels) {
    const { x, y } = labelBaseline(l);
    ctx.font = `${l.weight} ${l.size}px ${font}`;
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = safeColor(l.color);
    ctx.fillText(l.text, x, y);
  }
}
