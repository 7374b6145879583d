/**
 * The load worker hands the dataset to the page in parts (src/app/loadPipeline.ts): the page
 * deserialises each message in a task of its own, so a part must stay small. Checked by counting
 * items per posted part, and that the parts put back together are the dataset.
 */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/app/loadPipeline.ts";
import type { LoadMessage } from "../../src/app/loadProtocol.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { generateDataset } from "../../src/model/generate.ts";

describe("the dataset handed to the page", () => {
  it("comes in parts of at most 2,500 items, which together are the dataset", () => {
    const dataset = generateDataset({ actors: 1200, relations: 12_000, years: 10, seed: 3 });
    const messages: LoadMessage[] = [];
    loadDataset({ stored: { name: "kept.json", savedAt: "2026-11-29T00:00:00Z", text: datasetJsonLines(dataset) } }, (m) => void messages.push(m));
    const parts = messages.filter((m): m is Extract<LoadMessage, { type: "part" }> => m.type === "part");
    expect(messages.at(-1)?.type).toBe("loaded");
    expect(Math.max(...parts.map((p) => p.items.length))).toBeLessThanOrEqual(2500);
    const joined = (key: string) => parts.filter((p) => p.key === key).flatMap((p) => p.items);
    expect(joined("relations")).toEqual(dataset.relations);
    expect(joined("actors")).toEqual(dataset.actors);
  });
});
