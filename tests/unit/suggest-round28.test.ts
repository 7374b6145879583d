/**
 * The twenty-eighth round's mechanisms, on wording of their own (not the fixtures'): two sides named
 * with their short forms in brackets, or one of them with its standing before its name ("the
 * opposition …"), are still listed together, so a truce they agree makes them the truce's parties
 * (at war), not each other's mediators; listed actors who only ask for a truce are neither.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

describe("the parties of a truce named with short forms in brackets", () => {
  it("are at war, not each other's mediators", () => {
    const text = "The Provisional Council (PC) and the Liberation Movement (LM) agreed on Tuesday when a truce would begin.";
    const pair = between(suggest(text, fresh, { sourceDate: "2015-06-01" }), "PC", "LM");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("hostility");
    expect(pair.some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("a party with its standing written before its name", () => {
  it("is listed with the party before it ('Mali and the rebel Azawad Front agreed to a truce')", () => {
    const text = "Mali and the rebel Azawad Front agreed on Tuesday to a truce.";
    const pair = between(suggest(text, fresh, { sourceDate: "2015-06-01" }), "MLI", "AZAWADFRONT");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("hostility");
  });
});

describe("listed actors who ask for a truce", () => {
  it("are not its parties ('the Coastal Union (CU) and the Desert League (DL) called for a truce')", () => {
    const text = "Ministers of the Coastal Union (CU) and the Desert League (DL) called for an immediate truce in the north.";
    const pair = between(suggest(text, fresh, { sourceDate: "2015-06-01" }), "CU", "DL");
    expect(pair.some((c) => c.type === "hostility")).toBe(false);
  });
});

describe("a contact group's members", () => {
  it("stand between the parties ('Chile and Brazil, members of a contact group, will meet Peru and Ecuador')", () => {
    const text = "Peru and Ecuador signed a truce on Monday. Chile and Brazil, members of a contact group, will meet Peru and Ecuador every month.";
    const cs = suggest(text, fresh, { sourceDate: "2015-06-01" });
    for (const member of ["CHL", "BRA"]) {
      const pair = between(cs, member, "PER");
      expect(pair.length).toBeGreaterThan(0);
      expect(pair[0]!.type).toBe("mediation");
      expect(pair[0]!.source.id).toBe(member);
    }
  });

  it("are not each other's mediators when both are named after it ('a contact group led by Chile and including Brazil')", () => {
    const text = "Peru and Ecuador signed a truce on Monday. A contact group led by Chile and including Brazil and Bolivia will meet every month.";
    const cs = suggest(text, fresh, { sourceDate: "2015-06-01" });
    expect(between(cs, "CHL", "BRA").some((c) => c.type === "mediation")).toBe(false);
    expect(between(cs, "BRA", "BOL").some((c) => c.type === "mediation")).toBe(false);
  });

  it("still stand between the parties a phrase after it names ('a contact group of Chile and Brazil will check that both sides …')", () => {
    const text = "Peru and Ecuador signed a truce on Monday. A contact group of Chile and Brazil will check that both sides keep their word.";
    const pair = between(suggest(text, fresh, { sourceDate: "2015-06-01" }), "CHL", "PER");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair[0]!.type).toBe("mediation");
    expect(pair[0]!.source.id).toBe("CHL");
  });
});
