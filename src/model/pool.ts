/**
 * One kept copy of each value (issue #16, the heap): strings the load worker sends a copy of per
 * item (app/internStrings.ts), numbers V8 keeps in an object of their own (graph.ts).
 *
 * Written here: a Map from a value to its first copy is all it takes (no package does less).
 */
export function createPool<T>(): (value: T) => T {
  const pool = new Map<T, T>();
  return (value) => {
    const kept = pool.get(value);
    if (kept !== undefined) return kept;
    pool.set(value, value);
    return value;
  };
}
