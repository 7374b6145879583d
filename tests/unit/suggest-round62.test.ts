/**
 * The sixty-second round's mechanisms, on wording of their own (not the fixtures'): a person's
 * possessive before his government.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const pairs = (text: string) => new Set(suggest(text, fresh, { sourceDate: "2011-01-01" }).map((c) => [c.source.id, c.target.id].sort().join("-")));

describe("a person's possessive before his government", () => {
  it("reads 'his government' as the state of the leader named before, not of the states that sent troops", () => {
    const text =
      "Rebels rose in March against Gabonese President Tavo Renn with the backing of Cameroon. Chad and Niger sent troops to save his government under a defence pact.";
    const found = pairs(text);
    expect(found).toContain("GAB-TCD");
    expect(found).toContain("GAB-NER");
  });

  it("leaves it alone when a name the text did not read stands before it in its sentence", () => {
    const text =
      "Rebels rose in March against Gabonese President Tavo Renn with the backing of Cameroon. Dar Velik accused Chad of meddling, and his government asked Niger for troops.";
    expect(pairs(text)).not.toContain("GAB-NER");
  });
});

describe("a people-word before a group's noun and the group's name", () => {
  it("reads 'the Palestinian group Hamas' as the group alone, not the state", () => {
    const found = pairs("Qatar openly funds the Palestinian group Hamas, officials in Doha said on Monday.");
    expect([...found].some((p) => p.includes("PSE"))).toBe(false);
    expect([...found].some((p) => p.includes("HAMAS") && p.includes("QAT"))).toBe(true);
  });
});
