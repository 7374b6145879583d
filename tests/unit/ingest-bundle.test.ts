/**
 * DuckDB, n3 and the Node-only ingest modules stay out of the browser bundle: nothing the app's
 * entry points reach (src/main.ts, and the load worker, statically or by dynamic import) imports
 * them. Walks the import graph of the source, as the bundler would.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FORBIDDEN_PACKAGES = ["@duckdb/node-api", "n3", "jsonld-streaming-parser"];
const NODE_ONLY = ["src/io/ingest/duckdbEngine.ts", "src/io/ingest/eventFiles.ts", "src/io/ingest/ingestFiles.ts", "src/io/rdf.ts", "src/io/rdfJsonLd.ts", "src/cli/main.ts"];

/** Every module (files of src, and bare package names) reachable from the entries. */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = entries.map((e) => resolve(ROOT, e));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith("/") || !existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|new URL\(\s*["'](\.[^"']+\.ts)["']/g)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec));
      else seen.add(spec);
    }
  }
  return seen;
}

describe("the browser bundle", () => {
  it("reaches neither DuckDB nor n3 nor the Node-only ingest and RDF modules", () => {
    const modules = reachable(["src/main.ts", "src/app/loadWorker.ts"]);
    expect(modules.size).toBeGreaterThan(20);
    expect([...modules].filter((m) => FORBIDDEN_PACKAGES.some((p) => m === p || m.startsWith(`${p}/`)))).toEqual([]);
    expect(NODE_ONLY.filter((f) => modules.has(resolve(ROOT, f)))).toEqual([]);
  });

  it("would notice: the CLI does reach them", () => {
    const cli = reachable(["src/cli/main.ts"]);
    expect(cli.has("@duckdb/node-api")).toBe(true);
    expect(cli.has("n3")).toBe(true);
  });
});
