/**
 * The graphology model: one mixed multigraph holding every relation of all time. Mediation is
 * directed (mediator → party), alliance is not; parallel relations between one pair (an alliance
 * that later turned into estrangement) are separate edges. Which of them show at a date is the
 * view's business (reducers over the interval index), never a rebuild of this graph.
 */
import { MultiGraph } from "graphology";
import type { Actor, ActorKind, Dataset, Relation, RelationType } from "./schema.ts";

export interface ActorNodeAttributes {
  label: string;
  kind: ActorKind;
  x: number;
  y: number;
  size: number;
}

export interface RelationEdgeAttributes {
  /** Relation type id. */
  relationType: string;
  sign: -1 | 0 | 1;
  from: string;
  to: string | undefined;
  /** Position of the relation in `dataset.relations` (and in the interval index). */
  index: number;
}

export type StanceGraph = MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>;

/**
 * Builds the multigraph. Node keys are actor ids, edge keys relation ids. Positions start at 0;
 * `layout.ts` assigns them. Expects a validated dataset.
 */
export function buildGraph(dataset: Dataset): StanceGraph {
  const graph: StanceGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  const types = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  for (const actor of dataset.actors) {
    graph.addNode(actor.id, { label: actor.label, kind: actor.kind, x: 0, y: 0, size: nodeSize(degree.get(actor.id) ?? 0) });
  }
  dataset.relations.forEach((r, index) => {
    const type = types.get(r.type) as RelationType;
    const attributes: RelationEdgeAttributes = { relationType: r.type, sign: type.sign, from: r.from, to: r.to, index };
    if (type.directed) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    else graph.addUndirectedEdgeWithKey(r.id, r.source, r.target, attributes);
  });
  return graph;
}

/** Sizes grow with the number of relations an actor has over all time, gently. */
function nodeSize(degree: number): number {
  return 6 + 3 * Math.sqrt(degree);
}

/** Unordered pair key for two actor ids: the same for A–B and B–A. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export type { Actor, Relation, RelationType };
