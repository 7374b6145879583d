/**
 * The twenty-third round's mechanisms, on wording of their own (not the fixtures'): a point of the
 * compass is no description of a group whose name holds it ("the south" is no "South Andean Defence
 * Forces"); known actors joined by "and" before a description are a list, not one name ("Chile and
 * Peru, a group …"); "both sides", "the two delegations" stand for the text's main pair, and a third
 * actor's verb on them is a go-between's act; "and" before an article ends a name; an acronym of four
 * letters or more in parentheses after a name with a head word is its own, written once; a front
 * that "brings together" groups is made of them (membership), not their go-between.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("a point of the compass is no description of a group named with it", () => {
  const text = [
    "Bolivia's government and the rebel Movement for Andean Justice (MAJ) signed a peace accord on Sunday.",
    "Under the accord, the south will govern itself for six years.",
    "The war broke out when Bolivia moved to divide the south.",
    "Militias of the South Andean Defence Forces (SADF), which Bolivia has armed to fight the MAJ, were not parties to the talks.",
  ].join(" ");

  it("'the south' does not stand for the South Andean Defence Forces", () => {
    const cs = suggest(text, fresh);
    const phrases = cs.flatMap((c) => [c.source, c.target]).filter((a) => a.id === "SADF" && a.referredAs !== undefined).map((a) => a.referredAs);
    expect(phrases).not.toContain("the south");
    // The group is still read where the text names it.
    expect(ofPair(cs, "BOL", "SADF").length).toBeGreaterThan(0);
  });

  it("a word of the name that is no compass point still does ('the movement')", () => {
    const cs = suggest(`${text} The movement accused Bolivia of shelling in May.`, fresh);
    expect(cs.some((c) => [c.source, c.target].some((a) => a.id === "MAJ" && a.referredAs === "The movement"))).toBe(true);
  });
});

describe("known actors joined by 'and' before a description", () => {
  it("are a list, not one name", () => {
    const text = "The talks were backed by Ecuador, Chile and Peru, a group diplomats call the Andean Three, which paid much of the cost.";
    expect(learned(text).some((n) => /CHILEANDPERU|Chile and Peru/i.test(n))).toBe(false);
    const cs = suggest(text, fresh);
    expect(cs.some((c) => [c.source.id, c.target.id].some((id) => /CHILEANDPERU/.test(id)))).toBe(false);
  });

  it("a name with its description is still learned ('the Selva Front, a rebel group')", () => {
    expect(learned("Peru fought Selva Roja, a rebel group based in the jungle.")).toContain("SELVAROJA:Selva Roja");
  });
});

describe("'both sides', 'both delegations': the text's main pair, and a third actor's verb on them", () => {
  const lead = "Peru and Ecuador signed a peace accord in Brasilia on Monday, ending a border war. Peru and Ecuador fought a war in 1995.";
  const text = [
    lead,
    "Chile's foreign minister met Peru's negotiators in Lima in May.",
    "Chile urged both sides to keep the border open.",
    "Three governments that pressed both delegations at difficult moments, Brazil, Argentina and the United States, attended the signing.",
  ].join(" ");
  const at = (cs: Candidate[], sentence: number) => cs.filter((c) => c.sentence === sentence);

  it("stand for the main pair, not for the two named just before (a go-between and one party)", () => {
    const cs = at(suggest(text, fresh), 3);
    expect(ofPair(cs, "CHL", "ECU").map((c) => c.cueClass)).toEqual(["mediation"]);
    expect(ofPair(cs, "CHL", "PER").map((c) => c.cueClass)).toEqual(["mediation"]);
    expect(cs.flatMap((c) => [c.source, c.target]).filter((a) => a.referredAs === "both sides").map((a) => a.id).sort()).toEqual(["ECU", "PER"]);
  });

  it("each actor the sentence names outside the pair mediates between the two, named before or after the verb", () => {
    const cs = at(suggest(text, fresh), 4);
    for (const id of ["BRA", "ARG", "USA"]) for (const party of ["PER", "ECU"]) expect(ofPair(cs, id, party).map((c) => c.cueClass)).toEqual(["mediation"]);
  });

  it("a cue of support on both sides is mediation ('leaned on both delegations')", () => {
    const cs = at(suggest(`${lead} Chile leaned on both delegations when the talks stalled.`, fresh), 2);
    expect(ofPair(cs, "CHL", "PER").map((c) => c.cueClass)).toEqual(["mediation"]);
    expect(ofPair(cs, "CHL", "ECU").map((c) => c.cueClass)).toEqual(["mediation"]);
  });

  it("not a stance against them, nor both sides as a possessor", () => {
    for (const sentence of ["Chile condemned both sides for the shelling.", "Chile doubted the parties' commitment to the accord."]) {
      const cs = at(suggest(`${lead} ${sentence}`, fresh), 2);
      expect(cs.filter((c) => c.source.id === "CHL" || c.target.id === "CHL").every((c) => c.cueClass === "estrangement")).toBe(true);
    }
  });
});

describe("'and' before an article ends a name", () => {
  it("in a run with a word of insurgency ('the Selva Liberation Army and the Andean Justice Movement (AJM)')", () => {
    const names = learned("In 2003 two rebel groups, the Selva Liberation Army and the Andean Justice Movement (AJM), rose up against Peru.");
    expect(names).toContain("AJM:Andean Justice Movement");
    expect(names).toContain("SELVALIBERATIONARMY:Selva Liberation Army");
  });

  it("before a name with its acronym ('the Communist Party of Peru and the Revolutionary Party of Andean Workers (RPAW)')", () => {
    const names = learned("The front brings together the Communist Party of Peru and the Revolutionary Party of Andean Workers (RPAW).");
    expect(names).toContain("RPAW:Revolutionary Party of Andean Workers");
    expect(names).toContain("COMMUNISTPARTYOFPERU:Communist Party of Peru");
  });

  it("in any run of capitalised words with a head word ('the Selva Popular Army and the Rural Workers Movement')", () => {
    const names = learned("The Andean Front brings together two groups, the Selva Popular Army and the Rural Workers Movement.");
    expect(names).toContain("SELVAPOPULARARMY:Selva Popular Army");
    expect(names).toContain("RURALWORKERSMOVEMENT:Rural Workers Movement");
  });

  it("not 'and' inside a name ('the Justice and Equality Movement (JEM)')", () => {
    expect(learned("Sudan fought the Justice and Equality Movement (JEM) in Darfur.")).toContain("JEM:Justice and Equality Movement");
  });
});

describe("an acronym of four letters or more in parentheses, written once", () => {
  it("is the name's id, whatever its letters, after a name with a head word", () => {
    expect(learned("Verification will fall to the United Nations Observer Mission in Peru (ONUPER), which has monitored the ceasefire.")).toContain("ONUPER:United Nations Observer Mission in Peru");
    expect(learned("Hardliners in the governing Andean Republican Alliance (ARENO) criticised the deal.")).toContain("ARENO:Andean Republican Alliance");
  });

  it("not one of three letters that does not fit, nor after a name without a head word", () => {
    expect(learned("In May the Andean Popular Resistance (ZQX) attacked Peru.").some((n) => n.startsWith("ZQX:"))).toBe(false);
    expect(learned("Peru named the Andean Popular Daily (XKQZ) as its source.").some((n) => n.startsWith("XKQZ:"))).toBe(false);
  });
});

describe("a front that brings together groups", () => {
  it("is made of them: membership, though neither is a body", () => {
    const cs = suggest("The Andean Front brings together four groups that united in 1990: the Selva Popular Army (SPA), the Rural Workers Movement (RWM) and the Communist Party of Peru.", fresh);
    expect(ofPair(cs, "ANDEANFRONT", "SPA").map((c) => c.cueClass)).toEqual(["membership"]);
    expect(ofPair(cs, "ANDEANFRONT", "RWM").map((c) => c.cueClass)).toEqual(["membership"]);
  });

  it("the groups listed are not each other's members", () => {
    const cs = suggest("The Andean Front brings together three groups: the Selva Popular Army, the Rural Workers Movement and the Communist Party of Peru.", fresh);
    expect(ofPair(cs, "ANDEANFRONT", "RURALWORKERSMOVEMENT").map((c) => c.cueClass)).toEqual(["membership"]);
    expect(ofPair(cs, "RURALWORKERSMOVEMENT", "COMMUNISTPARTYOFPERU").filter((c) => c.cueClass === "membership")).toEqual([]);
  });

  it("bringing together others is still a go-between's act", () => {
    const cs = suggest("Chile brought together the foreign ministers of Peru and Ecuador in May.", fresh);
    expect(ofPair(cs, "CHL", "PER").map((c) => c.cueClass)).toEqual(["mediation"]);
  });
});
