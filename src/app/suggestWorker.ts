/**
 * The suggestion engine (src/model/suggest) in a web worker: reading a long article with wink-nlp
 * takes longer than a frame, and the language model is a few megabytes the page never needs to
 * parse. The page posts a text and the dataset's actors, types and relations; the worker answers
 * with the candidates. Started at idle once the curation workspace is mounted (src/workspace.ts),
 * so the model is loaded before the first source is shown.
 */
import { suggest, warmUpNlp } from "../model/suggest/index.ts";
import type { SuggestAnswer, SuggestReady, SuggestRequest } from "./suggestProtocol.ts";

// The model loads as the worker starts, before any text comes (the page starts it at idle).
const started = performance.now();
warmUpNlp();
postMessage({ ready: true, loadMs: performance.now() - started } satisfies SuggestReady);

onmessage = (e: MessageEvent<SuggestRequest>) => {
  const { id, text, dataset, options } = e.data;
  let answer: SuggestAnswer;
  try {
    answer = { id, ok: true, candidates: suggest(text, dataset, options) };
  } catch (err) {
    answer = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  postMessage(answer);
};
