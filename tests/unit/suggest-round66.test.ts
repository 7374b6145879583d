/**
 * The sixty-sixth round's mechanisms, on wording of their own (not the fixtures'): leaders before
 * the bundled dictionary's years, read as their state in a text of their years in office.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { unrecognisedNames } from "../../src/model/suggest/unrecognised.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate: string) => suggest(text, fresh, { sourceDate });
const ids = (text: string, sourceDate: string) => new Set(read(text, sourceDate).flatMap((c) => [c.source.id, c.target.id]));
const pair = (text: string, sourceDate: string, a: string, b: string) =>
  read(text, sourceDate).find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("leaders before the bundled dictionary's years", () => {
  it("reads a chancellor and a president of the 1990s, named by full name alone, as their states", () => {
    const text = "Helmut Kohl and Boris Yeltsin signed a friendship pact in Bonn on Friday.";
    expect(pair(text, "1992-11-21", "DEU", "RUS")).toBeDefined();
  });
  it("reads a Soviet leader as the Soviet Union in a text of its years", () => {
    const text = "Leonid Brezhnev warned Peru against the deal.";
    expect(ids(text, "1975-03-01")).toContain("SUN");
  });
  it("reads a former president in a report after his years in office as no state", () => {
    const text = "Jimmy Carter brokered a ceasefire between Sudan and Uganda.";
    expect(ids(text, "1978-06-01")).toContain("USA");
    expect(ids(text, "2006-06-01")).not.toContain("USA");
  });
  it("is well formed: key-form names of two words or more, known states or the Soviet Union, years in order", async () => {
    const { EARLIER_LEADERS, leaderKey } = await import("../../src/model/suggest/data/leaders.ts");
    const states = new Set(((await import("../../src/model/suggest/data/countries.json")).default as unknown as { states: Array<[string, string]> }).states.flatMap((s) => [s[0], s[1]]));
    for (const [name, iso3, from, to] of EARLIER_LEADERS) {
      expect(leaderKey(name), name).toBe(name);
      expect(name.split(" ").length, name).toBeGreaterThanOrEqual(2);
      expect(states.has(iso3) || iso3 === "SUN", `${name}: ${iso3}`).toBe(true);
      expect(from, name).not.toBeNull();
      expect(to, name).not.toBeNull();
      expect(from!, name).toBeLessThanOrEqual(to!);
    }
  });
});

describe("'all three' standing alone for the states named before", () => {
  const text = "Chad, Niger and Mali left the regional bloc in January. All three joined the African Union in 2002, and their leaders met in Niamey.";
  it("reads each state named before as the subject of 'All three joined'", () => {
    for (const state of ["TCD", "NER", "MLI"]) {
      const c = pair(text, "2024-03-01", state, "AU");
      expect(c, state).toBeDefined();
      expect(c!.source.id === state ? c!.source.referredAs : c!.target.referredAs).toBe("All three");
    }
  });
});

describe("land given up, off the names list", () => {
  const offered = (text: string) => unrecognisedNames(text, fresh, { sourceDate: "2000-01-01" }).map((n) => n.name);
  it("offers no town a state cedes, gives up or mourns the loss of", () => {
    expect(offered("Peru refused to give up Tumbaleza, and newspapers in Lima mourned the loss of Tumbaleza.")).not.toContain("Tumbaleza");
    expect(offered("Under the treaty Chile cedes Varosca and Meltana to Peru.")).not.toContain("Varosca");
    expect(offered("Under the treaty Chile cedes Varosca and Meltana to Peru.")).not.toContain("Meltana");
  });
});
