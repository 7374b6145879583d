/**
 * WebGL set up off the main thread before sigma needs it. A browser's first WebGL context costs the
 * setting up of WebGL in its GPU process; asked for by the page (sigma's constructor) the main
 * thread waits for it in one task: 0.5–0.7 s at the start of a 50k load here, 1.1–2.5 s on a
 * loaded machine, the longest task of the load. A worker that makes (and drops) a context first
 * takes that cost off the page: the page's first context after it took 9–27 ms in the same runs
 * (scratch measurements, headless Chromium with software WebGL, 2026-11-29). Started once, at
 * boot; a page that asks for a context before the worker is done waits as it did before.
 */

let warm: Promise<boolean> | null = null;

/** Starts the warm-up (once); resolves to whether the worker made a context. Never rejects. */
export function warmUpWebGL(): Promise<boolean> {
  warm ??= new Promise<boolean>((resolve) => {
    const started = performance.now();
    const done = (made: boolean) => {
      performance.measure("stancegraph: webgl warm-up", { start: started, detail: { made } });
      resolve(made);
    };
    try {
      const worker = new Worker(new URL("./webglWarmUpWorker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (e: MessageEvent<unknown>) => done(e.data === true);
      worker.onerror = () => done(false);
    } catch {
      done(false);
    }
  });
  return warm;
}
