/**
 * The suggestion engine (src/model/suggest) in a web worker: reading a long article with wink-nlp
 * takes longer than a frame, and the language model is a few megabytes the page never needs to
 * parse. The page posts a text and the dataset's actors, types and relations; the worker answers
 * with the candidates. Started at idle once the curation workspace is mounted (src/workspace.ts),
 * so the model is loaded before the first source is shown.
 */
import { suggest, warmUpNlp } from "../model/suggest/index.ts";
import type { SuggestAnswer, SuggestReady, SuggestRequest } from "./suggestProtocol.ts";

/** A few sentences that take the engine through its paths: names, metonyms, people-words, cues, a date, a group. */
const WARM_UP_TEXT =
  "France and Germany condemned Russia on 3 May 2022. Moscow denied it. The two countries later backed Ukraine, and the Kremlin-backed forces were accused by Kyiv of attacks. Talks between Armenia and Azerbaijan were mediated by the EU.";

// The model loads as the worker starts, before any text comes (the page starts it at idle), and
// the engine runs once on a short text, so the first source does not pay for compiling its code
// (the first run after the model loaded took 2–3× a warm one).
const started = performance.now();
warmUpNlp();
suggest(WARM_UP_TEXT, null);
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
