/**
 * The fifty-sixth round's mechanisms, each on wording of its own (not the fixtures'): what leaves the
 * names list because the text writes it as part of a place's name, a month, a people-word or a
 * language, and a person's initials.
 */
import { describe, expect, it } from "vitest";
import { unrecognisedNames } from "../../src/model/suggest/unrecognised.ts";
import type { SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const names = (text: string) => unrecognisedNames(text, fresh, {}).map((n) => n.name);

describe("a fragment of a place's name after a lower-case connective", () => {
  it("joins a Spanish or Italian particle into the name ('Punta del Varo'), no tail standing alone", () => {
    const text = "Foreign ministers meeting at Punta del Varo voted to expel the Kelmar Liberation Front from the league.";
    expect(names(text)).not.toContain("Varo");
  });

  it("drops the tail after a geographic head's 'of' ('the Bay of Toads', 'the Gulf of Tessaly')", () => {
    const text = "Exiles trained by Ivo Marek landed at the Bay of Toads in April, and the navy patrols the Gulf of Tessaly.";
    expect(names(text)).not.toContain("Toads");
    expect(names(text)).not.toContain("Tessaly");
    expect(names(text)).toContain("Ivo Marek");
  });

  it("drops the tail of a hyphenated place ('Pont-sur-Varenne')", () => {
    expect(names("Gunmen of the Kelmar Front tried to kill the minister with a roadside bomb at Pont-sur-Varenne.")).not.toContain("Varenne");
  });
});

describe("places and episodes", () => {
  it("reads a place the text calls a shore or a coast in apposition ('the Korocoast, the rugged southern shore')", () => {
    expect(names("The Kelmar Front fights on the Korocoast, the rugged southern shore of the island, and villagers fled.")).not.toContain("Korocoast");
  });

  it("counts 'off' as a preposition of place ('a ship off Tarsa')", () => {
    expect(names("The navy seized a ship off Tarsa with a cargo of weapons for the Kelmar Front. Tarsa and Kelmar have been torn by fighting.")).not.toContain("Tarsa");
  });

  it("drops a place's name before an episode's noun ('the Varo expedition of 1956')", () => {
    expect(names("Relations between the Kelmar Front and the government have been broken since the Varo expedition of 1956.")).not.toContain("Varo");
  });
});
