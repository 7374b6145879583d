#!/usr/bin/env node
// Entry point of the `stancegraph` command. It runs the command line built to JavaScript
// (dist-cli/stancegraph.mjs: `npm run build:cli`, which `npm ci`/`npm install` run through the
// `prepare` script and `npm run build` runs too). When that build is missing or older than a
// project file it was made from (after an edit or a checkout), the TypeScript sources run
// through tsx instead, a development dependency, so a developer never runs stale code; without
// tsx (a production install) the build is used as it is.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const bundle = new URL("dist-cli/stancegraph.mjs", root);

/** Whether the build exists and no file it was made from changed since. */
function buildIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL("dist-cli/inputs.json", root), "utf8"));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** tsx's loader, or null when it is not installed. */
async function tsxLoader() {
  try {
    return await import("tsx/esm/api");
  } catch {
    return null;
  }
}

let cli;
const tsx = buildIsFresh() ? null : await tsxLoader();
if (tsx) {
  tsx.register();
  cli = await import(new URL("src/cli/main.ts", root).href);
} else if (exists(bundle)) {
  cli = await import(bundle.href);
} else {
  process.stderr.write('stancegraph: the command line is not built; run "npm run build:cli" (or "npm ci") in the project folder.\n');
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv.slice(2));

function exists(url) {
  try {
    return statSync(url).isFile();
  } catch {
    return false;
  }
}
