/**
 * The suggestion engine (src/model/suggest) in a web worker: reading a long article with wink-nlp
 * takes longer than a frame, and the language model is a few megabytes the page never needs to
 * parse. The page posts a text and the dataset's actors, types and relations; the worker answers
 * with the candidates. Loaded only when a curator opens the suggestions of a source.
 */
import { suggest, warmUpNlp } from "../model/suggest/index.ts";
import type { SuggestAnswer, SuggestRequest } from "./suggestProtocol.ts";

warmUpNlp();

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
