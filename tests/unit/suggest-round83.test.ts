/**
 * The eighty-third round: phrases that refer back to a body or to movements named before ("Its
 * running costs", "the league", "the two movements", "The force is commanded by …", "are among its
 * members"), a list closed by "and" that an apposition follows, a deed the listed do together, the
 * states a force "includes soldiers from", and a naming whose verb a second clause leaves out.
 * Wording of its own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { saysMutual } from "../../src/model/suggest/pairs.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const relationTypes = (DEFAULT_DATASET_JSON as Dataset).relationTypes;
const fresh: SuggestDataset = { actors: [], relationTypes };
const pairOf = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => pairOf(c) === [x, y].sort().join("-"));

describe("phrases that refer back to a body or to movements named before", () => {
  it("reads an 'its' before a participle and a noun as the subject carried over ('Its running costs')", () => {
    const cs = suggest("The Sahel Peace Mission (SPM) has been deployed since 2015 with troops from Niger and Chad. Its running costs are paid largely by the European Union.", fresh, { sourceDate: "2016-05-01" });
    const paid = between(cs, "SPM", "EU");
    expect(paid.length).toBeGreaterThan(0);
    expect(paid[0]!.type).toBe("partnership");
    expect(paid[0]!.cue?.text).toBe("paid largely by");
  });

  it("carries over a subject that is itself a phrase referring back ('The force is commanded … . Its running costs …')", () => {
    const cs = suggest(
      "The Coastal Peace Force (CPF) took over the port on Friday. The force is commanded by a Kenyan general, with a British deputy, and includes soldiers from Ghana. Its running costs are paid largely by the European Union.",
      fresh,
      { sourceDate: "2016-05-14" },
    );
    const paid = (x: string) => between(cs, x, "EU").filter((c) => c.quote.startsWith("Its running costs"));
    expect(paid("CPF")[0]?.cue?.text).toBe("paid largely by");
    expect(paid("KEN")).toEqual([]);
    // A phrase listed with another subject is not the one subject carried over.
    const two = suggest("Mali's government said it would sign. The government and the Platform Coalition initialled the text on March 1. It thanked Algeria for its mediation.", fresh, { sourceDate: "2015-05-14" });
    expect(between(two, "MLI", "DZA").filter((c) => c.quote.startsWith("It thanked"))).toEqual([]);
  });

  it("reads 'the league' as the league named before", () => {
    const cs = suggest("The Arab League met in Rabat in May. The same meeting readmitted Syria to the league, years after it was suspended.", fresh, { sourceDate: "2016-05-01" });
    const readmitted = between(cs, "SYR", "LAS");
    expect(readmitted[0]?.type).toBe("membership");
    expect(readmitted[0]!.source.id).toBe("SYR");
    // … and no league at all where none was named.
    expect(suggest("Syria was readmitted to the league in May.", fresh, { sourceDate: "2016-05-01" })).toEqual([]);
  });

  it("reads 'the two movements' as the two movements named before, not the states named with them", () => {
    const cs = suggest(
      "The Karen National Union was armed by Thailand, while the Kachin Independence Army relied on China. The two movements formed the Democratic Front in 1990.",
      fresh,
      { sourceDate: "1991-05-01" },
    );
    for (const movement of ["KARENNATIONALUNION", "KACHININDEPENDENCEARMY"]) {
      const formed = between(cs, movement, "DEMOCRATICFRONT");
      expect(formed[0]?.type, movement).toBe("membership");
      expect(formed[0]!.cue?.text).toBe("formed");
    }
    // Two states are no movements: no membership of theirs in the front.
    const states = suggest("Thailand and China signed a pact in March. The two movements formed the Democratic Front in 1990.", fresh, { sourceDate: "1991-05-01" });
    expect(states.filter((c) => c.type === "membership")).toEqual([]);
  });

  it("reads 'The force' as the force named before, and a description with a name in apposition as that name", () => {
    const cs = suggest("The Coastal Peace Force (CPF) arrived in May. The force is commanded by a Kenyan general and includes soldiers from Ghana.", fresh, { sourceDate: "1965-09-01" });
    expect(between(cs, "GHA", "CPF")[0]?.type).toBe("membership");
    // "The regional force, the Mission for Peace in Ruritania (MPR), …" is the mission, not the force named before it.
    const apposed = suggest(
      "The African Standby Force (ASF) was set up in 2003. The regional force, the Mission for Peace in Ruritania (MPR), has been deployed since 2008 with troops from Gabon and Cameroon, and ECCAS leaders have agreed to reinforce it.",
      fresh,
      { sourceDate: "2013-01-01" },
    );
    expect(between(apposed, "MPR", "GAB").length).toBeGreaterThan(0);
    for (const other of ["MPR", "GAB", "CMR", "ECCAS"]) expect(between(apposed, "ASF", other), other).toEqual([]);
  });

  it("reads 'are among its members' as the members of the body named before, those after 'as are' too", () => {
    const cs = suggest("Last year twelve states founded the Andean Water League. Peru and Chile are among its members, as are Bolivia and Ecuador.", fresh, { sourceDate: "2016-05-01" });
    for (const state of ["PER", "CHL", "BOL", "ECU"]) {
      const member = between(cs, state, "ANDEANWATERLEAGUE");
      expect(member[0]?.type, state).toBe("membership");
      expect(member[0]!.source.id).toBe(state);
    }
    // A body named before the "its" in its own sentence is the owner: no body of the sentence before.
    const own = suggest("The European Union met in May. Turkey said NATO and its members would meet in June.", fresh, { sourceDate: "2016-05-01" });
    expect(between(own, "EU", "TUR").filter((c) => c.type === "membership" && c.cue?.text === "members" && c.quote.startsWith("Turkey"))).toEqual([]);
  });
});

describe("lists and deeds done together", () => {
  it("reads a list closed by 'and' as ended: the name after a bare comma is in apposition", () => {
    const cs = suggest("Norway and Denmark, Sweden's partners in the Nordic Council, sent it grain during the winter, and Finland openly took Sweden's side.", fresh, { sourceDate: "2016-05-01" });
    for (const state of ["NOR", "DNK"]) {
      const partners = between(cs, state, "SWE");
      expect(partners[0]?.type, state).toBe("partnership");
      expect(partners[0]!.cue?.text).toBe("partners");
    }
  });

  it("says a deed is the listed subjects' together when they do it jointly ('a four-nation exercise')", () => {
    expect(saysMutual("Canadian, Dutch and US warships sailed with Philippine vessels in the first four-nation maritime exercise.")).toBe(true);
    expect(saysMutual("The two navies will hold joint naval drills in May.")).toBe(true);
    expect(saysMutual("Germany and France issued a joint statement.")).toBe(true);
    expect(saysMutual("Canadian, Dutch and US warships sailed with Philippine vessels.")).toBe(false);
    expect(saysMutual("The jointly owned refinery was closed.")).toBe(false);
    const together = "In April Canadian, Dutch and US warships sailed with Philippine vessels in the first four-nation maritime exercise in the South China Sea.";
    expect(between(suggest(together, fresh, { sourceDate: "2016-05-01" }), "CAN", "NLD")[0]?.type).toBe("partnership");
    const apart = "In April Canadian, Dutch and US warships sailed with Philippine vessels in the South China Sea.";
    expect(between(suggest(apart, fresh, { sourceDate: "2016-05-01" }), "CAN", "NLD")).toEqual([]);
  });
});

describe("a force that includes soldiers from states", () => {
  const text =
    "The Coastal Peace Force (CPF) arrived in May. The force is commanded by a Kenyan general, with a British deputy, and includes soldiers from Ghana, Senegal and Mali, policemen from Niger and staff officers from Togo.";

  it("makes each state its soldiers, policemen or officers come from a member of the force", () => {
    const cs = suggest(text, fresh, { sourceDate: "1965-09-01" });
    for (const state of ["GHA", "SEN", "MLI", "NER", "TGO"]) {
      const member = between(cs, state, "CPF");
      expect(member[0]?.type, state).toBe("membership");
      expect(member[0]!.source.id, state).toBe(state);
      expect(member[0]!.cue?.text).toBe("includes soldiers from");
      expect(member[0]!.score, state).toBeGreaterThan(0.3);
    }
  });

  it("makes no member of the states its officers' nationality names before the cue, nor of a state's own army", () => {
    const cs = suggest(text, fresh, { sourceDate: "1965-09-01" });
    for (const state of ["KEN", "GBR"]) expect(between(cs, state, "CPF").filter((c) => c.type === "membership"), state).toEqual([]);
    expect(suggest("The Kenyan army includes soldiers from Somalia.", fresh, { sourceDate: "1995-09-01" }).filter((c) => c.type === "membership")).toEqual([]);
  });
});

describe("a naming whose verb a second clause leaves out", () => {
  it("names the states of a verbless clause after ', and' with its own 'by' as the first clause's were", () => {
    const cs = suggest("Ghana and Kenya were named to the Lakeside Commission by the African Union, and Peru and Chile by the Organization of American States.", fresh, { sourceDate: "2016-05-01" });
    for (const state of ["GHA", "KEN", "PER", "CHL"]) expect(between(cs, state, "LAKESIDECOMMISSION")[0]?.type, state).toBe("membership");
    // The namers are no members.
    for (const namer of ["AU", "OAS"]) expect(between(cs, namer, "LAKESIDECOMMISSION").filter((c) => c.type === "membership"), namer).toEqual([]);
  });

  it("names no one in a clause after ', and' with a verb of its own", () => {
    for (const text of [
      "Ghana and Kenya were named to the Lakeside Commission by the African Union, and Peru imposed sanctions on Chile.",
      "Ghana and Kenya were named to the Lakeside Commission by the African Union, and Peru was thanked by Chile.",
    ]) {
      const cs = suggest(text, fresh, { sourceDate: "2016-05-01" });
      for (const state of ["PER", "CHL"]) expect(between(cs, state, "LAKESIDECOMMISSION").filter((c) => c.type === "membership"), `${state} in ${text}`).toEqual([]);
    }
  });
});
