/**
 * The fifty-ninth round's mechanisms, on wording of its own (not the fixtures'): the companion a
 * fighting verb's own phrase names ("fought Togo and Mali alongside Benin") is the fighter's, as near
 * to it as the fighter is to its verb; the ones fought, named between, do not stand between them
 * (pairs.ts, `fightCompanions` and the pair's distance); the second of two verb phrases of one
 * subject, after an auxiliary, is the subject's (`sharedSubject`); arms received or bought from
 * another are a partnership (lexicon).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
// The default cap: a sentence of four actors keeps four readings.
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-03-01" });

describe("a companion named after those fought", () => {
  it("reads the fighter and its companion as allies past two it fought", () => {
    const cs = read("Ghana, a large coastal state, fought Togo and Mali alongside Benin.");
    expect(ofPair(cs, "GHA", "BEN").map((c) => c.sign)).toEqual([1]);
  });

  it("ranks the fighter and its companion above the companion's enemies it reads from the same verb", () => {
    const cs = read("Ghana fought Togo and Mali alongside Benin.");
    const ally = ofPair(cs, "GHA", "BEN")[0];
    const foe = ofPair(cs, "TGO", "BEN")[0];
    expect(ally?.sign).toBe(1);
    expect(ally!.score).toBeGreaterThan(foe!.score);
  });

  it("still reads the ones fought as the fighter's enemies", () => {
    const cs = read("Ghana, a large coastal state, fought Togo and Mali alongside Benin.");
    expect(ofPair(cs, "GHA", "TGO").map((c) => c.sign)).toEqual([-1]);
    expect(ofPair(cs, "GHA", "MLI").map((c) => c.sign)).toEqual([-1]);
  });
});

describe("two verb phrases of one subject, the second after an auxiliary", () => {
  it("reads the second phrase's cue as the subject's with its object, not the first verb's object's", () => {
    const cs = read("Ghana maintains a trade embargo on Togo and has given aid to Benin.");
    const giver = ofPair(cs, "GHA", "BEN")[0];
    expect(giver?.sign).toBe(1);
    expect(giver!.score).toBeGreaterThan(Math.max(...ofPair(cs, "TGO", "BEN").map((c) => c.score)));
  });

  it("reads the second phrase as strongly as the subject's own sentence would", () => {
    const alone = ofPair(read("Ghana has given aid to Benin."), "GHA", "BEN")[0]!.score;
    const second = ofPair(read("Ghana maintains a trade embargo on Togo and has given aid to Benin."), "GHA", "BEN")[0]!.score;
    expect(second).toBeGreaterThan(alone - 0.15);
  });

  it("reads both objects of the second verb as the subject's", () => {
    const cs = read("Ghana maintains a trade embargo on Togo and has given aid to Benin and Mali for years.");
    expect(ofPair(cs, "GHA", "BEN").map((c) => c.sign)).toEqual([1]);
    expect(ofPair(cs, "GHA", "MLI").map((c) => c.sign)).toEqual([1]);
  });

  it("does not take the accused's deeds after 'of' as the accuser's second phrase", () => {
    const cs = read("Ghana accused Togo of arming and sheltering Benin.");
    expect(ofPair(cs, "GHA", "BEN").every((c) => c.score < 0.5)).toBe(true);
  });
});

describe("arms had from another", () => {
  it("reads arms received from another as a partnership", () => {
    const cs = read("Observers say that Togo receives arms and rear bases from Ghana.");
    expect(ofPair(cs, "TGO", "GHA").map((c) => c.sign)).toEqual([1]);
  });

  it("reads arms bought from another as a partnership", () => {
    const cs = read("Togo has bought arms from Ghana since 1990.");
    expect(ofPair(cs, "TGO", "GHA").map((c) => c.sign)).toEqual([1]);
  });
});
