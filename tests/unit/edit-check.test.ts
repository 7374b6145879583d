import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Dataset } from "../../src/model/schema.ts";
import { formatIssue, validateDataset } from "../../src/model/validate.ts";
import { applyUnchecked, plan } from "../../src/model/edit/apply.ts";
import { checkTouched, type CheckHints } from "../../src/model/edit/check.ts";
import { updateModel } from "../../src/model/edit/updateModel.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { datasetArb } from "./arbitraries.ts";
import { freshIds, randomCommand, seeded } from "./edit-arbitraries.ts";
import { miniDataset, miniTexts } from "./fixtures.ts";

const sorted = (issues: Array<{ path: string; message: string }>) => issues.map(formatIssue).sort();

describe("the touched check (validation of one edit)", () => {
  it("finds exactly the errors the full validator finds, on random edits of valid datasets", () => {
    let compared = 0;
    let refused = 0;
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 8 }), fc.nat(), (start, seed) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        let d: Dataset = start;
        for (let step = 0; step < 12; step++) {
          let command = randomCommand(d, rnd, fresh);
          if (rnd() < 0.5) command = plan(d, command).command;
          const raw = applyUnchecked(d, command);
          if (!raw.ok) continue;
          const full = validateDataset(raw.dataset);
          const mine = checkTouched(raw.dataset, raw.touched);
          expect(sorted(mine.errors)).toEqual(sorted(full.ok ? [] : full.errors));
          const fullWarnings = new Set(sorted(full.warnings));
          for (const w of sorted(mine.warnings)) expect(fullWarnings).toContain(w);
          compared++;
          if (full.ok) d = raw.dataset;
          else refused++;
        }
      }),
      { numRuns: 150 },
    );
    // Both sides ran: edits that pass and edits that break the dataset.
    expect(compared).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(50);
  }, 120_000);

  it("finds the same errors and warnings with a loaded model's hints instead of a pass over the relations", () => {
    let compared = 0;
    let hinted = 0;
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 12 }), fc.nat(), (start, seed) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        let d: Dataset = start;
        const model = createModel(d, { layout: false });
        const hints: CheckHints = {
          relationBefore: (id) => (model.graph.hasEdge(id) ? model.graph.getEdgeAttribute(id, "index") : undefined),
          pairBefore: (a, b) => (model.graph.hasNode(a) && model.graph.hasNode(b) ? model.graph.edges(a, b) : []),
          relationsOf: (actor) => (model.graph.hasNode(actor) ? model.graph.edges(actor) : []),
        };
        for (let step = 0; step < 12; step++) {
          let command = randomCommand(d, rnd, fresh);
          if (rnd() < 0.5) command = plan(d, command).command;
          const raw = applyUnchecked(d, command);
          if (!raw.ok) continue;
          const plain = checkTouched(raw.dataset, raw.touched, {}, raw.ops);
          const withHints = checkTouched(raw.dataset, raw.touched, {}, raw.ops, { ...hints, relationBefore: (id) => (hinted++, hints.relationBefore(id)) });
          expect(sorted(withHints.errors)).toEqual(sorted(plain.errors));
          expect(sorted(withHints.warnings)).toEqual(sorted(plain.warnings));
          const full = validateDataset(raw.dataset);
          expect(sorted(withHints.errors)).toEqual(sorted(full.ok ? [] : full.errors));
          compared++;
          if (full.ok) {
            updateModel(model, raw);
            d = raw.dataset;
          }
        }
      }),
      { numRuns: 120 },
    );
    expect(compared).toBeGreaterThan(500);
    expect(hinted).toBeGreaterThan(200);
  }, 120_000);

  it("checks quotes and offsets against inline text, and files when they can be read", () => {
    const d = miniDataset();
    const raw = applyUnchecked(d, { kind: "addEvidence", owner: { collection: "relations", id: "r1" }, evidence: { source: "s1", quote: "Gamma mediated.", start: 5, end: 20 } });
    expect(raw.ok).toBe(true);
    if (!raw.ok) return;
    expect(sorted(checkTouched(raw.dataset, raw.touched, { readSourceText: miniTexts }).errors)).toEqual([
      'relations[0].evidence[1].start: characters 5–20 of source "s1" are not the quote: the range selects " and Beta signe"',
    ]);
    // Without the texts (the browser, a file source) only the length can be checked.
    expect(checkTouched(raw.dataset, raw.touched).errors).toEqual([]);
  });
});
