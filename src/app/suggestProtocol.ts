/** Messages between the page and the suggestions worker (src/app/suggestWorker.ts). */
import type { Candidate, SuggestDataset, SuggestOptions, UnrecognisedName } from "../model/suggest/index.ts";

/** Page → worker: the dataset when it changes, or a text to read against the dataset it has. */
export type SuggestMessage = SuggestDatasetUpdate | SuggestRequest;

/**
 * The parts of the dataset the engine reads that changed since the last update (absent: unchanged),
 * or `dataset: null` for none. Sent once per change, not with every text: the worker keeps them,
 * and the gazetteer built from the actors, until the next update. The first update after the worker
 * starts, or after `null`, has all three.
 */
export interface SuggestDatasetUpdate {
  kind: "dataset";
  dataset: Partial<SuggestDataset> | null;
  /** Sent ahead of any text (the page warming the worker): the worker may also run the engine once against it. */
  idle?: true;
}

export interface SuggestRequest {
  kind: "suggest";
  /** Answers carry it back, so a late answer to an older text is dropped. */
  id: number;
  text: string;
  options: SuggestOptions;
}

export type SuggestAnswer =
  /** The candidates, best first, and the names the text uses that are no actor yet, best first. */
  | { id: number; ok: true; candidates: Candidate[]; names: UnrecognisedName[] }
  | { id: number; ok: false; message: string };

/** The worker's first message, before any answer: its language model is loaded (in `loadMs`). */
export interface SuggestReady {
  ready: true;
  loadMs: number;
}
