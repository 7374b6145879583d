/**
 * Work written as a generator that yields between slices (the model build, the visible set, the
 * data's extent), so a page can run it between frames: `runToEnd` runs it in one go (the CLI, tests,
 * small datasets); src/app/slices.ts runs it a slice at a time.
 */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
