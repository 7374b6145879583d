/**
 * The fifty-second round's mechanisms, on wording of their own (not the fixtures'): the halves of a
 * divided state are two states while the country is split ("Hanoi" is North Vietnam in 1968,
 * Vietnam in 2015; "Bonn" is West Germany in 1963).
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });

describe("the halves of a divided state while it is split", () => {
  it("'North Vietnam', 'Hanoi' and 'North Vietnamese' are one state, 'South Vietnam' and 'Saigon' another", () => {
    const cs = read("North Vietnam accused South Vietnam of breaking the truce on Monday. Hanoi said Saigon's troops had shelled a village, and North Vietnamese gunners fired back.", "1968-05-02");
    expect(between(cs, "VDR", "VNM").length).toBeGreaterThan(0);
    const vdr = cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "VDR")!;
    expect(vdr).toMatchObject({ label: "North Vietnam", kind: "state", iso3: "VDR" });
  });
  it("'Hanoi' is the reunited state after the split", () => {
    const cs = read("Hanoi and Beijing quarrelled over fishing rights on Monday.", "2015-06-01");
    expect(between(cs, "VNM", "CHN").length).toBeGreaterThan(0);
  });
  it("'Yugoslavia' of the kingdom between the wars is the state YUG", () => {
    const cs = read("Romania and Yugoslavia renewed their alliance in Bucharest on Monday.", "1936-06-08");
    expect(between(cs, "ROU", "YUG").length).toBeGreaterThan(0);
  });
  it("'Bonn' is West Germany, with the code of the state it became", () => {
    const cs = read("Bonn and Paris signed a friendship treaty on Tuesday.", "1963-01-22");
    expect(between(cs, "DEU", "FRA").length).toBeGreaterThan(0);
  });
});

describe("an acronym with a small word's letter in lower case ('(MpD)')", () => {
  it("is the acronym of the name before it, and its id", () => {
    const cs = read("The government of Moldova accused the Northern Farmers Party (NfP) of stirring unrest on Friday. The NfP denied it.");
    expect(between(cs, "NFP", "MDA").length).toBeGreaterThan(0);
  });
});

describe("'Corps' and 'Entente' head a name", () => {
  it("learns 'a Varna Free Corps' as an armed body", () => {
    const cs = read("A Varna Free Corps, armed and trained abroad, raided border posts of Moldova on Sunday.", "1938-09-20");
    expect(between(cs, "VARNAFREECORPS", "MDA").length).toBeGreaterThan(0);
  });
  it("learns 'the Danube Entente' as a bloc of states", () => {
    const cs = read("Romania and Bulgaria, partners in the Danube Entente, said they would not go to war.", "1938-09-20");
    const entente = cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "DANUBEENTENTE");
    expect(entente?.kind).toBe("bloc");
  });
});

describe("a name of more than ten words closed by its acronym", () => {
  it("takes in the country a mission serves ('… in the Central African Republic (MIRCA)')", () => {
    const cs = read("Chad sent 400 troops to the Mission for the Restoration of Calm in the Central African Republic (MIRCA) on Monday. The European Union pays for MIRCA.");
    expect(between(cs, "MIRCA", "TCD").length).toBeGreaterThan(0);
    expect(between(cs, "MIRCA", "EU").length).toBeGreaterThan(0);
  });
});

describe("the names list", () => {
  it("offers no sporting contest ('the Andean Cup')", () => {
    const names = unrecognisedNames("Peru and Bolivia quarrelled after the Andean Cup match in Lima.", fresh, { sourceDate: "2011-03-01" });
    const offered = names.map((u) => JSON.stringify(u));
    expect(offered.some((s) => s.includes("Andean Cup"))).toBe(false);
  });
});
