/**
 * The thirty-third round's mechanisms, on wording of their own (not the fixtures'): a hostile verb
 * whose subject is a phrase counting the parties ("the two neighbours fought") is theirs alone; a
 * court's order to both parties is its standing between them.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));

const BORDER = "The International Court of Justice on Friday ordered Peru and Ecuador to withdraw their soldiers from a strip along the border, where the two neighbours fought heavy battles last spring, and to admit observers sent by the Organization of American States.";

describe("a hostile verb whose subject counts the parties", () => {
  it("reads 'the two neighbours fought' as theirs, not as a go-between's hostility with either", () => {
    const cs = suggest("Peru and Ecuador met in Brasilia on Monday. Norway sent observers to the strip where the two neighbours fought heavy battles last spring.", fresh, { sourceDate: "2011-07-18" });
    for (const party of ["PER", "ECU"]) {
      expect(between(cs, "NOR", party).some((c) => c.cue?.phrase === "fight")).toBe(false);
      expect(between(cs, "NOR", party).some((c) => c.type === "mediation")).toBe(true);
    }
    // … and the court's order beside it is the court's (below), the observers' body no side either.
    const court = suggest(BORDER, fresh, { sourceDate: "2011-07-18" });
    expect(court.filter((c) => c.cue?.phrase === "fight").every((c) => [c.source.id, c.target.id].sort().join() === "ECU,PER")).toBe(true);
  });

  it("keeps the verb's object named in its clause ('the two countries severed ties with Oman')", () => {
    const text = "Peru and Chile met in Lima. Kuwait said on Monday that the two countries had severed ties with Oman in June.";
    const cs2 = suggest(text, fresh, { sourceDate: "2011-07-18" });
    expect(between(cs2, "PER", "OMN").some((c) => c.type === "estrangement")).toBe(true);
  });
});

describe("a court's order to both parties", () => {
  it("reads the court as standing between the two it orders", () => {
    const cs = suggest(BORDER, fresh, { sourceDate: "2011-07-18" });
    for (const party of ["PER", "ECU"]) expect(between(cs, "ICJ", party).some((c) => c.type === "mediation" && c.cue?.phrase === "order")).toBe(true);
  });

  it("reads no mediation from an order to one party alone, nor from a state's order", () => {
    const one = suggest("The International Court of Justice ordered Ecuador to refrain from any action in the strip that Peru administers.", fresh, { sourceDate: "2011-07-18" });
    expect(between(one, "ICJ", "ECU").some((c) => c.cue?.phrase === "order")).toBe(false);
    const state = suggest("Chile ordered Peru and Bolivia to withdraw their soldiers from the strip.", fresh, { sourceDate: "2011-07-18" });
    expect(state.some((c) => c.cue?.phrase === "order")).toBe(false);
  });
});

describe("a body's founding documents", () => {
  it("reads the signers of a body's founding charter as its members, a refusal to ratify after it notwithstanding", () => {
    const cs = suggest("Peru signed the founding charter of the Organization of American States in Bogota, alongside Chile and Bolivia, but its congress has refused to ratify it.", fresh, { sourceDate: "1948-05-02" });
    for (const state of ["PER", "CHL", "BOL"]) {
      const read = between(cs, state, "OAS");
      expect(read.some((c) => c.type === "membership" && c.source.id === state)).toBe(true);
      expect(read.some((c) => c.sign === -1)).toBe(false);
    }
  });
});

describe("a party named before a lower-case 'party'", () => {
  const ids = (cs: Candidate[]) => new Set(cs.flatMap((c) => [c.source.id, c.target.id]));

  it("reads 'The X Y party' opening a sentence as the party X Y, not 'The X Y'", () => {
    const cs = suggest("Chile signed the accord on Monday. The Verano Azul party said it would campaign against Peru.", fresh, { sourceDate: "2002-03-01" });
    expect(between(cs, "VERANOAZUL", "PER").some((c) => c.type === "estrangement")).toBe(true);
  });

  it("reads a party with a word of its standing before its name ('the conservative X party')", () => {
    const cs = suggest("In Lima, the conservative Nueva Patria party said it would campaign against Chile.", fresh, { sourceDate: "2002-03-01" });
    expect(between(cs, "NUEVAPATRIA", "CHL").some((c) => c.type === "estrangement")).toBe(true);
  });

  it("reads a two-word party name ending in a state's word ('the Sol Peru party'), not a compass word before it", () => {
    const cs = suggest("Ana Rojas led the Sol Peru party to a majority, and Chile welcomed it.", fresh, { sourceDate: "2002-03-01" });
    expect(between(cs, "SOLPERU", "CHL").some((c) => c.type === "partnership")).toBe(true);
    const none = suggest("The South Peru group met Chile in Lima and Chile welcomed it.", fresh, { sourceDate: "2002-03-01" });
    expect([...ids(none)].some((id) => id.includes("SOUTH"))).toBe(false);
  });
});

describe("a thing called disputed", () => {
  it("reads 'the disputed border' as no body's dispute with a state ('monitors to the disputed border of Peru')", () => {
    const cs = suggest("The Organization of American States will send monitors to the disputed border of Peru.", fresh, { sourceDate: "2011-07-18" });
    expect(between(cs, "OAS", "PER").some((c) => c.type === "mediation")).toBe(true);
    expect(between(cs, "OAS", "PER").some((c) => c.cue?.phrase === "dispute")).toBe(false);
    const asked = suggest("Peru asked the Organization of American States to watch the disputed border.", fresh, { sourceDate: "2011-07-18" });
    expect(between(asked, "OAS", "PER").some((c) => c.cue?.phrase === "dispute")).toBe(false);
  });
});

describe("'close to' an actor", () => {
  it("reads the one named before 'close to' and the actor right after it as partners", () => {
    const cs = suggest("Bolivia, once close to Cuba, has lent its ports to Chile.", fresh, { sourceDate: "2011-07-18" });
    expect(between(cs, "BOL", "CUB").some((c) => c.type === "partnership" && c.cue?.phrase === "close to")).toBe(true);
    expect(between(cs, "CUB", "CHL").some((c) => c.cue?.phrase === "close to")).toBe(false);
  });

  it("reads nothing from 'people close to both delegations', 'sources close to Chile' or 'close to 200,000'", () => {
    for (const text of ["Peru and Chile met in Lima, and people close to both delegations said a deal was near.", "Peru signed on Monday, and sources close to Chile said the accord would hold.", "Close to 200,000 people fled Peru for Chile."]) {
      expect(suggest(text, fresh, { sourceDate: "2011-07-18" }).some((c) => c.cue?.phrase === "close to")).toBe(false);
    }
  });
});

describe("'allied to' after a common noun", () => {
  it("reads 'a government allied to Chile' as no alliance of an actor named before it", () => {
    const cs = suggest("The Blue Front seized the airports of Lima in 2008 to bring down a government allied to Chile.", fresh, { sourceDate: "2011-07-18" });
    expect(between(cs, "BLUEFRONT", "CHL").some((c) => c.type === "alliance")).toBe(false);
    expect(between(cs, "BLUEFRONT", "PER").some((c) => c.type === "alliance")).toBe(false);
  });

  it("keeps the alliance of a description in apposition ('the Blue Front, a small nationalist party allied with Chile')", () => {
    const cs = suggest("The Blue Front, a small nationalist party allied with Chile, rejected the deal.", fresh, { sourceDate: "2011-07-18" });
    expect(between(cs, "BLUEFRONT", "CHL").some((c) => c.type === "alliance")).toBe(true);
  });
});

describe("founders of a body", () => {
  const FOUNDED = "Peru and Chile, together with Bolivia and Cuba, formed the Andes Front in Lima in 1990 to oppose the plans of Ecuador.";

  it("reads the founders listed before 'formed' as members of the body named after it", () => {
    const cs = suggest(FOUNDED, fresh, { sourceDate: "1990-01-01" });
    for (const state of ["PER", "CHL", "BOL", "CUB"]) {
      const read = between(cs, state, "ANDESFRONT");
      expect(read.some((c) => c.type === "membership" && c.source.id === state)).toBe(true);
      expect(read.some((c) => c.sign === -1)).toBe(false);
    }
  });

  it("reads a body among the founders as a member of what it formed, not the other way round", () => {
    const cs = suggest("Peru and the Organization of American States formed the Andes Front in Lima in 1990.", fresh, { sourceDate: "1990-01-01" });
    const read = between(cs, "OAS", "ANDESFRONT").filter((c) => c.type === "membership");
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((c) => c.source.id === "OAS")).toBe(true);
  });

  it("reads no membership from a founder named alone, nor across sentences", () => {
    const alone = suggest("Peru formed the Andes Front in Lima in 1990 to oppose the plans of Ecuador.", fresh, { sourceDate: "1990-01-01" });
    expect(alone.some((c) => c.cue?.phrase === "form")).toBe(false);
    const across = suggest("Peru and Chile signed the deal in Lima. Most of their soldiers later left to form the Andes Front.", fresh, { sourceDate: "1990-01-01" });
    expect(across.some((c) => c.cue?.phrase === "form")).toBe(false);
  });
});

describe("'to which … belong'", () => {
  it("reads those named between 'to which' and 'belong' as members of the antecedent named before its description", () => {
    const cs = suggest("Envoys from Chile, together with the Organization of American States (OAS), an eight-nation regional grouping to which Peru and Ecuador both belong, followed the talks as observers.", fresh, { sourceDate: "2011-07-18" });
    for (const state of ["PER", "ECU"]) expect(between(cs, state, "OAS").some((c) => c.type === "membership" && c.source.id === state)).toBe(true);
    expect(between(cs, "PER", "ECU").some((c) => c.cue?.phrase === "belong")).toBe(false);
  });

  it("reads nothing from 'belong' when no name stands before the clause ('the camps to which Peru and Ecuador belong')", () => {
    const cs = suggest("The Organization of American States met in Lima, and the camps to which Peru and Ecuador belong stayed away.", fresh, { sourceDate: "2011-07-18" });
    expect(cs.some((c) => c.cue?.phrase === "belong")).toBe(false);
  });
});

describe("admission to a body", () => {
  const ADMITTED = "Peru was admitted to the Organization of American States in 1993, and Chile imposed a trade embargo on it the following year.";

  it("reads the one admitted as a member of the body named right after 'admitted to'", () => {
    const cs = suggest(ADMITTED, fresh, { sourceDate: "1994-01-01" });
    expect(between(cs, "PER", "OAS").some((c) => c.type === "membership" && c.source.id === "PER")).toBe(true);
  });

  it("reads no membership of one named after ', and' in the next clause", () => {
    const cs = suggest(ADMITTED, fresh, { sourceDate: "1994-01-01" });
    expect(between(cs, "CHL", "OAS").some((c) => c.type === "membership")).toBe(false);
  });
});
