/**
 * The styling of the GEXF "styled for Gephi" variant: where each actor is and how each node and
 * relation is drawn, with the app's own colours and sizes (src/style/), so that Gephi opens the
 * file looking like the screen.
 *
 * - Positions are the layout's own coordinates: what the screen shows (the app passes its layout
 *   layer, with dragged nodes and "Lay out this date") or the model's stable layout (the CLI).
 * - Gephi draws sizes in the same units as positions, while the app's sizes are pixels. They are
 *   converted as the app draws them when the graph fills {@link REFERENCE_PX} pixels, so nodes
 *   and lines keep their proportions to the layout (a node of 15 px in a 600 px-wide picture is
 *   2.5% of the layout's width in Gephi too). Sizes are radii, as both sigma and Gephi use them.
 * - Colours: actors by kind, pale when they have no relation in the view (as on screen);
 *   relations by type, a removed one in a comparison faded towards white, thickness by sign and
 *   change (edgeThickness).
 */
import { boundsOf } from "../model/bounds.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import { FADED_NODE, kindColor } from "../style/palette.ts";
import { edgeThickness, fadeToWhite } from "../style/edgeStyle.ts";
import type { ExportScope } from "./exportView.ts";
import type { GexfViz } from "./gexf.ts";

/** Width in pixels of the picture whose proportions the styled file keeps. */
export const REFERENCE_PX = 600;

/** Where an actor is drawn, in layout coordinates. */
export type PositionOf = (actor: string) => { x: number; y: number };

/**
 * The viz styling of `scope`. `position` is where the screen draws each actor; without it, the
 * graph's `x`/`y` (the model's stable layout: create the model with a layout).
 */
export function gexfVizFor(model: StanceModel, scope: ExportScope, position?: PositionOf): GexfViz {
  const { graph } = model;
  const where = new Map<string, { x: number; y: number }>();
  for (const a of scope.actors) {
    const p = position?.(a.id) ?? graph.getNodeAttributes(a.id);
    where.set(a.id, { x: p.x, y: p.y });
  }
  const unitsPerPx = layoutExtent([...where.values()]) / REFERENCE_PX;
  // A whole-dataset export has no date: every actor is drawn in its kind's colour.
  const tied = scope.view.kind === "all" ? null : new Set(scope.relations.flatMap((r) => [r.source, r.target]));
  const relations = new Map(scope.relations.map((r) => [r.id, r]));

  return {
    node(id) {
      const p = where.get(id);
      const actor = model.actors.get(id);
      if (!p || !actor) return undefined;
      const color = tied && !tied.has(id) ? FADED_NODE : kindColor(actor.kind);
      return { color: { hex: color }, x: p.x, y: p.y, size: graph.getNodeAttribute(id, "size") * unitsPerPx };
    },
    edge(id) {
      const r = relations.get(id);
      if (!r) return undefined;
      const type = model.relationTypes.get(r.type);
      const status = scope.status?.get(id) ?? null;
      const base = type?.color ?? "#888888";
      return { color: { hex: status === "removed" ? fadeToWhite(base, 0.45) : base }, thickness: edgeThickness(type, status) * unitsPerPx };
    },
  };
}

/** The larger side of the box around `points` (1 for a single point or none, so sizes stay finite). */
function layoutExtent(points: ReadonlyArray<{ x: number; y: number }>): number {
  if (points.length < 2) return 1;
  const b = boundsOf(points);
  const extent = b ? Math.max(b.x1 - b.x0, b.y1 - b.y0) : NaN;
  return Number.isFinite(extent) && extent > 0 ? extent : 1;
}
