/**
 * When the Analysis panel computes in the analysis worker (analysisClient.ts, loaded on demand):
 * from this many actors. Apart from the client so the panel can ask without loading the worker.
 */
import type { StanceModel } from "../model/stanceModel.ts";

/** From this many actors the panel computes in the worker. */
export const ANALYSIS_WORKER_ACTORS = 2000;

/** Hooks for tests (see src/view/mount.ts TestHooks): a smaller threshold, and a hold on requests. */
export interface AnalysisTestHooks {
  analysisWorkerActors?: number;
  holdAnalysis?: Promise<void>;
}

export const analysisTestHooks = (): AnalysisTestHooks | undefined =>
  typeof window === "undefined" ? undefined : (window as unknown as { stancegraphTestHooks?: AnalysisTestHooks }).stancegraphTestHooks;

/** Whether the panel computes `model`'s figures in the worker. */
export function analysisInWorker(model: StanceModel): boolean {
  return model.dataset.actors.length >= (analysisTestHooks()?.analysisWorkerActors ?? ANALYSIS_WORKER_ACTORS);
}
