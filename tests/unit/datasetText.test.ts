/**
 * What the default dataset says to a reader (issue 11): its description says that the story is
 * known from a machine-paraphrased repost (the reason its verbatim quotes read oddly), it states a
 * licence, and no text shown in the app names the project's internal files ("(facts.md)"):
 * curator notes cite their sources by name.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../../src/model/schema.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

/** Every string of the dataset with its JSON path, except `file` (where a source's text is kept) and `$schema`. */
function shownTexts(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => shownTexts(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "file" || k === "$schema" ? [] : shownTexts(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

describe("the default dataset's text", () => {
  it("names no internal file (facts.md, seed files, Markdown or text files)", () => {
    const named = shownTexts(karabakh()).filter(([, text]) => /\b[\w-]+\.(md|txt)\b|seed\//.test(text));
    expect(named.map(([path, text]) => `${path}: ${text.slice(0, 80)}`)).toEqual([]);
  });

  it("says the story is a machine-paraphrased repost, and states a licence", () => {
    const d = karabakh();
    expect(d.description).toMatch(/machine-paraphrased repost/);
    expect(d.description).toMatch(/quotes are verbatim from that repost/);
    expect(d.license).toMatch(/MIT/);
  });
});
