import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { addDays } from "../../src/model/dates.ts";
import { applyUnchecked, plan } from "../../src/model/edit/apply.ts";
import { canonicalDatasetJson } from "../../src/io/datasetJson.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { EditSession } from "../../src/model/edit/session.ts";
import { IntervalIndex } from "../../src/model/intervalIndex.ts";
import { datasetArb } from "./arbitraries.ts";
import { freshIds, randomCommand, seeded, type Random } from "./edit-arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

const DAYS = ["1899-06-01", "1970-01-01", "1999-12-31", "2020-01-01", "2021-06-15", "2023-09-20", "2023-10-03", "2024-04-18", "2031-01-01", "2101-01-01"];

/** Everything a model answers, positions of nodes aside (a fresh model has no layout here). */
function snapshot(model: StanceModel, rnd: Random) {
  const g = model.graph;
  const nodes = g.mapNodes((id, a) => [id, a.label, a.kind, a.size]).sort();
  const edges = g
    .mapEdges((id, a, source, target) => [id, source, target, g.isDirected(id), a.relationType, a.sign, a.from, a.to ?? null, a.index, a.parallelIndex, a.parallelMaxIndex])
    .sort((p, q) => (String(p[0]) < String(q[0]) ? -1 : 1));
  const entries = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  const dates = [...DAYS, ...Array.from({ length: 6 }, () => addDays("1950-01-01", Math.floor(rnd() * 40000)))];
  const active = dates.map((d) => model.index.activeAt(d).sort((a, b) => a - b));
  const changes = dates.slice(1).map((d, k) => {
    const c = model.index.changesBetween(dates[k]!, d);
    return [c.entered.sort((a, b) => a - b), c.left.sort((a, b) => a - b)];
  });
  return {
    nodes,
    edges,
    actors: entries(model.actors),
    relationTypes: entries(model.relationTypes),
    relations: entries(model.relations),
    sources: entries(model.sources),
    events: model.events.map((e) => e.id),
    span: model.span,
    size: model.index.size,
    active,
    changes,
  };
}

function sameAsFresh(model: StanceModel, seed: number) {
  const fresh = createModel(model.dataset, { layout: false });
  expect(snapshot(model, seeded(seed))).toEqual(snapshot(fresh, seeded(seed)));
}

describe("incremental model update", () => {
  it("after random edits, undos and redos, equals a model built from scratch", () => {
    let steps = 0;
    fc.assert(
      fc.property(datasetArb({ maxActors: 7, maxRelations: 12 }), fc.nat(), (start, seed) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        const session = new EditSession(start, { model: createModel(start, { layout: false }), now: () => "2026-01-01T00:00:00Z" });
        for (let k = 0; k < 14; k++) {
          const roll = rnd();
          if (roll < 0.2) session.undo();
          else if (roll < 0.3) session.redo();
          else {
            // Planned and applied on an unregistered copy of the list too: the plain scans, not the
            // model's shortcuts (positions and incidences from the graph); both must agree.
            const copy = { ...session.dataset, relations: [...session.dataset.relations] };
            const command = plan(copy, randomCommand(session.dataset, rnd, fresh)).command;
            const viaScans = applyUnchecked(copy, command);
            const scansValid = viaScans.ok && validateDataset(viaScans.dataset).ok;
            const out = session.perform(command);
            expect(out.ok).toBe(scansValid);
            if (out.ok) {
              steps++;
              expect(viaScans.ok && canonicalDatasetJson(viaScans.dataset)).toBe(canonicalDatasetJson(session.dataset));
            }
          }
          if (k % 3 === 2) sameAsFresh(session.model!, seed + k);
        }
        sameAsFresh(session.model!, seed);
        expect(session.model!.revision).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 120 },
    );
    expect(steps).toBeGreaterThan(500);
  }, 120_000);

  it("counts revisions and says what changed", () => {
    const d = miniDataset();
    const session = new EditSession(d, { model: createModel(d, { layout: false }) });
    const out = session.perform(plan(d, { kind: "mergeActors", from: "GAM", into: "AAA" }).command);
    // r3 (GAM → AAA) would become a self-loop: it goes with the merge.
    expect(out.ok && out.change).toMatchObject({ revision: 1, actors: { removed: ["GAM"], changed: ["AAA"] }, relations: { removed: ["r3"] }, positionsFrom: 2 });
    expect(session.model!.revision).toBe(1);
    const back = session.undo();
    expect(back.ok && back.change).toMatchObject({ revision: 2, actors: { added: ["GAM"], changed: ["AAA"] }, relations: { added: ["r3"] } });
    // A type's sign: its edges rewritten in place, listed, and one bulk event for the renderer.
    const events: unknown[] = [];
    session.model!.graph.on("eachEdgeAttributesUpdated", (e) => events.push(e));
    const signed = session.perform({ kind: "updateRelationType", id: "alliance", changes: { sign: -1 } });
    expect(signed.ok && signed.change).toMatchObject({ relationTypes: { changed: ["alliance"] }, graph: { edges: ["r1"] } });
    expect(session.model!.graph.getEdgeAttribute("r1", "sign")).toBe(-1);
    expect(events).toEqual([{ hints: { attributes: ["sign"] } }]);
  });

  it("keeps node positions, gives a new actor a deterministic place near its neighbours, and restores a removed one on undo", () => {
    const place = () => {
      const d = miniDataset();
      const model = createModel(d);
      const session = new EditSession(d, { model });
      const before = model.graph.getNodeAttributes("AAA");
      session.perform({
        kind: "batch",
        label: "Added Delta and its alliance with Alpha",
        commands: [
          { kind: "addActor", actor: { id: "DDD", label: "Delta", kind: "state" } },
          { kind: "addRelation", relation: { id: "r9", source: "DDD", target: "AAA", type: "alliance", from: "2022-01-01", evidence: [{ source: "ref", citation: "Delta joined." }] } },
        ],
      });
      expect(model.graph.getNodeAttributes("AAA")).toEqual(before);
      return { model, session, delta: model.graph.getNodeAttributes("DDD") };
    };
    const one = place();
    const two = place();
    expect(one.delta).toEqual(two.delta);
    const alpha = one.model.graph.getNodeAttributes("AAA");
    const gamma = one.model.graph.getNodeAttributes("GAM");
    // Nearer Alpha, its one neighbour, than the drawing's other actors are to each other.
    expect(Math.hypot(one.delta.x - alpha.x, one.delta.y - alpha.y)).toBeLessThan(Math.hypot(gamma.x - alpha.x, gamma.y - alpha.y));
    const gammaBefore = { x: gamma.x, y: gamma.y };
    const s = one.session;
    expect(s.perform(plan(s.dataset, { kind: "removeActor", id: "GAM" }).command).ok).toBe(true);
    expect(one.model.graph.hasNode("GAM")).toBe(false);
    s.undo();
    expect(one.model.graph.getNodeAttributes("GAM")).toMatchObject(gammaBefore);
  });
});

describe("interval index, dynamic layer", () => {
  it("answers like a rebuilt index after random inserts, removals and updates, before and after compaction", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 300 }), (seed, n) => {
        const rnd = seeded(seed);
        const interval = () => {
          const from = addDays("2000-01-01", Math.floor(rnd() * 3000));
          return rnd() < 0.3 ? { from } : { from, to: addDays(from, 1 + Math.floor(rnd() * 800)) };
        };
        const list: Array<{ from: string; to?: string }> = Array.from({ length: n }, interval);
        const index = new IntervalIndex(list);
        for (let k = 0; k < 200; k++) {
          const roll = rnd();
          if (roll < 0.4 || list.length === 0) {
            const at = Math.floor(rnd() * (list.length + 1));
            const iv = interval();
            list.splice(at, 0, iv);
            index.insert(at, iv);
          } else if (roll < 0.7) {
            const at = Math.floor(rnd() * list.length);
            list.splice(at, 1);
            index.remove(at);
          } else {
            const at = Math.floor(rnd() * list.length);
            list[at] = interval();
            index.update(at, list[at]!);
          }
          if (k % 25 === 0 || k === 199) {
            const ref = new IntervalIndex(list);
            for (let q = 0; q < 4; q++) {
              const a = addDays("1999-06-01", Math.floor(rnd() * 4500));
              const b = addDays("1999-06-01", Math.floor(rnd() * 4500));
              expect(index.activeAt(a).sort((x, y) => x - y)).toEqual(ref.activeAt(a).sort((x, y) => x - y));
              const mine = index.changesBetween(a, b);
              const theirs = ref.changesBetween(a, b);
              expect([mine.entered.sort((x, y) => x - y), mine.left.sort((x, y) => x - y)]).toEqual([theirs.entered.sort((x, y) => x - y), theirs.left.sort((x, y) => x - y)]);
            }
            expect(index.size).toBe(list.length);
          }
        }
        // Compaction folds every pending edit into the tree.
        index.compact();
        expect(index.pendingEdits).toBe(0);
        expect(index.activeAt("2003-01-01").sort((x, y) => x - y)).toEqual(new IntervalIndex(list).activeAt("2003-01-01").sort((x, y) => x - y));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

export type { Dataset };
