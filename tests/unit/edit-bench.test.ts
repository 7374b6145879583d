/** The edit benchmark runs: every edit kind and its undo, each beside the full-rebuild baseline, and the budget line. Never how fast. */
import { describe, expect, it } from "vitest";
import { runBench } from "../../bench/run.ts";

describe("the edit bench suite", () => {
  it("times each edit and its undo next to a full model rebuild, with the budget line", async () => {
    const report = await runBench({ sizes: [60], quick: true, outDir: null, suites: ["edit"], log: () => {} });
    const measures = report.rows.map((r) => r.measure);
    for (const kind of ["rename an actor", "record a change of stance", "merge two actors", "delete a relation (mid-list)", "add a source and quote it (one batch)"]) {
      expect(measures).toContain(`edit: ${kind}`);
      expect(measures).toContain(`undo: ${kind}`);
    }
    for (const r of report.rows) {
      expect(r).toMatchObject({ suite: "edit", actors: 60, relations: 600, unit: "ms", baseline: { measure: "full model rebuild (createModel, no layout)" } });
      expect(r.ratio).toBeCloseTo(r.value / r.baseline!.value, 10);
    }
    expect(report.budgets).toHaveLength(1);
    expect(report.budgets[0]!.text).toMatch(/^every edit and its undo at 60 actors \/ 600 relations within 50 ms \(model only\): slowest edit [\d.]+ ms, slowest undo [\d.]+ ms, full rebuild \d+ ms$/);
  });
});
