/** From the fixtures' events to relations: thresholds, merging, actors, provenance. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { DEFAULT_RULES, buildIngestDataset, windowSign, type IngestRules } from "../../src/io/ingest/buildDataset.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { MAX_URL_LENGTH, type Dataset } from "../../src/model/schema.ts";
import type { DyadCount } from "../../src/io/ingest/aggregation.ts";
import { ingestFixture } from "./ingestHelpers.ts";

const summary = (d: Dataset) => d.relations.map((r) => `${r.source}–${r.target} ${r.type} [${r.from}, ${r.to})`);

async function ingest(file: string, rules: Partial<IngestRules> = {}) {
  const format = file.startsWith("gdelt") ? "gdelt" : file.startsWith("icews") ? "icews" : "plover";
  return (await ingestEventFiles(format, [ingestFixture(file)], { ...DEFAULT_RULES, ...rules }, { engine: "typescript" })).dataset;
}

describe("ingest: the fixtures' story", () => {
  it("shows Armenia–Russia turning from cooperation to conflict, as two relations meeting at the turn", async () => {
    const d = await ingest("gdelt-2023.export.CSV");
    expect(summary(d)).toEqual([
      "ARM–AZE conflict [2023-04-01, 2023-10-01)",
      "ARM–AZE cooperation [2023-10-01, 2024-01-01)",
      "ARM–FRA cooperation [2023-10-01, 2024-01-01)",
      "ARM–RUS cooperation [2023-01-01, 2023-07-01)",
      "ARM–RUS conflict [2023-07-01, 2024-01-01)",
      "AZE–TUR cooperation [2023-01-01, 2024-01-01)",
      "RUS–UKR conflict [2023-01-01, 2024-01-01)",
    ]);
    expect(validateDataset(d).ok).toBe(true);
    expect(d.actors.map((a) => a.id)).toEqual(["ARM", "AZE", "FRA", "RUS", "TUR", "UKR"]);
    // The before/after toggle shows the first and the last quarter.
    expect(d.periods).toEqual([
      { id: "first-window", label: "First quarter: 2023 Q1", date: "2023-01-01" },
      { id: "last-window", label: "Last quarter: 2023 Q4", date: "2023-10-01" },
    ]);
    expect(d.actors.find((a) => a.id === "TUR")).toMatchObject({ kind: "state", iso3: "TUR", label: "Turkey", aliases: ["Türkiye"] });
  });

  it("gives every layout the same relations", async () => {
    const reference = summary(await ingest("gdelt-2023.export.CSV"));
    for (const f of ["icews-2023.tab", "plover-2023.jsonl", "plover-2023.json"]) expect(summary(await ingest(f)), f).toEqual(reference);
  });

  it("records the provenance of each relation: rule, counts, dates, sample ids and URLs", async () => {
    const d = await ingest("gdelt-2023.export.CSV");
    const turn = d.relations.find((r) => r.source === "ARM" && r.target === "RUS" && r.type === "cooperation")!;
    expect(turn.evidence).toHaveLength(1);
    const derived = turn.evidence[0]!.derived!;
    expect(derived).toMatchObject({ cooperative: 15, conflictual: 3, neutral: 1, first: "2023-01-01", last: "2023-06-15" });
    // The first five events by date (then id): January 1, 15 and 22 (ids 1, 7, 4), February 1 and 8 (ids 5, 2).
    expect(derived.sampleIds).toEqual(["1100000001", "1100000007", "1100000004", "1100000005", "1100000002"]);
    expect(derived.sampleUrls).toEqual(derived.sampleIds.map((id) => expect.stringContaining(id)));
    expect(derived.rule).toMatch(/CAMEO root code → quad class.*per quarter, at least 5 .* ≥ 0\.3/);
    expect(d.sources).toEqual([expect.objectContaining({ id: "events", publisher: "The GDELT Project" })]);
  });

  it("leaves out a sample URL longer than the format allows (both engines), so the dataset stays valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-long-url-"));
    try {
      const long = `https://news.example.org/${"a".repeat(MAX_URL_LENGTH)}`;
      const file = join(dir, "events.jsonl");
      // The first event of Armenia–Russia's first relation, so its URL would be the first sample.
      writeFileSync(file, readFileSync(ingestFixture("plover-2023.jsonl"), "utf8").replace("https://news.example.org/2023-01/story-1100000001", long));
      for (const engine of ["typescript", "duckdb"] as const) {
        const d = (await ingestEventFiles("plover", [file], DEFAULT_RULES, { engine })).dataset;
        expect(validateDataset(d).ok, engine).toBe(true);
        const derived = d.relations.find((r) => r.source === "ARM" && r.target === "RUS" && r.type === "cooperation")!.evidence[0]!.derived!;
        expect(derived.sampleIds[0], engine).toBe("1100000001");
        // The long one is left out, the next events' URLs follow.
        expect(derived.sampleUrls, engine).not.toContain(long);
        expect(derived.sampleUrls!.slice(0, 4), engine).toEqual(derived.sampleIds.slice(1).map((id) => expect.stringContaining(id)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps actors without a country only with --actors all", async () => {
    expect(summary(await ingest("icews-2023.tab")).some((s) => s.includes("United"))).toBe(false);
    const all = await ingest("icews-2023.tab", { actors: "all" });
    expect(summary(all)).toContain("ARM–United-Nations cooperation [2023-10-01, 2024-01-01)");
    expect(all.actors.find((a) => a.id === "United-Nations")).toEqual({ id: "United-Nations", label: "United Nations", kind: "non-state" });
  });

  it("needs the margin: with none, Armenia–Azerbaijan's mixed first quarter (3:4) counts as conflict", async () => {
    const strict = summary(await ingest("gdelt-2023.export.CSV"));
    const loose = summary(await ingest("gdelt-2023.export.CSV", { margin: 0 }));
    expect(strict).toContain("ARM–AZE conflict [2023-04-01, 2023-10-01)");
    expect(loose).toContain("ARM–AZE conflict [2023-01-01, 2023-10-01)");
  });

  it("needs the minimum: with 3, Armenia–France's three events of the third quarter count", async () => {
    expect(summary(await ingest("gdelt-2023.export.CSV", { minEvents: 3 }))).toContain("ARM–FRA cooperation [2023-07-01, 2024-01-01)");
  });

  it("by year, each pair gets the sign of its whole year", async () => {
    expect(summary(await ingest("gdelt-2023.export.CSV", { window: "year" }))).toEqual([
      "ARM–AZE conflict [2023-01-01, 2024-01-01)",
      "ARM–FRA cooperation [2023-01-01, 2024-01-01)",
      "AZE–TUR cooperation [2023-01-01, 2024-01-01)",
      "RUS–UKR conflict [2023-01-01, 2024-01-01)",
    ]);
  });
});

describe("windows → relations", () => {
  const row = (window: string, cooperative: number, conflictual: number, actorB = "RUS"): DyadCount => ({
    actorA: "ARM",
    actorB,
    window,
    cooperative,
    conflictual,
    neutral: 0,
    first: window,
    last: window,
    sampleIds: [`e-${window}`],
    sampleUrls: [],
  });
  const rules: IngestRules = { window: "month", minEvents: 2, margin: 0.5, actors: "countries" };
  const source = { title: "t", publisher: "p", inputs: ["f"], coding: "c" };

  it("signs a window by count and margin", () => {
    expect(windowSign({ cooperative: 1, conflictual: 0 }, rules)).toBe(0);
    expect(windowSign({ cooperative: 3, conflictual: 1 }, rules)).toBe(1);
    expect(windowSign({ cooperative: 2, conflictual: 1 }, rules)).toBe(0);
    expect(windowSign({ cooperative: 0, conflictual: 2 }, rules)).toBe(-1);
    expect(windowSign({ cooperative: 2, conflictual: 2 }, { ...rules, margin: 0 })).toBe(0);
  });

  it("merges consecutive windows of one sign, and a gap ends a relation", () => {
    const d = buildIngestDataset(
      [row("2023-01-01", 3, 0), row("2023-02-01", 4, 0), row("2023-04-01", 5, 0), row("2023-05-01", 0, 3), row("2023-06-01", 1, 1)],
      rules,
      source,
    );
    expect(summary(d)).toEqual(["ARM–RUS cooperation [2023-01-01, 2023-03-01)", "ARM–RUS cooperation [2023-04-01, 2023-05-01)", "ARM–RUS conflict [2023-05-01, 2023-06-01)"]);
    expect(d.relations[0]!.evidence[0]!.derived).toMatchObject({ cooperative: 7, conflictual: 0, sampleIds: ["e-2023-01-01", "e-2023-02-01"] });
    expect(d.span).toEqual({ from: "2023-01-01", to: "2023-06-01" });
  });

  it("does not merge windows of different dyads", () => {
    const d = buildIngestDataset([row("2023-01-01", 3, 0), row("2023-02-01", 3, 0, "TUR")], rules, source);
    expect(summary(d)).toEqual(["ARM–RUS cooperation [2023-01-01, 2023-02-01)", "ARM–TUR cooperation [2023-02-01, 2023-03-01)"]);
  });
});
