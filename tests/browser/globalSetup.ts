/**
 * Serves the built app (dist/) with `vite preview` for the browser tests. Builds first when dist/
 * is missing, so `vitest run --project browser` works on its own too.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createServer, type AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A port the OS says is free now, so parallel runs (and other servers) do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const PORT = Number(process.env.STANCEGRAPH_TEST_PORT ?? (await freePort()));
  if (!existsSync(`${root}/dist/index.html`)) execFileSync(`${root}/node_modules/.bin/vite`, ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  server = spawn(`${root}/node_modules/.bin/vite`, ["preview", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${PORT}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(baseUrl);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${baseUrl}:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseUrl", baseUrl);
  return () => {
    server?.kill();
  };
}
