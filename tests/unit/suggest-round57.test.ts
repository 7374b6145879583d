/**
 * The fifty-seventh round's mechanism, on wording of its own (not the fixtures'): a mediator the
 * text also names backing, arming, supporting, defending or fighting beside one party holds that
 * stance of its own; the role gives the pair no mediation twin (roles.ts `SIDING_CUES`).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

// Kenya and Somalia quarrel (two sentences); Norway convenes their talks (the role); then a sentence of Norway's own.
const quarrel = "Kenya accused Somalia of auctioning oil blocks in disputed waters. Somalia condemned Kenya for recalling its ambassador.";
const role = "Since March, rounds of talks between Kenya and Somalia have been convened by Norway in a lakeside hotel.";
// A short list, as in the fourteenth round's tests: the role's own Norway–Kenya reading is below the cap.
const later = (sentence: string) => ofPair(suggest(`${quarrel} ${role} ${sentence}`, fresh, { maxCandidates: 3 }), "NOR", "KEN").filter((c) => c.sentence === 3);

describe("a mediator that takes one party's side", () => {
  it("reads the mediator that backs a party as that party's partner, with no mediation twin", () => {
    expect(later("Norway backed Kenya in the quarrel over fishing rights.").map((c) => c.type)).toEqual(["partnership"]);
  });

  it("reads the mediator that arms a party as that party's partner, with no mediation twin", () => {
    expect(later("Norway has armed Kenya's navy since 2010.").map((c) => c.type)).toEqual(["partnership"]);
  });

  it("still gives help that takes no side a mediation twin", () => {
    expect(later("Norway helped Kenya rebuild its coast guard.").map((c) => c.type)).toEqual(["mediation", "partnership"]);
  });
});

const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-03-01", maxCandidates: 60 });
const opening = "Chad and Niger held talks in Bamako on Monday.";

describe("two listed right after one hostile verb", () => {
  it("reads the two a verb attacks as its subject's enemies, not as each other's", () => {
    const cs = read(`${opening} Ghana attacked Togo and Benin in 1998.`);
    expect(ofPair(cs, "TGO", "BEN").some((c) => c.sign === -1)).toBe(false);
    expect(ofPair(cs, "GHA", "TGO")[0]?.type).toBe("hostility");
    expect(ofPair(cs, "GHA", "BEN")[0]?.type).toBe("hostility");
  });

  it("reads no enmity between the two whose positions an unnamed attacker hits", () => {
    const cs = read(`${opening} Rebel fighters regularly attack Malian and Senegalese positions near the border.`);
    expect(ofPair(cs, "MLI", "SEN").some((c) => c.sign === -1)).toBe(false);
  });

  it("still reads two who attack each other as enemies", () => {
    const cs = read(`${opening} Togo and Benin attacked each other's border posts in 1998.`);
    expect(ofPair(cs, "TGO", "BEN")[0]?.type).toBe("hostility");
  });
});

describe("a list of subjects of one hostile verb against a third", () => {
  it("reads no two of the list as enemies, the first and the last neither", () => {
    const cs = read(`${opening} Ghana, Benin and Togo attacked Mali in 1998.`);
    for (const [x, y] of [["GHA", "TGO"], ["GHA", "BEN"], ["BEN", "TGO"]]) expect(ofPair(cs, x!, y!).some((c) => c.sign === -1), `${x}–${y}`).toBe(false);
    for (const state of ["GHA", "BEN", "TGO"]) expect(ofPair(cs, state, "MLI")[0]?.type, state).toBe("hostility");
  });

  it("still reads a list who fought each other as enemies", () => {
    const cs = read(`${opening} Ghana, Benin and Togo have fought each other since 1998.`);
    expect(ofPair(cs, "GHA", "TGO")[0]?.type).toBe("hostility");
  });
});
