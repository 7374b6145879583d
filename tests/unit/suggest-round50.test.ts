/**
 * The fiftieth round's mechanisms, on wording of their own (not the fixtures'): a one-word name
 * before a fighters' word and a party's head ("the Varka rebel alliance").
 */
import { describe, expect, it } from "vitest";
import { WEAK_SCORE } from "../../src/model/suggest/suggest.ts";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });

describe("a one-word name before 'rebel coalition', 'armed group'", () => {
  it("learns 'the Varka rebel alliance' as Varka, a non-state party written alone later", () => {
    const cs = read("The government of Niger and the Varka rebel alliance signed a truce in Niamey on Friday. Varka fighters had attacked army posts near Agadez in May.");
    const pair = between(cs, "VARKA", "NER");
    expect(pair.length).toBeGreaterThan(0);
  });
  it("learns 'the Toma armed group' the same way", () => {
    const cs = read("Mali's army fought the Toma armed group near Gao last week. Toma later agreed to talks with the government of Mali in Algiers.");
    expect(between(cs, "TOMA", "MLI").length).toBeGreaterThan(0);
  });
  it("but not a people-word or a region before the words ('the Malian rebel coalition')", () => {
    const cs = read("The Malian rebel coalition met envoys of Niger in Niamey on Friday. The talks ended without a deal.");
    expect([...cs].some((c) => c.source.id === "MALIAN" || c.target.id === "MALIAN")).toBe(false);
  });
});

describe("a description in apposition right after a name is that name, not one named before", () => {
  const referred = (cs: Candidate[]) => cs.flatMap((c) => [c.source.referredAs, c.target.referredAs]).filter((r) => r !== undefined);
  it("', the alliance of five guerrilla parties based in …' after a front does not stand for NATO named before", () => {
    const cs = read("NATO ministers met in Brussels on Monday to discuss the mission. In Kabul, the Islamic Front of Zarkan, the alliance of five guerrilla parties based in Quetta, denounced Pakistan.");
    expect(referred(cs)).not.toContain("the alliance");
    // (Since the seventy-ninth round a weak guess reads the second sentence's cue for NATO of the first.)
    expect(between(cs, "NATO", "PAK").filter((c) => c.sentence === 1 || c.score >= WEAK_SCORE)).toHaveLength(0);
  });
  it("', the alliance that speaks for …' does not stand for the UN named before", () => {
    const cs = read("The UN sent observers to the border in May. In Lahore, the Mirza Front, the alliance that speaks for six exiled parties, denounced Pakistan on Friday.");
    expect(referred(cs)).not.toContain("the alliance");
    expect(between(cs, "UN", "MIRZAFRONT").filter((c) => c.type === "partnership")).toHaveLength(0);
  });
});

describe("but a description after a name that completes another noun may be the sentence's subject", () => {
  it("'…, a Dutch official of the EU, the unarmed mission of 200 people will …' still stands for the mission named before", () => {
    const cs = read("Talks between Indonesia and the rebels will be watched by the Timor Monitoring Mission (TMM). Led by Jan Vos, a Dutch official of the EU, the unarmed mission of about 200 people will oversee the withdrawal of Indonesian troops.");
    expect(between(cs, "TMM", "IDN").some((c) => c.source.referredAs === "the unarmed mission" || c.target.referredAs === "the unarmed mission")).toBe(true);
  });
});

describe("the names list: a name after 'led by' is a person's", () => {
  it("offers 'Varlam Okudzhi' of 'a paramilitary group led by Varlam Okudzhi' as a person", () => {
    const names = unrecognisedNames("Fighting broke out near Kestan, where the Zarkan Horsemen, a paramilitary group led by Varlam Okudzhi, held the bridge. Georgia's army withdrew.", fresh, { sourceDate: "1994-05-01" });
    expect(names.find((n) => n.name === "Varlam Okudzhi")?.kind).toBe("person");
  });
});
