/**
 * Which npm packages the command line's bundle may carry inside it, and which it must leave in
 * node_modules (external), decided from the packages themselves: no list of names to keep up to
 * date when a branch adds a dependency.
 *
 * Bundling matters for start-up: Node resolving, reading and compiling the ~300 module files of
 * TypeBox, fast-xml-parser and graphology one by one cost `stancegraph validate` about 0.17 s of
 * CPU, more than Node's own start. But a package can only be moved into the bundle when it does
 * not depend on where its files are. So a package stays external when it, or anything it depends
 * on, could:
 * - carry native or WebAssembly code (a `.node`, `.wasm` or `binding.gyp` file; `gypfile`,
 *   `binary`, `os` or `cpu` in its package.json) — e.g. @duckdb/node-api's bindings;
 * - find files next to its own (`__dirname`, `__filename`, `import.meta.url`, `require.resolve`)
 *   — e.g. a language model read from the package's folder;
 * - load modules by a computed name (`require(name)`), which a bundler cannot follow;
 * - be missing (an optional dependency that is not installed on this platform).
 * Anything in doubt stays external, which is always correct, only slower to start.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** Why a package must stay external, or null when it may be bundled. */
export type ExternalReason = string | null;

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  gypfile?: unknown;
  binary?: unknown;
  os?: unknown;
  cpu?: unknown;
}

const NATIVE_FILE = /(\.node|\.wasm|^binding\.gyp)$/;
const CODE_FILE = /\.(c|m)?js$/;
const SELF_LOCATING = /\b(__dirname|__filename|import\.meta\.url|require\.resolve)\b/;
/** `require(` followed by anything but a string literal. */
const COMPUTED_REQUIRE = /(?<![\w$.])require\s*\(\s*(?!["'`])[^)\s]/;
/** Folders of a package that never hold code it runs. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", "test", "tests", "__tests__", "docs", "example", "examples"]);

/** Decides for package folders, remembering each answer (a package is scanned once per build). */
export function createPackagePolicy(): (packageDir: string) => ExternalReason {
  const decided = new Map<string, ExternalReason>();
  const decide = (dir: string): ExternalReason => {
    const known = decided.get(dir);
    if (known !== undefined) return known;
    // A cycle between packages reaches a package being decided: assume it fine here; its own
    // decision still accounts for everything else it depends on.
    decided.set(dir, null);
    const reason = ownReason(dir) ?? dependencyReason(dir, decide);
    decided.set(dir, reason);
    return reason;
  };
  return decide;
}

/** What in the package's own files keeps it external. */
function ownReason(dir: string): ExternalReason {
  const pkg = readPackageJson(dir);
  if (!pkg) return "no package.json";
  for (const field of ["gypfile", "binary", "os", "cpu"] as const) if (pkg[field] !== undefined) return `package.json has "${field}"`;
  for (const file of packageFiles(dir)) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (NATIVE_FILE.test(name)) return `ships ${file.slice(dir.length + 1)}`;
    if (!CODE_FILE.test(name)) continue;
    const code = readFileSync(file, "utf8");
    const self = SELF_LOCATING.exec(code);
    if (self) return `${file.slice(dir.length + 1)} uses ${self[1]}`;
    if (COMPUTED_REQUIRE.test(code)) return `${file.slice(dir.length + 1)} requires a computed module name`;
  }
  return null;
}

/** The first dependency (regular, optional or peer) that is missing or must stay external. */
function dependencyReason(dir: string, decide: (dir: string) => ExternalReason): ExternalReason {
  const pkg = readPackageJson(dir)!;
  const names = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  for (const name of names) {
    const depDir = findPackageDir(name, dir);
    if (!depDir) return `depends on ${name}, which is not installed`;
    const reason = decide(depDir);
    if (reason) return `depends on ${name} (${reason})`;
  }
  return null;
}

/** Where Node would find package `name` from inside `fromDir`: node_modules folders upwards. */
export function findPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** The package a resolved file belongs to: the folder under the last node_modules/ in its path. */
export function packageDirOf(file: string): string | null {
  const at = file.lastIndexOf("/node_modules/");
  if (at < 0) return null;
  const rest = file.slice(at + "/node_modules/".length).split("/");
  const depth = rest[0]!.startsWith("@") ? 2 : 1;
  return file.slice(0, at + "/node_modules/".length) + rest.slice(0, depth).join("/");
}

function readPackageJson(dir: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
  } catch {
    return null;
  }
}

function* packageFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* packageFiles(path);
    } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile())) {
      yield path;
    }
  }
}
