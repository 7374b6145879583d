/**
 * The names list leaves out a birthplace before "-born" and the halves of a capitalised title joined
 * by "for" (src/model/suggest/unrecognised.ts): seen in the app on the Football War and
 * Abkhazia fixtures, which offered "Honduran" (from "Honduran-born citizens"), "Partnership" and
 * "Peace" (from "NATO's Partnership for Peace programme") as organisations. Wording made up here.
 */
import { describe, expect, it } from "vitest";
import { unrecognisedNames, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const listed = (text: string) => unrecognisedNames(text, fresh).map((n) => n.name);

describe("names list: fragments that name no party", () => {
  it("leaves out a name written before '-born'", () => {
    const text = "Ghana accused the Varo Front of arming a Talmi-born commander, and Benin condemned the Front's raids on the border.";
    expect(listed(text)).not.toContain("Talmi");
  });

  it("leaves out the halves of a title joined by 'for'", () => {
    const text = "Ghana joined NATO's Partnership for Prosperity programme in March, and Togo condemned the move.";
    const names = listed(text);
    expect(names).not.toContain("Partnership");
    expect(names).not.toContain("Prosperity");
  });

  it("keeps a name joined by 'for' to a known actor", () => {
    // A group named after the state it backs: "Friends" stays on the list for the curator to name.
    const text = "The Friends for Ghana met in Accra, and Togo condemned the meeting.";
    expect(listed(text)).toContain("Friends");
  });
});
