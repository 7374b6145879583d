/**
 * The tenth round's mechanisms, each on wording of its own (not the fixtures'): a group's self-name
 * and the name others know it by learned as one party; the common nouns it was introduced with
 * standing for it; "the Z coalition" as a party; a nickname after a person's description before
 * "who leads".
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learnedNames = (text: string) => learnNames(text, buildGazetteer([]));

describe("a self-name and the name others know a group by", () => {
  const text = "The rebels call themselves Jamaat Nasr, but villagers know them as al-Mahdiyya. Chad sent troops to fight the rebels.";

  it("learns one party, its id from the public name, the self-name another form", () => {
    const names = learnedNames(text);
    const party = names.find((n) => n.actor.id === "ALMAHDIYYA");
    expect(party?.forms).toContain("Jamaat Nasr");
    expect(names.some((n) => n.actor.id === "JAMAATNASR")).toBe(false);
  });

  it("reads the common noun the group was introduced with as that party, past another group", () => {
    const cs = suggest(text.replace(". Chad", ". A militia known as the Kivu Guard arrived in May. Chad"), fresh);
    expect(find(cs, "TCD", "ALMAHDIYYA")).toMatchObject({ sign: -1 });
  });

  it("leaves the common nouns to the nearest group when two groups were introduced with them", () => {
    const two = "The rebels call themselves Jamaat Nasr. The militants, known as the Kivu Guard, arrived in May. Chad sent troops to fight the rebels.";
    const forms = learnedNames(two).flatMap((n) => n.forms);
    expect(forms).not.toContain("the rebels");
  });
});

describe("a coalition named before its head word, and a nickname before 'who leads'", () => {
  const text =
    "Omar Tessa, a former army captain known as Scorpion who leads the Kanu Ndoto coalition, threatened Burundi. " +
    "France imposed sanctions on Scorpion.";

  it("learns 'the Z coalition' as a party", () => {
    expect(learnedNames("Fighters of the Kanu Ndoto coalition crossed the river.").map((n) => n.actor.id)).toContain("KANUNDOTO");
  });

  it("learns no actor from the nickname and binds the person and the nickname to the coalition", () => {
    expect(learnedNames(text).map((n) => n.actor.id)).not.toContain("SCORPION");
    const cs = suggest(text, fresh);
    const pair = find(cs, "FRA", "KANUNDOTO");
    expect(pair).toMatchObject({ sign: -1 });
    expect([pair?.source, pair?.target].find((a) => a?.id === "KANUNDOTO")?.mention).toBe("Scorpion");
  });
});

describe("'the group' for the one group named with its common noun", () => {
  it("reads 'the group' as that party", () => {
    const cs = suggest("The rebels call themselves Jamaat Nasr, but villagers know them as al-Mahdiyya. Chad condemned the group on Monday.", fresh);
    expect(find(cs, "TCD", "ALMAHDIYYA")).toMatchObject({ sign: -1 });
  });
});

describe("designating another a terrorist organisation", () => {
  it("reads the designation as a step apart, across a relative clause", () => {
    const cs = suggest("Canada designated the Kivu Liberation Front, which was formed in 2019, a terrorist organisation in May.", fresh);
    expect(find(cs, "CAN", "KIVULIBERATIONFRONT")).toMatchObject({ sign: -1 });
  });
});

describe("closing a border and deporting people", () => {
  it("reads closing the land border with a neighbour as a step apart", () => {
    expect(find(suggest("Chile closed the land border with Peru in March.", fresh), "CHL", "PER")).toMatchObject({ sign: -1 });
  });

  it("reads deporting a neighbour's people as a step apart", () => {
    expect(find(suggest("Chile deported 2,000 people to Bolivia last year.", fresh), "CHL", "BOL")).toMatchObject({ sign: -1 });
  });
});

describe("a region or compass point before a lower-case head", () => {
  it("learns no party from 'the Western alliance' or 'the Gulf coalition'", () => {
    const ids = learnedNames("Ministers of the Western alliance met. Jets of the Gulf coalition struck.").map((n) => n.actor.id);
    expect(ids).not.toContain("WESTERN");
    expect(ids).not.toContain("GULF");
  });
});
