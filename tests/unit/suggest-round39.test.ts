/**
 * The thirty-ninth round's mechanisms, on wording of their own (not the fixtures'): a condition not
 * met when the sentence is written, and a cue kept to its own verb phrase when a second coordinated
 * verb phrase with its own object follows.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });
const signOf = (cs: Candidate[], x: string, y: string) => between(cs, x, y)[0]?.sign;

describe("a condition not met", () => {
  it("reads the verb after 'until' in the present as not done", () => {
    const cs = read("Chile refuses to sit down with Peru until Lima recognises Bolivia as a sovereign state.");
    expect(signOf(cs, "PER", "BOL")).toBe(-1);
    expect(between(cs, "PER", "BOL").some((c) => c.sign === 1)).toBe(false);
  });

  it("reads the verb after 'unless' as not done", () => {
    const cs = read("Ghana says it will keep its envoy at home unless Accra's neighbour Togo recognises the new border.");
    expect(between(cs, "TGO", "GHA").some((c) => c.cue?.phrase === "recognize" && c.sign === 1)).toBe(false);
  });

  it("keeps a past deed after 'until' as done", () => {
    const cs = read("Chile and Peru quarrelled for years until Lima recognised Bolivia in 1990.");
    expect(between(cs, "PER", "BOL").some((c) => c.cue?.phrase === "recognize" && c.sign === 1)).toBe(true);
  });
});

describe("two verb phrases of one subject, each with its own object", () => {
  it("reads the first verb's cue of its own object, not of one named after the second verb", () => {
    const cs = read("Norway broke off relations with Chile in May and sent a ship to help a Peruvian patrol boat.");
    expect(signOf(cs, "NOR", "CHL")).toBe(-1);
    expect(between(cs, "NOR", "PER").some((c) => c.sign === -1)).toBe(false);
  });

  it("gives the second verb's object the second verb's cue", () => {
    const cs = read("Ghana suspended arms sales to Togo and promised Benin economic aid.");
    expect(signOf(cs, "GHA", "TGO")).toBe(-1);
    expect(signOf(cs, "GHA", "BEN")).toBe(1);
  });

  it("reads the second verb's cue less between the first verb's object and the second's", () => {
    const cs = read("Ghana suspended arms sales to Togo and promised Benin economic aid.");
    const [ghanaBenin] = between(cs, "GHA", "BEN");
    const [togoBenin] = between(cs, "TGO", "BEN");
    expect(togoBenin!.score).toBeLessThan(ghanaBenin!.score);
  });

  it("keeps a list of objects of one verb together ('with Togo and Benin')", () => {
    const cs = read("Ghana broke off relations with Togo and Benin.");
    expect(signOf(cs, "GHA", "BEN")).toBe(-1);
  });
});
