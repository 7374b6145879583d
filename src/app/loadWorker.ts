/**
 * The load worker: everything about loading a dataset that needs no page, off the main thread.
 * It reads the files (ones the user opened, or the import kept in IndexedDB), makes a dataset of
 * them and prepares the model (loadPipeline.ts), and posts progress, then the dataset in parts and
 * the prepared arrays (transferred, not copied). Terminating the worker cancels the load; the page
 * keeps what it had.
 *
 * Some files need the user's say first (event data: the ingest options; another tool's graph: the
 * mapping): the pipeline asks the page, and the page's answers come back here, queued in order.
 *
 * The page starts it at every boot to look for a kept import, and most boots find none: this
 * entry only reads IndexedDB and keeps the answer queue; the rest (size check, parsers, validator,
 * ingest and convert, model preparation) is fetched when there is something to load, or ahead of it
 * in a worker the page starts once its graph is drawn (loading.ts prepareLoader).
 */
import { readStoredDataset } from "./datasetStore.ts";
import type { LoadAnswer, LoadMessage, LoadQuestion, LoadRequest, LoadWarmUp } from "./loadProtocol.ts";

const post = (message: LoadMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

/** The page's answers, in order; `answer()` waits for the next one. */
const pending: LoadAnswer[] = [];
let waiting: ((a: LoadAnswer) => void) | null = null;
const answer = (): Promise<LoadAnswer> => new Promise((resolve) => (pending.length > 0 ? resolve(pending.shift()!) : (waiting = resolve)));
const ask = (question: LoadQuestion) => (post({ type: "ask", question }), answer());

async function load(request: LoadRequest): Promise<void> {
  if (request.source === "stored") {
    post({ type: "progress", stage: "Reading the imported dataset…", fraction: 0.02 });
    const stored = await readStoredDataset();
    if (!stored) return post({ type: "none" });
    if ("unreadable" in stored) return post({ type: "invalid", name: stored.name, problems: [stored.unreadable] });
    const { loadDataset } = await import("./loadPipeline.ts");
    return loadDataset({ stored }, post);
  }
  const { loadFiles } = await import("./loadPipeline.ts");
  return loadFiles([request.file, ...(request.others ?? [])], post, { ask, answer });
}

let started = false;
onmessage = (e: MessageEvent<LoadRequest | LoadAnswer | LoadWarmUp>) => {
  // Started ahead of a load: the pipeline fetched and compiled before a file is chosen (a failure
  // here shows again, and is reported, when the load imports it).
  if (!started && "warm" in e.data) return void import("./loadPipeline.ts").catch(() => {});
  if (started) {
    const next = waiting;
    waiting = null;
    return next ? next(e.data as LoadAnswer) : void pending.push(e.data as LoadAnswer);
  }
  started = true;
  load(e.data as LoadRequest).catch((err: unknown) => post({ type: "failed", message: err instanceof Error ? err.message : String(err) }));
};
