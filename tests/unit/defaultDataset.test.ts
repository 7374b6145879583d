/**
 * The embedded default dataset as the app opens it: main.ts trusts it without validating it at
 * every start (the validator is not in the page's code), so the build's tests validate the very
 * object the app embeds. (tests/unit/dataset.test.ts checks the file's content and its quotes.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import { validateDataset } from "../../src/model/validate.ts";

describe("the embedded default dataset", () => {
  it("is graph-data/karabakh.json, and valid with every quote found in its source, without warnings", () => {
    const file: unknown = JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8"));
    expect(DEFAULT_DATASET_JSON).toEqual(file);
    const readSourceText = (file: string) => readFileSync(new URL(`../../graph-data/${file}`, import.meta.url), "utf8");
    const result = validateDataset(DEFAULT_DATASET_JSON, { readSourceText });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
