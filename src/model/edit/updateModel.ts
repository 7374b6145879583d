/**
 * Applying an edit to a loaded model in place, without rebuilding it (issue #13): the graphology
 * graph (nodes and edges added, dropped, re-pointed, attributes), the lookups, the parallel-edge
 * indices of the pairs the edit touched (parallel.ts rules), the node sizes, the interval index's
 * dynamic layer, the sorted events and the span. The graph object stays the same, so sigma (which
 * listens to the graph's events) follows on its own; the returned `ModelChange` tells panels what
 * to refresh. tests/unit/model-incremental.test.ts checks the result equals a model built from
 * scratch after random edit sequences.
 *
 * Node positions: a node keeps its position; an actor removed and added back (undo) gets the one
 * it had; a new actor is placed near the actors it is linked to in the same edit (or just outside
 * the drawing when it has none), at an angle that comes from its id, so the same edit always
 * gives the same picture.
 */
import type { Actor, Dataset, Relation, RelationType, Source, StanceEvent } from "../schema.ts";
import type { RelationEdgeAttributes, StanceGraph } from "../graph.ts";
import { nodeSize, pairKey } from "../graph.ts";
import { placeNewNodes } from "./placement.ts";
import { edgeListOf, forgetEdgeList, recomputePair, renumberEdges, resign, restyledEdges, retype } from "./edgeUpdates.ts";
import { dataExtent, type StanceModel } from "../stanceModel.ts";
import { addDays } from "../dates.ts";
import type { IdChanges, Op, Touched } from "./commands.ts";

/** What an edit changed in the model, for the UI to refresh only that. */
export interface ModelChange {
  /** The model's revision after the edit. */
  revision: number;
  /** Records added, removed and changed, per collection (net). */
  actors: IdChanges;
  relationTypes: IdChanges;
  relations: IdChanges;
  events: IdChanges;
  sources: IdChanges;
  periods: IdChanges;
  /** The dataset's own fields (title, span, …) changed. */
  meta: boolean;
  /** `model.span` changed (the timeline's window). */
  span: boolean;
  /**
   * Relations from this position on moved in `dataset.relations` (an insertion or removal before
   * them), so positions answered by the interval index before the edit are stale from here; null
   * when no relation moved.
   */
  positionsFrom: number | null;
  /** Graph nodes and edges whose attributes changed besides the records above (sizes, curves, signs). */
  graph: { nodes: string[]; edges: string[] };
  /**
   * The records, as they were before the edit, of the relations it removed or changed (by their
   * id then), so a view can take out what they counted (src/app/deriveEdit.ts) without a pass.
   */
  relationsBefore: ReadonlyMap<string, Relation>;
}

/** What `updateModel` needs from an applied command (apply.ts `Applied`). */
export interface ModelEdit {
  dataset: Dataset;
  ops: readonly Op[];
  touched: Touched;
}

/** The model's state that is not the dataset's: positions of removed actors, for undo. */
const removedPositions = new WeakMap<StanceGraph, Map<string, { x: number; y: number }>>();


type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** Applies an edit (from `apply`/`tryApply` on `model.dataset`) to the model in place. */
export function updateModel(model: StanceModel, edit: ModelEdit): ModelChange {
  const m = model as Mutable<StanceModel>;
  const graph = m.graph;
  const actors = m.actors as Map<string, Actor>;
  const types = m.relationTypes as Map<string, RelationType>;
  const relations = m.relations as Map<string, Relation>;
  const sources = m.sources as Map<string, Source>;
  let remembered = removedPositions.get(graph);
  if (!remembered) removedPositions.set(graph, (remembered = new Map()));

  const pairs = new Set<string>();
  const resized = new Set<string>();
  const addedNodes = new Set<string>();
  const restyled = new Set<string>();
  let positionsFrom = Number.POSITIVE_INFINITY;
  const edges = edgeListOf(graph, m.dataset.relations);
  let retyped = false;
  /** Edges whose sign a type change rewrote: many, so kept apart from `restyled` (a plain list). */
  const resigned: string[] = [];

  const addEdge = (r: Relation, index: number) => {
    const type = types.get(r.type)!;
    const attributes: RelationEdgeAttributes = { relationType: r.type, sign: type.sign, from: r.from, to: r.to, index, parallelIndex: null, parallelMaxIndex: null };
    if (type.directed) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    else graph.addUndirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    touchPair(r);
  };
  const dropEdge = (r: Relation) => {
    graph.dropEdge(r.id);
    touchPair(r);
  };
  const touchPair = (r: Relation) => {
    pairs.add(pairKey(r.source, r.target));
    resized.add(r.source);
    resized.add(r.target);
  };

  // The first op on an id tells whether the record was there before the edit (a remove or a replace).
  const relationsBefore = new Map<string, Relation>();
  const seenRelations = new Set<string>();
  const firstSeen = (id: string, before: Relation | null) => {
    if (seenRelations.has(id)) return;
    seenRelations.add(id);
    if (before) relationsBefore.set(id, before);
  };

  const hadSpan = m.dataset.span !== undefined;
  for (const op of edit.ops) {
    if (op.op === "meta") continue;
    if (op.collection === "relations") {
      if (op.op === "insert") firstSeen(op.record.id, null);
      else if (op.op === "remove") firstSeen(op.record.id, op.record as Relation);
      else {
        firstSeen(op.before.id, op.before as Relation);
        firstSeen(op.after.id, null);
      }
    }
    switch (op.collection) {
      case "relations": {
        if (op.op === "insert") {
          const r = op.record as Relation;
          m.index.insert(op.index, r);
          relations.set(r.id, r);
          addEdge(r, op.index);
          edges.splice(op.index, 0, graph.getEdgeAttributes(r.id));
          positionsFrom = Math.min(positionsFrom, op.index);
        } else if (op.op === "remove") {
          const r = op.record as Relation;
          m.index.remove(op.index);
          relations.delete(r.id);
          dropEdge(r);
          edges.splice(op.index, 1);
          positionsFrom = Math.min(positionsFrom, op.index);
        } else {
          const before = op.before as Relation;
          const after = op.after as Relation;
          if (before.from !== after.from || before.to !== after.to) m.index.update(op.index, after);
          if (before.id !== after.id) relations.delete(before.id);
          relations.set(after.id, after);
          const wasDirected = graph.isDirected(before.id);
          if (before.id !== after.id || before.source !== after.source || before.target !== after.target || wasDirected !== types.get(after.type)!.directed) {
            dropEdge(before);
            addEdge(after, op.index);
            edges[op.index] = graph.getEdgeAttributes(after.id);
          } else {
            graph.mergeEdgeAttributes(after.id, { relationType: after.type, sign: types.get(after.type)!.sign, from: after.from, to: after.to });
            // A type change with the same direction keeps the edge; its pair's curves stay the same.
          }
        }
        break;
      }
      case "actors": {
        if (op.op === "insert") {
          const a = op.record as Actor;
          graph.addNode(a.id, { label: a.label, kind: a.kind, x: 0, y: 0, size: nodeSize(0) });
          actors.set(a.id, a);
          addedNodes.add(a.id);
        } else if (op.op === "remove") {
          const a = op.record as Actor;
          const { x, y } = graph.getNodeAttributes(a.id);
          remembered.set(a.id, { x, y });
          graph.dropNode(a.id);
          actors.delete(a.id);
          addedNodes.delete(a.id);
          resized.delete(a.id);
        } else {
          const before = op.before as Actor;
          const after = op.after as Actor;
          if (before.id !== after.id) throw new Error(`an actor's id cannot change in place ("${before.id}" → "${after.id}")`);
          actors.set(after.id, after);
          if (before.label !== after.label || before.kind !== after.kind) graph.mergeNodeAttributes(after.id, { label: after.label, kind: after.kind });
        }
        break;
      }
      case "relationTypes": {
        if (op.op === "insert") types.set(op.record.id, op.record as RelationType);
        else if (op.op === "remove") types.delete(op.record.id);
        else {
          const before = op.before as RelationType;
          const after = op.after as RelationType;
          if (before.id !== after.id) types.delete(before.id);
          types.set(after.id, after);
          if (before.directed !== after.directed) {
            retype(graph, after, relations, restyled, (r) => touchPair(r));
            retyped = true;
          } else if (before.sign !== after.sign) resign(graph, after, m.dataset.relations, edges, resigned);
        }
        break;
      }
      case "sources":
        if (op.op === "remove") sources.delete(op.record.id);
        else {
          if (op.op === "replace" && op.before.id !== op.after.id) sources.delete(op.before.id);
          const s = (op.op === "insert" ? op.record : op.after) as Source;
          sources.set(s.id, s);
        }
        break;
      case "events":
      case "periods":
        break; // read from the dataset (events sorted below)
    }
  }

  m.dataset = edit.dataset;
  // Re-added edges (a type's direction flipped) have new attribute objects: list them again.
  if (retyped) forgetEdgeList(graph);
  if (positionsFrom < Number.POSITIVE_INFINITY) renumberEdges(graph, edit.dataset.relations, positionsFrom);
  for (const key of pairs) recomputePair(graph, key, relations, restyled);
  const nodesChanged = new Set<string>();
  for (const id of resized) {
    if (!graph.hasNode(id)) continue;
    const size = nodeSize(graph.degree(id));
    if (graph.getNodeAttribute(id, "size") !== size) {
      graph.setNodeAttribute(id, "size", size);
      nodesChanged.add(id);
    }
  }
  placeNewNodes(graph, edit.dataset.actors, addedNodes, remembered);
  for (const id of addedNodes) nodesChanged.add(id);

  const t = edit.touched;
  if (t.events.added.length + t.events.removed.length + t.events.changed.length > 0) {
    m.events = [...edit.dataset.events].sort((a: StanceEvent, b: StanceEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const datesMayMove = t.meta || t.relations.added.length + t.relations.removed.length + t.relations.changed.length + t.events.added.length + t.events.removed.length + t.events.changed.length + t.periods.added.length + t.periods.removed.length + t.periods.changed.length > 0;
  let spanChanged = false;
  if (datesMayMove) {
    // The extent follows the ops only when it was a data extent before too: no explicit span, and
    // not the window of a dataset with no dates (one year long: extentAfter refuses it). Nothing
    // dated left (or yet): the window the model was built with for that (the year up to today).
    const span = edit.dataset.span ?? (hadSpan ? null : extentAfter(m.span, edit.ops)) ?? dataExtent(edit.dataset, m.undatedSpan);
    if (span.from !== m.span.from || span.to !== m.span.to) {
      m.span = span;
      spanChanged = true;
    }
  }
  for (const id of t.relations.added) restyled.delete(id);
  for (const id of t.relations.changed) restyled.delete(id);
  m.revision = m.revision + 1;
  return {
    revision: m.revision,
    actors: t.actors,
    relationTypes: t.relationTypes,
    relations: t.relations,
    events: t.events,
    sources: t.sources,
    periods: t.periods,
    meta: t.meta,
    span: spanChanged,
    positionsFrom: positionsFrom === Number.POSITIVE_INFINITY ? null : positionsFrom,
    graph: { nodes: [...nodesChanged], edges: restyledEdges(graph, restyled, resigned, t.relations.removed.length > 0) },
    relationsBefore,
  };
}

/** The dates a record of a dated collection mentions (relations, events, periods). */
function datesOf(collection: string, record: unknown): string[] {
  const r = record as { from?: string; to?: string; date?: string; end?: string };
  const out: string[] = [];
  if (collection === "relations") {
    if (typeof r.from === "string") out.push(r.from);
    if (typeof r.to === "string") out.push(r.to);
  } else if (collection === "events") {
    if (typeof r.date === "string") out.push(r.date);
    if (typeof r.end === "string") out.push(r.end);
  } else if (collection === "periods" && typeof r.date === "string") out.push(r.date);
  return out;
}

/**
 * `dataExtent` after `ops`, from the extent before them without a pass over every record: when no
 * date the ops take away is at either end of the extent so far, the ends are still held by records
 * the ops did not take, and the dates they bring can only widen it (a pass costs a few ms at 100k
 * relations, on every edit of a relation). Null when that does not hold (a date
 * at an end went, or `before` may be the one-year window of a dataset with a single date): the
 * caller scans then.
 */
function extentAfter(before: { from: string; to: string }, ops: readonly Op[]): { from: string; to: string } | null {
  let { from, to } = before;
  if (to === addDays(from, 365)) return null;
  for (const op of ops) {
    if (op.op === "meta") continue;
    const gone = op.op === "remove" ? op.record : op.op === "replace" ? op.before : null;
    // A date at an end (as it stands after the ops so far) went: another record may or may not hold it.
    if (gone && datesOf(op.collection, gone).some((d) => d === from || d === to)) return null;
    const come = op.op === "insert" ? op.record : op.op === "replace" ? op.after : null;
    if (come) {
      for (const d of datesOf(op.collection, come)) {
        if (d < from) from = d;
        if (d > to) to = d;
      }
    }
  }
  return { from, to };
}

