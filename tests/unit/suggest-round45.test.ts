/**
 * The forty-fifth round's mechanisms, on wording of their own (not the fixtures'): troops taken out
 * of a land, a go-between's call on two or more to stop fighting.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });

describe("troops taken out of a land", () => {
  it("reads 'withdraw its troops from' as no step apart, of the two or of others the sentence names", () => {
    const cs = read("Ghana and Togo signed an accord in Lome under which Benin will withdraw its troops from Togo within a year, with Nigeria and Niger acting as its guarantors.");
    for (const [x, y] of [["BEN", "TGO"], ["NGA", "TGO"], ["BEN", "GHA"]]) {
      expect(between(cs, x!, y!).some((c) => c.cue?.text.startsWith("withdraw"))).toBe(false);
    }
    // … and the guarantors' reading stands.
    expect(between(cs, "NGA", "TGO")[0]?.type).toBe("mediation");
  });

  it("still reads leaving a body as its membership ended", () => {
    const cs = read("Benin will withdraw from the African Union next year, its foreign minister said.");
    expect(between(cs, "BEN", "AU").some((c) => c.cue?.text.startsWith("withdraw from"))).toBe(true);
  });
});

describe("a call on two or more to stop fighting", () => {
  it("reads the caller as a go-between of each of those called on to withdraw", () => {
    const cs = read("The African Union on Monday called on Ghana, Benin and Togo to withdraw their forces from the border zone at once.");
    for (const x of ["GHA", "BEN", "TGO"]) {
      const first = between(cs, "AU", x)[0];
      expect(first?.type).toBe("mediation");
      expect(first?.source.id).toBe("AU");
    }
  });

  it("reads the last of a long list called on as surely as the first", () => {
    const cs = read("The African Union on Monday called on Ghana, Benin, Togo and Burkina Faso to withdraw their forces from the border zone at once.");
    const first = between(cs, "AU", "GHA")[0]!;
    const last = between(cs, "AU", "BFA")[0]!;
    expect(last.type).toBe("mediation");
    expect(last.score).toBeGreaterThan(first.score - 0.05);
  });

  it("reads a call on two to cease fire as mediation, not a stand against each", () => {
    const cs = read("Nigeria urged Ghana and Benin to cease fire along the Volta.");
    for (const x of ["GHA", "BEN"]) {
      expect(between(cs, "NGA", x)[0]?.type).toBe("mediation");
      expect(between(cs, "NGA", x).some((c) => c.sign === -1)).toBe(false);
    }
  });

  it("reads a call on two to stop what is no fighting as no go-between's call", () => {
    const cs = read("Nigeria urged Ghana and Benin to stop supporting the rebels.");
    expect(between(cs, "NGA", "GHA").some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("a body made up of states", () => {
  const text = "A Commission of Neutrals sitting in Lima, made up of Ghana, Benin, Togo and Niger, tried to reconcile the two governments.";

  it("reads the states listed after 'made up of' as the body's members, a seat's phrase between", () => {
    const cs = read(text);
    for (const x of ["GHA", "BEN", "TGO", "NER"]) {
      const first = between(cs, "COMMISSIONOFNEUTRALS", x)[0];
      expect(first?.type).toBe("membership");
      expect(first?.source.id).toBe(x);
    }
  });

  it("reads no go-between's words between the members, nor between a member and the body's seat", () => {
    const cs = read(text);
    for (const [x, y] of [["GHA", "BEN"], ["BEN", "NER"], ["GHA", "TGO"]]) expect(between(cs, x!, y!).some((c) => c.type === "mediation")).toBe(false);
    expect(between(cs, "PER", "NER").some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("arms a fighter went to war with", () => {
  const text = "Ghana went to war with an arsenal bought largely from Armaco, the British armaments firm, under a contract signed in 1920.";

  it("reads the one the arms were bought from as the fighter's partner, not its enemy", () => {
    const cs = read(text);
    expect(between(cs, "GHA", "ARMACO")[0]?.sign).toBe(1);
    expect(between(cs, "GHA", "ARMACO").some((c) => c.sign === -1)).toBe(false);
  });

  it("reads no one named after the arms as fought", () => {
    const cs = read(text);
    expect(between(cs, "GHA", "GBR").some((c) => c.sign === -1)).toBe(false);
    expect(between(cs, "ARMACO", "GBR").some((c) => c.sign === -1)).toBe(false);
  });

  it("still reads 'went to war with' a state as hostility", () => {
    expect(between(read("Ghana went to war with Togo in 1920."), "GHA", "TGO")[0]?.sign).toBe(-1);
  });
});
