/**
 * The thirty-fifth round's mechanisms, on wording of their own (not the fixtures'): a go-between's
 * pair with a party is read from the go-between's own verb, not from the parties' deeds told beside
 * it.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

describe("a go-between beside the parties' own verb", () => {
  it("reads 'A and B broke off relations until C brokered a deal' as C's mediation with each", () => {
    const cs = suggest("Peru and Chile broke off diplomatic relations in 1995 until Norway brokered an agreement between them in Oslo.", fresh, { sourceDate: "1999-12-01" });
    for (const party of ["PER", "CHL"]) {
      const read = between(cs, "NOR", party);
      expect(read.some((c) => c.type === "mediation" && c.source.id === "NOR")).toBe(true);
      expect(read.some((c) => c.sign === -1)).toBe(false);
    }
    expect(between(cs, "PER", "CHL").some((c) => c.type === "estrangement")).toBe(true);
  });

  it("finds the go-between's verb past an apposition, and leaves it no side of the parties' other deeds", () => {
    const cs = suggest("Peru and Chile traded accusations of arming each other's rebels until Norway, the host of many such talks, brokered a truce between them.", fresh, { sourceDate: "1999-12-01" });
    for (const party of ["PER", "CHL"]) {
      const read = between(cs, "NOR", party);
      expect(read.some((c) => c.type === "mediation" && c.cue?.phrase === "broker")).toBe(true);
      expect(read.some((c) => c.sign !== 0)).toBe(false);
    }
  });

  it("keeps the go-between's own quarrel when it is the verb's object", () => {
    const cs = suggest("Peru and Chile broke off diplomatic relations with Norway in 1995, and Norway later brokered a truce between them.", fresh, { sourceDate: "1999-12-01" });
    for (const party of ["PER", "CHL"]) expect(between(cs, "NOR", party).some((c) => c.type === "estrangement")).toBe(true);
  });
});

describe("the war an agreement ends", () => {
  it("reads the signers of an agreement 'ending a war' as at war too, the agreement first", () => {
    const cs = suggest("Peru and Ecuador signed a peace agreement in Brasilia on Monday, formally ending a 50-year border war that has killed thousands.", fresh, { sourceDate: "1998-10-26" });
    const read = between(cs, "PER", "ECU").sort((x, y) => y.score - x.score);
    expect(read[0]?.type).toBe("partnership");
    expect(read.some((c) => c.type === "hostility" && c.cue?.phrase === "war")).toBe(true);
  });

  it("reads no war of theirs from a war the agreement does not end", () => {
    const cs = suggest("Peru and Ecuador signed a trade agreement on Monday to pay for rebuilding after years of civil war in the north.", fresh, { sourceDate: "1998-10-26" });
    expect(between(cs, "PER", "ECU").some((c) => c.sign === -1)).toBe(false);
  });
});

describe("shipping arms to another", () => {
  it("reads 'shipped tanks and rockets to' as the shipper's support of the one it ships to", () => {
    const cs = suggest("Chile has shipped tanks and rockets to Bolivia through its northern ports.", fresh, { sourceDate: "1998-10-26" });
    expect(between(cs, "CHL", "BOL").some((c) => c.type === "partnership" && c.cue?.phrase === "ship")).toBe(true);
  });

  it("reads nothing from ships, the noun", () => {
    for (const text of ["Chilean ships docked in Peru's main port on Monday.", "Peru seized two Chilean ships last week."]) {
      expect(suggest(text, fresh, { sourceDate: "1998-10-26" }).some((c) => c.cue?.phrase === "ship")).toBe(false);
    }
  });
});

describe("a side of 'between' told by a common noun and named after 'including'", () => {
  it("reads 'between X's government and the neighbouring states, including A and B' as the go-between's with A and B, not X's mediation of them", () => {
    const cs = suggest("Norway brokered an agreement between Lima's government and the neighbouring states, including Chile and Bolivia, in Oslo last year.", fresh, { sourceDate: "1999-12-01" });
    for (const state of ["CHL", "BOL"]) {
      expect(between(cs, "NOR", state).some((c) => c.type === "mediation" && c.source.id === "NOR")).toBe(true);
      expect(between(cs, "PER", state).some((c) => c.type === "mediation")).toBe(false);
    }
  });

  it("takes no name that only qualifies a noun ('the Chile-backed rebels') for a side", () => {
    const cs = suggest("Norway brokered a truce between Peru's government and the Chile-backed rebels in Oslo last year.", fresh, { sourceDate: "1999-12-01" });
    expect(between(cs, "PER", "CHL").some((c) => c.type === "hostility")).toBe(false);
  });
});

describe("a deed an accusation names, done to no named actor", () => {
  it("reads 'accused Chile of backing insurgents in northern Bolivia' as the accusation only", () => {
    const cs = suggest("Peru has accused Chile of backing insurgents in northern Bolivia.", fresh, { sourceDate: "1999-12-01" });
    expect(between(cs, "PER", "CHL").some((c) => c.type === "estrangement")).toBe(true);
    expect(cs.some((c) => c.sign === 1)).toBe(false);
  });

  it("finds the accused before a relative clause ('Chile, whose government Peru accuses of …')", () => {
    const cs = suggest("Chile, whose government Peru accuses of backing insurgents in northern Bolivia, denied the charge.", fresh, { sourceDate: "1999-12-01" });
    const read = between(cs, "CHL", "PER");
    expect(read.some((c) => c.type === "estrangement")).toBe(true);
    expect(read.some((c) => c.sign === 1)).toBe(false);
  });
});

describe("standing between the armies", () => {
  it("reads 'to keep A and B apart' and 'to separate the armies of A and B' as the go-between's with each", () => {
    for (const [text, phrase] of [
      ["Norway deployed a mission to keep Peru and Ecuador apart along the border.", "keep apart"],
      ["Norway will deploy troops to separate the armies of Peru and Ecuador.", "separate"],
    ] as const) {
      const cs = suggest(text, fresh, { sourceDate: "1999-12-01" });
      for (const party of ["PER", "ECU"]) expect(between(cs, "NOR", party).some((c) => c.type === "mediation" && c.cue?.phrase === phrase)).toBe(true);
    }
  });

  it("reads nothing from 'separate', the adjective", () => {
    const cs = suggest("Peru sent a separate delegation to Chile.", fresh, { sourceDate: "1999-12-01" });
    expect(cs.some((c) => c.cue?.phrase === "separate")).toBe(false);
  });
});
