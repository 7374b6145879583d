/**
 * The load worker: everything about loading a dataset that needs no page, off the main thread.
 * It reads the file (one the user opened, or the import kept in IndexedDB), parses and validates
 * it, builds the interval index, the parallel-relation index and the layout (src/model/prepare.ts),
 * and posts progress, then the dataset in parts and the prepared arrays (transferred, not copied).
 * Terminating the worker cancels the load; the page keeps what it had.
 */
import { readStoredDataset } from "./datasetStore.ts";
import { formatBytes } from "../model/load.ts";
import { checkImportSize, importBytes, importDataset, type ImportResult } from "../io/importDataset.ts";
import { datasetJson } from "../io/datasetJson.ts";
import { formatIssue } from "../model/validate.ts";
import { prepareModel, preparedBuffers } from "../model/prepare.ts";
import type { Dataset } from "../model/schema.ts";
import type { LoadMessage, LoadRequest } from "./loadProtocol.ts";

/** Items per posted part: each part is deserialised on the page in its own short task. */
const PART = 10_000;

const post = (message: LoadMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

async function load(request: LoadRequest): Promise<void> {
  let name: string;
  let result: ImportResult & { encoding?: string | null };
  if (request.source === "stored") {
    post({ type: "progress", stage: "Reading the imported dataset…", fraction: 0.02 });
    const stored = await readStoredDataset();
    if (!stored) return post({ type: "none" });
    name = stored.name;
    post({ type: "progress", stage: `Checking ${name} (${formatBytes(stored.text.length)})…`, fraction: 0.1, name });
    result = importDataset(stored.text, name);
  } else {
    name = request.file.name;
    // Refused by its size alone: a file over the limit is never read into memory.
    const tooBig = checkImportSize(request.file.size, name);
    if (tooBig) return post({ type: "invalid", name, problems: [formatIssue(tooBig)], issues: [tooBig] });
    post({ type: "progress", stage: `Reading ${name} (${formatBytes(request.file.size)})…`, fraction: 0.02, name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await request.file.arrayBuffer());
    } catch (e) {
      const issue = { path: "(file)", message: `could not be read: ${e instanceof Error ? e.message : String(e)}` };
      return post({ type: "invalid", name, problems: [formatIssue(issue)], issues: [issue] });
    }
    post({ type: "progress", stage: `Checking ${name} (${formatBytes(bytes.length)})…`, fraction: 0.1, name });
    // Decoded strictly, by the decoder the CLI uses (src/io/decode.ts).
    result = importBytes(bytes, name);
  }
  if (!result.ok) return post({ type: "invalid", name, problems: result.errors.map(formatIssue), issues: result.errors });
  const dataset = result.dataset;
  const prepared = prepareModel(dataset, (stage, fraction) => post({ type: "progress", stage: `${stage}…`, fraction }));
  // What the page keeps for the next visit: dataset JSON (a GEXF converted once stays converted).
  // A UTF-16 file is kept as UTF-8 dataset JSON too: the kept Blob is read back as UTF-8.
  const asIs = result.format === "dataset-json" && result.encoding === "utf-8";
  const keep = request.source === "file" ? (asIs ? request.file : new Blob([datasetJson(dataset)], { type: "application/json" })) : undefined;
  post({ type: "progress", stage: "Handing the dataset to the page…", fraction: 0.4 });
  const parts: Array<keyof Pick<Dataset, "actors" | "relations" | "events" | "sources">> = ["actors", "relations", "events", "sources"];
  for (const key of parts) {
    const list = dataset[key] as unknown[];
    for (let i = 0; i < list.length; i += PART) post({ type: "part", key, items: list.slice(i, i + PART) });
  }
  const shell: Dataset = { ...dataset, actors: [], relations: [], events: [], sources: [] };
  const warnings = result.warnings.map(formatIssue);
  post({ type: "loaded", name, dataset: shell, prepared, warnings, ...(keep ? { keep } : {}) }, preparedBuffers(prepared));
}

onmessage = (e: MessageEvent<LoadRequest>) => {
  load(e.data).catch((err: unknown) => post({ type: "failed", message: err instanceof Error ? err.message : String(err) }));
};
