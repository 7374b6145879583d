/**
 * The eighty-second round. A sentence's cap limits how often a sentence speaks, not which pairs it
 * may name: past the readings a sentence keeps, each pair's reading with a cue is still offered when
 * no kept reading names its pair ("Finland, Estonia, Latvia, Lithuania and Poland drew up a
 * convention on mutual support": ten pairs, all of them offered). And what is "mutual" is the listed subjects' with each other, not one of them with
 * the owner of the border they stand along. Wording of its own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const relationTypes = (DEFAULT_DATASET_JSON as Dataset).relationTypes;
const fresh: SuggestDataset = { actors: [], relationTypes };
const pairOf = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => pairOf(c) === [x, y].sort().join("-"));

const FIVE = ["FIN", "EST", "LVA", "LTU", "POL"];
const pairsOf = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as const));

describe("a sentence's cap limits its repeats, not the pairs it names", () => {
  it("offers every pair of five states listed as the subjects of a mutual deed", () => {
    const cs = suggest("At a conference in Helsinki last month, Finland, Estonia, Latvia, Lithuania and Poland drew up a convention on mutual support.", fresh, { sourceDate: "1920-02-02" });
    for (const [x, y] of pairsOf(FIVE)) {
      const read = between(cs, x, y);
      expect(read.length, `${x}–${y}`).toBeGreaterThan(0);
      expect(read[0]!.type).toBe("partnership");
      expect(read[0]!.cue?.text).toBe("support");
    }
  });

  it("offers two of one list past the cap only when the sentence says their deed is mutual", () => {
    const cs = suggest("Finland, Estonia, Latvia, Lithuania and Poland signed a treaty with Sweden.", fresh, { sourceDate: "1920-02-02" });
    // Co-signers, each read with the third: the five pairs with Sweden.
    expect(cs.filter((c) => c.source.id !== "SWE" && c.target.id !== "SWE")).toEqual([]);
    expect(cs).toHaveLength(5);
  });

  it("offers each pair once: the pairs past the sentence's cap are ones no kept reading names", () => {
    const cs = suggest("Finland, Estonia, Latvia, Lithuania and Poland drew up a convention on mutual support.", fresh, { sourceDate: "1920-02-02" });
    const pairs = cs.map(pairOf);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.length).toBe(10);
  });

  it("still leaves out a bare co-mention past the cap that is not strong", () => {
    // Seven actors, twelve readings, none with a cue (0.20–0.31): the text's cap keeps five.
    const cs = suggest("Delegates from Chile sat near those from Peru on Monday, while Ecuador's sat beside Uruguay's and Paraguay's, and Bolivia's stayed at the back near Brazil's.", fresh, { sourceDate: "2020-01-01" });
    expect(cs.every((c) => c.cue === null)).toBe(true);
    expect(cs).toHaveLength(5);
  });

  it("keeps a caller's own caps as they are", () => {
    const text = "Finland, Estonia, Latvia, Lithuania and Poland drew up a convention on mutual support.";
    expect(suggest(text, fresh, { sourceDate: "1920-02-02", maxCandidates: 3 })).toHaveLength(3);
    expect(suggest(text, fresh, { sourceDate: "1920-02-02", perSentence: 4 })).toHaveLength(4);
  });
});

describe("what is mutual is the listed subjects' with each other", () => {
  const text = "At a conference in Helsinki last month, Finland, Estonia, Latvia, Lithuania and Poland discussed a defensive league of the states along Russia's western border and drew up a convention on mutual support.";

  it("reads no bond of a listed state with the owner of the border they stand along", () => {
    const cs = suggest(text, fresh, { sourceDate: "1920-02-02" });
    for (const x of FIVE) expect(between(cs, x, "RUS").filter((c) => c.cue?.text === "support"), x).toEqual([]);
    // … and the listed states' mutual support comes first.
    expect(FIVE).toContain(cs[0]!.source.id);
    expect(FIVE).toContain(cs[0]!.target.id);
  });

  it("leaves a party named after the mutual cue a party", () => {
    const cs = suggest("Finland and Estonia signed a mutual defence pact with Latvia.", fresh, { sourceDate: "1920-02-02" });
    expect(between(cs, "FIN", "LVA")[0]?.type).toBe("alliance");
    expect(between(cs, "EST", "LVA")[0]?.type).toBe("alliance");
  });

  it("leaves the state whose government the listed save a party", () => {
    const cs = suggest("Angola, Zimbabwe and Namibia sent troops to save Chad's government under the mutual-defence commitments of their pact.", fresh, { sourceDate: "1998-08-20" });
    for (const x of ["AGO", "ZWE", "NAM"]) expect(between(cs, x, "TCD")[0]?.type, x).toBe("alliance");
  });
});

describe("driving an enemy out and hunting it are hostility", () => {
  it("reads 'drove X from' across a relative clause, and 'drove X out'", () => {
    const long = suggest("Ethiopia drove the Islamic Courts Union, which had seized Mogadishu and much of the south, from the capital within days.", fresh, { sourceDate: "2008-08-19" });
    expect(between(long, "ETH", "ISLAMICCOURTSUNION")[0]?.type).toBe("hostility");
    const out = suggest("In January Saudi and Qatari forces drove Iraq's troops out of Khafji.", fresh, { sourceDate: "1991-03-03" });
    expect(between(out, "QAT", "IRQ")[0]?.sign).toBe(-1);
  });

  it("reads 'routed', 'hunted' and 'in pursuit of' as hostility", () => {
    const routed = suggest("Austrian troops routed the Neapolitan army at Tolentino.", fresh, { sourceDate: "1815-06-09" });
    expect(between(routed, "AUT", "NAPLES").length + between(routed, "AUT", "ITA").length).toBeGreaterThan(0);
    expect([...between(routed, "AUT", "NAPLES"), ...between(routed, "AUT", "ITA")][0]!.cue?.text).toBe("routed");
    const hunted = suggest("Youths loyal to the president hunted French citizens through Abidjan, and Ivory Coast's army did nothing.", fresh, { sourceDate: "2007-03-04" });
    expect(between(hunted, "FRA", "CIV")[0]?.sign).toBe(-1);
    const pursuit = suggest("Burundi's army has crossed the border in pursuit of the rebels of the Forces for the Defence of Democracy (FDD).", fresh, { sourceDate: "1999-07-10" });
    const read = between(pursuit, "BDI", "FDD");
    expect(read[0]?.type).toBe("hostility");
    expect(read[0]?.cue?.text).toBe("in pursuit of");
  });

  it("pairs the one driven with the others, and no two others with each other", () => {
    const cs = suggest("Troops from Morocco and Tunisia fought under a mandate the United Nations gave in May to drive Togo out of Mali.", fresh, { sourceDate: "2020-06-01" });
    expect(between(cs, "UN", "TGO")[0]?.type).toBe("hostility");
    for (const [x, y] of [["UN", "MLI"], ["TUN", "UN"], ["MAR", "UN"]] as const) expect(between(cs, x, y).filter((c) => c.cue?.text.startsWith("drive")), `${x}–${y}`).toEqual([]);
  });

  it("reads the pursuer with the pursued and the driver with the driven, not a place or another clause's actor", () => {
    const cs = suggest("In the south, Ethiopia drove the Islamic Courts Union, which had seized Mogadishu and much of the south, from the capital within days, and Burundi's army has crossed the border in pursuit of the rebels of the Forces for the Defence of Democracy (FDD).", fresh, { sourceDate: "2008-08-19" });
    expect(between(cs, "ETH", "ISLAMICCOURTSUNION")[0]?.type).toBe("hostility");
    expect(between(cs, "BDI", "FDD")[0]?.type).toBe("hostility");
    for (const [x, y] of [["ETH", "SOM"], ["ISLAMICCOURTSUNION", "BDI"], ["SOM", "BDI"], ["ISLAMICCOURTSUNION", "FDD"]] as const) expect(between(cs, x, y).filter((c) => c.type === "hostility"), `${x}–${y}`).toEqual([]);
  });

  it("leaves a plain drive no cue", () => {
    const cs = suggest("The French president drove from the airport to meet the Malian leader in Bamako.", fresh, { sourceDate: "2013-02-02" });
    expect(cs.filter((c) => c.cue?.text.startsWith("drove")).length).toBe(0);
  });
});

describe("a description whose names follow after a dash heads them", () => {
  it("reads 'The alliance — A, B and C —' as an alliance of the three, though a name holds the word", () => {
    const cs = suggest("The alliance — the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army (AA) — launched Operation 1027 in northern Shan state.", fresh, { sourceDate: "2024-01-12" });
    for (const [x, y] of [["MNDAA", "TNLA"], ["MNDAA", "AA"], ["TNLA", "AA"]] as const) {
      const read = between(cs, x, y);
      expect(read[0]?.type, `${x}–${y}`).toBe("alliance");
      expect(read[0]?.cue?.text).toBe("alliance");
    }
  });

  it("still reads 'the alliance' after its name as that name again", () => {
    const cs = suggest("The Myanmar National Democratic Alliance Army (MNDAA) seized Laukkai in January. Since then the alliance has fought the army of Myanmar.", fresh, { sourceDate: "2024-01-12" });
    expect(between(cs, "MNDAA", "MMR").some((c) => c.sentence === 1 && c.sign === -1)).toBe(true);
  });
});

describe("the members an alliance lists after its name", () => {
  const text = "The Great Powers remain divided into two rival camps, the Triple Alliance of Germany, Austria-Hungary and Italy and the Triple Entente of Britain, France and Russia.";

  it("are its members, not its rivals", () => {
    const cs = suggest(text, fresh, { sourceDate: "1913-05-30" });
    const body = (id: string) => cs.find((c) => c.type === "membership" && c.source.id === id);
    for (const id of ["DEU", "AUT", "ITA"]) expect(body(id)?.target.label, id).toBe("Triple Alliance");
    for (const id of ["GBR", "FRA", "RUS"]) expect(body(id)?.target.label, id).toBe("Triple Entente");
  });

  it("are each offered with each other co-member past the sentence's cap", () => {
    const cs = suggest(text, fresh, { sourceDate: "1913-05-30" });
    for (const [x, y] of [["DEU", "ITA"], ["GBR", "RUS"], ["DEU", "AUT"], ["FRA", "RUS"]] as const) expect(between(cs, x, y).length, `${x}–${y}`).toBeGreaterThan(0);
  });
});

describe("driving out and pursuit across two sentences", () => {
  it("reads no one of the sentence before as the driver", () => {
    const cs = suggest("Britain, France and Russia form the Triple Entente. In the south, Ethiopia drove the Islamic Courts Union, which had seized Mogadishu, from the capital within days.", fresh, { sourceDate: "2008-08-19" });
    expect(between(cs, "ETH", "ISLAMICCOURTSUNION")[0]?.type).toBe("hostility");
    for (const x of ["GBR", "FRA", "RUS"]) expect(between(cs, x, "ISLAMICCOURTSUNION").filter((c) => c.cue?.text.startsWith("drove")), x).toEqual([]);
  });
});

describe("being part of a body and being counted as its member", () => {
  it("reads 'is part of' a body as membership, the body the one after 'of'", () => {
    const cs = suggest("Chad is part of the Economic Community of Central African States.", fresh, { sourceDate: "2013-01-11" });
    const read = between(cs, "TCD", "ECCAS");
    expect(read[0]?.type).toBe("membership");
    expect(read[0]?.source.id).toBe("TCD");
  });

  it("reads no membership from a part of anything but a body", () => {
    const cs = suggest("The deal is part of Russia's plan for Armenia.", fresh, { sourceDate: "2013-01-11" });
    expect(cs.filter((c) => c.type === "membership")).toEqual([]);
    expect(cs.filter((c) => c.cue?.text === "is part of")).toEqual([]);
  });

  it("reads the one a body counts as a member as its member, not the states it brings together", () => {
    const cs = suggest("The Melanesian Spearhead Group, which brings together Papua New Guinea, Vanuatu, Solomon Islands and Fiji and counts the FLNKS as a full member, has championed the Kanak cause.", fresh, { sourceDate: "1998-05-05" });
    const counted = cs.filter((c) => c.cue?.text === "counts the FLNKS as a full member");
    expect(counted).toHaveLength(1);
    expect(counted[0]!.source.id).toBe("FLNKS");
    expect(counted[0]!.target.label).toBe("Melanesian Spearhead Group");
    expect(counted[0]!.type).toBe("membership");
    // … no weak guess for the four states named between the body and its counting.
    expect(counted[0]!.score).toBeGreaterThan(0.5);
  });
});
