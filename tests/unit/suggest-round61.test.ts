/**
 * The sixty-first round's mechanisms, on wording of its own (not the fixtures'): the second of two
 * verb phrases of one named subject speaks of that subject, not of the first verb's object (pairs.ts,
 * `secondPhraseOfSubject`); "and has since sought" is such a second phrase (`coordinatedPredicates`);
 * relations that enclose a name speak of it and their holder, not of one named after them
 * (`relationsEnclose`); the ones listed after "chairmanship of" chair a go-between, no parties to
 * its mediation (`chairsListed`).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-03-01" });

describe("the second of two verb phrases of one subject", () => {
  it("does not pair the first verb's object with the second phrase's object", () => {
    const cs = read("Ghana froze its membership of ECOWAS last year and has sought warmer relations with Benin.");
    expect(ofPair(cs, "ECOWAS", "BEN").filter((c) => c.type === "partnership")).toEqual([]);
    expect(ofPair(cs, "GHA", "BEN").map((c) => c.type)).toEqual(["partnership"]);
  });

  it("does so after a hostile first verb too", () => {
    const cs = read("Ghana condemned Togo and has sought closer ties with Benin.");
    expect(ofPair(cs, "TGO", "BEN").filter((c) => c.sign === 1)).toEqual([]);
    expect(ofPair(cs, "GHA", "BEN").map((c) => c.sign)).toEqual([1]);
  });

  it("still pairs the two objects when no subject is named before the first verb", () => {
    const cs = read("It condemned Togo and has sought closer ties with Benin.");
    expect(ofPair(cs, "TGO", "BEN").length).toBeGreaterThan(0);
  });

  it("takes 'and has since sought' as a second phrase of the subject", () => {
    const cs = read("Ghana left ECOWAS in 2020 and has since sought closer ties with Benin.");
    expect(ofPair(cs, "GHA", "BEN").map((c) => c.sign)).toEqual([1]);
    expect(ofPair(cs, "ECOWAS", "BEN").filter((c) => c.type === "partnership")).toEqual([]);
  });
});

describe("relations that enclose a name, and one named after them", () => {
  it("reads the holder and the one enclosed, not the one named after the worsening", () => {
    const cs = read("Ghana's relations with Togo have soured since Benin's offensive.");
    expect(ofPair(cs, "GHA", "TGO").map((c) => c.type)).toEqual(["estrangement"]);
    expect(ofPair(cs, "TGO", "BEN").filter((c) => c.type === "estrangement")).toEqual([]);
    expect(ofPair(cs, "GHA", "BEN").filter((c) => c.type === "estrangement")).toEqual([]);
  });

  it("still reads a speaker named after a comma as a party (by its own route: passes with the rule undone too)", () => {
    const cs = read("Relations with Togo have soured, Benin said.");
    expect(ofPair(cs, "TGO", "BEN").map((c) => c.type)).toEqual(["estrangement"]);
  });
});

describe("the ones listed after 'chairmanship of' a go-between", () => {
  it("are not read as mediated by it, nor as mediating between each other", () => {
    const cs = read("The group had mediated between the two since 1992 under the joint chairmanship of Ghana, Togo and Benin.");
    const mediations = cs.filter((c) => c.type === "mediation");
    expect(mediations).toEqual([]);
  });

  it("are not read as parties to a named body's mediation", () => {
    const cs = read("ECOWAS had mediated between them under the co-chairmanship of Ghana and Togo.");
    expect(ofPair(cs, "ECOWAS", "GHA").filter((c) => c.type === "mediation")).toEqual([]);
    expect(ofPair(cs, "ECOWAS", "TGO").filter((c) => c.type === "mediation")).toEqual([]);
  });

  it("leaves the parties named after 'between' mediated", () => {
    const cs = read("Ghana mediated between Togo and Benin under the chairmanship of its president.");
    expect(ofPair(cs, "GHA", "TGO").map((c) => c.type)).toEqual(["mediation"]);
  });
});
