/**
 * The forty-eighth round's mechanisms, on wording of their own (not the fixtures'): people a state's
 * office names, a given name inside another person's full name, and what the names list offers.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import { readText } from "../../src/model/suggest/suggest.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));
const read = (text: string, sourceDate = "2005-03-01") => suggest(text, fresh, { sourceDate });
/** The actor each written name is read as: "surface@offset" → actor id. */
const mentions = (text: string) => new Map(readText(text, fresh, { sourceDate: "2005-03-01" }).named.map((m) => [`${text.slice(m.start, m.end)}@${m.start}`, m.actor]));
const listed = (text: string) => unrecognisedNames(text, fresh, { sourceDate: "2005-03-01" });

describe("a state's office-holder after 'X, whose'", () => {
  it("binds 'Peru, whose King Tomas …' to Peru, no actor of his own", () => {
    const cs = read("Peru, whose King Tomas condemned the shelling of Bolivia last week, has sided with La Paz. Tomas met Bolivian envoys on Monday.");
    expect(ids(cs).has("KINGTOMAS")).toBe(false);
    expect(between(cs, "PER", "BOL").length).toBeGreaterThan(0);
  });
  it("binds 'Chile, whose foreign minister, Ana Rossel, …' to Chile", () => {
    const cs = read("Chile, whose foreign minister, Ana Rossel, flew to Lima on Monday, has offered to mediate. Rossel later met Bolivian envoys in Quito.");
    expect(between(cs, "CHL", "BOL").some((c) => c.quote.startsWith("Rossel later"))).toBe(true);
  });
});

describe("a one-word name after an office is not another person's surname", () => {
  const text =
    "Peru's King Tomas denounced the raid on Monday. Ecuador, which has long sided with Ivo Tomas, the rebel leader, kept silent. " +
    "Tomas later met Chile's envoy.";
  it("'Ivo Tomas' is not King Tomas (Peru)", () => {
    const at = text.indexOf("Ivo Tomas") + 4;
    expect(mentions(text).get(`Tomas@${at}`)).toBeUndefined();
    expect(mentions(text).get(`Tomas@${text.indexOf("Tomas later")}`)).toBe("PER");
  });
  it("but the name after a title or alone is still the king's", () => {
    const cs = read(text);
    expect(between(cs, "PER", "CHL").some((c) => c.quote.startsWith("Tomas later"))).toBe(true);
  });
  it("a month before the name is no given name ('In May Tomas …')", () => {
    const cs = read("Peru's King Tomas denounced the raid on Monday. In May Tomas accused Chile of arming the rebels.");
    expect(between(cs, "PER", "CHL").some((c) => c.quote.startsWith("In May"))).toBe(true);
  });
  it("a king named once, then another man of the same name: no monarch of his own", () => {
    const cs = read("King Tomas praised the deal in a speech on Monday. Ecuador has sided openly with Ivo Tomas, the rebel leader, against Peru.");
    expect(ids(cs).has("KINGTOMAS")).toBe(false);
  });
});

describe("the names list: another person's full name is not read as the king", () => {
  it("offers 'Ivo Tomas' with no 'read as' the king's state", () => {
    const entry = listed("Peru's King Tomas denounced the raid on Monday. Ecuador has long sided with Ivo Tomas against Peru.").find((n) => n.name === "Ivo Tomas");
    expect(entry?.contains).toBeUndefined();
  });
});

describe("the names list: weapons and built places are no parties; people are people", () => {
  const entry = (text: string, name: string) => listed(text).find((n) => n.name === name);
  it("leaves out a weapon's model ('Varo missiles', 'Kelo attack helicopters')", () => {
    const text = "Peru fired dozens of Varo missiles at Chile, and Bolivia sent Kelo attack helicopters to defend its cities.";
    expect(entry(text, "Varo")).toBeUndefined();
    expect(entry(text, "Kelo")).toBeUndefined();
  });
  it("keeps a group's fighters ('Varo fighters' are people)", () => {
    expect(entry("Peru accused Varo fighters of raiding its border posts.", "Varo")).toBeDefined();
  });
  it("leaves out an air base, a highway and a bridge ('the Talmi air base', 'the Trans-Andean Highway')", () => {
    const text = "Chile let American aircraft use the Talmi air base, and Peru closed the Trans-Andean Highway and the Dorva bridge.";
    expect(entry(text, "Talmi")).toBeUndefined();
    expect(entry(text, "Trans-Andean Highway")).toBeUndefined();
    expect(entry(text, "Dorva")).toBeUndefined();
  });
  it("a full name then its given name alone is one person ('Zorvan Marek' … 'Zorvan')", () => {
    const list = listed("Peru sided openly with Zorvan Marek in the war. Troops loyal to Zorvan fought on in the south.");
    expect(list.find((n) => n.name === "Zorvan")).toBeUndefined();
    expect(list.find((n) => n.name === "Zorvan Marek")?.kind).toBe("person");
  });
  it("a body's short name 'of' a two-word name: its leader, a person ('the VLF of Zorvan Marek')", () => {
    expect(entry("The Varo Liberation Front (VLF) of Zorvan Marek has lost the money it got from Peru.", "Zorvan Marek")?.kind).toBe("person");
  });
});

describe("a body named once in full with its topic after 'on'", () => {
  it("learns 'the Andean Commission on Human Rights' whole", () => {
    const cs = read("Peru has accused Chile of abuses and asked the Andean Commission on Human Rights to send investigators to Chile.");
    expect(between(cs, "ANDEANCOMMISSIONONHUMANRIGHTS", "CHL").length).toBeGreaterThan(0);
  });
  it("a people-word after 'Inter-' or 'Pan-' is no state ('the Inter-American Commission on Human Rights')", () => {
    const text = "Peru asked the Inter-American Commission on Human Rights to send investigators to Chile.";
    expect(between(read(text), "INTERAMERICANCOMMISSIONONHUMANRIGHTS", "CHL").length).toBeGreaterThan(0);
    expect([...mentions("A Pan-American convoy reached Peru.").values()]).not.toContain("USA");
  });
});
