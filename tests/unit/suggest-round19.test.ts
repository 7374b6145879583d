/**
 * The nineteenth round's mechanisms, on wording of their own (not the fixtures'): a party's name of
 * capitalised words alone ("Sinn Fein"-like: no head word, no acronym) that the text writes again.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { learnNames, learnStandingNames, wordsOf, buildGazetteer } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const standing = (text: string) => learnStandingNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);

describe("a name of capitalised words alone, written again", () => {
  const text =
    "Peru signed the accord on Tuesday. Talks with Tierra Libre had stalled for months. " +
    "Tierra Libre, the political wing of the rebels, did not endorse it. Chile accused Tierra Libre of arming the fighters.";

  it("is learned as a party", () => {
    expect(standing(text)).toEqual(["TIERRALIBRE:Tierra Libre"]);
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "TIERRALIBRE", "CHL").map((c) => c.sign)).toContain(-1);
  });

  it("is not learned when written once", () => {
    expect(standing("Peru signed the accord. Talks with Tierra Libre had stalled. Chile accused the rebels.")).toEqual([]);
  });

  it("is no person's: not after an office, not before who, not when a word of it is written alone", () => {
    expect(standing("Peru met the rebel commander Marco Duarte on Monday. Chile praised Marco Duarte.")).toEqual([]);
    expect(standing("Peru met Marco Duarte on Monday. Marco Duarte, who leads the rebels, said no.")).toEqual([]);
    expect(standing("Peru met Marco Duarte on Monday. Chile praised Marco Duarte. Duarte said no.")).toEqual([]);
    // With none of these the rule cannot tell a person from a party (its limit): the guards above are what keep them out.
    expect(standing("Peru met Marco Duarte on Monday. Chile praised Marco Duarte.")).toEqual(["MARCODUARTE:Marco Duarte"]);
  });

  it("is no place's: not after a locative word, not opened by a compass word", () => {
    expect(standing("Fighting broke out in Cerro Alto on Monday. Peru sent troops to Cerro Alto.")).toEqual([]);
    expect(standing("Peru claims Western Tierra. Chile rejects Western Tierra as a state.")).toEqual([]);
  });
});

describe("a word of its own before a group's one-word name, written again", () => {
  const text =
    "Turkey bombed camps of Kawa PKK on Monday. Syria shelters Kawa PKK, which Ankara calls a terrorist group. " +
    "Several cells answer to Kawa PKK. The PKK disarmed last year.";

  it("names another group, written to and from as a party is", () => {
    expect(standing(text)).toEqual(["KAWAPKK:Kawa PKK"]);
    const cs = suggest(text, fresh);
    expect(ofPair(cs, "KAWAPKK", "SYR").length).toBeGreaterThan(0);
    expect(ofPair(cs, "PKK", "SYR")).toEqual([]);
  });

  it("not when a person's office or a people-word stands before the group", () => {
    expect(standing("Former PKK fighters met Turkey. Former PKK commanders met Iraq.")).toEqual([]);
    expect(standing("Kurdish PKK units attacked. Kurdish PKK units withdrew.")).toEqual([]);
  });
});

describe("the text's cap", () => {
  const text = "Chile attacked Peru on Monday. Chile shelled Peru again on Tuesday. Chile bombed Peru on Wednesday. Ecuador later criticised Colombia over its silence.";

  it("counts a pair's readings for less each time, so a pair read once is kept beside one read thrice", () => {
    const all = suggest(text, fresh);
    const pairs = (cs: Candidate[]) => cs.map((c) => [c.source.id, c.target.id].sort().join("–"));
    const byScore = (cs: Candidate[]) => [...cs].sort((x, y) => y.score - x.score);
    // Uncapped, the pair read three times scores above the other.
    expect(pairs(byScore(all)).slice(0, 4)).toEqual(["CHL–PER", "CHL–PER", "CHL–PER", "COL–ECU"]);
    const capped = suggest(text, fresh, { maxCandidates: 3 });
    expect(pairs(byScore(capped))).toEqual(["CHL–PER", "CHL–PER", "COL–ECU"]);
    // … and the list shows each pair's best reading before a pair's second (pairsFirst).
    expect(pairs(capped)).toEqual(["CHL–PER", "COL–ECU", "CHL–PER"]);
  });
});

describe("the cap and the floor", () => {
  const text = "Chile attacked Peru on Monday. Chile condemned Peru on Tuesday. Ecuador later criticised Colombia over its silence.";
  const pairs = (cs: Candidate[]) => cs.map((c) => `${[c.source.id, c.target.id].sort().join("–")} ${c.type}`);

  it("counts a pair's reading of another class for less too, if less than a repeat", () => {
    // Uncapped, the pair's second stance scores above the other pair (listed after it: pairsFirst).
    expect(pairs([...suggest(text, fresh)].sort((x, y) => y.score - x.score)).slice(0, 3)).toEqual(["CHL–PER hostility", "CHL–PER estrangement", "COL–ECU estrangement"]);
    expect(pairs(suggest(text, fresh, { maxCandidates: 2 }))).toEqual(["CHL–PER hostility", "COL–ECU estrangement"]);
  });

  it("offers a reading scored from 0.25 (a cue of the next sentence's actors, at a distance)", () => {
    const faint = suggest(text, fresh).find((c) => pairs([c])[0] === "COL–PER estrangement");
    expect(faint?.score).toBeGreaterThanOrEqual(0.25);
    expect(faint?.score).toBeLessThan(0.3);
  });
});

describe("an acronym after a name that opens with an abbreviation", () => {
  it("keeps the abbreviation's capitals and full stops inside the name ('the U.N. Border Mission (UNBOM)')", () => {
    const text = "Chile and Peru agreed that the U.N. Border Mission (UNBOM) would patrol the frontier.";
    const learned = learnNames(text, buildGazetteer([]), wordsOf(text)).map((n) => `${n.actor.id}:${n.actor.label}`);
    expect(learned).toContain("UNBOM:U.N. Border Mission");
  });
});
