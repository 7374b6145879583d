import { describe, expect, it } from "vitest";
import { createActorSearch, fold } from "../../src/app/search.ts";
import type { Actor } from "../../src/model/schema.ts";

const actor = (id: string, label: string, aliases?: string[]): Actor => ({ id, label, kind: "state", ...(aliases ? { aliases } : {}) });
const actors = [
  actor("RUS", "Russia", ["Kremlin", "Moscow"]),
  actor("ARM", "Armenia", ["Yerevan"]),
  actor("AZE", "Azerbaijan", ["Baku"]),
  actor("EUUS", "EU/US", ["Brussels"]),
  actor("NKR", "Karabakh Armenians", ["Artsakh"]),
  actor("CIV", "Côte d’Ivoire"),
];
const search = createActorSearch(actors);
const ids = (q: string, limit?: number) => search(q, limit).map((h) => h.actor.id);

describe("actor search", () => {
  it("ranks exact, then prefix, then word prefix, then substring, ties by label", () => {
    expect(ids("armenia")).toEqual(["ARM", "NKR"]);
    expect(ids("arm")).toEqual(["ARM", "NKR"]);
    // "a" starts Armenia and Azerbaijan, starts a word in "Karabakh Armenians", and is inside Russia.
    expect(ids("a")).toEqual(["ARM", "AZE", "NKR", "RUS"]);
  });

  it("finds actors by alias and id, says so, and ignores case and accents", () => {
    expect(search("kreml")).toEqual([{ actor: actors[0], matched: "Kremlin", viaAlias: true }]);
    expect(ids("euus")).toEqual(["EUUS"]);
    expect(ids("us")).toContain("EUUS");
    expect(ids("COTE")).toEqual(["CIV"]);
    expect(fold("  Côte ")).toBe("cote");
  });

  it("keeps to the limit and answers nothing for nothing", () => {
    expect(ids("a", 2)).toEqual(["ARM", "AZE"]);
    expect(search("   ")).toEqual([]);
    expect(search("zzz")).toEqual([]);
  });
});
