/**
 * The Analysis panel's figures for a large dataset, computed in a worker (analysisWorker.ts) so
 * the page stays responsive: blocs alone are NP-hard and took seconds at 50,000 actors, and the
 * series over the timeline 8 s, each one task on the main thread. Below the threshold the panel
 * computes on the page as before (a worker's start and a copy of the dataset cost more there).
 *
 * The results are adopted into the page's memo (analysisState.ts), so the panel, the charts and the
 * rings read them exactly as if the page had computed them; they come cut to what the panel shows,
 * with the rest on request (analysisProtocol.ts).
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { AlignmentStep, Triad } from "../model/analytics/index.ts";
import type { AnalysisNeeds } from "./analysisState.ts";
import type { AnalysisAnswer, AnalysisReply, AnalysisRequest, FiguresQuery, SlimAnalysis } from "./analysisProtocol.ts";
import { analysisTestHooks as hooks } from "./analysisThreshold.ts";
import { nextTask } from "./slices.ts";

/**
 * Relations per posted part: each part is copied (the page's structured clone) in its own task.
 * Parts of 20,000 took 160–550 ms each at 50k actors under load; the load worker's parts to the
 * page are 2,500 for the same reason (loadPipeline.ts).
 */
export const ANALYSIS_PART = 2_500;

export interface AnalysisClient {
  /** Computes `needs` in the worker: the first `pageSize` triads of each date, the steps of `seriesActors` (analysisProtocol.ts). */
  compute(needs: AnalysisNeeds, seriesActors: string[], pageSize: number): Promise<SlimAnalysis>;
  /** The unbalanced triads of `date` from `offset`, at most `limit`. */
  triads(date: string, offset: number, limit: number): Promise<Triad[]>;
  /** The series' alignment steps of `actors`. */
  series(actors: string[]): Promise<Array<[string, AlignmentStep[]]>>;
  stop(): void;
}

/** Starts the worker and sends it `model`'s dataset, in parts between tasks. */
export function createAnalysisClient(model: StanceModel, makeWorker: () => Worker = () => new Worker(new URL("./analysisWorker.ts", import.meta.url), { type: "module" })): AnalysisClient {
  const worker = makeWorker();
  const waiting = new Map<number, { resolve: (a: AnalysisAnswer) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
    const reply = e.data;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) w?.reject(new Error(reply.error));
    else w?.resolve(reply.answer);
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(`the analysis worker stopped: ${e.message}`));
    waiting.clear();
  };
  const dataset = model.dataset;
  const sent = (async () => {
    // No sources, events or evidence: no measure reads them. The span is the model's, so the
    // worker's series covers the same dates when the dataset has no span of its own.
    const post = (m: AnalysisRequest) => worker.postMessage(m);
    post({ type: "dataset", dataset: { ...dataset, span: model.span, relations: [], sources: [], events: [] } });
    for (let i = 0; i < dataset.relations.length; i += ANALYSIS_PART) {
      post({ type: "relations", items: dataset.relations.slice(i, i + ANALYSIS_PART).map((r) => ({ ...r, evidence: [] })) });
      await nextTask();
    }
  })();
  /** Sends a request about figures once the dataset is there (and a test's hold is released). */
  const ask = async (request: FiguresQuery): Promise<AnalysisAnswer> => {
    await sent;
    const hold = hooks()?.holdAnalysis;
    if (hold) await hold;
    const id = next++;
    return new Promise<AnalysisAnswer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies AnalysisRequest);
    });
  };
  const expect = <K extends AnalysisAnswer["kind"]>(kind: K, a: AnalysisAnswer): Extract<AnalysisAnswer, { kind: K }> => {
    if (a.kind !== kind) throw new Error(`the analysis worker answered ${a.kind} to ${kind}`);
    return a as Extract<AnalysisAnswer, { kind: K }>;
  };
  return {
    compute: async (needs, seriesActors, pageSize) => expect("computed", await ask({ type: "compute", needs, seriesActors, pageSize })).slim,
    triads: async (date, offset, limit) => expect("triads", await ask({ type: "triads", date, offset, limit })).triads,
    series: async (actors) => expect("series", await ask({ type: "series", actors })).steps,
    stop: () => worker.terminate(),
  };
}
