/**
 * What the analysis worker (analysisWorker.ts) and the page (analysisClient.ts) say to each other,
 * and the worker's answers as plain functions of the memoised analytics, so Node tests run them
 * without a worker.
 *
 * The answer to "compute" is only what the panel shows (issue 16): at 5,000 actors the full figures
 * were the series' alignment steps of every actor and every unbalanced triad, and receiving them
 * (a structured clone) was one 4.7 s task on the page. So a constellation comes with the first page
 * of its unbalanced triads and their count, and the series with the steps of the actors on the
 * chart; the next page of triads and other actors' steps are asked for when the user wants them.
 */
import type { AlignmentStep, BalanceReport, StanceSeries, Triad } from "../model/analytics/index.ts";
import type { Dataset, Relation } from "../model/schema.ts";
import type { Analysis, AnalysisNeeds, ComputedAnalysis } from "./analysisState.ts";
import type { ActorRef } from "../model/analytics/signedGraph.ts";
import { packActors, packAlignment, packBlocs, rosterIndex, unpackActors, unpackAlignment, unpackBlocs, type PackedAlignment, type PackedBlocs } from "./analysisPacking.ts";

/** A question about figures, answered by `answer` below. */
export type FiguresQuery =
  | { type: "compute"; needs: AnalysisNeeds; seriesActors: string[]; pageSize: number }
  | { type: "triads"; date: string; offset: number; limit: number }
  | { type: "series"; actors: string[] };

export type AnalysisRequest = { type: "dataset"; dataset: Dataset } | { type: "relations"; items: Relation[] } | (FiguresQuery & { id: number });

/** The figures of `needs`, cut to what the panel shows. */
export interface SlimAnalysis {
  /**
   * Without the signed graph: at 50,000 actors it was most of the answer, and receiving it (a
   * structured clone, then the garbage collector) one task of seconds on the page, which reads it
   * only for who moved (asked of the worker too); the page builds it if it ever reads it.
   */
  constellations: Array<{ asOf: string; balance: BalanceReport; unbalancedCount: number; alignment: PackedAlignment; blocs: PackedBlocs }>;
  shifts: ComputedAnalysis["shifts"];
  /** The series without `alignment`; `steps` holds the requested actors' only; its actors packed. */
  series: (Omit<StanceSeries, "alignment" | "actors"> & { actors: Int32Array; steps: Array<[string, AlignmentStep[]]> }) | null;
}

export type AnalysisAnswer = { kind: "computed"; slim: SlimAnalysis } | { kind: "triads"; triads: Triad[] } | { kind: "series"; steps: Array<[string, AlignmentStep[]]> };

export type AnalysisReply = { id: number; answer: AnalysisAnswer } | { id: number; error: string };

/** The unbalanced triads of `date` from `offset`, at most `limit` of them (the report's order: ++− first). */
export function triadPage(analysis: Analysis, date: string, offset: number, limit: number): Triad[] {
  return analysis.at(date).balance.unbalanced.slice(offset, offset + limit);
}

/** The alignment steps of `actors` over the series (an actor without any: an empty list). */
export function seriesSteps(analysis: Analysis, actors: readonly string[]): Array<[string, AlignmentStep[]]> {
  const alignment = analysis.series().alignment;
  return actors.map((id) => [id, alignment.get(id) ?? []]);
}

/**
 * `needs` computed in full, answered with the first page of triads and the chart's actors' steps,
 * the per-actor figures packed against `roster` (the dataset's actors, in the page's order:
 * analysisPacking.ts).
 */
export function computeSlim(analysis: Analysis, needs: AnalysisNeeds, seriesActors: readonly string[], pageSize: number, roster: readonly ActorRef[]): SlimAnalysis {
  const index = rosterIndex(roster);
  const constellations = needs.dates.map((date) => {
    const c = analysis.at(date);
    const balance = c.balance;
    return {
      asOf: c.asOf,
      balance: { ...balance, unbalanced: balance.unbalanced.slice(0, pageSize) },
      unbalancedCount: balance.unbalanced.length,
      alignment: packAlignment(c.alignment, index),
      blocs: packBlocs(c.blocs, index),
    };
  });
  let series: SlimAnalysis["series"] = null;
  if (needs.series) {
    const { alignment: _all, actors, ...rest } = analysis.series();
    series = { ...rest, actors: packActors(actors, index), steps: seriesSteps(analysis, seriesActors) };
  }
  return { constellations, shifts: needs.shifts.map(([a, b]) => ({ a, b, report: analysis.shift(a, b) })), series };
}

/** The worker's answer to a request about figures (not the dataset's parts). */
export function answer(analysis: Analysis, request: FiguresQuery, roster: readonly ActorRef[]): AnalysisAnswer {
  switch (request.type) {
    case "compute":
      return { kind: "computed", slim: computeSlim(analysis, request.needs, request.seriesActors, request.pageSize, roster) };
    case "triads":
      return { kind: "triads", triads: triadPage(analysis, request.date, request.offset, request.limit) };
    case "series":
      return { kind: "series", steps: seriesSteps(analysis, request.actors) };
  }
}

/**
 * On the page: what was received beside the memo. The memo (analysisState.ts) takes the figures as
 * if computed here, except that a constellation's `balance.unbalanced` holds only the pages
 * received so far; the true count is kept here, and the series' alignment map (which the memo
 * shares) grows as other actors' steps arrive.
 */
export class RemoteFigures {
  private readonly counts = new Map<string, number>();
  private readonly lists = new Map<string, Triad[]>();
  private steps: Map<string, AlignmentStep[]> | null = null;

  /** `roster`: the dataset's actors, in the order the worker was sent them. */
  constructor(private readonly roster: readonly ActorRef[]) {}

  /** Takes a "compute" answer into `analysis`'s memo. */
  adopt(analysis: Analysis, slim: SlimAnalysis): void {
    const computed: ComputedAnalysis = {
      constellations: slim.constellations.map(({ unbalancedCount, alignment, blocs, ...c }) => {
        this.counts.set(c.asOf, unbalancedCount);
        this.lists.set(c.asOf, c.balance.unbalanced);
        // The signed graph is the memo's, built on the page when first read.
        return { ...c, alignment: unpackAlignment(alignment, this.roster, () => analysis.at(c.asOf).graph), blocs: unpackBlocs(blocs, this.roster) };
      }),
      shifts: slim.shifts,
      series: null,
    };
    if (slim.series) {
      const { steps, actors, ...rest } = slim.series;
      this.steps = new Map(steps);
      computed.series = { ...rest, actors: unpackActors(actors, this.roster), alignment: this.steps };
    }
    analysis.adopt(computed);
  }

  /** How many unbalanced triads the constellation `asOf` has (undefined: not received from the worker). */
  count(asOf: string): number | undefined {
    return this.counts.get(asOf);
  }

  /** Appends a page of triads received for `asOf` (the memo's list is this very array). */
  addTriads(asOf: string, triads: readonly Triad[]): void {
    this.lists.get(asOf)?.push(...triads);
  }

  /** The actors of `ids` whose steps the page does not have. */
  missingSteps(ids: readonly string[]): string[] {
    return this.steps ? ids.filter((id) => !this.steps!.has(id)) : [];
  }

  addSteps(steps: ReadonlyArray<[string, AlignmentStep[]]>): void {
    for (const [id, s] of steps) this.steps?.set(id, s);
  }
}
