/**
 * The page's side of the suggestions worker: one worker, started by `warm` or on first use; each
 * request supersedes the one before (a curator switching sources only wants the last answer).
 *
 * The dataset goes to the worker once per change, not with every text: an edit makes a new
 * dataset object but keeps the arrays of the collections it did not touch (src/model/edit/ops.ts),
 * so comparing the actors, types and relations arrays with those last sent says which changed, and
 * only those are sent, ahead of the next text. The worker keeps the gazetteer built from the actors
 * until new actors come (src/app/suggestSession.ts).
 */
import type { SuggestDataset, SuggestOptions, TextSuggestions } from "../model/suggest/index.ts";
import type { Dataset } from "../model/schema.ts";
import type { SuggestAnswer, SuggestMessage, SuggestReady } from "./suggestProtocol.ts";

export interface Suggester {
  /**
   * Candidates for `text`, best first, and the names it uses that are no actor yet, best first;
   * rejects with the engine's message, or with "superseded" when a newer request came.
   */
  suggest(text: string, dataset: Dataset | null, options: SuggestOptions): Promise<TextSuggestions>;
  /**
   * Starts the worker now, if it is not running, sends it `dataset`, and resolves when its language
   * model is loaded and its gazetteer for the dataset built (rejects if the worker cannot start):
   * what the first text would otherwise wait for.
   */
  warm(dataset: Dataset | null): Promise<void>;
  dispose(): void;
}

/** What the engine reads of a dataset: structured-cloned to the worker, so only these three. */
type EngineParts = Required<SuggestDataset>;
const PARTS = ["actors", "relationTypes", "relations"] as const;

export function suggestDataset(dataset: Dataset | null): EngineParts | null {
  return dataset ? { actors: dataset.actors, relationTypes: dataset.relationTypes, relations: dataset.relations } : null;
}

export function createSuggester(makeWorker: () => Worker = () => new Worker(new URL("./suggestWorker.ts", import.meta.url), { type: "module" })): Suggester {
  let worker: Worker | null = null;
  let next = 0;
  let pending: { id: number; resolve: (answer: TextSuggestions) => void; reject: (e: Error) => void } | null = null;
  /** The running worker's model: loaded, or not yet (with what to call when it is, or fails). */
  let ready: { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } | null = null;
  /** What the running worker holds: the arrays last sent (null: no dataset); undefined before the first update. */
  let sent: EngineParts | null | undefined;

  const post = (w: Worker, message: SuggestMessage) => w.postMessage(message);
  /** Sends the worker what changed of the dataset since the last update (the first update: all of it). */
  const sync = (w: Worker, dataset: Dataset | null, idle: boolean) => {
    const now = suggestDataset(dataset);
    const send = (parts: Partial<SuggestDataset> | null) => post(w, { kind: "dataset", dataset: parts, ...(idle ? { idle: true as const } : {}) });
    if (sent === undefined || sent === null || now === null) {
      if (sent !== null || now !== null) send(now);
    } else {
      const changed: Partial<SuggestDataset> = {};
      for (const part of PARTS) if (now[part] !== sent[part]) Object.assign(changed, { [part]: now[part] });
      if (Object.keys(changed).length > 0) send(changed);
    }
    sent = now;
  };

  const start = (): Worker => {
    const w = makeWorker();
    sent = undefined;
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
      if (answer.ok) p.resolve({ candidates: answer.candidates, names: answer.names });
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
      sent = undefined;
    };
    return w;
  };

  return {
    suggest(text, dataset, options) {
      pending?.reject(new Error("superseded"));
      const w = (worker ??= start());
      const id = ++next;
      return new Promise<TextSuggestions>((resolve, reject) => {
        pending = { id, resolve, reject };
        sync(w, dataset, false);
        post(w, { kind: "suggest", id, text, options });
      });
    },
    warm(dataset) {
      const w = (worker ??= start());
      sync(w, dataset, true);
      return ready!.promise;
    },
    dispose() {
      pending?.reject(new Error("superseded"));
      pending = null;
      ready?.reject(new Error("the suggestion engine was stopped"));
      ready = null;
      worker?.terminate();
      worker = null;
      sent = undefined;
    },
  };
}
