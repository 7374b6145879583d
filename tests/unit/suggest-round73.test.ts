/**
 * The seventy-third round's mechanisms, on wording of their own (not the fixtures'): the place a
 * fight is fought in is no enemy of the fighter; signers listed together of a peace treaty are its
 * parties; a war told by its span of time ("ten days of fighting") is the war an agreement ends.
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

describe("the place a fight is fought in", () => {
  it("reads no war of the fighter with the country it fought in against another", () => {
    const text = "Peru, whose volunteers fought in Chile against Bolivian forces, has held no talks with Bolivia.";
    expect(all(text, "PER", "CHL").some((c) => c.sign === -1)).toBe(false);
    expect(all(text, "PER", "BOL").some((c) => c.sign === -1)).toBe(true);
  });
  it("reads the same of a place named after 'the'", () => {
    const text = "Peru's soldiers fought in the Sudan against Egyptian forces.";
    expect(all(text, "PER", "SDN").some((c) => c.sign === -1)).toBe(false);
  });
  it("still reads a fight in a country whose enemy the clause does not name", () => {
    expect(all("Peru fought in Chile for three years.", "PER", "CHL").some((c) => c.sign === -1)).toBe(true);
  });
  // Found in review: the place is the enemy when the one named after "against" is its own, or only
  // qualifies the enemy ("NATO-trained units" are units that NATO trained).
  it("still reads the place as the enemy when its own forces, or units someone else trained, are fought", () => {
    expect(all("Peru, whose troops fought in Chile against NATO-trained units, shelled Arica.", "PER", "CHL").some((c) => c.sign === -1)).toBe(true);
    expect(all("Peruvian soldiers fighting in Chile against Chilean forces were captured.", "PER", "CHL").some((c) => c.sign === -1)).toBe(true);
  });
});

describe("two of a longer list, not side by side", () => {
  it("reads the first and the last of a list of truce signers as its parties, not each other's go-between", () => {
    const text = "Peru, Chile and Bolivia signed a ceasefire on Monday.";
    expect(all(text, "PER", "BOL").some((c) => c.type === "mediation")).toBe(false);
    expect(all(text, "PER", "BOL").some((c) => c.type === "hostility")).toBe(true);
  });
  it("reads no mediation between states that sent observers together", () => {
    const text = "Peru, Chile, Ecuador and Bolivia sent observers to the talks.";
    for (const [x, y] of [["PER", "BOL"], ["CHL", "BOL"], ["PER", "ECU"]]) expect(all(text, x!, y!).some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("signers listed together of a peace treaty", () => {
  it("reads 'A and B signed a peace treaty' as the two's bond, under a dateline naming one of them too", () => {
    const text = "LIMA, Peru, May 2, 1930 — Peru and Chile signed a peace treaty in the old capital on Monday, making the republic the first state to conclude a full peace with the government in Santiago.";
    const cs = all(text, "PER", "CHL");
    expect(cs[0]?.type).toBe("partnership");
    expect(cs.some((c) => c.type === "mediation")).toBe(false);
  });
  it("reads each pair of a longer list of signers so", () => {
    const text = "Peru, Chile and Bolivia signed a peace treaty on Monday.";
    for (const [x, y] of [["PER", "CHL"], ["PER", "BOL"], ["CHL", "BOL"]]) expect(all(text, x!, y!)[0]?.type).toBe("partnership");
  });
  it("reads no bond from a treaty the two refused to sign", () => {
    expect(all("Peru and Chile refused to sign a peace treaty.", "PER", "CHL").some((c) => c.type === "partnership")).toBe(false);
  });
});

describe("a war told by its span of time", () => {
  it("reads 'ending ten days of fighting' as the war the signers' agreement ends", () => {
    const text = "Peru and Chile signed an agreement on Monday, ending ten days of fighting and making Peru the first state to make peace with the government in Santiago.";
    expect(all(text, "PER", "CHL").some((c) => c.type === "hostility")).toBe(true);
  });
});
