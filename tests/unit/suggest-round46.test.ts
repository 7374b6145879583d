/**
 * The forty-sixth round's mechanisms, on wording of their own (not the fixtures'): lands, bodies and
 * forces the engine did not bind or bound wrong.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2005-03-01") => suggest(text, fresh, { sourceDate });

describe("a land the report calls a neighbour is a party of its own", () => {
  it("binds 'neighbouring Morushetia'", () => {
    const cs = read("Talks between Peru and the rebels were held in Talmi, the capital of neighbouring Morushetia, on Monday. Morush President Abel Kost has accused Peru of shelling Morush villages.");
    expect(between(cs, "MORUSHETIA", "PER").length).toBeGreaterThan(0);
  });

  it("reads the people-word clipped from its name ('Morush') alone in a later sentence", () => {
    const cs = read("Refugees fled into neighbouring Morushetia in May. Its people fear more shelling. The Morush government has accused Peru of shelling its villages.");
    expect(between(cs, "MORUSHETIA", "PER").some((c) => c.quote.startsWith("The Morush government"))).toBe(true);
  });

  it("not a longer name's first word, nor a known state", () => {
    expect(read("Fighters from the neighbouring Morushetia region attacked Peru on Monday.").some((c) => c.source.id === "MORUSHETIA" || c.target.id === "MORUSHETIA")).toBe(false);
  });
});

describe("a name described once as a gathering of armed groups", () => {
  const text =
    "In Lima, the Free Hill Union, the alliance of five guerrilla parties based in Peru, denounced the accord. " +
    "The United Nations Observer Mission in Peru and Bolivia (UNOMPB) will watch the border. " +
    "Leaders of the alliance said Ecuador had betrayed them. Bolivia will keep supplying weapons to the guerrillas.";
  it("reads the fighters' word later as that name, not a body named nearer", () => {
    const cs = read(text);
    expect(between(cs, "BOL", "FREEHILLUNION").some((c) => c.quote.startsWith("Bolivia will"))).toBe(true);
  });
  it("reads the gathering's noun later as that name", () => {
    const cs = read(text);
    expect(between(cs, "ECU", "FREEHILLUNION").some((c) => c.quote.startsWith("Leaders of"))).toBe(true);
    expect(between(cs, "ECU", "UNOMPB").filter((c) => c.quote.startsWith("Leaders of"))).toEqual([]);
  });
});

describe("a gathering named once, by its own last word later", () => {
  it("reads 'the mujahideen' as 'the Free Hill Mujahideen'", () => {
    const cs = read("In Lima, the Free Hill Mujahideen, the alliance of five guerrilla parties based in Peru, denounced the accord. Ecuador is sending money to the mujahideen.");
    expect(between(cs, "ECU", "FREEHILLMUJAHIDEEN").some((c) => c.quote.startsWith("Ecuador is"))).toBe(true);
  });
});

describe("the names list leaves out a name the text calls a town or a river", () => {
  const listed = (text: string) => unrecognisedNames(text, fresh, { sourceDate: "2005-03-01" }).map((n) => n.name);
  it("a town in apposition ('Talmi, the Dorvan capital') wherever else it is written", () => {
    const text = "Delegates from Lima and from Talmi, the Dorvan capital, signed the deal. Peru accused Talmi of stalling, and Talmi denied it.";
    expect(listed(text)).not.toContain("Talmi");
  });
  it("a river ('the Kelo river') and its bare name later", () => {
    const text = "Peru will pull its forces back from the Kelo river. Troops on the Kelo will be watched, and the Kelo will mark the line.";
    expect(listed(text)).not.toContain("Kelo");
  });
  it("names listed before 'and other republics of'", () => {
    const text = "Volunteers from Barovia, Kelmistan and other republics of the north fought for the rebels against Peru.";
    expect(listed(text)).not.toContain("Barovia");
    expect(listed(text)).not.toContain("Kelmistan");
  });
  it("still lists a name described otherwise ('Talmi, the city's mayor')", () => {
    expect(listed("Delegates from Lima met Talmi, the city's mayor, on Monday. Peru accused Talmi of stalling, and Talmi denied it.")).toContain("Talmi");
  });
});

describe("a pact the text gives members or partners is a bloc", () => {
  const ids = (text: string) => new Set(read(text).flatMap((c) => [c.source.id, c.target.id]));
  it("'Peru's partner in the Varo Pact' and its partners listed after", () => {
    const cs = read("Chile, Peru's partner in the Varo Pact, has been left uneasy, and its partners in that alliance, Bolivia and Ecuador, are meeting in Quito.");
    expect(between(cs, "CHL", "VAROPACT").length).toBeGreaterThan(0);
    expect(between(cs, "BOL", "VAROPACT").length).toBeGreaterThan(0);
  });
  it("'the Lima Pact states': a city's name inside is the pact's, not the state's alone", () => {
    expect(ids("Bolivia warned the Lima Pact states against new bases.").has("LIMAPACT")).toBe(true);
  });
  it("not a pact named only as a treaty", () => {
    expect(ids("Bolivia and Chile signed the Varo Pact in 1955, and Peru welcomed it.").has("VAROPACT")).toBe(false);
  });
});
