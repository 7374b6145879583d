/**
 * The signed graph at a date: one sign per pair of actors, derived from the relations active then.
 *
 * Structural balance is defined on simple undirected signed graphs (Cartwright & Harary 1956), so
 * the multigraph of dated, typed, sometimes directed relations is collapsed per date:
 *
 * - Only relations active on the date count (`from <= date < to`).
 * - A relation's sign is its type's sign (+1 cooperative, −1 adversarial). Neutral types (sign 0,
 *   e.g. mediation) are not ties: a mediator is neither friend nor enemy of the parties.
 * - Direction is ignored: A → B with sign s is the tie A–B with sign s.
 * - Combination rule (default `"sum"`): a pair's stance is the *set of relation types* active on
 *   it, as in `diff.ts`; its sign is the sign of the sum of those types' signs. Two records of the
 *   same type count once (they are one stance recorded twice, e.g. overlapping alliance treaties).
 *   When cooperative and adversarial types cancel exactly, the pair is *ambivalent*: it is no tie,
 *   and it is reported in `ambivalent` so that nothing disappears silently.
 *   Rationale: summing treats every distinct recorded stance as one vote, so an alliance plus a
 *   partnership outweighs one estrangement, and a genuine tie (alliance and estrangement at once)
 *   is shown as ambivalent rather than resolved by fiat.
 * - Alternative rule `"negative-dominates"`: any adversarial type makes the pair negative. It
 *   suits analysts who read open hostility as overriding formal cooperation; it never yields
 *   ambivalent pairs.
 */
import type { Relation } from "../schema.ts";
import type { StanceModel } from "../stanceModel.ts";
import { activeRelationsAt } from "../stanceModel.ts";
import { pairKey } from "../graph.ts";

export type TieSign = 1 | -1;

/** How several relation types active on one pair combine into one sign. */
export type CombineRule = "sum" | "negative-dominates";

export interface ActorRef {
  id: string;
  label: string;
}

/** One signed tie. `a < b` (string order), so every pair has one spelling. */
export interface SignedTie {
  a: string;
  b: string;
  sign: TieSign;
  /** Distinct signed relation types active on the pair, sorted (neutral types are left out). */
  types: string[];
  /** Ids of the active relations behind the tie, neutral ones excluded, in dataset order. */
  relations: string[];
}

/** A pair whose cooperative and adversarial types cancel under the `"sum"` rule: no tie. */
export interface AmbivalentPair {
  a: string;
  b: string;
  types: string[];
  relations: string[];
}

export interface SignedGraph {
  /** The date the graph describes; null for graphs built from a plain list of ties. */
  date: string | null;
  rule: CombineRule;
  /** Every actor of the dataset, with or without ties, in dataset order. */
  actors: readonly ActorRef[];
  /** Ties sorted by (a, b). */
  ties: readonly SignedTie[];
  ambivalent: readonly AmbivalentPair[];
  /** Active relations that carry no sign (mediation and the like), ignored as ties. */
  neutralRelations: number;
}

export interface SignedGraphOptions {
  rule?: CombineRule;
}

/** The signed graph of the relations active on `date`. */
export function signedGraphAt(model: StanceModel, date: string, options: SignedGraphOptions = {}): SignedGraph {
  const actors = model.dataset.actors.map((a) => ({ id: a.id, label: a.label }));
  const signOfType = (type: string) => model.relationTypes.get(type)?.sign ?? 0;
  return { ...collapseRelations(activeRelationsAt(model, date), signOfType, options.rule ?? "sum"), date, actors };
}

/**
 * Collapses relations (assumed active together) into signed ties with the combination rule.
 * Exposed for the series, which keeps the same per-pair bookkeeping incrementally.
 */
export function collapseRelations(
  relations: readonly Relation[],
  signOfType: (type: string) => number,
  rule: CombineRule,
): Pick<SignedGraph, "rule" | "ties" | "ambivalent" | "neutralRelations"> {
  const byPair = new Map<string, { types: Set<string>; relations: string[] }>();
  let neutralRelations = 0;
  for (const r of relations) {
    if (signOfType(r.type) === 0) {
      neutralRelations++;
      continue;
    }
    const key = pairKey(r.source, r.target);
    let slot = byPair.get(key);
    if (!slot) byPair.set(key, (slot = { types: new Set(), relations: [] }));
    slot.types.add(r.type);
    slot.relations.push(r.id);
  }
  const ties: SignedTie[] = [];
  const ambivalent: AmbivalentPair[] = [];
  for (const [key, slot] of byPair) {
    const [a, b] = key.split("|") as [string, string];
    const types = [...slot.types].sort();
    const sign = combineSigns(types.map(signOfType), rule);
    if (sign === 0) ambivalent.push({ a, b, types, relations: slot.relations });
    else ties.push({ a, b, sign, types, relations: slot.relations });
  }
  ties.sort(byPairOrder);
  ambivalent.sort(byPairOrder);
  return { rule, ties, ambivalent, neutralRelations };
}

/** The sign of a pair from the signs of its distinct active types (zeros already excluded or ignored). */
export function combineSigns(signs: readonly number[], rule: CombineRule): -1 | 0 | 1 {
  if (rule === "negative-dominates") {
    if (signs.some((s) => s < 0)) return -1;
    return signs.some((s) => s > 0) ? 1 : 0;
  }
  const sum = signs.reduce((acc, s) => acc + Math.sign(s), 0);
  return sum > 0 ? 1 : sum < 0 ? -1 : 0;
}

/**
 * A signed graph from a plain list of ties (tests, published networks, other tools' data).
 * Throws on a self-tie, an unknown actor or a pair listed twice, naming the offending entry.
 */
export function signedGraphFromTies(actors: readonly ActorRef[], list: ReadonlyArray<{ a: string; b: string; sign: TieSign }>): SignedGraph {
  const known = new Set(actors.map((a) => a.id));
  const seen = new Set<string>();
  const ties: SignedTie[] = list.map((t, i) => {
    if (!known.has(t.a) || !known.has(t.b)) throw new Error(`ties[${i}]: unknown actor "${known.has(t.a) ? t.b : t.a}"`);
    if (t.a === t.b) throw new Error(`ties[${i}]: a tie needs two different actors, got "${t.a}" twice`);
    if (t.sign !== 1 && t.sign !== -1) throw new Error(`ties[${i}]: sign must be 1 or -1, got ${String(t.sign)}`);
    const key = pairKey(t.a, t.b);
    if (seen.has(key)) throw new Error(`ties[${i}]: the pair ${key} is listed twice`);
    seen.add(key);
    const [a, b] = key.split("|") as [string, string];
    return { a, b, sign: t.sign, types: [], relations: [] };
  });
  ties.sort(byPairOrder);
  return { date: null, rule: "sum", actors: [...actors], ties, ambivalent: [], neutralRelations: 0 };
}

/**
 * The graph in the compact form the algorithms use: actors numbered 0..n−1 in `actors` order and
 * a compressed adjacency list (neighbours of i are `neighbours[offsets[i] .. offsets[i+1])`, each
 * with its sign in `signs`), neighbours in increasing index order.
 */
export interface IndexedSignedGraph {
  n: number;
  ids: readonly string[];
  labels: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  offsets: Int32Array;
  neighbours: Int32Array;
  signs: Int8Array;
  /** Ties as index pairs with u < v, and their signs, in `ties` order. */
  tieU: Int32Array;
  tieV: Int32Array;
  tieSign: Int8Array;
}

export function indexSignedGraph(graph: SignedGraph): IndexedSignedGraph {
  const n = graph.actors.length;
  const ids = graph.actors.map((a) => a.id);
  const labels = graph.actors.map((a) => a.label);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const m = graph.ties.length;
  const tieU = new Int32Array(m);
  const tieV = new Int32Array(m);
  const tieSign = new Int8Array(m);
  const degree = new Int32Array(n);
  graph.ties.forEach((t, k) => {
    const x = indexOf.get(t.a);
    const y = indexOf.get(t.b);
    if (x === undefined || y === undefined) throw new Error(`tie ${t.a}|${t.b}: actor not in the graph's actor list`);
    tieU[k] = Math.min(x, y);
    tieV[k] = Math.max(x, y);
    tieSign[k] = t.sign;
    degree[x]!++;
    degree[y]!++;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const signs = new Int8Array(2 * m);
  for (let k = 0; k < m; k++) {
    const u = tieU[k]!;
    const v = tieV[k]!;
    neighbours[fill[u]!] = v;
    signs[fill[u]!++] = tieSign[k]!;
    neighbours[fill[v]!] = u;
    signs[fill[v]!++] = tieSign[k]!;
  }
  // Sort each neighbour list (with its signs) so iteration order is deterministic.
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const order = Array.from({ length: end - start }, (_, j) => start + j).sort((p, q) => neighbours[p]! - neighbours[q]!);
    const nb = order.map((p) => neighbours[p]!);
    const sg = order.map((p) => signs[p]!);
    neighbours.set(nb, start);
    signs.set(sg, start);
  }
  return { n, ids, labels, indexOf, offsets, neighbours, signs, tieU, tieV, tieSign };
}

/** Labels by actor id, for turning results into text. */
export function labelsById(graph: SignedGraph): Map<string, string> {
  return new Map(graph.actors.map((a) => [a.id, a.label]));
}

function byPairOrder(p: { a: string; b: string }, q: { a: string; b: string }): number {
  return p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0;
}
