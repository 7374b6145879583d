/**
 * Makes one WebGL2 context on an OffscreenCanvas, lets it go, and says whether it could: the
 * browser's first WebGL context pays for setting up WebGL in the GPU process (with software WebGL
 * 0.5–2.5 s here), and a page's `getContext` waits for it on the main thread. Made here first, the
 * page's own contexts then take ~10–30 ms each (see webglWarmUp.ts).
 */
let made = false;
try {
  const gl = new OffscreenCanvas(1, 1).getContext("webgl2", { antialias: false, preserveDrawingBuffer: false });
  made = gl !== null;
  gl?.getExtension("WEBGL_lose_context")?.loseContext();
} catch {
  // No OffscreenCanvas or no WebGL in workers: the page makes its first context itself.
}
postMessage(made);
close();
