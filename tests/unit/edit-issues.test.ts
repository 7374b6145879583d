import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/model/validate.ts";
import { draftIssues, issueTarget, issuesByRecord } from "../../src/model/edit/index.ts";
import { miniDataset } from "./fixtures.ts";

describe("problems linked to items", () => {
  it("points a validator path at its record and field", () => {
    const d = miniDataset();
    expect(issueTarget(d, "relations[1].evidence[0].quote")).toEqual({ collection: "relations", id: "r2", index: 1, field: "evidence[0].quote" });
    expect(issueTarget(d, "actors[0]")).toEqual({ collection: "actors", id: "AAA", index: 0, field: "" });
    expect(issueTarget(d, "span")).toBeNull();
    const broken = miniDataset();
    broken.relations[0]!.target = "ZZZ";
    broken.span = { from: "2024-01-01", to: "2020-01-01" };
    const result = validateDataset(broken);
    const grouped = issuesByRecord(broken, result.ok ? [] : result.errors);
    expect(grouped.records.get("relations")!.get("r1")).toEqual([{ path: "relations[0].target", message: 'unknown actor "ZZZ"' }]);
    expect(grouped.dataset).toEqual([{ path: "span", message: '"to" 2020-01-01 must be after "from" 2024-01-01' }]);
  });

  it("checks a form's draft field by field, as typed, in the validator's words", () => {
    const d = miniDataset();
    const issues = draftIssues(d, "actors", { id: "AAA", label: "", kind: "bloc", iso3: "rus", wikidata: ["Q1x"] });
    expect(Object.fromEntries(issues)).toEqual({
      id: ['duplicate id "AAA" (first used at actors[0])'],
      label: ["must not be empty"],
      iso3: ['"rus" is not valid here: ISO 3166-1 alpha-3 code (states only).', 'only states have an ISO 3166 code (kind is "bloc")'],
      "wikidata[0]": ['"Q1x" is not valid here: must match ^Q[1-9][0-9]*$'],
    });
    expect(draftIssues(d, "actors", { id: "DDD", label: "Delta", kind: "state" }).size).toBe(0);
    // Editing a record: checked as that record changed, so its own id is no duplicate.
    expect(draftIssues(d, "relations", { ...d.relations[0]!, to: "2019-01-01" }, { replacing: "r1" })).toEqual(new Map([["", ['"to" 2019-01-01 is before "from" 2020-01-01']]]));
  });
});
