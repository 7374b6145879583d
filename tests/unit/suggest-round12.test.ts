/**
 * The twelfth round's mechanisms, each on wording of its own (not the fixtures'): verb cues the
 * tagger mis-tags read where a verb stands; a name introduced by a description after a comma.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { findCues } from "../../src/model/suggest/cues.ts";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { buildGazetteer, learnNames } from "../../src/model/suggest/gazetteer.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const find = (cs: Candidate[], a: string, b: string) => cs.find((c) => (c.source.id === a && c.target.id === b) || (c.source.id === b && c.target.id === a));

/** The cue phrases found in `text`, the words listed in `names` standing for actors' mentions. */
function cuePhrases(text: string, names: readonly string[]): string[] {
  const a = analyseText(text);
  const blocked = a.tokens.map((t) => names.includes(text.slice(t.start, t.end)));
  return findCues(a.tokens, 0, a.tokens.length, blocked).map((h) => h.phrase);
}

describe("verb cues the tagger calls an adjective or a noun", () => {
  it.each([
    ["Azerbaijan armed Armenia in 1994.", "AZE", "ARM"],
    ["Russia arms Armenia, officials say.", "RUS", "ARM"],
    ["Iran is arming Iraq, officials say.", "IRN", "IRQ"],
    ["Egypt denies arming Sudan.", "EGY", "SDN"],
    ["Turkey arms, trains and funds Azerbaijan.", "TUR", "AZE"],
  ])("reads %s as support", (text, a, b) => {
    expect(find(suggest(text, fresh), a, b)).toMatchObject({ sign: 1 });
  });

  it("leaves a description or a noun alone", () => {
    const names = ["Azerbaijan", "Armenia", "US"];
    expect(cuePhrases("Azerbaijan armed forces entered Armenia.", names)).not.toContain("arm");
    expect(cuePhrases("Azerbaijan broke the arms embargo on Armenia.", names)).not.toContain("arm");
    expect(cuePhrases("Militias armed with drones entered Armenia.", names)).not.toContain("arm");
    expect(cuePhrases("The Russian-armed militia entered Armenia.", names)).not.toContain("arm");
  });
});

describe("a name introduced by a description after a comma", () => {
  const learned = (text: string) => learnNames(text, buildGazetteer([]));
  it.each([
    ["Kenya hosted Ndoto Zama, a rebel front based in the east.", "NDOTOZAMA"],
    ["Kenya hosted Zamani, the main opposition platform.", "ZAMANI"],
    ["Talks with Zama Ruvu, an opposition bloc, stalled in Kenya.", "ZAMARUVU"],
    ["Troops met Kivu Ruvu, a band of guerrillas, in May.", undefined],
  ])("%s", (text, id) => {
    const names = learned(text);
    if (id === undefined) expect(names).toEqual([]);
    else expect(names.find((n) => n.actor.id === id)?.actor.kind).toBe("non-state");
  });

  it("makes a party described as the opposition's non-state, whatever its head", () => {
    expect(learned("Talks with Zama Ruvu, the opposition coalition, stalled in Kenya.").find((n) => n.actor.id === "ZAMARUVU")?.actor.kind).toBe("non-state");
  });
});

describe("'the opposition' for the one party introduced as the opposition", () => {
  it.each([
    "Zambia hosted the opposition Kanu Ndoto. Later, Kenya condemned the opposition for the boycott.",
    "Zambia hosted Kanu Ndoto, the largest opposition coalition. Later, Kenya condemned opposition leaders for the boycott.",
  ])("reads the collective word as that party: %s", (text) => {
    const pair = find(suggest(text, fresh), "KEN", "KANUNDOTO");
    expect(pair).toMatchObject({ sign: -1 });
    expect([pair?.source, pair?.target].find((a) => a?.id === "KANUNDOTO")?.mention).toMatch(/opposition/);
  });

  it("leaves the collective word alone when two parties were introduced so", () => {
    const text = "Zambia hosted the opposition Kanu Ndoto. Zambia then hosted Ruvu Zama, an opposition party. Later, Kenya condemned the opposition for the boycott.";
    const forms = learnNames(text, buildGazetteer([])).flatMap((n) => n.forms);
    expect(forms).not.toContain("the opposition");
  });
});

describe("talks under a third party's auspices", () => {
  it.each([
    ["Zambia and Malawi met in Lusaka under Kenyan auspices.", "KEN"],
    ["Zambia and Malawi met under the auspices of the African Union.", "AU"],
  ])("reads the third party as a mediator: %s", (text, mediator) => {
    const cs = suggest(text, fresh);
    expect(find(cs, mediator, "ZMB")).toMatchObject({ sign: 0 });
    expect(find(cs, mediator, "MWI")).toMatchObject({ sign: 0 });
  });
});

describe("a date after a learned name", () => {
  it("ends the name before 'in May' / 'on Monday'", () => {
    const ids = learnNames("Zambia met the opposition Kanu Ndoto in May, and Kenya hosted Ruvu Zama, a rebel front, on Monday.", buildGazetteer([])).map((n) => n.actor.id);
    expect(ids).toEqual(expect.arrayContaining(["KANUNDOTO", "RUVUZAMA"]));
  });
});

describe("help followed by a verb", () => {
  it("lets the verb speak of its object, not the help", () => {
    const names = ["Kenya", "Somalia"];
    expect(cuePhrases("Kenya helped repel Somalia from the border.", names)).not.toContain("help");
    expect(cuePhrases("Kenya is helping to bring Somalia and Ethiopia together.", names)).not.toContain("help");
    expect(cuePhrases("Kenya helped Somalia after the floods.", names)).toContain("help");
  });
});

describe("a side together against a third", () => {
  it.each([
    "The peace Kenya made with Uganda in 2018 turned into a wartime partnership against the rebels.",
    "Kenya has worked with Uganda since 2018, and the two are united against the rebels.",
    "Kenya joined Uganda in a partnership against the rebels.",
  ])("does not read the partners as against each other: %s", (text) => {
    const between = suggest(text, fresh).filter((c) => [c.source.id, c.target.id].sort().join() === "KEN,UGA");
    expect(between.length).toBeGreaterThan(0);
    expect(between.map((c) => c.sign)).not.toContain(-1);
  });
});
