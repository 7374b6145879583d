/**
 * The seventeenth round's mechanisms, on wording of their own (not the fixtures'): the text's main
 * pair when no pair is read with a stance in two sentences; a sentence that lists many actors; states
 * that no longer exist, on the dates they existed; conducting others' talks ("ran the negotiations").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
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

describe("states that no longer exist", () => {
  const text = "Moscow condemned the raid, and Soviet diplomats accused Pakistan of arming the rebels. South Yemen and Ethiopia backed the Kremlin.";

  it("are read as states on a date when they existed, their seats of power with them", () => {
    const cs = suggest(text, fresh, { sourceDate: "1985-03-01" });
    expect(ofPair(cs, "SUN", "PAK").length).toBeGreaterThan(0);
    expect(ofPair(cs, "YMD", "SUN").length).toBeGreaterThan(0);
    expect(cs.some((c) => c.source.id === "RUS" || c.target.id === "RUS")).toBe(false);
    const sun = [...cs.map((c) => c.source), ...cs.map((c) => c.target)].find((a) => a.id === "SUN")!;
    expect(sun).toMatchObject({ label: "Soviet Union", kind: "state", iso3: "SUN", inDataset: false });
  });

  it("are not read in a text dated after them, nor in one with no date", () => {
    for (const options of [{ sourceDate: "2024-03-01" }, {}]) {
      const cs = suggest(text, fresh, options);
      expect(cs.some((c) => c.source.id === "SUN" || c.target.id === "SUN")).toBe(false);
      expect(ofPair(cs, "RUS", "PAK").length).toBeGreaterThan(0);
    }
  });

  it("stand for a dataset actor with their code", () => {
    const dataset: SuggestDataset = { ...fresh, actors: [{ id: "ussr", label: "USSR", kind: "state", iso3: "SUN" }] };
    const cs = suggest(text, dataset, { sourceDate: "1985-03-01" });
    expect(ofPair(cs, "ussr", "PAK").length).toBeGreaterThan(0);
  });
});

describe("conducting the talks of others", () => {
  const phrases = (text: string) => {
    const a = analyseText(text);
    const blocked = a.tokens.map((t) => ["Norway", "Chile", "Peru"].includes(text.slice(t.start, t.end)));
    return findCues(a.tokens, 0, a.tokens.length, blocked, text).map((h) => `${h.phrase}:${h.class}`);
  };

  it("is mediation, either way round", () => {
    expect(phrases("Norway ran the negotiations for two years.")).toEqual(["run negotiation:mediation"]);
    expect(phrases("Norway steered both rounds.")).toEqual(["steer round:mediation"]);
    expect(phrases("The talks run by Norway dragged on.")).toEqual(["talk run by:mediation"]);
    // Chairing a body stays a member's office; talks that run on are only talks.
    expect(phrases("Norway chairs the council.")).toEqual(["chair:membership"]);
    expect(phrases("The talks run until Friday.")).toEqual(["talk:mediation"]);
  });

  it("speaks of the text's main pair when the sentence names neither", () => {
    const text = "Chile and Peru signed a border treaty on Monday. Chile and Peru will now reopen their embassies. Few people noticed. Norway ran the negotiations for two years.";
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "NOR", "CHL").map((c) => c.cue?.phrase)).toEqual(["run negotiation"]);
    expect(ofPair(cs, "NOR", "PER").map((c) => c.cue?.phrase)).toEqual(["run negotiation"]);
  });
});
