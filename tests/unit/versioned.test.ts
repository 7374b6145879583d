/**
 * The derived view's persistent sets and counts (src/app/versioned.ts): every version answers as a
 * plain Set or Map of its own would, however the versions are stepped from and read, and a step
 * allocates for its changes only, never for the size of the set.
 */
import { Session } from "node:inspector/promises";
import { describe, expect, it } from "vitest";
import { VersionedCounts, VersionedSet } from "../../src/app/versioned.ts";
import { mulberry32 } from "../../src/model/random.ts";

const sorted = <T>(xs: Iterable<T>) => [...xs].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

describe("VersionedSet and VersionedCounts", () => {
  it("every version answers as its own plain Set and Map, stepping from any version and reading old ones", () => {
    const rng = mulberry32(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
    const pool = Array.from({ length: 120 }, (_, i) => `r${i}`);
    const startSet = new Set(pool.filter(() => rng() < 0.5));
    const startMap = new Map([...startSet].map((k) => [k, 1 + Math.floor(rng() * 5)] as [string, number]));
    /** Each version with what it must hold: a plain copy made when it was made. */
    const versions: { set: ReadonlySet<string>; plainSet: Set<string>; counts: ReadonlyMap<string, number>; plainMap: Map<string, number> }[] = [
      { set: VersionedSet.adopt(new Set(startSet)), plainSet: startSet, counts: VersionedCounts.adopt(new Map(startMap)), plainMap: startMap },
    ];
    const check = (v: (typeof versions)[number]) => {
      expect(v.set.size).toBe(v.plainSet.size);
      for (const k of pool) expect(v.set.has(k)).toBe(v.plainSet.has(k));
      expect(v.counts.size).toBe(v.plainMap.size);
      for (const k of pool) expect(v.counts.get(k)).toBe(v.plainMap.get(k));
    };
    for (let i = 0; i < 400; i++) {
      // Mostly from the newest version (a date step); sometimes from an old one (the back button).
      const from = rng() < 0.85 ? versions[versions.length - 1]! : pick(versions);
      const n = rng() < 0.9 ? Math.floor(rng() * 6) : Math.floor(rng() * 40);
      const add = Array.from({ length: n }, () => pick(pool));
      const remove = Array.from({ length: n }, () => pick(pool));
      const plainSet = new Set(from.plainSet);
      for (const k of remove) plainSet.delete(k);
      for (const k of add) plainSet.add(k);
      const updates = new Map(add.map((k) => [k, rng() < 0.3 ? 0 : 1 + Math.floor(rng() * 5)] as [string, number]));
      const plainMap = new Map(from.plainMap);
      updates.forEach((v, k) => (v === 0 ? plainMap.delete(k) : plainMap.set(k, v)));
      versions.push({ set: VersionedSet.step(from.set, add, remove), plainSet, counts: VersionedCounts.step(from.counts, updates), plainMap });
      // The new version, the one stepped from, and a few others at random: read by lookup.
      check(versions[versions.length - 1]!);
      check(from);
      check(pick(versions));
      // Sometimes a version read whole (its own copy when it is not the live one).
      if (i % 25 === 0) {
        const v = pick(versions);
        expect(sorted(v.set)).toEqual(sorted(v.plainSet));
        expect(sorted(v.counts)).toEqual(sorted(v.plainMap));
        expect(sorted(v.counts.keys())).toEqual(sorted(v.plainMap.keys()));
      }
    }
    for (const v of versions) check(v);
    for (const v of versions) expect(sorted(v.set)).toEqual(sorted(v.plainSet));
  });

  it("a step with no net change gives the same version; a member both removed and added ends up in", () => {
    const a = VersionedSet.adopt(new Set(["x", "y"]));
    expect(VersionedSet.step(a, ["x"], ["x"])).toBe(a);
    const b = VersionedSet.step(a, ["z"], ["z", "y"]);
    expect(sorted(b)).toEqual(["x", "z"]);
    expect(sorted(a)).toEqual(["x", "y"]);
    const c = VersionedCounts.adopt(new Map([["x", 2]]));
    expect(VersionedCounts.step(c, new Map([["x", 2]]))).toBe(c);
    expect(VersionedCounts.step(c, new Map([["y", 0]]))).toBe(c);
  });

  it("steps from a plain Set or Map copy it, leaving it as it was", () => {
    const plain = new Set(["a", "b"]);
    const next = VersionedSet.step(plain, ["c"], ["a"]);
    expect(sorted(plain)).toEqual(["a", "b"]);
    expect(sorted(next)).toEqual(["b", "c"]);
    const counts = new Map([["a", 1]]);
    const nextCounts = VersionedCounts.step(counts, new Map([["a", 0], ["b", 3]]));
    expect(sorted(counts)).toEqual([["a", 1]]);
    expect(sorted(nextCounts)).toEqual([["b", 3]]);
  });
});

/** Bytes allocated while `run` runs, sampled every 64 bytes on average (objects collected since included). */
async function allocated(run: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post("HeapProfiler.enable");
    await session.post("HeapProfiler.startSampling", { samplingInterval: 64, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    run();
    const { profile } = await session.post("HeapProfiler.stopSampling");
    let bytes = 0;
    const walk = (node: { selfSize: number; children: unknown[] }) => {
      bytes += node.selfSize;
      for (const child of node.children) walk(child as typeof node);
    };
    walk(profile.head as unknown as { selfSize: number; children: unknown[] });
    return bytes;
  } finally {
    await session.post("HeapProfiler.disable");
    session.disconnect();
  }
}

describe("a date step's allocation", () => {
  // 60 steps of 300 members in and 300 out, from a set of 20,000: what a long jump's legs do.
  const SIZE = 20_000;
  const STEPS = 60;
  const PER_STEP = 300;
  const ids = Array.from({ length: SIZE }, (_, i) => `relation-${i}`);
  const fresh = Array.from({ length: STEPS * PER_STEP }, (_, i) => `entered-${i}`);

  it("is for the changes only, not for the size of the set or of the changes so far", async () => {
    const rng = mulberry32(5);
    const steps = Array.from({ length: STEPS }, (_, s) => ({
      add: fresh.slice(s * PER_STEP, (s + 1) * PER_STEP),
      remove: Array.from({ length: PER_STEP }, () => ids[Math.floor(rng() * SIZE)]!),
    }));
    const updates = steps.map(({ add }) => new Map(add.map((id, i) => [id, 1 + (i % 3)] as [string, number])));
    let set: ReadonlySet<string> = VersionedSet.adopt(new Set(ids));
    let counts: ReadonlyMap<string, number> = VersionedCounts.adopt(new Map(ids.map((id) => [id, 1] as [string, number])));
    /** Every version kept, as a view state keeps its own. */
    const kept: unknown[] = [];
    const bytes = await allocated(() => {
      for (let s = 0; s < STEPS; s++) {
        set = VersionedSet.step(set, steps[s]!.add, steps[s]!.remove);
        counts = VersionedCounts.step(counts, updates[s]!);
        kept.push(set, counts);
      }
    });
    expect(kept).toHaveLength(2 * STEPS);
    const changes = STEPS * PER_STEP * 3;
    // Measured in Node 20: 163 bytes per change (the undos' entries, the live tables' growth as
    // members come in). The overlays copied at each step before (OverlaySet, OverlayCounts, up to
    // f188a8c) allocated 1,022–1,081 here, and more the longer the journey.
    expect(bytes / changes).toBeLessThan(250);
  });
});
