/**
 * Issue #17, item 6: a 100,010-actor GEXF stayed on its progress dialog for minutes. The stall was
 * the load-time ForceAtlas2 layout in the worker: the budget check priced an actor like a relation,
 * but Barnes–Hut repulsion costs about 40 times more per actor than attraction per relation
 * (src/model/prepare.ts has the figures), so 100,010 actors with few relations were "1 s" of layout
 * that ran for a minute with no progress. The check is a pure function of the counts, so the same
 * dataset always gets the same picture; these tests count what runs, never how long it takes.
 */
import { describe, expect, it } from "vitest";
import { layoutSeconds, layoutTooSlow, prepareModel, LAYOUT_BUDGET_S } from "../../src/model/prepare.ts";
import { seededPositions } from "../../src/model/layout.ts";
import { generateDataset } from "../../src/model/generate.ts";

describe("the load-time layout budget", () => {
  it("skips the layout for many actors with few relations (the 100,010-actor GEXF)", () => {
    expect(layoutTooSlow(100_010, 3)).toBe(true);
    expect(layoutTooSlow(100_010, 100_010)).toBe(true);
    expect(layoutTooSlow(100_010, 200_000)).toBe(true);
    expect(layoutTooSlow(30_000, 0)).toBe(true);
    // Sizes that were laid out, and still are (the loading test's 3,000 / 30,000 among them).
    for (const [actors, relations] of [[400, 4000], [1000, 10_000], [3000, 30_000], [10_000, 100_000], [10_000, 10_000]] as const) {
      expect(layoutTooSlow(actors, relations), `${actors} / ${relations}`).toBe(false);
      expect(layoutSeconds(actors, relations)).toBeLessThanOrEqual(LAYOUT_BUDGET_S);
    }
  });

  it("prepares an actor-heavy dataset without running ForceAtlas2: seeded positions", () => {
    const dataset = generateDataset({ actors: 30_000, relations: 3000, years: 10, seed: 9 });
    const prepared = prepareModel(dataset);
    expect(prepared.laidOut).toBe(false);
    expect([...prepared.positions]).toEqual([...seededPositions(30_000)]);
  });
});
