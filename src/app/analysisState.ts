/**
 * The analytics the app shows, derived from the model and memoised: the figures at a date
 * (balance, alignment, blocs), the movement between two dates, and the series over the whole
 * timeline. The measures themselves live in `src/model/analytics/` (one definition, shared with
 * the CLI); this module only decides when to compute them.
 *
 * - The series is computed once per model, on first use.
 * - The figures at a date are those of the last *change date* at or before it (nothing changes
 *   between two change dates, see docs/analytics.md §6), so they are memoised per change date:
 *   scrubbing or playing through a quiet stretch computes nothing, and a whole playback through
 *   the default dataset computes each of its 15 constellations once.
 * - Each part (balance, alignment, blocs) is computed on first access, so the renderer asking
 *   for blocs does not pay for the triad list, and a closed panel pays for nothing.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import {
  alignmentOf,
  alignmentShift,
  balanceOf,
  findBlocs,
  seriesDates,
  signedGraphAt,
  stanceSeries,
  type ActorAlignment,
  type AlignmentShiftReport,
  type BalanceReport,
  type BlocPartition,
  type SignedGraph,
  type StanceSeries,
} from "../model/analytics/index.ts";

/** The figures at one date; each computed when first read. */
export interface DateAnalysis {
  /** The date asked for. */
  readonly date: string;
  /** The change date whose constellation holds on `date` (equal to it, or the last one before). */
  readonly asOf: string;
  readonly graph: SignedGraph;
  readonly balance: BalanceReport;
  readonly alignment: readonly ActorAlignment[];
  readonly blocs: BlocPartition;
}

export interface Analysis {
  /** The figures at a date (memoised per change date). */
  at(date: string): DateAnalysis;
  /** Who moved between a and b, toward the blocs at b (memoised per pair of change dates). */
  shift(a: string, b: string): AlignmentShiftReport;
  /** The series over the model's span (computed once). */
  series(): StanceSeries;
  /** True once the blocs at some date took longer than SLOW_MS: playback then stops refreshing them. */
  slow(): boolean;
  /** What of `needs` is not computed yet (nothing: the panel can draw without computing). */
  missing(needs: AnalysisNeeds): AnalysisNeeds;
  /** Takes figures computed elsewhere (the analysis worker, analysisClient.ts) into the memo. */
  adopt(computed: ComputedAnalysis): void;
}

/** What a view of the panel reads: the figures at some dates, who moved between two, the series. */
export interface AnalysisNeeds {
  dates: string[];
  shifts: Array<[string, string]>;
  series: boolean;
}

/** Figures computed in full, as plain data that travels between threads. */
export interface ComputedAnalysis {
  /** Without `graph`, adopting one builds its signed graph here when first read (what moved reads it). */
  constellations: Array<{ asOf: string; graph?: SignedGraph; balance: BalanceReport; alignment: ActorAlignment[]; blocs: BlocPartition }>;
  shifts: Array<{ a: string; b: string; report: AlignmentShiftReport }>;
  series: StanceSeries | null;
}

/** Computes `needs` in full here: what the analysis worker runs on its copy of the model. */
export function computeNeeds(analysis: Analysis, needs: AnalysisNeeds): ComputedAnalysis {
  const constellations = needs.dates.map((date) => {
    const c = analysis.at(date);
    return { asOf: c.asOf, graph: c.graph, balance: c.balance, alignment: [...c.alignment], blocs: c.blocs };
  });
  return {
    constellations,
    shifts: needs.shifts.map(([a, b]) => ({ a, b, report: analysis.shift(a, b) })),
    series: needs.series ? analysis.series() : null,
  };
}

/**
 * Computing blocs is the one slow measure (NP-hard; ~0.6 s for 2 000 actors, docs/analytics.md §5).
 * Past this many milliseconds, playback keeps the last blocs and figures shown instead of
 * stalling on every frame, and they catch up when it stops.
 */
export const SLOW_MS = 40;

/** Most constellations kept; enough for compare mode and a few steps back and forth. */
const KEEP = 64;

/**
 * Keyed on the model's dataset, not the model: an edit updates the model in place
 * (model/edit/updateModel.ts) and gives it a new dataset, so the figures are recomputed after it.
 */
const analyses = new WeakMap<object, Analysis>();

/** Milliseconds from some fixed point; injected by tests so "slow" does not depend on the machine. */
export type Clock = () => number;

/**
 * The memoised analytics of a model (one per model, shared by the panel and the renderer). The
 * clock is taken on the first call for a model.
 */
export function analysisOf(model: StanceModel, clock: Clock = () => performance.now()): Analysis {
  let analysis = analyses.get(model.dataset);
  if (!analysis) analyses.set(model.dataset, (analysis = createAnalysis(model, clock)));
  return analysis;
}

function createAnalysis(model: StanceModel, clock: Clock): Analysis {
  // The dates where anything changes: a pass over every relation, so made when first needed (the
  // panel is built at start-up, closed; at 500k relations this was half a second of the load).
  let dates: string[] | null = null;
  const changeDates = (): string[] => (dates ??= seriesDates(model, model.span.from, model.span.to));
  const byChangeDate = new Map<string, Constellation>();
  const shifts = new Map<string, AlignmentShiftReport>();
  let series: StanceSeries | null = null;
  let slow = false;
  const timed = <T>(compute: () => T): T => {
    const start = clock();
    const out = compute();
    if (clock() - start > SLOW_MS) slow = true;
    return out;
  };

  /** The change date whose constellation holds on `date`; outside the span, the date itself. */
  const changeDateOf = (date: string): string => {
    const changes = changeDates();
    if (date < changes[0]! || date > changes[changes.length - 1]!) return date;
    let lo = 0;
    let hi = changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (changes[mid]! <= date) lo = mid;
      else hi = mid - 1;
    }
    return changes[lo]!;
  };

  const constellation = (asOf: string): Constellation => {
    const known = byChangeDate.get(asOf);
    if (known) {
      // Refresh its place in the insertion order, so the oldest unused one is dropped first.
      byChangeDate.delete(asOf);
      byChangeDate.set(asOf, known);
      return known;
    }
    const graph = signedGraphAt(model, asOf);
    const made = lazyFigures(asOf, graph, timed);
    byChangeDate.set(asOf, made);
    if (byChangeDate.size > KEEP) byChangeDate.delete(byChangeDate.keys().next().value!);
    return made;
  };

  return {
    at(date) {
      const c = constellation(changeDateOf(date));
      return {
        date,
        get asOf() {
          return c.asOf;
        },
        get graph() {
          return c.graph;
        },
        get balance() {
          return c.balance;
        },
        get alignment() {
          return c.alignment;
        },
        get blocs() {
          return c.blocs;
        },
      };
    },
    shift(a, b) {
      const ca = changeDateOf(a);
      const cb = changeDateOf(b);
      const key = `${ca}|${cb}`;
      let report = shifts.get(key);
      if (!report) {
        const before = constellation(ca);
        const after = constellation(cb);
        report = alignmentShift(before.graph, after.graph, { sides: after.blocs });
        shifts.set(key, report);
        if (shifts.size > KEEP) shifts.delete(shifts.keys().next().value!);
      }
      return report;
    },
    series() {
      return (series ??= stanceSeries(model));
    },
    slow: () => slow,
    missing(needs) {
      const dates = needs.dates.filter((d) => !byChangeDate.get(changeDateOf(d))?.complete());
      const shiftsMissing = needs.shifts.filter(([a, b]) => !shifts.has(`${changeDateOf(a)}|${changeDateOf(b)}`));
      return { dates, shifts: shiftsMissing, series: needs.series && series === null };
    },
    adopt(computed) {
      for (const c of computed.constellations) {
        let graph = c.graph;
        byChangeDate.set(c.asOf, {
          asOf: c.asOf,
          get graph() {
            return (graph ??= signedGraphAt(model, c.asOf));
          },
          balance: c.balance,
          alignment: c.alignment,
          blocs: c.blocs,
          complete: () => true,
        });
        if (byChangeDate.size > KEEP) byChangeDate.delete(byChangeDate.keys().next().value!);
      }
      for (const { a, b, report } of computed.shifts) shifts.set(`${changeDateOf(a)}|${changeDateOf(b)}`, report);
      if (computed.series) series = computed.series;
    },
  };
}

/** The figures of one change date, and whether all of them are computed yet. */
type Constellation = Omit<DateAnalysis, "date"> & { complete(): boolean };

function lazyFigures(asOf: string, graph: SignedGraph, timed: <T>(compute: () => T) => T): Constellation {
  let balance: BalanceReport | undefined;
  let alignment: ActorAlignment[] | undefined;
  let blocs: BlocPartition | undefined;
  return {
    complete: () => balance !== undefined && alignment !== undefined && blocs !== undefined,
    asOf,
    graph,
    get balance() {
      return (balance ??= balanceOf(graph));
    },
    get alignment() {
      return (alignment ??= alignmentOf(graph));
    },
    get blocs() {
      return (blocs ??= timed(() => findBlocs(graph)));
    },
  };
}

/**
 * The actors the alignment chart starts with: the two with the most relations over the timeline
 * (in the default dataset, Russia and Armenia, whose turn is the story), earlier in the dataset
 * first on a tie. Chosen from the data, never by id.
 */
export function defaultChartActors(model: StanceModel): string[] {
  let pick = defaultPicks.get(model.dataset);
  if (!pick) {
    // The two largest degrees in one pass (asked on every state change the panel sees: a sort of
    // 50,000 actors each time was 150 ms).
    const top: Array<{ id: string; degree: number }> = [];
    for (const a of model.dataset.actors) {
      const degree = model.graph.degree(a.id);
      const at = top.findIndex((t) => degree > t.degree);
      if (at >= 0) top.splice(at, 0, { id: a.id, degree });
      else top.push({ id: a.id, degree });
      if (top.length > 2) top.pop();
    }
    defaultPicks.set(model.dataset, (pick = top.map((t) => t.id)));
  }
  return [...pick];
}
const defaultPicks = new WeakMap<object, string[]>();

/** The chart's actors in the state, or the default pick; unknown ids are dropped. */
export function chartActorsOf(model: StanceModel, chosen: readonly string[] | null): string[] {
  return (chosen ?? defaultChartActors(model)).filter((id) => model.actors.has(id));
}

/** The date whose blocs the rings show: the later date in compare mode. */
export function blocDate(state: { date: string; compare: { a: string; b: string } | null }): string {
  return state.compare ? state.compare.b : state.date;
}

/** Blocs on the graph: which partition, and the date it belongs to. */
export interface RingBlocs {
  date: string;
  partition: BlocPartition;
}

/**
 * The blocs the rings show for a state, or null when rings are off: those at `blocDate`, except
 * while playback runs on a dataset whose blocs are slow to compute, when the ones already shown
 * are kept (so playback stays smooth; they catch up when it stops).
 */
export function ringBlocs(
  model: StanceModel,
  state: { date: string; compare: { a: string; b: string } | null; blocs: boolean; playing: boolean },
  shown: RingBlocs | null,
): RingBlocs | null {
  if (!state.blocs) return null;
  const analysis = analysisOf(model);
  if (state.playing && shown && analysis.slow()) return shown;
  const date = blocDate(state);
  const partition = analysis.at(date).blocs;
  return shown && shown.date === date && shown.partition === partition ? shown : { date, partition };
}

/**
 * Ring colours of blocs 1, 2, …: Paul Tol's "vibrant" scheme, which stays distinguishable with the
 * common colour-vision deficiencies; orange and blue first, the safest pair, since most
 * constellations have two blocs. Colours repeat after seven blocs; the bloc number in the labels,
 * legend and table tells them apart (colour is never the only cue).
 */
export const BLOC_COLORS = ["#EE7733", "#0077BB", "#009988", "#EE3377", "#33BBEE", "#CC3311", "#999933"] as const;

export function blocColor(bloc: number): string {
  return BLOC_COLORS[(bloc - 1) % BLOC_COLORS.length]!;
}
