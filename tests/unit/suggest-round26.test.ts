/**
 * The twenty-sixth round's mechanisms, on wording of their own (not the fixtures'): "Centre" as the
 * head of a body's name (not of a venue's); a government of a region named after a state's compass
 * point ("the Government of Northern Nigeria"); a body's mission described in lower case with the place
it serves and an acronym in parentheses ("the African Union mission in Chad (MAUTC)"); a person the
list of leaders reads as a state, whose possessive opens a party's name ("Pashinyan's Civil Contract
Party (CCP)"), speaks for that party, and the possessive is no part of the name; a verb of pressing
whose object is both parties ("pressed both camps", "press both the RP and the BM") makes its subject
their go-between, and says nothing with any other object; "never" negates its own verb, not a second
verb of its own tense after "and"; joining is joining the actor named right after the verb, and
joining a state ("joined Peru in urging …") makes no member of a body; carrying messages between two
actors is a go-between's errand; a person an actor names as its envoy speaks for that actor;
"the chairman of" a body is its member, the name it describes right before it; an acronym in
parentheses may carry a word after a hyphen ("(ODM-Kenya)").
 */
import { describe, expect, it } from "vitest";
import { WEAK_SCORE } from "../../src/model/suggest/suggest.ts";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { suggestWithNames } from "../../src/model/suggest/unrecognised.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));

describe("a Centre as a body's head word", () => {
  it("names a foundation the text writes with it", () => {
    const text = "Peru and Ecuador signed a truce in Lima. The Morrow Centre, a foundation run by a retired diplomat, helped Peru and Ecuador draft the accord.";
    expect(ids(suggest(text, fresh, { sourceDate: "1998-10-26" })).has("MORROWCENTRE")).toBe(true);
  });

  it("not a venue", () => {
    const text = "Peru and Ecuador signed a truce at the Alvarado Convention Centre. The Alvarado Convention Centre welcomed Peru and Ecuador.";
    expect([...ids(suggest(text, fresh, { sourceDate: "1998-10-26" }))].some((id) => id.includes("CENTRE"))).toBe(false);
  });

  it("leaves a party's name before its lower-case head to that head ('his Liberty Centre party')", () => {
    const text = "Peru signed the deal with Ecuador, but the former president and his Liberty Centre party denounced Peru for it.";
    const party = suggest(text, fresh, { sourceDate: "1998-10-26" }).flatMap((c) => [c.source, c.target]).find((a) => a.id === "LIBERTYCENTRE");
    expect(party?.aliases ?? []).toContain("Liberty Centre party");
  });
});

describe("a government of a region named by a compass word and a state", () => {
  it("is one name, not the state", () => {
    const text = "Talks between Chad and Niger opened in Kano under the mediation of the Government of Northern Nigeria, which hosts the two delegations.";
    const cs = suggest(text, fresh, { sourceDate: "2004-03-01" });
    const pair = cs.filter((c) => [c.source.id, c.target.id].includes("GOVERNMENTOFNORTHERNNIGERIA") && [c.source.id, c.target.id].includes("TCD"));
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("mediation");
  });
});

describe("a body's mission described in lower case, with its acronym", () => {
  it("names the mission by its acronym, the body and the place inside the description no parties there", () => {
    const text = "Rebels of the Popular Front attacked troops of the African Union mission in Chad (MAUTC) near Abeche. The Popular Front later denounced the MAUTC.";
    const cs = suggest(text, fresh, { sourceDate: "2009-03-01" });
    const named = ids(cs);
    expect(named.has("MAUTC")).toBe(true);
    expect(named.has("AU")).toBe(false);
    expect(named.has("TCD")).toBe(false);
  });
});

describe("a person's possessive before a party's name", () => {
  const text = "YEREVAN — Nikol Pashinyan and the opposition leader Robert Kocharyan met on Monday. Talks between Pashinyan's Civil Contract Party (CCP) and Kocharyan's Armenia Alliance (AA) broke down. Pashinyan accused Kocharyan of plotting a coup.";

  it("is no part of the party's name", () => {
    const cs = suggest(text, fresh, { sourceDate: "2021-06-01" });
    const party = cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "CCP");
    expect(party?.label).toBe("Civil Contract Party");
  });

  it("makes the person, whom the list of leaders reads as a state, speak for the party", () => {
    const cs = suggest(text, fresh, { sourceDate: "2021-06-01" });
    const accused = cs.find((c) => c.cue?.text === "accused");
    expect(accused && [accused.source.id, accused.target.id].sort()).toEqual(["AA", "CCP"]);
  });

  it("keeps the owner, the party and its acronym one member of a 'between' list", () => {
    const text = "YEREVAN — Nikol Pashinyan and the opposition leader Robert Kocharyan met on Monday. A Norwegian panel has led talks between Pashinyan's Civil Contract Party (CCP) and Kocharyan's Armenia Alliance (AA) since May.";
    const cs = suggest(text, fresh, { sourceDate: "2021-06-01" });
    expect(cs.some((c) => c.type === "mediation" && [c.source.id, c.target.id].sort().join() === "AA,CCP")).toBe(false);
    expect(cs.some((c) => c.type === "mediation" && [c.source.id, c.target.id].sort().join() === "AA,NOR")).toBe(true);
  });

  it("leaves the owner, not the owner and the party, in the names list", () => {
    const text = "The UTO is an alliance led by Nuri's Islamic Renewal Party (IRP) that also includes the Democratic Party of Tajikistan. Said Abdullo Nuri met the president. Nuri said the IRP would attend.";
    const names = suggestWithNames(text, fresh, { sourceDate: "2003-01-01" }).names.map((n) => n.name);
    expect(names.some((n) => n.includes("Renewal"))).toBe(false);
  });

  it("keeps a possessive the acronym needs ('the Lord's Salvation Army (LSA)')", () => {
    const cs = suggest("Uganda fought the Lord's Salvation Army (LSA) for years, and the LSA attacked Gulu.", fresh, { sourceDate: "2001-06-01" });
    expect(cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "LSA")?.label).toBe("Lord's Salvation Army");
  });
});

describe("pressing both parties", () => {
  const opening = "The Red Party (RP) and the Blue Movement (BM) signed a deal on Monday after weeks of talks. The RP and the BM had fought for months. ";
  const mediation = (cs: Candidate[], a: string, b: string) => cs.some((c) => c.type === "mediation" && [c.source.id, c.target.id].includes(a) && [c.source.id, c.target.id].includes(b));

  it("makes the presser a go-between of both, told as a counted group", () => {
    const cs = suggest(`${opening}Britain pressed both camps to compromise.`, fresh, { sourceDate: "2008-01-01" });
    expect(mediation(cs, "GBR", "RP")).toBe(true);
    expect(mediation(cs, "GBR", "BM")).toBe(true);
  });

  it("and told by their names after 'both'", () => {
    const cs = suggest(`${opening}Italy will press both the RP and the BM to keep the peace.`, fresh, { sourceDate: "2008-01-01" });
    expect(mediation(cs, "ITA", "RP")).toBe(true);
    expect(mediation(cs, "ITA", "BM")).toBe(true);
  });

  it("not when one actor is pressed", () => {
    const cs = suggest(`${opening}Spain urged the RP to disarm.`, fresh, { sourceDate: "2008-01-01" });
    expect(mediation(cs, "ESP", "RP")).toBe(false);
    expect(mediation(cs, "ESP", "BM")).toBe(false);
  });
});

describe("'never' and a second verb after 'and'", () => {
  it("leaves the second verb unnegated", () => {
    const cs = suggest("Chile, which never accepted the junta and broke off diplomatic relations with Peru in 1990, has offered aid.", fresh, { sourceDate: "1999-09-20" });
    const pair = cs.filter((c) => [c.source.id, c.target.id].sort().join() === "CHL,PER");
    expect(pair[0]?.type).toBe("estrangement");
  });

  it("still negates a verb it governs", () => {
    const cs = suggest("Chile has never broken off diplomatic relations with Peru.", fresh, { sourceDate: "1999-09-20" });
    expect(cs.some((c) => c.type === "estrangement" && [c.source.id, c.target.id].includes("PER"))).toBe(false);
  });
});

describe("joining an actor", () => {
  it("makes no member of a body the sentence names elsewhere when the one joined is a state", () => {
    const text = "The Liberty Party (LP) and the Unity Front (UF) signed a deal after talks. The LP and the UF had fought for months. Chile withheld aid from the LP and joined Peru in urging the LP to disarm.";
    const cs = suggest(text, fresh, { sourceDate: "2008-01-01" });
    expect(cs.filter((c) => c.type === "membership")).toEqual([]);
  });

  it("still reads joining a body as membership", () => {
    const cs = suggest("Chile joined the Andean Trade Union (ATU) in May, after Peru had left the Unity Front (UF).", fresh, { sourceDate: "2008-01-01" });
    expect(cs.some((c) => c.type === "membership" && [c.source.id, c.target.id].sort().join() === "ATU,CHL")).toBe(true);
  });
});

describe("carrying messages between two actors", () => {
  it("is mediation with each", () => {
    const cs = suggest("Since the border war began, Norway has quietly relayed messages between Peru and Ecuador.", fresh, { sourceDate: "1995-03-01" });
    for (const party of ["PER", "ECU"]) expect(cs.some((c) => c.type === "mediation" && [c.source.id, c.target.id].sort().join() === ["NOR", party].sort().join()), party).toBe(true);
  });
});

describe("a person named as an actor's envoy", () => {
  it("speaks for the actor that named them, not the state of their former office", () => {
    const text = "The African Union has named former Nigerian President Olu Bako as its special envoy. Bako will press both Chad and Sudan to settle the border war.";
    const cs = suggest(text, fresh, { sourceDate: "2006-12-04" });
    expect(cs.some((c) => c.type === "mediation" && [c.source.id, c.target.id].sort().join() === "AU,TCD")).toBe(true);
    // (Since the seventy-ninth round a weak guess joins "Nigerian" of the first sentence and Chad of
    // the second, as it joins any two neighbouring sentences' actors; not Bako as Nigeria.)
    expect(cs.some((c) => [c.source.id, c.target.id].sort().join() === "NGA,TCD" && (c.sentence === 1 || c.score >= WEAK_SCORE))).toBe(false);
  });
});

describe("the chairman of a body", () => {
  const membership = (cs: Candidate[], a: string, b: string) => cs.some((c) => c.type === "membership" && [c.source.id, c.target.id].sort().join() === [a, b].sort().join());

  it("is the member the noun describes", () => {
    const cs = suggest("Kenya's President Mwai Odhiambo, the current chairman of the East African Union (EAU), flew to Kampala on Monday.", fresh, { sourceDate: "2008-02-28" });
    expect(membership(cs, "KEN", "EAU")).toBe(true);
  });

  it("not an actor named farther before", () => {
    const cs = suggest("Prime Minister Ilan Cohen of Israel met Samir Bako, chairman of the Liberation Council (LC), in Oslo.", fresh, { sourceDate: "1993-09-13" });
    expect(membership(cs, "ISR", "LC")).toBe(false);
  });
});

describe("an acronym with a word after a hyphen", () => {
  it("names a party of its own", () => {
    const cs = suggest("The Unity Party (UP) and the Unity Party-Reform (UP-Reform) clashed in Lima. The UP-Reform accused the UP of fraud.", fresh, { sourceDate: "2008-01-01" });
    expect(ids(cs).has("UPREFORM")).toBe(true);
  });
});
