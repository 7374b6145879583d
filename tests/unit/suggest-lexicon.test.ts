/** The cue lexicon as data, and finding its cues in text. */
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_MEASURES, COOPERATIVE_BONDS, CUE_CLASSES, CUE_LEXICON, ENDING_VERBS, LEAVING_VERBS, MAX_GAP, RELATION_WORDS, TERMINATING_VERBS, PUNITIVE_MEASURES, WORSENING_WORDS } from "../../src/model/suggest/lexicon.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { chooseType } from "../../src/model/suggest/suggest.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset, RelationType } from "../../src/model/schema.ts";

const karabakhTypes = (DEFAULT_DATASET_JSON as Dataset).relationTypes;

/** The cues of a one-sentence text, as "phrase:class" strings, with "!" when negated. */
function cuesOf(text: string): string[] {
  const a = analyseText(text);
  return findCues(a.tokens, 0, a.tokens.length, []).map((c) => `${c.phrase}:${c.class}${c.negated ? "!" : ""}`);
}

describe("the cue lexicon (data)", () => {
  it("is well formed: known classes, weights in (0, 1], lower-case phrases, no phrase twice", () => {
    const seen = new Set<string>();
    for (const e of CUE_LEXICON) {
      expect(Object.keys(CUE_CLASSES)).toContain(e.class);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.phrase).toBe(e.phrase.toLowerCase().trim());
      expect(e.phrase).not.toBe("");
      const key = `${e.phrase}|${e.pos ?? ""}`;
      expect(seen.has(key), `"${e.phrase}" listed twice`).toBe(false);
      seen.add(key);
    }
    expect(MAX_GAP).toBeGreaterThanOrEqual(1);
  });

  it("covers each class with the issue's examples", () => {
    const classOf = (phrase: string) => CUE_LEXICON.find((e) => e.phrase === phrase)?.class;
    expect(["ally", "back", "arm", "support", "partner"].map(classOf)).toEqual(["alliance", "cooperation", "cooperation", "cooperation", "cooperation"]);
    expect(["condemn", "accuse", "freeze", "expel", "sanction"].map(classOf)).toEqual(Array(5).fill("estrangement"));
    expect(["invade", "attack", "war"].map(classOf)).toEqual(Array(3).fill("hostility"));
    expect(["broker", "mediate", "host talk"].map(classOf)).toEqual(Array(3).fill("mediation"));
    expect(classOf("join")).toBe("membership");
    expect(classOf("arrest warrant")).toBe("prosecution");
  });

  it("gives each class a sign, and the dataset's type for it: a preferred id, else one of the same sign", () => {
    expect(CUE_CLASSES.cooperation.sign).toBe(1);
    expect(CUE_CLASSES.estrangement.sign).toBe(-1);
    expect(CUE_CLASSES.mediation.sign).toBe(0);
    expect(chooseType("alliance", karabakhTypes)).toBe("alliance");
    expect(chooseType("cooperation", karabakhTypes)).toBe("partnership");
    expect(chooseType("hostility", karabakhTypes)).toBe("hostility");
    expect(chooseType("prosecution", karabakhTypes)).toBe("prosecution");
    const two: RelationType[] = [
      { id: "friends", label: "Friends", sign: 1, directed: false, color: "#009E73" },
      { id: "foes", label: "Foes", sign: -1, directed: false, color: "#D55E00" },
    ];
    expect(chooseType("alliance", two)).toBe("friends");
    expect(chooseType("hostility", two)).toBe("foes");
    expect(chooseType("mediation", two)).toBeNull();
    expect(chooseType("cooperation", [])).toBeNull();
  });
});

describe("finding cues", () => {
  it("matches inflected forms by lemma", () => {
    expect(cuesOf("Yerevan condemned the move.")).toEqual(["condemn:estrangement"]);
    expect(cuesOf("In February he froze the assets.")).toContain("freeze:estrangement");
  });

  it("matches a phrase with words between its parts, and prefers it to its single words", () => {
    expect(cuesOf("Oman hosted earlier rounds of talks.")).toEqual(["host talk:mediation"]);
    expect(cuesOf("They agreed to restore diplomatic relations.")).toEqual(["restore diplomatic relation:cooperation"]);
  });

  it("does not bridge punctuation inside a phrase", () => {
    expect(cuesOf("Oman hosted, earlier, the talks.")).toEqual(["host:mediation", "talk:mediation"]);
  });

  it("restricts ambiguous words to their part of speech", () => {
    expect(cuesOf("Soldiers arrived quite a while back.")).toEqual([]);
    expect(cuesOf("Paris backed the rebels.")).toEqual(["back:cooperation"]);
    // The tagger reads "back" after "will" or "to" as an adverb; it is taken as the verb there.
    expect(cuesOf("Paris will back the rebels.")).toEqual(["back:cooperation"]);
    expect(cuesOf("They want to back Ukraine.")).toEqual(["back:cooperation"]);
  });

  it("lemmatises what the tagger leaves as it is: a participle it calls an adjective, a plural opening a sentence", () => {
    expect(cuesOf("Talks were mediated and the visit was hosted.")).toEqual(["talk:mediation", "mediate:mediation", "host:mediation"]);
    expect(cuesOf("Allies were alarmed.")).toEqual(["ally:alliance", "alarm:estrangement"]);
  });

  it("reads the end of an adversarial measure as cooperation, winning over the measure itself", () => {
    expect(cuesOf("Riyadh lifted the blockade.")).toEqual(["lift blockade:cooperation"]);
    expect(cuesOf("The four states ended their three-year boycott.")).toEqual(["end boycott:cooperation"]);
    expect(cuesOf("The lifting of sanctions and the easing of the embargo followed the end of the boycott.")).toEqual(["lift sanction:estrangement", "easing embargo:estrangement", "end boycott:cooperation"]);
    expect(cuesOf("They called off the boycott and healed the rift.")).toEqual(["call off boycott:cooperation", "heal rift:cooperation"]);
    // The measure alone is adversarial.
    expect(cuesOf("They imposed a boycott and a blockade.")).toEqual(["boycott:estrangement", "blockade:estrangement"]);
    // Every verb with every measure is in the lexicon, as cooperation; with a penalty (sanctions, an
    // embargo) as estrangement since the sixteenth round, the gold convention.
    for (const verb of TERMINATING_VERBS) for (const measure of ADVERSARIAL_MEASURES) expect(CUE_LEXICON.find((e) => e.phrase === `${verb} ${measure}`)?.class).toBe(PUNITIVE_MEASURES.includes(measure) ? "estrangement" : "cooperation");
  });

  it("reads the end of a cooperative bond as estrangement, as one cue over the bond's words", () => {
    expect(cuesOf("Ghana tore up the military cooperation agreements with Togo.")).toEqual(["tear up cooperation:estrangement"]);
    expect(cuesOf("Chad scrapped its defence pact with Paris.")).toEqual(["scrap pact:estrangement"]);
    expect(cuesOf("Lima suspended the partnership.")).toEqual(["suspend partnership:estrangement"]);
    expect(cuesOf("Kenya pulled out of the trade accord.")).toEqual(["pull out of accord:estrangement"]);
    expect(cuesOf("The junta revoked the treaty and cancelled the arms deal.")).toEqual(["revoke treaty:estrangement", "cancel deal:estrangement"]);
    // The bond alone is cooperative; ending an adversarial measure still is cooperation.
    expect(cuesOf("They signed a cooperation agreement.")).toEqual(["sign agreement:cooperation"]);
    expect(cuesOf("They ended the boycott.")).toEqual(["end boycott:cooperation"]);
    for (const verb of ENDING_VERBS) for (const bond of COOPERATIVE_BONDS) if (`${verb} ${bond}` !== "cut tie") expect(CUE_LEXICON.find((e) => e.phrase === `${verb} ${bond}`)?.class).toBe("estrangement");
  });

  it("reads relations going bad as estrangement, in either order, across the names they enclose", () => {
    expect(cuesOf("Relations with Chile have soured.")).toEqual(["relation sour:estrangement"]);
    expect(cuesOf("Ties between the two deteriorated sharply.")).toEqual(["tie deteriorate:estrangement"]);
    expect(cuesOf("Their relationship has frayed.")).toEqual(["relationship fray:estrangement"]);
    expect(cuesOf("The row strained ties.")).toEqual(["strain tie:estrangement"]);
    // Names stand inside the phrase: blocked tokens do not break it.
    const a = analyseText("Relations between Chile and Peru soured.");
    const blocked = a.tokens.map((t) => t.lower === "chile" || t.lower === "peru");
    expect(findCues(a.tokens, 0, a.tokens.length, blocked).map((c) => c.phrase)).toEqual(["relation sour"]);
    for (const w of WORSENING_WORDS) for (const r of RELATION_WORDS) expect(CUE_LEXICON.find((e) => e.phrase === `${r} ${w}`)?.acrossNames).toBe(true);
  });

  it("reads leaving a body as membership with estrangement as its second class", () => {
    const withAlso = (text: string) => {
      const a = analyseText(text);
      return findCues(a.tokens, 0, a.tokens.length, []).map((c) => `${c.phrase}:${c.class}+${c.also ?? ""}`);
    };
    expect(withAlso("Mali left the bloc.")).toEqual(["leave:membership+estrangement"]);
    expect(withAlso("Gabon walked out of the cartel.")).toEqual(["walk out of:membership+estrangement"]);
    expect(withAlso("Its withdrawal from the union was announced.")).toEqual(["withdrawal from:membership+estrangement"]);
    expect(withAlso("All three have belonged to the union since 1975.")).toEqual(["belong to:membership+"]);
    for (const v of LEAVING_VERBS) expect(CUE_LEXICON.find((e) => e.phrase === v)).toMatchObject({ class: "membership", also: "estrangement" });
  });

  it("reads an attack counted 'against them' in a pledge as alliance, and a real fight as hostility", () => {
    expect(cuesOf("They said any strike on Niger would be treated as a declaration of war against them.")).toEqual(["strike … against them:alliance", "war … against them:alliance"]);
    expect(cuesOf("An attack on one shall be considered an attack on all.")).toEqual(["attack … on all:alliance", "attack … on all:alliance"]);
    expect(cuesOf("Brazil attacked Peru and fought against them.")).toEqual(["attack:hostility", "fight:hostility", "against:estrangement"]);
  });

  it("reads a cue refused or declined ('refused to lift', 'declined to condemn') as negated", () => {
    expect(cuesOf("Cairo refused to lift the blockade.")).toEqual(["lift blockade:cooperation!"]);
    expect(cuesOf("The council declined to condemn the move.")).toEqual(["condemn:estrangement!"]);
    expect(cuesOf("The council wanted to condemn the move.")).toEqual(["condemn:estrangement"]);
  });

  it("reads a trade or economic bond as cooperation (partnership), not as the alliance a bare 'pact' is", () => {
    expect(cuesOf("They signed a trade pact.")).toEqual(["trade pact:cooperation"]);
    expect(cuesOf("They agreed an economic integration framework.")).toEqual(["economic framework:cooperation"]);
    expect(cuesOf("They signed a trade and investment pact.")).toEqual(["trade pact:cooperation"]);
    expect(cuesOf("They signed a pact.")).toEqual(["pact:alliance"]);
    expect(cuesOf("They tore up the trade deal.")).toEqual(["tear up deal:estrangement"]);
  });

  it("reads convening, an intermediary's and an interlocutor's part as mediation", () => {
    expect(cuesOf("The talks were convened by Oman.")).toEqual(["talk:mediation", "convene:mediation"]);
    expect(cuesOf("Brazil sent an interlocutor.")).toEqual(["interlocutor:mediation"]);
    expect(cuesOf("Norway acted as an intermediary and offered its good offices.")).toEqual(["intermediary:mediation", "good office:mediation"]);
  });

  it("reads fighting alongside as alliance, not the fight's hostility", () => {
    expect(cuesOf("Burundian soldiers fight alongside Congolese forces.")).toEqual(["fight alongside:alliance"]);
    expect(cuesOf("Burundian soldiers fight Congolese forces.")).toEqual(["fight:hostility"]);
  });

  it("marks a cue that a negation governs", () => {
    expect(cuesOf("They did not support the plan.")).toEqual(["support:cooperation!"]);
    expect(cuesOf("They support the plan.")).toEqual(["support:cooperation"]);
  });

  it("skips tokens that belong to an actor's name", () => {
    const a = analyseText("The Collective Security Treaty Organization met.");
    const blocked = a.tokens.map((t) => t.start < 42);
    expect(findCues(a.tokens, 0, a.tokens.length, [])).toHaveLength(1);
    expect(findCues(a.tokens, 0, a.tokens.length, blocked)).toHaveLength(0);
  });
});
