/**
 * The ninth round's mechanisms, each on wording of its own (not the fixtures'): a name given to a
 * state's armed forces described by a common noun ("The army, known as the Sarkari") makes them a
 * party apart from the state, for which "the junta", "the generals" and the state's army-words stand.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([])).map((l) => l.actor.id);

describe("a name given to the armed forces described by a common noun", () => {
  const text =
    "The military, known as the Sarkari, took power in Mali in a coup last year. " +
    "Mali's junta has since expelled the French ambassador. " +
    "Senegal offered to mediate between the generals and the rebels of the Azawad Liberation Front. " +
    "France imposed sanctions on the junta's leaders.";

  it("learns the name, though a sentence's capitalised 'The' stands before the common noun", () => {
    expect(learned("Fighting went on. The military, known as the Sarkari, took power in Mali.")).toContain("SARKARI");
  });

  it("reads 'the junta', 'the generals' and the state's junta as that party, not the state", () => {
    const cs = suggest(text, fresh);
    expect(find(cs, "SEN", "SARKARI")).toMatchObject({ sign: 0 });
    expect(find(cs, "FRA", "SARKARI")).toMatchObject({ sign: -1 });
    expect(find(cs, "SEN", "MLI")).toBeUndefined();
    expect(cs.some((c) => c.source.mention === "Mali's junta" || c.target.mention === "Mali's junta")).toBe(true);
  });

  it("leaves the descriptions to the state when the text writes no state's armed forces", () => {
    const cs = suggest("The military, known as the Sarkari, took power last year. Senegal offered to mediate between the generals and the Azawad Liberation Front.", fresh);
    expect(cs.some((c) => c.source.mention === "the generals" || c.target.mention === "the generals")).toBe(false);
  });
});

describe("recognising a rival claimant", () => {
  it("reads recognising someone as a state's interim president as a step apart from that state", () => {
    const cs = suggest("Ana Ruiz, whom Chile recognises as Bolivia's interim president, visited Santiago.", fresh);
    expect(find(cs, "CHL", "BOL")).toMatchObject({ sign: -1 });
  });

  it("leaves recognising a government as cooperation", () => {
    expect(find(suggest("Chile recognised Bolivia's new government on Monday.", fresh), "CHL", "BOL")).toMatchObject({ sign: 1 });
  });
});

describe("an acronym of a translated name", () => {
  it("takes the acronym in parentheses after a headed name translated from another language as its id", () => {
    const ids = learned("Talks with the Popular Revolutionary Army (EPR) resumed in Oaxaca.");
    expect(ids).toContain("EPR");
    expect(ids).not.toContain("POPULARREVOLUTIONARYARMY");
  });

  it("does not take letters that are not the name's as its acronym", () => {
    expect(learned("Talks with the Popular Revolutionary Army (XYZ) resumed.")).not.toContain("XYZ");
  });
});

describe("an apostrophe inside a name's word", () => {
  it("keeps a capitalised word an apostrophe splits inside a learned name", () => {
    expect(learned("Fighters of the Ma'ark Liberation Front (MLF) crossed the river.")).toContain("MLF");
  });

  it("still ends a name at a possessive", () => {
    expect(learned("Sudan's Rapid Support Forces (RSF) advanced.")).toContain("RSF");
  });
});

describe("a gathering that is itself a party", () => {
  it("reads 'an alliance of four armed groups' as no alliance between the actors named around it", () => {
    const cs = suggest("Chad's army and an alliance of four armed groups near the Libyan border fought for a week.", fresh);
    expect(cs.filter((c) => c.cue?.phrase === "alliance")).toEqual([]);
  });

  it("keeps 'alliance' a bond elsewhere", () => {
    expect(find(suggest("Chad renewed its alliance with Niger.", fresh), "TCD", "NER")).toMatchObject({ sign: 1 });
  });
});

describe("a one-word name before a lower-case head word", () => {
  it("learns 'the Zarqa movement' as the party Zarqa", () => {
    expect(learned("Officials of the Zarqa movement met in the capital.")).toContain("ZARQA");
  });

  it("learns several capitalised words after a possessive ('his Popular Renewal party')", () => {
    expect(learned("The senator and his Popular Renewal party walked out.")).toContain("POPULARRENEWAL");
  });

  it("leaves a people-word or a creed before the head word alone", () => {
    expect(learned("The Kurdish movement and the Islamist party met the Marxist faction.")).toEqual([]);
  });
});
