import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Dataset } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { apply, EditRefusedError, plan, tryApply } from "../../src/model/edit/apply.ts";
import { EditSession } from "../../src/model/edit/session.ts";
import { canonicalDatasetJson } from "../../src/io/datasetJson.ts";
import { datasetArb } from "./arbitraries.ts";
import { freshIds, randomCommand, seeded } from "./edit-arbitraries.ts";
import { miniDataset, miniTexts } from "./fixtures.ts";

const canon = (d: Dataset) => canonicalDatasetJson(d);
const NOW = () => "2026-01-01T00:00:00.000Z";

/** The mini dataset with its source text inline, so quotes are checked in every test. */
function inlineMini(): Dataset {
  const d = miniDataset();
  const { file: _file, ...s1 } = d.sources[0]!;
  d.sources[0] = { ...s1, text: miniTexts("sources/s1.txt")! };
  return d;
}

describe("edit commands", () => {
  it("undo after a random sequence of edits gives back the original byte for byte; redo gives back each edited state", () => {
    let done = 0;
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 10 }), fc.nat(), fc.integer({ min: 1, max: 15 }), (start, seed, n) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        const session = new EditSession(start, { now: NOW });
        const states = [canon(start)];
        for (let k = 0; k < n; k++) {
          const out = session.perform(plan(session.dataset, randomCommand(session.dataset, rnd, fresh)).command);
          if (out.ok) states.push(canon(session.dataset));
        }
        done += states.length - 1;
        const edits = states.length - 1;
        for (let k = edits; k > 0; k--) {
          expect(session.undo().ok).toBe(true);
          expect(canon(session.dataset)).toBe(states[k - 1]);
        }
        expect(session.undo().ok).toBe(false);
        for (let k = 1; k <= edits; k++) {
          expect(session.redo().ok).toBe(true);
          expect(canon(session.dataset)).toBe(states[k]);
        }
      }),
      { numRuns: 120 },
    );
    expect(done).toBeGreaterThan(350);
  }, 120_000);

  it("shares what it did not touch: other collections and records keep their identity", () => {
    const d = inlineMini();
    const out = apply(d, { kind: "updateRelation", id: "r2", changes: { confidence: "high" } });
    expect(out.dataset.actors).toBe(d.actors);
    expect(out.dataset.sources).toBe(d.sources);
    expect(out.dataset.relations).not.toBe(d.relations);
    expect(out.dataset.relations[0]).toBe(d.relations[0]);
    expect(out.dataset.relations[1]).toEqual({ ...d.relations[1], confidence: "high" });
    expect(d.relations[1]!.confidence).toBeUndefined(); // the input is never changed
    expect(out.touched.relations).toEqual({ added: [], removed: [], changed: ["r2"] });
  });

  it("merges two actors in one command: relations re-pointed, aliases merged, the pair's own relations listed and removed", () => {
    const d = inlineMini();
    d.actors.push({ id: "KRE", label: "Kremlin", kind: "organization", aliases: ["Moscow"], wikidata: ["Q4"] });
    d.relations.push({ id: "r4", source: "KRE", target: "BBB", type: "estrangement", from: "2024-01-01", evidence: [{ source: "ref", citation: "c" }] });
    d.relations.push({ id: "r5", source: "AAA", target: "KRE", type: "alliance", from: "2024-01-01", evidence: [{ source: "ref", citation: "c" }] });
    d.events[0]!.actors.push("KRE");
    const refused = tryApply(d, { kind: "mergeActors", from: "KRE", into: "AAA" });
    expect(refused).toEqual({ ok: false, errors: [{ path: 'merging "KRE" into "AAA"', message: "would also change 1 relation; confirm them (plan the command) first" }] });
    const p = plan(d, { kind: "mergeActors", from: "KRE", into: "AAA" });
    expect(p.label).toBe("Merged Kremlin into Alpha");
    expect(p.consequences).toEqual(["Removes: alliance Alpha – Kremlin from 2024-01-01"]);
    const out = apply(d, p.command);
    expect(out.dataset.actors.map((a) => a.id)).toEqual(["AAA", "BBB", "GAM"]);
    expect(out.dataset.actors[0]).toMatchObject({ aliases: ["Alphaland", "Kremlin", "Moscow"], wikidata: ["Q4"] });
    expect(out.dataset.relations.find((r) => r.id === "r4")).toMatchObject({ source: "AAA", target: "BBB" });
    expect(out.dataset.relations.some((r) => r.id === "r5")).toBe(false);
    expect(out.dataset.events[0]!.actors).toEqual(["AAA", "BBB"]);
    expect(validateDataset(out.dataset).ok).toBe(true);
  });

  it("records a change of stance as two relations meeting at the date", () => {
    const d = inlineMini();
    const out = apply(d, {
      kind: "changeStance",
      relation: "r2",
      date: "2024-02-01",
      next: { id: "r2b", type: "alliance", evidence: [{ source: "s1", quote: "Gamma mediated.", start: 58, end: 73 }] },
    });
    expect(out.dataset.relations.map((r) => [r.id, r.type, r.from, r.to])).toEqual([
      ["r1", "alliance", "2020-01-01", "2023-09-20"],
      ["r2", "estrangement", "2023-09-20", "2024-02-01"],
      ["r2b", "alliance", "2024-02-01", undefined],
      ["r3", "mediation", "2021-06-01", "2024-01-01"],
    ]);
    expect(tryApply(d, { kind: "changeStance", relation: "r1", date: "2023-09-20", next: { id: "x", type: "alliance", evidence: [{ source: "ref", citation: "c" }] } })).toEqual({
      ok: false,
      errors: [{ path: "relations[0]", message: 'a change of stance on "2023-09-20" must fall inside the relation: after 2020-01-01 and before 2023-09-20' }],
    });
  });

  it("refuses an edit that would break the dataset, with the validator's reasons", () => {
    const d = inlineMini();
    const reasons = (c: Parameters<typeof tryApply>[1]) => {
      const out = tryApply(d, c);
      return out.ok ? [] : out.errors.map((e) => `${e.path}: ${e.message}`);
    };
    expect(reasons({ kind: "updateRelation", id: "r1", changes: { to: "2019-01-01" } })).toEqual(['relations[0]: "to" 2019-01-01 is before "from" 2020-01-01']);
    expect(reasons({ kind: "updateRelation", id: "r1", changes: { target: "ZZZ" } })).toEqual(['relations[0].target: unknown actor "ZZZ"']);
    expect(reasons({ kind: "addEvidence", owner: { collection: "relations", id: "r1" }, evidence: { source: "s1", quote: "Beta signed a truce" } })).toEqual([
      'relations[0].evidence[1].quote: does not occur verbatim in the text of source "s1": "Beta signed a truce"',
    ]);
    expect(reasons({ kind: "addActor", actor: { id: "BBB", label: "Other", kind: "state" } })).toEqual(['actors[3].id: duplicate id "BBB" (first used at actors[1])']);
    expect(reasons({ kind: "removeEvidence", owner: { collection: "relations", id: "r1" }, index: 0 })).toEqual(["relations[0].evidence: needs at least 1 item"]);
    expect(reasons({ kind: "updateActor", id: "AAA", changes: { label: null } })).toEqual(['actors[0].label: is required and cannot be removed']);
    expect(reasons({ kind: "updateActor", id: "NOPE", changes: { label: "x" } })).toEqual(['actors: no record with id "NOPE"']);
    expect(() => apply(d, { kind: "removeRelation", id: "NOPE" })).toThrow(EditRefusedError);
  });

  it("deletes an actor with what goes with it, after saying so", () => {
    const d = inlineMini();
    const p = plan(d, { kind: "removeActor", id: "BBB" });
    expect(p.needsConfirmation).toBe(true);
    expect(p.label).toBe("Deleted actor Beta with 2 relations");
    expect(p.consequences).toEqual([
      "Removes: alliance Alpha – Beta from 2020-01-01 to 2023-09-20",
      "Removes: estrangement Alpha – Beta from 2023-09-20",
      "No longer names Beta: event Offensive",
    ]);
    const out = apply(d, p.command);
    expect(out.dataset.relations.map((r) => r.id)).toEqual(["r3"]);
    expect(out.dataset.events[0]!.actors).toEqual(["AAA"]);
    // Planned against another state, the command is refused rather than taking more than it said.
    const later = apply(d, { kind: "addRelation", relation: { id: "r9", source: "BBB", target: "GAM", type: "alliance", from: "2022-01-01", evidence: [{ source: "ref", citation: "c" }] } }).dataset;
    expect(tryApply(later, p.command)).toMatchObject({ ok: false, errors: [{ message: "the dataset changed since this edit was planned: it would now change 3 relations and 1 event" }] });
  });

  it("removes a source with its evidence, and the records left without any", () => {
    const d = inlineMini();
    const p = plan(d, { kind: "removeSource", id: "s1" });
    expect(p.consequences).toEqual(["Removes: alliance Alpha – Beta from 2020-01-01 to 2023-09-20", "Removes: estrangement Alpha – Beta from 2023-09-20", "Removes: event Offensive"]);
    const out = apply(d, p.command);
    expect(out.dataset.relations.map((r) => r.id)).toEqual(["r3"]);
    expect(out.dataset.events).toEqual([]);
  });
});
