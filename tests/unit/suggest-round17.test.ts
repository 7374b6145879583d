/**
 * The seventeenth round's mechanisms, on wording of their own (not the fixtures'): the text's main
 * pair when no pair is read with a stance in two sentences; a sentence that lists many actors.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("the main pair of a text told without stance words", () => {
  // Chile and Bolivia are named together twice, never with a stance; Lima (Peru) is only where they met.
  const text =
    "Delegates of Chile and Bolivia gathered in Lima on Monday. Chile and Bolivia kept working in Lima through the night. " +
    "The delegation of Chile stayed in Lima until Friday. Few people noticed. Diplomats from Ecuador had brokered the talks since March.";

  it("is the pair named together most, so a mediator's sentence that names neither speaks of them", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "ECU", "CHL").map((c) => c.type)).toEqual(["mediation"]);
    expect(ofPair(cs, "ECU", "BOL").map((c) => c.type)).toEqual(["mediation"]);
  });

  it("leaves out a state named only as the place they met", () => {
    expect(ofPair(suggest(text, fresh), "ECU", "PER")).toEqual([]);
  });
});

describe("a sentence that lists many actors", () => {
  const text =
    "The observers will come from the members of Mercosur: Argentina, Brazil, Paraguay, Uruguay, Bolivia and Venezuela. " +
    "Argentina and Brazil will pay for them. Paraguay and Uruguay will send doctors.";

  it("keeps a reading for each actor it lists, past four", () => {
    const members = suggest(text, fresh).filter((c) => c.target.id === "MERCOSUR" && c.type === "membership").map((c) => c.source.id);
    expect(members.sort()).toEqual(["ARG", "BOL", "BRA", "PRY", "URY", "VEN"]);
  });

  it("keeps to a cap the caller sets", () => {
    expect(suggest(text, fresh, { perSentence: 4 }).filter((c) => c.target.id === "MERCOSUR")).toHaveLength(4);
  });
});
