/**
 * The twenty-ninth round's mechanisms, on wording of their own (not the fixtures'): the members of a
 * body of go-betweens listed in the sentence after it ("… chaired a mediation team. The team
 * included …") or in its own sentence with a phrase for both parties ("a contact group … including
 * … will check that both sides keep their word") stand between the text's two parties.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const mediates = (cs: Candidate[], mediator: string, party: string) => between(cs, mediator, party).some((c) => c.type === "mediation" && c.source.id === mediator);

describe("a body of go-betweens whose members the next sentence lists", () => {
  const text =
    "Peru and Ecuador fought a border war in the Andes for a month. Peru and Ecuador signed a peace agreement on Friday after talks under the lead of Brazil, whose foreign minister chaired a mediation team. The team included Chile, Argentina, the United States and Spain. Ecuador later accused Peru of moving troops.";
  const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });

  it("reads each listed member as mediating between the parties ('The team included Chile, Argentina …')", () => {
    for (const member of ["CHL", "ARG", "USA", "ESP"]) {
      expect(mediates(cs, member, "PER")).toBe(true);
      expect(mediates(cs, member, "ECU")).toBe(true);
    }
  });

  it("reads the body named with 'of' too ('a panel of mediators. The panel comprised …')", () => {
    const other = suggest(text.replace("a mediation team. The team included", "a panel of mediators. The panel comprised"), fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(mediates(other, "ARG", "PER")).toBe(true);
  });

  it("needs the sentence before to name the body ('The team included' after no team is no list of go-betweens)", () => {
    const plain = "Peru and Ecuador fought a border war in the Andes for a month. Peru and Ecuador signed a peace agreement on Friday. The team included Chile, Argentina, the United States and Spain. Ecuador later accused Peru of moving troops.";
    const other = suggest(plain, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(mediates(other, "ARG", "PER")).toBe(false);
  });
});

describe("a contact group's members with a phrase for both parties in its sentence", () => {
  it("stand between the two, however long the list ('… and including Argentina, Bolivia and Spain … will check that both sides keep their word')", () => {
    const text =
      "Peru and Ecuador fought a border war in the Andes for a month. Peru and Ecuador signed a peace agreement on Friday. A contact group led by the foreign ministers of Brazil and Chile, and including Argentina, Bolivia and Spain as well as the Organization of American States (OAS), will meet every month to check that both sides keep their word. Ecuador later accused Peru of moving troops.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    for (const member of ["ARG", "BOL", "ESP"]) {
      expect(mediates(cs, member, "PER")).toBe(true);
      expect(mediates(cs, member, "ECU")).toBe(true);
    }
  });

  it("not a joint body that counts a party among its members ('a monitoring committee with Argentina, Bolivia and Peru … hear complaints from both sides')", () => {
    const text =
      "Peru and Ecuador fought a border war in the Andes for a month. Peru and Ecuador signed a peace agreement on Friday. A monitoring committee chaired by Brazil, with Argentina, Bolivia and Peru among its members, is to hear complaints from both sides. Ecuador later accused Peru of moving troops.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    const sentence = cs.filter((c) => c.quote.startsWith("A monitoring committee") && c.type === "mediation" && c.target.referredAs === "both sides");
    expect(sentence).toEqual([]);
  });
});

describe("a peacekeeping word's mediation", () => {
  it("is its force's or owner's, not that of two others the sentence names ('Brazil said Argentine peacekeepers would stay in Haiti')", () => {
    const cs = suggest("Brazil said on Monday that Argentine peacekeepers would stay in Haiti for another year.", fresh, { sourceDate: "2010-01-01" });
    expect(between(cs, "BRA", "HTI").some((c) => c.type === "mediation")).toBe(false);
    expect(mediates(cs, "ARG", "HTI")).toBe(true);
  });

  it("is the leader's of a force led by it ('a Kenya-led peacekeeping force would deploy in Haiti')", () => {
    const cs = suggest("Brazil said on Monday that a Kenya-led peacekeeping force would deploy in Haiti next year.", fresh, { sourceDate: "2010-01-01" });
    expect(between(cs, "BRA", "HTI").some((c) => c.type === "mediation")).toBe(false);
    expect(mediates(cs, "KEN", "HTI")).toBe(true);
  });

  it("is no mediation between the force and its owner ('United Nations peacekeepers from UNOCA')", () => {
    const cs = suggest("United Nations peacekeepers from UNOCA, the mission set up in 2001 to watch the border, were fired upon.", fresh, { sourceDate: "2010-01-01" });
    expect(between(cs, "UN", "UNOCA").some((c) => c.type === "mediation")).toBe(false);
  });

  it("makes the owner, not the speaker, the parties' go-between ('Chile said that Brazilian peacekeepers would patrol the border')", () => {
    const text = "Peru and Ecuador fought a border war in the Andes for a month. Peru and Ecuador signed a peace agreement on Friday. Chile said that Brazilian peacekeepers would patrol the border. Ecuador later accused Peru of moving troops.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26", maxCandidates: 40 });
    expect(mediates(cs, "BRA", "PER")).toBe(true);
    expect(mediates(cs, "CHL", "PER")).toBe(false);
    expect(mediates(cs, "CHL", "ECU")).toBe(false);
  });
});

describe("a listed party named again as the venue", () => {
  it("is no host of its own deed ('Peru and Ecuador signed a truce in Lima')", () => {
    const pair = between(suggest("Peru and Ecuador signed a truce in Lima.", fresh, { sourceDate: "1998-10-26" }), "PER", "ECU");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair.some((c) => c.type === "mediation")).toBe(false);
    expect(pair[0]!.type).toBe("hostility");
  });
});

describe("a truce word between the text's two parties", () => {
  it("is no mediation of one by the other ('Peru's truce with Ecuador took hold')", () => {
    const text = "Peru fought Ecuador in the Andes for a month. Peru accused Ecuador of shelling its towns. Peru's truce with Ecuador took hold on Monday.";
    const pair = between(suggest(text, fresh, { sourceDate: "1998-10-26" }), "PER", "ECU");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair.some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("a front that brings together named bodies", () => {
  const text = "The Liberation Front (LF), which brings together the separatist Northern Movement (NM), the Unity Council (UC) and the Desert Party (DP), boycotted the talks on Monday.";
  const cs = suggest(text, fresh, { sourceDate: "2010-01-01" });

  it("is made of them: their membership, not the front's go-between role ('which brings together the separatist Northern Movement')", () => {
    const pair = between(cs, "NM", "LF");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("membership");
    expect(pair[0]!.source.id).toBe("NM");
  });

  it("has as member a body of any kind the words name ('the Unity Council' is the front's member, not the front the council's)", () => {
    const pair = between(cs, "UC", "LF");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("membership");
    expect(pair[0]!.source.id).toBe("UC");
  });

  it("leaves a go-between's meeting in the past tense alone ('Brazil brought together Peru and Ecuador')", () => {
    expect(mediates(suggest("Brazil brought together Peru and Ecuador in Brasilia on Monday.", fresh, { sourceDate: "2010-01-01" }), "BRA", "PER")).toBe(true);
  });
});

describe("a state's own government named after its possessive", () => {
  const text = "Chad's Transitional National Government (TNG) and the Northern Liberation Front (NLF) agreed on Sunday on a ceasefire. The TNG later accused the NLF of shelling the capital.";
  const cs = suggest(text, fresh, { sourceDate: "2008-10-26" });

  it("is the state, its acronym one more name of it ('Chad's Transitional National Government (TNG)')", () => {
    expect(cs.some((c) => c.source.id === "TNG" || c.target.id === "TNG")).toBe(false);
    expect(between(cs, "TCD", "NLF").some((c) => c.type === "estrangement")).toBe(true);
  });

  it("is read through its name, listed with the other party, not through the possessive ('… (TNG) and the … Front agreed on a ceasefire': at war)", () => {
    const truce = between(cs, "TCD", "NLF").filter((c) => c.sentence === 0);
    expect(truce.length).toBeGreaterThan(0);
    expect(truce[0]!.type).toBe("hostility");
  });

  it("stays a party of its own where the text names a rival camp of the same state ('… and the Libyan National Army')", () => {
    const rivals = suggest("Libya's Interim National Government (ING) and the Libyan National Army (LNA) agreed on a ceasefire. The ING accused the LNA of shelling.", fresh, { sourceDate: "2020-01-01" });
    expect(between(rivals, "ING", "LNA").length).toBeGreaterThan(0);
  });
});

describe("the text's main pair read from the subjects of the lede's signing", () => {
  it("past the headline and the dateline ('SANTIAGO, Oct. 26 — Ecuador's government and the ALF signed …'): an outside host mediates between those two", () => {
    const text = "Andean rebels sign peace deal\n\nSANTIAGO, Oct. 26, 1998 — Ecuador's government and the Andean Liberation Front (ALF) signed a peace agreement on Monday. Chile hosted the talks. Peru accused Ecuador of moving troops. Peru warned Ecuador again on Tuesday.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26" });
    expect(cs.some((c) => c.sentence === 2 && c.type === "mediation" && c.source.id === "CHL" && c.target.id === "ALF")).toBe(true);
    expect(cs.some((c) => c.sentence === 2 && c.type === "mediation" && c.source.id === "CHL" && c.target.id === "PER" && c.target.unnamed)).toBe(false);
  });

  it("in the first sentence of a text without a headline ('Peru and Ecuador signed …. Brazil brokered the deal')", () => {
    const cs = suggest("Peru and Ecuador signed a peace agreement on Monday. Chile hosted the talks. Brazil brokered the deal.", fresh, { sourceDate: "1998-10-26" });
    expect(mediates(cs, "BRA", "PER")).toBe(true);
  });

  it("makes no go-between of one who rejects the pair's truce ('… the Southern Wing (SW) rejects the truce')", () => {
    const text = "Peru and the Andean Front (AF) signed a truce on Monday. The Southern Wing (SW), a hardline faction, rejects the truce. Brazil brokered the deal.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26" });
    expect(between(cs, "SW", "PER").some((c) => c.type === "mediation" && c.cue?.text === "truce")).toBe(false);
  });

  it("past a name the tagger reads as a verb ('… and the leader of the Andean Liberation Front (ALF), Said Omar Vega, signed')", () => {
    const text = "Andean rebels sign peace deal\n\nSANTIAGO, Oct. 26, 1998 — Ecuador's President Ana Ruiz and the leader of the Andean Liberation Front (ALF), Said Omar Vega, signed a peace agreement on Monday. Chile hosted the talks. Peru accused Ecuador of moving troops. Peru warned Ecuador again on Tuesday.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26" });
    expect(cs.some((c) => c.sentence === 2 && c.type === "mediation" && c.source.id === "CHL" && c.target.id === "ALF")).toBe(true);
  });

  it("not from two who do not share the verb ('Peru warned …, and the Front vowed to fight on')", () => {
    const text = "Peru warned on Saturday of foreign designs and the Andean Liberation Front (ALF) vowed to fight on. Chile hosted talks. Brazil brokered the deal.";
    const cs = suggest(text, fresh, { sourceDate: "1998-10-26" });
    expect(mediates(cs, "BRA", "ALF")).toBe(false);
  });
});

describe("a translation in brackets after a name", () => {
  it("is neither part of the name nor an actor of its own ('the Forces Libres (Free Forces) rebels')", () => {
    const text = "ABIDJAN, March 5, 2007 — President Laurent Gbagbo of Ivory Coast and the leader of the Forces Libres (Free Forces) rebels signed an agreement on Sunday. The Forces Libres later rejected the French plan.";
    const ids = new Set(suggest(text, fresh, { sourceDate: "2007-03-05" }).flatMap((c) => [c.source.id, c.target.id]));
    expect(ids.has("FORCESLIBRES")).toBe(true);
    expect(ids.has("FREEFORCES")).toBe(false);
    expect(ids.has("FORCESLIBRESFREEFORCES")).toBe(false);
  });
});

describe("two listed actors acting on an unnamed object", () => {
  it("side together, not against each other ('Peru and Ecuador fought the rebels in the north')", () => {
    const pair = between(suggest("Peru and Ecuador fought the rebels in the north.", fresh, { sourceDate: "1998-10-26" }), "PER", "ECU");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.sign).toBe(1);
  });

  it("but a war they fought is theirs ('Peru and Ecuador fought a border war')", () => {
    const pair = between(suggest("Peru and Ecuador fought a border war in the north.", fresh, { sourceDate: "1998-10-26" }), "PER", "ECU");
    expect(pair[0]!.type).toBe("hostility");
  });
});
