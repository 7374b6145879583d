/**
 * The fourteenth round's mechanism, on wording of its own (not the fixtures'): a mediator's role,
 * stated once, speaks for its pairs with the parties elsewhere in the text (roles.ts).
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const ofPair = (cs: Candidate[], a: string, b: string) => cs.filter((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

// Kenya and Somalia quarrel (two sentences); Norway convenes their talks (the role); then a sentence of Norway's own.
const quarrel = "Kenya accused Somalia of auctioning oil blocks in disputed waters. Somalia condemned Kenya for recalling its ambassador.";
const role = "Since March, rounds of talks between Kenya and Somalia have been convened by Norway in a lakeside hotel.";

describe("a mediator's role the text states", () => {
  it("ranks the mediator's mediation with a party above a cooperative word of another sentence, and keeps both", () => {
    const pair = ofPair(suggest(`${quarrel} ${role} Norway helped Somalia rebuild its coast guard.`, fresh), "NOR", "SOM");
    expect(pair[0]).toMatchObject({ type: "mediation", source: { id: "NOR" }, sentence: 2 });
    expect(pair.some((c) => c.sign === 1 && c.sentence === 3)).toBe(true);
  });

  it("gives a cooperative reading of mediator and party a mediation twin when the list kept no mediation of theirs", () => {
    // A short list: the role's own Norway–Kenya reading is below the cap (three: since the nineteenth
    // round the cap counts the quarrel's second reading for less, and four would keep the role's).
    const cs = suggest(`${quarrel} ${role} Norway helped Kenya rebuild its coast guard.`, fresh, { maxCandidates: 3 });
    const pair = ofPair(cs, "NOR", "KEN");
    expect(pair.map((c) => [c.type, c.sentence])).toEqual([
      ["mediation", 3],
      ["partnership", 3],
    ]);
    expect(pair[0]).toMatchObject({ source: { id: "NOR" }, target: { id: "KEN" }, quote: "Norway helped Kenya rebuild its coast guard." });
    // The cooperative candidate keeps the id it has without the twin.
    expect(pair[1]!.id).toBe("s3:NOR-KEN");
  });

  it("gives an adversarial reading of mediator and party no twin: that stance is the mediator's own", () => {
    const pair = ofPair(suggest(`${quarrel} ${role} Norway accused Kenya of stalling.`, fresh, { maxCandidates: 3 }), "NOR", "KEN");
    expect(pair.map((c) => c.type)).toEqual(["estrangement"]);
  });

  it("leaves a bond the role's own sentence states above the role there", () => {
    const text = `${quarrel} The talks were hosted by the Norwegian government, whose country is Kenya's closest ally.`;
    const pair = ofPair(suggest(text, fresh), "NOR", "KEN").filter((c) => c.sentence === 2);
    expect(pair.map((c) => c.type)).toEqual(["alliance", "mediation"]);
  });

  it("turns a mediation read the other way round so that the role's mediator is its source", () => {
    const text = `${quarrel} ${role} In June officials from Kenya and Somalia met again in Oslo under Norwegian auspices.`;
    const later = suggest(text, fresh).filter((c) => c.sentence === 3 && c.type === "mediation");
    expect(later.map((c) => `${c.source.id}>${c.target.id}`).sort()).toEqual(["NOR>KEN", "NOR>SOM"]);
  });

  it("finds no role when the two the mediator sits between have no stance of their own in the text", () => {
    const pair = ofPair(suggest(`${role} Norway helped Somalia rebuild its coast guard.`, fresh), "NOR", "SOM");
    expect(pair[0]).toMatchObject({ type: "partnership", sentence: 1 });
  });

  it("takes no role from a word for the event ('ceasefire'), which names no one's part in it", () => {
    const text = `${quarrel} Norway announced a ceasefire between Kenya and Somalia in March. Norway helped Somalia rebuild its coast guard.`;
    const pair = ofPair(suggest(text, fresh), "NOR", "SOM");
    expect(pair[0]).toMatchObject({ type: "partnership", sentence: 3 });
  });
});
