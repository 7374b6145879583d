/**
 * What the suggestions worker does with the page's messages, apart from the worker's globals (so a
 * unit test runs it with the real engine): it keeps the dataset the page last sent and reads each
 * text against it.
 *
 * The engine caches its gazetteer per actors array (`buildGazetteer`); the session keeps one array
 * until the page sends new actors, so the gazetteer is built once per change of the actors — when
 * the update comes, before any text — not once per text, as when every request carried a freshly
 * cloned copy of the dataset.
 */
import { buildGazetteer, suggestWithNames, type SuggestDataset, type SuggestOptions, type TextSuggestions } from "../model/suggest/index.ts";
import type { SuggestAnswer, SuggestMessage } from "./suggestProtocol.ts";

/** The engine's two entry points the session uses (a test may count their calls). */
export interface SuggestEngine {
  /** The candidates and the names the text uses that are no actor yet, from one reading. */
  suggest(text: string, dataset: SuggestDataset | null, options?: SuggestOptions): TextSuggestions;
  buildGazetteer(actors: SuggestDataset["actors"]): unknown;
}

export interface SuggestSession {
  /** Takes a dataset update (returns null) or reads a text (returns the answer to post). */
  receive(message: SuggestMessage): SuggestAnswer | null;
  /** Runs the engine on `text` against the dataset held, for nothing but compiling its code paths. */
  warmUp(text: string): void;
  /** The dataset held now (null: none, the bundled gazetteer alone). */
  dataset(): SuggestDataset | null;
}

export function createSuggestSession(engine: SuggestEngine = { suggest: suggestWithNames, buildGazetteer }): SuggestSession {
  let held: SuggestDataset | null = null;

  const update = (parts: Partial<SuggestDataset> | null) => {
    if (parts === null) {
      held = null;
      return;
    }
    const actors = parts.actors ?? held?.actors;
    const relationTypes = parts.relationTypes ?? held?.relationTypes;
    if (!actors || !relationTypes) {
      const missing = [actors ? null : "actors", relationTypes ? null : "relation types"].filter(Boolean).join(" and ");
      throw new Error(`the suggestions worker got a dataset update without ${missing}, and holds no dataset to take them from`);
    }
    const relations = parts.relations ?? held?.relations ?? [];
    held = { actors, relationTypes, relations };
    // Built now (and cached by the engine for this array), so the next text does not wait for it.
    if (parts.actors) engine.buildGazetteer(actors);
  };

  return {
    receive(message) {
      if (message.kind === "dataset") {
        update(message.dataset);
        return null;
      }
      const { id, text, options } = message;
      try {
        const { candidates, names } = engine.suggest(text, held, options);
        return { id, ok: true, candidates, names };
      } catch (err) {
        return { id, ok: false, message: err instanceof Error ? err.message : String(err) };
      }
    },
    warmUp(text) {
      engine.suggest(text, held);
    },
    dataset: () => held,
  };
}
