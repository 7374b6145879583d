import { describe, expect, it } from "vitest";
import { createRejections, MAX_IDS, MAX_SOURCES, rejectionsKey, textHash, type KeyValueStorage } from "../../src/app/rejections.ts";

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("rejected suggestions kept across reloads", () => {
  it("come back for the same dataset, source and text, and only for them", () => {
    const storage = memoryStorage();
    createRejections(storage).save("karabakh", "src-1", "Armenia froze it.", new Set(["c1", "c2"]));
    // A new page (a reload) reads them back from storage.
    const again = createRejections(storage);
    expect([...again.load("karabakh", "src-1", "Armenia froze it.")]).toEqual(["c1", "c2"]);
    expect(again.load("karabakh", "src-2", "Armenia froze it.").size).toBe(0);
    expect(again.load("other", "src-1", "Armenia froze it.").size).toBe(0);
    // The text changed: the ids may name other sentences now, so none applies.
    expect(again.load("karabakh", "src-1", "Armenia froze it!").size).toBe(0);
  });

  it("forget a source whose last rejection was restored", () => {
    const storage = memoryStorage();
    const r = createRejections(storage);
    r.save("d", "s", "t", new Set(["c1"]));
    r.save("d", "s", "t", new Set());
    expect(JSON.parse(storage.items.get(rejectionsKey("d"))!)).toEqual([]);
  });

  it("ids that are Object.prototype's names are plain ids", () => {
    const r = createRejections(memoryStorage());
    r.save("constructor", "__proto__", "t", new Set(["toString", "hasOwnProperty"]));
    expect([...r.load("constructor", "__proto__", "t")]).toEqual(["toString", "hasOwnProperty"]);
  });

  it("ignore a record they did not write, and replace it at the next rejection", () => {
    for (const garbage of ["{", "42", '{"source":"s"}', '[{"source":"s","text":"x","ids":[1]}]', '[null]', "null"]) {
      const storage = memoryStorage();
      storage.setItem(rejectionsKey("d"), garbage);
      const r = createRejections(storage);
      expect(r.load("d", "s", "x").size, garbage).toBe(0);
      r.save("d", "s", "x", new Set(["c"]));
      expect([...createRejections(storage).load("d", "s", "x")]).toEqual(["c"]);
    }
  });

  it("stay bounded: the oldest sources go first, and ids per source are capped", () => {
    const storage = memoryStorage();
    const r = createRejections(storage);
    for (let i = 0; i < MAX_SOURCES + 5; i++) r.save("d", `s${i}`, "t", new Set([`c${i}`]));
    expect(r.load("d", "s0", "t").size).toBe(0);
    expect([...r.load("d", `s${MAX_SOURCES + 4}`, "t")]).toEqual([`c${MAX_SOURCES + 4}`]);
    expect(JSON.parse(storage.items.get(rejectionsKey("d"))!)).toHaveLength(MAX_SOURCES);
    r.save("d", "big", "t", new Set(Array.from({ length: MAX_IDS + 10 }, (_, i) => `c${i}`)));
    expect(r.load("d", "big", "t").size).toBe(MAX_IDS);
  });

  it("are kept for the session when the browser refuses storage", () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const r = createRejections(refusing);
    r.save("d", "s", "t", new Set(["c"]));
    expect([...r.load("d", "s", "t")]).toEqual(["c"]);
    const none = createRejections(null);
    none.save("d", "s", "t", new Set(["c"]));
    expect([...none.load("d", "s", "t")]).toEqual(["c"]);
  });

  it("tell texts apart by a hash that includes the length", () => {
    expect(textHash("abc")).not.toBe(textHash("abd"));
    expect(textHash("")).toMatch(/^0:/);
  });
});
