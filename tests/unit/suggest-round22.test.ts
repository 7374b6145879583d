/**
 * The twenty-second round's mechanisms, on wording of their own (not the fixtures'): an acronym in
 * parentheses taken from another language's name ("the Andean Popular Resistance (RPA)").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("an acronym in parentheses of another language's name", () => {
  const text = "In May the Andean Popular Resistance (RPLA) attacked Peru. Peru accused RPLA of the killings.";

  it("is the name's id and alias when the text then uses it as a word", () => {
    expect(learned(text)).toContain("RPLA:Andean Popular Resistance");
    const names = learnNames(text, buildGazetteer([]), wordsOf(text));
    expect(names.find((n) => n.actor.id === "RPLA")!.forms).toContain("RPLA");
  });

  it("reads the party's pairs where the text writes only the acronym", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "PER", "RPLA").length).toBeGreaterThan(0);
    expect(cs.some((c) => c.source.id.startsWith("ANDEAN") || c.target.id.startsWith("ANDEAN"))).toBe(false);
  });

  it("not when the text never uses it again, nor for a name without a head word", () => {
    expect(learned("In May the Andean Popular Resistance (RPLA) attacked Peru.")).not.toContain("RPLA:Andean Popular Resistance");
    expect(learned("The Andean Popular Daily (XKQ) said so. XKQ also said more.").some((n) => n.startsWith("XKQ:"))).toBe(false);
  });
});
