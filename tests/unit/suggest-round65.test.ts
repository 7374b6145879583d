/**
 * The sixty-fifth round's mechanisms, on wording of their own (not the fixtures'): a participle's
 * phrase between a name and its verb.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string) => suggest(text, fresh, { sourceDate: "2011-01-01" });
const score = (text: string, x: string, y: string, type: string) => read(text).find((c) => [c.source.id, c.target.id].sort().join("-") === [x, y].sort().join("-") && c.type === type)?.score ?? 0;

describe("a participle's phrase between a name and its verb", () => {
  it("reads the verb after ', backed by A and B,' as the named group's, not its backers'", () => {
    const text = "The Front for Renewal, backed by Ghana and Benin, attacked Togo.";
    expect(score(text, "FRONTFORRENEWAL", "TGO", "hostility")).toBeGreaterThan(0.7);
    expect(score(text, "FRONTFORRENEWAL", "GHA", "partnership")).toBeGreaterThan(0.7);
    expect(score(text, "GHA", "TGO", "hostility")).toBeLessThan(score(text, "FRONTFORRENEWAL", "TGO", "hostility"));
  });

  it("reads ', armed by A,' (tagged an adjective) so too", () => {
    const text = "The Front for Renewal, armed by Ghana, attacked Togo in March.";
    expect(score(text, "FRONTFORRENEWAL", "TGO", "hostility")).toBeGreaterThan(0.7);
    expect(score(text, "GHA", "TGO", "hostility")).toBeLessThan(0.5);
  });
});
