/** People named with their office speak for their actor (people.ts), and short names of states (gazetteer.ts). */
import { describe, expect, it } from "vitest";
import { buildGazetteer, findMentions, learnShortNames, shortNames, withLearnedNames } from "../../src/model/suggest/gazetteer.ts";
import { learnPeople } from "../../src/model/suggest/people.ts";
import { suggest } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const bundled = buildGazetteer([]);
const fresh = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };

/** "actor: form, form" for each actor a text's people are bound to. */
const people = (text: string) => learnPeople(text, bundled).map((l) => `${l.actor.id}: ${l.forms.join(", ")}`);
/** "text→actor" for each mention, with the text's people and short names learned. */
function mentions(text: string): string[] {
  const withShort = withLearnedNames(bundled, learnShortNames(text, bundled));
  const g = withLearnedNames(withShort, learnPeople(text, withShort));
  return findMentions(text, g).map((m) => `${text.slice(m.start, m.end)}→${m.actor}`);
}

describe("people named with their office", () => {
  it("binds a name after a people-word or a possessive and an office to that state, with its surname", () => {
    expect(people("Venezuelan President Nicolás Maduro spoke.")).toEqual(["VEN: Nicolás Maduro, Maduro, Nicolas Maduro"]);
    expect(people("Ethiopia's prime minister, Abiy Ahmed, flew in.")).toEqual(["ETH: Abiy Ahmed, Ahmed"]);
    expect(people("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, hosted them.")).toEqual(["QAT: Sheikh Tamim bin Hamad Al Thani, Tamim bin Hamad Al Thani, Thani, Al Thani"]);
    expect(people("UN Secretary-General António Guterres spoke.")).toEqual(["UN: António Guterres, Guterres, Antonio Guterres"]);
  });

  it("binds 'Office Name of State', 'Name, the office of State', 'the office of State, Name' and 'Name, State's office'", () => {
    expect(people("President William Ruto of Kenya arrived.")).toEqual(["KEN: William Ruto, Ruto"]);
    expect(people("They were met by Ralph Gonsalves, the prime minister of St Vincent and the Grenadines.")).toEqual(["VCT: Ralph Gonsalves, Gonsalves"]);
    expect(people("The talks were led by the prime minister of Saint Lucia, Philip Pierre.")).toEqual(["LCA: Philip Pierre, Pierre"]);
    expect(people("Abiy Ahmed, Ethiopia's prime minister, flew in.")).toEqual(["ETH: Abiy Ahmed, Ahmed"]);
  });

  it("binds names of an office's holders listed after it, in order, and a name 'of State' shortly after an office", () => {
    expect(people("The presidents of Venezuela and Guyana met on Thursday. Nicolás Maduro and Irfaan Ali shook hands.")).toEqual(["VEN: Nicolás Maduro, Maduro, Nicolas Maduro", "GUY: Irfaan Ali, Ali"]);
    expect(people("The foreign ministers, Olivier Nduhungirehe of Rwanda and Thérèse Kayikwamba Wagner of Kenya, signed.")).toEqual(["RWA: Olivier Nduhungirehe, Nduhungirehe", "KEN: Thérèse Kayikwamba Wagner, Wagner, Kayikwamba Wagner, Therese Kayikwamba Wagner"]);
    // No office near: a name "of" a state is no one's ("a report by Jane Smith of Kenya").
    expect(people("A report by Jane Smith of Kenya was read.")).toEqual([]);
  });

  it("binds nothing without an actor, and a surname that two actors' people share to neither", () => {
    expect(people("Secretary of State Jane Doesmith spoke.")).toEqual([]);
    expect(people("Kenyan President Ann Smith met Ugandan President Bob Smith.")).toEqual(["KEN: Ann Smith", "UGA: Bob Smith"]);
  });

  it("reads the person's later mentions as the state, in suggestions too", () => {
    expect(mentions("Venezuelan President Nicolás Maduro arrived. Maduro met Guyana's leaders.")).toEqual(["Venezuelan→VEN", "Nicolás Maduro→VEN", "Maduro→VEN", "Guyana→GUY"]);
    const [c] = suggest("Venezuelan President Nicolás Maduro arrived on Monday.\nLater Maduro condemned Guyana.", fresh);
    expect(c).toMatchObject({ source: { id: "VEN", mention: "Maduro" }, target: { id: "GUY" }, type: "estrangement" });
  });
});

describe("short names of states", () => {
  it("adds 'St' for 'Saint' and the first part of a name joined by 'and'", () => {
    expect(shortNames(["Saint Vincent and the Grenadines"])).toEqual(["Saint Vincent", "St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent", "St. Vincent"]);
    expect(mentions("Saint Vincent, St Lucia, St. Kitts and Nevis, Trinidad.")).toEqual(["Saint Vincent→VCT", "St Lucia→LCA", "St. Kitts and Nevis→KNA", "Trinidad→TTO"]);
  });

  it("gives a short name to the state a text names in full ('Democratic Republic of Congo' … 'Congo'), unless it names the other too", () => {
    expect(mentions("The Democratic Republic of Congo and Rwanda signed. Congo said so.")).toEqual(["Democratic Republic of Congo→COD", "Rwanda→RWA", "Congo→COD"]);
    expect(mentions("Congo said so.")).toEqual(["Congo→COG"]);
    expect(mentions("The Democratic Republic of Congo met Brazzaville. Congo said so.")).toEqual(["Democratic Republic of Congo→COD", "Brazzaville→COG", "Congo→COG"]);
  });

  it("gives it too when the text names that state by another form only ('Kinshasa' … 'Congo'), unless it names the other otherwise", () => {
    expect(mentions("Kinshasa won its case over Uganda's occupation during Congo's war.")).toEqual(["Kinshasa→COD", "Uganda→UGA", "Congo→COD"]);
    expect(mentions("The DRC and Congo met.")).toEqual(["DRC→COD", "Congo→COD"]);
    expect(mentions("Kinshasa and Brazzaville met. Congo said so.")).toEqual(["Kinshasa→COD", "Brazzaville→COG", "Congo→COG"]);
    // Taiwan is the "Republic of China", but "China" is the People's Republic's own name.
    expect(mentions("Taipei and China met.")).toEqual(["Taipei→TWN", "China→CHN"]);
  });

  it("gives a people-word two states share ('Congolese', 'Dominican') to the one the text names otherwise, and to neither without", () => {
    expect(mentions("Kinshasa spoke. Congolese troops advanced.")).toEqual(["Kinshasa→COD", "Congolese→COD"]);
    expect(mentions("The Democratic Republic of Congo and Congolese troops.")).toEqual(["Democratic Republic of Congo→COD", "Congolese→COD"]);
    expect(mentions("Santo Domingo and Dominican police.")).toEqual(["Santo Domingo→DOM", "Dominican→DOM"]);
    expect(mentions("Congolese troops advanced.")).toEqual([]);
    expect(mentions("Kinshasa and Brazzaville: Congolese troops.")).toEqual(["Kinshasa→COD", "Brazzaville→COG"]);
  });
});
