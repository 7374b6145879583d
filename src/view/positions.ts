/**
 * The view's layout layer: where each actor is drawn now. It starts at the model's stable layout
 * (the positions the dataset always opens with, kept as the model graph's x/y) and holds what the
 * user did to it in this session: nodes dragged, a snapshot laid out, the layout re-run. Sigma
 * reads positions through the node reducer.
 *
 * The stable layout itself is written once per load, by the layout that runs after the first draw
 * (layoutRefine.ts) through `refineStable`: the graph opens at ForceAtlas2's seeded start and the
 * model's x/y follow ForceAtlas2 until they hold its result. Nothing else writes them.
 *
 * Only moved actors are stored, so a 50,000-actor graph costs nothing until something moves.
 */
import type { StanceGraph } from "../model/graph.ts";

export interface Point {
  x: number;
  y: number;
}

export interface LayoutPositions {
  /** Where `actor` is drawn. */
  get(actor: string): Point;
  /** Moves actors; `changed` listeners are told which. */
  set(moves: ReadonlyMap<string, Point>): void;
  /** Every actor's current position (for exports and layouts). */
  all(): Map<string, Point>;
  /** Back to the stable layout. */
  reset(): void;
  /** The box around every actor's current position. */
  extent(): { x: [number, number]; y: [number, number] };
  /**
   * Writes the stable layout (the model graph's x/y) of `ids`, x0, y0, x1, y1, … in their order,
   * without graph events (one refresh for all, not one per node); listeners are told `ids`. Ids no
   * longer in the graph (an edit dropped them meanwhile) are passed over.
   */
  refineStable(ids: readonly string[], xy: ArrayLike<number>): void;
  /** Calls `listener` with the actors each `set` or `reset` moved; returns the unsubscribe. */
  onChange(listener: (moved: readonly string[]) => void): () => void;
}

export function createLayoutPositions(graph: StanceGraph): LayoutPositions {
  const moved = new Map<string, Point>();
  const listeners = new Set<(moved: readonly string[]) => void>();
  const stable = (actor: string): Point => {
    const a = graph.getNodeAttributes(actor);
    return { x: a.x, y: a.y };
  };
  const tell = (ids: readonly string[]) => {
    for (const l of [...listeners]) l(ids);
  };
  return {
    get: (actor) => moved.get(actor) ?? stable(actor),
    set(moves) {
      for (const [id, p] of moves) moved.set(id, { x: p.x, y: p.y });
      tell([...moves.keys()]);
    },
    all() {
      const out = new Map<string, Point>();
      graph.forEachNode((id, a) => out.set(id, moved.get(id) ?? { x: a.x, y: a.y }));
      return out;
    },
    refineStable(ids, xy) {
      const told: string[] = [];
      ids.forEach((id, k) => {
        if (!graph.hasNode(id)) return;
        // In place: graphology emits no event for it, and sigma is refreshed once by the listener.
        const a = graph.getNodeAttributes(id);
        a.x = xy[2 * k]!;
        a.y = xy[2 * k + 1]!;
        told.push(id);
      });
      tell(told);
    },
    reset() {
      const ids = [...moved.keys()];
      moved.clear();
      tell(ids);
    },
    extent() {
      let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
      graph.forEachNode((id, a) => {
        const p = moved.get(id) ?? a;
        if (p.x < x0) x0 = p.x;
        if (p.x > x1) x1 = p.x;
        if (p.y < y0) y0 = p.y;
        if (p.y > y1) y1 = p.y;
      });
      return graph.order === 0 ? { x: [0, 1], y: [0, 1] } : { x: [x0, x1], y: [y0, y1] };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
