/**
 * Serves the built app (dist/) with `vite preview` for the browser tests. Builds first when dist/
 * is missing, so `vitest run --project browser` works on its own too.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { ROOT, VITE, startPreview } from "./preview.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${ROOT}/dist/index.html`)) execFileSync(VITE, ["build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  const port = process.env.STANCEGRAPH_TEST_PORT ? Number(process.env.STANCEGRAPH_TEST_PORT) : undefined;
  const server = await startPreview(port === undefined ? {} : { port });
  project.provide("baseUrl", server.url);
  return () => server.stop();
}
