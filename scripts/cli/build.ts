/**
 * Builds the command line to one JavaScript file, so `stancegraph` starts like a compiled tool
 * instead of compiling its TypeScript on every call (tsx took 0.9–1.0 s for `validate`).
 *
 * - Entry: src/cli/main.ts, whatever commands it registers (no list here).
 * - Packages: bundled when they may be (packagePolicy.ts), else left in node_modules.
 * - Files found next to a source module (`new URL("../../graph-data/karabakh.json",
 *   import.meta.url)`) are found again from the bundle's folder: the relative path is rewritten
 *   for where the bundle is written, as Vite does for the app.
 * - Beside the bundle: inputs.json (the project files it was made from, so bin/stancegraph.js can
 *   tell a stale build) and THIRD-PARTY.txt (the licences of the packages inside it).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { builtinModules } from "node:module";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { createPackagePolicy, packageDirOf } from "./packagePolicy.ts";

export interface CliBuild {
  /** The bundle's path. */
  bundle: string;
  /** Packages carried inside the bundle. */
  bundled: string[];
  /** Packages left in node_modules, with the reason. */
  external: Array<{ name: string; reason: string }>;
}

/** Relative URL references inside a module: `new URL("./x", import.meta.url)`. */
const RELATIVE_URL = /new URL\(\s*(["'])(\.{1,2}\/[^"']*)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Builds `root`/src/cli/main.ts into `outDir`/stancegraph.mjs. */
export async function buildCli(root: string, outDir = join(root, "dist-cli")): Promise<CliBuild> {
  const bundle = join(outDir, "stancegraph.mjs");
  const decide = createPackagePolicy();
  const bundled = new Set<string>();
  const external = new Map<string, string>();
  const builtins = new Set(builtinModules);

  const packages: Plugin = {
    name: "stancegraph-packages",
    setup(b) {
      // Bare imports (packages), not relative paths nor Node's own modules.
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "resolving" || args.path.startsWith("node:") || builtins.has(args.path.split("/")[0]!)) return undefined;
        const name = packageName(args.path);
        const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
        const dir = found.errors.length === 0 ? packageDirOf(found.path) : null;
        const reason = dir === null ? "not installed" : decide(dir);
        if (reason === null) {
          bundled.add(name);
          return undefined;
        }
        external.set(name, reason);
        return { path: args.path, external: true };
      });
    },
  };

  const rebaseUrls: Plugin = {
    name: "stancegraph-rebase-urls",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes("/node_modules/")) return undefined;
        const source = readFileSync(args.path, "utf8");
        const contents = source.replace(RELATIVE_URL, (_all, quote: string, path: string) => {
          const target = relative(outDir, resolve(dirname(args.path), path)).replaceAll("\\", "/");
          return `new URL(${quote}${target.startsWith(".") ? target : `./${target}`}${quote}, import.meta.url)`;
        });
        return { contents, loader: "ts", resolveDir: dirname(args.path) };
      });
    },
  };

  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: 'import { createRequire as __stancegraphRequire } from "node:module";\nconst require = __stancegraphRequire(import.meta.url);' },
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
    plugins: [packages, rebaseUrls],
  });

  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes("node_modules/"))
    .sort();
  writeFileSync(join(outDir, "inputs.json"), `${JSON.stringify(inputs, null, 1)}\n`);
  writeFileSync(join(outDir, "THIRD-PARTY.txt"), thirdPartyNotices(root, [...bundled].sort()));
  return { bundle, bundled: [...bundled].sort(), external: [...external].map(([name, reason]) => ({ name, reason })).sort((a, b) => a.name.localeCompare(b.name)) };
}

/** "@scope/name" or "name" of an import path such as "@sinclair/typebox/value". */
function packageName(path: string): string {
  const parts = path.split("/");
  return path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The licence of each package carried inside the bundle, as the licences require. */
function thirdPartyNotices(root: string, names: string[]): string {
  const parts = names.map((name) => {
    const dir = join(root, "node_modules", name);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string; license?: string };
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE"].map((f) => join(dir, f)).find((f) => existsSync(f));
    return `${name}@${pkg.version ?? "?"} (${pkg.license ?? "see package"})\n\n${file ? readFileSync(file, "utf8").trim() : "(no licence file in the package)"}\n`;
  });
  return `Packages bundled into stancegraph.mjs, with their licences.\n\n${parts.join(`\n${"-".repeat(78)}\n\n`)}`;
}

// `tsx scripts/cli/build.ts`: build into dist-cli/ and say what went where.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, "../..");
  const started = performance.now();
  const out = await buildCli(root);
  console.log(
    `built ${relative(root, out.bundle)} in ${Math.round(performance.now() - started)} ms; bundled: ${out.bundled.join(", ") || "none"}` +
      (out.external.length > 0 ? `; external: ${out.external.map((e) => `${e.name} (${e.reason})`).join(", ")}` : ""),
  );
}
