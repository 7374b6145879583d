import { describe, expect, it } from "vitest";
import { validateDataset, formatIssue, toDisplayPath } from "../../src/model/validate.ts";
import { parseDataset } from "../../src/model/load.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { miniDataset, miniTexts } from "./fixtures.ts";

/** Applies `mutate` to a fresh mini dataset and returns the formatted errors. */
function errorsAfter(mutate: (d: Dataset & Record<string, unknown>) => void): string[] {
  const d = miniDataset() as Dataset & Record<string, unknown>;
  mutate(d);
  const result = validateDataset(d, { readSourceText: miniTexts });
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe("validateDataset", () => {
  it("accepts the mini dataset", () => {
    const result = validateDataset(miniDataset(), { readSourceText: miniTexts });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  const rules: Array<[string, (d: Dataset & Record<string, unknown>) => void, string]> = [
    ["not an object", () => {}, ""], // placeholder replaced below
    ["unknown relation target", (d) => (d.relations[0]!.target = "ARMM"), 'relations[0].target: unknown actor "ARMM"'],
    ["unknown relation source", (d) => (d.relations[1]!.source = "ZZZ"), 'relations[1].source: unknown actor "ZZZ"'],
    ["self loop", (d) => (d.relations[0]!.target = "AAA"), 'relations[0]: source and target are the same actor "AAA"'],
    ["unknown relation type", (d) => (d.relations[2]!.type = "allianse"), 'relations[2].type: unknown relation type "allianse"'],
    ["to before from", (d) => (d.relations[0]!.to = "2019-01-01"), 'relations[0]: "to" 2019-01-01 is before "from" 2020-01-01'],
    ["to equals from", (d) => (d.relations[0]!.to = "2020-01-01"), 'relations[0]: "to" equals "from" (2020-01-01)'],
    ["impossible day", (d) => (d.relations[0]!.from = "2023-02-30"), "relations[0].from: 2023-02-30 is not a day of the calendar"],
    ["malformed date", (d) => (d.relations[0]!.from = "2023-1-1"), 'relations[0].from: "2023-1-1" is not valid here: First day the relation holds'],
    ["duplicate actor id", (d) => d.actors.push({ id: "AAA", label: "Again", kind: "state" }), 'actors[3].id: duplicate id "AAA" (first used at actors[0])'],
    ["duplicate relation id", (d) => (d.relations[2]!.id = "r1"), 'relations[2].id: duplicate id "r1" (first used at relations[0])'],
    ["no evidence", (d) => (d.relations[0]!.evidence = []), "relations[0].evidence: needs at least 1 item"],
    ["evidence with neither quote nor citation", (d) => (d.relations[0]!.evidence = [{ source: "s1" }]), "relations[0].evidence[0]: needs a quote from the source or a citation"],
    ["unknown evidence source", (d) => (d.relations[0]!.evidence[0]!.source = "nope"), 'relations[0].evidence[0].source: unknown source "nope"'],
    ["quote not in source text", (d) => (d.relations[0]!.evidence[0]!.quote = "Alpha and Beta signed a treaty."), 'relations[0].evidence[0].quote: does not occur verbatim in the text of source "s1"'],
    ["quote on a reference source", (d) => (d.relations[2]!.evidence[0]!.quote = "Gamma mediated."), 'relations[2].evidence[0].quote: source "ref" has no local text'],
    ["unreadable source file", (d) => (d.sources[0]!.file = "sources/missing.txt"), 'sources[0].file: cannot read "sources/missing.txt"'],
    ["missing required field", (d) => delete (d.actors[1] as Partial<Dataset["actors"][number]>).label, "actors[1].label: missing required field"],
    ["unknown field", (d) => ((d.actors[0] as Record<string, unknown>).colour = "#fff"), 'actors[0].colour: unknown field "colour"'],
    ["bad actor kind", (d) => ((d.actors[0] as Record<string, unknown>).kind = "country"), 'actors[0].kind: expected one of "state", "bloc"'],
    ["bad sign", (d) => ((d.relationTypes[0] as Record<string, unknown>).sign = 2), "relationTypes[0].sign: expected one of -1, 0, 1, got number 2"],
    ["bad colour", (d) => (d.relationTypes[0]!.color = "blue"), 'relationTypes[0].color: "blue" is not valid here: Colour as #rrggbb.'],
    ["wrong format version", (d) => ((d as Record<string, unknown>).format = "stancegraph/2"), 'format: expected "stancegraph/1", got "stancegraph/2"'],
    ["iso3 on a bloc", (d) => (d.actors[2]!.iso3 = "GAM"), 'actors[2].iso3: only states have an ISO 3166 code (kind is "bloc")'],
    ["event with unknown actor", (d) => (d.events[0]!.actors = ["AAA", "QQQ"]), 'events[0].actors[1]: unknown actor "QQQ"'],
    ["event end before date", (d) => (d.events[0]!.end = "2023-09-01"), 'events[0]: "end" 2023-09-01 is before "date" 2023-09-19'],
    ["event without evidence", (d) => (d.events[0]!.evidence = []), "events[0].evidence: needs at least 1 item"],
    ["bad period date", (d) => (d.periods[0]!.date = "2023-04-31"), "periods[0].date: 2023-04-31 is not a day of the calendar"],
    ["span the wrong way round", (d) => (d.span = { from: "2024-01-01", to: "2020-01-01" }), 'span: "to" 2020-01-01 must be after "from" 2024-01-01'],
    ["relations not a list", (d) => ((d as Record<string, unknown>).relations = {}), "relations: expected a list, got an object"],
  ];

  for (const [name, mutate, expected] of rules.slice(1)) {
    it(`reports ${name}`, () => {
      const errors = errorsAfter(mutate);
      expect(errors.some((e) => e.startsWith(expected)), `expected an error starting with\n  ${expected}\ngot\n  ${errors.join("\n  ")}`).toBe(true);
    });
  }

  it("rejects a value that is not an object", () => {
    const result = validateDataset([1, 2]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatIssue)).toEqual(["(dataset): expected a JSON object, got a list"]);
  });

  it("reports every problem at once, structural and semantic together", () => {
    const errors = errorsAfter((d) => {
      d.relations[0]!.target = "ARMM";
      d.relations[1]!.type = "nope";
      d.relations[2]!.to = "2020-01-01";
      delete (d.actors[1] as Partial<Dataset["actors"][number]>).label;
    });
    expect(errors).toHaveLength(4);
  });

  it("warns, without failing, when source texts are unavailable", () => {
    const result = validateDataset(miniDataset());
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual(["sources: source texts are not available here, so quotes were not checked against them"]);
  });

  it("warns about overlapping relations of one type on one pair and about shared names", () => {
    const d = miniDataset();
    d.relations.push({ ...d.relations[0]!, id: "r4", source: "BBB", target: "AAA", from: "2022-01-01", to: "2024-01-01" });
    d.actors[1]!.aliases = ["alphaland"];
    const result = validateDataset(d, { readSourceText: miniTexts });
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      'actors[1]: the name "alphaland" also names actor "AAA"',
      "relations[3]: overlaps relations[0] (same pair, same type); merge them or split the dates",
    ]);
  });

  it("never throws on hostile shapes", () => {
    for (const junk of [null, 0, "x", [], { actors: [null, 1, "a"] }, { relations: [{ evidence: [null, { source: 1 }] }] }, { events: "x", span: 3 }]) {
      const result = validateDataset(junk, { readSourceText: miniTexts });
      expect(result.ok).toBe(false);
    }
  });
});

describe("parseDataset", () => {
  it("reports JSON syntax errors with a line and column", () => {
    const result = parseDataset('{\n  "format": "stancegraph/1",\n  "id": oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && formatIssue(result.errors[0]!)).toMatch(/^\(file\): not valid JSON: .*\(line 3, column 9\)$/);
  });

  it("refuses text over the size limit before parsing", () => {
    const result = parseDataset("x".repeat(101), { maxBytes: 100 });
    expect(!result.ok && formatIssue(result.errors[0]!)).toBe("(file): is 101 B; the limit is 100 B");
  });
});

describe("toDisplayPath", () => {
  it("turns JSON pointers into readable paths", () => {
    expect(toDisplayPath("/relations/4/target")).toBe("relations[4].target");
    expect(toDisplayPath("")).toBe("(dataset)");
    expect(toDisplayPath("/a~1b/0")).toBe('["a/b"][0]');
    expect(toDisplayPath("/")).toBe('[""]');
    expect(toDisplayPath("/actors/0/my key")).toBe('actors[0]["my key"]');
  });
});
