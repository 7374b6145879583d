/**
 * Which end of a directed relation acts (the mediator, the member), as the words around the cue name
 * it; measured by `npm run eval:suggest`'s direction figure. A mediator named after "of" ("under the
 * mediation of …", "the good offices of …"): the mediator, not the party written first. Seen in the app: with
 * the Government of Southern Sudan added as an actor, uganda-juba-2006's talks "under the mediation of
 * Riek Machar, vice-president of the Government of Southern Sudan" were offered as Uganda mediating.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";

const types = (JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as { relationTypes: SuggestDataset["relationTypes"] }).relationTypes;
const dataset: SuggestDataset = {
  actors: [
    { id: "VF", label: "Vell Front", kind: "non-state" },
    { id: "OC", label: "Ostland Council", kind: "organization" },
    { id: "OF", label: "Ostland Force", kind: "non-state" },
    { id: "OSTFOR", label: "OSTFOR", kind: "non-state" },
  ],
  relationTypes: types,
  relations: [],
};
const mediations = (text: string) =>
  suggest(text, dataset)
    .filter((c) => c.type === "mediation")
    .map((c) => `${c.source.id}→${c.target.id}`)
    .sort();

describe("a mediator named after 'of'", () => {
  it("acts, through a person's apposition too", () => {
    expect(mediations("Talks between Kenya and the Vell Front opened in May under the mediation of Tomas Kerr, vice-president of the Ostland Council.")).toEqual(["OC→KEN", "OC→VF"]);
    expect(mediations("Kenya and the Vell Front met under the auspices of the Ostland Council.")).toEqual(["OC→KEN", "OC→VF"]);
  });

  it("is the state after 'the good offices of'", () => {
    expect(mediations("Kenya and the Vell Front agreed to meet through the good offices of Algeria.")).toEqual(["DZA→KEN", "DZA→VF"]);
  });
});

const directed = (text: string, type: string) =>
  suggest(text, dataset)
    .filter((c) => c.type === type)
    .map((c) => `${c.source.id}→${c.target.id}`)
    .sort();

describe("a go-between's noun and its owner", () => {
  it("is the monitors' state after 'from', and the owner of 'auspices' through its government", () => {
    expect(directed("Kenya and the Vell Front will pull back under the eyes of monitors from Norway.", "mediation")).toEqual(["NOR→KEN", "NOR→VF"]);
    expect(directed("Kenya and the Vell Front met under the Chilean government's auspices.", "mediation")).toEqual(["CHL→KEN", "CHL→VF"]);
  });
});

describe("a force's soldiers", () => {
  it("make the state named with them the member, not the force after 'of'", () => {
    expect(directed("About 900 soldiers of the Ostland Force, most of them Kenyans, landed at the port.", "membership")).toEqual(["KEN→OF"]);
    // … with no "the" before the force's name too (the cue ends with its "of").
    expect(directed("About 900 soldiers of OSTFOR, most of them Kenyans, landed at the port.", "membership")).toEqual(["KEN→OSTFOR"]);
  });
});

describe("a host named as a person", () => {
  it("is the state of the apposition after 'hosted by' a name", () => {
    expect(directed("Kenya and Vell Front negotiators met at a lakeside house, hosted by Ada Lind-Holm, a Norwegian diplomat.", "mediation")).toEqual(["NOR→KEN", "NOR→VF"]);
  });

  it("is the state named with the person 'who hosted'", () => {
    const text = "The General Agreement on Peace in Kenya was signed in the presence of Chilean President Tomas Kerr, who hosted the ceremony, and of Ada Lind, the special envoy of U.N. Secretary-General Ban Ki-moon, who has steered the negotiations.";
    expect(directed(text, "mediation")).toContain("CHL→KEN");
  });
});

describe("joining someone in a deed", () => {
  it("is no membership of the one joined ('to join Annan in a final push'); joining a body at a date is", () => {
    expect(directed("Kenya's president flew to Arusha to join the Ostland Council in a final push.", "membership")).toEqual([]);
    expect(directed("Kenya joined the Ostland Council in April 2023.", "membership")).toEqual(["KEN→OC"]);
  });
});

describe("a mediation whose words do not say who mediates", () => {
  const quarrel = "Kenya accused the Vell Front of attacking its border posts. The Vell Front condemned Kenya for air strikes on its camps. ";
  it("is mediated by the actor outside the text's main pair", () => {
    expect(directed(`${quarrel}In May, Kenya accepted mediation from Chile.`, "mediation")).toEqual(["CHL→KEN", "CHL→VF"]);
    expect(directed(`${quarrel}Kenya asked Chile to mediate in May.`, "mediation")).toEqual(["CHL→KEN", "CHL→VF"]);
  });
});

