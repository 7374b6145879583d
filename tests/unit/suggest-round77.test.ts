/**
 * Round 77 (issue #14): a war its actors oppose is no fight between them, and a joint declaration
 * is a bond between those who issue it. On wording of our own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("a war opposed", () => {
  it("reads no hostility between states that campaign against a war", () => {
    const text = "Norway and Austria spoke out last week against a war, saying the dispute must go back to the courts.";
    const cs = suggest(text, fresh, { sourceDate: "2010-05-10" });
    // ("against" is a cue of its own, an estrangement: only the war's hostility is left out.)
    expect(ofPair(cs, "NOR", "AUT").some((c) => c.type === "hostility")).toBe(false);
  });

  it("reads no hostility between the members of a coalition that leads the opposition to the war", () => {
    const text = "Norway and Austria have led the opposition to the war, and their foreign ministers met in Oslo on Monday.";
    const cs = suggest(text, fresh, { sourceDate: "2010-05-10" });
    expect(ofPair(cs, "NOR", "AUT").some((c) => c.type === "hostility")).toBe(false);
  });
});

describe("a joint declaration", () => {
  it("reads those who issue a joint statement as partners", () => {
    const text = "Norway and Austria issued a joint statement on Tuesday about fishing rights in the north.";
    const cs = suggest(text, fresh, { sourceDate: "2010-05-10" });
    expect(ofPair(cs, "NOR", "AUT").some((c) => c.sign === 1)).toBe(true);
  });
});
