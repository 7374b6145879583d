/**
 * The forty-fourth round's mechanisms, on wording of their own (not the fixtures'): parties a text
 * names in full once and otherwise by a common noun or not at all.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2005-03-01") => suggest(text, fresh, { sourceDate });

describe("a self-proclaimed republic named with 'of' and its land's own name", () => {
  it("keeps 'of Varnia' in the name of the breakaway republic", () => {
    const cs = read("Peru and the breakaway Andean Republic of Varnia signed a ceasefire on Monday. The separatists said Peru's army had shelled their villages.");
    expect(between(cs, "PER", "ANDEANREPUBLICOFVARNIA").length).toBeGreaterThan(0);
    expect(cs.filter((c) => c.source.id === "ANDEANREPUBLIC" || c.target.id === "ANDEANREPUBLIC")).toEqual([]);
  });

  it("not a known state after 'of'", () => {
    const cs = read("Rebels of the breakaway Northern Republic of Peru clashed with Ecuador on Monday.");
    expect(cs.filter((c) => /OFPERU$/.test(c.source.id) || /OFPERU$/.test(c.target.id))).toEqual([]);
  });
});

describe("a state's people-word before a party's head names the party", () => {
  it("reads 'his Peruvian Front' as a party, not Peru", () => {
    const cs = read("Gomez opposed the plan, and his Peruvian Front has accused Bolivia of betrayal.");
    expect(between(cs, "PERUVIANFRONT", "BOL").length).toBeGreaterThan(0);
    expect(between(cs, "PER", "BOL")).toEqual([]);
  });

  it("keeps the state's army the state's", () => {
    expect(between(read("The Peruvian Army has attacked Bolivia."), "PER", "BOL").length).toBeGreaterThan(0);
  });
});

describe("a body's name right after its lower-case description", () => {
  it("reads 'the Bolivian nationalist group MNR-FSB' as the group, not only Bolivia", () => {
    const cs = read("Members of the Bolivian nationalist group MNR-FSB attacked Peru on Monday.");
    expect(between(cs, "MNRFSB", "PER").length).toBeGreaterThan(0);
  });

  it("reads a sentence-opening 'A Swiss company, Alpen Guard Services,' as the company", () => {
    const cs = read("A Swiss company, Alpen Guard Services, has trained the police of Peru.");
    expect(between(cs, "ALPENGUARDSERVICES", "PER").length).toBeGreaterThan(0);
  });

  it("not a speaker after 'the group,', nor a day", () => {
    const cs = read("A spokesman for the group, Juan Perez, said Peru had attacked. The group Friday accused Bolivia.");
    expect(cs.filter((c) => ["JUANPEREZ", "FRIDAY"].includes(c.source.id) || ["JUANPEREZ", "FRIDAY"].includes(c.target.id))).toEqual([]);
  });
});

describe("a person's followers called by his name and '-ists'", () => {
  it("reads 'the Oscarists' as a group of their own", () => {
    const cs = read("A revolt broke out in the west, led by the Oscarists, as followers of the ousted president Oscar Mendez are known. Peru's army attacked the Oscarists on Monday.");
    expect(between(cs, "PER", "OSCARISTS").length).toBeGreaterThan(0);
  });

  it("not a creed's word beside an adjective or the creed alone", () => {
    const cs = read("The Islamists attacked Peru on Monday, citing Islam. The Islamic courts were closed.");
    expect(cs.filter((c) => c.source.id === "ISLAMISTS" || c.target.id === "ISLAMISTS")).toEqual([]);
  });
});

describe("the head of a government named for its patron state", () => {
  it("reads 'Juan Ortiz, the head of the pro-Lima government in Tarma' as a party of his own", () => {
    const cs = read("Juan Ortiz, the head of the pro-Lima government in Tarma, which fought the rebels with Peruvian backing, called the agreement a betrayal.");
    expect(cs.filter((c) => c.source.id === "JUANORTIZ" || c.target.id === "JUANORTIZ").length).toBeGreaterThan(0);
  });

  it("not when the word after 'pro-' names no state", () => {
    const cs = read("Juan Ortiz, the head of the pro-Western government in Tarma, which fought the rebels with Peruvian backing, called the agreement a betrayal.");
    expect(cs.filter((c) => c.source.id === "JUANORTIZ" || c.target.id === "JUANORTIZ")).toEqual([]);
  });
});
