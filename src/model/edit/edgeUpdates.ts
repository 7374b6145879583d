/**
 * The edge side of an in-place model update (updateModel.ts): each relation's edge attributes
 * kept in dataset order for renumbering, the parallel-edge indices of a pair recomputed, and a
 * relation type's sign or direction carried to its edges.
 */
import type { Relation, RelationType } from "../schema.ts";
import type { RelationEdgeAttributes, StanceGraph } from "../graph.ts";
import { parallelIndex } from "../parallel.ts";

/**
 * Per graph, each relation's edge attribute object in dataset order, so that renumbering the
 * edges after an insertion or removal in the middle is a loop over an array rather than a graph
 * lookup per edge (0.3 µs each: 15 ms for 50k edges). graphology keeps an edge's attribute object
 * across merge/set; `renumberEdges` checks that and rebuilds the list if someone replaced them.
 */
const edgeLists = new WeakMap<StanceGraph, RelationEdgeAttributes[]>();

/** The edge list of `graph` for `relations` (built on first use, from the graph). */
export function edgeListOf(graph: StanceGraph, relations: readonly Relation[]): RelationEdgeAttributes[] {
  let list = edgeLists.get(graph);
  if (!list || list.length !== relations.length) {
    list = relations.map((r) => graph.getEdgeAttributes(r.id));
    edgeLists.set(graph, list);
  }
  return list;
}

/**
 * A relation type's sign changed: its edges' `sign` is written in place, found in dataset order
 * through the edge list (no graph scan), and one bulk "eachEdgeAttributesUpdated" event tells
 * listeners (sigma refreshes its edges once) instead of one event per edge.
 */
export function resign(graph: StanceGraph, type: RelationType, list: readonly Relation[], edges: RelationEdgeAttributes[], resigned: string[]): void {
  for (let q = 0; q < list.length; q++) {
    const r = list[q]!;
    if (r.type !== type.id) continue;
    edges[q]!.sign = type.sign;
    resigned.push(r.id);
  }
  graph.emit("eachEdgeAttributesUpdated", { hints: { attributes: ["sign"] } });
}

/** The restyled edges still in the graph, once each (the edit may have removed some after restyling them). */
export function restyledEdges(graph: StanceGraph, restyled: ReadonlySet<string>, resigned: readonly string[], removedAny: boolean): string[] {
  let out: string[];
  if (resigned.length === 0) out = [...restyled];
  else if (restyled.size === 0) out = resigned.slice();
  else {
    const seen = new Set(resigned);
    out = [...resigned, ...[...restyled].filter((id) => !seen.has(id))];
  }
  return removedAny ? out.filter((id) => graph.hasEdge(id)) : out;
}

/** A relation type's direction changed: its edges are dropped and added again (directed or not), with its sign. */
export function retype(graph: StanceGraph, type: RelationType, relations: ReadonlyMap<string, Relation>, restyled: Set<string>, touchPair: (r: Relation) => void): void {
  const ids: string[] = [];
  graph.forEachEdge((id, attrs) => {
    if (attrs.relationType === type.id) ids.push(id);
  });
  for (const id of ids) {
    const attrs = graph.getEdgeAttributes(id);
    if (graph.isDirected(id) !== type.directed) {
      const r = relations.get(id)!;
      const next = { ...attrs, sign: type.sign };
      graph.dropEdge(id);
      if (type.directed) graph.addDirectedEdgeWithKey(id, r.source, r.target, next);
      else graph.addUndirectedEdgeWithKey(id, r.source, r.target, next);
      touchPair(r);
    } else if (attrs.sign !== type.sign) graph.setEdgeAttribute(id, "sign", type.sign);
    restyled.add(id);
  }
}

/**
 * Writes each relation's position (`index`) from `first` on. In place, without graph events: the
 * position is not drawn (only the graphology JSON export carries it), and an event per edge would
 * have sigma reprocess every edge after an insertion near the start.
 */
export function renumberEdges(graph: StanceGraph, list: readonly Relation[], first: number): void {
  let edges = edgeListOf(graph, list);
  const last = list.length - 1;
  if (first > last) return;
  // The list holds the graph's own objects unless someone replaced them (replaceEdgeAttributes).
  if (edges[first] !== graph.getEdgeAttributes(list[first]!.id) || edges[last] !== graph.getEdgeAttributes(list[last]!.id)) {
    edgeLists.delete(graph);
    edges = edgeListOf(graph, list);
  }
  for (let q = first; q <= last; q++) {
    const attrs = edges[q]!;
    if (attrs.index !== q) attrs.index = q;
  }
}

/** The parallel-edge indices of one pair, from its relations in dataset order (parallel.ts). */
export function recomputePair(graph: StanceGraph, key: string, relations: ReadonlyMap<string, Relation>, restyled: Set<string>): void {
  const bar = key.indexOf("|");
  const a = key.slice(0, bar);
  const b = key.slice(bar + 1);
  if (!graph.hasNode(a) || !graph.hasNode(b)) return;
  const ids = graph.edges(a, b);
  if (ids.length === 0) return;
  ids.sort((p, q) => graph.getEdgeAttribute(p, "index") - graph.getEdgeAttribute(q, "index"));
  const group = ids.map((id) => relations.get(id)!);
  const { index, max } = parallelIndex(group);
  ids.forEach((id, k) => {
    const p = index[k]!;
    const parallelIndexValue = Number.isNaN(p) ? null : p;
    const parallelMaxIndex = Number.isNaN(p) ? null : max[k]!;
    const attrs = graph.getEdgeAttributes(id);
    if (attrs.parallelIndex !== parallelIndexValue || attrs.parallelMaxIndex !== parallelMaxIndex) {
      graph.mergeEdgeAttributes(id, { parallelIndex: parallelIndexValue, parallelMaxIndex });
      restyled.add(id);
    }
  });
}


/** Drops the kept edge list (edges were added again with new attribute objects); the next use rebuilds it. */
export function forgetEdgeList(graph: StanceGraph): void {
  edgeLists.delete(graph);
}
