/**
 * The fifteenth round's mechanisms, on wording of their own (not the fixtures'): a two-party phrase
 * that nothing just before resolves ("the warring sides", "both commanders") stands for the text's
 * main pair.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

// Peru and Ecuador quarrel in two sentences (the main pair), then sentences that name neither.
const quarrel =
  "Peru accused Ecuador of moving troops across the Cenepa line in January. Ecuador condemned Peru for bombing its outposts. " +
  "Heavy rain slowed the fighting in February. Hundreds of families left the valley. Prices of rice doubled in the markets.";

describe("a two-party phrase with no pair just before it", () => {
  it("reads 'the warring sides' as the text's main pair", () => {
    const cs = suggest(`${quarrel} In March, Chile sent food aid to the warring sides.`, fresh);
    for (const party of ["PER", "ECU"]) {
      const pair = ofPair(cs, "CHL", party);
      expect(pair.length).toBeGreaterThan(0);
      expect(pair[0]).toMatchObject({ sign: 1, sentence: 5 });
      expect([pair[0]!.source.referredAs, pair[0]!.target.referredAs]).toContain("the warring sides");
    }
  });

  it("reads a counted 'both commanders' as the main pair when no two actors are named just before", () => {
    const cs = suggest(`${quarrel} Chile condemned both commanders in a statement.`, fresh);
    expect(ofPair(cs, "CHL", "PER")[0]).toMatchObject({ sign: -1, sentence: 5 });
    expect(ofPair(cs, "CHL", "ECU")[0]).toMatchObject({ sign: -1, sentence: 5 });
  });

  it("leaves 'the two countries' alone: states counted two are as often another pair", () => {
    const cs = suggest(`${quarrel} Chile condemned the two countries in a statement.`, fresh);
    expect(ofPair(cs, "CHL", "PER").filter((c) => c.sentence === 5)).toEqual([]);
  });
});
