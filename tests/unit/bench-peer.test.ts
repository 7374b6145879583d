/**
 * The peer suite's flags and its table (bench/peer.ts): Stancegraph's median of each measure with
 * Gephi Lite's as the baseline, the ratio Stancegraph ÷ Gephi Lite. The suite itself drives a
 * build the user makes, so it is not run here.
 */
import { describe, expect, it } from "vitest";
import { BenchUsageError, parseBenchArgs, SUITES, type BenchOptions } from "../../bench/run.ts";
import { median, peerRows, type PeerRun } from "../../bench/peer.ts";

describe("--suites peer --peer-build DIR", () => {
  it("takes the build folder, made absolute, for the peer suite", () => {
    const o = parseBenchArgs(["--suites", "peer", "--peer-build", "gl/build"]) as BenchOptions;
    expect(o.suites).toEqual(["peer"]);
    expect(o.peerBuild).toBe(`${process.cwd()}/gl/build`);
    expect((parseBenchArgs([]) as BenchOptions).peerBuild).toBeUndefined();
  });

  it.each([
    [["--suites", "peer"], "--suites peer needs --peer-build DIR"],
    [["--peer-build", "/x"], "--peer-build is for the peer suite: add --suites peer"],
    [["--suites", "browser", "--peer-build", "/x"], "--peer-build is for the peer suite"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it("says when --sizes was given, so the suite runs only its files of those sizes", () => {
    expect((parseBenchArgs(["--suites", "peer", "--peer-build", "b", "--sizes", "1000"]) as BenchOptions).sizesGiven).toBe(true);
    expect((parseBenchArgs(["--suites", "peer", "--peer-build", "b"]) as BenchOptions).sizesGiven).toBeUndefined();
  });

  it("is a suite a plain run leaves out", () => {
    expect(SUITES.find((s) => s.name === "peer")?.onlyWhenAsked).toBe(true);
    expect(SUITES.filter((s) => s.onlyWhenAsked).map((s) => s.name)).toEqual(["peer"]);
  });
});

describe("the peer table", () => {
  const run = (app: PeerRun["app"], actors: number, drawnMs: number, longestTaskMs: number, heapMiB: number): PeerRun => ({ app, actors, relations: actors * 2.6, drawnMs, longestTaskMs, heapMiB });

  it("gives per file and measure Stancegraph's median, Gephi Lite's median as the baseline, and their ratio", () => {
    const rows = peerRows([
      run("stancegraph", 1000, 1000, 100, 10),
      run("gephi-lite", 1000, 4000, 800, 40),
      run("gephi-lite", 1000, 2000, 600, 30),
      run("stancegraph", 1000, 3000, 300, 20),
      run("stancegraph", 1000, 2000, 200, 15),
      run("gephi-lite", 1000, 3000, 700, 50),
      run("stancegraph", 5000, 6000, 90, 17),
      run("gephi-lite", 5000, 12_000, 900, 51),
    ]);
    expect(rows.map((r) => [r.actors, r.measure, r.value, r.baseline?.value, r.ratio, r.reps])).toEqual([
      [1000, "Stancegraph: file chosen → graph drawn", 2000, 3000, 2000 / 3000, 3],
      [1000, "Stancegraph: longest main-thread task, file chosen → drawn", 200, 700, 200 / 700, 3],
      [1000, "Stancegraph: JS heap after GC, once drawn", 15, 40, 15 / 40, 3],
      [5000, "Stancegraph: file chosen → graph drawn", 6000, 12_000, 0.5, 1],
      [5000, "Stancegraph: longest main-thread task, file chosen → drawn", 90, 900, 0.1, 1],
      [5000, "Stancegraph: JS heap after GC, once drawn", 17, 51, 1 / 3, 1],
    ]);
    expect(rows[0]!.baseline!.measure).toBe("Gephi Lite (3 runs)");
    expect(rows.every((r) => r.suite === "peer")).toBe(true);
  });

  it("gives the start page's rows apart from the files', after them, with its own measures", () => {
    const start = (app: PeerRun["app"], drawnMs: number, longestTaskMs: number): PeerRun => ({ app, from: "start", actors: 10, relations: 20, drawnMs, longestTaskMs, heapMiB: 5 });
    const rows = peerRows([
      start("stancegraph", 1300, 400),
      start("gephi-lite", 3300, 900),
      run("stancegraph", 1000, 1000, 100, 10),
      run("gephi-lite", 1000, 4000, 800, 40),
      start("gephi-lite", 3500, 1100),
      start("stancegraph", 1100, 300),
      // The same size as the start page's, from a file: a group of its own.
      { ...run("stancegraph", 10, 900, 90, 9), relations: 20 },
    ]);
    expect(rows.map((r) => [r.actors, r.measure, r.value, r.baseline?.value, r.reps])).toEqual([
      [1000, "Stancegraph: file chosen → graph drawn", 1000, 4000, 1],
      [1000, "Stancegraph: longest main-thread task, file chosen → drawn", 100, 800, 1],
      [1000, "Stancegraph: JS heap after GC, once drawn", 10, 40, 1],
      [10, "Stancegraph: file chosen → graph drawn", 900, undefined, 1],
      [10, "Stancegraph: longest main-thread task, file chosen → drawn", 90, undefined, 1],
      [10, "Stancegraph: JS heap after GC, once drawn", 9, undefined, 1],
      [10, "Stancegraph: start page → graph drawn", 1200, 3400, 2],
      [10, "Stancegraph: longest main-thread task, start page → drawn", 350, 1000, 2],
    ]);
    expect(rows[6]!.ratio).toBeCloseTo(1200 / 3400);
  });

  it("has no ratio where Gephi Lite did not run, and takes the middle of an even count", () => {
    const rows = peerRows([run("stancegraph", 1000, 1000, 100, 10), run("stancegraph", 1000, 3000, 300, 20)]);
    expect(rows[0]).toMatchObject({ value: 2000, reps: 2 });
    expect(rows[0]!.ratio).toBeUndefined();
    expect(median([4, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
