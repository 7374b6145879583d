/**
 * The seventy-fifth round's mechanisms, on wording of their own (not the fixtures'): a war owned by a
 * possessive and waged "in" a place; the bare verb "leave" with a thing, a goal or a gift; a veto cast
 * against what is vetoed; capturing as war; every place of a fight; observers joined by "observers
 * with"; a go-between carrying proposals.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate = "2000-01-01") => suggest(text, fresh, { sourceDate });
const samePair = (x: string, y: string) => (c: { source: { id: string }; target: { id: string } }) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x);
/** Every candidate of a pair, either way round. */
const all = (text: string, x: string, y: string) => read(text).filter(samePair(x, y));

describe("a war owned by a possessive and waged in a named place", () => {
  it("reads the war between the owner and the place only, not with those who would end it", () => {
    const text = "Chile drew up a plan with Argentina to end Peru's war in Bolivia.";
    expect(all(text, "PER", "BOL").some((c) => c.type === "hostility")).toBe(true);
    expect(all(text, "CHL", "PER").some((c) => c.sign === -1)).toBe(false);
    expect(all(text, "ARG", "PER").some((c) => c.sign === -1)).toBe(false);
  });
});

describe("the bare verb 'leave'", () => {
  it("reads no parting from a thing left between two ('left a coolness between')", () => {
    const text = "The quarrel over the canal left a coolness between Peru and Chile that lasted for years.";
    expect(all(text, "PER", "CHL").some((c) => c.cue?.text === "left")).toBe(false);
  });
  it("reads no parting from one left a free hand", () => {
    expect(all("Peru left Chile a free hand in the north.", "PER", "CHL").some((c) => c.sign === -1)).toBe(false);
  });
  it("reads no parting from one left in a state ('leaving Peru divided')", () => {
    expect(all("Chile signed a treaty on Monday leaving Peru divided along the river.", "CHL", "PER").some((c) => c.cue?.text === "leaving")).toBe(false);
  });
  it("reads no parting from a journey's goal ('leave this week for')", () => {
    expect(all("Peru's foreign minister is to leave this week for Santiago and Quito.", "PER", "CHL").some((c) => c.cue?.text === "leave")).toBe(false);
  });
  it("still reads leaving a body, and forces told to leave", () => {
    expect(all("Peru left the United Nations in 1965.", "PER", "UN").some((c) => c.type === "membership")).toBe(true);
    expect(all("Bolivia gave Chilean forces a month to leave.", "BOL", "CHL").some((c) => c.cue?.text === "leave" && c.sign === -1)).toBe(true);
  });
});

describe("a veto cast", () => {
  it("reads no quarrel between two who vetoed together", () => {
    expect(all("Peru and Chile vetoed the resolution.", "PER", "CHL").some((c) => c.cue?.text === "vetoed")).toBe(false);
  });
  it("reads no quarrel with one named in a clause after what is vetoed", () => {
    const text = "Peru vetoed a resolution that would have deplored the Bolivian raids.";
    expect(all(text, "PER", "BOL").some((c) => c.cue?.text === "vetoed")).toBe(false);
  });
  it("still reads a veto of another's own request", () => {
    expect(all("Peru vetoed Chile's request.", "PER", "CHL").some((c) => c.cue?.text === "vetoed" && c.sign === -1)).toBe(true);
  });
});

describe("capturing another's ships", () => {
  it("reads war, not a quarrel", () => {
    const cs = all("Peruvian ships captured two Chilean destroyers off Arica.", "PER", "CHL");
    expect(cs.some((c) => c.cue?.text === "captured" && c.type === "hostility")).toBe(true);
  });
});

describe("every place of a fight", () => {
  it("reads no war of the fighter with the second place it fought in against another", () => {
    const text = "Peru, whose volunteers fought in Chile and in the hills of Ecuador against Bolivian forces, has held no talks with Bolivia.";
    expect(all(text, "PER", "ECU").some((c) => c.sign === -1)).toBe(false);
  });
});

describe("observers joined by 'observers with'", () => {
  it("reads none of them as another's go-between", () => {
    const text = "Ecuador, Colombia and Panama have followed the talks as observers with Brazil and Argentina.";
    for (const [x, y] of [["ECU", "BRA"], ["PAN", "ARG"], ["ECU", "PAN"], ["COL", "BRA"]]) expect(all(text, x!, y!).some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("a go-between's errand", () => {
  it("reads one carrying proposals between two delegations as their mediator", () => {
    const text = "The Brazilian minister spent three months carrying proposals between the Peruvian and Chilean delegations.";
    for (const y of ["PER", "CHL"]) expect(all(text, "BRA", y).some((c) => c.type === "mediation" && c.source.id === "BRA")).toBe(true);
  });
});
