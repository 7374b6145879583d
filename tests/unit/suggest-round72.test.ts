/**
 * The seventy-second round's mechanisms, on wording of their own (not the fixtures'): a body named
 * in full and then by its head word alone.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate = "2000-01-01") => suggest(text, fresh, { sourceDate });
/** The ids of the actors read in the candidates quoting only the sentence that opens with `opening`. */
const readIn = (text: string, opening: string, sourceDate?: string) => new Set(read(text, sourceDate).filter((c) => c.quote.startsWith(opening)).flatMap((c) => [c.source.id, c.target.id]));

describe("a body called by its head word alone", () => {
  it("reads 'the League' as the League of Nations named before", () => {
    const text = "Delegates met in Geneva at the League of Nations on Monday to discuss the border.\nPeru complained to the League about the seizure.";
    expect(readIn(text, "Peru complained", "1930-01-01")).toContain("LEAGUEOFNATIONS");
  });
  it("reads 'the Commission' as the one commission a text named in full", () => {
    const text = "The Varo Commission for Refugees met in Vienna on Friday.\nPeru refused to recognise the Commission after the vote.";
    expect(readIn(text, "Peru refused")).toContain("VAROCOMMISSIONFORREFUGEES");
  });
  it("reads 'the Council' as the Council of Europe", () => {
    const text = "Ministers of the Council of Europe met in Strasbourg on Friday.\nPeru asked to join the Council after the vote.";
    expect(readIn(text, "Peru asked")).toContain("COE");
  });
  it("leaves the head alone when the text named two bodies with it", () => {
    const text = "The Varo Commission for Refugees and the Kel Commission for Rivers met in Vienna on Friday.\nPeru refused to recognise the Commission after the vote.";
    expect([...readIn(text, "Peru refused")].filter((id) => id.endsWith("COMMISSION"))).toEqual([]);
  });
});

describe("bodies the data lacked", () => {
  it("reads the South Pacific Forum as the Pacific Islands Forum, its later name", () => {
    expect(readIn("The South Pacific Forum condemned France over the tests.", "The South")).toContain("PIF");
  });
  it("reads the Conference of Ambassadors as a body", () => {
    expect(readIn("The Conference of Ambassadors awarded the town to Albania.", "The Conference", "1913-05-30")).toContain("CONFERENCEOFAMBASSADORS");
  });
});
