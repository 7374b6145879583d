/** Seeded randomness for layouts, generators and heuristics: the same seed, the same numbers. */

/**
 * mulberry32: a tiny seeded PRNG (public domain, Tommy Ettinger). Math.random cannot be seeded,
 * and a package for twelve lines is not worth a dependency.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
