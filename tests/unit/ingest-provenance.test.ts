/** Machine-coded provenance: the format's new block, its rules, and its words for the details card. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateDataset } from "../../src/model/validate.ts";
import { formatProvenance } from "../../src/io/ingest/provenance.ts";
import type { Dataset, DerivedEvidence } from "../../src/model/schema.ts";

const mini = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../fixtures/mini/mini.json", import.meta.url)), "utf8"));

const derived: DerivedEvidence = {
  rule: "CAMEO root code → quad class → sign; per quarter, at least 5 events",
  cooperative: 15,
  conflictual: 3,
  neutral: 1,
  first: "2023-01-01",
  last: "2023-06-15",
  sampleIds: ["1100000001", "1100000007"],
  sampleUrls: ["https://news.example.org/2023-01/story-1100000001", "javascript:alert(1)"],
};

function withDerived(d: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const dataset = mini();
  const source = dataset.relations[0]!.evidence[0]!.source;
  dataset.relations[0]!.evidence = [{ source, derived: d, ...extra } as never];
  return validateDataset(dataset);
}

describe("derived evidence in the format", () => {
  it("is valid evidence on its own", () => {
    expect(withDerived({ ...derived, sampleUrls: [derived.sampleUrls![0]] }).ok).toBe(true);
  });

  it("is checked: URLs, dates in order, some signed events, no quote, no unknown fields", () => {
    const messages = (r: ReturnType<typeof validateDataset>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));
    expect(messages(withDerived(derived)).join("\n")).toContain("relations[0].evidence[0].derived.sampleUrls[1]");
    expect(messages(withDerived({ ...derived, sampleUrls: [], last: "2022-12-31" }))).toContain('relations[0].evidence[0].derived: "last" 2022-12-31 is before "first" 2023-01-01');
    expect(messages(withDerived({ ...derived, sampleUrls: [], cooperative: 0, conflictual: 0 }))).toContain("relations[0].evidence[0].derived: counts no cooperative and no conflictual event");
    expect(messages(withDerived({ ...derived, sampleUrls: [], first: "2023-02-30" }))).toContain("relations[0].evidence[0].derived.first: 2023-02-30 is not a day of the calendar");
    expect(messages(withDerived({ ...derived, sampleUrls: [] }, { quote: "said" })).join("\n")).toContain("give it no quote");
    expect(messages(withDerived({ ...derived, sampleUrls: [], weight: 2 })).join("\n")).toContain('unknown field "weight"');
  });
});

describe("formatProvenance", () => {
  it("says machine-coded, the counts, the dates, the rule, the samples, and links only http(s)", () => {
    const view = formatProvenance(derived, { id: "events", title: "GDELT 2.0 event export: 2023.export.CSV", publisher: "The GDELT Project" });
    expect(view).toEqual({
      badge: "Machine-coded",
      summary: "15 cooperative and 3 conflictual events, 2023-01-01 to 2023-06-15 (1 neutral not counted)",
      rule: derived.rule,
      from: "GDELT 2.0 event export: 2023.export.CSV (The GDELT Project)",
      samples: "Sample events: 1100000001, 1100000007",
      links: [{ text: "Report 1: news.example.org", url: "https://news.example.org/2023-01/story-1100000001" }],
    });
  });

  it("words one-sided counts and single days plainly", () => {
    const view = formatProvenance({ rule: "r", cooperative: 0, conflictual: 1, first: "2023-05-01", last: "2023-05-01", sampleIds: [] });
    expect(view.summary).toBe("1 conflictual event, on 2023-05-01");
    expect(view.samples).toBeNull();
    expect(view.from).toBeNull();
  });
});
