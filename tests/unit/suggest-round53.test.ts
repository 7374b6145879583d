/**
 * The fifty-third round's mechanisms, on wording of their own (not the fixtures'): arms rushed,
 * supplied or delivered to another; a war a possessive names as one's own with another; looting
 * another's homes; fighting beside a companion, against another; a list that launches an attack.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });
const first = (cs: Candidate[], x: string, y: string) => between(cs, x, y).sort((p, q) => q.score - p.score)[0];

describe("arms rushed, supplied or delivered to another", () => {
  it("reads the sender and the receiver as partners", () => {
    const cs = read("Mali and Chad held talks in Bamako on Monday. Ghana rushed arms to Togo in the spring of 1998.");
    expect(first(cs, "GHA", "TGO")?.type).toBe("partnership");
    const ds = read("Mali and Chad held talks in Bamako on Monday. Ghana had supplied arms to Togo for a decade.");
    expect(first(ds, "GHA", "TGO")?.type).toBe("partnership");
  });
});

describe("a war a possessive names as one's own, with another", () => {
  const text = "Ghana and Benin signed a trade pact on Monday. Ghana and Benin sent doctors to Togo after its border war with Niger in 1998.";
  it("reads the owner and the one named after as enemies", () => {
    expect(first(read(text), "TGO", "NER")?.type).toBe("hostility");
  });
  it("reads no one else named before it as a side of that war", () => {
    const cs = read(text);
    for (const state of ["GHA", "BEN"]) expect(between(cs, state, "TGO").some((c) => c.type === "hostility"), state).toBe(false);
    const ds = read("Ghana and Benin signed a trade pact on Monday. Ghana and Benin sent doctors to Togo after Togo's war with Niger.");
    for (const state of ["GHA", "BEN"]) expect(between(ds, state, "TGO").some((c) => c.type === "hostility"), state).toBe(false);
    expect(first(ds, "TGO", "NER")?.type).toBe("hostility");
  });
  it("reaches the possessive past four describing words ('their 21-year civil war')", () => {
    const cs = read("Ghana and Benin signed a trade pact on Monday. Ghana and Benin sent doctors to Togo after its 21-year civil war with Niger.");
    for (const state of ["GHA", "BEN"]) expect(between(cs, state, "TGO").some((c) => c.type === "hostility"), state).toBe(false);
  });
});

describe("looting another's homes", () => {
  it("reads the looter and the one whose homes it loots as enemies", () => {
    const cs = read("Mali and Chad held talks in Bamako on Monday. The Kestan Liberation Front (KLF) has been looting Ghanaian homes near the border.");
    expect(first(cs, "KLF", "GHA")?.type).toBe("hostility");
  });
});

describe("fighting beside a companion, against another", () => {
  it("reads the one named after 'against' as the fighter's enemy, not its ally", () => {
    const cs = read("Mali and Chad held talks in Bamako on Monday. Fighters loyal to the Kestan Front have fought alongside the militants of the Zarkan Movement (ZM) against the Ghanaians.");
    expect(between(cs, "KESTANFRONT", "ZM").some((c) => c.type === "alliance")).toBe(true);
    expect(between(cs, "KESTANFRONT", "GHA").some((c) => c.type === "alliance")).toBe(false);
    expect(first(cs, "KESTANFRONT", "GHA")?.type).toBe("hostility");
  });
  it("reads no one named after a verb of the next clause as the companion", () => {
    const cs = read("Mali and Chad held talks in Bamako on Monday. The Kestan Liberation Front (KLF), fighting at first alongside Islamist groups, took three towns from the Ghanaian army.");
    expect(between(cs, "KLF", "GHA").some((c) => c.type === "alliance")).toBe(false);
  });
});

describe("a list of subjects that launch an attack together", () => {
  it("reads no two of the list as each other's enemies", () => {
    const cs = read("Chad and Niger held talks on Monday. The alliance — the Kestan Liberation Army (KLA), the Zarkan Front (ZF) and the Toma Army (TA) — launched an offensive in the north.");
    for (const [x, y] of [["KLA", "ZF"], ["ZF", "TA"], ["KLA", "TA"]]) expect(between(cs, x!, y!).some((c) => c.type === "hostility"), `${x}-${y}`).toBe(false);
    const ds = read("Chad and Niger held talks on Monday. The Kestan Liberation Army (KLA) and the Zarkan Front (ZF) have mounted fresh attacks on army posts.");
    expect(between(ds, "KLA", "ZF").some((c) => c.type === "hostility")).toBe(false);
  });
});
