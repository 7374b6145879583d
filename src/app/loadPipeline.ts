/**
 * The load worker's heavy half, loaded on demand (loadWorker.ts imports it only when there is a
 * dataset to load): check the file's size, read it, parse and validate it (the TypeBox validator,
 * the GEXF reader with its XML parser), prepare the model (interval index, parallel relations,
 * layout) and post the dataset in parts. A start with nothing kept from an earlier visit never
 * fetches it.
 */
import { checkImportSize, importBytes, importDataset, type ImportResult } from "../io/importDataset.ts";
import { datasetJson } from "../io/datasetJson.ts";
import { formatBytes } from "../model/load.ts";
import { formatIssue } from "../model/validate.ts";
import { prepareModel, preparedBuffers } from "../model/prepare.ts";
import type { Dataset } from "../model/schema.ts";
import type { StoredDataset } from "./datasetStore.ts";
import type { LoadMessage } from "./loadProtocol.ts";

/** Items per posted part: each part is deserialised on the page in its own short task. */
const PART = 10_000;

export type Post = (message: LoadMessage, transfer?: Transferable[]) => void;

/** Loads the dataset kept from an earlier visit (already read from IndexedDB) or the file the user opened. */
export async function loadDataset(source: { stored: StoredDataset } | { file: File }, post: Post): Promise<void> {
  if ("stored" in source) {
    const { name, text } = source.stored;
    post({ type: "progress", stage: `Checking ${name} (${formatBytes(text.length)})…`, fraction: 0.1, name });
    return finish(importDataset(text, name), name, null, post);
  }
  const { file } = source;
  const name = file.name;
  // Refused by its size alone: a file over the limit is never read into memory.
  const tooBig = checkImportSize(file.size, name);
  if (tooBig) return post({ type: "invalid", name, problems: [formatIssue(tooBig)], issues: [tooBig] });
  post({ type: "progress", stage: `Reading ${name} (${formatBytes(file.size)})…`, fraction: 0.02, name });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    const issue = { path: "(file)", message: `could not be read: ${e instanceof Error ? e.message : String(e)}` };
    return post({ type: "invalid", name, problems: [formatIssue(issue)], issues: [issue] });
  }
  post({ type: "progress", stage: `Checking ${name} (${formatBytes(bytes.length)})…`, fraction: 0.1, name });
  // Decoded strictly, by the decoder the CLI uses (src/io/decode.ts).
  finish(importBytes(bytes, name), name, file, post);
}

/**
 * Posts "invalid", or the dataset in parts, then "loaded". `file` is the file the user opened, if
 * any: kept for the next visit as it is when it is UTF-8 dataset JSON (a GEXF is kept converted,
 * once; a UTF-16 file is kept as UTF-8 dataset JSON, since the kept Blob is read back as UTF-8).
 */
function finish(result: ImportResult & { encoding?: string | null }, name: string, file: File | null, post: Post): void {
  if (!result.ok) return post({ type: "invalid", name, problems: result.errors.map(formatIssue), issues: result.errors });
  const dataset = result.dataset;
  const prepared = prepareModel(dataset, (stage, fraction) => post({ type: "progress", stage: `${stage}…`, fraction }));
  const asIs = result.format === "dataset-json" && result.encoding === "utf-8";
  const keep = file ? (asIs ? file : new Blob([datasetJson(dataset)], { type: "application/json" })) : undefined;
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
