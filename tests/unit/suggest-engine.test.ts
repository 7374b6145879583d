/** suggest(text, dataset, options): candidates from small hand-made texts. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const karabakh = DEFAULT_DATASET_JSON as Dataset;
/** A fresh dataset: no actors, the default dataset's relation types. */
const fresh: SuggestDataset = { actors: [], relationTypes: karabakh.relationTypes };

/** "SRC→TGT type" of each candidate, in rank order. */
const brief = (cs: Candidate[]) => cs.map((c) => `${c.source.id}→${c.target.id} ${c.type ?? "-"}`);
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

describe("suggest", () => {
  it("does not give the mediator the parties' own deal: 'X and Y signed an agreement brokered by Z'", () => {
    const cs = suggest("Ethiopia and Eritrea signed a peace agreement brokered by Saudi Arabia.", fresh);
    expect(brief(cs).sort()).toEqual(["ETH→ERI partnership", "SAU→ERI mediation", "SAU→ETH mediation"]);
    // The deal's cue nearer to the mediator than the mediation cue, and the mediator the subject of an active verb.
    expect(brief(suggest("Ethiopia and Eritrea signed a cooperation pact on Sunday in a deal that Saudi Arabia had brokered.", fresh))).toEqual(["SAU→ERI mediation", "SAU→ETH mediation", "ETH→ERI partnership"]);
    expect(find(suggest("Under a deal brokered by Qatar, Chad and Sudan restored relations.", fresh), "QAT", "SDN")).toMatchObject({ source: { id: "QAT" }, type: "mediation" });
  });

  it("reads a mediator named without the parties as mediating between the text's main pair ('Saudi Arabia hosted the talks')", () => {
    const text = "Ethiopia and Eritrea fought a border war. Ethiopia accused Eritrea of shelling its towns.\nSaudi Arabia hosted the talks.";
    const cs = suggest(text, fresh).filter((c) => c.sentence === 2);
    expect(brief(cs)).toEqual(["SAU→ETH mediation", "SAU→ERI mediation"]);
    expect(cs[0]).toMatchObject({ quote: "Saudi Arabia hosted the talks.", target: { mention: "Ethiopia", referredAs: "hosted the talks" } });
    expect(new Set(suggest(text, fresh).map((c) => c.id)).size).toBe(suggest(text, fresh).length);
    // No main pair (the two named together in one sentence only): no one to mediate between.
    expect(suggest("Ethiopia accused Eritrea of shelling its towns.\nSaudi Arabia hosted the talks.", fresh).filter((c) => c.sentence === 1)).toEqual([]);
  });

  it("reads the state where the parties sign or meet (a venue, a dateline) as their host: mediation", () => {
    expect(brief(suggest("Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", fresh))).toEqual(["ARM→AZE partnership", "USA→AZE mediation", "USA→ARM mediation"]);
    expect(brief(suggest("Peace at last.\nASTANA, Kazakhstan — Armenia and Azerbaijan signed a peace agreement on Friday.", fresh))).toEqual(["ARM→AZE partnership", "KAZ→ARM mediation", "KAZ→AZE mediation"]);
    expect(find(suggest("Armenia and Azerbaijan signed a peace agreement on the island of Malta.", fresh), "MLT", "ARM")).toMatchObject({ source: { id: "MLT" }, type: "mediation" });
    // A place where one party acts alone is not a venue of anything.
    expect(find(suggest("France sent aid to refugees in Chad.", fresh), "FRA", "TCD")?.type).toBe("partnership");
  });

  it("proposes the pair a sentence names, typed by its cue, quoting the sentence exactly", () => {
    const text = "Intro line without actors.\nFrance condemned Russia on 3 May 2022. Nothing else happened.";
    const [c, ...rest] = suggest(text, fresh, { sourceDate: "2022-05-10" });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      source: { id: "FRA", label: "France", iso3: "FRA", inDataset: false, mention: "France" },
      target: { id: "RUS", iso3: "RUS", inDataset: false, mention: "Russia" },
      type: "estrangement",
      sign: -1,
      cueClass: "estrangement",
      cue: { phrase: "condemn", text: "condemned", negated: false },
      quote: "France condemned Russia on 3 May 2022.",
      from: "2022-05-03",
      fromBasis: "sentence",
      datePrecision: "day",
      sentence: 1,
      supportsExisting: null,
    });
    expect(text.slice(c!.start, c!.end)).toBe(c!.quote);
    expect(text.slice(c!.cue!.start, c!.cue!.end)).toBe("condemned");
  });

  it("falls back to the source's date for `from`, and to none without one", () => {
    expect(suggest("Japan backed Australia.", fresh, { sourceDate: "2021-09-23" })[0]).toMatchObject({ from: "2021-09-23", fromBasis: "source" });
    expect(suggest("Japan backed Australia.", fresh)[0]).toMatchObject({ from: null, fromBasis: null, datePrecision: null });
  });

  it("reads a negated cue as the other sign", () => {
    const [c] = suggest("Germany did not support Hungary.", fresh);
    expect(c).toMatchObject({ type: "estrangement", sign: -1, cue: { text: "support", negated: true } });
  });

  it("reads ending an adversarial measure as cooperation, and refusing to end it as estrangement", () => {
    expect(brief(suggest("Saudi Arabia lifted its blockade of Qatar.", fresh))).toEqual(["SAU→QAT partnership"]);
    // Penalties eased stay a stance of the one who imposed them against the one they hit (sixteenth round).
    expect(brief(suggest("The United States eased sanctions on Venezuela.", fresh))).toEqual(["USA→VEN estrangement"]);
    expect(brief(suggest("Bahrain imposed a boycott on Qatar.", fresh))).toEqual(["BHR→QAT estrangement"]);
    expect(brief(suggest("Egypt refused to lift the blockade of Qatar.", fresh))).toEqual(["EGY→QAT estrangement"]);
  });

  it("reads ending a cooperative bond and relations going bad as estrangement", () => {
    expect(brief(suggest("Ghana tore up the military cooperation agreements with Togo.", fresh))).toEqual(["GHA→TGO estrangement"]);
    expect(brief(suggest("Peru suspended its partnership with Bolivia.", fresh))).toEqual(["PER→BOL estrangement"]);
    expect(brief(suggest("Relations between Chile and Peru soured in May.", fresh))).toEqual(["CHL→PER estrangement"]);
    expect(brief(suggest("Ties with Chile have frayed, Peru said.", fresh))).toEqual(["CHL→PER estrangement"]);
  });

  it("offers a second reading of the opposite sign when one sentence carries both: leaving a body", () => {
    const cs = suggest("Senegal left the African Union on Sunday.", fresh);
    expect(brief(cs)).toEqual(["SEN→AU membership", "SEN→AU estrangement"]);
    expect(cs[1]!.score).toBeLessThan(cs[0]!.score);
    expect(new Set(cs.map((c) => c.quote)).size).toBe(1);
    // Two suggestions of one pair in one sentence are still two: a rejection names one of them.
    expect(new Set(cs.map((c) => c.id)).size).toBe(2);
    // Without a body, leaving is distance only ("troops left Mali").
    expect(brief(suggest("French troops left Mali in August.", fresh))).toEqual(["FRA→MLI estrangement"]);
    // One sign only: no second reading.
    expect(brief(suggest("Senegal joined the African Union.", fresh))).toEqual(["SEN→AU membership"]);
  });

  it("reads co-subjects of an adversarial cue against a third as siding together, and a pledge 'against them' as alliance", () => {
    const cs = suggest("Germany and Britain condemned Russia.", fresh);
    expect(find(cs, "DEU", "RUS")).toMatchObject({ type: "estrangement" });
    expect(find(cs, "DEU", "GBR")).toMatchObject({ type: "partnership" });
    const pledge = suggest("Guinea and Chad said any strike on Niger would be treated as a declaration of war against them.", fresh);
    for (const [a, b] of [["GIN", "NER"], ["TCD", "NER"], ["GIN", "TCD"]] as const) expect(find(pledge, a, b), `${a}-${b}`).toMatchObject({ type: "alliance" });
  });

  it("never reads the two parties of 'mediated between A and B' as each other's mediators, under any of their names", () => {
    const cs = suggest("Peru tore up the 2010 treaty that Brazil had mediated between Lima and Quito.", fresh);
    expect(find(cs, "BRA", "PER")).toMatchObject({ source: { id: "BRA" }, type: "mediation" });
    expect(find(cs, "BRA", "ECU")).toMatchObject({ source: { id: "BRA" }, type: "mediation" });
    expect(find(cs, "PER", "ECU")).toMatchObject({ type: "estrangement" });
  });

  it("offers a name the text introduces as a new actor, found again by its acronym", () => {
    const text = "The Arakan Liberation Front (ALF) seized two towns in May. Myanmar's junta accused the ALF of treason.";
    const cs = suggest(text, fresh);
    const c = find(cs, "MMR", "ALF")!;
    expect(c).toMatchObject({ type: "estrangement", sentence: 1 });
    expect(c.source.id === "ALF" ? c.source : c.target).toMatchObject({ id: "ALF", label: "Arakan Liberation Front", kind: "non-state", inDataset: false, mention: "ALF" });
    // The shared gazetteer is not changed by one text's names (the bare "ALF" a cue's object is a
    // party of that text's own since round 22, called "ALF", not the other text's name).
    const alone = suggest("Myanmar's junta accused the ALF of treason.", fresh).flatMap((x) => [x.source, x.target]);
    expect(alone.some((a) => a.label === "Arakan Liberation Front")).toBe(false);
  });

  it("turns mediation between two parties into one candidate per party, mediator first", () => {
    const cs = suggest("Qatar brokered talks between Israel and Hamas.", fresh);
    expect(find(cs, "QAT", "ISR")).toMatchObject({ source: { id: "QAT" }, target: { id: "ISR" }, type: "mediation", sign: 0 });
    expect(find(cs, "QAT", "HAMAS")).toMatchObject({ source: { id: "QAT" }, type: "mediation" });
    // The parties themselves are not each other's mediators.
    expect(find(cs, "ISR", "HAMAS")?.type).not.toBe("mediation");
  });

  it("makes the agent of a passive mediation cue the mediator, wherever it stands", () => {
    const deal = suggest("Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.", fresh);
    expect(find(deal, "CHN", "IRN")).toMatchObject({ source: { id: "CHN" }, target: { id: "IRN" }, type: "mediation" });
    expect(find(deal, "CHN", "SAU")).toMatchObject({ source: { id: "CHN" }, target: { id: "SAU" }, type: "mediation" });
    expect(brief(suggest("Iran joined talks hosted by Oman.", fresh))).toEqual(["OMN→IRN mediation"]);
    // Words before the agent's name, and a participle the tagger calls an adjective ("were mediated").
    expect(find(suggest("The truce with Hamas, brokered by neighbouring Egypt, held for Israel.", fresh), "EGY", "HAMAS")).toMatchObject({ source: { id: "EGY" }, type: "mediation" });
    const talks = suggest("Talks between Sudan and Chad were mediated by Qatar.", fresh);
    expect(find(talks, "QAT", "SDN")).toMatchObject({ source: { id: "QAT" }, type: "mediation", cue: { text: "mediated" } });
    expect(find(talks, "QAT", "TCD")).toMatchObject({ source: { id: "QAT" }, type: "mediation" });
    // Active voice keeps the first as the mediator.
    expect(brief(suggest("Oman hosted talks with Iran.", fresh))).toEqual(["OMN→IRN mediation"]);
  });

  it("gives membership its direction, member → body, and only when one side is a body", () => {
    expect(brief(suggest("NATO was joined by Finland.", fresh))).toEqual(["FIN→NATO membership"]);
    expect(brief(suggest("Finland joined Sweden.", fresh))).toEqual(["FIN→SWE partnership"]);
  });

  it("ties 'X-led' and 'X-backed' to the actor they modify", () => {
    const cs = suggest("The Moscow-led CSTO met as Russia-backed forces attacked Ukraine.", fresh);
    expect(find(cs, "RUS", "CSTO")).toMatchObject({ source: { id: "RUS" }, target: { id: "CSTO" }, type: "membership" });
    expect(find(cs, "RUS", "UKR")).toMatchObject({ type: "hostility" });
  });

  it("relates co-subjects to the third actor they act on, not to each other", () => {
    const cs = suggest("Germany and Britain pledged to defend Sweden.", fresh);
    expect(find(cs, "DEU", "SWE")?.sign).toBe(1);
    expect(find(cs, "GBR", "SWE")?.sign).toBe(1);
    expect(find(cs, "DEU", "GBR")?.score ?? 0).toBeLessThan(find(cs, "DEU", "SWE")!.score);
  });

  it("uses the dataset's names and marks a candidate that supports one of its relations", () => {
    const text = readFileSync(fileURLToPath(new URL("../../graph-data/sources/000_085c92a93bf60dbf.txt", import.meta.url)), "utf8");
    const cs = suggest(text, karabakh, { sourceDate: "2024-04-18", sourceId: "afp-2024-04-karabakh" });
    const distanced = cs.find((c) => c.quote === "What's more, with the pullout from Karabakh, Moscow has additionally distanced Armenia.")!;
    expect(distanced).toMatchObject({ source: { id: "RUS", inDataset: true, mention: "Moscow" }, target: { id: "ARM" }, type: "estrangement" });
    expect(distanced.supportsExisting).toEqual({ relation: "RUS-ARM-estrangement-2023", quoted: true });
    // More evidence for a relation that quotes other sentences of the source: not yet quoted.
    const intervene = cs.find((c) => c.quote.startsWith("At the point when war broke out") && c.source.id === "RUS" && c.target.id === "AZE")!;
    expect(intervene).toMatchObject({ type: "mediation", supportsExisting: { relation: "RUS-AZE-mediation-2020", quoted: false } });
    // Without the source id the same candidate supports the relation but is not known to be quoted.
    const again = suggest(text, karabakh, { sourceDate: "2024-04-18" }).find((c) => c.id === distanced.id)!;
    expect(again.supportsExisting).toEqual({ relation: "RUS-ARM-estrangement-2023", quoted: false });
    // With no relations in the dataset, nothing is marked.
    expect(suggest(text, { ...karabakh, relations: [] }).every((c) => c.supportsExisting === null)).toBe(true);
  });

  it("caps candidates per sentence and in all, best first", () => {
    const text = "Italy, Spain, Greece, Malta and Cyprus signed a treaty with Egypt.";
    const all = suggest(text, fresh, { minScore: 0 });
    // Six actors: one fewer than they may stay by default (seventeenth round), and the cap in all is 5.
    expect(all.length).toBeLessThanOrEqual(5);
    expect(suggest(text, fresh, { minScore: 0, perSentence: 4 }).length).toBeLessThanOrEqual(4);
    expect(suggest(text, fresh, { minScore: 0, perSentence: 2 })).toHaveLength(2);
    expect(suggest(text, fresh, { minScore: 0, maxCandidates: 1 })).toHaveLength(1);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });

  it("pairs an actor with one named only in the next sentence when a cue speaks of them", () => {
    const text = "Kenya sent envoys. They condemned Ethiopia.";
    const cs = suggest(text, fresh);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ quote: text, sentence: 0, type: "estrangement" });
    expect(suggest(text, fresh, { neighbours: false })).toEqual([]);
  });

  it("finds nothing in a text that names fewer than two actors, or none", () => {
    expect(suggest("", fresh)).toEqual([]);
    expect(suggest("Nothing to see here. Only France.", fresh)).toEqual([]);
    expect(suggest("France and France again.", null)).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.";
    expect(suggest(text, fresh)).toEqual(suggest(text, fresh));
  });
});

describe("src/model/suggest runs anywhere", () => {
  it("imports no Node module and touches no DOM, so a web worker can run it", () => {
    const dir = fileURLToPath(new URL("../../src/model/suggest/", import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const code = readFileSync(`${dir}${f}`, "utf8");
      expect(code, f).not.toMatch(/from\s+["'](node:|fs|path|url|os|child_process)/);
      expect(code, f).not.toMatch(/\b(document|window|localStorage|process)\./);
      // Only the model's own modules, its data and the NLP packages.
      for (const m of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm)) expect(m[1], f).toMatch(/^(\.{1,2}\/|wink-nlp$|wink-eng-lite-web-model$)/);
    }
  });
});
