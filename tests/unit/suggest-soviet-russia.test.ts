/**
 * Soviet Russia before the Union (7 November 1917 – 29 December 1922): ISO 3166-3 gives it no code,
 * and the gold convention names it by the Union's, `SUN`. In a report of its years "Soviet Russia",
 * "Moscow" and "the Bolshevik government" are it, labelled Soviet Russia, not today's Russia; its
 * names stay `SUN` in a report written after it; "Moscow" in a report of today is Russia. On wording
 * of our own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const actor = (cs: Candidate[], id: string) => cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === id);

describe("Soviet Russia before the Union", () => {
  it("is SUN, named Soviet Russia, by its name, its capital and its Bolshevik government in a report of its years", () => {
    for (const sentence of [
      "Finland signed a trade agreement with Soviet Russia on Tuesday.",
      "Finland signed a trade agreement with Moscow on Tuesday.",
      "Finland signed a trade agreement with the Bolshevik government on Tuesday.",
    ]) {
      const cs = suggest(sentence, fresh, { sourceDate: "1921-03-01" });
      expect(ofPair(cs, "FIN", "SUN").length, sentence).toBeGreaterThan(0);
      expect(ofPair(cs, "FIN", "RUS"), sentence).toEqual([]);
      expect(actor(cs, "SUN"), sentence).toMatchObject({ label: "Soviet Russia", kind: "state", iso3: "SUN" });
    }
  });

  it("keeps its name as SUN's after it; Moscow is Russia today, and was Russia before the revolution", () => {
    for (const sourceDate of ["1923-07-24", "2002-05-01"]) {
      const later = suggest("Turkey signed a friendship treaty with Soviet Russia.", fresh, { sourceDate });
      expect(ofPair(later, "TUR", "SUN").length, sourceDate).toBeGreaterThan(0);
      expect(ofPair(later, "TUR", "RUS"), sourceDate).toEqual([]);
    }
    const today = suggest("Finland signed a trade agreement with Moscow on Tuesday.", fresh, { sourceDate: "2021-03-01" });
    expect(ofPair(today, "FIN", "RUS").length).toBeGreaterThan(0);
    expect(ofPair(today, "FIN", "SUN")).toEqual([]);
    const before = suggest("Britain signed a convention with Moscow on Tuesday.", fresh, { sourceDate: "1907-08-31" });
    expect(ofPair(before, "GBR", "SUN")).toEqual([]);
  });
});
