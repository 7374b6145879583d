/**
 * The load worker: everything about loading a dataset that needs no page, off the main thread.
 * It reads the file (one the user opened, or the import kept in IndexedDB), parses and validates
 * it, builds the interval index, the parallel-relation index and the layout (src/model/prepare.ts),
 * and posts progress, then the dataset in parts and the prepared arrays (transferred, not copied).
 * Terminating the worker cancels the load; the page keeps what it had.
 *
 * The page starts it at every boot to look for a kept import, and most boots find none: this
 * entry only reads IndexedDB, and the rest (size check, parser, validator, model preparation:
 * loadPipeline.ts) is fetched when there is a dataset to load.
 */
import { readStoredDataset } from "./datasetStore.ts";
import type { LoadMessage, LoadRequest } from "./loadProtocol.ts";

const post = (message: LoadMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

async function load(request: LoadRequest): Promise<void> {
  if (request.source === "stored") {
    post({ type: "progress", stage: "Reading the imported dataset…", fraction: 0.02 });
    const stored = await readStoredDataset();
    if (!stored) return post({ type: "none" });
    const { loadDataset } = await import("./loadPipeline.ts");
    return loadDataset({ stored }, post);
  }
  const { loadDataset } = await import("./loadPipeline.ts");
  return loadDataset({ file: request.file }, post);
}

onmessage = (e: MessageEvent<LoadRequest>) => {
  load(e.data).catch((err: unknown) => post({ type: "failed", message: err instanceof Error ? err.message : String(err) }));
};
