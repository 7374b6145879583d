/**
 * The analysis worker: the Analysis panel's figures for a large dataset, off the main thread. It
 * receives the dataset in parts (relations without their evidence, which no measure reads), builds
 * its own model once, and answers each request with the same memoised analytics the page would
 * run (analysisState.ts computeNeeds), so the figures are the page's, computed elsewhere.
 */
import { createModel } from "../model/stanceModel.ts";
import type { Dataset, Relation } from "../model/schema.ts";
import { analysisOf, computeNeeds } from "./analysisState.ts";
import type { AnalysisReply, AnalysisRequest } from "./analysisClient.ts";

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
      postMessage({ id: m.id, computed: computeNeeds(analysis, m.needs) } satisfies AnalysisReply);
    } catch (err) {
      postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies AnalysisReply);
    }
  }
};
