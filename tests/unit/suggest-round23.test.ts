/**
 * The twenty-third round's mechanisms, on wording of their own (not the fixtures'): a point of the
 * compass is no description of a group whose name holds it ("the south" is no "South Andean Defence
 * Forces"); known actors joined by "and" before a description are a list, not one name ("Chile and
 * Peru, a group …").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("a point of the compass is no description of a group named with it", () => {
  const text = [
    "Bolivia's government and the rebel Movement for Andean Justice (MAJ) signed a peace accord on Sunday.",
    "Under the accord, the south will govern itself for six years.",
    "The war broke out when Bolivia moved to divide the south.",
    "Militias of the South Andean Defence Forces (SADF), which Bolivia has armed to fight the MAJ, were not parties to the talks.",
  ].join(" ");

  it("'the south' does not stand for the South Andean Defence Forces", () => {
    const cs = suggest(text, fresh);
    const phrases = cs.flatMap((c) => [c.source, c.target]).filter((a) => a.id === "SADF" && a.referredAs !== undefined).map((a) => a.referredAs);
    expect(phrases).not.toContain("the south");
    // The group is still read where the text names it.
    expect(ofPair(cs, "BOL", "SADF").length).toBeGreaterThan(0);
  });

  it("a word of the name that is no compass point still does ('the movement')", () => {
    const cs = suggest(`${text} The movement accused Bolivia of shelling in May.`, fresh);
    expect(cs.some((c) => [c.source, c.target].some((a) => a.id === "MAJ" && a.referredAs === "The movement"))).toBe(true);
  });
});

describe("known actors joined by 'and' before a description", () => {
  it("are a list, not one name", () => {
    const text = "The talks were backed by Ecuador, Chile and Peru, a group diplomats call the Andean Three, which paid much of the cost.";
    expect(learned(text).some((n) => /CHILEANDPERU|Chile and Peru/i.test(n))).toBe(false);
    const cs = suggest(text, fresh);
    expect(cs.some((c) => [c.source.id, c.target.id].some((id) => /CHILEANDPERU/.test(id)))).toBe(false);
  });

  it("a name with its description is still learned ('the Selva Front, a rebel group')", () => {
    expect(learned("Peru fought Selva Roja, a rebel group based in the jungle.")).toContain("SELVAROJA:Selva Roja");
  });
});
