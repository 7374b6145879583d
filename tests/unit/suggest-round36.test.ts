/**
 * The thirty-sixth round's mechanisms, on wording of their own (not the fixtures'): a grouping a
 * report defines by its members ("the X Group of A, B and C", "the X States, A, B and C, have …").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

describe("a grouping defined by its members after 'of'", () => {
  it("learns 'the Lakeside Group of Norway, Chile and Ghana' as the Lakeside Group, the states no tail of its name", () => {
    const names = learnNames("The plan builds on the work of the Lakeside Group of Norway, Chile and Ghana, which has met since 2001.", buildGazetteer([]));
    expect(names.map((n) => n.actor.id)).toEqual(["LAKESIDEGROUP"]);
  });

  it("keeps a single state after 'of' as the name's tail ('the Harbour Group on Peru')", () => {
    const names = learnNames("The Harbour Group on Peru met in Lima on Monday.", buildGazetteer([]));
    expect(names.map((n) => n.actor.id)).toEqual(["HARBOURGROUPONPERU"]);
  });

  it("reads each state listed after the grouping's 'of' as its member", () => {
    const cs = suggest("The plan builds on the work of the Lakeside Group of Norway, Chile and Ghana, which has met since 2001.", fresh, { sourceDate: "2005-03-01" });
    for (const member of ["NOR", "CHL", "GHA"]) {
      const read = between(cs, member, "LAKESIDEGROUP");
      expect(read.some((c) => c.type === "membership" && c.source.id === member)).toBe(true);
    }
  });
});

describe("a grouping defined by its members in apposition", () => {
  it("learns 'The Harbour States, Peru, Chile and Ecuador, have …' as a bloc, though written once", () => {
    const names = learnNames("The Harbour States, Peru, Chile and Ecuador, have backed the plan for years.", buildGazetteer([]));
    expect(names.map((n) => [n.actor.id, n.actor.kind])).toEqual([["HARBOURSTATES", "bloc"]]);
  });

  it("reads each state of the apposition as the bloc's member", () => {
    const cs = suggest("The Harbour States, Peru, Chile and Ecuador, have backed the plan for years.", fresh, { sourceDate: "2005-03-01" });
    for (const member of ["PER", "CHL", "ECU"]) {
      const read = between(cs, member, "HARBOURSTATES");
      expect(read.some((c) => c.type === "membership" && c.source.id === member)).toBe(true);
    }
  });

  it("learns no bloc from a list that goes on after the states ('the Harbour States, Peru, Chile and Ecuador backed …')", () => {
    const names = learnNames("Officials from the Harbour States, Peru, Chile and Ecuador met in Lima.", buildGazetteer([]));
    expect(names.some((n) => n.actor.kind === "bloc")).toBe(false);
  });
});
