/**
 * Round 78 (issue #14): the states of the nineteenth century and before that no ISO code stands
 * for (data/historicStates.ts), named as states only in texts of their years; a document's name;
 * a reigning monarch as his state. On wording of our own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));

describe("historic states in a text of their years", () => {
  it("reads Prussia, Bavaria and the German Confederation of 1830 as states of their own", () => {
    const text = "Prussia and Bavaria signed a customs treaty in Berlin on Monday, and the German Confederation welcomed it. Prussian envoys left for Munich the next day.";
    const cs = suggest(text, fresh, { sourceDate: "1830-04-02" });
    expect(ofPair(cs, "PRUSSIA", "BAVARIA").length).toBeGreaterThan(0);
    expect(ids(cs).has("GERMANCONFEDERATION")).toBe(true);
    expect(ids(cs).has("DEU")).toBe(false);
    const prussia = cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "PRUSSIA");
    expect(prussia?.label).toBe("Prussia");
    expect(prussia?.iso3).toBeUndefined();
  });

  it("reads the Republic of Texas of 1840 as a state at war with Mexico", () => {
    const text = "Texas accused Mexico of preparing a new invasion, and Texan ships blockaded the coast of Yucatan.";
    const cs = suggest(text, fresh, { sourceDate: "1840-06-01" });
    expect(ofPair(cs, "TEXAS", "MEX").length).toBeGreaterThan(0);
  });

  it("reads Turin of 1850 as the Kingdom of Sardinia's seat, not Italy's", () => {
    const text = "Turin protested to Vienna against the Austrian garrisons on the Po.";
    const cs = suggest(text, fresh, { sourceDate: "1850-03-11" });
    expect(ofPair(cs, "KINGDOMOFSARDINIA", "AUT").length).toBeGreaterThan(0);
    expect(ids(cs).has("ITA")).toBe(false);
  });
});

describe("historic states outside their years", () => {
  it("offers no state for Bavaria, Texas or Hanover in a report of 2019", () => {
    const text = "Bavaria and Texas signed a trade pact with Canada on Monday, and Hanover hosted the talks with Mexico.";
    const cs = suggest(text, fresh, { sourceDate: "2019-05-14" });
    for (const id of ["BAVARIA", "TEXAS", "HANOVER"]) expect(ids(cs).has(id)).toBe(false);
  });

  it("offers no historic state in a text without a date", () => {
    const text = "Prussia and Saxony protested to Austria against the treaty.";
    const cs = suggest(text, fresh, {});
    for (const id of ["PRUSSIA", "SAXONY"]) expect(ids(cs).has(id)).toBe(false);
  });

  it("gives the year after the end the state's names only: its seat is its successor's ('Berlin' in May 1871 is Germany)", () => {
    const cs = suggest("Germany pressed France for a settlement, and Berlin warned Paris against delay.", fresh, { sourceDate: "1871-05-10" });
    expect(ids(cs).has("PRUSSIA")).toBe(false);
    expect(ofPair(cs, "DEU", "FRA").length).toBeGreaterThan(0);
  });

  it("names a state in the year after its end, and not later", () => {
    const text = "Hanover protested to Prussia against the seizure of its treasury.";
    expect(ofPair(suggest(text, fresh, { sourceDate: "1867-02-01" }), "HANOVER", "PRUSSIA").length).toBeGreaterThan(0);
    expect(ids(suggest(text, fresh, { sourceDate: "1868-02-01" })).has("HANOVER")).toBe(false);
  });
});

describe("a document's name", () => {
  it("reads 'the General Act of the Assembly' as a document, not a body the powers back or oppose", () => {
    const text = "Chile welcomed the General Act of the Assembly on Monday, but Peru rejected the General Act of the Assembly.";
    const cs = suggest(text, fresh, { sourceDate: "1931-05-10" });
    expect(cs.some((c) => /ACT/.test(c.source.id) || /ACT/.test(c.target.id))).toBe(false);
    expect(ofPair(cs, "CHL", "PER").length).toBeGreaterThan(0);
  });

  it("still learns a coalition named after its declaration ('the Declaration of Freedom and Change Forces')", () => {
    const text = "Chad hosted the Declaration of Freedom and Change Forces on Monday, and Egypt condemned the Declaration of Freedom and Change Forces.";
    const cs = suggest(text, fresh, { sourceDate: "2019-05-10" });
    expect(ids(cs).has("DECLARATIONOFFREEDOMANDCHANGEFORCES")).toBe(true);
  });

  it("reads 'the Final Act' alone as a document", () => {
    const text = "Norway signed the Final Act on Friday, and Sweden refused to sign the Final Act.";
    const cs = suggest(text, fresh, { sourceDate: "1975-08-01" });
    expect(cs.some((c) => /ACT/.test(c.source.id) || /ACT/.test(c.target.id))).toBe(false);
  });
});

describe("a monarch who reigned over a state in the text's year", () => {
  const text = "Tsar Nicholas received the envoys on Monday. Nicholas then sent troops against Sweden, and the Tsar warned Britain to stay out.";

  it("reads 'Tsar Nicholas', 'Nicholas' and 'the Tsar' of 1827 as Russia", () => {
    const cs = suggest(text, fresh, { sourceDate: "1827-05-10" });
    expect(ofPair(cs, "RUS", "SWE").length).toBeGreaterThan(0);
    expect(ofPair(cs, "RUS", "GBR").length).toBeGreaterThan(0);
    expect(ids(cs).has("TSARNICHOLAS")).toBe(false);
  });

  it("gives 'the Emperor' to no state when two emperors are named", () => {
    const two = "Emperor Nicholas met Emperor Ferdinand at the border on Monday. The Emperor then threatened Sweden.";
    const cs = suggest(two, fresh, { sourceDate: "1840-05-10" });
    const then = (c: Candidate) => c.quote.startsWith("The Emperor then");
    expect(ofPair(cs, "RUS", "SWE").filter(then)).toEqual([]);
    expect(ofPair(cs, "AUT", "SWE").filter(then)).toEqual([]);
  });

  it("leaves a tsar of that name outside the reign a person of his own, as before", () => {
    const cs = suggest(text, fresh, { sourceDate: "1860-05-10" });
    expect(ofPair(cs, "RUS", "SWE")).toEqual([]);
    expect(ids(cs).has("TSARNICHOLAS")).toBe(true);
  });
});
