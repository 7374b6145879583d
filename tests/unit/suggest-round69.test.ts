/**
 * The sixty-ninth round's mechanisms, on wording of their own (not the fixtures'): a war waged
 * together; an accused's deed that reaches past its preposition, not the accuser.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-01-01" });
const pair = (x: string, y: string) => [x, y].sort().join("-");
const readingsOf = (text: string, x: string, y: string) => read(text).filter((c) => pair(c.source.id, c.target.id) === pair(x, y) && c.type !== null);

describe("a war waged together", () => {
  it("reads those brought into a war 'on their side' as allies, not enemies", () => {
    const text = "Under the pact, Ghana and Benin brought Togo into the war on their side.";
    for (const other of ["GHA", "BEN"]) {
      const got = readingsOf(text, other, "TGO");
      expect(got[0]?.type).toBe("alliance");
      expect(got.some((c) => c.type === "hostility")).toBe(false);
    }
  });

  it("reads two named before 'the war against' a third as on one side", () => {
    const text = "Their treaty of 1911 let Serbian troops cross Greek soil and bound Serbia and Greece in the war against Bulgaria.";
    const got = readingsOf(text, "SRB", "GRC");
    expect(got[0]?.sign).toBe(1);
    expect(got.some((c) => c.type === "hostility")).toBe(false);
  });

  it("leaves a war against one another, and an accuser's cue, as they were", () => {
    expect(readingsOf("Ghana accused Benin of waging a war against Togo.", "GHA", "BEN").some((c) => c.type === "alliance")).toBe(false);
    expect(readingsOf("Ghana and Benin waged war against Togo.", "BEN", "TGO")[0]?.sign).toBe(-1);
  });
});

describe("an accused's deed with a preposition", () => {
  it("reads no bond of the accuser with the accused from the deed ('accused Baku of moving closer to Ankara')", () => {
    for (const text of ["Moscow accused Baku of moving closer to Ankara.", "Turkey's foreign ministry accused Tbilisi of drifting towards the West."]) {
      const accuser = text.startsWith("Moscow") ? "RUS" : "TUR";
      const accused = text.startsWith("Moscow") ? "AZE" : "GEO";
      const got = readingsOf(text, accuser, accused);
      expect(got[0]?.type).toBe("estrangement");
      expect(got.some((c) => c.sign === 1)).toBe(false);
    }
    expect(readingsOf("Moscow accused Baku of moving closer to Ankara.", "AZE", "TUR")[0]?.sign).toBe(1);
  });
});
