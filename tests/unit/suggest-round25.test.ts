/**
 * The twenty-fifth round's mechanisms, on wording of their own (not the fixtures'): the soldiers of
 * a force, with the states the clause names after it, are those states' membership of the force;
 * a people-word the data gives only in the singular is known in the plural ("Icelanders").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("the soldiers of a force and the states named with them", () => {
  const text = "Yesterday 300 soldiers of the Coastal Force (COFOR), mostly Kenyans but with British and Danish troops, secured the port of Mombasa.";

  it("read each named state as a member of the force", () => {
    const cs = suggest(text, fresh, { sourceDate: "2011-05-02" });
    for (const state of ["KEN", "GBR", "DNK"]) {
      const pair = ofPair(cs, "COFOR", state);
      expect(pair.length, state).toBeGreaterThan(0);
      expect(pair[0]!.type, state).toBe("membership");
    }
  });

  it("not a state named after the clause's verb", () => {
    const cs = suggest(text, fresh, { sourceDate: "2011-05-02" });
    expect(ofPair(cs, "COFOR", "KEN")[0]!.type).toBe("membership");
    expect(ofPair(cs, "COFOR", "GBR").every((c) => c.type === "membership")).toBe(true);
    const mombasa = "Yesterday 300 soldiers of the Coastal Force (COFOR) secured Kenya's port of Mombasa.";
    expect(suggest(mombasa, fresh, { sourceDate: "2011-05-02" }).some((c) => c.type === "membership")).toBe(false);
  });
});

describe("a people-word the data gives in the singular only", () => {
  it("is known in the plural too", () => {
    const text = "Fifty Icelanders and Filipinos serve in the Harbour Force (HAFO), and Portugal sends ships.";
    const cs = suggest(text, fresh, { sourceDate: "2011-05-02" });
    const named = new Set(cs.flatMap((c) => [c.source.id, c.target.id]));
    expect(named.has("ISL")).toBe(true);
    expect(named.has("PHL")).toBe(true);
  });
});
