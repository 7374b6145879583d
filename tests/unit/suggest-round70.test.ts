/**
 * The seventieth round's mechanisms, on wording of their own (not the fixtures'): parties named
 * untranslated with their own language's head word.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate = "2000-01-01") => suggest(text, fresh, { sourceDate });
const ids = (text: string) => new Set(read(text).flatMap((c) => [c.source.id, c.target.id]));

describe("parties named with their own language's head word", () => {
  it("reads a 'Parishad' or a 'Samiti' as a party", () => {
    expect(ids("The Kamrup Yuva Parishad accused Nepal of arming the rebels.")).toContain("KAMRUPYUVAPARISHAD");
    expect(ids("The Dhanbad Kisan Samiti condemned Nepal over the dam.")).toContain("DHANBADKISANSAMITI");
  });
  it("reads a 'Jamaat-' name, a head word first, as a party", () => {
    expect(ids("The Jamaat-e-Tulba denounced Nepal over the treaty.")).toContain("JAMAATETULBA");
  });
  it("reads a 'Partido' as a party and lists it no more as an unknown name", () => {
    const text = "The Partido Verde Unido accused Peru of fraud.";
    expect(ids(text)).toContain("PARTIDOVERDEUNIDO");
    expect(unrecognisedNames(text, fresh, { sourceDate: "2000-01-01" }).map((n) => n.name)).not.toContain("Partido Verde Unido");
  });
});

describe("a plural's possessive inside a name", () => {
  it("learns 'the Miners' Welfare League' whole, not from its last words", () => {
    const got = ids("The Kolar Miners' Welfare League accused Nepal of breaking the accord.");
    expect(got).toContain("KOLARMINERSWELFARELEAGUE");
    expect(got).not.toContain("WELFARELEAGUE");
  });
  it("does not read 'the miners' later as that body", () => {
    const text = "The Kolar Miners' Welfare League met officials in Kathmandu on Monday. Separately, Indian officials pledged aid to the miners.";
    expect(read(text).flatMap((c) => [c.source.referredAs, c.target.referredAs])).not.toContain("the miners");
  });
});
