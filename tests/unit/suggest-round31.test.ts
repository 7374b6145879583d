/**
 * The thirty-first round's mechanisms, on wording of their own (not the fixtures'): states of the
 * 1970s to 90s that exist no more (Zaire, Rhodesia, Upper Volta, Dahomey), by name, people-word and
 * seat of power while they existed, by name only after.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));

describe("former states of the 1970s to 90s", () => {
  it("reads Zaire, its people-word and its capital as the former state in a text of its time", () => {
    const cs = suggest("Zairean troops crossed into Angola on Monday. Kinshasa accused Angola of backing the rebels.", fresh, { sourceDate: "1978-05-20" });
    expect(between(cs, "ZAR", "AGO").length).toBeGreaterThan(0);
    expect(ids(cs).has("COD")).toBe(false);
  });

  it("reads Kinshasa as the Congo after Zaire's end", () => {
    const cs = suggest("Kinshasa accused Angola of backing the rebels.", fresh, { sourceDate: "2005-05-20" });
    expect(ids(cs).has("ZAR")).toBe(false);
  });

  it("names Rhodesia by its former code in a later text ('white-minority Rhodesia armed the rebels')", () => {
    const cs = suggest("In the 1970s white-minority Rhodesia armed the rebels against Zambia.", fresh, { sourceDate: "1995-01-10" });
    expect(between(cs, "RHO", "ZMB").length).toBeGreaterThan(0);
  });

  it("reads Upper Volta and Dahomey in texts of their time", () => {
    const cs = suggest("Upper Volta accused Mali of shelling its border villages. Dahomey condemned Togo.", fresh, { sourceDate: "1974-12-20" });
    expect(between(cs, "HVO", "MLI").length).toBeGreaterThan(0);
    expect(between(cs, "DHY", "TGO").length).toBeGreaterThan(0);
  });
});

describe("a rival named in apposition by its owner's possessive", () => {
  const text = "Ruritania, Osterlich's old rival, has been Borduria's closest friend for a decade.";
  const cs = suggest(text, { ...fresh, actors: [
    { id: "RUR", label: "Ruritania", kind: "state" }, { id: "OST", label: "Osterlich", kind: "state" }, { id: "BOR", label: "Borduria", kind: "state" },
  ] as SuggestDataset["actors"] }, { sourceDate: "1990-01-01", maxCandidates: 40 });

  it("reads the rivalry between the one described and the owner ('Ruritania, Osterlich's old rival')", () => {
    expect(between(cs, "RUR", "OST").some((c) => c.sign === -1)).toBe(true);
  });

  it("not between the one described and an actor the sentence names after it", () => {
    expect(between(cs, "RUR", "BOR").some((c) => c.cue?.text === "rival")).toBe(false);
  });
});

describe("a party's wing named in apposition", () => {
  const membership = (cs: Candidate[], member: string, body: string) => between(cs, member, body).find((c) => c.type === "membership");

  it("learns the wing's name and makes it the owner's member, the right way round ('The PU's youth militia, the Wazamba, …')", () => {
    const text = "The ruling Popular Union (PU) has bridled at the deal. The PU's youth militia, the Wazamba, has been blamed for killings of civilians. The Liberation Front (LF) rejected the talks.";
    const cs = suggest(text, fresh, { sourceDate: "1995-01-01", maxCandidates: 40 });
    expect(membership(cs, "WAZAMBA", "PU")?.source.id).toBe("WAZAMBA");
    // … and says nothing of the others the text names.
    expect(between(cs, "LF", "PU").some((c) => c.type === "membership")).toBe(false);
  });

  it("reads 'Y (YB), the armed wing of X' the same", () => {
    const text = "The Union for Freedom (UF) boycotted the vote. The Kanzi Brigades (KB), the armed wing of the UF, attacked a border post on Monday.";
    const cs = suggest(text, fresh, { sourceDate: "1995-01-01", maxCandidates: 40 });
    expect(membership(cs, "KB", "UF")?.source.id).toBe("KB");
  });
});

describe("a bare verb after a relative clause whose antecedent is a list", () => {
  const fought = (cs: Candidate[], x: string, y: string) => between(cs, x, y).some((c) => c.type === "alliance" && c.cue?.text === "fought alongside");

  it("is the listed parties', not the front the clause names ('X and Y, which have joined forces in a Z, fought alongside Chadian troops')", () => {
    const text = "The Popular Union (PU) and the Liberation Front (LF), which have joined forces with smaller groups in a National Alliance, fought alongside Chadian troops in the north.";
    const cs = suggest(text, fresh, { sourceDate: "1990-01-01", maxCandidates: 40 });
    expect(fought(cs, "LF", "TCD")).toBe(true);
  });

  it("reads parties named with their leaders the same ('the Popular Union (PU) of Jan Novak and …')", () => {
    const text = "The Popular Union (PU) of Jan Novak and the Liberation Front (LF) of Ivo Dvorak, which have joined forces with smaller groups in a National Alliance, fought alongside Chadian troops in the north.";
    const cs = suggest(text, fresh, { sourceDate: "1990-01-01", maxCandidates: 40 });
    expect(fought(cs, "LF", "TCD")).toBe(true);
  });

  it("gives the verb to the first of the list too ('The PU of Jan Novak and the LF of Ivo Dvorak, which …, fought alongside')", () => {
    const text = "The Popular Union (PU) of Jan Novak and the Liberation Front (LF) of Ivo Dvorak, which have joined forces with smaller groups in a National Alliance, fought alongside Chadian troops in the north.";
    const cs = suggest(text, fresh, { sourceDate: "1990-01-01", maxCandidates: 40 });
    expect(fought(cs, "PU", "TCD")).toBe(true);
  });

  it("leaves a bare verb after a single antecedent's clause as it was ('Chad, which once fought Libya, hosted …')", () => {
    const text = "Chad, which once went to war with Libya, hosted the talks between Sudan and the rebels.";
    const cs = suggest(text, fresh, { sourceDate: "1990-01-01", maxCandidates: 40 });
    expect(between(cs, "TCD", "LBY").some((c) => c.sign === -1)).toBe(true);
  });
});
