/**
 * The fifty-eighth round's mechanisms, on wording of their own (not the fixtures'): mentions of
 * parties the engine did not recognise, and what leaves the names list.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });
const names = (text: string, sourceDate = "2000-01-01") => unrecognisedNames(text, fresh, { sourceDate });

describe("a name that opens a sentence before its description", () => {
  it("keeps its first word when the text writes the name again inside a sentence ('Vantu Kerel, a force loyal to …' … 'in Vantu Kerel')", () => {
    const cs = read(
      "Vantu Kerel, a force loyal to the exiled president, was trained and armed in Tanzania and fought Uganda's army for two years. Officers in Vantu Kerel have long distrusted the government.",
    );
    expect(ids(cs).has("VANTUKEREL")).toBe(true);
    expect(ids(cs).has("KEREL")).toBe(false);
    expect(between(cs, "VANTUKEREL", "UGA").length).toBeGreaterThan(0);
  });
});

describe("a known body's mission or force, named after it", () => {
  it("reads 'the United Nations peacebuilding office in Bangui (BUNAV)' as a mission of its own", () => {
    const cs = read(
      "Rebels of the Kelmar Front seized two towns in the north. Anna Lind, who heads the United Nations peacebuilding office in Bangui (BUNAV), met Kelmar Front leaders and the Central African government and said the UN would help them carry out the ceasefire.",
    );
    expect(ids(cs).has("BUNAV")).toBe(true);
  });

  it("reads 'the African Union's Northern Task Force' as a force of its own, named without the possessive", () => {
    const cs = read("Soldiers of the African Union's Northern Task Force, advised by American officers, hunt the rebels of the Kelmar Front near the Sudanese border.");
    expect(ids(cs).has("NORTHERNTASKFORCE")).toBe(true);
    expect([...ids(cs)].some((id) => id.startsWith("AFRICANUNIONS"))).toBe(false);
  });
});

describe("a monarch's title is an office, not a name", () => {
  it("offers 'Tsar Varnan IV' as the person 'Varnan IV', and neither 'Tsar' nor 'the Kaiser' as an organisation", () => {
    const list = names("The Tsar had hoped to win the war, but Tsar Varnan IV agreed to talks after the Kaiser and Emperor Oskar of Tarvonia urged peace on the Kelmar Front.");
    expect(list.filter((u) => /^(?:Tsar|Kaiser|Emperor)/u.test(u.name))).toEqual([]);
    expect(list.find((u) => u.name === "Varnan IV")?.kind).toBe("person");
  });
});

describe("older names of a seat of government", () => {
  it("reads 'Peking' as China and 'the Porte' as Turkey (the Ottoman government)", () => {
    const cs = read("Peking accused India of aggression on the frontier. The Porte rejected the demands of Greece and threatened war.", "1962-11-01");
    expect(between(cs, "CHN", "IND").length).toBeGreaterThan(0);
    expect(between(cs, "TUR", "GRC").length).toBeGreaterThan(0);
  });
});

describe("a word before a state's name or people-word, no noun after", () => {
  it("reads 'the Tarvo Lao' as a party of its own, fought by Laos, and 'the Tarvo Lao troops' not", () => {
    const cs = read("The royal government of Laos has fought the Tarvo Lao for most of the past decade, and Thailand backs the royal army.");
    expect(between(cs, "LAO", "TARVOLAO").length).toBeGreaterThan(0);
    const plain = read("The royal government of Laos has fought with Tarvo Lao troops for most of the past decade, and Thailand backs the royal army.");
    expect(ids(plain).has("TARVOLAO")).toBe(false);
  });

  it("leaves a plural people-word a population ('the Sudeten Germans')", () => {
    const cs = read("Poland demands that its minority be handed over on the same terms as the Velden Germans, and Hungary backs the claim.", "1938-09-20");
    expect(ids(cs).has("VELDENGERMANS")).toBe(false);
  });
});

describe("a firm's partners joined by an ampersand", () => {
  it("offers 'Marsh, Lind & Co' as one name, not 'Marsh', 'Lind' and 'Co'", () => {
    const list = names("Varonia paid for the war with loans raised abroad, where the banking house of Marsh, Lind & Co. sold its bonds to the Kelmar Front.").map((u) => u.name);
    expect(list).toContain("Marsh, Lind & Co");
    expect(list.filter((n) => ["Marsh", "Lind", "Co"].includes(n))).toEqual([]);
  });
});
