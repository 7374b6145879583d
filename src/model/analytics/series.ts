/**
 * The measures over the whole timeline: structural balance and every actor's alignment at each
 * date where the set of active relations changes, plus both ends of the window.
 *
 * Computed incrementally. The signed graph at the first date is built tie by tie; then, from one
 * date to the next, only the relations that entered or left (`IntervalIndex.changesBetween`) are
 * applied. When a pair's sign changes from s to s′, the triads through that pair are exactly its
 * common neighbours w: each one's triad moves from type(s, s_uw, s_vw) to type(s′, s_uw, s_vw).
 * Scanning the smaller of the two neighbour sets costs O(min(deg u, deg v)), so the whole series
 * costs O(m·√m) for the first date plus O(Σ changes · min-degree) after it — never
 * O(dates × n³), nor even a recount per date. Each point equals `balanceAt` on its date (a test
 * checks this).
 */
import type { StanceModel } from "../stanceModel.ts";
import { pairKey } from "../graph.ts";
import type { ActorRef, CombineRule, SignedGraphOptions } from "./signedGraph.ts";
import { combineSigns } from "./signedGraph.ts";
import type { BalanceFigure, TriadCounts } from "./balance.ts";
import { balanceFigures, emptyTriadCounts, triadTypeOf } from "./balance.ts";

export interface SeriesOptions extends SignedGraphOptions {
  /** First date (default: the model's span start). */
  from?: string;
  /** Last date (default: the model's span end). */
  to?: string;
}

export interface SeriesPoint {
  date: string;
  ties: { total: number; positive: number; negative: number };
  /** Pairs whose types cancel under the "sum" rule (no tie). */
  ambivalent: number;
  triads: number;
  counts: TriadCounts;
  strong: BalanceFigure;
  weak: BalanceFigure;
}

export interface AlignmentStep {
  date: string;
  positive: number;
  negative: number;
  net: number;
}

export interface StanceSeries {
  from: string;
  to: string;
  rule: CombineRule;
  actors: readonly ActorRef[];
  points: SeriesPoint[];
  /**
   * Per actor id, a step function: its alignment at the first point, then one step at each point
   * where it changed. `alignmentSeries` expands it to one value per point. (A Map: ids are data,
   * never object keys.)
   */
  alignment: ReadonlyMap<string, AlignmentStep[]>;
}

/** The dates of the series: the window's ends and every relation start or end strictly inside it. */
export function seriesDates(model: StanceModel, from: string, to: string): string[] {
  if (from > to) throw new RangeError(`the series window starts (${from}) after it ends (${to})`);
  const dates = new Set([from, to]);
  for (const r of model.dataset.relations) {
    if (r.from > from && r.from < to) dates.add(r.from);
    if (r.to !== undefined && r.to > from && r.to < to) dates.add(r.to);
  }
  return [...dates].sort();
}

/** Balance counts and alignment at every change date of the window. */
export function stanceSeries(model: StanceModel, options: SeriesOptions = {}): StanceSeries {
  const rule = options.rule ?? "sum";
  const from = options.from ?? model.span.from;
  const to = options.to ?? model.span.to;
  const dates = seriesDates(model, from, to);
  const state = new IncrementalSignedGraph(rule, (type) => model.relationTypes.get(type)?.sign ?? 0);
  const relations = model.dataset.relations;
  const points: SeriesPoint[] = [];
  const alignment = new Map<string, AlignmentStep[]>();
  const record = (date: string, ids: Iterable<string>) => {
    for (const id of ids) {
      let steps = alignment.get(id);
      if (!steps) alignment.set(id, (steps = []));
      const positive = state.positiveOf(id);
      const negative = state.negativeOf(id);
      const last = steps[steps.length - 1];
      if (last && last.positive === positive && last.negative === negative) continue;
      steps.push({ date, positive, negative, net: positive - negative });
    }
  };

  for (const i of model.index.activeAt(dates[0]!).sort((p, q) => p - q)) state.add(relations[i]!);
  points.push(state.point(dates[0]!));
  record(dates[0]!, model.dataset.actors.map((a) => a.id));
  for (let d = 1; d < dates.length; d++) {
    state.touched.clear();
    const { entered, left } = model.index.changesBetween(dates[d - 1]!, dates[d]!);
    for (const i of left) state.remove(relations[i]!);
    for (const i of entered) state.add(relations[i]!);
    points.push(state.point(dates[d]!));
    record(dates[d]!, [...state.touched].sort());
  }
  return { from, to, rule, actors: model.dataset.actors.map((a) => ({ id: a.id, label: a.label })), points, alignment };
}

/** One actor's alignment at every point of the series (the step function expanded). */
export function alignmentSeries(series: StanceSeries, actorId: string): AlignmentStep[] {
  const steps = series.alignment.get(actorId) ?? [];
  const out: AlignmentStep[] = [];
  let k = -1;
  for (const p of series.points) {
    while (k + 1 < steps.length && steps[k + 1]!.date <= p.date) k++;
    const s = steps[k];
    out.push({ date: p.date, positive: s?.positive ?? 0, negative: s?.negative ?? 0, net: s?.net ?? 0 });
  }
  return out;
}

/** The signed graph kept up to date relation by relation, with its triad counts. */
class IncrementalSignedGraph {
  /** Per pair, how many active relations of each signed type it has. */
  private readonly typesOnPair = new Map<string, Map<string, number>>();
  private readonly signOfPair = new Map<string, -1 | 0 | 1>();
  private readonly adjacency = new Map<string, Map<string, -1 | 1>>();
  private readonly positive = new Map<string, number>();
  private readonly negative = new Map<string, number>();
  private readonly counts = emptyTriadCounts();
  private positiveTies = 0;
  private negativeTies = 0;
  private ambivalent = 0;
  /** Actors whose ties changed since the last `touched.clear()`. */
  readonly touched = new Set<string>();

  constructor(
    private readonly rule: CombineRule,
    private readonly signOfType: (type: string) => number,
  ) {}

  add(r: { source: string; target: string; type: string }): void {
    this.change(r, +1);
  }

  remove(r: { source: string; target: string; type: string }): void {
    this.change(r, -1);
  }

  positiveOf(id: string): number {
    return this.positive.get(id) ?? 0;
  }

  negativeOf(id: string): number {
    return this.negative.get(id) ?? 0;
  }

  point(date: string): SeriesPoint {
    return {
      date,
      ties: { total: this.positiveTies + this.negativeTies, positive: this.positiveTies, negative: this.negativeTies },
      ambivalent: this.ambivalent,
      ...balanceFigures(this.counts),
    };
  }

  private change(r: { source: string; target: string; type: string }, delta: 1 | -1): void {
    if (this.signOfType(r.type) === 0 || r.source === r.target) return;
    const key = pairKey(r.source, r.target);
    let types = this.typesOnPair.get(key);
    if (!types) this.typesOnPair.set(key, (types = new Map()));
    const hadTypes = types.size > 0;
    const n = (types.get(r.type) ?? 0) + delta;
    if (n > 0) types.set(r.type, n);
    else types.delete(r.type);
    const oldSign = this.signOfPair.get(key) ?? 0;
    const newSign = combineSigns([...types.keys()].map(this.signOfType), this.rule);
    // Ambivalent: signed types present, but they cancel.
    this.ambivalent += Number(newSign === 0 && types.size > 0) - Number(oldSign === 0 && hadTypes);
    if (types.size === 0) this.typesOnPair.delete(key);
    if (newSign === oldSign) return;
    const [a, b] = key.split("|") as [string, string];
    this.retie(a, b, oldSign, newSign);
    if (newSign === 0) this.signOfPair.delete(key);
    else this.signOfPair.set(key, newSign);
  }

  /** Moves the pair a–b from sign s to sign s′, updating triads through it and degrees. */
  private retie(a: string, b: string, s: -1 | 0 | 1, s2: -1 | 0 | 1): void {
    const na = this.adjacency.get(a);
    const nb = this.adjacency.get(b);
    if (na && nb) {
      const [small, other] = na.size <= nb.size ? [na, nb] : [nb, na];
      for (const [w, sw] of small) {
        const so = other.get(w);
        if (so === undefined) continue;
        const negativesBesides = (sw < 0 ? 1 : 0) + (so < 0 ? 1 : 0);
        if (s !== 0) this.counts[triadTypeOf(negativesBesides + (s < 0 ? 1 : 0))]--;
        if (s2 !== 0) this.counts[triadTypeOf(negativesBesides + (s2 < 0 ? 1 : 0))]++;
      }
    }
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let nx = this.adjacency.get(x);
      if (s !== 0) this.bump(s > 0 ? this.positive : this.negative, x, -1);
      if (s2 !== 0) {
        if (!nx) this.adjacency.set(x, (nx = new Map()));
        nx.set(y, s2);
        this.bump(s2 > 0 ? this.positive : this.negative, x, +1);
      } else nx?.delete(y);
      this.touched.add(x);
    }
    if (s > 0) this.positiveTies--;
    if (s < 0) this.negativeTies--;
    if (s2 > 0) this.positiveTies++;
    if (s2 < 0) this.negativeTies++;
  }

  private bump(m: Map<string, number>, id: string, by: number): void {
    m.set(id, (m.get(id) ?? 0) + by);
  }
}
