/**
 * The twentieth round's mechanisms, on wording of their own (not the fixtures'): a qualifier in
 * parentheses as part of a name ("the Socialist Party of Peru (Marxist)"), and a description that
 * takes a word of a name the text gave ("the opposition", "the Marxists").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("a qualifier in parentheses closes the name before it", () => {
  const text =
    "Peru signed a truce with the Socialist Party of Peru (Marxist) on Monday. " +
    "The coalition's members are the Green Front and the Socialist Party of Peru (Renewal), or SPR, which backed the truce.";

  it("is learned with the qualifier, its id the whole name squashed, or the acronym after it", () => {
    const names = learned(text);
    expect(names).toContain("SOCIALISTPARTYOFPERUMARXIST:Socialist Party of Peru (Marxist)");
    expect(names).toContain("SPR:Socialist Party of Peru (Renewal)");
    expect(names.filter((n) => n.endsWith(":Socialist Party"))).toEqual([]);
  });

  it("is read as that party, apart from the other of its kind", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "PER", "SOCIALISTPARTYOFPERUMARXIST").length).toBeGreaterThan(0);
  });

  it("not a place, a day or an acronym in parentheses", () => {
    expect(learned("Peru met the Andean Council of Peru (Lima) on Monday.").filter((n) => n.includes("(")).length).toBe(0);
    expect(learned("Peru met the Andean Council of Peru (Monday) again.").filter((n) => n.includes("(")).length).toBe(0);
    expect(learned("Peru met the Andean Council of Peru (ACP) again.")).toContain("ACP:Andean Council of Peru");
  });
});
