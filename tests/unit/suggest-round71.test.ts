/**
 * The seventy-first round's mechanisms, on wording of their own (not the fixtures'): the signers of
 * a deal made "with" each other are its parties, not each other's go-betweens; one that joins another
 * in a deed against a third stands on its side.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate = "2000-01-01") => suggest(text, fresh, { sourceDate });
/** The best candidate of a pair, either way round. */
const pair = (text: string, x: string, y: string) => read(text).find((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

describe("a deal signed with another", () => {
  it("reads 'X signed a peace treaty with Y' as a bond of the two, not a mediation", () => {
    const c = pair("Peru signed a peace treaty with Chile on Monday.", "PER", "CHL");
    expect(c?.type).toBe("partnership");
  });
  it("reads each signer listed after 'with' as the subject's partner", () => {
    const text = "Peru signed a peace treaty with Chile, Bolivia and Ecuador in a ceremony on Monday.";
    for (const other of ["CHL", "BOL", "ECU"]) expect(pair(text, "PER", other)?.type).toBe("partnership");
  });
  it("reads the treaty a relative clause says the two signed", () => {
    const text = "Norway brokered the peace treaty that Peru signed with Chile.";
    expect(pair(text, "PER", "CHL")?.type).toBe("partnership");
    expect(pair(text, "NOR", "PER")?.type).toBe("mediation");
  });
  it("reads the signers of a truce made with each other as at war", () => {
    expect(pair("Peru signed a truce with Chile on Monday.", "PER", "CHL")?.type).toBe("hostility");
  });
  it("reads no partnership from a treaty not signed", () => {
    expect(pair("Peru refused to sign a peace treaty with Chile.", "PER", "CHL")?.type).not.toBe("partnership");
  });
});

describe("one that joins another in a deed against a third", () => {
  it("reads 'A joined B in condemning C' as A on B's side, the condemnation against C", () => {
    const text = "Peru joined Chile in condemning Bolivia over the dam.";
    expect(pair(text, "PER", "CHL")?.type).toBe("partnership");
    expect(read(text).some((c) => [c.source.id, c.target.id].sort().join() === "CHL,PER" && c.sign === -1)).toBe(false);
    expect(pair(text, "PER", "BOL")?.sign).toBe(-1);
  });
  it("reads the same of a deed told by a noun ('in condemning the attack', 'in the war against')", () => {
    expect(read("Peru joined Chile in condemning the attack.").some((c) => [c.source.id, c.target.id].sort().join() === "CHL,PER" && c.sign === -1)).toBe(false);
    expect(read("Peru joined Chile in the war against Bolivia.").some((c) => [c.source.id, c.target.id].sort().join() === "CHL,PER" && c.sign === -1)).toBe(false);
  });
});
