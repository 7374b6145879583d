/** Phrases that refer back to actors just named ("the three countries", "both sides", "the kingdom"). */
import { describe, expect, it } from "vitest";
import { suggest, buildGazetteer, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { ANTECEDENT_SENTENCES, COUNT_WORDS, GROUP_NOUNS, POLITY_TITLES, TITLE_HOLDERS } from "../../src/model/suggest/data/anaphora.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
/** Candidates without neighbour pairs, so only what one sentence says (with its resolved phrases) counts. */
const read = (text: string) => suggest(text, fresh, { neighbours: false });
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const pairs = (cs: Candidate[]) => cs.map((c) => [c.source.id, c.target.id].sort().join("-")).sort();

describe("a counted group refers to as many actors named before it", () => {
  it("takes the nearest list of exactly that many, and relates each to what the group acts on", () => {
    const text = "Mali, Burkina Faso and Niger met in Niamey on Monday. The three countries accused France of meddling.";
    const cs = read(text);
    for (const id of ["MLI", "BFA", "NER"]) {
      const c = find(cs, id, "FRA")!;
      expect(c, id).toMatchObject({ type: "estrangement", sentence: 1, quote: "The three countries accused France of meddling." });
      const member = c.source.id === id ? c.source : c.target;
      expect(member.referredAs).toBe("The three countries");
      expect(text.indexOf(member.mention)).toBeLessThan(text.indexOf("Niamey")); // the name it stands for
    }
    // The members acting together are not a pair in that sentence.
    expect(cs.filter((c) => c.sentence === 1).map((c) => c.target.id === "FRA" || c.source.id === "FRA")).not.toContain(false);
  });

  it("counts the actors of the sentences back from the phrase when no list fits", () => {
    const cs = read("Armenia signed the statement on Monday. Azerbaijan signed it a day later. The two countries agreed to restore relations.");
    expect(find(cs, "ARM", "AZE")).toMatchObject({ type: "partnership", sentence: 2, source: { referredAs: "The two countries" } });
  });

  it("leaves out an actor its own sentence names, which the group acts on", () => {
    const cs = read("Kenya hosted Ethiopia's leader and Somalia's president. The two countries later pledged to arm Somalia.");
    const later = cs.filter((c) => c.sentence === 1);
    expect(pairs(later)).toEqual(["ETH-SOM", "KEN-SOM"]);
    expect(later.every((c) => c.sign === 1)).toBe(true);
  });

  it("reads 'both sides' and 'the two capitals' with any actor or with states only", () => {
    const sides = read("Israel struck targets in Gaza. Hamas fired rockets overnight. Both sides accused each other of breaking the truce.");
    expect(find(sides, "ISR", "HAMAS")).toMatchObject({ sign: -1, sentence: 2 });
    // Hamas is not a state: "the two capitals" cannot be Israel and Hamas.
    expect(find(read("Israel struck targets in Gaza. Hamas fired rockets overnight. The two capitals traded accusations."), "ISR", "HAMAS")).toBeUndefined();
    expect(find(read("Riyadh and Tehran agreed to restore ties. The two capitals will reopen embassies."), "SAU", "IRN")).toMatchObject({ sign: 1 });
  });

  it("ties a mediator to each member of a group it mediates between", () => {
    const cs = read("Sudan and Chad clashed on their border. Kuwait mediated between the two countries.");
    expect(find(cs, "KWT", "SDN")).toMatchObject({ source: { id: "KWT" }, type: "mediation", sentence: 1 });
    expect(find(cs, "KWT", "TCD")).toMatchObject({ source: { id: "KWT" }, type: "mediation", sentence: 1 });
  });

  it("resolves nothing when the count fits no list or sentence, or the antecedents are too far back", () => {
    expect(read("Iraq and Oman spoke. The three countries condemned Israel.").filter((c) => c.sentence === 1)).toEqual([]);
    const far = ["Peru and Chile met.", ...Array(ANTECEDENT_SENTENCES).fill("Talks went on."), "The two countries condemned Bolivia."].join(" ");
    expect(read(far).filter((c) => c.quote.startsWith("The two"))).toEqual([]);
    // Not in its own sentence: a list before the phrase is its subject, not what it stands for.
    const hosts = read("Iran and Saudi Arabia cut ties in 2016. Iraq and Oman hosted talks between the two rivals.");
    expect(find(hosts, "OMN", "IRN")).toMatchObject({ source: { id: "OMN" }, type: "mediation" });
    expect(find(hosts, "IRQ", "SAU")).toMatchObject({ source: { id: "IRQ" }, type: "mediation" });
  });
});

describe("a form of government refers to the nearest state named before that has it", () => {
  it("the kingdom, the emirate", () => {
    const kingdom = read("Morocco and Algeria traded accusations. Spain backed the kingdom.");
    expect(find(kingdom, "ESP", "MAR")).toMatchObject({ type: "partnership", sentence: 1, target: { mention: "Morocco", referredAs: "the kingdom" } });
    const emirate = read("Kuwait hosted the summit. Iran praised the emirate on Friday.");
    expect(find(emirate, "IRN", "KWT")).toMatchObject({ sign: 1, sentence: 1 });
  });

  it("not a state without the title, nor a name that begins with it", () => {
    expect(read("Algeria and Tunisia traded accusations. Spain backed the kingdom.").filter((c) => c.sentence === 1)).toEqual([]);
    expect(read("Jordan and Iraq met. France praised the Kingdom of Heaven.").filter((c) => c.sentence === 1)).toEqual([]);
  });

  it("knows each state's titles from its names and the hand-written list", () => {
    const actors = buildGazetteer([]).actors;
    expect(actors.get("SAU")?.titles).toEqual(["kingdom"]);
    expect(actors.get("GBR")?.titles).toEqual(["kingdom"]);
    expect(actors.get("OMN")?.titles).toEqual(["sultanate"]);
    expect(actors.get("IRN")?.titles).toEqual(["islamic republic"]);
    expect(actors.get("QAT")?.titles).toEqual(["emirate"]);
    expect(actors.get("ARE")?.titles).toBeUndefined(); // a federation of emirates, not "the emirate"
    expect(actors.get("FRA")?.titles).toBeUndefined();
    // A dataset actor that is a bundled state gets the state's titles.
    const dataset = buildGazetteer([{ id: "sa", label: "Saudi Arabia", kind: "state", iso3: "SAU" }]);
    expect(dataset.actors.get("sa")?.titles).toEqual(["kingdom"]);
  });
});

describe("'the government' refers to the government the report is about", () => {
  const text = [
    "Chad's government and the Zorkal Front signed a truce on Monday.",
    "Niger's foreign minister chaired the talks, and the government of Chad thanked Niamey.",
    "Nigeria said the government had not paid its soldiers.",
  ].join(" ");
  it("the state the text most often names with 'government', not the nearest state before the phrase", () => {
    const said = read(text).filter((c) => c.sentence === 2);
    expect(find(said, "NGA", "TCD")).toMatchObject({ target: { referredAs: "the government" } });
    expect(find(said, "NGA", "NER")).toBeUndefined();
  });

  it("none when two states are named with 'government' as often: left to the other descriptions' rule (here, two states before: unresolved)", () => {
    const even = text.replace("the government of Chad thanked Niamey", "the government of Niger thanked Chad");
    expect(read(even).filter((c) => c.sentence === 2)).toEqual([]);
  });
});

describe("the word lists (data)", () => {
  it("are well formed", () => {
    for (const [word, n] of COUNT_WORDS) {
      expect(word).toBe(word.toLowerCase());
      expect(n).toBeGreaterThanOrEqual(2);
    }
    for (const noun of GROUP_NOUNS.keys()) expect(noun).toMatch(/^[a-z]+$/);
    for (const title of POLITY_TITLES) expect(title).toMatch(/^[a-z]+( [a-z]+)*$/);
    for (const [title, holders] of TITLE_HOLDERS) {
      expect(POLITY_TITLES).toContain(title);
      for (const iso3 of holders) expect(buildGazetteer([]).actors.get(iso3)?.kind).toBe("state");
    }
  });
});

describe("a description or a sentence-opening 'It' carries a subject over", () => {
  it("reads 'the bloc', 'the junta', 'the group' as the one actor of that kind named just before, across a paragraph", () => {
    const bloc = read("Chad quit the African Union on Monday.\n\nThe regional bloc later accused Niger of meddling.");
    expect(find(bloc, "AU", "NER")).toMatchObject({ type: "estrangement", sentence: 1 });
    expect((find(bloc, "AU", "NER")!.source.id === "AU" ? find(bloc, "AU", "NER")!.source : find(bloc, "AU", "NER")!.target).referredAs).toBe("The regional bloc");
    const junta = read("Mali expelled the envoy on Monday. The junta then accused Paris of meddling.");
    expect(find(junta, "MLI", "FRA")).toMatchObject({ type: "estrangement", sentence: 1, source: { referredAs: "The junta" } });
    const group = read("Sudan's army fought the Rapid Support Forces (RSF) in May. The UAE was accused of arming the group.");
    expect(find(group, "ARE", "RSF")).toMatchObject({ sentence: 1, target: { referredAs: "the group" } });
  });

  it("reads 'It' opening a sentence as the subject before, and leaves an expletive 'It is' and an unclear description alone", () => {
    const it1 = read("ECOWAS suspended Guinea in 2021. It later threatened Niger with force.");
    expect(find(it1, "ECOWAS", "NER")).toMatchObject({ type: "estrangement", sentence: 1, source: { referredAs: "It" } });
    expect(read("Kenya praised Uganda. It is unclear whether Tanzania agreed.").filter((c) => c.sentence === 1)).toEqual([]);
    // Two states before, and "the government" not opening its sentence: not resolved.
    expect(read("Kenya praised Uganda on Monday. Tanzania said the government had lied.").filter((c) => c.sentence === 1)).toEqual([]);
    // Named right after: "the junta in Bamako" is Mali itself, no phrase to resolve.
    expect(pairs(read("France criticised Mali. Algeria said the junta in Bamako was isolated."))).not.toContain("DZA-FRA");
  });
});
