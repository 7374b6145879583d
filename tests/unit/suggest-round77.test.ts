/**
 * Round 77 (issue #14): a joint declaration is a bond between those who issue it. On wording of our own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("a joint declaration", () => {
  it("reads those who issue a joint statement as partners", () => {
    const text = "Norway and Austria issued a joint statement on Tuesday about fishing rights in the north.";
    const cs = suggest(text, fresh, { sourceDate: "2010-05-10" });
    expect(ofPair(cs, "NOR", "AUT").some((c) => c.sign === 1)).toBe(true);
  });
});
