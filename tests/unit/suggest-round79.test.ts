/**
 * The seventy-ninth round: the candidate budget. The floor under a score is 0.15 (0.25 before), a
 * sentence keeps five readings (four before) and three more not of one list, and a pair the text's cap leaves without a candidate
 * keeps its best reading with a cue; below the old floor (`WEAK_SCORE`) a reading is offered only
 * as its pair's best. Wording of its own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { WEAK_SCORE } from "../../src/model/suggest/suggest.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const pairOf = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => pairOf(c) === [x, y].sort().join("-"));

describe("the text's cap", () => {
  const text =
    "Chile, Peru, Ecuador and Uruguay signed a trade pact on Monday. " +
    "Bolivia, Paraguay, Brazil and Argentina condemned the pact the next day.";

  it("leaves no pair read with a cue without a candidate", () => {
    const cs = suggest(text, fresh, { sourceDate: "2020-01-01" });
    const lifted = suggest(text, fresh, { sourceDate: "2020-01-01", maxCandidates: 1000 });
    // The cap (2.5 a sentence that names two actors: 5) cuts second readings here …
    expect(cs.length).toBeGreaterThan(5);
    const pairs = new Set(cs.map(pairOf));
    for (const c of lifted.filter((x) => x.cue !== null)) expect(pairs.has(pairOf(c)), pairOf(c)).toBe(true);
  });

  it("still caps a caller's own maximum", () => {
    expect(suggest(text, fresh, { sourceDate: "2020-01-01", maxCandidates: 5 })).toHaveLength(5);
  });
});

describe("a reading below the old floor", () => {
  it("is offered as its pair's best, below the stronger readings", () => {
    const cs = suggest("East Germany and Poland signed a border agreement. Germany recognised Austria the same week.", fresh, { sourceDate: "1975-06-01" });
    const weak = between(cs, "DDR", "AUT");
    expect(weak).toHaveLength(1);
    expect(weak[0]!.score).toBeLessThan(WEAK_SCORE);
    expect(weak[0]!.score).toBeGreaterThanOrEqual(0.15);
    // Best first: after every pair read at the old floor or above.
    expect(cs.indexOf(weak[0]!)).toBe(cs.length - 1);
  });

  it("is not offered as a second, weaker reading of a pair", () => {
    const cs = suggest("Norway broke off relations with Chile in May and sent a ship to help a Peruvian patrol boat.", fresh, { sourceDate: "2005-03-01" });
    expect(between(cs, "NOR", "PER").map((c) => c.type)).toEqual(["partnership"]);
    // … unless the caller sets the floor: then every reading above it.
    const all = suggest("Norway broke off relations with Chile in May and sent a ship to help a Peruvian patrol boat.", fresh, { sourceDate: "2005-03-01", minScore: 0.15 });
    expect(between(all, "NOR", "PER").map((c) => c.type).sort()).toEqual(["estrangement", "partnership"]);
  });
});

describe("a sentence's readings", () => {
  it("are five of a list of five actors", () => {
    const cs = suggest("Chile, Peru, Ecuador, Uruguay and Bolivia met in Lima on Monday.", fresh, { sourceDate: "2020-01-01" });
    expect(cs.filter((c) => c.sentence === 0)).toHaveLength(5);
  });

  it("are three more of actors not of one list", () => {
    const text = "Chile accused Bolivia of arming rebels on Monday, when Peru hosted talks with Ecuador in Lima and Uruguay sent an envoy to Paraguay.";
    const cs = suggest(text, fresh, { sourceDate: "2020-01-01" });
    // Five, three more, and past them (since the eighty-second round) each pair's reading with a
    // cue that no kept reading names, strong or not: the eighth (Peru–Paraguay, under 0.45) and six more.
    expect(cs.filter((c) => c.sentence === 0).slice(0, 8)).toHaveLength(8);
    expect(between(cs, "PER", "PRY")[0]!.score).toBeLessThan(0.45);
    expect(cs).toHaveLength(14);
    expect(new Set(cs.map(pairOf)).size).toBe(14);
    expect(cs.slice(0, 2).map(pairOf).sort()).toEqual(["BOL-CHL", "ECU-PER"]);
    expect(suggest(text, fresh, { sourceDate: "2020-01-01", perSentence: 5 })).toHaveLength(5);
  });
});
