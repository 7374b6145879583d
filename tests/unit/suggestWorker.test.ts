/** The suggestions worker's script: what it does before the first text, and how it answers (the engine stood in for). */
import { afterAll, expect, it, vi } from "vitest";

const calls: string[] = [];
vi.mock("../../src/model/suggest/index.ts", () => ({
  warmUpNlp: () => calls.push("load the model"),
  buildGazetteer: (actors: Array<{ id: string }>) => calls.push(`gazetteer ${actors.map((a) => a.id).join(",")}`),
  suggestWithNames: (text: string, dataset: { actors: Array<{ id: string }> } | null) => {
    calls.push(`suggest ${text.split(" ")[0]}${dataset ? ` with ${dataset.actors.map((a) => a.id).join(",")}` : ""}`);
    if (text === "boom") throw new Error("engine failed");
    return { candidates: [], names: [{ name: "Kataib Hezbollah", id: "KATAIBHEZBOLLAH", kind: "organization", count: 1, start: 0, end: 16, score: 1 }] };
  },
}));

afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it("loads the model and runs the engine before any text; takes the dataset, builds its gazetteer, says it is ready; then answers each text against it", async () => {
  const posted: unknown[] = [];
  vi.stubGlobal("onmessage", null);
  vi.stubGlobal("postMessage", (message: unknown) => {
    posted.push(message);
    calls.push("post");
  });
  vi.useFakeTimers();
  await import("../../src/app/suggestWorker.ts");
  // The first source's request then finds the model loaded, the engine's code compiled, and a
  // pipeline no text has been read with (the warm-up text used the first: nlp.ts).
  expect(calls).toEqual(["load the model", "suggest France", "load the model"]);
  expect(posted).toEqual([]);

  const onmessage = (globalThis as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
  const dataset = { actors: [{ id: "ARM" }, { id: "RUS" }], relationTypes: [], relations: [] };
  // Sent at idle: the gazetteer is built, and the engine run once more, against the dataset, before "ready".
  onmessage({ data: { kind: "dataset", dataset, idle: true } });
  expect(calls.slice(3)).toEqual(["gazetteer ARM,RUS", "suggest France with ARM,RUS", "load the model", "post"]);
  expect(posted[0]).toMatchObject({ ready: true, loadMs: expect.any(Number) });

  calls.length = 0;
  onmessage({ data: { kind: "suggest", id: 7, text: "Armenia condemned Russia.", options: {} } });
  expect(posted[1]).toEqual({ id: 7, ok: true, candidates: [], names: [expect.objectContaining({ id: "KATAIBHEZBOLLAH" })] });
  // The next text's pipeline is made after the answer is posted, not before.
  expect(calls).toEqual(["suggest Armenia with ARM,RUS", "post"]);
  vi.runAllTimers();
  onmessage({ data: { kind: "suggest", id: 8, text: "boom", options: {} } });
  vi.runAllTimers();
  expect(posted[2]).toEqual({ id: 8, ok: false, message: "engine failed" });
  // New actors: a new gazetteer, and the next text is read against them (no second "ready").
  onmessage({ data: { kind: "dataset", dataset: { actors: [{ id: "ARM" }, { id: "RUS" }, { id: "GEO" }] } } });
  onmessage({ data: { kind: "suggest", id: 9, text: "Georgia backed Armenia.", options: {} } });
  vi.runAllTimers();
  expect(calls).toEqual([
    ...["suggest Armenia with ARM,RUS", "post", "load the model"],
    ...["suggest boom with ARM,RUS", "post", "load the model"],
    ...["gazetteer ARM,RUS,GEO", "suggest Georgia with ARM,RUS,GEO", "post", "load the model"],
  ]);
  expect(posted).toHaveLength(4);
});
