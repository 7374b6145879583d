// The `prepare` script, which `npm ci` and `npm install` run in the project folder: builds the
// command line (dist-cli/stancegraph.mjs) so that `npx stancegraph` starts fast right after an
// install. The build tools (tsx, esbuild) are development dependencies: a production install
// (`npm ci --omit=dev`) has none, and then this says so and leaves bin/stancegraph.js to report
// the missing build, rather than failing the install.
import { fileURLToPath } from "node:url";

let tsx;
try {
  tsx = await import("tsx/esm/api");
} catch {
  console.log("stancegraph: development tools not installed; the command line was not built (npm run build:cli builds it).");
  process.exit(0);
}
tsx.register();
const { buildCli } = await import("./cli/build.ts");
const root = fileURLToPath(new URL("..", import.meta.url));
const out = await buildCli(root);
console.log(`stancegraph: built the command line (${out.bundled.length} packages inside, ${out.external.length} left external)`);
