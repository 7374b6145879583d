/** The page's side of the suggestions worker: warming it ahead of the first text, with a stand-in worker. */
import { describe, expect, it } from "vitest";
import { createSuggester } from "../../src/app/suggester.ts";
import type { SuggestRequest } from "../../src/app/suggestProtocol.ts";

/** A stand-in for the worker: records what it is sent; the test answers for it. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: SuggestRequest[] = [];
  terminated = false;
  postMessage(request: SuggestRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const suggester = createSuggester(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { suggester, workers };
}

describe("createSuggester", () => {
  it("starts the worker on warm(), resolves when its model is loaded, and the first text uses that worker", async () => {
    const { suggester, workers } = setup();
    const warm = suggester.warm();
    expect(workers).toHaveLength(1);
    let warmed = false;
    void warm.then(() => (warmed = true));
    await Promise.resolve();
    expect(warmed).toBe(false);
    workers[0]!.answer({ ready: true, loadMs: 120 });
    await warm;
    expect(warmed).toBe(true);
    // Warming again, or suggesting, starts no second worker.
    await suggester.warm();
    const answer = suggester.suggest("France condemned Russia.", null, {});
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((r) => r.text)).toEqual(["France condemned Russia."]);
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, ok: true, candidates: [] });
    await expect(answer).resolves.toEqual([]);
  });

  it("a text sent before the model is loaded is answered all the same (the ready message is not an answer)", async () => {
    const { suggester, workers } = setup();
    const answer = suggester.suggest("text", null, {});
    workers[0]!.answer({ ready: true, loadMs: 1 });
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, ok: true, candidates: [] });
    await expect(answer).resolves.toEqual([]);
    await expect(suggester.warm()).resolves.toBeUndefined();
  });

  it("rejects the warm-up when the worker cannot start, and starts a new one for the next text", async () => {
    const { suggester, workers } = setup();
    const warm = suggester.warm();
    workers[0]!.fail("chunk not found");
    await expect(warm).rejects.toThrow("the suggestion engine stopped: chunk not found");
    expect(workers[0]!.terminated).toBe(true);
    void suggester.suggest("text", null, {}).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it("rejects a warm-up still under way when disposed", async () => {
    const { suggester, workers } = setup();
    const warm = suggester.warm();
    suggester.dispose();
    await expect(warm).rejects.toThrow("the suggestion engine was stopped");
    expect(workers[0]!.terminated).toBe(true);
  });
});
