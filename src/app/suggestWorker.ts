/**
 * The suggestion engine (src/model/suggest) in a web worker: reading a long article with wink-nlp
 * takes longer than a frame, and the language model is a few megabytes the page never needs to
 * parse. The page sends the dataset's actors, types and relations when they change and a text to
 * read; the worker answers with the candidates and the names the text uses that are no actor yet
 * (src/app/suggestSession.ts keeps the dataset and its gazetteer between texts). Started at idle
 * once the curation workspace is opened (src/workspace.ts), so the model is loaded before the
 * first source is shown.
 */
import { warmUpNlp } from "../model/suggest/index.ts";
import { createSuggestSession } from "./suggestSession.ts";
import type { SuggestMessage, SuggestReady } from "./suggestProtocol.ts";

/** A few sentences that take the engine through its paths: names, metonyms, people-words, cues, a date, a group. */
const WARM_UP_TEXT =
  "France and Germany condemned Russia on 3 May 2022. Moscow denied it. The two countries later backed Ukraine, and the Kremlin-backed forces were accused by Kyiv of attacks. Talks between Armenia and Azerbaijan were mediated by the EU.";

// The model loads as the worker starts, before any text comes (the page starts it at idle), and
// the engine runs once on a short text, so the first source does not pay for compiling its code
// (the first run after the model loaded took 2–3× a warm one).
const started = performance.now();
warmUpNlp();
const session = createSuggestSession();
session.warmUp(WARM_UP_TEXT);
// Each text is read with a wink pipeline of its own (nlp.ts: a reading must not depend on the texts
// read before it); the next one is made ahead, here after the warm-up and while the page draws an
// answer, so a source does not wait for it.
warmUpNlp();
let ready = false;

onmessage = (e: MessageEvent<SuggestMessage>) => {
  const answer = session.receive(e.data);
  if (answer) {
    postMessage(answer);
    setTimeout(warmUpNlp, 0);
    return;
  }
  // The page's first message is the dataset: with its gazetteer built, the engine is ready for a
  // first source. Sent at idle (no text waiting), the engine also runs once against it (the
  // dataset's own names and relations).
  if (!ready) {
    ready = true;
    if (e.data.kind === "dataset" && e.data.idle && session.dataset()) {
      session.warmUp(WARM_UP_TEXT);
      warmUpNlp();
    }
    postMessage({ ready: true, loadMs: performance.now() - started } satisfies SuggestReady);
  }
};
