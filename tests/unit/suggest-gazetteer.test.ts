/** The gazetteer: which actors a text names, where, and how. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "world-countries";
import { buildGazetteer, findMentions, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { STATE_SUPPLEMENT } from "../../src/model/suggest/data/bodies.ts";
import { countriesGazetteer } from "../../scripts/gazetteerData.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Actor, Dataset } from "../../src/model/schema.ts";

const karabakh = DEFAULT_DATASET_JSON as Dataset;
const bundled = buildGazetteer([]);
const withKarabakh = buildGazetteer(karabakh.actors);

/** "text→actor/form" for each mention. */
function mentions(text: string, gazetteer = bundled): string[] {
  return findMentions(text, gazetteer).map((m) => `${text.slice(m.start, m.end)}→${m.actor}/${m.form}${m.compound ? `-${m.compound}` : ""}`);
}

describe("the bundled gazetteer", () => {
  it("does not read a region's people-word as a state's ('South American', 'Latin American'), nor a state's own ('South African')", () => {
    expect(mentions("Two South American states, Latin American leaders, Pan-American games; American troops, South African and North Korean envoys.")).toEqual([
      "American→USA/demonym", "South African→ZAF/demonym", "North Korean→PRK/demonym",
    ]);
  });

  it("knows states by name, capital and people-word, and bodies by name and acronym", () => {
    expect(mentions("Armenia, Yerevan and the Armenians; Moscow and the Kremlin; Russian troops.")).toEqual([
      "Armenia→ARM/name", "Yerevan→ARM/metonym", "Armenians→ARM/demonym", "Moscow→RUS/metonym", "the Kremlin→RUS/metonym", "Russian→RUS/demonym",
    ]);
    expect(mentions("NATO, the EU, the U.N. Security Council, the ICC and the OSCE.")).toEqual([
      "NATO→NATO/name", "EU→EU/name", "U.N. Security Council→UN/name", "ICC→ICC/name", "OSCE→OSCE/name",
    ]);
    expect(mentions("Turkey and Türkiye, Britain and the U.S., Washington and Saudi Arabia.")).toEqual([
      "Turkey→TUR/name", "Türkiye→TUR/name", "Britain→GBR/name", "U.S→USA/name", "Washington→USA/metonym", "Saudi Arabia→SAU/name",
    ]);
  });

  it("reads a seat of government the country data does not give as the capital as its state", () => {
    expect(mentions("Bujumbura accused Rangoon; La Paz, Cotonou and Sanaa replied.")).toEqual([
      "Bujumbura→BDI/metonym", "Rangoon→MMR/metonym", "La Paz→BOL/metonym", "Cotonou→BEN/metonym", "Sanaa→YEM/metonym",
    ]);
  });

  it("holds one supplement entry per state: a second would replace the first's names", () => {
    const states = STATE_SUPPLEMENT.map((s) => s.iso3);
    expect(states.filter((s, i) => states.indexOf(s) !== i)).toEqual([]);
  });

  it("reads the English adjectives the country data spells otherwise, not an ethnic word that crosses borders", () => {
    expect(mentions("Comorian troops, Djiboutian officers and a Briton met Timorese and Salvadorean envoys.")).toEqual([
      "Comorian→COM/demonym", "Djiboutian→DJI/demonym", "Briton→GBR/demonym", "Timorese→TLS/demonym", "Salvadorean→SLV/demonym",
    ]);
    expect(mentions("The Tajik commander met leaders of the Nepali Congress.")).toEqual([]);
  });

  it("offers an actor the dataset lacks as new, with its ISO code", () => {
    const georgia = bundled.actors.get("GEO")!;
    expect(georgia).toEqual({ id: "GEO", label: "Georgia", kind: "state", iso3: "GEO", inDataset: false });
    expect(bundled.actors.get("NATO")).toMatchObject({ kind: "organization", inDataset: false });
    expect(bundled.actors.get("XKX")).toEqual({ id: "XKX", label: "Kosovo", kind: "state", inDataset: false });
  });

  it("honours capitalisation: Turkey the state, not turkey the bird; acronyms exactly", () => {
    expect(mentions("We ate turkey in china with a chad.")).toEqual([]);
    expect(mentions("Nato and Who said so.")).toEqual([]);
    expect(mentions("TURKEY said so.")).toEqual(["TURKEY→TUR/name"]);
  });

  it("matches whole words only, and the longest form", () => {
    expect(mentions("Omani ports; the Republic of Armenia; Nigeria and Niger.")).toEqual([
      "Omani→OMN/demonym", "Republic of Armenia→ARM/name", "Nigeria→NGA/name", "Niger→NER/name",
    ]);
    expect(mentions("Armeniaa and Russiaa")).toEqual([]);
  });

  it("reads 'Moscow-led' and 'Iran-aligned' as the name plus a modifier", () => {
    expect(mentions("a Moscow-led bloc and the Iran-aligned Houthi rebels")).toEqual(["Moscow→RUS/metonym-led", "Iran→IRN/name-aligned", "Houthi→HOUTHIS/name"]);
  });

  it("drops forms that would name two states", () => {
    expect(mentions("Congolese and Dominican officials")).toEqual([]);
    expect(mentions("DR Congo and Congo-Brazzaville")).toEqual(["DR Congo→COD/name", "Congo-Brazzaville→COG/name"]);
  });
});

describe("with a dataset", () => {
  it("maps bundled entries onto the dataset's actors by ISO code, id or name", () => {
    // RUS by ISO code; the EU and the US are the dataset's EUUS by its aliases, and so is "American".
    expect(mentions("Russia, the European Union, the United States and American diplomats", withKarabakh)).toEqual([
      "Russia→RUS/name", "European Union→EUUS/name", "United States→EUUS/name", "American→EUUS/demonym",
    ]);
    expect(withKarabakh.actors.get("EUUS")!.inDataset).toBe(true);
    expect(withKarabakh.actors.get("GEO")!.inDataset).toBe(false);
  });

  it("resolves the paraphrase's odd names through the dataset's aliases", () => {
    expect(mentions("the Global Lawbreaker Court and the European Association; Armenian rebel powers", withKarabakh)).toEqual([
      "Global Lawbreaker Court→ICC/name", "European Association→EUUS/name", "Armenian rebel powers→NKR/name",
    ]);
    // "Moscow-drove" is Moscow-led: the alias that starts with it does not swallow Moscow.
    expect(mentions("the Moscow-drove Aggregate Security Settlement Association", withKarabakh)).toEqual([
      "Moscow→RUS/metonym-drove", "Aggregate Security Settlement Association→CSTO/name",
    ]);
  });

  it("lets a dataset alias win over the same bundled form", () => {
    const actors: Actor[] = [{ id: "WEST", label: "The West", kind: "bloc", aliases: ["Washington"] }];
    // The form stays what the bundled data knows it as: a seat of power.
    expect(mentions("Washington and Paris", buildGazetteer(actors))).toEqual(["Washington→WEST/metonym", "Paris→FRA/metonym"]);
  });

  it("builds once per actors array", () => {
    expect(buildGazetteer(karabakh.actors)).toBe(withKarabakh);
  });
});

describe("countries.json", () => {
  it("is what scripts/build-gazetteer.ts makes from the installed world-countries (npm run gazetteer)", () => {
    const committed = readFileSync(fileURLToPath(new URL("../../src/model/suggest/data/countries.json", import.meta.url)), "utf8");
    expect(committed).toBe(countriesGazetteer(countries));
  });

  it("keeps its licence notice beside it", () => {
    const notice = readFileSync(fileURLToPath(new URL("../../src/model/suggest/data/countries.LICENSE.md", import.meta.url)), "utf8");
    expect(notice).toContain("Open Database License (ODbL) 1.0");
    expect(notice).toContain("mledoze/countries");
  });
});

describe("names a text introduces itself", () => {
  const learnt = (text: string) => learnNames(text, buildGazetteer([])).map((l) => ({ id: l.actor.id, label: l.actor.label, kind: l.actor.kind, forms: l.forms }));

  it("learns a capitalised name followed by its acronym in parentheses, as a new actor with the acronym as id", () => {
    expect(learnt("Fighting broke out between the army and the Desert Shield Forces (DSF) in April.")).toEqual([
      { id: "DSF", label: "Desert Shield Forces", kind: "non-state", forms: ["Desert Shield Forces", "DSF"] },
    ]);
    // Letters in order, not all initials ("IGAD"); the head word gives the kind.
    expect(learnt("Kenya hosted the Intergovernmental Authority on Fisheries (IGAF) summit.")).toMatchObject([{ id: "IGAF", kind: "organization" }]);
    // An acronym that is not the name's is not learned; a known name's acronym is a form of it.
    expect(learnt("He joined the Peace Talks Team (ZQX) in May.")).toEqual([]);
    expect(learnt("The European Union (EU) condemned it.")).toEqual([{ id: "EU", label: "European Union", kind: "bloc", forms: ["EU"] }]);
    // A sentence's opening word before an article is not part of the name ("Meanwhile the …").
    expect(learnt("Meanwhile the Coordination of Caspian Movements (CCM) accused Russia.")).toMatchObject([{ id: "CCM", label: "Coordination of Caspian Movements" }]);
    expect(learnt("Yesterday the Front for the Liberation of Zeta (FLZ) said so.")).toMatchObject([{ id: "FLZ", label: "Front for the Liberation of Zeta" }]);
    // Nor is the article opening the sentence ("A U.N. Transition Assistance Group (UNTAG) will …").
    expect(learnt("Kenya agreed. A Regional Verification Force (RVF) will watch the border.")).toMatchObject([{ id: "RVF", label: "Regional Verification Force" }]);
    // Nor a possessive's "s" whose owner is a common noun ("the president's National … Movement (NRM)").
    expect(learnt("A party allied with the president's National Unity Movement (NUM) objected.")).toMatchObject([{ id: "NUM", label: "National Unity Movement" }]);
  });

  it("learns companies and groups a text names: a one-word name with a capital inside, a company's head word, a name after a description", () => {
    expect(learnt("A consortium led by ExxonMobil found oil; McDonald and DeSantis spoke.")).toEqual([{ id: "EXXONMOBIL", label: "ExxonMobil", kind: "organization", forms: ["ExxonMobil"] }]);
    expect(learnt("Talks with Chevron Corporation resumed.")).toMatchObject([{ label: "Chevron Corporation", kind: "organization" }]);
    expect(learnt("The mining firm Glencore met the armed group Ansar Dine.")).toMatchObject([{ id: "GLENCORE", kind: "organization" }, { label: "Ansar Dine", kind: "non-state" }]);
    // The "s" of a possessive inside a name is no initial.
    expect(learnt("The Tigray People's Liberation Front objected.")).toMatchObject([{ id: "TIGRAYPEOPLESLIBERATIONFRONT", label: "Tigray People's Liberation Front" }]);
  });

  it("learns a name after 'known as' / 'called', and a name given as another form of the one before it", () => {
    expect(learnt("A militia known as the Janjaweed attacked villages.")).toEqual([{ id: "JANJAWEED", label: "Janjaweed", kind: "non-state", forms: ["Janjaweed"] }]);
    expect(learnt("Rebels of the April 19 Movement, known as A19, advanced.")).toEqual([
      { id: "APRIL19MOVEMENT", label: "April 19 Movement", kind: "non-state", forms: ["April 19 Movement", "A19"] },
    ]);
  });

  it("takes a possessive inside a name but not a known actor's, an acronym with one letter of another language, and a learned name written again as itself", () => {
    expect(learnt("Sudan ended its accord with the Sudan People's Liberation Movement (SPLM).")).toMatchObject([{ id: "SPLM", label: "Sudan People's Liberation Movement" }]);
    expect(learnt("Sudan's Desert Shield Forces attacked.")).toMatchObject([{ label: "Desert Shield Forces" }]);
    expect(learnt("Qatar hosted the Front for Change and Concord in Chad (FACT). Later the Front for Change and Concord in Chad attacked.")).toEqual([
      { id: "FACT", label: "Front for Change and Concord in Chad", kind: "non-state", forms: ["Front for Change and Concord in Chad", "FACT"] },
    ]);
  });

  it("learns a run of capitalised words with a body's or armed group's head word, but not a state's own forces or a headline", () => {
    expect(learnt("Chad and the Coordination of Azawad Movements met in Algiers.")).toEqual([
      { id: "COORDINATIONOFAZAWADMOVEMENTS", label: "Coordination of Azawad Movements", kind: "non-state", forms: ["Coordination of Azawad Movements"] },
    ]);
    expect(learnt("The Arakan Army seized the town.")).toMatchObject([{ label: "Arakan Army", kind: "non-state" }]);
    expect(learnt("Sudanese Armed Forces shelled the city.")).toEqual([]);
    expect(learnt("Army Chief Meets Rebel Group Leaders\nThe talks began.")).toEqual([]);
    expect(learnt("The army met the rebels.")).toEqual([]);
  });
});
