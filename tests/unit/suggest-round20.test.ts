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
const referred = (cs: Candidate[]) => cs.flatMap((c) => [c.source.referredAs, c.target.referredAs]).filter((r) => r !== undefined);
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

describe("a description that takes a word of a name the text gave", () => {
  it("'the opposition' for the one name that holds it, however far back", () => {
    const text =
      "Peru met the United Andean Opposition (UAO) in Lima on Monday. The talks lasted two days. " +
      "Ecuador hosted an earlier round in Quito. Weeks later, Chile accused the opposition of smuggling weapons.";
    expect(ofPair(suggest(text, fresh), "CHL", "UAO").map((c) => c.sign)).toContain(-1);
  });

  it("'the Marxists' for a name whose qualifier holds the word in the singular", () => {
    const text = "Peru signed a truce with the Socialist Party of Peru (Marxist) in May. Chile later accused the Marxists of smuggling weapons.";
    expect(ofPair(suggest(text, fresh), "CHL", "SOCIALISTPARTYOFPERUMARXIST").map((c) => c.sign)).toContain(-1);
  });

  it("a lead that describes the party before the text names it", () => {
    const text = "Chile accused the armed opposition of smuggling weapons. Peru met the United Andean Opposition (UAO) in Lima on Monday.";
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "CHL", "UAO").map((c) => c.sign)).toContain(-1);
    expect(referred(cs)).toContain("the armed opposition");
  });

  it("not when two names hold the word (a name ending in it first), not a proper noun's singular, nor a word of what the parties sign", () => {
    const two =
      "Peru met the United Andean Opposition (UAO) and the Coastal Opposition Front (COF) in Lima. " +
      "Weeks later, Chile accused the opposition of smuggling weapons.";
    expect(referred(suggest(two, fresh))).toEqual([]);
    const one = "Peru met the United Andean Opposition (UAO) in Lima. Weeks later, Chile accused the opposition of smuggling weapons.";
    expect(referred(suggest(one, fresh))).toEqual(["the opposition"]);
    const head =
      "Peru met the Northern Freedom Alliance (NFA) and the Alliance Defence Army (ADA) in Lima. The talks lasted two days. " +
      "Weeks later, Chile accused the alliance of smuggling weapons.";
    expect(ofPair(suggest(head, fresh), "CHL", "NFA").length).toBeGreaterThan(0);
    const proper = "Peru met the Free Arvola Movement (FAM) in Lima. Weeks later, Chile shelled the Arvola.";
    expect(referred(suggest(proper, fresh))).toEqual([]);
    const accord = "Peru met the Front for National Accord (FNA) in Lima on Monday. Weeks later, Chile condemned the accord.";
    expect(referred(suggest(accord, fresh))).toEqual([]);
  });
});

describe("a list of observers of the talks, read as mediators of the main pair", () => {
  const fight = "Peru accused Chile of shelling border villages on Monday. Chile accused Peru of arming rebels in the north. Peru condemned Chile for the raid. ";

  it("each of six states the sentence lists stands between the pair (faint readings: the floor and the cap lifted)", () => {
    const text = fight + "Brazil, Argentina, Bolivia, Uruguay, Paraguay and Venezuela have followed the talks as observers. Chile rejected the offer.";
    const cs = suggest(text, fresh, { maxCandidates: 100, minScore: 0 });
    for (const id of ["BRA", "ARG", "BOL", "URY", "PRY", "VEN"]) {
      for (const party of ["PER", "CHL"]) expect(ofPair(cs, id, party).filter((c) => c.sentence === 3 && c.sign === 0).length, `${id}–${party}`).toBeGreaterThan(0);
    }
  });

  it("a body named for watching in such a list keeps the reading its own name gives", () => {
    const text = fight + "Brazil, Argentina, Bolivia, Uruguay, Paraguay and the Andean Monitoring Mission (AMM) have followed the talks as observers. Chile rejected the offer.";
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "AMM", "PER").map((c) => c.cue?.phrase)).toContain("(name)");
  });
});
