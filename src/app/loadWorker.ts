/**
 * The load worker: reads the imported dataset kept in IndexedDB, parses and validates it off the
 * main thread (seconds for a large dataset), and posts progress, then the dataset or the problems.
 * The page stays responsive meanwhile, and terminating the worker cancels the load.
 */
import { readStoredDataset } from "./datasetStore.ts";
import { formatBytes, parseDataset } from "../model/load.ts";
import { formatIssue } from "../model/validate.ts";
import type { LoadMessage } from "./loading.ts";

const post = (message: LoadMessage) => postMessage(message);

async function load(): Promise<void> {
  post({ type: "progress", stage: "Reading the imported dataset…", fraction: 0.02 });
  const stored = await readStoredDataset();
  if (!stored) return post({ type: "none" });
  post({ type: "progress", stage: `Checking ${stored.name} (${formatBytes(stored.text.length)})…`, fraction: 0.1, name: stored.name });
  const result = parseDataset(stored.text);
  if (!result.ok) return post({ type: "invalid", name: stored.name, problems: result.errors.map(formatIssue) });
  post({ type: "loaded", name: stored.name, dataset: result.dataset });
}

load().catch((e: unknown) => post({ type: "failed", message: e instanceof Error ? e.message : String(e) }));
