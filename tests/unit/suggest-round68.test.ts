/**
 * The sixty-eighth round's mechanisms, on wording of their own (not the fixtures'): earlier
 * leaders' terms years apart as separate rows.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate: string) => suggest(text, fresh, { sourceDate });
const ids = (text: string, sourceDate: string) => new Set(read(text, sourceDate).flatMap((c) => [c.source.id, c.target.id]));

describe("earlier leaders' terms years apart", () => {
  it("reads a prime minister as his state in each of his terms but not in the years between", () => {
    const text = "Harold Wilson warned Peru against the deal.";
    expect(ids(text, "1966-03-01")).toContain("GBR");
    expect(ids(text, "1975-03-01")).toContain("GBR");
    expect(ids(text, "1972-03-01")).not.toContain("GBR");
  });
  it("does so for a wartime leader back in office years later", () => {
    const text = "Winston Churchill condemned Peru over the seizure.";
    expect(ids(text, "1948-05-01")).not.toContain("GBR");
    expect(ids(text, "1953-05-01")).toContain("GBR");
  });
});

describe("'both governments' as the text's main pair unless two were just listed", () => {
  const referred = (text: string, a: string, b: string) => {
    const c = read(text, "2020-05-01").find((x) => x.source.id === a && x.target.id === b);
    return c?.target.referredAs;
  };
  const lead = "Peru and Chile fought a border war in March. Peru accused Chile of shelling its villages. Chile rejected Peru's demands on Tuesday. ";
  it("reads 'both governments' after a third party sided with one as the two the text is about", () => {
    const text = `${lead}Bolivia has openly sided with Peru throughout the conflict. The UN Secretary-General then held talks with envoys of both governments in New York.`;
    expect(referred(text, "UN", "CHL")).toBe("both governments");
    expect(referred(text, "UN", "BOL")).toBeUndefined();
  });
  it("keeps two actors listed just before as 'the two governments'", () => {
    const text = `${lead}Ecuador and Colombia fought a short war over the river in 1991. Brazil has mediated between the two governments since then.`;
    expect(referred(text, "BRA", "ECU")).toBe("the two governments");
    expect(referred(text, "BRA", "COL")).toBe("the two governments");
  });
});

describe("a month before an article opens a clause, not a name", () => {
  it("learns 'the Andean Council' after 'In November', not 'November the Andean Council'", () => {
    const found = ids("Peru left the Andean Pact in 1976. In November the Andean Council rejected Chile's bid to return.", "1990-01-01");
    expect([...found].some((id) => id.startsWith("NOVEMBER"))).toBe(false);
    expect(found).toContain("ANDEANCOUNCIL");
  });
});

describe("a body named by its head word owns what follows its possessive", () => {
  const text = "Peru joined the Varo League in 1920. Last year the League's Assembly condemned Chile over the blockade, and Chile then left the organisation.";
  it("learns no name 'League's Assembly' and reads the organisation as the League", () => {
    const found = ids(text, "1990-01-01");
    expect([...found].some((id) => id.includes("ASSEMBLY"))).toBe(false);
    expect(read(text, "1990-01-01").some((c) => c.source.id === "CHL" && c.target.id === "VAROLEAGUE")).toBe(true);
  });
  it("offers neither 'League's Assembly' nor 'Assembly' on the names list", async () => {
    const { unrecognisedNames } = await import("../../src/model/suggest/unrecognised.ts");
    const names = unrecognisedNames(text, fresh, { sourceDate: "2000-01-01" }).map((n) => n.name);
    expect(names.filter((n) => n.includes("Assembly"))).toEqual([]);
  });
});
