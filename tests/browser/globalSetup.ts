/**
 * Serves the built app (dist/) with `vite preview` for the browser tests. Builds first when dist/
 * is missing or older than its sources (staleBuild.ts), so `vitest run --project browser` works on
 * its own too and never tests a build from before the change under test.
 */
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { ROOT, VITE, startPreview } from "./preview.ts";
import { staleBuildReason } from "./staleBuild.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const stale = staleBuildReason(ROOT);
  if (stale) {
    console.log(`Building the app for the browser tests: ${stale}.`);
    execFileSync(VITE, ["build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  }
  const port = process.env.STANCEGRAPH_TEST_PORT ? Number(process.env.STANCEGRAPH_TEST_PORT) : undefined;
  const server = await startPreview(port === undefined ? {} : { port });
  project.provide("baseUrl", server.url);
  return () => server.stop();
}
