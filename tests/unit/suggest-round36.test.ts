/**
 * The thirty-sixth round's mechanisms, on wording of their own (not the fixtures'): a grouping a
 * report defines by its members ("the X Group of A, B and C", "the X States, A, B and C, have …").
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
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

  it("offers no name with the members' list as its tail in the names list", () => {
    const names = unrecognisedNames("The plan builds on the work of the Lakeside Group of Norway, Chile and Ghana, which has met since 2001.", fresh, { sourceDate: "2005-03-01" });
    expect(names.some((n) => / of /.test(n.name))).toBe(false);
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

describe("a known body's name opening a force's or a command's name", () => {
  it("learns 'the ASEAN Monitoring Force' and 'the United Nations Command' as new bodies, not ASEAN or the UN", () => {
    const names = learnNames("An ASEAN Monitoring Force of 900 men will watch the border. The United Nations Command signed the truce.", buildGazetteer([]));
    expect(names.map((n) => [n.actor.id, n.actor.kind])).toEqual([
      ["ASEANMONITORINGFORCE", "organization"],
      ["UNITEDNATIONSCOMMAND", "organization"],
    ]);
  });

  it("reads the owner's other form before the same head as the same body ('the UN Command')", () => {
    const names = learnNames("The United Nations Command signed the truce. The UN Command has its headquarters in Tokyo.", buildGazetteer([]));
    expect(names.map((n) => [n.actor.id, n.forms])).toEqual([["UNITEDNATIONSCOMMAND", ["United Nations Command", "UN Command"]]]);
  });

  it("reads a dotted acronym of the owner before the same head as the same body ('the U.N. Command')", () => {
    const names = learnNames("The United Nations Command signed the truce. Later the U.N. Command said it would keep its word.", buildGazetteer([]));
    expect(names.map((n) => [n.actor.id, n.forms])).toEqual([["UNITEDNATIONSCOMMAND", ["United Nations Command", "U.N. Command"]]]);
  });

  it("reads the force, not its owner, as the go-between", () => {
    const cs = suggest("An ASEAN Monitoring Force of 900 men will stand between Thailand and Cambodia along the disputed border.", fresh, { sourceDate: "2011-05-01" });
    expect(cs.some((c) => c.source.id === "ASEANMONITORINGFORCE" || c.target.id === "ASEANMONITORINGFORCE")).toBe(true);
    expect(cs.some((c) => c.source.id === "ASEAN" || c.target.id === "ASEAN")).toBe(false);
  });

  it("learns no new body from a state's name before its forces ('the Sudan Armed Forces')", () => {
    const names = learnNames("The Sudan Armed Forces attacked the town on Monday.", buildGazetteer([]));
    expect(names.some((n) => n.actor.id === "SUDANARMEDFORCES")).toBe(false);
  });
});
