/**
 * The eighteenth round's mechanisms, on wording of their own (not the fixtures'): monitors and
 * verifiers as mediators of the text's main pair; a body whose own name says it watches over the
 * parties' agreement; acting in concert ("coordinate", "work together") as partnership; opposing the
 * agreement as a step apart from its parties.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const phrases = (text: string, names: readonly string[]) => {
  const a = analyseText(text);
  const blocked = a.tokens.map((t) => names.includes(text.slice(t.start, t.end)));
  return findCues(a.tokens, 0, a.tokens.length, blocked, text).map((h) => `${h.phrase}:${h.class}`);
};

// Chile and Bolivia are the text's main pair: read together with a stance in two sentences.
const quarrel = "Chile accused Bolivia of shelling the border posts. Chile and Bolivia fought for three days in March. Few people noticed. ";

describe("monitors and verifiers", () => {
  it("are mediation words", () => {
    expect(phrases("Ecuador will monitor compliance.", ["Ecuador"])).toEqual(["monitor:mediation"]);
    expect(phrases("Officers from Ecuador will oversee the withdrawal.", ["Ecuador"])).toEqual(["oversee:mediation"]);
    expect(phrases("Ecuador will verify the handover and supervise the pullout.", ["Ecuador"])).toEqual(["verify:mediation", "supervise:mediation"]);
  });

  it("are no cue where a monitor is quoted as a source", () => {
    expect(phrases("Fighters that Ecuador's monitors say remain near the border.", ["Ecuador"])).toEqual([]);
    expect(phrases("Ecuador's monitors have reported new shelling.", ["Ecuador"])).toEqual(["shelling:hostility"]);
    expect(phrases("Independent monitors judged the vote credible.", [])).toEqual([]);
  });

  it("stand between the text's main pair when their sentence names neither", () => {
    const cs = suggest(`${quarrel}Under the deal, monitors from Ecuador will arrive within a week.`, fresh);
    expect(ofPair(cs, "ECU", "CHL").map((c) => c.type)).toEqual(["mediation"]);
    expect(ofPair(cs, "ECU", "BOL").map((c) => c.type)).toEqual(["mediation"]);
  });
});

describe("a body whose name says it watches over the parties' agreement", () => {
  // The sentence lists six actors outside the main pair and holds no mediation word outside the name.
  const text = `${quarrel}Compliance will be watched by the Andean Observer Mission (AOM), made up of officers from Ecuador, Peru, Colombia, Panama and Uruguay.`;

  it("stands between the main pair, however many others its sentence names", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "AOM", "CHL").map((c) => c.type)).toEqual(["mediation"]);
    expect(ofPair(cs, "AOM", "BOL").map((c) => c.type)).toEqual(["mediation"]);
  });

  it("is not read for a body whose name says nothing of watching", () => {
    const cs = suggest(text.replace("Andean Observer Mission (AOM)", "Andean Legal Commission (ALC)"), fresh);
    expect(ofPair(cs, "ALC", "CHL")).toEqual([]);
    expect(ofPair(cs, "ALC", "BOL")).toEqual([]);
  });
});

describe("acting in concert", () => {
  it("is partnership", () => {
    expect(phrases("Chile agreed to coordinate its policy with Bolivia.", ["Chile", "Bolivia"])).toEqual(["coordinate:cooperation"]);
    expect(phrases("Chile and Bolivia will work together against smugglers.", ["Chile", "Bolivia"])).toEqual(["work together:cooperation", "against:estrangement"]);
    const cs = suggest("Delegates of Chile and Bolivia met in Quito to coordinate their position.", fresh);
    expect(ofPair(cs, "CHL", "BOL").map((c) => c.type)).toEqual(["partnership"]);
  });
});

describe("opposing the agreement the text is about", () => {
  const text = `${quarrel}Peru, which backs Ecuador, denounced the accord as a betrayal. Argentina welcomed the accord.`;

  it("is a step apart from each of its parties the sentence does not name, for the sentence's subject only", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "PER", "CHL").map((c) => c.type)).toEqual(["estrangement"]);
    expect(ofPair(cs, "PER", "BOL").map((c) => c.type)).toEqual(["estrangement"]);
    expect(ofPair(cs, "ECU", "CHL")).toEqual([]);
  });

  it("is not read for welcoming it", () => {
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "ARG", "CHL")).toEqual([]);
    expect(ofPair(cs, "ARG", "BOL")).toEqual([]);
  });
});
