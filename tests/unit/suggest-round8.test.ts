/**
 * The eighth round's mechanisms, each on wording of its own: a state's army the text names as an
 * actor stands for "the army", "the military" and the state's army after it, and its commander for
 * it; a leader's nickname ("known as …") is no actor of its own but one more name of the party the
 * leader heads.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames, withLearnedNames, wordsOf } from "../../src/model/suggest/gazetteer.ts";
import { learnPeople } from "../../src/model/suggest/people.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const people = (text: string) => {
  const words = wordsOf(text);
  const shared = buildGazetteer([]);
  const g = withLearnedNames(shared, learnNames(text, shared, words));
  return learnPeople(text, g, words).map((p) => `${p.actor.id}:${p.forms.join("|")}`);
};

describe("a state's army learned as an actor", () => {
  const text =
    "Fighting broke out near Agadez between the Nigerien Armed Forces (NAF) and rebels of the Patriotic Liberation Front (PLF). " +
    "Niger's army said its jets had struck PLF positions. Chad offered to mediate between the military and the PLF. " +
    "Egypt's army was not involved, officials said.";

  it("reads the state's army, 'the military' and 'army' as the learned army, not the state", () => {
    const cs = suggest(text, fresh);
    expect(find(cs, "TCD", "NAF")).toMatchObject({ sign: 0 });
    expect(find(cs, "TCD", "NER")).toBeUndefined();
    expect(find(cs, "NAF", "PLF")).toBeDefined();
    expect(cs.some((c) => c.source.mention === "Niger's army" || c.target.mention === "Niger's army")).toBe(true);
  });

  it("leaves another state's army, and an army owned by a word before it, to their own", () => {
    const cs = suggest(`${text} Egypt's army and the PLF have never met. Whose army fought the PLF, Libya's officials asked.`, fresh);
    expect(cs.filter((c) => c.source.mention === "army" || c.target.mention === "army")).toEqual([]);
    expect(find(cs, "EGY", "PLF")).toBeDefined();
  });

  it("does nothing when the text names no army of its own", () => {
    const cs = suggest("Chad offered to mediate between the military and the rebels of the Patriotic Liberation Front (PLF), Niger's army said.", fresh);
    expect(cs.some((c) => c.source.id === "NAF" || c.target.id === "NAF")).toBe(false);
    expect(find(cs, "NER", "PLF")).toBeDefined();
  });

  it("binds the army's chief to it, before the list of leaders", () => {
    expect(people(`${text} Army chief General Hassan Mbodou Kaya said the rebels would be crushed.`)).toContain("NAF:Hassan Mbodou Kaya|Kaya|Mbodou Kaya");
  });
});

describe("a leader's nickname", () => {
  const text =
    "The Rapid Support Forces (RSF) shelled the airport again on Sunday. General Mohamed Hamdan Dagalo, known as Hemedti, who leads the RSF, " +
    "rejected the truce. The United Arab Emirates has close ties with Hemedti.";

  it("is one more name of the party the leader heads, not an actor", () => {
    expect(people(text)).toContain("RSF:Mohamed Hamdan Dagalo|Dagalo|Hamdan Dagalo|Hemedti");
    expect(learnNames(text, buildGazetteer([])).map((n) => n.actor.id)).not.toContain("HEMEDTI");
    expect(find(suggest(text, fresh), "ARE", "RSF")).toMatchObject({ sign: 1 });
  });

  it("stays a name when what comes before it is no person ('the Islamic Caliphate, known as Dawla')", () => {
    expect(learnNames("Iraq fought the Islamic Caliphate, known as Dawla, for three years.", buildGazetteer([])).some((n) => n.forms.includes("Dawla"))).toBe(true);
  });
});

describe("names with a hyphen inside", () => {
  const learned = (text: string) => learnNames(text, buildGazetteer([])).map((n) => `${n.actor.id}:${n.actor.label}`);

  it("keeps a small word joined by a hyphen in the name ('Co-operation'), not a participle ('Haftar-trained')", () => {
    expect(learned("Mali left the Council for Security and Co-operation in the Sahel (CSCS) in May.")).toEqual(["CSCS:Council for Security and Co-operation in the Sahel"]);
    expect(learned("Clashes spread as the Haftar-trained Tribal Salvation Front advanced.")).toEqual(["TRIBALSALVATIONFRONT:Tribal Salvation Front"]);
  });

  it("reads a known acronym with a letter joined by a hyphen ('ISIS-K') as a branch of its own, and killing as hostility", () => {
    const text = "A bomber from the Islamic State's local branch, ISIS-K, killed 13 American soldiers in Kabul. The Taliban are fighting ISIS-K.";
    expect(learned(text)).toEqual(["ISISK:ISIS-K"]);
    const cs = suggest(text, fresh);
    expect(find(cs, "ISISK", "USA")).toMatchObject({ sign: -1, cue: { phrase: "kill" } });
    expect(find(cs, "ISISK", "TALIBAN")).toMatchObject({ sign: -1 });
  });
});

describe("halting arms to an actor", () => {
  it("reads halted, suspended or stopped arms exports, sales and deliveries as estrangement, negated as the other sign", () => {
    expect(find(suggest("France and Germany halted arms exports to Turkey after the offensive.", fresh), "FRA", "TUR")).toMatchObject({ sign: -1, cue: { phrase: "halt export" } });
    expect(find(suggest("Berlin suspended all weapons sales to Riyadh in November.", fresh), "DEU", "SAU")).toMatchObject({ sign: -1 });
    expect(find(suggest("Spain stopped arms shipments to Israel.", fresh), "ESP", "ISR")).toMatchObject({ sign: -1 });
    expect(find(suggest("Washington did not halt arms deliveries to Israel.", fresh), "USA", "ISR")).toMatchObject({ sign: 1 });
  });
});

describe("the parties of a truce", () => {
  const text = "Chad and the paramilitary Rapid Support Forces signed a ceasefire in Doha on Friday.";

  it("lists a name after 'and the' with describing words as a co-subject, and reads a truce's parties as at war", () => {
    const cs = suggest(text, fresh);
    expect(find(cs, "TCD", "RSF")).toMatchObject({ sign: -1, cue: { phrase: "ceasefire" } });
    expect(find(cs, "QAT", "TCD")).toMatchObject({ sign: 0 });
    expect(find(cs, "QAT", "RSF")).toMatchObject({ sign: 0 });
  });

  it("leaves another mediation cue between listed parties unread ('talks')", () => {
    expect(find(suggest("Chad and the paramilitary Rapid Support Forces held talks in Doha on Friday.", fresh), "TCD", "RSF")?.sign ?? null).not.toBe(0);
  });
});

describe("cues of funding and of bringing parties together", () => {
  it("reads an army trained and funded by another as their cooperation", () => {
    expect(find(suggest("The Afghan army, trained and funded by Washington for two decades, melted away.", fresh), "AFG", "USA")).toMatchObject({ sign: 1, cue: { phrase: "fund" } });
  });

  it("reads bringing two parties together, names between, as mediation by the one who brings them", () => {
    const cs = suggest("Norway brought Colombia and Venezuela together in Oslo.", fresh);
    expect(find(cs, "NOR", "COL")).toMatchObject({ sign: 0, source: { id: "NOR" } });
    expect(find(cs, "NOR", "VEN")).toMatchObject({ sign: 0, source: { id: "NOR" } });
  });
});

describe("a passive accusation", () => {
  const text = "Syria, long accused by Turkey and Iraq of harbouring PKK fighters, stayed silent.";

  it("is the accusers' with the accused, and its deed is the accused's with its object, not the accusers'", () => {
    const cs = suggest(text, fresh);
    expect(find(cs, "SYR", "TUR")).toMatchObject({ sign: -1, cue: { phrase: "accused" } });
    expect(find(cs, "SYR", "IRQ")).toMatchObject({ sign: -1 });
    expect(find(cs, "SYR", "PKK")).toMatchObject({ sign: 1, cue: { phrase: "harbor" } });
    expect(cs.filter((c) => (c.source.id === "PKK" || c.target.id === "PKK") && c.cue?.phrase === "harbor" && c.sign === 1).map((c) => [c.source.id, c.target.id].sort().join("-"))).toEqual(["PKK-SYR"]);
  });

  it("does not let the accusers named between weaken the deed's pair", () => {
    const cs = suggest("Syria, long accused by Turkey, Iraq and Iran of harbouring PKK fighters, stayed silent.", fresh);
    expect(find(cs, "SYR", "PKK")).toMatchObject({ sign: 1 });
  });
});

describe("fewer candidates", () => {
  it("leaves out a pair read without a cue when the text reads the same pair with one", () => {
    const cs = suggest("Officials from Turkey and Syria were in Paris last week. Turkey condemned Syria on Monday. Officials from Egypt and Jordan were in Rome.", fresh);
    expect(cs.filter((c) => find([c], "TUR", "SYR")).map((c) => c.cue?.phrase ?? null)).toEqual(["condemn"]);
    // A pair the text never reads with a cue is still offered.
    expect(find(cs, "EGY", "JOR")).toMatchObject({ type: null });
  });
});

describe("more cues of news prose", () => {
  it("reads reconciling two others as mediation, an insurgency as hostility, close links as cooperation", () => {
    const cs = suggest("Kenya tried to reconcile Ethiopia and Eritrea.", fresh);
    expect(find(cs, "KEN", "ETH")).toMatchObject({ sign: 0, source: { id: "KEN" } });
    expect(find(cs, "KEN", "ERI")).toMatchObject({ sign: 0, source: { id: "KEN" } });
    expect(find(suggest("The PKK has waged an insurgency in Turkey since 1984.", fresh), "PKK", "TUR")).toMatchObject({ sign: -1 });
    expect(find(suggest("The United Arab Emirates has close links with Sudan.", fresh), "ARE", "SDN")).toMatchObject({ sign: 1 });
  });
});

describe("an apposition that describes a name", () => {
  it("learns a name described as a gathering of armed groups, a state's word inside notwithstanding", () => {
    const text = "Fighting spread as the Libyan Popular Army, an umbrella of Qatari-funded militias, advanced on Sirte.";
    expect(learnNames(text, buildGazetteer([])).map((n) => `${n.actor.id}:${n.actor.kind}`)).toEqual(["LIBYANPOPULARARMY:non-state"]);
  });

  it("reads a name used as a modifier inside it ('an Iran-aligned movement') with the name it describes", () => {
    const cs = suggest("Saudi Arabia bombed the Houthis, an Iran-aligned movement, again on Monday.", fresh);
    expect(find(cs, "HOUTHIS", "IRN")).toMatchObject({ sign: 1, cue: { phrase: "-aligned" } });
  });
});

describe("a party's people or forces, counted", () => {
  it("reads 'the two commanders' as the two parties just named", () => {
    const cs = suggest("The Nigerien Armed Forces (NAF) and the Patriotic Liberation Front (PLF) fought for a month. Chad offered to mediate between the two commanders.", fresh);
    expect(find(cs, "TCD", "NAF")).toMatchObject({ sign: 0, source: { id: "TCD" } });
    expect(find(cs, "TCD", "PLF")).toMatchObject({ sign: 0, source: { id: "TCD" } });
  });
});

describe("an offensive named as a time", () => {
  it("is no stance of the actors of its sentence ('a week after the offensive began'), while an offensive against someone stays one", () => {
    const cs = suggest("NATO envoys, meeting in Brussels a week after the offensive began, said Turkey, a member of the alliance, had concerns.", fresh);
    expect(find(cs, "TUR", "NATO")).toMatchObject({ sign: 1 });
    expect(find(suggest("Turkey's offensive against the SDF began on Wednesday.", fresh), "TUR", "SDF")).toMatchObject({ sign: -1 });
  });
});

describe("working closely, supplies, paramilitaries", () => {
  it("reads working closely with another and sending it supplies as cooperation", () => {
    expect(find(suggest("Syria works closely with Iran.", fresh), "SYR", "IRN")).toMatchObject({ sign: 1, cue: { phrase: "work closely with" } });
    expect(find(suggest("Iran flew supplies to the Houthis.", fresh), "IRN", "HOUTHIS")).toMatchObject({ sign: 1, cue: { phrase: "supply" } });
  });

  it("reads 'the paramilitaries' as the armed group just named", () => {
    expect(find(suggest("The Rapid Support Forces captured the airport on Monday. On Tuesday Chad condemned the paramilitaries.", fresh), "TCD", "RSF")).toMatchObject({ sign: -1, sentence: 1, target: { referredAs: "the paramilitaries" } });
  });
});
