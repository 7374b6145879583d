/** Reading each source's layout, and the errors for files of the wrong shape. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { LAYOUTS } from "../../src/io/ingest/layouts.ts";
import { EventFileError, parseEvents } from "../../src/io/ingest/parseEvents.ts";
import { aggregateEvents, readDay } from "../../src/io/ingest/aggregate.ts";
import { checkEventFile } from "../../src/io/ingest/eventFiles.ts";
import { fixtureFiles } from "../fixtures/ingest/make-fixtures.ts";
import { ingestFixture } from "./ingestHelpers.ts";

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof EventFileError ? e.message : `not an EventFileError: ${String(e)}`;
  }
  return "no error";
};

describe("event file layouts", () => {
  it("reads a GDELT 2.0 line by its column names", () => {
    const [first] = parseEvents(LAYOUTS.gdelt, readFileSync(ingestFixture("gdelt-2023.export.CSV"), "utf8"), "g");
    expect(first).toEqual({
      id: "1100000001",
      dateText: "20230101",
      code: "03",
      url: "https://news.example.org/2023-01/story-1100000001",
      actors: [{ country: "ARM", name: "ARMENIA" }],
      recipients: [{ country: "RUS", name: "RUSSIA" }],
    });
  });

  it("reads ICEWS by its header's columns, countries by name", () => {
    const [first] = parseEvents(LAYOUTS.icews, readFileSync(ingestFixture("icews-2023.tab"), "utf8"), "i");
    expect(first).toMatchObject({ id: "1100000001", dateText: "2023-01-01", code: "036", url: "", recipients: [{ country: "Russian Federation", name: "Russia" }] });
  });

  it("pairs PLOVER compound actors with one another when there is no recipient (gold-standard records)", () => {
    const text = readFileSync(ingestFixture("plover-gsr-sample.json"), "utf8");
    const records = [...parseEvents(LAYOUTS.plover, text, "gsr")];
    const agree = records.find((r) => r.id === "PLOVER-GSR01-AGREE-0001")!;
    expect(agree.actors.map((a) => a.country)).toEqual(["HUN", "ROU"]);
    expect(agree.recipients).toEqual([]);
    const rows = aggregateEvents([agree], LAYOUTS.plover, { window: "year", actors: "countries" });
    expect(rows).toEqual([expect.objectContaining({ actorA: "HUN", actorB: "ROU", window: "2000-01-01", cooperative: 1, sampleIds: ["PLOVER-GSR01-AGREE-0001"] })]);
  });

  it("says which line of which file is wrong", () => {
    const gdelt = "1\t20230101\n";
    expect(errorOf(() => [...parseEvents(LAYOUTS.gdelt, gdelt, "a.CSV")])).toBe("a.CSV, line 1: expected 61 tab-separated columns (GDELT 2.0 export), found 2");
    expect(errorOf(() => [...parseEvents(LAYOUTS.icews, "Event ID\tDate\n", "b.tab")])).toMatch(/^b\.tab, line 1: not an ICEWS header: column 2 should be "Event Date", found "Date"/);
    expect(errorOf(() => [...parseEvents(LAYOUTS.plover, '{"id":1}\n{"id":\n', "c.jsonl")])).toMatch(/^c\.jsonl, line 2: not a JSON record/);
    expect(errorOf(() => [...parseEvents(LAYOUTS.plover, '[{"id":1},\n{"id":}]', "d.json")])).toMatch(/^d\.json, line 2: not valid JSON/);
  });

  it("checks a file's first line before DuckDB reads it, with a hint at the right format", async () => {
    await expect(checkEventFile(ingestFixture("icews-2023.tab"), "gdelt")).rejects.toThrow(/found 20 \(20 columns: an ICEWS file\? use --format icews\)/);
    await expect(checkEventFile(ingestFixture("gdelt-2023.export.CSV.gz"), "plover")).rejects.toThrow(/not PLOVER JSON/);
    await expect(checkEventFile(ingestFixture("gdelt-2023.export.CSV.gz"), "gdelt")).resolves.toBeUndefined();
  });

  it("reads only calendar days", () => {
    expect(readDay("20230228", "yyyymmdd")).toBe("2023-02-28");
    expect(readDay("20230230", "yyyymmdd")).toBeNull();
    expect(readDay("2023-2-28", "iso")).toBeNull();
    expect(readDay("0099-01-01", "iso")).toBeNull();
  });

  it("keeps the fixtures as make-fixtures.ts writes them", () => {
    for (const [name, text] of fixtureFiles()) expect(readFileSync(ingestFixture(name), "utf8"), name).toBe(text);
  });
});
