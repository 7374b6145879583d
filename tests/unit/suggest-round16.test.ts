/**
 * The sixteenth round's mechanisms, on wording of their own (not the fixtures'): words of a
 * capitalised name that no list knows are no cues ("Fort Larch Air Force Base").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

/** The cue phrases found in `text`, the words listed in `names` standing for actors' mentions. */
function cuePhrases(text: string, names: readonly string[]): string[] {
  const a = analyseText(text);
  const blocked = a.tokens.map((t) => names.includes(text.slice(t.start, t.end)));
  return findCues(a.tokens, 0, a.tokens.length, blocked, text).map((h) => h.phrase);
}

describe("words of a capitalised name are no cues", () => {
  it("reads no cue inside a base's, a prize's or a corps' name", () => {
    expect(cuePhrases("Delegates of Chile and Peru gathered at Fort Larch Air Force Base for a week.", ["Chile", "Peru"])).toEqual([]);
    expect(cuePhrases("A teacher from Chile, a former Peace Corps volunteer, moved to Peru.", ["Chile", "Peru"])).toEqual([]);
    expect(cuePhrases("Chile and Peru praised the Andean Security Prize committee.", ["Chile", "Peru"])).toEqual(["praise"]);
    // A short sentence with a long name is no headline.
    expect(cuePhrases("Delegates met at the Andean Cooperation Council on Monday.", [])).toEqual([]);
  });

  it("keeps the cue of a name that names a bond", () => {
    expect(cuePhrases("Chile and Peru keep to the Arica Friendship Treaty.", ["Chile", "Peru"])).toEqual(["friendship", "treaty"]);
    expect(cuePhrases("Chile and Peru keep to the Arica Defence Pact.", ["Chile", "Peru"]).length).toBeGreaterThan(0);
  });

  it("keeps a mediator's word in a body's name", () => {
    expect(cuePhrases("The Andean Peacekeeping Force patrols the line between Chile and Peru.", ["Chile", "Peru"])).toContain("peacekeeping");
  });

  it("keeps cues in a line written in title case", () => {
    expect(cuePhrases("Chile Condemns New Air Base in Peru", ["Chile", "Peru"])).toContain("condemn");
  });

  it("does not read an air base's name as a bond between the states at it", () => {
    const cs = suggest("The presidents of Chile and Peru met at Fort Larch Air Force Base in May.", fresh);
    expect(ofPair(cs, "CHL", "PER").filter((c) => c.sign === 1 && c.cue?.text.includes("Base"))).toEqual([]);
  });
});

describe("lifting penalties", () => {
  const classes = (text: string) => {
    const a = analyseText(text);
    const blocked = a.tokens.map((t) => ["Chile", "Peru", "Bolivia"].includes(text.slice(t.start, t.end)));
    return findCues(a.tokens, 0, a.tokens.length, blocked, text).map((h) => `${h.phrase}:${h.class}`);
  };

  it("keeps the one who lifts them and the one they hit apart", () => {
    expect(classes("Chile will ease the copper penalties on Peru next year.")).toEqual(["ease penalty:estrangement"]);
    const cs = suggest("Chile said on Monday that it would lift its trade sanctions on Peru in June.", fresh);
    expect(ofPair(cs, "CHL", "PER")[0]).toMatchObject({ sign: -1 });
  });

  it("sides the one who asks for the lifting with the one they hit", () => {
    expect(classes("Bolivia urged Chile to lift the embargo on Peru.")).toEqual(["lift embargo:cooperation"]);
    expect(classes("Bolivia has called for the gradual lifting of sanctions.")).toEqual(["lift sanction:cooperation"]);
  });

  it("still reads the end of a boycott as cooperation", () => {
    expect(classes("Chile ended its boycott of Peru.")).toEqual(["end boycott:cooperation"]);
  });
});

describe("an accusation's two ends", () => {
  it("reads the accusation between its subject and its object, not between the accused and a third", () => {
    const cs = suggest("Bolivia stayed silent on Monday as Chile accused Ecuador of hoarding water.", fresh);
    expect(ofPair(cs, "CHL", "ECU")[0]).toMatchObject({ sign: -1 });
    expect(ofPair(cs, "BOL", "ECU").filter((c) => c.cue?.text === "accused")).toEqual([]);
  });

  it("reads the deed of 'whom X accuses Y of arming' between the accused and the one armed", () => {
    const cs = suggest("The fighting spread to the militias of Bolivia, whom Chile accuses Ecuador of arming.", fresh);
    expect(ofPair(cs, "BOL", "ECU")[0]).toMatchObject({ sign: 1 });
    expect(ofPair(cs, "CHL", "ECU")[0]).toMatchObject({ sign: -1 });
  });

  it("keeps the deed to the accused and an actor of its own sentence", () => {
    const cs = suggest("The fighting spread to the militias of Bolivia, whom Chile accuses Ecuador of arming. Peru called for calm.", fresh);
    expect(ofPair(cs, "ECU", "PER").filter((c) => c.cue?.text === "arming")).toEqual([]);
  });
});

describe("a name the text writes twice after 'the', with no head word", () => {
  const learnedIds = (text: string) => learnNames(text, buildGazetteer([])).map((n) => n.actor.id);

  it("learns it as a party", () => {
    const text = "Chile condemned the Kavra Semlja, which holds the north. The Kavra Semlja's leaders stayed away.";
    expect(learnedIds(text)).toContain("KAVRASEMLJA");
    expect(ofPair(suggest(text, fresh), "CHL", "KAVRASEMLJA").length).toBeGreaterThan(0);
  });

  it("leaves a name written once, a place after 'in', a modifier and an office alone", () => {
    expect(learnedIds("Chile signed the accord with the Kavra Semlja, which holds the north.")).toEqual([]);
    expect(learnedIds("Troops stayed in the Tarvo Hills. Peru shelled the Tarvo Hills, its army said.")).toEqual([]);
    expect(learnedIds("Talks met at the Swiss Alpine resort. The Swiss Alpine resort was closed.")).toEqual([]);
    expect(learnedIds("Chile asked the Prime Minister, who said no. Then the Prime Minister, angry, left.")).toEqual([]);
  });
});
