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
const entry = (text: string, name: string) => unrecognisedNames(text, fresh, {}).find((n) => n.name === name);

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

describe("a month before a capitalised word", () => {
  it("reads a full month before a known state's people-word as a month ('Last June French troops')", () => {
    const list = names("Last June French troops fought the men of Ivo Marek for three days.");
    expect(list.some((n) => /June/u.test(n))).toBe(false);
    expect(list).toContain("Ivo Marek");
  });

  it("and before a people-word its ending gives away ('in July Tarvonian gunmen')", () => {
    expect(names("The truce held until in July Tarvonian gunmen attacked the Kelmar Liberation Front.").some((n) => /July/u.test(n))).toBe(false);
  });
});

describe("a people-word or an adjective offered as an organisation", () => {
  it("drops a people-word of a place the text names ('Varonia' … 'the Varon freighter'; 'Kela' … 'the Kelan coast')", () => {
    const text = "Varonia has also armed the rebels. The navy seized the Varon freighter with a cargo of rifles. Kela joined the federation, and raiders landed on the Kelan coast.";
    const list = names(text);
    expect(list).not.toContain("Varon");
    expect(list).not.toContain("Kelan");
  });

  it("drops a word joined by 'and' to a people-word before a lower-case noun ('British and Tarkha troops', 'Tarkha and Varonian officers')", () => {
    expect(names("British and Tarkha troops have borne the brunt of the fighting against the Kelmar Front.")).not.toContain("Tarkha");
    expect(names("Tarkha and Varonian officers have borne the brunt of the fighting against the Kelmar Front.")).not.toContain("Tarkha");
  });

  it("reads the endings '-ican' and '-ayan' as an adjective's ('the Dravican order', 'the Korlayan frontier'), not 'Vatican'", () => {
    const list = names("Monks of the Dravican order walked between the Kelmar Front and the police along the Korlayan frontier.");
    expect(list).not.toContain("Dravican");
    expect(list).not.toContain("Korlayan");
  });

  it("drops a language before 'name' or 'word' ('the Tolani name')", () => {
    expect(names("The operation has been given the Tolani name Kamo Fren, or helping a friend, by the Kelmar Front.")).not.toContain("Tolani");
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

describe("a person's initials", () => {
  it("lists 'A K Voruba' whole and as a person, 'A' inside a sentence being no article", () => {
    const text = "The armed wing of A K Voruba's movement rose against the Kelmar government in December.";
    expect(entry(text, "A K Voruba")).toMatchObject({ kind: "person" });
  });
});
