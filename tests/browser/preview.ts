/**
 * Serving a built app with `vite preview` on a free port, for the browser tests, the screenshots
 * and the browser benchmark. The server is the vite process itself, so `stop()` ends it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const VITE = `${ROOT}/node_modules/.bin/vite`;

/** A port the OS says is free now, so parallel runs (and other servers) do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` (default dist/) and resolves once it answers; throws with vite's output otherwise. */
export async function startPreview(options: { outDir?: string; port?: number } = {}): Promise<{ url: string; stop(): void }> {
  const port = options.port ?? (await freePort());
  const args = ["preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1", ...(options.outDir ? ["--outDir", options.outDir] : [])];
  const server: ChildProcess = spawn(VITE, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`vite preview did not start on ${url}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => void server.kill() };
}
