/**
 * The browser's ingest path (src/io/ingest/ingestTexts.ts): telling event data from its first line,
 * and ingesting texts in memory into the same dataset, byte for byte, as `stancegraph ingest` with
 * DuckDB makes from the files on disk. Also the options step's field reading (rulesInput.ts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { countLines, ingestEventTexts, sniffEventFile } from "../../src/io/ingest/ingestTexts.ts";
import { ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { readEventText } from "../../src/io/ingest/eventFiles.ts";
import { EventFileError } from "../../src/io/ingest/parseEvents.ts";
import { DEFAULT_RULES, type IngestRules } from "../../src/io/ingest/buildDataset.ts";
import { syntheticEventChunks } from "../../src/io/ingest/synthetic.ts";
import { readRuleFields, ruleFields } from "../../src/io/ingest/rulesInput.ts";
import { datasetJsonLines as serializeDataset } from "../../src/io/datasetJson.ts";
import { EVENT_FIXTURES, ingestFixture } from "./ingestHelpers.ts";

const text = (name: string) => readEventText(ingestFixture(name));

describe("telling event data from its first line", () => {
  it.each(EVENT_FIXTURES)("%s: %s", (format, name) => {
    expect(sniffEventFile(text(name))).toEqual({ format });
  });

  it("is not fooled by dataset JSON (pretty or on one line), CSV, XML or plain text", () => {
    const karabakh = readFileSync("graph-data/karabakh.json", "utf8");
    expect(sniffEventFile(karabakh)).toBeNull();
    expect(sniffEventFile(JSON.stringify(JSON.parse(karabakh)))).toBeNull();
    expect(sniffEventFile(readFileSync(ingestFixture("convert/edges.csv"), "utf8"))).toBeNull();
    expect(sniffEventFile(readFileSync(ingestFixture("convert/networkx.graphml"), "utf8"))).toBeNull();
    expect(sniffEventFile("hello\nworld")).toBeNull();
  });

  it("takes a JSON array for PLOVER only when its records carry an event, and names other arrays", () => {
    expect(sniffEventFile('[{"id":"x","event":"COOPERATE"}]')).toEqual({ format: "plover" });
    expect(sniffEventFile('[\n  {\n    "id": "x",\n    "event" : "ASSAULT"\n  }\n]')).toEqual({ format: "plover" });
    expect(sniffEventFile('[{"id":"n1","label":"Russia"},{"id":"n2"}]')).toEqual({ problem: expect.stringContaining('no "event" field') });
    expect(sniffEventFile("[1, 2, 3]")).toEqual({ problem: expect.stringContaining("not a dataset") });
    expect(sniffEventFile(" [ ] ")).toEqual({ problem: expect.stringContaining("an empty JSON array") });
  });

  it("names what a tab-separated file of another width looks like", () => {
    const gdelt1 = `${Array.from({ length: 58 }, (_, i) => `c${i}`).join("\t")}\n`;
    expect(sniffEventFile(gdelt1)).toEqual({ problem: expect.stringContaining("GDELT 1.0") });
    expect(sniffEventFile("a\tb\tc\n")).toEqual({ problem: expect.stringMatching(/^3 tab-separated columns: not a GDELT 2.0 export/) });
    // 20 columns without the header: ICEWS, whose reader then says the header is missing.
    const noHeader = text("icews-2023.tab").split("\n").slice(1).join("\n");
    expect(sniffEventFile(noHeader)).toEqual({ format: "icews" });
  });
});

describe("ingesting texts in memory", () => {
  const custom: IngestRules = { window: "month", minEvents: 3, margin: 0.2, actors: "all" };
  for (const [format, name] of EVENT_FIXTURES) {
    it(`${name}: the same bytes as the CLI's DuckDB path, with the defaults and with other rules`, async () => {
      for (const rules of [DEFAULT_RULES, custom]) {
        const viaDuckdb = await ingestEventFiles(format, [ingestFixture(name)], rules, { engine: "duckdb" });
        const inMemory = ingestEventTexts(format, [{ name, text: text(name) }], rules);
        expect(serializeDataset(inMemory.dataset)).toBe(serializeDataset(viaDuckdb.dataset));
        expect(inMemory.rows).toEqual(viaDuckdb.rows);
      }
    });
  }

  it("reads several files as one, naming them all in the source", async () => {
    const names = ["gdelt-2023.export.CSV", "gdelt-2023.export.CSV.gz"];
    const viaDuckdb = await ingestEventFiles("gdelt", names.map(ingestFixture), DEFAULT_RULES, { engine: "duckdb" });
    const inMemory = ingestEventTexts("gdelt", names.map((name) => ({ name, text: text(name) })), DEFAULT_RULES);
    expect(serializeDataset(inMemory.dataset)).toBe(serializeDataset(viaDuckdb.dataset));
    expect(inMemory.dataset.sources[0]!.title).toBe("GDELT 2.0 event export: gdelt-2023.export.CSV, gdelt-2023.export.CSV.gz");
  });

  it("reports progress as it reads: rising shares of the lines, ending at 1", () => {
    const big = [...syntheticEventChunks({ format: "icews", events: 50_000, seed: 3 })].join("");
    const seen: Array<[number, number]> = [];
    ingestEventTexts("icews", [{ name: "big.tab", text: big }], DEFAULT_RULES, {}, (fraction, events) => seen.push([fraction, events]));
    expect(seen.length).toBe(3); // at 20,000 and 40,000 events, and at the end
    expect(seen.map(([, n]) => n)).toEqual([20_000, 40_000, 50_000]);
    expect(seen[0]![0]).toBeCloseTo(20_000 / countLines(big), 6);
    expect(seen.at(-1)![0]).toBe(1);
  });

  it("says which file and line has the wrong shape", () => {
    const lines = text("gdelt-2023.export.CSV").split("\n");
    lines[2] = lines[2]!.split("\t").slice(0, 58).join("\t");
    const files = [
      { name: "good.CSV", text: text("gdelt-2023.export.CSV") },
      { name: "bad.CSV", text: lines.join("\n") },
    ];
    expect(() => ingestEventTexts("gdelt", files, DEFAULT_RULES)).toThrow(new EventFileError("bad.CSV", 3, "expected 61 tab-separated columns (GDELT 2.0 export), found 58"));
  });

  it("counts lines with or without a final newline", () => {
    expect([countLines(""), countLines("a"), countLines("a\n"), countLines("a\nb"), countLines("a\nb\n")]).toEqual([0, 1, 1, 2, 2]);
  });
});

describe("the options step's fields", () => {
  it("read as the rules, the defaults round-tripping", () => {
    expect(readRuleFields(ruleFields(DEFAULT_RULES))).toEqual({ ok: true, rules: DEFAULT_RULES });
    expect(readRuleFields({ window: "month", minEvents: " 12 ", margin: ".45", actors: "all" })).toEqual({ ok: true, rules: { window: "month", minEvents: 12, margin: 0.45, actors: "all" } });
    expect(readRuleFields({ window: "year", minEvents: "1", margin: "0", actors: "countries" })).toMatchObject({ ok: true, rules: { minEvents: 1, margin: 0 } });
  });

  it("say which field is wrong and why, echoing at most 40 characters, with the CLI's bounds", () => {
    const r = readRuleFields({ window: "week", minEvents: "0", margin: "1.5", actors: "x".repeat(100) });
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: "window", message: '"week" is not a window (month, quarter or year)' },
        { field: "actors", message: `"${"x".repeat(40)}…" is not an actor scope (countries or all)` },
        { field: "minEvents", message: '"0" is not a whole number from 1' },
        { field: "margin", message: '"1.5" is not a number from 0 to 1' },
      ],
    });
    expect(readRuleFields({ ...ruleFields(DEFAULT_RULES), minEvents: "2.5" })).toMatchObject({ ok: false, problems: [{ field: "minEvents" }] });
    expect(readRuleFields({ ...ruleFields(DEFAULT_RULES), margin: "-0.1" })).toMatchObject({ ok: false, problems: [{ field: "margin" }] });
    expect(readRuleFields({ ...ruleFields(DEFAULT_RULES), margin: "" })).toMatchObject({ ok: false, problems: [{ field: "margin", message: '"" is not a number from 0 to 1' }] });
  });
});
