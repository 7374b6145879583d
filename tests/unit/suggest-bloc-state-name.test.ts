/**
 * A dataset's bloc that answers to a state's own name (the default dataset's "EU/US" is also
 * "United States") is not read as a grouping whose members are listed after it: "envoys of the
 * United States, Russia and Portugal" named three observers, and the first suggestion for a new
 * user's Angola text was "Russia → EU/US, membership".
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { isStateName } from "../../src/model/suggest/gazetteer.ts";

const types = (DEFAULT_DATASET_JSON as Dataset).relationTypes;
const withWest: SuggestDataset = { actors: [{ id: "WEST", label: "The West", kind: "bloc", aliases: ["United States", "Western nations"] }], relationTypes: types };
const memberships = (text: string, dataset: SuggestDataset) => suggest(text, dataset, { sourceDate: "1994-11-20" }).filter((c) => c.type === "membership");

describe("a bloc named by a state's name", () => {
  it("knows a state's own names, now and former, from other names", () => {
    expect(isStateName("United States")).toBe(true);
    expect(isStateName("portugal")).toBe(true);
    expect(isStateName("Soviet Union")).toBe(true);
    expect(isStateName("Western nations")).toBe(false);
    expect(isStateName("Gulf States")).toBe(false);
  });

  it("reads no membership of the bloc for the states listed after that name", () => {
    const text = "The accord was witnessed by envoys of the United States, Russia and Portugal, the three observer states.";
    expect(memberships(text, withWest)).toEqual([]);
  });

  it("still reads a grouping's members listed in apposition after a name that is no state's", () => {
    const text = "The Harbour States, Peru, Chile and Ecuador, have backed the plan for years.";
    const members = memberships(text, withWest).map((c) => c.source.id).sort();
    expect(members).toEqual(["CHL", "ECU", "PER"]);
  });
});
