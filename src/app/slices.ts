/**
 * Running sliced work (a generator that yields between slices, see src/model/steps.ts) on the page:
 * a slice of at most SLICE_MS, then a macrotask boundary, so input, rendering and workers' messages
 * get their turn.
 */

/** Time the page spends on sliced work before letting a task go by. */
export const SLICE_MS = 30;

/** A macrotask boundary: input, rendering and the worker's messages get their turn. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to its end, a task going by after every SLICE_MS of it. `onSlice` sees the last
 * yielded value before each pause (progress); `stopped()`, asked after each pause, ends it early
 * with null.
 */
export async function runInSlices<Y, T>(steps: Generator<Y, T, void>, options: { onSlice?: (value: Y) => void; stopped?: () => boolean } = {}): Promise<T | null> {
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    options.onSlice?.(step.value);
    await nextTask();
    if (options.stopped?.()) return null;
    sliceStart = performance.now();
  }
}
