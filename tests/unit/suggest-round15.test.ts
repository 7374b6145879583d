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

// A coalition the text names with "Alliance" as its head, then a bloc named nearer to the description.
const rebels =
  "Fighters of the Northern Freedom Alliance seized the river port of Boma in April. " +
  "The European Union urged restraint. Aid convoys waited at the border for a week.";

describe("a description that ends a name the text gave", () => {
  it("reads 'the alliance' as the one name ending in it, over a bloc named nearer", () => {
    const cs = suggest(`${rebels} Chile sent weapons to the alliance.`, fresh);
    expect(ofPair(cs, "CHL", "NORTHERNFREEDOMALLIANCE")[0]).toMatchObject({ sign: 1, sentence: 3 });
    expect(ofPair(cs, "CHL", "EU")).toEqual([]);
  });

  it("leaves the nearer reading when two names end in it", () => {
    const both = rebels.replace("The European Union urged restraint.", "The Southern Unity Alliance stayed out. The European Union urged restraint.");
    const cs = suggest(`${both} Chile sent weapons to the alliance.`, fresh);
    expect(ofPair(cs, "CHL", "NORTHERNFREEDOMALLIANCE")).toEqual([]);
    expect(ofPair(cs, "CHL", "SOUTHERNUNITYALLIANCE")).toEqual([]);
  });

  it("does not let a name ending in 'government' take 'the government' from a state named nearer", () => {
    const text =
      "Rebels proclaimed a Provisional Northern Government in the hills in May. Talks stalled for months. " +
      "Chile recalled its envoy from Lima in June. Peru accused the government of spying.";
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "PER", "PROVISIONALNORTHERNGOVERNMENT").filter((c) => c.sentence === 3)).toEqual([]);
  });
});

describe("a name the text gave, shortened to the words before its head", () => {
  it("reads 'the Karavan' as the Karavan Front named before", () => {
    const text = "Fighters of the Karavan Front ambushed a convoy near the coast in May. Chile accused the Karavan of kidnapping its engineers.";
    const pair = ofPair(suggest(text, fresh), "CHL", "KARAVANFRONT");
    expect(pair[0]).toMatchObject({ sign: -1, sentence: 1 });
    expect([pair[0]!.source.mention, pair[0]!.target.mention]).toContain("Karavan");
  });

  it("leaves a state's name inside a group's name to the state", () => {
    const text = "In May, fighters of the Chad Front (CF) ambushed a convoy. Chile accused Chad of kidnapping its engineers.";
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "CHL", "TCD")[0]).toMatchObject({ sign: -1, sentence: 1 });
    expect(ofPair(cs, "CHL", "CF").filter((c) => c.sentence === 1)).toEqual([]);
  });
});

describe("a name introduced by a description of a mission, a force or an agency", () => {
  it("learns 'KAMOS, the monitoring mission …' as an organisation", () => {
    const text = "In 2019 Peru sent engineers to KAMOS, the monitoring mission set up after the truce. Ecuador accused KAMOS of bias.";
    const cs = suggest(text, fresh);
    const pair = ofPair(cs, "ECU", "KAMOS");
    expect(pair[0]).toMatchObject({ sign: -1, sentence: 1 });
    expect([pair[0]!.source, pair[0]!.target].find((a) => a.id === "KAMOS")).toMatchObject({ kind: "organization", inDataset: false });
  });
});

describe("a people-word before a name the text also writes alone", () => {
  it("learns 'Chilean Red Dawn' as a party of its own when 'Red Dawn' recurs", () => {
    const text = "In May, Chilean Red Dawn militants attacked a border post near Tacna. Peru accused Red Dawn of smuggling arms across the desert.";
    const pair = ofPair(suggest(text, fresh), "PER", "CHILEANREDDAWN");
    expect(pair[0]).toMatchObject({ sign: -1, sentence: 1 });
    expect(ofPair(suggest(text, fresh), "PER", "CHL")).toEqual([]);
  });

  it("leaves the people-word to its state when the rest is never written alone", () => {
    const text = "In May, Chilean Red Dawn militants attacked Peru's border post near Tacna. Peru protested.";
    expect(ofPair(suggest(text, fresh), "PER", "CHL").length).toBeGreaterThan(0);
  });
});

describe("a party's name after 'whose' and before its lower-case head", () => {
  it("learns 'whose Aurora movement' as the Aurora movement", () => {
    const text = "The mayor of Quito, whose Aurora movement won the vote in May, was condemned by Chile for jailing reporters.";
    expect(ofPair(suggest(text, fresh), "CHL", "AURORA")[0]).toMatchObject({ sign: -1, sentence: 0 });
  });
});
