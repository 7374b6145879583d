/** The page's side of the suggestions worker: warming it ahead of the first text, with a stand-in worker. */
import { describe, expect, it } from "vitest";
import { createSuggester } from "../../src/app/suggester.ts";
import type { SuggestMessage, SuggestRequest } from "../../src/app/suggestProtocol.ts";
import { apply } from "../../src/model/edit/index.ts";
import { miniDataset } from "./fixtures.ts";

/** A stand-in for the worker: records what it is sent; the test answers for it. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  messages: SuggestMessage[] = [];
  terminated = false;
  postMessage(message: SuggestMessage) {
    this.messages.push(message);
  }
  /** The texts sent. */
  get sent(): SuggestRequest[] {
    return this.messages.filter((m): m is SuggestRequest => m.kind === "suggest");
  }
  /** The dataset updates sent, as the parts each carried ("null": no dataset). */
  updates(): string[] {
    return this.messages.flatMap((m) => (m.kind === "dataset" ? [m.dataset === null ? "null" : Object.keys(m.dataset).sort().join(",")] : []));
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
    const warm = suggester.warm(null);
    expect(workers).toHaveLength(1);
    let warmed = false;
    void warm.then(() => (warmed = true));
    await Promise.resolve();
    expect(warmed).toBe(false);
    workers[0]!.answer({ ready: true, loadMs: 120 });
    await warm;
    expect(warmed).toBe(true);
    // Warming again, or suggesting, starts no second worker.
    await suggester.warm(null);
    const answer = suggester.suggest("France condemned Russia.", null, {});
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((r) => r.text)).toEqual(["France condemned Russia."]);
    const names = [{ name: "Kataib Hezbollah", id: "KATAIBHEZBOLLAH", kind: "organization", count: 2, start: 4, end: 20, contains: "HEZBOLLAH", score: 4 }];
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, ok: true, candidates: [], names });
    await expect(answer).resolves.toEqual({ candidates: [], names });
  });

  it("a text sent before the model is loaded is answered all the same (the ready message is not an answer)", async () => {
    const { suggester, workers } = setup();
    const answer = suggester.suggest("text", null, {});
    workers[0]!.answer({ ready: true, loadMs: 1 });
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, ok: true, candidates: [], names: [] });
    await expect(answer).resolves.toEqual({ candidates: [], names: [] });
    await expect(suggester.warm(null)).resolves.toBeUndefined();
  });

  it("rejects the warm-up when the worker cannot start, and starts a new one for the next text", async () => {
    const { suggester, workers } = setup();
    const warm = suggester.warm(null);
    workers[0]!.fail("chunk not found");
    await expect(warm).rejects.toThrow("the suggestion engine stopped: chunk not found");
    expect(workers[0]!.terminated).toBe(true);
    void suggester.suggest("text", null, {}).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it("sends the dataset once, ahead of the first text, and then only the parts an edit replaced", async () => {
    const { suggester, workers } = setup();
    const d0 = miniDataset();
    void suggester.warm(d0);
    const w = workers[0]!;
    expect(w.messages[0]).toMatchObject({ kind: "dataset", idle: true, dataset: { actors: d0.actors, relationTypes: d0.relationTypes, relations: d0.relations } });
    const ask = (dataset: typeof d0 | null) => void suggester.suggest("Alpha and Beta signed a pact.", dataset, {}).catch(() => undefined);
    // Texts read against the same dataset send no dataset again.
    ask(d0);
    ask(d0);
    expect(w.updates()).toEqual(["actors,relationTypes,relations"]);
    expect(w.sent).toHaveLength(2);
    // An edit that touches no part the engine reads (a source added) sends nothing either.
    const d1 = apply(d0, { kind: "addSource", source: { id: "s2", title: "More", publisher: "Wire", text: "Alpha condemned Beta." } }).dataset;
    ask(d1);
    expect(w.updates()).toHaveLength(1);
    // An alias added to an actor: the actors go, ahead of the text, and nothing else.
    const d2 = apply(d1, { kind: "updateActor", id: "BBB", changes: { aliases: ["Betania"] } }).dataset;
    ask(d2);
    expect(w.updates()).toEqual(["actors,relationTypes,relations", "actors"]);
    expect(w.messages.at(-2)).toEqual({ kind: "dataset", dataset: { actors: d2.actors } });
    expect(w.messages.at(-1)).toMatchObject({ kind: "suggest", text: "Alpha and Beta signed a pact." });
    // A relation added: the relations go.
    const d3 = apply(d2, { kind: "addRelation", relation: { id: "r9", source: "GAM", target: "BBB", type: "mediation", from: "2024-01-01", evidence: [{ source: "ref", citation: "Gamma mediated." }] } }).dataset;
    ask(d3);
    expect(w.updates().at(-1)).toBe("relations");
    // No dataset, then one again: all of it.
    ask(null);
    ask(d3);
    expect(w.updates().slice(-2)).toEqual(["null", "actors,relationTypes,relations"]);
  });

  it("sends a new worker the whole dataset (a worker restarted after a failure holds nothing)", () => {
    const { suggester, workers } = setup();
    const d0 = miniDataset();
    void suggester.suggest("text", d0, {}).catch(() => undefined);
    workers[0]!.fail("out of memory");
    void suggester.suggest("text", d0, {}).catch(() => undefined);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.updates()).toEqual(["actors,relationTypes,relations"]);
    expect(workers[1]!.messages.map((m) => m.kind)).toEqual(["dataset", "suggest"]);
  });

  it("rejects a warm-up still under way when disposed", async () => {
    const { suggester, workers } = setup();
    const warm = suggester.warm(null);
    suggester.dispose();
    await expect(warm).rejects.toThrow("the suggestion engine was stopped");
    expect(workers[0]!.terminated).toBe(true);
  });
});
