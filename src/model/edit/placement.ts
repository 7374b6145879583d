/**
 * Where new actors go in the drawing when an edit adds them to a loaded model: an actor removed
 * and added back (undo) gets the place it had; a new one goes a quarter of the drawing's radius
 * out from the actors it is linked to in the same edit, turned by an angle that comes from its id
 * (the same edit always gives the same picture), or just outside the drawing when it has none.
 */
import type { Actor } from "../schema.ts";
import type { ActorNodeAttributes, StanceGraph } from "../graph.ts";

/** Positions for nodes added by this edit (see the module comment). */
export function placeNewNodes(
  graph: StanceGraph,
  order: readonly Actor[],
  added: ReadonlySet<string>,
  remembered: Map<string, { x: number; y: number }>,
): void {
  if (added.size === 0) return;
  // In dataset order, so a batch of new actors is placed the same way every time.
  const pending = order.filter((a) => added.has(a.id) && graph.hasNode(a.id)).map((a) => a.id);
  const placed = (id: string) => !added.has(id) || done.has(id);
  const done = new Set<string>();
  let extent: { cx: number; cy: number; r: number } | null = null;
  for (const id of pending) {
    const back = remembered.get(id);
    if (back) {
      remembered.delete(id);
      graph.mergeNodeAttributes(id, back);
      done.add(id);
    }
  }
  for (const id of pending) {
    if (done.has(id)) continue;
    const angle = (hash(id) / 0x100000000) * 2 * Math.PI;
    const neighbours = graph.neighbors(id).filter(placed);
    let x: number;
    let y: number;
    if (neighbours.length > 0) {
      let sx = 0;
      let sy = 0;
      for (const n of neighbours) {
        const at = graph.getNodeAttributes(n) as ActorNodeAttributes;
        sx += at.x;
        sy += at.y;
      }
      extent ??= extentOf(graph, added, done);
      // A quarter of the drawing's radius away from its neighbours, outwards (away from the
      // drawing's centre, where there is room), turned a little by the id so two new actors
      // linked to the same one do not land on each other. Closer (8% of the radius, once) put a
      // new actor under its neighbour's label on screen.
      const mx = sx / neighbours.length;
      const my = sy / neighbours.length;
      const out = Math.hypot(mx - extent.cx, my - extent.cy) > extent.r * 0.05 ? Math.atan2(my - extent.cy, mx - extent.cx) : angle;
      const turn = out + (angle / (2 * Math.PI) - 0.5) * (Math.PI / 2);
      const r = Math.max(1, extent.r * 0.25);
      x = mx + r * Math.cos(turn);
      y = my + r * Math.sin(turn);
    } else {
      extent ??= extentOf(graph, added, done);
      x = extent.cx + extent.r * 1.1 * Math.cos(angle);
      y = extent.cy + extent.r * 1.1 * Math.sin(angle);
    }
    graph.mergeNodeAttributes(id, { x, y });
    done.add(id);
  }
}

/** Centre and radius of the placed nodes (radius 10 around the origin for an empty drawing). */
function extentOf(graph: StanceGraph, added: ReadonlySet<string>, done: ReadonlySet<string>): { cx: number; cy: number; r: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((id, at) => {
    if (added.has(id) && !done.has(id)) return;
    minX = Math.min(minX, at.x);
    maxX = Math.max(maxX, at.x);
    minY = Math.min(minY, at.y);
    maxY = Math.max(maxY, at.y);
  });
  if (minX === Infinity) return { cx: 0, cy: 0, r: 10 };
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, r: Math.max(10, Math.hypot(maxX - minX, maxY - minY) / 2) };
}

/** FNV-1a of a string: the same id always gives the same angle. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
