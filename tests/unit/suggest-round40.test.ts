/**
 * The fortieth round's mechanisms, on wording of their own (not the fixtures'): who a person or a
 * phrase stands for ("X, who is chairman of the Y": the person speaks for Y, …).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2005-03-01") => suggest(text, fresh, { sourceDate });

describe("a person the text says heads a body speaks for that body", () => {
  it("reads 'Name, who is chairman of the X' as X where the name stands alone later", () => {
    const cs = read("Tomas Verlund, the Bolivian leader, arrived in Lima on Monday. Verlund, who is chairman of the Highland Liberation Council (HLC), told reporters the talks were over. Peru accused Verlund of sabotaging the truce.");
    expect(between(cs, "PER", "HLC").filter((c) => c.sentence === 2).length).toBeGreaterThan(0);
  });

  it("reads 'a full name, who was the leader of the X' as X", () => {
    const cs = read("Tomas Verlund, who was the leader of the Highland Liberation Council (HLC), spoke in Lima on Monday. Two days later Peru signed a truce with Verlund.");
    expect(between(cs, "PER", "HLC").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });
});

describe("a name with its article joined by a hyphen opening a sentence", () => {
  it("keeps the article in the name ('Ad-Daawa, a rebel group …' is ADDAAWA, not DAAWA)", () => {
    const cs = read("Peru signed a truce on Monday. Ad-Daawa, a rebel group backed by Chile, rejected the truce and attacked Peru.");
    expect(between(cs, "PER", "ADDAAWA").length).toBeGreaterThan(0);
    expect(cs.filter((c) => c.source.id === "DAAWA" || c.target.id === "DAAWA")).toEqual([]);
  });
});

describe("a long name shortened to its words up to its head, or to its head alone", () => {
  const text =
    "The Popular Front for the Defence of Velora (PFDV) seized the port in March. Peru condemned the Popular Front on Monday. The Front, a leftist group, has attacked Chile's embassy.";

  it("reads 'the Popular Front' and 'the Front' as the whole name's actor", () => {
    const cs = read(text);
    expect(between(cs, "PER", "PFDV").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
    expect(between(cs, "CHL", "PFDV").filter((c) => c.sentence === 2).length).toBeGreaterThan(0);
    expect(cs.filter((c) => ["POPULARFRONT", "FRONT"].includes(c.source.id) || ["POPULARFRONT", "FRONT"].includes(c.target.id))).toEqual([]);
  });

  it("leaves 'the Front' alone when two long names have that head", () => {
    const cs = read(`${text} The National Front for Coastal Unity (NFCU) backed Chile.`);
    expect(between(cs, "CHL", "PFDV").filter((c) => c.sentence === 2)).toEqual([]);
  });
});

describe("a person who leads a rival faction after another clause of their own", () => {
  it("makes 'X Y Z, who founded the movement and leads a rival faction' a party, also called by the name's first two words", () => {
    const cs = read("Omar Sadiq Hamdan al-Rahim, who founded the movement and leads a rival faction, refused to sign. Peru's envoy met Omar Sadiq on Thursday but Peru failed to win his signature.");
    expect(between(cs, "PER", "OMARSADIQHAMDANALRAHIM").filter((c) => c.sentence === 1).length).toBeGreaterThan(0);
  });
});
