/**
 * The browser benchmark's smoke run: the suite loads a small synthetic dataset into the served app
 * the way an import does and reports every measure as a number, with baselines and budget lines.
 * It checks that the bench works, never how fast anything is.
 */
import { describe, expect, inject, it } from "vitest";
import { createBrowserSuite } from "../../bench/browser.ts";

describe("the browser bench", () => {
  it("runs in quick mode against the built app and reports numbers, baselines and budgets", async () => {
    const log: string[] = [];
    const suite = createBrowserSuite({ baseUrl: inject("baseUrl") });
    const result = await suite.run({ sizes: [60], relationsPerActor: 10, quick: true, reps: 2, log: (m) => log.push(m) });

    expect(log.some((m) => m.includes("failed"))).toBe(false);
    const measures = result.rows.map((r) => r.measure);
    for (const m of ["first render", "long tasks during load", "JS heap after load", "date change, scrub step", "date change, one-day step", "date change, one-day step: memory allocated", "hover an actor", "frames per second during playback", "longest task while scrubbing"]) {
      expect(measures.some((x) => x.startsWith(m)), m).toBe(true);
    }
    for (const row of result.rows) {
      expect(row).toMatchObject({ suite: "browser", actors: 60, relations: 600 });
      expect(Number.isFinite(row.value) && row.value >= 0, row.measure).toBe(true);
    }
    // Times and rates that cannot be zero: something was painted, the page ran frames, heap is in use.
    for (const m of ["first render", "JS heap after load", "date change, scrub step", "hover an actor", "frames per second during playback"]) {
      expect(result.rows.find((r) => r.measure.startsWith(m))!.value, m).toBeGreaterThan(0);
    }
    expect(measures.some((x) => x.startsWith("date change, scrub step") && x.endsWith("memory allocated, legs included"))).toBe(true);
    const dateChange = result.rows.find((r) => r.measure.startsWith("date change, scrub step"))!;
    expect(dateChange.baseline?.measure).toBe("plain sigma.refresh() → painted (floor)");
    expect(dateChange.ratio).toBeCloseTo(dateChange.value / dateChange.baseline!.value, 10);

    expect(result.budgets.map((b) => b.text.replace(/:.*/, ""))).toEqual([
      "a date change (scrub step) costs at most 1.5× a plain refresh at 60 actors / 600 relations",
      "a date change (one-day step) costs at most 1.5× a plain refresh at 60 actors / 600 relations",
      "a hover costs at most 0.3× a plain refresh at 60 actors / 600 relations",
      "no task blocks the main thread over 200 ms while scrubbing at 60 actors / 600 relations",
      "loading 60 actors / 600 relations in the browser completes without crashing and shows progress",
    ]);
    for (const b of result.budgets) expect(typeof b.pass).toBe("boolean");
  });
});
