/**
 * The graphology model: one mixed multigraph holding every relation of all time. Mediation is
 * directed (mediator → party), alliance is not; parallel relations between one pair (an alliance
 * that later turned into estrangement) are separate edges. Which of them show at a date is the
 * view's business (reducers over the interval index), never a rebuild of this graph.
 */
import { runToEnd } from "./steps.ts";
import { MultiGraph } from "graphology";
import type { Actor, ActorKind, Dataset, Relation, RelationType } from "./schema.ts";
import { parallelIndex, type ParallelIndex } from "./parallel.ts";
import { createPool } from "./pool.ts";

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
  /** Among the relations of the same pair, which one this is (null: alone); see parallel.ts. */
  parallelIndex: number | null;
  parallelMaxIndex: number | null;
}

export type StanceGraph = MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>;

/**
 * Node keys graphology cannot hold: the names of Object.prototype's properties (`constructor`,
 * `toString`, `__proto__`, …). graphology 0.26 keeps each node's neighbours in plain objects
 * keyed by neighbour, so such a neighbour reads as already present (`adj.constructor` is
 * `Object`): edges to it go missing, iteration fails, and `hasOwnProperty` as a key breaks every
 * lookup. The validator refuses them as actor ids; tests/unit/hardening-validate.test.ts probes
 * graphology with each name so this list stays exactly what the library cannot hold. (Edge keys
 * live in a Map and are safe.)
 */
export const UNSAFE_NODE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What the load worker computes ahead, so the page only has to copy it in. */
export interface GraphExtras {
  parallel?: ParallelIndex;
  /** x0, y0, x1, y1, … for the actors in dataset order (otherwise every position starts at 0). */
  positions?: Float64Array;
  /** Each actor's number of relations in dataset order (prepare.ts); counted here when absent. */
  degrees?: ArrayLike<number>;
}

/** Edges added between two yields of `graphSteps`. */
const SLICE = 1000;
/** Relations counted into the degrees between two yields (two cheap map updates each). */
const DEGREE_SLICE = 5000;

/**
 * Builds the multigraph. Node keys are actor ids, edge keys relation ids. Positions come from
 * `extras` or start at 0 (`layout.ts` assigns them). Expects a validated dataset.
 */
export function buildGraph(dataset: Dataset, extras: GraphExtras = {}): StanceGraph {
  return runToEnd(graphSteps(dataset, extras));
}

/**
 * `buildGraph` in slices: yields the share done (0–1) after the nodes (all at once: a tenth of the
 * work at 10 relations per actor) and then every few thousand edges, so a page can build a large
 * graph between frames instead of in one blocking task.
 */
export function* graphSteps(dataset: Dataset, extras: GraphExtras = {}): Generator<number, StanceGraph, void> {
  const graph: StanceGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  const types = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const parallel = extras.parallel ?? parallelIndex(dataset.relations);
  const positions = extras.positions;
  const relations = dataset.relations;
  const actors = dataset.actors;
  const given = extras.degrees !== undefined && extras.degrees.length === actors.length ? extras.degrees : undefined;
  const degree = new Map<string, number>();
  // The degrees and the nodes in slices too: at 500,000 relations and 50,000 actors they were one
  // slice of about 0.3 s (their share of the progress is counted with the nodes'). Two map updates
  // of fresh strings per relation: 20,000 relations between yields still took 25–70 ms. Not at all
  // when the load worker counted them (`extras.degrees`, prepare.ts).
  for (let index = 0; given === undefined && index < relations.length; index++) {
    const r = relations[index]!;
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    if (index % DEGREE_SLICE === DEGREE_SLICE - 1) yield 0;
  }
  const total = actors.length + relations.length;
  // One kept copy of each parallel index. Relations in one direction only get half-integers
  // (−0.5, 0.5 …; parallel.ts), which V8 cannot hold in the attributes object as it holds small
  // integers: each read from the Float64Array makes a number object of its own, two per relation,
  // 372,000 at 50k actors for every collection to mark. A number read back from a Map is the copy
  // the Map holds, so a handful serve every relation. (It relies on the attribute also holding
  // null, for a relation alone on its pair: a field only ever given numbers gets a copy per object
  // whatever it is given. tests/unit/parallel.test.ts counts them in a heap snapshot.)
  const shared = createPool<number>();
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i]!;
    const x = positions ? positions[2 * i]! : 0;
    const y = positions ? positions[2 * i + 1]! : 0;
    graph.addNode(actor.id, { label: actor.label, kind: actor.kind, x, y, size: nodeSize(given ? given[i]! : (degree.get(actor.id) ?? 0)) });
    if (i % SLICE === SLICE - 1) yield (i + 1) / Math.max(1, total);
  }
  yield actors.length / Math.max(1, total);
  for (let index = 0; index < relations.length; index++) {
    const r = relations[index]!;
    const type = types.get(r.type) as RelationType;
    const p = parallel.index[index]!;
    const attributes: RelationEdgeAttributes = {
      relationType: r.type,
      sign: type.sign,
      from: r.from,
      to: r.to,
      index,
      parallelIndex: Number.isNaN(p) ? null : shared(p),
      parallelMaxIndex: Number.isNaN(p) ? null : shared(parallel.max[index]!),
    };
    if (type.directed) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    else graph.addUndirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    if (index % SLICE === SLICE - 1) yield (dataset.actors.length + index + 1) / total;
  }
  return graph;
}

/** Sizes grow with the number of relations an actor has over all time, gently. */
export function nodeSize(degree: number): number {
  return 6 + 3 * Math.sqrt(degree);
}

/** Unordered pair key for two actor ids: the same for A–B and B–A. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export type { Actor, Relation, RelationType };
