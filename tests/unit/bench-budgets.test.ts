/**
 * The browser suite's budget lines: a measure the run left out on purpose at its size (hover and
 * scrubbing from 20k actors) reads SKIP, not FAIL, while one that failed or was never reached
 * still reads FAIL with the reason.
 */
import { describe, expect, it } from "vitest";
import { budgets, type SizeFigures } from "../../bench/browser.ts";
import { renderBudgets } from "../../bench/run.ts";

const big: SizeFigures = { actors: 50_000, relations: 500_000, loaded: true, loadMs: 19_000, progressSeen: true, dateChange: { scrub: 1_500, day: 50, floor: 2_000 } };

describe("browser budget lines", () => {
  it("skips what the run leaves out at 50k, and passes or fails what it measured", () => {
    const text = renderBudgets(budgets({ quick: false }, [big]));
    expect(text).toMatch(/^PASS {2}a date change \(scrub step\) costs at most 1\.5× a plain refresh at 50k/m);
    expect(text).toMatch(/^SKIP {2}a hover costs at most 0\.3× a plain refresh at 50k actors \/ 500k relations: not measured \(hover is skipped from 20k actors\)$/m);
    expect(text).toMatch(/^SKIP {2}no task blocks the main thread over 200 ms while scrubbing at 50k .*: not measured \(scrubbing is skipped from 20k actors\)$/m);
    expect(text).not.toMatch(/^FAIL/m);
  });

  it("fails a measure not taken below 20k, one that errored, and a size that did not load", () => {
    const small: SizeFigures = { actors: 10_000, relations: 100_000, loaded: true, loadMs: 3_000, progressSeen: true, dateChange: { scrub: 100, day: 10, floor: 200 } };
    expect(renderBudgets(budgets({ quick: false }, [small]))).toMatch(/^FAIL {2}a hover .*: not measured \(no hover was timed\)$/m);
    const broken = renderBudgets(budgets({ quick: false }, [{ ...big, error: "page crashed" }]));
    expect(broken).toMatch(/^FAIL {2}a hover .*: not measured \(page crashed\)$/m);
    expect(broken).toMatch(/^FAIL {2}no task blocks .*: not measured \(page crashed\)$/m);
    const unloaded = renderBudgets(budgets({ quick: false }, [{ actors: 50_000, relations: 500_000, loaded: false }]));
    expect(unloaded).toMatch(/^FAIL {2}a hover .*: not measured \(did not load\)$/m);
    expect(unloaded).not.toMatch(/^SKIP/m);
  });
});
