/**
 * Actor alignment: how many friends and enemies each actor has at a date, and between two dates
 * who moved most and toward whom.
 *
 * At a date, for actor x: positive = number of positive ties, negative = number of negative ties,
 * net = positive − negative (the signed degree). Actors without ties have 0, 0, 0.
 *
 * Between dates a and b, for actor x and each partner p, s_a(p), s_b(p) ∈ {−1, 0, +1} (0: no tie):
 * - movement = Σ_p |s_b(p) − s_a(p)|: 1 for each tie gained or lost, 2 for each tie that flipped
 *   sign (an ally turned enemy counts as losing a friend and gaining a foe). "Who moved most" is
 *   the actor with the largest movement.
 * - Toward whom: the sides are the blocs at b (`blocs.ts`), unless given. For each bloc B the
 *   change of x's stance toward it is Δ_B = Σ_{p ∈ B, p ≠ x} (s_b(p) − s_a(p)). x moved *toward* the
 *   bloc with the largest positive Δ and *away from* the one with the most negative Δ. Partners
 *   without ties at b belong to no bloc and count toward no side.
 */
import type { StanceModel } from "../stanceModel.ts";
import type { SignedGraph, SignedGraphOptions } from "./signedGraph.ts";
import { labelsById, signedGraphAt } from "./signedGraph.ts";
import type { BlocOptions, BlocPartition } from "./blocs.ts";
import { findBlocs } from "./blocs.ts";

export interface ActorAlignment {
  id: string;
  label: string;
  positive: number;
  negative: number;
  /** positive − negative. */
  net: number;
  /** Partner ids, sorted. */
  positivePartners: string[];
  negativePartners: string[];
}

/** Alignment of every actor of the graph, in the graph's actor order. */
export function alignmentOf(graph: SignedGraph): ActorAlignment[] {
  const rows = new Map<string, ActorAlignment>(
    graph.actors.map((a) => [a.id, { id: a.id, label: a.label, positive: 0, negative: 0, net: 0, positivePartners: [], negativePartners: [] }]),
  );
  for (const t of graph.ties) {
    for (const [x, y] of [
      [t.a, t.b],
      [t.b, t.a],
    ] as const) {
      const row = rows.get(x);
      if (!row) continue;
      if (t.sign > 0) row.positivePartners.push(y);
      else row.negativePartners.push(y);
    }
  }
  for (const row of rows.values()) {
    row.positivePartners.sort();
    row.negativePartners.sort();
    row.positive = row.positivePartners.length;
    row.negative = row.negativePartners.length;
    row.net = row.positive - row.negative;
  }
  return [...rows.values()];
}

/** Alignment of every actor on `date`. */
export function alignmentAt(model: StanceModel, date: string, options: SignedGraphOptions = {}): ActorAlignment[] {
  return alignmentOf(signedGraphAt(model, date, options));
}

export type PartnerChange = "gained-positive" | "gained-negative" | "lost-positive" | "lost-negative" | "positive-to-negative" | "negative-to-positive";

export interface PartnerShift {
  partner: string;
  label: string;
  before: -1 | 0 | 1;
  after: -1 | 0 | 1;
  change: PartnerChange;
  /** The partner's bloc among the sides, or null when it has no tie at b. */
  bloc: number | null;
}

export interface SideShift {
  bloc: number;
  members: string[];
  labels: string[];
  /** Σ over the bloc's members (x excluded) of s_b − s_a. */
  delta: number;
}

export interface AlignmentCounts {
  positive: number;
  negative: number;
  net: number;
}

export interface AlignmentShift {
  id: string;
  label: string;
  before: AlignmentCounts;
  after: AlignmentCounts;
  /** after.net − before.net. */
  netChange: number;
  /** Σ |s_b − s_a| over partners. */
  movement: number;
  /** Partners whose sign changed, sorted by partner id. */
  partners: PartnerShift[];
  /** x's own bloc among the sides, or null. */
  bloc: number | null;
  toward: SideShift | null;
  awayFrom: SideShift | null;
}

export interface AlignmentShiftReport {
  a: string | null;
  b: string | null;
  /** The sides movements are measured against: the blocs at b unless given. */
  sides: BlocPartition;
  /** Every actor, most movement first, then largest |netChange|, then by id. */
  actors: AlignmentShift[];
}

/** Who moved between two signed graphs of the same actors, and toward which side. */
export function alignmentShift(before: SignedGraph, after: SignedGraph, options: BlocOptions & { sides?: BlocPartition } = {}): AlignmentShiftReport {
  const sides = options.sides ?? findBlocs(after, options);
  const labels = labelsById(after);
  for (const a of before.actors) if (!labels.has(a.id)) labels.set(a.id, a.label);
  const signsBefore = signMap(before);
  const signsAfter = signMap(after);
  const countsBefore = new Map(alignmentOf(before).map((r) => [r.id, r]));
  const countsAfter = new Map(alignmentOf(after).map((r) => [r.id, r]));
  const blocById = new Map(sides.blocs.map((b) => [b.id, b]));
  const zero: AlignmentCounts = { positive: 0, negative: 0, net: 0 };
  const counts = (r: AlignmentCounts | undefined): AlignmentCounts => (r ? { positive: r.positive, negative: r.negative, net: r.net } : { ...zero });

  const actors = [...labels.keys()].map((id): AlignmentShift => {
    const was = signsBefore.get(id) ?? new Map<string, -1 | 1>();
    const now = signsAfter.get(id) ?? new Map<string, -1 | 1>();
    const partners: PartnerShift[] = [];
    const deltaByBloc = new Map<number, number>();
    let movement = 0;
    for (const p of new Set([...was.keys(), ...now.keys()])) {
      const s0 = was.get(p) ?? 0;
      const s1 = now.get(p) ?? 0;
      if (s0 === s1) continue;
      movement += Math.abs(s1 - s0);
      const bloc = sides.blocOf.get(p) ?? null;
      if (bloc !== null) deltaByBloc.set(bloc, (deltaByBloc.get(bloc) ?? 0) + s1 - s0);
      partners.push({ partner: p, label: labels.get(p) ?? p, before: s0, after: s1, change: changeKind(s0, s1), bloc });
    }
    partners.sort((p, q) => (p.partner < q.partner ? -1 : p.partner > q.partner ? 1 : 0));
    const side = (bloc: number, delta: number): SideShift => {
      const b = blocById.get(bloc)!;
      return { bloc, members: b.members, labels: b.labels, delta };
    };
    let toward: SideShift | null = null;
    let awayFrom: SideShift | null = null;
    // Blocs are numbered largest first, so on equal Δ the larger side wins.
    for (const [bloc, delta] of [...deltaByBloc].sort((p, q) => p[0] - q[0])) {
      if (delta > 0 && (!toward || delta > toward.delta)) toward = side(bloc, delta);
      if (delta < 0 && (!awayFrom || delta < awayFrom.delta)) awayFrom = side(bloc, delta);
    }
    const b0 = counts(countsBefore.get(id));
    const b1 = counts(countsAfter.get(id));
    return {
      id,
      label: labels.get(id) ?? id,
      before: b0,
      after: b1,
      netChange: b1.net - b0.net,
      movement,
      partners,
      bloc: sides.blocOf.get(id) ?? null,
      toward,
      awayFrom,
    };
  });
  actors.sort((p, q) => q.movement - p.movement || Math.abs(q.netChange) - Math.abs(p.netChange) || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  return { a: before.date, b: after.date, sides, actors };
}

/** Who moved between dates a and b. */
export function alignmentShiftBetween(
  model: StanceModel,
  a: string,
  b: string,
  options: SignedGraphOptions & BlocOptions & { sides?: BlocPartition } = {},
): AlignmentShiftReport {
  return alignmentShift(signedGraphAt(model, a, options), signedGraphAt(model, b, options), options);
}

function signMap(graph: SignedGraph): Map<string, Map<string, -1 | 1>> {
  const out = new Map<string, Map<string, -1 | 1>>();
  const at = (x: string) => {
    let m = out.get(x);
    if (!m) out.set(x, (m = new Map()));
    return m;
  };
  for (const t of graph.ties) {
    at(t.a).set(t.b, t.sign);
    at(t.b).set(t.a, t.sign);
  }
  return out;
}

function changeKind(s0: number, s1: number): PartnerChange {
  if (s0 === 0) return s1 > 0 ? "gained-positive" : "gained-negative";
  if (s1 === 0) return s0 > 0 ? "lost-positive" : "lost-negative";
  return s0 > 0 ? "positive-to-negative" : "negative-to-positive";
}
