/** The suggestions worker's script: what it does before the first text, and how it answers (the engine stood in for). */
import { afterAll, expect, it, vi } from "vitest";

const calls: string[] = [];
vi.mock("../../src/model/suggest/index.ts", () => ({
  warmUpNlp: () => calls.push("load the model"),
  suggest: (text: string) => {
    calls.push(`suggest ${text.split(" ")[0]}`);
    if (text === "boom") throw new Error("engine failed");
    return [];
  },
}));

afterAll(() => {
  vi.unstubAllGlobals();
});

it("loads the model and runs the engine once on a short text before it says it is ready, then answers each request", async () => {
  const posted: unknown[] = [];
  vi.stubGlobal("onmessage", null);
  vi.stubGlobal("postMessage", (message: unknown) => {
    posted.push(message);
    calls.push("post");
  });
  await import("../../src/app/suggestWorker.ts");
  // The first source's request then finds the model loaded and the engine's code compiled.
  expect(calls).toEqual(["load the model", "suggest France", "post"]);
  expect(posted[0]).toMatchObject({ ready: true, loadMs: expect.any(Number) });

  const onmessage = (globalThis as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
  onmessage({ data: { id: 7, text: "Armenia condemned Russia.", dataset: null, options: {} } });
  expect(posted[1]).toEqual({ id: 7, ok: true, candidates: [] });
  onmessage({ data: { id: 8, text: "boom", dataset: null, options: {} } });
  expect(posted[2]).toEqual({ id: 8, ok: false, message: "engine failed" });
});
