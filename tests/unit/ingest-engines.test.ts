/**
 * The aggregation has one definition and two engines: DuckDB running the SQL of sql.ts, and the
 * TypeScript aggregator (for the browser). They must give identical rows, and so identical
 * datasets, on every fixture, for every window and actor scope.
 */
import { describe, expect, it } from "vitest";
import { LAYOUTS } from "../../src/io/ingest/layouts.ts";
import { parseEvents } from "../../src/io/ingest/parseEvents.ts";
import { aggregateEvents } from "../../src/io/ingest/aggregate.ts";
import { aggregateWithDuckdb } from "../../src/io/ingest/duckdbEngine.ts";
import { readEventText } from "../../src/io/ingest/eventFiles.ts";
import { ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { DEFAULT_RULES } from "../../src/io/ingest/buildDataset.ts";
import { WINDOW_UNITS } from "../../src/io/ingest/aggregation.ts";
import { EVENT_FIXTURES, ingestFixture } from "./ingestHelpers.ts";

describe("DuckDB and TypeScript aggregate alike", () => {
  for (const [format, name] of EVENT_FIXTURES) {
    for (const actors of ["countries", "all"] as const) {
      it(`${name}, actors ${actors}: identical rows for month, quarter and year`, async () => {
        const layout = LAYOUTS[format];
        const file = ingestFixture(name);
        for (const window of WINDOW_UNITS) {
          const options = { window, actors };
          const viaTs = aggregateEvents(parseEvents(layout, readEventText(file), name), layout, options);
          const viaDuckdb = await aggregateWithDuckdb(layout, [file], options);
          expect(viaTs.length, `${window}: some rows`).toBeGreaterThan(0);
          expect(viaDuckdb, window).toEqual(viaTs);
        }
      });
    }
    it(`${name}: the two engines make the same dataset`, async () => {
      // The gold-standard records are one event per pair on one day: count every one.
      const gsr = name.includes("gsr");
      const rules = gsr ? { window: "year" as const, actors: "all" as const, minEvents: 1, margin: 0 } : { ...DEFAULT_RULES, actors: "all" as const };
      const a = await ingestEventFiles(format, [ingestFixture(name)], rules, { engine: "duckdb" });
      const b = await ingestEventFiles(format, [ingestFixture(name)], rules, { engine: "typescript" });
      expect(a.dataset.relations.length).toBeGreaterThan(0);
      expect(a.dataset).toEqual(b.dataset);
    });
  }

  it("reads several files as one: two copies double every count", async () => {
    const file = ingestFixture("icews-2023.tab");
    const one = await aggregateWithDuckdb(LAYOUTS.icews, [file], { window: "quarter", actors: "countries" });
    const two = await aggregateWithDuckdb(LAYOUTS.icews, [file, file], { window: "quarter", actors: "countries" });
    expect(two.map((r) => [r.cooperative, r.conflictual, r.neutral])).toEqual(one.map((r) => [2 * r.cooperative, 2 * r.conflictual, 2 * r.neutral]));
  });
});
