import { afterEach, describe, expect, it, vi } from "vitest";
import { createStore } from "../../src/app/store.ts";

const add = (state: number, by: number) => state + by;

describe("createStore", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps a throwing subscriber from stopping the others, and reports it", () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const reported: Array<{ error: unknown; state: number }> = [];
    const store = createStore(0, add, { onError: (error, state) => reported.push({ error, state }) });
    const seen: string[] = [];
    store.subscribe((s, p) => seen.push(`first ${p}→${s}`));
    store.subscribe(() => {
      throw new TypeError("steps.push is not a function");
    });
    store.subscribe((s) => seen.push(`third ${s}`));
    expect(() => store.dispatch(1)).not.toThrow();
    expect(seen).toEqual(["first 0→1", "third 1"]);
    expect(store.getState()).toBe(1);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.state).toBe(1);
    expect(String(reported[0]!.error)).toContain("steps.push is not a function");
    expect(consoleError).toHaveBeenCalledTimes(1);
    // The store still works for the next action; an action that changes nothing tells nobody.
    store.dispatch(0);
    store.dispatch(1);
    expect(seen).toEqual(["first 0→1", "third 1", "first 1→2", "third 2"]);
    expect(reported).toHaveLength(2);
  });

  it("runs actions dispatched by a subscriber after the round, even when another subscriber throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const store = createStore(0, add);
    const seen: number[] = [];
    store.subscribe((s) => {
      if (s === 1) store.dispatch(10);
    });
    store.subscribe(() => {
      throw new Error("boom");
    });
    store.subscribe((s) => seen.push(s));
    store.dispatch(1);
    expect(seen).toEqual([1, 11]);
  });

  it("lets a reducer's error reach the caller (a bug in the reducer is not a subscriber's), then goes on", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const store = createStore(0, (s: number, a: number) => {
      if (a < 0) throw new RangeError("negative");
      return s + a;
    });
    const seen: number[] = [];
    store.subscribe(() => {
      throw new Error("boom");
    });
    store.subscribe((s) => seen.push(s));
    expect(() => store.dispatch(-1)).toThrow("negative");
    store.dispatch(2);
    expect(store.getState()).toBe(2);
    expect(seen).toEqual([2]);
  });

  it("reports through console.error, and survives a throwing onError", () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const store = createStore(0, add, {
      onError: () => {
        throw new Error("the reporter broke too");
      },
    });
    const seen: number[] = [];
    store.subscribe(() => {
      throw new Error("boom");
    });
    store.subscribe((s) => seen.push(s));
    expect(() => store.dispatch(4)).not.toThrow();
    expect(seen).toEqual([4]);
    expect(consoleError.mock.calls.map((c) => String(c[1] ?? c[0]))).toEqual(expect.arrayContaining([expect.stringContaining("boom")]));
  });
});
