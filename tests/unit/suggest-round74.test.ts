/**
 * Round 74 (issue #14): a former state's name shortened to a present state's ("Russia" after "Soviet
 * Russia" in a report of 1920); an armed body named by its German head ("the Courland Landeswehr").
 * On wording of our own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { WEAK_SCORE } from "../../src/model/suggest/suggest.ts";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("a former state's name shortened to a present state's", () => {
  const text = "Finland and Soviet Russia ended their war at a conference in the spring. Under the settlement, Russia recognised Finland and gave up its claims to Karelia.";

  it("reads the short name as the former state in its years, when the text writes the long name", () => {
    const cs = suggest(text, fresh, { sourceDate: "1920-10-14" });
    expect(ofPair(cs, "FIN", "SUN").some((c) => c.quote.startsWith("Under the settlement"))).toBe(true);
    expect(ofPair(cs, "FIN", "RUS")).toEqual([]);
  });

  it("leaves the short name alone when the text never writes the long name, or after the former state", () => {
    const alone = suggest("Under the settlement, Russia recognised Finland and gave up its claims to Karelia.", fresh, { sourceDate: "1920-10-14" });
    expect(ofPair(alone, "FIN", "RUS").length).toBeGreaterThan(0);
    expect(ofPair(alone, "FIN", "SUN")).toEqual([]);
    const later = suggest(text, fresh, { sourceDate: "1995-10-14" });
    expect(ofPair(later, "FIN", "RUS").some((c) => c.quote.startsWith("Under the settlement"))).toBe(true);
  });

  it("leaves a short name whose code a state of the date holds ('Germany' while West Germany held DEU)", () => {
    const cs = suggest("East Germany and Poland signed a border agreement. Germany recognised Austria the same week.", fresh, { sourceDate: "1975-06-01" });
    expect(ofPair(cs, "DEU", "AUT").length).toBeGreaterThan(0);
    // (Since the seventy-ninth round a weak guess pairs East Germany of the first sentence with Austria of the second.)
    expect(ofPair(cs, "DDR", "AUT").filter((c) => c.sentence === 1 || c.score >= WEAK_SCORE)).toEqual([]);
  });
});

describe("an armed body named by its German head", () => {
  it("reads 'the Courland Landeswehr' as a body of its own, an armed group", () => {
    const cs = suggest("Last spring Latvian troops defeated the Courland Landeswehr near the river.", fresh, { sourceDate: "1920-03-01" });
    const pair = ofPair(cs, "LVA", "COURLANDLANDESWEHR");
    expect(pair.length).toBeGreaterThan(0);
    const body = [pair[0]!.source, pair[0]!.target].find((a) => a.id === "COURLANDLANDESWEHR");
    expect(body).toMatchObject({ label: "Courland Landeswehr", kind: "non-state" });
  });
});
