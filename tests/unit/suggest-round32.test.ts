/**
 * The thirty-second round's mechanisms, on wording of their own (not the fixtures'): a truce's or a
 * meeting's venue hosts it when the party is named alone; a person a group is ", led by" heads it;
 * the subject of "respect the ceasefire" is its party; a deed "under X's mandate" is X's.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

describe("a venue named beside one party", () => {
  it("reads the venue's state as the host of a truce named for one party ('Yemen truce in Muscat')", () => {
    const cs = suggest("Four governments sign Yemen truce in Muscat after months of fighting", fresh, { sourceDate: "2019-03-02" });
    const med = between(cs, "OMN", "YEM").filter((c) => c.type === "mediation");
    expect(med.length).toBeGreaterThan(0);
    expect(med.every((c) => c.source.id === "OMN")).toBe(true);
  });

  it("reads the venue's state as the host of talks on one party ('talks on Bolivia in Lima')", () => {
    const cs = suggest("Envoys held talks on Bolivia in Lima on Tuesday.", fresh, { sourceDate: "2019-03-02" });
    const med = between(cs, "PER", "BOL").filter((c) => c.type === "mediation");
    expect(med.length).toBeGreaterThan(0);
    expect(med.every((c) => c.source.id === "PER")).toBe(true);
  });
});

describe("a group ', led by' a person", () => {
  it("reads the person as the group, over the bundled list of leaders ('the Union …, led by veteran politician …')", () => {
    const cs = suggest("The Union for Renewal (UFR), led by veteran politician Jean-Martin Mbemba, seized the northern town on Sunday. Mbemba accused Chad of arming his enemies.", fresh, { sourceDate: "2001-05-02" });
    expect(between(cs, "UFR", "TCD").some((c) => c.type === "estrangement")).toBe(true);
    expect(between(cs, "COG", "TCD")).toHaveLength(0);
  });
});

describe("a party that will keep or break a truce", () => {
  it("reads the subject of 'respect the ceasefire' as the truce's party, at war with the other end ('Mali said it would respect …')", () => {
    const cs = suggest("Mali said it would respect the ceasefire with Chad.", fresh, { sourceDate: "2001-05-02" });
    const pair = between(cs, "MLI", "TCD");
    expect(pair.some((c) => c.type === "hostility")).toBe(true);
    expect(pair.some((c) => c.type === "mediation")).toBe(false);
  });

  it("reads it through the president's words ('… said his country would respect the ceasefire as long as …')", () => {
    const cs = suggest("Mali's President Ivo Marek said his country would respect the ceasefire as long as the militias operating from Chad were disarmed.", fresh, { sourceDate: "2001-05-02" });
    expect(between(cs, "MLI", "TCD").some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("a deed done under an actor's mandate", () => {
  it("reads the actor whose mandate it is as the go-between ('intervening under an ECOWAS mandate')", () => {
    const cs = suggest("Senegalese and Malian troops saved Keita's government last year, intervening under an ECOWAS mandate that Nigeria never accepted.", fresh, { sourceDate: "2001-05-02" });
    const med = between(cs, "ECOWAS", "MLI").filter((c) => c.type === "mediation");
    expect(med.length).toBeGreaterThan(0);
    expect(med.every((c) => c.source.id === "ECOWAS")).toBe(true);
  });
});
