/**
 * One copy of each repeated string in the load worker's parts, and the records packed
 * (src/app/internStrings.ts). String identity cannot be seen from JavaScript, so the tests check
 * what the interner is asked for (the fields that repeat, never quotes or notes) and that the parts
 * keep their values, key order and prototype whatever their shape; where the fields are kept is
 * counted in a heap snapshot of a Node of its own (heapProbe.ts).
 */
import { describe, expect, it } from "vitest";
import { createInterner, createReceiver, EVENT_FIELDS, RELATION_FIELDS, type Interner } from "../../src/app/internStrings.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { Relation, StanceEvent } from "../../src/model/schema.ts";
import { runHeapProbe } from "./heapProbeRun.ts";

const internPart = (key: "actors" | "relations" | "events" | "sources", items: readonly unknown[], intern: Interner) => createReceiver(intern).part(key, items);

/** An interner that records what it is asked. */
function spy() {
  const asked: string[] = [];
  const inner = createInterner();
  const intern = (s: string) => (asked.push(s), inner(s));
  return { asked, intern };
}

describe("the receiver's shared strings", () => {
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
    const [received] = internPart("relations", [relation], intern);
    expect(asked).toEqual(["ARM", "RUS", "alliance", "2020-01-01", "2023-09-19", "high", "afp", "gdelt", "CAMEO 04 and 05, 30-day window", "2020-01-01", "2020-01-30"]);
    // Values unchanged.
    expect(received).toEqual(relation);
    expect((received as typeof relation).evidence[0]).toEqual({ source: "afp", quote: "a quote" });
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
    expect(internPart("relations", odd, intern)).toEqual(copy);
    expect(internPart("events", [{ actors: [1, null, "A"] }, { actors: "A" }], intern)).toEqual([{ actors: [1, null, "A"] }, { actors: "A" }]);
    expect(odd).toEqual(copy);
    // An array stays an array; a field the schema does not know leaves the record as it came,
    // and never sets a prototype.
    const list = ["a"];
    expect(internPart("relations", [list], intern)[0]).toBe(list);
    const proto = JSON.parse('{"id":"r","__proto__":{"polluted":true}}') as object;
    const [back] = internPart("relations", [proto], intern);
    expect(back).toBe(proto);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it("keeps a generated dataset's relations equal, with one kept copy per distinct value", () => {
    const dataset = generateDataset({ actors: 200, relations: 2000, years: 5, seed: 3 });
    const kept = new Map<string, number>();
    const inner = createInterner();
    const received = internPart("relations", structuredClone(dataset.relations), (s) => {
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

describe("packed records", () => {
  it("know every field of the schema's relations and events, in its order", () => {
    expect([...RELATION_FIELDS]).toEqual(Object.keys(Relation.properties));
    expect([...EVENT_FIELDS]).toEqual(Object.keys(StanceEvent.properties));
  });

  it("are plain objects with the same fields in the same order", () => {
    const dataset = generateDataset({ actors: 50, relations: 400, years: 5, seed: 9 });
    const receiver = createReceiver();
    for (const key of ["relations", "events"] as const) {
      const sent = dataset[key] as unknown as Array<Record<string, unknown>>;
      const received = receiver.part(key, structuredClone(sent)) as Array<Record<string, unknown>>;
      expect(received).toStrictEqual(sent);
      expect(JSON.stringify(received)).toBe(JSON.stringify(sent));
      received.forEach((r, i) => {
        expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
        expect(Object.keys(r)).toEqual(Object.keys(sent[i]!));
      });
    }
    // Every optional field, in an order of its own.
    const full = { confidence: "low", note: "n", evidence: [{ source: "s", quote: "q" }], to: "2021-01-01", from: "2020-01-01", type: "alliance", target: "B", source: "A", id: "r" };
    const [back] = receiver.part("relations", [structuredClone(full)]);
    expect(Object.keys(back as object)).toEqual(Object.keys(full));
    expect(back).toStrictEqual(full);
  });

  it("keep their fields inside the object: no relation owns a property array (counted in a heap snapshot)", async () => {
    const [cloned, packed] = await Promise.all([runHeapProbe("cloned"), runHeapProbe("packed")]);
    // As a structured clone delivers them, every one does: the count sees what it is meant to.
    expect(cloned.held).toBe(3000);
    expect(cloned.ownPropertyArrays).toBeGreaterThanOrEqual(3000);
    expect(packed.held).toBe(3000);
    expect(packed.records).toBeGreaterThanOrEqual(3000);
    expect(packed.ownPropertyArrays).toBe(0);
  }, 60_000);
});
