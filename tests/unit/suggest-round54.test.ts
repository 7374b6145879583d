/**
 * The fifty-fourth round's mechanisms, on wording of their own (not the fixtures'): a year after
 * "in" ends a name as a month or a day does ("formed the Lindholm Support Group in 1995"); the
 * League of Nations is a body of its own and its organs no unknown names; a people-word before a
 * person's name is cut off on the names list; a name an apposition calls an armed body ("Vorkana,
 * the guerrilla army that") or a breakaway region ("Velmora, another breakaway region") is a party.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });

describe("a year after 'in' ends the name before it", () => {
  it("'formed the Lindholm Support Group in 1995' names the Lindholm Support Group, after a 'Lindholm Group' named before", () => {
    const cs = read(
      "The talks build on the work of the Lindholm Group of Norway, Chile and Ghana, which since 1990 has sought a settlement. Peru and Uruguay formed the Lindholm Support Group in 1995 to back its efforts.",
    );
    expect(between(cs, "PER", "LINDHOLMSUPPORTGROUP").length).toBeGreaterThan(0);
    expect([...ids(cs)].some((id) => id.includes("1995"))).toBe(false);
  });
});

describe("the League of Nations is a body", () => {
  it("'the League of Nations' and its organ's name read as the League, a member joining it", () => {
    const cs = read("France told the Assembly of the League of Nations in Geneva last week that it would meet its obligations. Germany joined the League of Nations in 1926.", "1938-09-20");
    expect(between(cs, "DEU", "LEAGUEOFNATIONS").length).toBeGreaterThan(0);
    expect(ids(cs).has("ASSEMBLYOFTHELEAGUEOFNATIONS")).toBe(false);
  });
});

describe("an organ of a known body is no unknown name", () => {
  it("'the Assembly of the League of Nations', 'the Parliamentary Assembly of the Council of Europe' are not offered", () => {
    const text = "France told the Assembly of the League of Nations in Geneva that it would meet its obligations. Italy addressed the Parliamentary Assembly of the Council of Europe on Monday.";
    const names = unrecognisedNames(text, fresh, { sourceDate: "1938-09-20" }).map((u) => u.name);
    expect(names.filter((n) => /Assembly/.test(n))).toEqual([]);
  });
});

describe("a people-word before a person's name on the names list", () => {
  it("'the Chechen Ahmed Dudarov' is offered as 'Ahmed Dudarov'", () => {
    const text = "Volunteers crossed the mountains to fight for Abkhazia, among them a battalion led by the Chechen Ahmed Dudarov. Georgia accused Moscow of arming them.";
    const names = unrecognisedNames(text, fresh, { sourceDate: "1993-09-20" }).map((u) => u.name);
    expect(names).toContain("Ahmed Dudarov");
    expect(names.filter((n) => n.includes("Chechen"))).toEqual([]);
  });
});

describe("a name an apposition calls an armed body or a movement", () => {
  it("'Vorkana, the guerrilla army that …' is a party's name", () => {
    const cs = read("Vorkana, the guerrilla army that has fought Indonesian rule since 1980, stayed in its camps. Indonesia accused Vorkana of attacking a convoy on Monday.");
    expect(between(cs, "IDN", "VORKANA").length).toBeGreaterThan(0);
  });
  it("'The Kibo-Kibo, local militias which …' is a party's name, written once", () => {
    const cs = read("Talks opened on Monday. The Kibo-Kibo, local militias which have fought Rwanda across the east, receive weapons from Kinshasa.");
    expect(between(cs, "RWA", "KIBOKIBO").length).toBeGreaterThan(0);
  });
  it("a place before the apposition is no party ('in Kordo, the militias that …')", () => {
    const cs = read("Fighting broke out in Kordo, the militias that Rwanda backs said on Monday, and Uganda protested.");
    expect(ids(cs).has("KORDO")).toBe(false);
  });
});

describe("a name in apposition with 'another breakaway region'", () => {
  it("'Velmora, another breakaway region north of Tbilisi' is a party of its own", () => {
    const cs = read("Russian peacekeepers have patrolled Velmora, another breakaway region north of Tbilisi, since a ceasefire in 1992. Georgia fought Velmora's militias for a year.", "1994-05-14");
    expect(between(cs, "GEO", "VELMORA").length).toBeGreaterThan(0);
  });
});
