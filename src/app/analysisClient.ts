/**
 * The Analysis panel's figures for a large dataset, computed in a worker (analysisWorker.ts) so
 * the page stays responsive: blocs alone are NP-hard and took seconds at 50,000 actors, and the
 * series over the timeline 8 s, each one task on the main thread. Below the threshold the panel
 * computes on the page as before (a worker's start and a copy of the dataset cost more there).
 *
 * The results are adopted into the page's memo (analysisState.ts), so the panel, the charts and the
 * rings read them exactly as if the page had computed them.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Dataset, Relation } from "../model/schema.ts";
import type { AnalysisNeeds, ComputedAnalysis } from "./analysisState.ts";

/** Relations per posted part: each part is copied in its own short task. */
const PART = 20_000;

export type AnalysisRequest =
  | { type: "dataset"; dataset: Dataset }
  | { type: "relations"; items: Relation[] }
  | { type: "compute"; id: number; needs: AnalysisNeeds };

export type AnalysisReply = { id: number; computed: ComputedAnalysis } | { id: number; error: string };

import { analysisTestHooks as hooks } from "./analysisThreshold.ts";

export interface AnalysisClient {
  /** Computes `needs` in the worker. */
  compute(needs: AnalysisNeeds): Promise<ComputedAnalysis>;
  stop(): void;
}

/** Starts the worker and sends it `model`'s dataset, in parts between tasks. */
export function createAnalysisClient(model: StanceModel): AnalysisClient {
  const worker = new Worker(new URL("./analysisWorker.ts", import.meta.url), { type: "module" });
  const waiting = new Map<number, { resolve: (c: ComputedAnalysis) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
    const reply = e.data;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) w?.reject(new Error(reply.error));
    else w?.resolve(reply.computed);
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
    for (let i = 0; i < dataset.relations.length; i += PART) {
      post({ type: "relations", items: dataset.relations.slice(i, i + PART).map((r) => ({ ...r, evidence: [] })) });
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  })();
  return {
    async compute(needs) {
      await sent;
      const hold = hooks()?.holdAnalysis;
      if (hold) await hold;
      const id = next++;
      return new Promise<ComputedAnalysis>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: "compute", id, needs } satisfies AnalysisRequest);
      });
    },
    stop: () => worker.terminate(),
  };
}
