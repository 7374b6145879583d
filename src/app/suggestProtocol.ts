/** Messages between the page and the suggestions worker (src/app/suggestWorker.ts). */
import type { Candidate, SuggestDataset, SuggestOptions } from "../model/suggest/index.ts";

export interface SuggestRequest {
  /** Answers carry it back, so a late answer to an older text is dropped. */
  id: number;
  text: string;
  dataset: SuggestDataset | null;
  options: SuggestOptions;
}

export type SuggestAnswer =
  | { id: number; ok: true; candidates: Candidate[] }
  | { id: number; ok: false; message: string };

/** The worker's first message, before any answer: its language model is loaded (in `loadMs`). */
export interface SuggestReady {
  ready: true;
  loadMs: number;
}
