/**
 * The sixty-seventh round's mechanisms, on wording of their own (not the fixtures'): an onlooker
 * told by a clause opened by "as"/"while" after the cue.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-01-01" });
const pair = (x: string, y: string) => [x, y].sort().join("-");
const typed = (text: string, x: string, y: string) => read(text).find((c) => pair(c.source.id, c.target.id) === pair(x, y) && c.type !== null);

describe("an onlooker after the cue", () => {
  it("reads no pact with one who 'looks on' or 'watched' in a clause opened by as/while", () => {
    for (const text of ["Kazakhstan and Armenia sign energy pact as Moscow looks on.", "Kazakhstan and Armenia signed an energy pact while Moscow watched."]) {
      expect(typed(text, "KAZ", "RUS")).toBeUndefined();
      expect(typed(text, "ARM", "RUS")).toBeUndefined();
      expect(pair(read(text)[0]!.source.id, read(text)[0]!.target.id)).toBe(pair("KAZ", "ARM"));
    }
  });

  it("reads 'stood by' with no one after it as the onlooker's, not support", () => {
    const text = "Kazakhstan signed an energy pact with Armenia as Moscow stood by.";
    expect(typed(text, "ARM", "RUS")).toBeUndefined();
    expect(typed(text, "KAZ", "ARM")?.type).toBe("partnership");
    expect(typed("Moscow stood by Armenia.", "RUS", "ARM")?.type).toBe("partnership");
  });

  it("leaves a clause of another verb alone", () => {
    const text = "Kazakhstan signed an energy pact with Armenia as Moscow lifted its sanctions on Yerevan.";
    expect(typed(text, "KAZ", "ARM")?.type).toBe("partnership");
  });

  it("reads the subjects of a 'while' clause as no party to the cue before it", () => {
    const text = "Togo and the Front for Renewal signed a truce in Lome on Monday. Talks between Togo and the Front for Renewal lasted a year. Ghana and Benin acted as guarantors, while Senegal and Mali accompanied the talks.";
    for (const [x, y] of [["GHA", "SEN"], ["BEN", "SEN"], ["BEN", "MLI"], ["GHA", "MLI"]] as const) expect(typed(text, x, y)).toBeUndefined();
    expect(typed(text, "BEN", "TGO")?.type).toBe("mediation");
    const weapons = "Ghana supplied weapons to the Front for Renewal, while Benin sheltered its leaders.";
    expect(typed(weapons, "GHA", "BEN")?.cue?.phrase).not.toBe("supply weapon");
    expect(typed(weapons, "BEN", "FRONTFORRENEWAL")?.type).toBe("partnership");
  });
});

describe("drawing nearer, and an attack condemned", () => {
  it("reads 'stood closer to', 'leaned towards' as a step towards the one named after, and 'turned away from' as one away", () => {
    expect(typed("Jordan has stood closer to Baghdad than any of its neighbours.", "JOR", "IRQ")?.type).toBe("partnership");
    expect(typed("The United States leaned towards New Delhi throughout the war.", "USA", "IND")?.type).toBe("partnership");
    expect(typed("Mali turned away from France last year.", "MLI", "FRA")?.type).toBe("estrangement");
    expect(typed("Israel moved armour towards Jordan.", "ISR", "JOR")?.type ?? null).not.toBe("partnership");
  });

  it("reads the drifter's step, not the accuser's quarrel, between the accused and where it drifts", () => {
    expect(typed("Russia's foreign ministry accused Yerevan of drifting towards NATO.", "ARM", "NATO")?.type).toBe("partnership");
  });

  it("reads no quarrel between one who denounces an attack and the one attacked", () => {
    const text = "Jordan, whose king denounced the bombing of Iraq in a speech, has stood closer to Baghdad than any of its neighbours.";
    expect(read(text).filter((c) => pair(c.source.id, c.target.id) === pair("JOR", "IRQ")).map((c) => c.type)).toEqual(["partnership"]);
    expect(typed("Jordan denounced the raids on Iraq.", "JOR", "IRQ")?.sign ?? 0).toBeGreaterThanOrEqual(0);
    expect(typed("Jordan denounced Iraq.", "JOR", "IRQ")?.type).toBe("estrangement");
  });
});

