/**
 * The suggestions list's choice of actor and order (src/app/suggestionFilter.ts), on the engine's
 * own answer for a short text: every actor counted once per candidate naming it, the filter keeps
 * exactly those naming the actor, the text's order follows the quotes' offsets, and "hide weak
 * guesses" leaves out exactly the candidates scoring under the engine's WEAK_SCORE.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { ALL_SUGGESTIONS, actorChoices, arrangeSuggestions, keepFilter } from "../../src/app/suggestionFilter.ts";
import { WEAK_SCORE, isWeakGuess } from "../../src/model/suggest/weak.ts";
import { WEAK_SCORE as ENGINE_WEAK_SCORE } from "../../src/model/suggest/suggest.ts";

const dataset = DEFAULT_DATASET_JSON as Dataset as SuggestDataset;
const TEXT = [
  "Georgia and Armenia signed a partnership agreement in March 2024.",
  "Azerbaijan accused Armenia of shelling its positions.",
  "Turkey backed Azerbaijan throughout the talks.",
  "France condemned Azerbaijan's offensive.",
].join(" ");
const candidates = suggest(TEXT, dataset);
const names = (id: string) => candidates.filter((c) => c.source.id === id || c.target.id === id);

describe("the suggestions list's filter", () => {
  it("has candidates naming several actors (the test's premise)", () => {
    expect(names("AZE").length).toBeGreaterThanOrEqual(3);
    expect(names("ARM").length).toBeGreaterThanOrEqual(2);
  });

  it("offers each actor the candidates name once, most named first, with its count", () => {
    const choices = actorChoices(candidates);
    expect(new Set(choices.map((a) => a.id)).size).toBe(choices.length);
    for (const a of choices) expect(a.count).toBe(names(a.id).length);
    for (let i = 1; i < choices.length; i++) expect(choices[i - 1]!.count).toBeGreaterThanOrEqual(choices[i]!.count);
    expect(choices[0]!.id).toBe("AZE");
    expect(choices.find((a) => a.id === "GEO")?.label).toBe("Georgia");
  });

  it("keeps exactly the candidates naming the chosen actor, in the engine's order", () => {
    expect(arrangeSuggestions(candidates, ALL_SUGGESTIONS)).toEqual(candidates);
    const aze = arrangeSuggestions(candidates, { actor: "AZE", order: "score", hideWeak: false });
    expect(aze).toEqual(names("AZE"));
    expect(aze.length).toBeLessThan(candidates.length);
  });

  it("puts them in the text's order on request, without losing one", () => {
    const along = arrangeSuggestions(candidates, { actor: null, order: "text", hideWeak: false });
    expect(along.map((c) => c.start)).toEqual([...candidates.map((c) => c.start)].sort((p, q) => p - q));
    expect(new Set(along.map((c) => c.id))).toEqual(new Set(candidates.map((c) => c.id)));
    // The engine's own order is not the text's here (else this test proves nothing).
    expect(candidates.map((c) => c.start)).not.toEqual(along.map((c) => c.start));
  });

  it("drops an actor no candidate of a new answer names, and keeps the order", () => {
    expect(keepFilter({ actor: "GEO", order: "text", hideWeak: false }, candidates)).toEqual({ actor: "GEO", order: "text", hideWeak: false });
    expect(keepFilter({ actor: "GEO", order: "text", hideWeak: false }, names("FRA"))).toEqual({ actor: null, order: "text", hideWeak: false });
  });

  it("leaves out exactly the weak guesses on request, with any actor and order, and nothing else", () => {
    // The engine's floor for a pair's second reading and the list's mark are one number.
    expect(WEAK_SCORE).toBe(ENGINE_WEAK_SCORE);
    const weak = candidates.filter(isWeakGuess);
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.length).toBeLessThan(candidates.length);
    for (const c of candidates) expect(isWeakGuess(c)).toBe(c.score < WEAK_SCORE);
    expect(arrangeSuggestions(candidates, { ...ALL_SUGGESTIONS, hideWeak: true })).toEqual(candidates.filter((c) => c.score >= WEAK_SCORE));
    const weakActor = weak[0]!.source.id;
    const ofActor = arrangeSuggestions(candidates, { actor: weakActor, order: "text", hideWeak: true });
    expect(ofActor.map((c) => c.id)).toEqual(arrangeSuggestions(names(weakActor), { actor: null, order: "text", hideWeak: false }).filter((c) => !isWeakGuess(c)).map((c) => c.id));
    expect(ofActor.length).toBeLessThan(names(weakActor).length);
    // Hiding is a view: the filter kept for a new answer keeps it.
    expect(keepFilter({ actor: null, order: "score", hideWeak: true }, candidates)).toEqual({ actor: null, order: "score", hideWeak: true });
  });
});
