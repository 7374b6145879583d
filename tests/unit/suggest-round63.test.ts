/**
 * The sixty-third round's mechanisms, on wording of their own (not the fixtures'): a body's word
 * beside its members.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-01-01" });
const typed = (text: string) => new Set(read(text).map((c) => `${[c.source.id, c.target.id].sort().join("-")} ${c.type}`));

describe("a body's word beside its members", () => {
  it("reads 'alliance members A, B and C' as members of the alliance named before", () => {
    const found = typed("NATO opened its summit in Brussels on Monday. Besides Germany, alliance members Norway, Portugal and Greece have sent ships to the Baltic.");
    expect(found).toContain("NATO-NOR membership");
    expect(found).toContain("NATO-PRT membership");
    expect(found).toContain("GRC-NATO membership");
    expect([...found].some((p) => p.endsWith(" alliance"))).toBe(false);
  });

  it("reads 'members of the alliance A, B and C' so too", () => {
    const found = typed("NATO opened its summit in Brussels on Monday. Members of the alliance Norway, Portugal and Greece have sent ships to the Baltic.");
    expect(found).toContain("NATO-NOR membership");
    expect(found).toContain("GRC-NATO membership");
  });

  it("reads no body when two named before are called so", () => {
    const cs = read("NATO and the CSTO held drills on Monday. Besides Germany, alliance members Norway, Portugal and Greece have sent ships to the Baltic.");
    // (Since the seventy-ninth round a guess of two neighbouring sentences reads "members" for each
    // body of the first, both alike; no reading of the second sentence names a body.)
    expect(cs.some((c) => [c.source.id, c.target.id].includes("NOR") && c.type === "membership" && c.sentence === 1)).toBe(false);
    expect(cs.flatMap((c) => [c.source, c.target]).some((a) => a.referredAs !== undefined)).toBe(false);
  });
});

describe("a body named in an apposition to a go-between", () => {
  const score = (text: string, x: string, y: string) => read(text).find((c) => [c.source.id, c.target.id].sort().join("-") === [x, y].sort().join("-") && c.type === "mediation")?.score ?? 0;
  it("reads the envoys as the subject's, the body of its office between them notwithstanding", () => {
    const text = "Ghana, the current chairman of the African Union, sent envoys to Togo and Burkina Faso in November.";
    expect(score(text, "GHA", "TGO")).toBeGreaterThan(0.5);
    expect(score(text, "GHA", "BFA")).toBeGreaterThan(0.5);
  });
});

describe("an apposition before the verb", () => {
  const score = (text: string, x: string, y: string, type: string) => read(text).find((c) => [c.source.id, c.target.id].sort().join("-") === [x, y].sort().join("-") && c.type === type)?.score ?? 0;
  it("reads the verb after ', a group sponsored by A's party,' as the named group's, not A's", () => {
    const text = "The Front for Renewal, a rebel group sponsored by Ghana's ruling party, also fought the army of Togo.";
    expect(score(text, "FRONTFORRENEWAL", "TGO", "hostility")).toBeGreaterThan(score(text, "GHA", "TGO", "hostility"));
    expect(score(text, "GHA", "TGO", "hostility")).toBeLessThan(0.5);
  });
});

describe("relations between two that soured over a third's deed", () => {
  it("reads the two as estranged, not as co-subjects against the third", () => {
    const found = typed("Relations between Ghana and Togo have soured over Benin's dam.");
    expect(found).toContain("GHA-TGO estrangement");
    expect(found).not.toContain("GHA-TGO partnership");
    expect(found).not.toContain("BEN-TGO estrangement");
  });
});

describe("a name's allies and another", () => {
  it("reads no alliance between 'Ghana's allies' and the one listed after them", () => {
    const found = typed("Ghana's allies and Togo sign peace in Accra after a year of war.");
    expect(found).not.toContain("GHA-TGO alliance");
  });
  it("still reads a name's ally named after the word", () => {
    expect(typed("Ghana's closest ally, Togo, sent troops to the border.")).toContain("GHA-TGO alliance");
  });
});
