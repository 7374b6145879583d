/**
 * The suggestions list's choice of actor and order (src/app/suggestionFilter.ts), on the engine's
 * own answer for a short text: every actor counted once per candidate naming it, the filter keeps
 * exactly those naming the actor, the text's order follows the quotes' offsets.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { ALL_SUGGESTIONS, actorChoices, arrangeSuggestions, keepFilter } from "../../src/app/suggestionFilter.ts";

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
    const aze = arrangeSuggestions(candidates, { actor: "AZE", order: "score" });
    expect(aze).toEqual(names("AZE"));
    expect(aze.length).toBeLessThan(candidates.length);
  });

  it("puts them in the text's order on request, without losing one", () => {
    const along = arrangeSuggestions(candidates, { actor: null, order: "text" });
    expect(along.map((c) => c.start)).toEqual([...candidates.map((c) => c.start)].sort((p, q) => p - q));
    expect(new Set(along.map((c) => c.id))).toEqual(new Set(candidates.map((c) => c.id)));
    // The engine's own order is not the text's here (else this test proves nothing).
    expect(candidates.map((c) => c.start)).not.toEqual(along.map((c) => c.start));
  });

  it("drops an actor no candidate of a new answer names, and keeps the order", () => {
    expect(keepFilter({ actor: "GEO", order: "text" }, candidates)).toEqual({ actor: "GEO", order: "text" });
    expect(keepFilter({ actor: "GEO", order: "text" }, names("FRA"))).toEqual({ actor: null, order: "text" });
  });
});
