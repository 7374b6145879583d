/**
 * The forty-second round's mechanisms, on wording of their own (not the fixtures'): actors a
 * text names by a word the engine did not bind ("the Pope", …).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2005-03-01") => suggest(text, fresh, { sourceDate });

describe("the Holy See named by its head's office or by 'papal'", () => {
  it("reads 'the Pope' and 'Pope Benedict' as the Vatican", () => {
    const cs = read("Peru and Ecuador quarrelled over the border for years. The Pope met Peru's president in Rome on Monday. Pope Benedict later urged Ecuador to return to the talks.");
    expect(between(cs, "VAT", "PER").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
    expect(between(cs, "VAT", "ECU").filter((c) => c.sentence === 2).length).toBeGreaterThan(0);
  });

  it("reads 'the papal mediation' and 'the Holy See' as the Vatican", () => {
    const cs = read("Chile accepted the papal mediation in March. Bolivia asked the Holy See to mediate.");
    expect(between(cs, "VAT", "CHL").length).toBeGreaterThan(0);
    expect(between(cs, "VAT", "BOL").length).toBeGreaterThan(0);
  });
});

describe("a state's people-word before the state was proclaimed", () => {
  const text =
    "The Eritrean People's Liberation Front (EPLF) has fought for independence since 1970. On Monday Eritrean guerrillas attacked an Ethiopian garrison near the coast, and Eritrean leaders accused Sudan of closing the border.";

  it("stands for the one body whose name opens with it (1976)", () => {
    const cs = read(text, "1976-05-01");
    expect(between(cs, "SDN", "EPLF").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
    expect(cs.filter((c) => c.source.id === "ERI" || c.target.id === "ERI")).toEqual([]);
  });

  it("not the movement's armed force named as such", () => {
    const cs = read(`${text} The Eritrean Liberation Army, the front's armed wing, shelled the port.`, "1976-05-01");
    expect(between(cs, "SDN", "EPLF").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });

  it("keeps the state after it was proclaimed, and when two bodies open with it", () => {
    expect(between(read(text, "2005-05-01"), "SDN", "ERI").length).toBeGreaterThan(0);
    const two = read(`The Eritrean Liberation Front (ELF) and ${text.slice(4)}`, "1976-05-01");
    expect(between(two, "SDN", "ERI").length).toBeGreaterThan(0);
  });
});

describe("a group named after its land, called by that land's people-word", () => {
  const text = "The Kestay People's Liberation Front (KPLF) rejected the truce on Monday. Peru sent troops into Kestay in May. Since then Peru's army has battled the Kestayans near the border.";

  it("reads 'the Kestayans' as the group whose name opens with Kestay", () => {
    const cs = read(text);
    expect(between(cs, "PER", "KPLF").filter((c) => c.sentence === 2).length).toBeGreaterThan(0);
  });

  it("not when the text never writes the place alone, nor when two groups open with it", () => {
    const noPlace = read(text.replace("into Kestay", "into the hills"));
    expect(between(noPlace, "PER", "KPLF").filter((c) => c.sentence === 2)).toEqual([]);
    const two = read(`${text} The Kestay National Movement (KNM) backed the truce.`);
    expect(between(two, "PER", "KPLF").filter((c) => c.sentence === 2)).toEqual([]);
  });
});

describe("a people-word or a place in a person's birth", () => {
  it("reads 'the Ugandan-born envoy' and 'a Paris-born banker' as no actor", () => {
    const cs = read("Kenya accused Sudan of arming the rebels. The Ugandan-born envoy, James Okello, flew to Juba on Monday to press Sudan to stop. A Paris-born banker paid for the talks.");
    expect(cs.filter((c) => ["UGA", "FRA"].includes(c.source.id) || ["UGA", "FRA"].includes(c.target.id))).toEqual([]);
  });
});

describe("an armed group known by a word written before 'rebels' and as a plural noun", () => {
  const text = "The Nortista rebels have fought Peru since 1990 from camps in the north. Chile has long denied that it arms the Nortistas.";

  it("reads 'the Nortista rebels' and 'the Nortistas' as one group, NORTISTAS", () => {
    const cs = read(text);
    expect(between(cs, "PER", "NORTISTAS").filter((c) => c.sentence === 0).length).toBeGreaterThan(0);
    expect(between(cs, "CHL", "NORTISTAS").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });

  it("not without the plural noun after 'the', nor for a known people-word", () => {
    const noPlural = read(text.replace("the Nortistas", "the insurgents"));
    expect(noPlural.filter((c) => c.source.id === "NORTISTAS" || c.target.id === "NORTISTAS")).toEqual([]);
    const people = read("The Bolivian rebels have fought Peru since 1990. Chile has long denied that it arms the Bolivians.");
    expect(people.filter((c) => c.source.id === "BOLIVIANS" || c.target.id === "BOLIVIANS")).toEqual([]);
  });
});

describe("a name's acronym in another language, the name's head before 'of'", () => {
  it("reads 'the Democratic Front of Workers (FDT)' as FDT, its acronym given once", () => {
    const cs = read("Three days ago Peru's police broke up a march called by the Democratic Front of Workers (FDT) against the junta's economic policies, arresting hundreds.");
    expect(between(cs, "PER", "FDT").length).toBeGreaterThan(0);
  });
});

describe("a place named before a lower-case word for the place", () => {
  it("reads 'the Santa Olga pass' as a place, no actor, where the name is written again alone", () => {
    const cs = read("Peru's troops seized the Santa Olga pass in May. Chile demanded the withdrawal from Santa Olga, which Peru's army took at heavy cost.");
    expect(cs.filter((c) => c.source.id === "SANTAOLGA" || c.target.id === "SANTAOLGA")).toEqual([]);
  });
});

describe("a person described as a mercenary or a warlord", () => {
  it("is a party of his own, also by his surname", () => {
    const cs = read("Jan Kolar, a Czech mercenary who ran the presidential guard, seized the palace in Lima. Peru's army fought Kolar for a week.");
    expect(between(cs, "PER", "JANKOLAR").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });
});

describe("a state of a federation named with its own government", () => {
  const text = "The rebels have run camps for years in the northern Peruvian state of Loreto, whose governor gave them money. Ecuador has accused the Loreto government of sheltering the rebels.";

  it("is a party of its own ('the Peruvian state of Loreto … the Loreto government')", () => {
    expect(between(read(text), "ECU", "LORETO").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });

  it("not without its government named: only a place", () => {
    const cs = read(text.replace("the Loreto government", "Lima"));
    expect(cs.filter((c) => c.source.id === "LORETO" || c.target.id === "LORETO")).toEqual([]);
  });
});
