/**
 * The forty-first round's mechanisms, on wording of their own (not the fixtures'): the companion,
 * backer or refuge that a fighting verb's own phrase names is on the fighter's side.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });
const signOf = (cs: Candidate[], x: string, y: string) => between(cs, x, y)[0]?.sign;

describe("a fighter's companions", () => {
  it("reads the backer after 'with the backing of' as the fighter's partner", () => {
    const cs = read("In the 1990s Togo fought with the backing of Ghana for most of a decade.");
    expect(signOf(cs, "TGO", "GHA")).toBe(1);
  });

  it("reads one fought beside as an ally, the one fought as the companion's enemy", () => {
    const cs = read("Benin's army fought Togo in the north alongside Ghana last year.");
    expect(signOf(cs, "BEN", "GHA")).toBe(1);
    expect(signOf(cs, "BEN", "TGO")).toBe(-1);
    expect(signOf(cs, "GHA", "TGO")).toBe(-1);
  });

  it("reads 'on X's side' as the fighter's ally", () => {
    const cs = read("Benin fought on Ghana's side during the border war.");
    expect(signOf(cs, "BEN", "GHA")).toBe(1);
  });

  it("reads a refuge after the fighting verb as the fighter's partner ('fought them from Zambia', 'from bases in')", () => {
    expect(signOf(read("Benin has fought them from Ghana since 1990."), "BEN", "GHA")).toBe(1);
    expect(signOf(read("Benin has fought the war for years from bases in Ghana."), "BEN", "GHA")).toBe(1);
  });

  it("reads arms an actor's name qualifies as the fighter's backing ('with Soviet weapons')", () => {
    const cs = read("Ethiopia has fought the war largely with Russian weapons.");
    expect(signOf(cs, "ETH", "RUS")).toBe(1);
  });

  it("keeps 'from' after a noun as the noun's ('the rebels from Niger')", () => {
    expect(signOf(read("Mali has fought the rebels from Niger for years."), "MLI", "NER")).not.toBe(1);
  });

  it("reads the companion only of the fighter named right before the verb", () => {
    const cs = read("Togo criticised Benin, whose army fights with Nigerian tanks.");
    expect(signOf(cs, "BEN", "NGA")).toBe(1);
    expect(between(cs, "TGO", "NGA").some((c) => c.sign === 1)).toBe(false);
  });
});

describe("a truce kept on the other party's condition", () => {
  it("reads the keeper and the one named in the condition as the truce's parties, not go-betweens", () => {
    const cs = read("Togo's army chief, General Eyadema, said his forces would respect the truce if Ghana did.");
    expect(signOf(cs, "TGO", "GHA")).toBe(-1);
    expect(between(cs, "TGO", "GHA").some((c) => c.type === "mediation")).toBe(false);
  });

  it("reads 'as long as' the same way", () => {
    const cs = read("Hamas said on Friday that it would observe the ceasefire as long as Israel did.");
    expect(between(cs, "HAMAS", "ISR").some((c) => c.type === "mediation")).toBe(false);
  });

  it("takes the keeper to be the sentence's subject, not an actor its apposition names", () => {
    const cs = read("Hamas, an ally of Togo, said it would respect the truce as long as Ghana did.");
    expect(between(cs, "TGO", "GHA").some((c) => c.cue?.phrase === "truce" && c.sign === -1)).toBe(false);
  });
});

describe("a truce told as the subject of a clause of time or condition", () => {
  it("makes no go-between of another actor of the sentence", () => {
    const cs = read("Benin fired mortar rounds at a Togolese position for the first time since a ceasefire between Ghana and the Accra-backed group took effect.");
    expect(between(cs, "BEN", "GHA").some((c) => c.type === "mediation")).toBe(false);
    expect(between(cs, "TGO", "GHA").some((c) => c.type === "mediation")).toBe(false);
  });

  it("still reads the subject of a verb that makes the truce as its go-between", () => {
    const cs = read("Norway arranged a ceasefire between Ghana and Togo.");
    expect(between(cs, "NOR", "GHA")[0]?.type).toBe("mediation");
  });
});

describe("'against' and the actors its own phrase names", () => {
  it("reads no pair from an 'against' whose phrase names no actor", () => {
    const cs = read("Ghana then hired Togo's army, whose helicopter gunships flew against the militants until 2021.");
    expect(between(cs, "GHA", "TGO").some((c) => c.cue?.phrase === "against")).toBe(false);
  });

  it("reads its object with an actor of its own sentence only", () => {
    const cs = read("Benin had hosted several rounds of talks in Cotonou since 2022. Western capitals moved against Togo.");
    expect(between(cs, "BEN", "TGO").some((c) => c.cue?.phrase === "against")).toBe(false);
  });

  it("keeps the actor its phrase names, and the 'against' that ends a clause", () => {
    expect(signOf(read("Ghana has a case pending against Togo at the World Court."), "GHA", "TGO")).toBe(-1);
    expect(signOf(read("Ghana voted for the resolution and Togo voted against, with Benin abstaining."), "GHA", "TGO")).toBe(-1);
  });
});

describe("hiring another's fighters", () => {
  it("reads the one hired as the hirer's partner, whatever the deed it is hired for", () => {
    expect(signOf(read("In 1997 the government of Togo hired the Wagner Group, a Russian military company, to crush the rebellion."), "TGO", "WAGNER")).toBe(1);
    expect(signOf(read("Togo then hired the Wagner Group, whose pilots were later accused of firing on civilians."), "TGO", "WAGNER")).toBe(1);
  });
});

describe("weapons fired, not supplied", () => {
  it("reads a weapon after a verb of firing as an attack", () => {
    expect(signOf(read("Benin fired rockets at a Togolese position on Monday."), "BEN", "TGO")).toBe(-1);
  });

  it("reads a weapon before a noun of attack as an attack", () => {
    expect(signOf(read("Ghana and Togo exchanged direct missile strikes twice this year."), "GHA", "TGO")).toBe(-1);
  });

  it("reads a weapon before a verb of flying over as an attack", () => {
    expect(signOf(read("Ghana, which has seen Togolese missiles fly over its territory, gave a cautious welcome."), "GHA", "TGO")).toBe(-1);
  });

  it("keeps weapons sold as arms supplied", () => {
    expect(signOf(read("Russia sold missiles to Ghana."), "RUS", "GHA")).toBe(1);
  });
});

describe("one's own weapons handed to another", () => {
  it("reads the receiver as the go-between of a disarmament", () => {
    const [c] = between(read("Togo's rebels will hand over their weapons to the United Nations."), "TGO", "UN");
    expect(c?.type).toBe("mediation");
    expect(c?.source.id).toBe("UN");
  });

  it("reads the receiver first after a reported clause too", () => {
    const [c] = between(read("Benin's rebels said that they would hand their weapons to the Indian force."), "BEN", "IND");
    expect(c?.type).toBe("mediation");
    expect(c?.source.id).toBe("IND");
  });

  it("keeps weapons handed to another, not one's own, as arms supplied", () => {
    expect(signOf(read("Russia handed weapons to the rebels of Togo."), "RUS", "TGO")).toBe(1);
  });
});
