/**
 * The Analysis panel's client (src/app/analysisClient.ts) sends the dataset to its worker in parts,
 * a task going by after each: the page copies each message in the task that posts it, so a part
 * must stay small. Checked with a stand-in worker that keeps what it is sent: at most
 * ANALYSIS_PART relations per part, one part per task, and the parts together are the relations
 * (without their evidence, which no measure reads).
 */
import { describe, expect, it } from "vitest";
import { ANALYSIS_PART, createAnalysisClient } from "../../src/app/analysisClient.ts";
import type { AnalysisRequest } from "../../src/app/analysisProtocol.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { generateDataset } from "../../src/model/generate.ts";

describe("the dataset sent to the analysis worker", () => {
  it("goes in parts of at most 2,500 relations, one per task, which together are the relations", async () => {
    const dataset = generateDataset({ actors: 800, relations: 12_000, years: 10, seed: 5 });
    const model = createModel(dataset, { today: "2026-11-29" });
    const posted: AnalysisRequest[] = [];
    // After each part, a timer queued as it is posted: it runs before the client's next task, and
    // sees how many parts were posted by then (one more per task, if a task goes by after each).
    const seenAfter: number[] = [];
    const parts = () => posted.filter((m): m is Extract<AnalysisRequest, { type: "relations" }> => m.type === "relations");
    const postMessage = (message: AnalysisRequest) => {
      posted.push(message);
      if (message.type === "relations") setTimeout(() => seenAfter.push(parts().length), 0);
    };
    const worker = { postMessage, terminate: () => {}, onmessage: null, onerror: null } as unknown as Worker;
    const client = createAnalysisClient(model, () => worker);
    const total = dataset.relations.length;
    while (parts().flatMap((m) => m.items).length < total || seenAfter.length < parts().length) await new Promise((resolve) => setTimeout(resolve, 0));
    client.stop();
    expect(ANALYSIS_PART).toBeLessThanOrEqual(2500);
    expect(Math.max(...parts().map((m) => m.items.length))).toBeLessThanOrEqual(2500);
    expect(parts().length).toBe(Math.ceil(total / 2500));
    // No two parts in one task.
    expect(seenAfter).toEqual(parts().map((_, i) => i + 1));
    expect(parts().flatMap((m) => m.items)).toEqual(dataset.relations.map((r) => ({ ...r, evidence: [] })));
  });
});
