/**
 * The twenty-third round's mechanisms, on wording of their own (not the fixtures'): a point of the
 * compass is no description of a group whose name holds it ("the south" is no "South Andean Defence
 * Forces").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

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
