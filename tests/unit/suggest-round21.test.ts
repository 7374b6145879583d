/**
 * The twenty-first round's mechanisms, on wording of their own (not the fixtures'): a body's name
 * that ends in "of", "for" or "on" (or, for a mission or a resistance, "in") and a state's name
 * ("the Andean Peace Initiative on Bolivia"); a strong reading past its sentence's cap; a member
 * noun whose body is named after "of".
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("a body named with a state after its head word", () => {
  it("is one name, the state inside it, written once", () => {
    expect(learned("Chile and Peru are both members of the Andean Peace Initiative on Bolivia, which met in March.")).toContain(
      "ANDEANPEACEINITIATIVEONBOLIVIA:Andean Peace Initiative on Bolivia",
    );
    expect(learned("Observers from the Joint Monitoring Group for Ecuador arrived.")).toContain("JOINTMONITORINGGROUPFORECUADOR:Joint Monitoring Group for Ecuador");
  });

  it("replaces the head's words learned alone, which stay a form of it", () => {
    const names = learnNames("The Special Tribunal for Peru charged the former minister on Monday.", buildGazetteer([]), wordsOf("The Special Tribunal for Peru charged the former minister on Monday."));
    expect(names.map((n) => n.actor.id)).toEqual(["SPECIALTRIBUNALFORPERU"]);
    expect(names[0]!.forms).toContain("Special Tribunal");
  });

  it("is read as the body, its members paired with it and not with the state it names", () => {
    const cs = suggest("Chile and Peru are both members of the Andean Peace Initiative on Bolivia.", fresh);
    expect(ofPair(cs, "CHL", "ANDEANPEACEINITIATIVEONBOLIVIA").length).toBe(1);
    expect(ofPair(cs, "CHL", "BOL")).toEqual([]);
  });

  it("with 'in' only after a mission or a resistance: elsewhere it says where the body is", () => {
    expect(learned("The attack was claimed by the Andean Resistance in Peru, an umbrella of armed groups.")).toContain("ANDEANRESISTANCEINPERU:Andean Resistance in Peru");
    expect(learned("The Socialist Party in Chile said on Monday it would vote against it.").filter((n) => / in /.test(n))).toEqual([]);
  });

  it("not a state's own organs, nor a name that goes on after the state", () => {
    expect(learned("The Government of Peru and the Armed Forces of Chile met on Monday.").filter((n) => / of /.test(n))).toEqual([]);
    expect(learned("Delegates of the Workers Party of Chile Metro Union spoke.").some((n) => n.includes("WORKERSPARTYOFCHILE:"))).toBe(false);
  });
});

describe("a strong reading past its sentence's cap", () => {
  const five = "Chile, Peru and Ecuador recognised the Andean Front as Bolivia's government last month.";

  it("is offered when no kept reading names its pair", () => {
    const capped = suggest(five, fresh, { perSentence: 4 });
    const cs = suggest(five, fresh);
    expect(ofPair(capped, "CHL", "BOL")).toEqual([]);
    expect(ofPair(cs, "CHL", "BOL").length).toBe(1);
    // … outside the text's cap (5 for a text of one such sentence).
    expect(cs.length).toBeGreaterThan(5);
  });

  it("with a cue at any score above the floor (since the eighty-second round), and not for a pair read elsewhere", () => {
    // Seven actors, twenty-one pairs: the sentence keeps six readings and three more not of the
    // list (since the seventy-ninth round); past them each pair's reading with a cue that no kept
    // reading names (ANDEANFRONT–BOL 0.37, …, CHL–BOL 0.24), once.
    const long = "Chile, Peru, Ecuador, Uruguay and Paraguay, whose envoys met in Lima with officials of several other governments last week, said on Monday that the Andean Front was Bolivia's government.";
    const cs = suggest(long, fresh);
    const lifted = suggest(long, fresh, { perSentence: 100, maxCandidates: 100 });
    const key = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
    const listed = ["CHL", "PER", "ECU", "URY", "PRY"];
    const cued = lifted.filter((c) => c.cue !== null && c.score >= 0.15);
    const offered = cs.map(key);
    // (Two of the list past the cap stay out: co-subjects, each read with the third.)
    for (const c of cued) if (!(listed.includes(c.source.id) && listed.includes(c.target.id))) expect(offered, key(c)).toContain(key(c));
    expect(offered.every((p) => cued.some((c) => key(c) === p))).toBe(true);
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered.length).toBe(15);
    expect(Math.min(...cs.map((c) => c.score))).toBeLessThan(0.45);
    const again = suggest(`${five} Chile and Bolivia signed a trade pact in May.`, fresh);
    expect(ofPair(again, "CHL", "BOL").map((c) => c.sentence)).toEqual([1]);
  });

  it("not for two of one list, each read with the third", () => {
    const cs = suggest("Chile, Peru, Ecuador, Uruguay and Paraguay signed a treaty with Bolivia.", fresh);
    expect(cs.filter((c) => c.source.id !== "BOL" && c.target.id !== "BOL")).toEqual([]);
    expect(cs.length).toBe(5);
  });
});

describe("a member noun with its body after 'of'", () => {
  it("gives membership only to pairs with that body", () => {
    const cs = suggest("The truce will be watched by monitors from the African Union and four of Peru's fellow members of the Andean Community.", fresh);
    expect(ofPair(cs, "AU", "PER").map((c) => c.type)).toEqual(["mediation"]);
    expect(ofPair(cs, "PER", "ANDEANCOMMUNITY").map((c) => c.type)).toEqual(["membership"]);
  });
});
