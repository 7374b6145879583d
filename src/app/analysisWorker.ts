/**
 * The analysis worker: the Analysis panel's figures for a large dataset, off the main thread. It
 * receives the dataset in parts (relations without their evidence, which no measure reads), builds
 * its own model once, and answers each request with the same memoised analytics the page would
 * run (analysisState.ts), cut to what the panel shows (analysisProtocol.ts): pages of triads, the
 * chart's actors' series, more on request.
 */
import { createModel } from "../model/stanceModel.ts";
import type { Dataset, Relation } from "../model/schema.ts";
import { analysisOf } from "./analysisState.ts";
import { answer, type AnalysisReply, type AnalysisRequest } from "./analysisProtocol.ts";

let shell: Dataset | null = null;
const relations: Relation[] = [];
let analysis: ReturnType<typeof analysisOf> | null = null;

onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const m = e.data;
  if (m.type === "dataset") shell = m.dataset;
  else if (m.type === "relations") for (const r of m.items) relations.push(r);
  else {
    try {
      if (!shell) throw new Error("no dataset was sent");
      analysis ??= analysisOf(createModel({ ...shell, relations }, { layout: false }));
      postMessage({ id: m.id, answer: answer(analysis, m, shell.actors) } satisfies AnalysisReply);
    } catch (err) {
      postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies AnalysisReply);
    }
  }
};
