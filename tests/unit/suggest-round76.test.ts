/**
 * Round 76 (issue #14): the State of Vietnam (1949-1955) among the former states, so a bare
 * "Vietnam" of those years is no short name of the Democratic Republic. On wording of our own, not
 * the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { buildGazetteer, learnNames, suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { unrecognisedNames } from "../../src/model/suggest/unrecognised.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("the State of Vietnam", () => {
  const text =
    "The State of Vietnam was proclaimed last year, and the Democratic Republic of Vietnam fought on in the north through the winter. In the spring the United States began to send arms to Vietnam, and its envoy met the Chief of State at the palace.";

  it("reads a bare 'Vietnam' of 1950 as the State of Vietnam, not the Democratic Republic", () => {
    const cs = suggest(text, fresh, { sourceDate: "1950-05-10" });
    const spring = (c: Candidate) => c.quote.startsWith("In the spring");
    expect(ofPair(cs, "USA", "VNM").some(spring)).toBe(true);
    expect(ofPair(cs, "USA", "VDR").some(spring)).toBe(false);
    expect(cs.find((c) => c.source.id === "VNM" || c.target.id === "VNM")).toBeDefined();
    const vnm = cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "VNM");
    expect(vnm?.label).toBe("State of Vietnam");
  });
});

describe("a head alone that a body named in full goes on past", () => {
  it("reads 'the League' as the League of Nations, not the League Council learned beside it", () => {
    const text =
      "The port would be run under League of Nations supervision for ten years. The League Council met in Geneva on Monday to hear both sides. Since then Peru has asked the League to expel Chile.";
    const cs = suggest(text, fresh, { sourceDate: "1932-05-10" });
    const since = (c: Candidate) => c.quote.startsWith("Since then");
    expect(ofPair(cs, "PER", "LEAGUEOFNATIONS").some(since)).toBe(true);
    expect(cs.filter(since).some((c) => c.source.id === "LEAGUECOUNCIL" || c.target.id === "LEAGUECOUNCIL")).toBe(false);
  });
});

describe("a month and its day's number before a capitalised word", () => {
  it("reads the date as no part of a name ('Since March 4 Union members …')", () => {
    const text = "Since March 4 Union members have refused to buy oil from Peru, and its envoys were sent home.";
    const forms = learnNames(text, buildGazetteer([])).flatMap((l) => l.forms);
    expect(forms.some((f) => /March/.test(f))).toBe(false);
  });

  it("keeps a name that holds a date after its article ('the April 9 Movement')", () => {
    const text = "Fighters of the April 9 Movement attacked Chad's army near the border on Tuesday.";
    const cs = suggest(text, fresh, { sourceDate: "2012-05-10" });
    expect(cs.flatMap((c) => [c.source.label, c.target.label])).toContain("April 9 Movement");
  });
});

describe("a society of citizens named after a known body", () => {
  it("reads 'the United Nations Association' as a body of its own, not the United Nations", () => {
    const text = "The churches and the United Nations Association accused the government of Peru of betraying its promises.";
    const cs = suggest(text, fresh, { sourceDate: "1995-05-10" });
    expect(ofPair(cs, "UNITEDNATIONSASSOCIATION", "PER").length).toBeGreaterThan(0);
    expect(ofPair(cs, "UN", "PER")).toEqual([]);
  });

  it("leaves 'the League' to the League named inside the society's name ('under League of Nations rule … the League of Nations Union')", () => {
    const text =
      "The port would stay under League of Nations rule. The League Council met on Monday, and the League of Nations Union held a rally. Since then Peru has asked the League to expel Chile.";
    const cs = suggest(text, fresh, { sourceDate: "1932-05-10" });
    expect(ofPair(cs, "PER", "LEAGUEOFNATIONS").some((c) => c.quote.startsWith("Since then"))).toBe(true);
  });
});

describe("a town an army marches on", () => {
  it("offers no town marched or advanced on as a new party", () => {
    const offered = (text: string) => unrecognisedNames(text, fresh, { sourceDate: "2000-01-01" }).map((n) => n.name);
    expect(offered("In the spring the rebel columns marched on Vardask, and Chile sent arms.")).not.toContain("Vardask");
    expect(offered("By June the army had advanced on Tellmora, and Peru protested.")).not.toContain("Tellmora");
  });
});
