/**
 * Whether dist/ is older than what it is built from. The browser tests serve dist/ as it is; after
 * a change to src/ a run that did not build first tested the previous build (a test once passed with
 * and without its change that way). globalSetup builds when this says so.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What a build reads: the app's sources, its static files and data, and the build's settings. */
export const BUILD_INPUTS = ["src", "public", "graph-data", "index.html", "vite.config.ts", "package.json", "tsconfig.json"];

/** The newest modification time (ms) under `path` (a file or a folder, walked whole); 0 when it is missing. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Why `root`/dist must be built before it is served: missing, or an input changed after the build
 * (named, with the input's path); null when the build is current.
 */
export function staleBuildReason(root: string, inputs: readonly string[] = BUILD_INPUTS): string | null {
  const built = join(root, "dist", "index.html");
  if (!existsSync(built)) return "dist/ has no build";
  const builtAt = statSync(built).mtimeMs;
  for (const input of inputs) {
    if (newestMtime(join(root, input)) > builtAt) return `${input} changed after dist/ was built`;
  }
  return null;
}
