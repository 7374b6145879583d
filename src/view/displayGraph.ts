/**
 * The display graph: the graphology graph sigma draws. It holds every actor of the model (the
 * picture never jumps when the date changes: an actor without relations stays, pale) but only the
 * relations that can be shown now — those in view at the date (or at either compare date, after
 * the filters) and those still fading out — instead of every relation of all time hidden by the
 * reducers. At 50k actors / 500k relations sigma's processing of all edges was one 1.5–2.2 s task
 * during load and on a date change; it now processes the relations on screen only.
 *
 * Edges keep the model's relation ids and share its attribute objects (no copy: the layout written
 * in place on the model's nodes, and in-place attribute edits, are seen as they are), so the
 * pointer, the label layer, the pictures and the details panels keep using relation ids.
 *
 * It is kept in step incrementally: `reconcile(ids)` makes each named relation present exactly when
 * the model has it and `shown(id)` holds (a date step names what entered and left; a fade that ends
 * names what it faded). Edits of the model are followed from the model graph's events: actors at
 * once (sigma needs an edge's ends), relations named for the next `followModel`, called once the
 * derived view has been computed again after the edit (so `shown` is fresh).
 */
import { MultiGraph } from "graphology";
import type { ActorNodeAttributes, RelationEdgeAttributes, StanceGraph } from "../model/graph.ts";

/** What a reconciliation changed in the display graph. */
export interface DisplayDelta {
  added: string[];
  dropped: string[];
}

export interface DisplayGraph {
  /** The graph sigma draws (all actors, the relations that can be shown). */
  readonly graph: StanceGraph;
  /**
   * Adds the relations that should be there (in the model and `shown`) in slices of `chunk`,
   * yielding between slices so a large graph is built between frames. Relations already there,
   * or no longer shown by the time their slice comes, are passed over.
   */
  fill(ids: Iterable<string>, chunk?: number): Generator<number, void, void>;
  /** Makes each of `ids` present exactly when the model has it and `shown(id)`. */
  reconcile(ids: Iterable<string>): DisplayDelta;
  /**
   * After an edit of the model: reconciles the relations the model graph's events named since the
   * last call, with `ids` (what entered and left the view, or an edit's own list of relations).
   */
  followModel(ids?: Iterable<string>): DisplayDelta;
  /** Stops following the model graph. */
  destroy(): void;
}

/**
 * The display graph of `model` (the model's graph). `shown(id)` says whether a relation can be
 * shown now (in view, or fading); the graph starts with every actor and no relation (see `fill`).
 */
export function createDisplayGraph(model: StanceGraph, shown: (relation: string) => boolean): DisplayGraph {
  const graph: StanceGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ type: "mixed", allowSelfLoops: false });
  model.forEachNode((id, attrs) => void graph.addNode(id, attrs));
  /** Relations the model graph's events named since the last `followModel`. */
  const dirty = new Set<string>();
  /** The model lost all its relations at once (graphology's clear): every one is looked at again. */
  let everyRelation = false;

  const add = (id: string): boolean => {
    if (graph.hasEdge(id) || !model.hasEdge(id) || !shown(id)) return false;
    const [source, target] = model.extremities(id);
    const attrs = model.getEdgeAttributes(id);
    if (model.isDirected(id)) graph.addDirectedEdgeWithKey(id, source, target, attrs);
    else graph.addUndirectedEdgeWithKey(id, source, target, attrs);
    return true;
  };

  /** Whether the display graph's copy of a relation still has the model's ends and direction. */
  const sameShape = (id: string): boolean => {
    const [s, t] = model.extremities(id);
    return graph.source(id) === s && graph.target(id) === t && graph.isDirected(id) === model.isDirected(id);
  };

  const reconcile = (ids: Iterable<string>): DisplayDelta => {
    const delta: DisplayDelta = { added: [], dropped: [] };
    for (const id of ids) {
      if (graph.hasEdge(id)) {
        if (model.hasEdge(id) && shown(id) && sameShape(id)) {
          // An edit that replaced the model's attribute object (never done in place) is taken over.
          const attrs = model.getEdgeAttributes(id);
          if (graph.getEdgeAttributes(id) !== attrs) graph.replaceEdgeAttributes(id, attrs);
          continue;
        }
        graph.dropEdge(id);
        delta.dropped.push(id);
      }
      if (add(id)) delta.added.push(id);
    }
    return delta;
  };

  // Actors follow the model at once; relations are only named here (see followModel).
  const onNodeAdded = ({ key }: { key: string }) => {
    if (!graph.hasNode(key)) graph.addNode(key, model.getNodeAttributes(key));
  };
  const onNodeDropped = ({ key }: { key: string }) => {
    if (graph.hasNode(key)) graph.dropNode(key);
  };
  const onNodeUpdated = ({ key }: { key: string }) => {
    const attrs = model.getNodeAttributes(key);
    if (graph.hasNode(key) && graph.getNodeAttributes(key) !== attrs) graph.replaceNodeAttributes(key, attrs);
  };
  const onEdge = ({ key }: { key: string }) => void dirty.add(key);
  const onCleared = () => {
    graph.clear();
    model.forEachNode((id, attrs) => void graph.addNode(id, attrs));
    everyRelation = true;
  };
  const onEdgesCleared = () => {
    graph.clearEdges();
    everyRelation = true;
  };
  const listeners = [
    ["nodeAdded", onNodeAdded],
    ["nodeDropped", onNodeDropped],
    ["nodeAttributesUpdated", onNodeUpdated],
    ["edgeAdded", onEdge],
    ["edgeDropped", onEdge],
    ["edgeAttributesUpdated", onEdge],
    ["cleared", onCleared],
    ["edgesCleared", onEdgesCleared],
  ] as const;
  for (const [event, listener] of listeners) model.on(event, listener);

  return {
    graph,
    *fill(ids, chunk = 5000) {
      let n = 0;
      for (const id of ids) {
        add(id);
        if (++n % chunk === 0) yield n;
      }
    },
    reconcile,
    followModel(ids = []) {
      const named = new Set(dirty);
      dirty.clear();
      for (const id of ids) named.add(id);
      if (everyRelation) {
        everyRelation = false;
        model.forEachEdge((id) => void named.add(id));
      }
      return reconcile(named);
    },
    destroy() {
      for (const [event, listener] of listeners) model.off(event, listener);
    },
  };
}
