/**
 * The thirteenth round's mechanisms, each on wording of its own (not the fixtures'): names joined by
 * hyphens and their acronyms; a person the text says leads an actor.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { buildGazetteer, learnNames, withLearnedNames } from "../../src/model/suggest/gazetteer.ts";
import { learnPeople } from "../../src/model/suggest/people.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { analyseText, type Token } from "../../src/model/suggest/nlp.ts";
import { clauseBreaks, relativeClauseAt } from "../../src/model/suggest/context.ts";
import type { CueHit } from "../../src/model/suggest/cues.ts";
import type { PlacedMention } from "../../src/model/suggest/pairs.ts";
import { leaderKey, leaderState } from "../../src/model/suggest/data/leaders.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));
const learned = (text: string) => learnNames(text, buildGazetteer([])).map((n) => `${n.actor.id}:${n.forms.join("|")}`);

describe("names joined by hyphens, and their acronyms", () => {
  it("gives an acronym with a hyphen the gold convention's id, squashed, and keeps the hyphen in its form", () => {
    expect(learned("Chad hosted the Darfur Liberation Front-in-Exile (DLF-E) in May.")).toEqual(["DLFE:Darfur Liberation Front-in-Exile|DLF-E"]);
  });

  it("keeps the words a hyphen joins to a name's head word in the name ('Front-in-Exile'), not a participle after it", () => {
    expect(learned("Soldiers clashed with the Darfur Liberation Front-in-Exile on Monday.")).toEqual(["DARFURLIBERATIONFRONTINEXILE:Darfur Liberation Front-in-Exile"]);
    // Ordinary hyphenated words stay as they were.
    expect(learned("The self-declared Ogaden Liberation Front attacked al-Shabaab, and the Nile Liberation Front-backed militia fled the pro-government forces.")).toEqual([
      "OGADENLIBERATIONFRONT:Ogaden Liberation Front",
      "NILELIBERATIONFRONT:Nile Liberation Front",
    ]);
  });

  it("lists an unknown acronym with a hyphen under its squashed id", () => {
    const names = unrecognisedNames("The JEM-N accused Chad of bombing its bases. The JEM-N said it would fight on.", fresh);
    expect(names).toMatchObject([{ name: "JEM-N", id: "JEMN", count: 2 }]);
  });

  it("lists a name with a number when a party's word follows it ('K-12 rebels'), not a model ('F-16 jets')", () => {
    expect(unrecognisedNames("Uganda's army fought K-12 rebels in the north. The K-12 rebels said Uganda had bought F-16 jets.", fresh)).toMatchObject([{ name: "K-12", id: "K12", count: 2 }]);
  });

  it("reads a known acronym of letters and a number written with a hyphen ('M-23' for M23)", () => {
    const cs = suggest("Rwanda is backing M-23 rebels, who attacked Congo.", fresh);
    expect(find(cs, "RWA", "M23")).toMatchObject({ sign: 1, target: { mention: "M-23" } });
  });
});

describe("a person the text says leads an actor", () => {
  // Ali Ahmad Jalali is in the bundled list of leaders, as Afghanistan's (a minister, 2003–2005).
  const text =
    "Ali Ahmad Jalali flew to Islamabad on Monday. Jalali, who leads the Green Path Movement (GPM), accused Pakistan of attacking its bases.";

  it("binds a surname written alone before ', who leads …' to that actor, with the full name the text wrote before", () => {
    const gazetteer = withLearnedNames(buildGazetteer([]), learnNames(text, buildGazetteer([])));
    const people = learnPeople(text, gazetteer).map((l) => `${l.actor.id}:${[...l.forms].sort().join("|")}`);
    expect(people).toEqual(["GPM:Ahmad Jalali|Ali Ahmad Jalali|Jalali"]);
  });

  it("reads the text's word over the bundled list: the person stands for the actor led, not the state", () => {
    const cs = suggest(text, fresh);
    expect(find(cs, "GPM", "PAK")).toMatchObject({ sign: -1 });
    expect(cs.some((c) => c.source.id === "AFG" || c.target.id === "AFG")).toBe(false);
  });
});

describe("a cue in the main clause and a name inside a relative clause", () => {
  /** The mention of `name` and the cue `word` in `text`, placed on its tokens. */
  const place = (tokens: Token[], text: string, name: string): PlacedMention => {
    const start = text.indexOf(name);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findLastIndex((t) => t.end === start + name.length);
    return { actor: name, start, end: start + name.length, form: "name", firstToken: first, lastToken: last };
  };
  const cueAt = (tokens: Token[], word: string): CueHit => {
    const k = tokens.findIndex((t) => t.lower === word);
    return { class: "cooperation", weight: 1, phrase: word, first: k, last: k, negated: false };
  };

  it("finds the relative clause a token stands in, from its comma to the next", () => {
    const text = "Kenya, which borders Somalia, pledged to support Ethiopia.";
    const { tokens } = analyseText(text);
    const somalia = place(tokens, text, "Somalia");
    const clause = relativeClauseAt(tokens, somalia.firstToken);
    expect(clause && text.slice(tokens[clause[0]]!.start, tokens[clause[1]]!.end)).toBe(", which borders Somalia");
    expect(relativeClauseAt(tokens, place(tokens, text, "Ethiopia").firstToken)).toBeUndefined();
  });

  it("counts the clause's edge as a break between the cue outside and the name inside, not for the name it describes", () => {
    const text = "Kenya, which borders Somalia, pledged to support Ethiopia.";
    const { tokens } = analyseText(text);
    const [kenya, somalia, ethiopia] = ["Kenya", "Somalia", "Ethiopia"].map((n) => place(tokens, text, n)) as [PlacedMention, PlacedMention, PlacedMention];
    const support = cueAt(tokens, "support");
    expect(clauseBreaks(tokens, support, kenya, ethiopia)).toBe(0);
    expect(clauseBreaks(tokens, support, somalia, ethiopia)).toBe(1);
    // A cue inside the clause speaks of the name it describes and the names inside it.
    expect(clauseBreaks(tokens, cueAt(tokens, "borders"), kenya, somalia)).toBe(0);
  });

  it("reads the main clause's cue less for a name inside the clause ('… remains its closest ally, which has left Libya wary')", () => {
    const text = "Chad remains Niger's closest ally, which has left Libya wary of the deal.";
    const ally = suggest(text, fresh).find((c) => c.cue?.phrase === "ally" && [c.source.id, c.target.id].includes("LBY"));
    const own = find(suggest(text, fresh), "TCD", "NER");
    expect(own).toMatchObject({ sign: 1, cue: { phrase: "ally" } });
    expect(ally === undefined || ally.score < own!.score).toBe(true);
  });
});

describe("a leader named without a middle or last name", () => {
  it("reads a two-word name as the bundled row it shortens, when all such rows are of one state", () => {
    // The list has "kassym jomart tokayev" (Kazakhstan) and "recep tayyip erdogan" (Turkey).
    expect(leaderState(leaderKey("Kassym Tokayev"))).toBe("KAZ");
    expect(leaderState(leaderKey("Recep Erdoğan"))).toBe("TUR");
    expect(find(suggest("Kassym Tokayev condemned Russia on Monday.", fresh), "KAZ", "RUS")).toMatchObject({ sign: -1 });
    // Rows of an office or a body are no person's name to shorten ("crown prince haakon", "united states president …").
    expect(leaderState(leaderKey("Crown Prince"))).toBeUndefined();
    expect(leaderState(leaderKey("Russian President"))).toBeUndefined();
  });
});

describe("an acronym the text gives in words", () => {
  it("reads 'known by its initials as X' after a learned name or its description as that name's acronym and id", () => {
    expect(learned("Chad fought the Darfur Salvation Front, a rebel group known by its Arabic initials as DAS, in May.")).toEqual(["DAS:Darfur Salvation Front|DAS"]);
    expect(learned("Chad fought the Darfur Salvation Front, known by its initials as DSF.")).toEqual(["DSF:Darfur Salvation Front|DSF"]);
  });
});

describe("breaking with another", () => {
  it.each(["Kenya broke with Uganda in May.", "Kenya split with Uganda over the port.", "Kenya fell out with Uganda.", "Kenya parted ways with Uganda."])("reads %s as estrangement", (text) => {
    expect(find(suggest(text, fresh), "KEN", "UGA")).toMatchObject({ sign: -1 });
  });
});

describe("hosting another's forces", () => {
  it("reads hosting another's troops, bases or fleet as a bond, not mediation, also where the tagger calls 'hosts' a noun", () => {
    expect(find(suggest("Djibouti, which hosts French troops, condemned Eritrea.", fresh), "DJI", "FRA")).toMatchObject({ sign: 1 });
    expect(find(suggest("Kenya hosts a British naval base near Mombasa.", fresh), "KEN", "GBR")).toMatchObject({ sign: 1 });
    // Hosting talks stays mediation.
    expect(find(suggest("Kenya hosted talks between Sudan and Chad.", fresh), "KEN", "SDN")).toMatchObject({ sign: 0 });
  });
});

describe("ending support", () => {
  it("reads froze, suspended or ended support, funding or loans as estrangement, not the support", () => {
    expect(find(suggest("Norway froze budget support for Malawi in 2021.", fresh), "NOR", "MWI")).toMatchObject({ sign: -1 });
    expect(find(suggest("Norway suspended its funding to Malawi.", fresh), "NOR", "MWI")).toMatchObject({ sign: -1 });
    expect(find(suggest("Russia will end its support for Syria.", fresh), "RUS", "SYR")).toMatchObject({ sign: -1 });
  });
});

describe("turning something into a weapon", () => {
  it("reads 'using food as a weapon' and 'weaponising gas' against another as estrangement, not the weapon's supply", () => {
    expect(find(suggest("Kenya said Moscow was using food as a weapon.", fresh), "KEN", "RUS")).toMatchObject({ sign: -1 });
    expect(find(suggest("Poland said Russia was weaponising gas supplies.", fresh), "POL", "RUS")).toMatchObject({ sign: -1 });
  });
});
