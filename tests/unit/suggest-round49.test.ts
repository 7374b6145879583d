/**
 * The forty-ninth round's mechanisms, on wording of their own (not the fixtures'): aid under review
 * or lost, weapons fired in numbers, "allied" before a plain noun, letting another attack, backing told between commas, founders told in a relative clause, members counted not named.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });

describe("aid under review or lost", () => {
  it("reads a donor reviewing its aid as a step apart, not a partnership", () => {
    for (const [text, donor, receiver] of [["The American government says it is reviewing its aid to Ghana.", "USA", "GHA"], ["Ghana has lost most of its American aid.", "USA", "GHA"], ["France will reconsider its assistance to Togo.", "FRA", "TGO"]] as const) {
      expect(between(read(text), donor, receiver)[0]?.type, text).toBe("estrangement");
    }
  });

  it("reads aid lost whose giver is named in the phrase between the giver and the receiver only", () => {
    const cs = read("Ghana has lost most of its American aid, and Togo sent its workers home.");
    expect(between(cs, "USA", "TGO").some((c) => c.cue?.text.startsWith("lost"))).toBe(false);
    expect(between(cs, "GHA", "TGO").some((c) => c.cue?.text.startsWith("lost"))).toBe(false);
    expect(between(cs, "GHA", "USA")[0]?.type).toBe("estrangement");
  });

  it("still reads aid kept or given as a partnership", () => {
    expect(between(read("The United States will keep its aid to Ghana."), "USA", "GHA")[0]?.type).toBe("partnership");
  });
});

describe("weapons fired in numbers", () => {
  it("reads dozens of missiles fired at a state as an attack, not arms supplied", () => {
    for (const text of ["During the war Togo fired dozens of rockets at Ghana.", "Togo launched a barrage of missiles at Ghana."]) {
      expect(between(read(text), "TGO", "GHA")[0]?.type, text).toBe("hostility");
    }
  });

  it("still reads dozens of missiles sold as arms supplied", () => {
    expect(between(read("Russia sold dozens of missiles to Ghana."), "RUS", "GHA")[0]?.type).toBe("partnership");
  });
});

describe("'allied' before a plain noun", () => {
  it("names a coalition's men or arms, no bond between the ones the sentence names", () => {
    expect(between(read("Togolese troops fired on allied aircraft near the border with Ghana."), "TGO", "GHA").some((c) => c.type === "alliance")).toBe(false);
  });

  it("still reads allies named after the noun's 'of', and 'allied with'", () => {
    expect(between(read("The allied forces of Ghana and Togo crossed the river."), "GHA", "TGO")[0]?.type).toBe("alliance");
    expect(between(read("Ghana, allied with Togo, attacked Benin."), "GHA", "TGO").some((c) => c.type === "alliance")).toBe(true);
  });
});

describe("letting another attack", () => {
  it("reads the one who lets the attack as the attacker's partner, not its enemy", () => {
    for (const text of ["Benin let American aircraft bomb Togo from the Kara air base.", "Benin allowed American jets to strike Togo from its bases."]) {
      const cs = read(text);
      expect(between(cs, "BEN", "USA")[0]?.type, text).toBe("partnership");
      expect(between(cs, "USA", "TGO")[0]?.type, text).toBe("hostility");
    }
  });

  it("still reads one who attacks itself as the enemy", () => {
    expect(between(read("Benin and American jets struck Togo from its bases."), "BEN", "TGO")[0]?.type).toBe("hostility");
  });
});

describe("backing told between commas", () => {
  it("is between the backer and the backed, not one named in an earlier clause", () => {
    const cs = read("Togolese troops seized the port, but Ghanaian and Beninese forces, backed by American Marines, drove them out after two days.");
    expect(between(cs, "TGO", "GHA").some((c) => c.cue?.text === "backed")).toBe(false);
    expect(between(cs, "TGO", "BEN").some((c) => c.cue?.text === "backed")).toBe(false);
    expect(between(cs, "GHA", "USA")[0]?.type).toBe("partnership");
  });
});

describe("founders told in a relative clause on a body's description", () => {
  it("reads those who formed or built the body as its members", () => {
    for (const verb of ["formed", "built"]) {
      const cs = read(`The closure threatens the West African Customs Union (WACU), the customs union that Ghana, Togo and Benin ${verb} in the 1970s.`);
      for (const member of ["GHA", "TGO", "BEN"]) {
        const first = between(cs, member, "WACU")[0];
        expect(first?.type, `${verb} ${member}`).toBe("membership");
        expect(first?.source.id, `${verb} ${member}`).toBe(member);
      }
    }
  });
});

describe("members counted, not named", () => {
  it("do not make a named state a member of the body", () => {
    const cs = read("The ECOWAS Council met in Abuja and sent envoys from seven member states to Ghana and Togo, where they shuttled between the two presidents.");
    expect(between(cs, "ECOWAS", "GHA").some((c) => c.type === "membership")).toBe(false);
    expect(between(cs, "ECOWAS", "TGO").some((c) => c.type === "membership")).toBe(false);
  });

  it("still read member states that are named", () => {
    expect(between(read("Ghana and Togo are member states of ECOWAS."), "GHA", "ECOWAS")[0]?.type).toBe("membership");
  });
});
