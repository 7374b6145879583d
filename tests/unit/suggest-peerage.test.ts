/**
 * A peer's title names a town, not the state whose capital it is (issue #14; found in the blind
 * Vienna text of 1815, where "the Duke of Wellington" was read as New Zealand three times). On
 * wording of our own.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ids = (text: string, date: string) => new Set(suggest(text, fresh, { sourceDate: date }).flatMap((c) => [c.source.id, c.target.id]));

describe("a peer's title", () => {
  it("is no mention of the state whose capital the title's town is", () => {
    const text = "The Duke of Wellington, who commands the British army, met the Prussian envoy at Brussels. The Marquess of Salisbury told the Russian ambassador that Britain would fight.";
    const found = ids(text, "1815-06-09");
    expect(found.has("NZL")).toBe(false);
    // (Salisbury was the capital of Rhodesia, not of any state of 1815; a report of 1975 is the test.)
    expect(ids(text, "1975-03-01").has("RHO")).toBe(false);
  });

  it("leaves a capital after 'of' that is no peer's title, and the capital alone", () => {
    // The capital is the only name of New Zealand here: "of" alone is no title.
    const found = ids("The government of Wellington said Britain would sign the treaty.", "2024-03-01");
    expect(found.has("NZL")).toBe(true);
  });
});
