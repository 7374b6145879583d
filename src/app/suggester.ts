/**
 * The page's side of the suggestions worker: one worker, started on first use; each request
 * supersedes the one before (a curator switching sources only wants the last answer).
 */
import type { Candidate, SuggestDataset, SuggestOptions } from "../model/suggest/index.ts";
import type { Dataset } from "../model/schema.ts";
import type { SuggestAnswer, SuggestRequest } from "./suggestProtocol.ts";

export interface Suggester {
  /** Candidates for `text`; rejects with the engine's message, or with "superseded" when a newer request came. */
  suggest(text: string, dataset: Dataset | null, options: SuggestOptions): Promise<Candidate[]>;
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

  const start = (): Worker => {
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<SuggestAnswer>) => {
      const answer = e.data;
      if (!pending || answer.id !== pending.id) return;
      const p = pending;
      pending = null;
      if (answer.ok) p.resolve(answer.candidates);
      else p.reject(new Error(answer.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      pending?.reject(new Error(`the suggestion engine stopped: ${e.message || "it could not be loaded"}`));
      pending = null;
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
    dispose() {
      pending?.reject(new Error("superseded"));
      pending = null;
      worker?.terminate();
      worker = null;
    },
  };
}
