/**
 * The thirty-eighth round's mechanisms, on wording of their own (not the fixtures'): the actor a
 * sentence means but does not name ("the rebels" for the one group the text called so, …).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });

describe("'the rebels' for the one group the text called so", () => {
  const militia = "The Coastal Defence Militia (CDM), which fought beside the army for a decade, did not sign.";

  it("reads 'the guerrillas' as the group named 'the guerrillas of the ALF', not the militia named nearer", () => {
    const cs = read(`Peru's government and the leftist guerrillas of the Andean Liberation Front (ALF) signed a truce in Lima on Monday. ${militia} Bolivia has long accused the guerrillas of smuggling arms across the border.`);
    expect(between(cs, "BOL", "ALF").length).toBeGreaterThan(0);
    expect(between(cs, "BOL", "CDM").filter((c) => c.sentence === 2)).toEqual([]);
  });

  it("reads 'the rebels' as the party whose own name holds the word before them ('the Maoist rebels')", () => {
    const cs = read(`Peru's government and the Maoist rebels signed a truce in Lima on Monday. The agreement was negotiated with the Communist Party of Peru (Maoist) over two years. ${militia} Bolivia has long accused the rebels of smuggling arms across the border.`);
    expect(between(cs, "BOL", "COMMUNISTPARTYOFPERUMAOIST").length).toBeGreaterThan(0);
    expect(between(cs, "BOL", "CDM").filter((c) => c.sentence === 3)).toEqual([]);
  });

  it("reads 'the rebels' as a group named in apposition ('the ALF, the Andean rebels who …')", () => {
    const cs = read(`Peru signed a truce on Monday with the Andean Liberation Front (ALF), the highland rebels who took up arms in 1990. ${militia} Bolivia has long accused the rebels of smuggling arms across the border.`);
    expect(between(cs, "BOL", "ALF").length).toBeGreaterThan(0);
  });

  it("leaves 'the rebels' to the nearer reading when the text speaks of several risings ('the two rebel movements')", () => {
    const cs = read(`Peru's government and the two rebel movements signed a truce in Lima on Monday, among them the leftist guerrillas of the Andean Liberation Front (ALF). ${militia} Bolivia has long accused the guerrillas of smuggling arms across the border.`);
    expect(between(cs, "BOL", "ALF").filter((c) => c.sentence === 2)).toEqual([]);
  });

  it("still reads 'the guerrillas' so beside a number of fighters ('some 3,000 guerrillas') and a group's forces ('rebel forces')", () => {
    const cs = read(`Peru's government and the leftist guerrillas of the Andean Liberation Front (ALF) signed a truce in Lima on Monday. Some 3,000 guerrillas are to disarm, and rebel forces will leave the towns. ${militia} Bolivia has long accused the guerrillas of smuggling arms across the border.`);
    expect(between(cs, "BOL", "ALF").length).toBeGreaterThan(0);
  });

  it("takes no person's apposition ('Soto, a former rebel commander', Soto speaking for the ALF) for the text calling a group rebels", () => {
    const cs = read(`Peru signed a truce on Monday with the Andean Liberation Front (ALF). Talks were led by Juan Soto, the ALF's chief negotiator. Soto, a former rebel commander, met the army's chief in May. ${militia} Bolivia has long accused the rebels of smuggling arms across the border.`);
    expect(between(cs, "BOL", "ALF").filter((c) => c.sentence === 4)).toEqual([]);
  });
});

describe("a known body by what news calls it alone ('the alliance', 'the world body')", () => {
  it("reads 'the alliance' as NATO, named before, not the EU named nearer", () => {
    const cs = read("Norway asked to join NATO in March. The European Union said it would fund new border posts. Sweden, the alliance's newest member, backed the request.");
    expect(between(cs, "SWE", "NATO").some((c) => c.sentence === 2 && c.type === "membership")).toBe(true);
    expect(between(cs, "SWE", "EU").filter((c) => c.sentence === 2)).toEqual([]);
  });

  it("reads 'the world body' as the United Nations, not ASEAN named nearer", () => {
    const cs = read("The United Nations sent monitors to the border in May. ASEAN also pledged to help. Thailand asked the world body to extend the mission.");
    expect(between(cs, "THA", "UN").some((c) => c.sentence === 2)).toBe(true);
    expect(between(cs, "THA", "ASEAN").filter((c) => c.sentence === 2)).toEqual([]);
  });

  it("leaves 'the alliance' to the text's own alliance when it named one ('the Three Rivers Alliance')", () => {
    const cs = read("The Three Rivers Alliance (TRA) took the town in May. NATO condemned the assault. Laos said the alliance had killed 40 civilians.");
    expect(between(cs, "LAO", "TRA").some((c) => c.sentence === 2)).toBe(true);
    expect(between(cs, "LAO", "NATO").filter((c) => c.sentence === 2)).toEqual([]);
  });
});

describe("'both camps' for the text's main pair", () => {
  it("reads 'both camps' as the two parties, not the two go-betweens named just before", () => {
    const cs = read("Peru's government and the Andean Liberation Front (ALF) signed a ceasefire in Lima on Monday. Peru and the ALF had fought for a decade, and the ALF accused Peru of massacres. Norway and Chile backed the talks. Norway urged both camps to respect the truce.");
    expect(between(cs, "NOR", "ALF").some((c) => c.sentence === 3)).toBe(true);
    expect(between(cs, "NOR", "CHL").filter((c) => c.sentence === 3)).toEqual([]);
  });
});

describe("a place that declares its secession is a party", () => {
  const text = "In 1994 Velora and the smaller island of Kestá declared their secession from the federation. The renegade leader of the island of Velora, Jon Amar, was elected in 2001. Tanzania sent troops against Velora in March.";

  it("learns both islands as parties, the accented one also without its accent", () => {
    const names = learnNames(text, buildGazetteer([]));
    expect(names.map((n) => [n.actor.id, n.actor.kind])).toEqual(expect.arrayContaining([["VELORA", "non-state"], ["KESTÁ", "non-state"]]));
    expect(names.find((n) => n.actor.id === "KESTÁ")?.forms).toContain("Kesta");
  });

  it("reads the seceding island with the state that sends troops against it", () => {
    expect(between(read(text), "TZA", "VELORA").length).toBeGreaterThan(0);
  });

  it("learns no party from a word the text never calls a place ('Parliament declared independence')", () => {
    const names = learnNames("In 1991 Parliament declared independence from the federation, and Tanzania recognised it.", buildGazetteer([]));
    expect(names.map((n) => n.actor.id)).toEqual([]);
  });
});
