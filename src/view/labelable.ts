/**
 * The actors the label layer reads after each frame of a large graph. There an actor carries a
 * label only when it is drawn at least LARGE_GRAPH_LABEL_MIN_PX across or is lit (view/pictures.ts),
 * and reading sigma's display data of all 50,000 actors to find the few big enough was about 32 ms
 * of every frame (a still frame's profile, docs/benchmarks.md).
 *
 * So the actors are kept in order of their size on screen (from the model's sizes alone: the order
 * holds until the next edit of the model), and a frame reads them down to the first that, even at
 * the largest size it can be drawn at (drawnSizeAtMost, which rises with the size on screen), would
 * be too small at the camera's zoom: every actor after it is smaller still.
 * The lit ones (mayBeLit) are read whatever their size. The same test as before decides each actor
 * read, so the labels are the same; only actors that cannot pass it are not read.
 *
 * Written here: sigma's own label grid picks a label per cell of the screen, not by size, and
 * graphology's library keeps no index by attribute. Fetched only for a large graph (labelLayer.ts),
 * so the bounds on nodeAppearance's results live here rather than beside it: the start bundle's
 * budget; tests/unit/appearance.test.ts holds them against nodeAppearance.
 */
import type { StanceGraph } from "../model/graph.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Derived } from "../app/derivedView.ts";

/**
 * The largest size nodeAppearance (app/appearance.ts) draws an actor at whose size on screen
 * (`ctx.size` of its model size) is `size`: half a bloc ring's width (`ringPx`: RING_PX, passed in
 * so that this module imports nothing of the start bundle's) more while the view rings blocs, and never under 2
 * (what sigma draws a size of 0 at). It rises with `size`, so the label layer can keep actors in
 * order of their size on screen, which holds until the next edit (below).
 */
export function drawnSizeAtMost(size: number, view: Pick<Derived, "rings">, ringPx: number): number {
  return Math.max(2, view.rings ? size + ringPx / 2 : size);
}

/**
 * Every actor nodeAppearance may light (highlighted), name whatever else competes for the place
 * (forceLabel) or name first where there is room (labelFirst), and perhaps a few more: the selected actor, the selected relation's two
 * actors, the hovered actor, and a lifted neighbourhood. The label layer reads these whatever
 * their size (below).
 */
export function mayBeLit(model: StanceModel, view: Derived): Set<string> {
  const out = new Set<string>();
  if (view.selection?.kind === "actor") out.add(view.selection.id);
  const relation = view.selection?.kind === "relation" ? model.relations.get(view.selection.id) : undefined;
  if (relation) out.add(relation.source).add(relation.target);
  if (view.hovered !== null) out.add(view.hovered);
  if (view.focus && !view.focus.fadeRest) for (const id of view.focus.actors) out.add(id);
  return out;
}

/** Past this share of the actors passing the size bound, reading every actor in the graph's order is cheaper than ordering those read. */
const READ_ALL_FROM = 0.25;

export interface LabelableActors {
  /**
   * The actors to read at this zoom, in the graph's order (the order the label placement breaks ties
   * by): those that at the largest size they can be drawn at in `view` are at least `minPx` across
   * once `scale`d by the camera (which must rise with the size), and those `view` may light. Null
   * when so many pass that reading every actor is cheaper.
   */
  select(scale: (size: number) => number, minPx: number, view: Derived): string[] | null;
  /** Actors looked at by the last `select` (a count of work, for tests). */
  readonly looked: number;
}

/**
 * `graph` is the graph sigma draws (every actor of `model`, sharing its attribute objects);
 * `onScreen(size)` an actor's size on screen from its model size (`AppearanceContext.size`);
 * `ringPx` a bloc ring's width (RING_PX).
 */
export function createLabelableActors(graph: StanceGraph, model: StanceModel, onScreen: (modelSize: number) => number, ringPx: number): LabelableActors {
  let builtAt = -1;
  /** Actors by size on screen, largest first, and those sizes. */
  let bySize: string[] = [];
  let sizes = new Float64Array(0);
  /** Each actor's place in the graph's order. */
  let place = new Map<string, number>();
  let looked = 0;

  const build = () => {
    const ids: string[] = [];
    const sizeOf: number[] = [];
    place = new Map();
    graph.forEachNode((id, attrs) => {
      place.set(id, ids.length);
      ids.push(id);
      sizeOf.push(onScreen(attrs.size));
    });
    // Ties in the graph's order, so that a walk is the same from one build to the next.
    const order = ids.map((_, i) => i).sort((a, b) => sizeOf[b]! - sizeOf[a]! || a - b);
    bySize = order.map((i) => ids[i]!);
    sizes = Float64Array.from(order, (i) => sizeOf[i]!);
    builtAt = model.revision;
  };

  return {
    select(scale, minPx, view) {
      // An edit may add, drop or resize actors: it bumps the model's revision.
      if (builtAt !== model.revision || bySize.length !== graph.order) build();
      let n = 0;
      while (n < bySize.length && scale(drawnSizeAtMost(sizes[n]!, view, ringPx)) >= minPx) n++;
      looked = n;
      if (n > bySize.length * READ_ALL_FROM) {
        looked = graph.order;
        return null;
      }
      const chosen = new Set(bySize.slice(0, n));
      for (const id of mayBeLit(model, view)) {
        if (chosen.has(id) || !place.has(id)) continue;
        chosen.add(id);
        looked++;
      }
      return [...chosen].sort((a, b) => place.get(a)! - place.get(b)!);
    },
    get looked() {
      return looked;
    },
  };
}
