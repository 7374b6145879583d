/**
 * The eighty-first round: the UN's organs speak for the UN. "The Security Council condemned …" and
 * "the General Assembly voted …" are the United Nations' stances, the way a curator records them
 * (and the way 56 of the 57 gold texts that name the Security Council record them), not those of
 * two further actors "UN Security Council" and "UN General Assembly" beside the UN. A dataset that
 * keeps the Security Council as an actor of its own still has it read as that actor: the dataset's
 * names win. And a body that "brings together the envoys of" states is made of those states: each
 * sits in it (membership), the envoys no go-between of their own, also when the clause that says so
 * is the second of the body's relative clauses ("the Council, which has met …, and which brings
 * together …"). Wording of its own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const relationTypes = (DEFAULT_DATASET_JSON as Dataset).relationTypes;
const fresh: SuggestDataset = { actors: [], relationTypes };
const pairOf = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => pairOf(c) === [x, y].sort().join("-"));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));

describe("the UN's organs speak for the UN", () => {
  it("reads the Security Council's condemnation as the United Nations'", () => {
    const cs = suggest("In March the Security Council condemned Eritrea's support for the rebels in Somalia.", fresh, { sourceDate: "2009-12-23" });
    const read = between(cs, "UN", "ERI");
    expect(read.length).toBeGreaterThan(0);
    expect(read[0]!.sign).toBe(-1);
    expect(read[0]!.cue?.text).toBe("condemned");
    const un = read[0]!.source.id === "UN" ? read[0]!.source : read[0]!.target;
    expect(un.label).toBe("United Nations");
    expect(ids(cs).has("UNSC")).toBe(false);
  });

  it("reads every written form of the two organs as the UN", () => {
    for (const organ of ["the U.N. Security Council", "the United Nations Security Council", "the UN General Assembly", "the General Assembly"]) {
      const cs = suggest(`Last week ${organ} condemned Israel over the settlements.`, fresh, { sourceDate: "1980-03-01" });
      expect(between(cs, "UN", "ISR").length, organ).toBeGreaterThan(0);
      expect([...ids(cs)].filter((id) => id.startsWith("UN") && id !== "UN"), organ).toEqual([]);
    }
  });

  it("names no pair of the UN with itself when the Council and the world body meet in one sentence", () => {
    const cs = suggest("The Security Council asked the United Nations to send observers to Tajikistan.", fresh, { sourceDate: "1994-12-16" });
    expect(cs.filter((c) => c.source.id === c.target.id)).toEqual([]);
    expect(between(cs, "UN", "TJK").length).toBeGreaterThan(0);
  });

  it("keeps the Security Council apart when the dataset has it as an actor of its own", () => {
    const dataset: SuggestDataset = {
      actors: [
        { id: "UN", label: "United Nations", kind: "organization" },
        { id: "UNSC", label: "UN Security Council", kind: "organization", aliases: ["Security Council"] },
      ],
      relationTypes,
    };
    const cs = suggest("In March the Security Council condemned Eritrea's support for the rebels in Somalia.", dataset, { sourceDate: "2009-12-23" });
    expect(between(cs, "UNSC", "ERI").length).toBeGreaterThan(0);
    expect(between(cs, "UN", "ERI")).toEqual([]);
  });
});

describe("a body that brings together the envoys of states", () => {
  const text =
    "The plan was drawn up by the Council of Envoys, which has sat in Vienna since March under the chairmanship of Count Berchtold, the Austrian foreign minister, and which brings together the envoys of Spain, Sweden, Portugal and Denmark.";

  it("is made of those states, each a member, the envoys no mediators", () => {
    const cs = suggest(text, fresh, { sourceDate: "1912-06-01" });
    for (const state of ["ESP", "SWE", "PRT", "DNK"]) {
      const read = cs.filter((c) => pairOf(c) === ["COUNCILOFENVOYS", state].sort().join("-"));
      expect(read.length, state).toBeGreaterThan(0);
      expect(read[0]!.type, state).toBe("membership");
      // The member is the source of a membership.
      expect(read[0]!.source.id, state).toBe(state);
    }
    // The listed states are not one another's go-betweens.
    expect(cs.filter((c) => c.type === "mediation" && ["ESP", "SWE", "PRT", "DNK"].includes(c.source.id) && ["ESP", "SWE", "PRT", "DNK"].includes(c.target.id))).toEqual([]);
  });

  it("leaves a go-between's bringing together alone", () => {
    const cs = suggest("Norway brought together the envoys of Spain and Portugal in Oslo.", fresh, { sourceDate: "1912-06-01" });
    expect(cs.filter((c) => c.type === "membership")).toEqual([]);
  });
});
