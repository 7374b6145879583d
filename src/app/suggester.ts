/**
 * The page's side of the suggestions worker: one worker, started by `warm` or on first use; each
 * request supersedes the one before (a curator switching sources only wants the last answer).
 */
import type { Candidate, SuggestDataset, SuggestOptions } from "../model/suggest/index.ts";
import type { Dataset } from "../model/schema.ts";
import type { SuggestAnswer, SuggestReady, SuggestRequest } from "./suggestProtocol.ts";

export interface Suggester {
  /** Candidates for `text`; rejects with the engine's message, or with "superseded" when a newer request came. */
  suggest(text: string, dataset: Dataset | null, options: SuggestOptions): Promise<Candidate[]>;
  /**
   * Starts the worker now, if it is not running, and resolves when its language model is loaded
   * (rejects if the worker cannot start): what the first text would otherwise wait for.
   */
  warm(): Promise<void>;
  dispose(): void;
}

/** What the engine reads of a dataset: structured-cloned to the worker, so only these three. */
export function suggestDataset(dataset: Dataset | null): SuggestDataset | null {
  return dataset ? { actors: dataset.actors, relationTypes: dataset.relationTypes, relations: dataset.relations } : null;
}

export function createSuggester(makeWorker: () => Worker = () => new Worker(new URL("./suggestWorker.ts", import.meta.url), { type: "module" })): Suggester {
  let worker: Worker | null = null;
  let next = 0;
  let pending: { id: number; resolve: (c: Candidate[]) => void; reject: (e: Error) => void } | null = null;
  /** The running worker's model: loaded, or not yet (with what to call when it is, or fails). */
  let ready: { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } | null = null;

  const start = (): Worker => {
    const w = makeWorker();
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be waiting for the warm-up; its failure is also reported to a pending request.
    promise.catch(() => undefined);
    ready = { promise, resolve, reject };
    w.onmessage = (e: MessageEvent<SuggestAnswer | SuggestReady>) => {
      if ("ready" in e.data) {
        ready?.resolve();
        return;
      }
      const answer = e.data;
      if (!pending || answer.id !== pending.id) return;
      const p = pending;
      pending = null;
      if (answer.ok) p.resolve(answer.candidates);
      else p.reject(new Error(answer.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      const error = new Error(`the suggestion engine stopped: ${e.message || "it could not be loaded"}`);
      pending?.reject(error);
      pending = null;
      ready?.reject(error);
      ready = null;
      worker?.terminate();
      worker = null;
    };
    return w;
  };

  return {
    suggest(text, dataset, options) {
      pending?.reject(new Error("superseded"));
      worker ??= start();
      const id = ++next;
      const request: SuggestRequest = { id, text, dataset: suggestDataset(dataset), options };
      return new Promise<Candidate[]>((resolve, reject) => {
        pending = { id, resolve, reject };
        worker!.postMessage(request);
      });
    },
    warm() {
      worker ??= start();
      return ready!.promise;
    },
    dispose() {
      pending?.reject(new Error("superseded"));
      pending = null;
      ready?.reject(new Error("the suggestion engine was stopped"));
      ready = null;
      worker?.terminate();
      worker = null;
    },
  };
}
