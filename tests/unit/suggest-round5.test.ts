/**
 * The fifth round's mechanisms, each on wording of its own: recognition and its refusal, keeping an
 * actor out, a meeting told with its host, backers and guarantors of a plan as mediators, and cities
 * as metonyms and venues of their state.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, findMentions, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const cuesOf = (text: string) => {
  const a = analyseText(text);
  return findCues(a.tokens, 0, a.tokens.length, []).map((c) => `${c.phrase}:${c.class}${c.negated ? "!" : ""}`);
};
const mentionsOf = (text: string) => findMentions(text, buildGazetteer([])).map((m) => `${text.slice(m.start, m.end)}:${m.actor}:${m.form}`);
/** Two sentences that make Chile and Peru the text's main pair. */
const PAIR = "Chile and Peru signed a border agreement on Monday. Chile and Peru ended their long dispute over fishing waters.\n";

describe("recognition and its refusal", () => {
  it("reads recognising as cooperation and not recognising as estrangement, as strongly as a plain word of distance", () => {
    expect(find(suggest("Washington has recognised Kosovo since 2008.", fresh), "USA", "XKX")).toMatchObject({ type: "partnership", cue: { phrase: expect.stringMatching(/^recogni[sz]e$/) } });
    for (const text of ["Serbia does not recognise Kosovo.", "Spain refuses to recognise Kosovo.", "Spain has never recognized Kosovo."]) {
      expect(find(suggest(text, fresh), text.startsWith("Serbia") ? "SRB" : "ESP", "XKX"), text).toMatchObject({ type: "estrangement", cue: { negated: true } });
    }
    // Not recognising is a stance of its own, not a weak "not support": it scores as high as "opposes".
    const refusal = find(suggest("Serbia does not recognise Kosovo.", fresh), "SRB", "XKX")!.score;
    const support = find(suggest("Serbia does not support Kosovo.", fresh), "SRB", "XKX")!.score;
    const opposes = find(suggest("Serbia opposes Kosovo.", fresh), "SRB", "XKX")!.score;
    expect(refusal).toBeGreaterThan(support);
    expect(refusal).toBeGreaterThanOrEqual(opposes * 0.8);
    expect(cuesOf("The policy of non-recognition stands.")).toEqual(["non-recognition:estrangement"]);
  });

  it("reads keeping an actor out of a body or a place as estrangement, the names inside the phrase", () => {
    expect(cuesOf("They vowed to keep Taiwan out of the assembly.")).toEqual(["keep out:estrangement"]);
    expect(find(suggest("China has worked for years to keep Taiwan out of the World Health Organization.", fresh), "CHN", "TWN")).toMatchObject({ type: "estrangement" });
    expect(find(suggest("Serbia can count on Russia in the dispute.", fresh), "SRB", "RUS")).toMatchObject({ type: "partnership", cue: { phrase: "count on" } });
  });
});

describe("hosts, backers and guarantors as mediators", () => {
  it("reads a meeting told with its host, either way round, as mediation", () => {
    expect(cuesOf("The meeting was hosted by Switzerland.")).toEqual(["meeting host:mediation"]);
    expect(cuesOf("Norway hosted the summit.")).toEqual(["host summit:mediation"]);
    const cs = suggest(`${PAIR}The meeting was hosted by Ecuador.`, fresh).filter((c) => c.sentence === 2);
    expect(cs.map((c) => `${c.source.id}→${c.target.id} ${c.type}`).sort()).toEqual(["ECU→CHL mediation", "ECU→PER mediation"]);
  });

  it("reads the states that back or guarantee a plan as mediators of the pair it is between", () => {
    expect(cuesOf("a Franco-German initiative, later endorsed by Italy")).toEqual(["initiative endorse:mediation"]);
    const cs = suggest(`${PAIR}The plan was first put forward by Brazil and later endorsed by Argentina.`, fresh).filter((c) => c.sentence === 2);
    for (const m of ["BRA", "ARG"]) for (const p of ["CHL", "PER"]) expect(find(cs, m, p), `${m}–${p}`).toMatchObject({ source: { id: m }, type: "mediation" });
    const guarantors = suggest(`${PAIR}Colombia and the United Nations are to act as guarantors of the arrangement.`, fresh).filter((c) => c.sentence === 2);
    for (const p of ["CHL", "PER"]) expect(find(guarantors, "COL", p), `COL–${p}`).toMatchObject({ source: { id: "COL" }, type: "mediation", cue: { phrase: "guarantor" } });
    // Inside "between A and B" the backer mediates the two.
    expect(find(suggest("Brazil endorsed the peace plan between Chile and Peru.", fresh), "BRA", "CHL")).toMatchObject({ source: { id: "BRA" }, type: "mediation" });
  });

  it("reads backing a settlement beside one actor as support for it, not mediation", () => {
    const text = `${PAIR}Bolivia said it would back whatever settlement Lima can accept.`;
    const cs = suggest(text, fresh).filter((c) => c.sentence === 2);
    expect(find(cs, "BOL", "PER")).toMatchObject({ type: "partnership" });
    expect(cs.filter((c) => c.type === "mediation")).toEqual([]);
  });
});

describe("cities as their state", () => {
  it("finds large cities and venues of talks as metonyms of their state", () => {
    expect(mentionsOf("Talks opened in Jeddah and moved to Geneva, then Istanbul.")).toEqual(["Jeddah:SAU:metonym", "Geneva:CHE:metonym", "Istanbul:TUR:metonym"]);
    expect(mentionsOf("Missiles struck Kharkiv and Camp David was quiet.")).toEqual(["Kharkiv:UKR:metonym", "Camp David:USA:metonym"]);
    const cs = suggest("Sudan and Chad signed a ceasefire agreement in Jeddah on Friday.", fresh);
    expect(find(cs, "SAU", "SDN")).toMatchObject({ source: { id: "SAU" }, type: "mediation" });
  });

  it("leaves a city that names a treaty or a process alone ('the Geneva Agreement', 'the Minsk agreements')", () => {
    expect(mentionsOf("Under the Geneva Agreement and the Minsk agreements, nothing moved.")).toEqual([]);
    expect(mentionsOf("The agreement was signed in Geneva.")).toEqual(["Geneva:CHE:metonym"]);
  });
});

describe("names a text introduces, and combining forms", () => {
  const learned = (text: string) => learnNames(text, buildGazetteer([])).map((n) => `${n.actor.id}=${n.forms.join("/")}:${n.actor.kind}`);

  it("learns a name described right after it ('Srpska Lista, the party that …', 'Al-Fatah, a rival faction')", () => {
    expect(learned("Mayors walked out at the urging of Srpska Lista, the party that speaks for most Serbs.")).toEqual(["SRPSKALISTA=Srpska Lista:organization"]);
    expect(learned("Gunmen loyal to Tanzim Watani, a breakaway armed faction, seized the port.")).toEqual(["TANZIMWATANI=Tanzim Watani:non-state"]);
    // Not a person described as a member of something, not a possessive description, not a known actor.
    expect(learned("He met Macky Sall, a member of the party, and Josep Borrell, the bloc's chief.")).toEqual([]);
    expect(learned("They spoke to Hamas, the Islamist movement that rules Gaza.")).toEqual([]);
    const cs = suggest("Ethiopia accused Nahda Shaab, a rebel movement in the east, of attacks.", fresh);
    expect(find(cs, "ETH", "NAHDASHAAB")).toMatchObject({ type: "estrangement", target: { label: "Nahda Shaab", kind: "non-state" } });
  });

  it("learns an insurgent group's name with a state's name inside it ('the Kosovo Liberation Army'), not a state's army", () => {
    expect(learned("The Kosovo Liberation Army's insurgency began in 1998.")).toEqual(["KOSOVOLIBERATIONARMY=Kosovo Liberation Army:non-state"]);
    expect(learned("Fighters of the Free Syrian Army crossed the river.")).toEqual(["FREESYRIANARMY=Free Syrian Army:non-state"]);
    expect(learned("The Sudanese Armed Forces retook the bridge.")).toEqual([]);
    expect(find(suggest("Serbian forces fought the Kosovo Liberation Army in 1998.", fresh), "SRB", "KOSOVOLIBERATIONARMY")).toMatchObject({ type: "hostility" });
  });

  it("reads a state's combining form before a hyphen as the state ('a Franco-German initiative', 'Sino-Indian talks')", () => {
    expect(mentionsOf("a Franco-German initiative and Sino-Indian talks")).toEqual(["Franco:FRA:demonym", "German:DEU:demonym", "Sino:CHN:demonym", "Indian:IND:demonym"]);
    // Not a surname, nor "Indo-Pacific".
    expect(mentionsOf("General Franco ruled Spain; the Indo-Pacific strategy.")).toEqual(["Spain:ESP:name"]);
  });
});

describe("chairing a body", () => {
  it("reads chairing a body as membership of it, and only a body", () => {
    expect(find(suggest("Ghana's president, John Mahama, who chairs the African Union, flew to Paris.", fresh), "GHA", "AU")).toMatchObject({ source: { id: "GHA" }, type: "membership" });
    expect(find(suggest("Hungary holds the rotating presidency of the European Union.", fresh), "HUN", "EU")).toMatchObject({ type: "membership" });
    expect(cuesOf("The talks were held under the chairmanship of the minister.")).toEqual(["talk:mediation", "chairmanship:membership"]);
  });
});
