/**
 * The forty-third round's mechanisms, on wording of their own (not the fixtures'): the backer of a
 * deed done to another is the doer's.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });
const signOf = (cs: Candidate[], x: string, y: string) => between(cs, x, y)[0]?.sign;

describe("the backer of a deed done to another", () => {
  it("reads the backers after 'with the backing of' as against the one risen against, not its partners", () => {
    const cs = read("In 1998 the Togolese Movement for Democracy (TMD) rose against Togo with the backing of Ghana and Benin.");
    expect(signOf(cs, "TGO", "GHA")).toBe(-1);
    expect(signOf(cs, "TGO", "BEN")).toBe(-1);
    expect(between(cs, "TGO", "GHA").some((c) => c.sign === 1)).toBe(false);
    // … and the backers as the risers' partners, Togo between them notwithstanding.
    expect(signOf(cs, "TMD", "GHA")).toBe(1);
  });

  it("reads 'with X's support' after an invasion as the invader's backing, not the invaded one's", () => {
    const cs = read("Benin invaded Togo in March with Ghana's support.");
    expect(signOf(cs, "TGO", "GHA")).toBe(-1);
    expect(between(cs, "TGO", "GHA").some((c) => c.sign === 1)).toBe(false);
    expect(signOf(cs, "BEN", "GHA")).toBe(1);
  });

  it("reads no bond between the backer and the other party of a deed that is no attack", () => {
    const cs = read("Benin signed a trade accord with Togo in Lome with the support of Ghana.");
    expect(between(cs, "TGO", "GHA").some((c) => c.sign === 1 && c.cue?.text === "support")).toBe(false);
  });
});

describe("a rising told with its verb", () => {
  it("reads 'rose against', 'rebelled against', 'took up arms against' as hostility", () => {
    for (const verb of ["rose against", "rebelled against", "took up arms against"]) {
      const cs = read(`In 1990 the Togolese Movement for Democracy (TMD) ${verb} Togo.`);
      expect(between(cs, "TMD", "TGO")[0]?.type).toBe("hostility");
    }
  });

  it("reads a rising against a pronoun as no one's with the actors of the sentence", () => {
    const cs = read("Togo's President Eyadema signed the accord, and so did Benin, which backs the rebellion against him.");
    expect(between(cs, "TGO", "BEN").some((c) => c.cue?.text === "rebellion against")).toBe(false);
  });
});

describe("co-belligerents", () => {
  it("reads those whose joint command a fighter fought under as allies of it and of each other", () => {
    const cs = read("Benin's prime minister, whose troops fought under a joint Ghanaian-Beninese command, halted the advance.");
    expect(between(cs, "BEN", "GHA")[0]?.type).toBe("alliance");
  });

  it("reads 'under X command' and 'under the command of X' as the fighter's ally", () => {
    expect(signOf(read("Benin's troops fought under Ghanaian command in the war."), "BEN", "GHA")).toBe(1);
    expect(signOf(read("Togo's army fought under the command of Benin in the war."), "TGO", "BEN")).toBe(1);
  });

  it("reads two companions named together as allies, not enemies", () => {
    const cs = read("Togo's army fought the junta for a year alongside Ghana and Benin.");
    expect(signOf(cs, "GHA", "BEN")).toBe(1);
  });

  it("reads co-subjects who 'fought together' or 'fought as allies' as allies, those who fought a war as enemies", () => {
    expect(signOf(read("Ghana and Benin fought together in the war."), "GHA", "BEN")).toBe(1);
    expect(signOf(read("Ghana and Benin fought as allies in the war."), "GHA", "BEN")).toBe(1);
    expect(signOf(read("Ghana and Benin fought a war in 1990."), "GHA", "BEN")).toBe(-1);
  });
});

describe("a force that stands between the parties", () => {
  it("reads 'will stand between X and Y forces' as the force's mediation with each", () => {
    const cs = read("The United Nations force will stand between Togolese and Beninese forces.");
    expect(between(cs, "UN", "TGO")[0]?.type).toBe("mediation");
    expect(between(cs, "UN", "BEN")[0]?.type).toBe("mediation");
  });

  it("reads a go-between's verb after ', and will' or 'while it' as the sentence's subject's, not the others'", () => {
    const cs = read("Under the plan, NATO will enter Togo only with Lome's consent, will exclude troops of the great powers, and will stand between Togolese and Beninese forces while it oversees the withdrawal of the Ghanaian, Nigerian and Beninese troops.");
    expect(between(cs, "NATO", "TGO")[0]?.type).toBe("mediation");
    expect(between(cs, "NATO", "GHA")[0]?.type).toBe("mediation");
    expect(between(cs, "NATO", "NGA")[0]?.type).toBe("mediation");
    expect(between(cs, "GHA", "TGO").some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("collusion", () => {
  it("reads 'acted in collusion with' and 'colluded with' as a partnership", () => {
    expect(signOf(read("Arab governments charge that Ghana acted in collusion with Togo."), "GHA", "TGO")).toBe(1);
    expect(signOf(read("Ghana colluded with Togo in 1990."), "GHA", "TGO")).toBe(1);
  });
});
