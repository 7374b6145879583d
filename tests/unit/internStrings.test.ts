/**
 * One copy of each repeated string in the load worker's parts (src/app/internStrings.ts). String
 * identity cannot be seen from JavaScript, so the tests check what the interner is asked for (the
 * fields that repeat, never quotes or notes) and that the parts keep their values whatever their
 * shape; the heap it saves is measured in the browser (docs/benchmarks.md).
 */
import { describe, expect, it } from "vitest";
import { createInterner, internPart } from "../../src/app/internStrings.ts";
import { generateDataset } from "../../src/model/generate.ts";

/** An interner that records what it is asked. */
function spy() {
  const asked: string[] = [];
  const inner = createInterner();
  const intern = (s: string) => (asked.push(s), inner(s));
  return { asked, intern };
}

describe("internPart", () => {
  it("asks for the relations' ends, type, dates, confidence, evidence sources and derived rules, not their quotes or notes", () => {
    const { asked, intern } = spy();
    const relation = {
      id: "r1",
      source: "ARM",
      target: "RUS",
      type: "alliance",
      from: "2020-01-01",
      to: "2023-09-19",
      confidence: "high",
      note: "a note",
      evidence: [
        { source: "afp", quote: "a quote" },
        { source: "gdelt", derived: { rule: "CAMEO 04 and 05, 30-day window", cooperative: 3, conflictual: 0, first: "2020-01-01", last: "2020-01-30", sampleIds: ["e1"] } },
      ],
    };
    internPart("relations", [relation], intern);
    expect(asked).toEqual(["ARM", "RUS", "alliance", "2020-01-01", "2023-09-19", "high", "afp", "gdelt", "CAMEO 04 and 05, 30-day window", "2020-01-01", "2020-01-30"]);
    // Values unchanged.
    expect(relation.evidence[0]).toEqual({ source: "afp", quote: "a quote" });
    expect(relation.note).toBe("a note");
  });

  it("asks for the actors' ids and kinds and the events' actors", () => {
    const { asked, intern } = spy();
    internPart("actors", [{ id: "ARM", label: "Armenia", kind: "state" }], intern);
    internPart("events", [{ id: "e", date: "2023-09-19", label: "Offensive", actors: ["AZE", "ARM"], evidence: [{ source: "afp", quote: "q" }] }], intern);
    internPart("sources", [{ id: "afp", title: "AFP" }], intern);
    expect(asked).toEqual(["ARM", "state", "AZE", "ARM", "afp"]);
  });

  it("passes over items and fields of any other shape, and leaves every value as it was", () => {
    const { intern } = spy();
    const odd: unknown[] = [null, 3, "text", { source: 7, target: null, evidence: "none" }, { evidence: [null, { source: ["x"] }, { derived: 5 }] }];
    const copy = structuredClone(odd);
    expect(() => internPart("relations", odd, intern)).not.toThrow();
    expect(() => internPart("events", [{ actors: [1, null, "A"] }, { actors: "A" }], intern)).not.toThrow();
    expect(odd).toEqual(copy);
  });

  it("keeps a generated dataset's relations equal, with one kept copy per distinct value", () => {
    const dataset = generateDataset({ actors: 200, relations: 2000, years: 5, seed: 3 });
    const received = structuredClone(dataset.relations);
    const kept = new Map<string, number>();
    const inner = createInterner();
    internPart("relations", received, (s) => {
      const out = inner(s);
      kept.set(out, (kept.get(out) ?? 0) + 1);
      return out;
    });
    expect(received).toEqual(dataset.relations);
    // Far fewer distinct values than strings looked at: what the page now holds once.
    const looked = [...kept.values()].reduce((a, b) => a + b, 0);
    expect(kept.size).toBeLessThan(looked / 5);
  });
});
