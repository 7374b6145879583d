/**
 * User Timing marks for the steps of loading and drawing ("stancegraph: …" in the browser's
 * performance timeline and in DevTools), so the benchmarks and anyone profiling can see which
 * step took how long without a profiler.
 */
export function measured<T>(step: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`stancegraph: ${step}`, { start });
  }
}
