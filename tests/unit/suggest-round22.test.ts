/**
 * The twenty-second round's mechanisms, on wording of their own (not the fixtures'): an acronym in
 * parentheses taken from another language's name ("the Andean Popular Resistance (RPLA)"); an
 * acronym written bare from its first mention and used as a party; a name standing alone whose word
 * is also inside another party's name; a capitalised rest after an apostrophe inside a name.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("an acronym in parentheses of another language's name", () => {
  const text = "In May the Andean Popular Resistance (RPLA) attacked Peru. Peru accused RPLA of the killings.";

  it("is the name's id and alias when the text then uses it as a word", () => {
    expect(learned(text)).toContain("RPLA:Andean Popular Resistance");
    const names = learnNames(text, buildGazetteer([]), wordsOf(text));
    expect(names.find((n) => n.actor.id === "RPLA")!.forms).toContain("RPLA");
  });

  it("reads the party's pairs where the text writes only the acronym", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "PER", "RPLA").length).toBeGreaterThan(0);
    expect(cs.some((c) => c.source.id.startsWith("ANDEAN") || c.target.id.startsWith("ANDEAN"))).toBe(false);
  });

  it("not when the text never uses it again, nor for a name without a head word", () => {
    // Three letters (the twenty-third round takes four or more written once: tests/unit/suggest-round23.test.ts).
    expect(learned("In May the Andean Popular Resistance (ZQX) attacked Peru.")).not.toContain("ZQX:Andean Popular Resistance");
    expect(learned("The Andean Popular Daily (XKQ) said so. XKQ also said more.").some((n) => n.startsWith("XKQ:"))).toBe(false);
  });

  it("with its head word anywhere in the name", () => {
    expect(learned("The Union for Andean Renewal (PURA) walked out. PURA said it would return.")).toContain("PURA:Union for Andean Renewal");
  });
});

describe("an acronym written bare and used as a party", () => {
  it("is a party beside a known one in a list", () => {
    const cs = suggest("Chile gave weapons to Peru and ZORKAL for years.", fresh);
    expect(ofPair(cs, "CHL", "ZORKAL").length).toBeGreaterThan(0);
  });

  it("is a party as a cue's subject or object", () => {
    expect(ofPair(suggest("ZORKAL attacked Peru on Monday.", fresh), "PER", "ZORKAL").length).toBe(1);
    expect(ofPair(suggest("On Monday Peru attacked ZORKAL near the border.", fresh), "PER", "ZORKAL").length).toBe(1);
  });

  it("not a dateline's place, a regnal number, a word written otherwise elsewhere, nor a word used as no party", () => {
    const ids = (text: string) => new Set(suggest(text, fresh).flatMap((c) => [c.source.id, c.target.id]));
    expect(ids("ZORKAL, Peru — Chile and Peru signed a pact on Monday.").has("ZORKAL")).toBe(false);
    expect(ids("President Ramos III and Chile signed a pact with Peru.").has("III")).toBe(false);
    expect(ids("ZORKAL and Chile signed a pact with Peru. Zorkal is a town.").has("ZORKAL")).toBe(false);
    expect(ids("Peru signed a pact with Chile, the ZORKAL report said.").has("ZORKAL")).toBe(false);
  });

  it("still, when the dataset has an actor whose longer name holds it (the curator added a splinter group)", () => {
    // Adding the listed "UNITA-Renovada" took every pair of UNITA, written bare, out of the Angola text (27 → 15 of 34).
    const text = "ZORKAL attacked Peru on Monday. Chile armed ZORKAL for years. Peru signed a pact with ZORKAL-Renovada in May.";
    const withSplinter: SuggestDataset = { ...fresh, actors: [{ id: "ZORKALRENOVADA", label: "ZORKAL-Renovada", kind: "non-state" }] as Dataset["actors"] };
    const cs = suggest(text, withSplinter);
    expect(ofPair(cs, "PER", "ZORKAL").length).toBeGreaterThan(0);
    expect(ofPair(cs, "CHL", "ZORKAL").length).toBeGreaterThan(0);
    expect(ofPair(cs, "PER", "ZORKALRENOVADA").length).toBeGreaterThan(0);
    // The splinter's own mention is its own, not the bare acronym's.
    expect(cs.filter((c) => c.quote.startsWith("Peru signed") && (c.source.id === "ZORKAL" || c.target.id === "ZORKAL"))).toEqual([]);
  });
});

describe("a name standing alone, a word of it inside another party's name", () => {
  const ids = (text: string) => new Set(suggest(text, fresh).flatMap((c) => [c.source.id, c.target.id]));

  it("is learned: the word inside the other name is no surname written alone", () => {
    const text = "Peru fought the Selva Roja for years. Chile armed the Selva Roja in May. The Selva Popular Liberation Front (SPLF) also fought Peru in June.";
    expect(ids(text).has("SELVAROJA")).toBe(true);
    expect(ids(text).has("SPLF")).toBe(true);
  });

  it("not when the word is written alone", () => {
    expect(ids("Peru fought the Selva Roja for years. Chile armed the Selva Roja in May. Selva said it would fight on.").has("SELVAROJA")).toBe(false);
  });
});

describe("a capitalised word after an apostrophe inside a name", () => {
  it("stays inside the name", () => {
    expect(learned("The Ka'Tun Army Front (KTAF) attacked Peru.")).toContain("KTAF:Ka'Tun Army Front");
    expect(learned("Peru met the O'Brien Liberation Front (OBLF) on Monday.")).toContain("OBLF:O'Brien Liberation Front");
  });
});
