/**
 * The thirtieth round's mechanisms, on wording of their own (not the fixtures'): a body named after
 * the city where it first met and the organization it belongs to ("The Lima Group of the
 * Organization of American States (OAS)"), the states that chair it ("which is co-chaired by Brazil,
 * Chile and the United States"), and the verb after that relative clause, which is the body's.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const learned = (text: string) => learnNames(text, buildGazetteer([])).map((n) => n.actor.id);

const LIMA =
  "Peru and Ecuador fought a border war in the Andes for a month. The Lima Group of the Organization of American States (OAS), which is co-chaired by Brazil, Chile and the United States, has mediated between the two governments since 1995 without a settlement. Ecuador later accused Peru of moving troops.";

describe("a body named after a city, of an organization with its acronym", () => {
  it("learns the body apart from the organization ('The Lima Group of the Organization of American States (OAS)')", () => {
    const ids = learned(LIMA);
    expect(ids).toContain("LIMAGROUP");
    expect(ids.some((id) => id.startsWith("OAS-"))).toBe(false);
  });

  it("a city's name before a body's head word is no state's ('the Quito Committee met')", () => {
    expect(learned("The Quito Committee met on Monday. Peru and Ecuador signed a truce.")).toContain("QUITOCOMMITTEE");
  });

  it("a long organization's name after 'of the' is no part of the body's ('The Quito Group of the Organization for Peace and Security in the Andes (OPSA)')", () => {
    const ids = learned("Peru and Ecuador fought a border war. The Quito Group of the Organization for Peace and Security in the Andes (OPSA), which is chaired by Chile, met on Monday.");
    expect(ids).toContain("QUITOGROUP");
    expect(ids.some((id) => id.startsWith("QUITOGROUPOF"))).toBe(false);
  });

  it("keeps a city alone as its state's ('talks in Quito')", () => {
    expect(learned("Peru and Ecuador held talks in Quito on Monday.")).toEqual([]);
  });
});

describe("a body chaired by others", () => {
  const cs = suggest(LIMA, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });

  it("makes each listed chair a member of the body, the right way round ('which is co-chaired by Brazil, Chile and the United States')", () => {
    for (const member of ["BRA", "CHL", "USA"]) {
      const m = between(cs, member, "LIMAGROUP").find((c) => c.type === "membership");
      expect(m?.source.id).toBe(member);
    }
  });

  it("reads 'chaired by' the same ('a commission, chaired by Chile')", () => {
    const text = "Peru and Ecuador fought a border war in the Andes for a month. The Quito Commission, which is chaired by Chile, met on Monday. Ecuador later accused Peru of moving troops.";
    const other = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(between(other, "CHL", "QUITOCOMMISSION").some((c) => c.type === "membership" && c.source.id === "CHL")).toBe(true);
  });
});

describe("the verb after a relative clause", () => {
  const cs = suggest(LIMA, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });

  it("is the antecedent's: the body mediates between the two governments", () => {
    for (const party of ["PER", "ECU"]) expect(between(cs, "LIMAGROUP", party).some((c) => c.type === "mediation" && c.source.id === "LIMAGROUP")).toBe(true);
  });

  it("not the others' the clause names: the chairs' mediation is read weaker than the body's", () => {
    const body = between(cs, "LIMAGROUP", "PER").find((c) => c.type === "mediation")!;
    const chair = between(cs, "USA", "PER").find((c) => c.type === "mediation");
    expect(chair === undefined || chair.score < body.score).toBe(true);
  });

  it("a clause's list of names goes on past its commas ('which is backed by Chile, Bolivia and Brazil, has attacked …')", () => {
    const text = "Peru and Ecuador fought a border war in the Andes for a month. The Andean Liberation Front, which is backed by Chile, Bolivia and Brazil, has attacked Peru on Monday. Ecuador later accused Peru of moving troops.";
    const other = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    const front = between(other, "ANDEANLIBERATIONFRONT", "PER").find((c) => c.type === "hostility");
    const brazil = between(other, "BRA", "PER").find((c) => c.type === "hostility");
    expect(front).toBeDefined();
    expect(brazil === undefined || brazil.score < front!.score).toBe(true);
  });
});

describe("an apposition that names a body's ally or partner", () => {
  const text = "Peru and Ecuador fought a border war in the Andes. Washington has pressed hard for a deal with Chile, its OAS ally, and urged both countries to press ahead. Ecuador later accused Peru of moving troops.";
  const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });

  it("makes the one described a member of the body ('Chile, its OAS ally')", () => {
    expect(between(cs, "CHL", "OAS").some((c) => c.type === "membership" && c.source.id === "CHL")).toBe(true);
  });

  it("reads 'their … partner' the same ('Bolivia, their Mercosur partner')", () => {
    const other = suggest(text.replace("Chile, its OAS ally", "Bolivia, their Mercosur partner"), fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(between(other, "BOL", "MERCOSUR").some((c) => c.type === "membership" && c.source.id === "BOL")).toBe(true);
  });

  it("the body only qualifies the bond: no one else's ally", () => {
    for (const other of ["PER", "ECU", "USA"]) expect(between(cs, "OAS", other).some((c) => c.type === "alliance")).toBe(false);
  });
});

describe("a group or force named with a known organization", () => {
  const kinds = (text: string) => new Map(learnNames(text, buildGazetteer([])).map((n) => [n.actor.id, n.actor.kind]));

  it("is that organization's organ, no armed group ('A U.N. Border Observer Group (UNBOG)')", () => {
    const k = kinds("Peru and Ecuador signed a truce. A U.N. Border Observer Group (UNBOG) of soldiers will watch it, and the Andean Liberation Group (ALG) rejected it.");
    expect(k.get("UNBOG")).toBe("organization");
    expect(k.get("ALG")).toBe("non-state");
  });

  it("so 'the rebels' is not it", () => {
    const text = "Peru and Ecuador signed a truce on Friday. The Andean Liberation Front (ALF) rejected the truce. A U.N. Border Observer Group (UNBOG) of soldiers will watch the border. Brazil has sent the rebels weapons since 1990.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(cs.some((c) => (c.source.id === "UNBOG" && c.source.referredAs === "the rebels") || (c.target.id === "UNBOG" && c.target.referredAs === "the rebels"))).toBe(false);
  });
});

describe("a body named as the place of the parties' deed", () => {
  it("hosts it as a go-between of each signer ('signed agreements at the United Nations')", () => {
    const text = "Peru, Ecuador and Chile signed agreements at the United Nations on Thursday that are to end the war.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    for (const party of ["PER", "ECU", "CHL"]) expect(between(cs, "UN", party).some((c) => c.type === "mediation" && c.source.id === "UN")).toBe(true);
  });
});

describe("a body of a state whose name opens with a people-word", () => {
  it("keeps the people-word as the name's first word ('The Peruvian National Committee of Chile')", () => {
    const ids = learned("Peru and Ecuador signed a truce on Friday. The Peruvian National Committee of Chile, a lobby of the diaspora, said Lima had been pressured.");
    expect(ids).toContain("PERUVIANNATIONALCOMMITTEEOFCHILE");
  });
});

describe("a party's one-word qualifier in brackets", () => {
  it("names the party as 'the Maoists' and 'the Maoist rebels', before the text names it in full", () => {
    const text = "LIMA, May 2, 2001 — Peru's government and the Maoist rebels signed a peace agreement on Tuesday, ending a long insurgency. The agreement between the government and the Communist Party of Peru (Maoist) commits both sides to end all hostilities. Once their arms are stored, the Maoists will join an interim parliament.";
    const cs = suggest(text, fresh, { sourceDate: "2001-05-02", maxCandidates: 40 });
    const lede = between(cs, "PER", "COMMUNISTPARTYOFPERUMAOIST").filter((c) => c.quote.startsWith("LIMA"));
    expect(lede.length).toBeGreaterThan(0);
  });
});

describe("witnesses of a signing", () => {
  const text = "Peru and Ecuador signed a peace agreement in Lima on Friday. Chile, Argentine Foreign Minister Jorge Vega and Spain's foreign minister, Ana Ruiz, attended as witnesses. Ecuador later accused Peru of moving troops.";
  const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });

  it("stand between the signers ('… attended as witnesses')", () => {
    for (const witness of ["CHL", "ARG", "ESP"]) expect(between(cs, witness, "PER").some((c) => c.type === "mediation" && c.source.id === witness && c.quote.includes("witnesses"))).toBe(true);
  });

  it("are not each other's go-betweens", () => {
    expect(between(cs, "CHL", "ARG").some((c) => c.type === "mediation")).toBe(false);
    expect(between(cs, "ARG", "ESP").some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("what 'but' denies after a bond", () => {
  it("is the pair's standing ('Peru recognised Ecuador's independence in 1991 but never established diplomatic ties')", () => {
    const cs = suggest("Peru and Ecuador fought a border war. Peru recognised Ecuador's independence in 1991 but never established diplomatic ties.", fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    const best = between(cs, "PER", "ECU").filter((c) => c.quote.startsWith("Peru recognised")).sort((x, y) => y.score - x.score)[0];
    expect(best?.type).toBe("estrangement");
  });

  it("not a denied hostile deed after a hostile one ('demanded that the rebels leave but has not moved against them')", () => {
    const text = "Peru's army fought the Shining Front (SF) in the Andes. Bolivia has demanded that the SF leave its territory but has not moved against it.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    const best = between(cs, "BOL", "SF").sort((x, y) => y.score - x.score)[0];
    expect(best === undefined || best.type !== "partnership").toBe(true);
  });
});

describe("a go-between named after the fighters' verb", () => {
  it("is no side of their war ('Peru and Ecuador fought a war … before a ceasefire brokered by Brazil')", () => {
    const text = "Peru and Ecuador fought a war over the border in which thousands were killed before a ceasefire brokered by Brazil in 1995.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    for (const side of ["PER", "ECU"]) expect(between(cs, "BRA", side).some((c) => c.type === "hostility")).toBe(false);
  });

  it("but a quarrel with one named after the verb stays ('sided with Chile and Bolivia in their quarrel with Brazil')", () => {
    const text = "Brazil brokered a ceasefire between Peru and Ecuador in 1995, but Lima later sided with Chile and Bolivia in their quarrel with Brazil.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(between(cs, "CHL", "BRA").some((c) => c.type === "estrangement" || c.type === "hostility")).toBe(true);
  });
});
