/**
 * The built app's JavaScript (dist/, made by the build step that scripts/test.sh runs before the
 * tests): what every start loads stays within the budget of issue #12, and the bundler's rule that
 * lets it drop unused modules of ours (vite.config.ts: our modules have no side effects on import)
 * stays true.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { shippedJavaScript, sizeTable, START_BUDGET_BYTES } from "../../scripts/bundleSize.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");

describe("the shipped JavaScript", () => {
  it("loads at most 150 KiB gzipped at every start, and every chunk is accounted for", () => {
    expect(existsSync(join(dist, "index.html")), "dist/ is missing: run `npm run build` (npm test does) first").toBe(true);
    const shipped = shippedJavaScript(dist);
    expect(shipped.unreferenced).toEqual([]);
    const start = shipped.files.filter((f) => f.when === "start").map((f) => f.file);
    // The page's entry and the load worker it starts at boot.
    expect(start.some((f) => /^assets\/index-.+\.js$/.test(f))).toBe(true);
    expect(start.some((f) => /^assets\/loadWorker-.+\.js$/.test(f))).toBe(true);
    expect(shipped.startGzip, `every start loads ${shipped.startGzip} bytes gzipped:\n${sizeTable(shipped)}`).toBeLessThanOrEqual(START_BUDGET_BYTES);
  });

  it("keeps the validator and the XML parser out of what every start loads", () => {
    const start = shippedJavaScript(dist).files.filter((f) => f.when === "start");
    const code = start.map((f) => readFileSync(join(dist, f.file), "utf8")).join("\n");
    // TypeBox's error type names and fast-xml-parser's options are in their code, not ours.
    expect(code).not.toContain("ObjectRequiredProperty");
    expect(code).not.toContain("ignoreAttributes");
  });

  it("keeps the export writers out of what every start loads, in a file the Export menu fetches", () => {
    const files = shippedJavaScript(dist).files;
    const code = (when: string) => files.filter((f) => f.when === when).map((f) => readFileSync(join(dist, f.file), "utf8")).join("\n");
    // The GEXF and GraphML writers' namespaces are in their code only.
    for (const writer of ["http://gexf.net/1.3", "http://graphml.graphdrawing.org/xmlns"]) {
      expect(code("start")).not.toContain(writer);
      expect(code("on demand")).toContain(writer);
    }
  });

  it("sorts a built app's files into start and on demand by how they are imported", () => {
    const dir = mkdtempSync(join(tmpdir(), "stancegraph-dist-"));
    mkdirSync(join(dir, "assets"));
    const file = (name: string, code: string) => writeFileSync(join(dir, "assets", name), code);
    writeFileSync(join(dir, "index.html"), '<script type="module" crossorigin src="./assets/index-a.js"></script>');
    file("index-a.js", 'import{x}from"./shared-b.js";new Worker(new URL(`worker-c.js`,import.meta.url),{type:`module`});const later=()=>import("./panel-d.js");');
    file("shared-b.js", "export const x=1;");
    file("worker-c.js", "onmessage=async()=>{await import(`./pipeline-e.js`)};");
    file("panel-d.js", 'import{x}from"./shared-b.js";import{y}from"./panel-f.js";');
    file("panel-f.js", "export const y=2;");
    file("pipeline-e.js", "export{};");
    file("stray-g.js", "export{};");
    const s = shippedJavaScript(dir);
    const when = Object.fromEntries(s.files.map((f) => [f.file.slice(7), f.when]));
    expect(when).toEqual({ "index-a.js": "start", "shared-b.js": "start", "worker-c.js": "start", "panel-d.js": "on demand", "panel-f.js": "on demand", "pipeline-e.js": "on demand" });
    expect(s.unreferenced).toEqual(["assets/stray-g.js"]);
    expect(s.startGzip).toBe(s.files.filter((f) => f.when === "start").reduce((n, f) => n + f.gzip, 0));
  });
});

describe("our modules have no side effects on import", () => {
  /** Every .ts file under src/. */
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));

  it("no module imports one of ours only for what importing it does", () => {
    const offenders = sources(join(root, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^import\s+["']([^"']+\.ts)["'];?$/gm)].map((m) => `${file.slice(root.length)} imports ${m[1]} for its side effects`),
    );
    expect(offenders).toEqual([]);
  });
});
