/**
 * The suggestions worker's session with the real engine, reached through the page's suggester as
 * the browser would (each message structured-cloned, answers asynchronous): the dataset crosses
 * once, its gazetteer is kept between texts, and an edit to the actors is seen by the next text.
 */
import { describe, expect, it } from "vitest";
import { createSuggester } from "../../src/app/suggester.ts";
import { createSuggestSession, type SuggestEngine } from "../../src/app/suggestSession.ts";
import type { SuggestMessage } from "../../src/app/suggestProtocol.ts";
import { buildGazetteer, suggestWithNames, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { apply } from "../../src/model/edit/index.ts";
import { miniDataset } from "./fixtures.ts";

/** The engine, recording the actors array each call was given. */
function countingEngine() {
  const calls = { suggest: [] as Array<SuggestDataset["actors"] | null>, gazetteer: [] as Array<SuggestDataset["actors"]> };
  const engine: SuggestEngine = {
    suggest: (text, dataset, options) => {
      calls.suggest.push(dataset?.actors ?? null);
      return suggestWithNames(text, dataset, options);
    },
    buildGazetteer: (actors) => {
      calls.gazetteer.push(actors);
      return buildGazetteer(actors);
    },
  };
  return { engine, calls };
}

/** A worker that runs the session in this thread, copying messages both ways as postMessage does. */
function clonedWorker(engine: SuggestEngine) {
  const session = createSuggestSession(engine);
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    messages: [] as SuggestMessage[],
    postMessage(message: SuggestMessage) {
      const copy = structuredClone(message);
      worker.messages.push(copy);
      queueMicrotask(() => {
        const answer = session.receive(copy);
        if (answer) worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent);
      });
    },
    terminate() {},
  };
  return { worker, session };
}

const pairs = (cs: Candidate[]) => cs.map((c) => [c.source.id, c.target.id].sort().join("–"));

describe("the suggestions worker's session", () => {
  it("keeps one actors array, and so one gazetteer, for every text of a dataset; an added alias or actor is seen by the next text", async () => {
    const { engine, calls } = countingEngine();
    const { worker, session } = clonedWorker(engine);
    const suggester = createSuggester(() => worker as unknown as Worker);
    const d0 = miniDataset();
    const text = "Betania condemned Alpha in May 2024. Zetaland and Alpha signed a defence pact.";

    const firstAnswer = await suggester.suggest(text, d0, { sourceDate: "2024-06-01" });
    const first = firstAnswer.candidates;
    const second = (await suggester.suggest(text, d0, { sourceDate: "2024-06-01" })).candidates;
    // The answer carries the names the text uses that are no actor yet, as the engine lists them.
    expect(firstAnswer.names).toEqual(suggestWithNames(text, d0, { sourceDate: "2024-06-01" }).names);
    const named = await suggester.suggest("Alpha accused Betania of lying.", d0, {});
    expect(named.names.map((n) => n.name)).toEqual(["Betania"]);
    // Neither Betania nor Zetaland is an actor yet.
    expect(pairs(first)).toEqual([]);
    expect(first.map((c) => [c.source.mention, c.target.mention]).flat()).not.toContain("Zetaland");
    expect(second).toEqual(first);
    // The gazetteer was built once, when the dataset came, and both texts were read against that
    // very array (the engine caches the gazetteer per actors array).
    expect(calls.gazetteer).toHaveLength(1);
    expect(calls.suggest).toHaveLength(3);
    expect(calls.suggest[0]).toBe(calls.gazetteer[0]);
    expect(calls.suggest[1]).toBe(calls.gazetteer[0]);
    expect(calls.suggest[2]).toBe(calls.gazetteer[0]);
    expect(worker.messages.filter((m) => m.kind === "dataset")).toHaveLength(1);

    // A source added: nothing the engine reads changed, nothing is rebuilt.
    const d1 = apply(d0, { kind: "addSource", source: { id: "s2", title: "More", publisher: "Wire", text } }).dataset;
    await suggester.suggest(text, d1, { sourceDate: "2024-06-01" });
    expect(calls.gazetteer).toHaveLength(1);

    // "Betania" becomes an alias of Beta: the next text names Beta.
    const d2 = apply(d1, { kind: "updateActor", id: "BBB", changes: { aliases: ["Betania"] } }).dataset;
    const thirdAnswer = await suggester.suggest(text, d2, { sourceDate: "2024-06-01" });
    const third = thirdAnswer.candidates;
    expect(thirdAnswer.names.map((n) => n.name)).not.toContain("Betania");
    expect((await suggester.suggest("Alpha accused Betania of lying.", d2, {})).names).toEqual([]);
    expect(pairs(third)).toContain("AAA–BBB");
    expect(third.some((c) => c.source.mention === "Betania" || c.target.mention === "Betania")).toBe(true);
    expect(calls.gazetteer).toHaveLength(2);
    expect(session.dataset()!.actors.find((a) => a.id === "BBB")!.aliases).toEqual(["Betania"]);

    // A new actor, Zetaland: the next text pairs it too.
    const d3 = apply(d2, { kind: "addActor", actor: { id: "ZET", label: "Zetaland", kind: "state" } }).dataset;
    const fourthAnswer = await suggester.suggest(text, d3, { sourceDate: "2024-06-01" });
    const fourth = fourthAnswer.candidates;
    expect(fourthAnswer.names.map((n) => n.name)).not.toContain("Zetaland");
    expect(pairs(fourth)).toEqual(expect.arrayContaining(["AAA–BBB", "AAA–ZET"]));
    expect(pairs(third)).not.toContain("AAA–ZET");
    expect(calls.gazetteer).toHaveLength(3);
  });

  it("says what is missing when an update comes with parts but no dataset to complete them", () => {
    const session = createSuggestSession();
    expect(() => session.receive({ kind: "dataset", dataset: { relations: [] } })).toThrow(
      "the suggestions worker got a dataset update without actors and relation types, and holds no dataset to take them from",
    );
  });
});
