/**
 * The thirty-seventh round's mechanisms, on wording of their own (not the fixtures'): a go-between
 * that seeks a treaty between others, the relative clause after a grouping's members' list, a side
 * told by a possessive's plural noun before its names ("its neighbours A and B").
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string) => suggest(text, fresh, { sourceDate: "2005-03-01" });
const mediates = (cs: Candidate[], mediator: string, party: string) => between(cs, mediator, party).some((c) => c.type === "mediation" && c.source.id === mediator);

describe("seeking a treaty between others", () => {
  it("reads the one who seeks it as the go-between of the parties it is between", () => {
    const cs = read("Norway has long sought a treaty between Chile and Peru.");
    expect(mediates(cs, "NOR", "CHL")).toBe(true);
    expect(mediates(cs, "NOR", "PER")).toBe(true);
  });

  it("reads nothing of it beside one actor ('Chile sought an agreement with Peru'): no reading from the verb", () => {
    const cs = read("Chile sought an agreement with Peru on fishing rights.");
    expect(cs.some((c) => c.type === "mediation" || c.cue?.phrase.startsWith("seek"))).toBe(false);
  });

  it("takes no seeker from the next sentence", () => {
    const cs = read("Norway has long sought a treaty between Chile and Peru. Bolivia and Ecuador formed a support group in 2001 to back its efforts.");
    expect(mediates(cs, "NOR", "CHL")).toBe(true);
    for (const other of ["BOL", "ECU"]) for (const party of ["CHL", "PER"]) expect(between(cs, other, party).some((c) => c.cue?.phrase.startsWith("seek"))).toBe(false);
  });

  it("takes the seeker before the verb, not a name in the agreement's own words", () => {
    const cs = read("Both governments now seek a deal between Chile and Peru on Bolivian access to the sea.");
    expect(mediates(cs, "BOL", "CHL")).toBe(false);
    expect(mediates(cs, "BOL", "PER")).toBe(false);
  });
});

describe("the relative clause after a grouping's members' list", () => {
  const text = "The plan builds on the work of the Lakeside Group of Norway, Ghana and Chile, which since 1990 has sought a treaty between Peru and Bolivia.";

  it("reads the grouping, not the list's last state, as the clause's go-between", () => {
    const cs = read(text);
    expect(mediates(cs, "LAKESIDEGROUP", "PER")).toBe(true);
    expect(mediates(cs, "LAKESIDEGROUP", "BOL")).toBe(true);
  });

  it("reads no member of the list with the clause's parties", () => {
    const cs = read(text);
    for (const member of ["NOR", "GHA", "CHL"]) for (const party of ["PER", "BOL"]) expect(between(cs, member, party)).toEqual([]);
  });

  it("keeps a relative clause after a single state its own ('the work of Chile, which has sought …')", () => {
    const cs = read("The plan builds on the work of Chile, which since 1990 has sought a treaty between Peru and Bolivia.");
    expect(mediates(cs, "CHL", "PER")).toBe(true);
  });
});

describe("a side told by a possessive's plural noun before its names", () => {
  it("reads 'between Peru and its neighbours Chile and Bolivia' as three parties", () => {
    const cs = read("Norway has sought a treaty between Peru and its neighbours Chile and Bolivia.");
    for (const party of ["PER", "CHL", "BOL"]) expect(mediates(cs, "NOR", party)).toBe(true);
  });
});

describe("a backer's compound before a verb", () => {
  it("reads 'Peru-backed militants killed three Chilean soldiers' with no bond between Peru and Chile", () => {
    const cs = read("Peru-backed militants killed three Chilean soldiers near the border.");
    expect(between(cs, "PER", "CHL").some((c) => c.sign === 1)).toBe(false);
  });

  it("still reads the actor the compound modifies ('Peru-backed Bolivian rebels') as backed", () => {
    const cs = read("Peru-backed Bolivian rebels seized the town on Monday.");
    expect(between(cs, "PER", "BOL").some((c) => c.sign === 1)).toBe(true);
  });
});

describe("named, appointed or elected to a body", () => {
  it("reads 'Norway and Chile were named to the Lakeside Commission' as membership of each", () => {
    const cs = read("Norway and Chile were named to the Lakeside Commission by the council on Monday.");
    for (const member of ["NOR", "CHL"]) expect(between(cs, member, "LAKESIDECOMMISSION").some((c) => c.type === "membership" && c.source.id === member)).toBe(true);
  });

  it("reads 'Chile was elected to the UN Security Council' as membership (of the UN, whose organ it is)", () => {
    const cs = read("Chile was elected to the UN Security Council in October.");
    expect(between(cs, "CHL", "UN").some((c) => c.type === "membership")).toBe(true);
  });

  it("reads nothing from a person named with words between ('named a special envoy to the Lima talks')", () => {
    const cs = read("Chile named a special envoy to the Lima talks in May.");
    expect(cs.some((c) => c.type === "membership" || c.cue?.phrase === "name to")).toBe(false);
  });
});

describe("witnesses to a signing told apart from the signers", () => {
  const signing = "The accord was signed in Lima by the president of Chile and by Peru's prime minister.";
  it("reads each witness as mediating between each signer of the signing told before", () => {
    const cs = read(`${signing} Norway and the African Union signed the document as witnesses.`);
    for (const w of ["NOR", "AU"]) for (const p of ["CHL", "PER"]) expect(mediates(cs, w, p)).toBe(true);
  });

  it("takes the active signing's subjects, not the dateline's city", () => {
    const cs = read("ACCRA, May 4 — Chile and Peru signed a border treaty on Saturday. Norway signed the document as a witness.");
    expect(mediates(cs, "NOR", "CHL")).toBe(true);
    expect(mediates(cs, "NOR", "PER")).toBe(true);
    expect(mediates(cs, "NOR", "GHA")).toBe(false);
  });

  it("reads no witness with no signing told within reach", () => {
    const cs = read("Norway and the African Union signed the document as witnesses.");
    expect(cs.some((c) => c.type === "mediation")).toBe(false);
  });
});

describe("co-subjects of a verb reciprocal in itself", () => {
  it("reads 'Chilean and Peruvian troops clashed …, before a deal with Bolivia' as the two's hostility", () => {
    const cs = read("Chilean and Peruvian troops clashed near the border in 1995, before an agreement signed in Brasilia with Bolivia ended the dispute.");
    expect(between(cs, "CHL", "PER").some((c) => c.sign === -1)).toBe(true);
  });

  it("keeps co-subjects together when they clash 'with' a third", () => {
    const cs = read("Chilean and Peruvian troops clashed with Bolivian forces near the border.");
    expect(between(cs, "CHL", "PER").some((c) => c.sign === -1)).toBe(false);
  });
});

describe("an ally described in apposition with its owner's possessive", () => {
  const text = "Bolivia, Chile's closest ally in the Andes, sent troops to Peru on Monday.";
  it("reads the two of the apposition as allies", () => {
    const cs = read(text);
    expect(between(cs, "BOL", "CHL").some((c) => c.type === "alliance")).toBe(true);
  });

  it("reads no alliance of the owner with an actor the sentence names after it", () => {
    const cs = read(text);
    expect(between(cs, "CHL", "PER").some((c) => c.type === "alliance")).toBe(false);
  });

  it("leaves 'Norway, Denmark's closest ally in NATO,' to the other readings: Norway's bond with the bloc is read too", () => {
    const cs = read("Norway, Denmark's closest ally in NATO, sent ships to the Baltic.");
    expect(between(cs, "NOR", "NATO").length).toBeGreaterThan(0);
  });
});
