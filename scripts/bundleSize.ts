/**
 * What the built app (dist/) ships as JavaScript, gzipped: what every start loads (the page's entry
 * script, the load worker the page starts at boot, and what they import statically) and what is
 * fetched on demand (dynamic imports). The budget of issue #12 applies to what every start loads;
 * tests/unit/appBundle.test.ts fails above it, and `npm run size` prints the table for the README.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** At most this much JavaScript, gzipped (level 9), loads at every start. */
export const START_BUDGET_BYTES = 150 * 1024;

export interface ShippedFile {
  /** Path under dist/. */
  file: string;
  bytes: number;
  gzip: number;
  /** "start": loaded at every start; "on demand": reached only through a dynamic import. */
  when: "start" | "on demand";
}

export interface ShippedJavaScript {
  files: ShippedFile[];
  startGzip: number;
  totalGzip: number;
  /** JavaScript files under dist/assets that nothing references (a chunk this reading missed). */
  unreferenced: string[];
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${},\s]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
/** `new Worker(new URL("loadWorker-x.js", import.meta.url))`: a worker script, started by the page. */
const WORKER_URL = /new URL\(\s*["'`]([^"'`:]+\.js)["'`]\s*,\s*import\.meta\.url/g;
const ENTRY_SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;

/** Reads dist/ (after `vite build`) and sorts its JavaScript into what loads at start and on demand. */
export function shippedJavaScript(distDir: string): ShippedJavaScript {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const relativeToDist = (from: string, path: string) => resolve("/", from, path).slice(1);
  const entries = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(PRELOAD)].map((m) => relativeToDist(".", m[1]!));

  const start = new Set<string>();
  const demand = new Set<string>();
  const visit = (file: string, when: Set<string>) => {
    if (start.has(file) || when.has(file)) return;
    when.add(file);
    const code = readFileSync(join(distDir, file), "utf8");
    const dir = file.slice(0, file.lastIndexOf("/") + 1) || ".";
    for (const m of code.matchAll(STATIC_IMPORT)) visit(relativeToDist(dir, m[1]!), when);
    for (const m of code.matchAll(WORKER_URL)) visit(relativeToDist(dir, m[1]!), when);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visit(relativeToDist(dir, m[1]!), demand);
  };
  for (const e of entries) visit(e, start);
  for (const f of start) demand.delete(f);

  const describe = (file: string, when: ShippedFile["when"]): ShippedFile => {
    const data = readFileSync(join(distDir, file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length, when };
  };
  const files = [...[...start].map((f) => describe(f, "start")), ...[...demand].map((f) => describe(f, "on demand"))];
  const all = readdirSync(join(distDir, "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`);
  const sum = (list: ShippedFile[]) => list.reduce((s, f) => s + f.gzip, 0);
  return {
    files,
    startGzip: sum(files.filter((f) => f.when === "start")),
    totalGzip: sum(files),
    unreferenced: all.filter((f) => !start.has(f) && !demand.has(f)),
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The table for the README's Size section. */
export function sizeTable(s: ShippedJavaScript): string {
  const rows = s.files.map((f) => `| \`${f.file.replace(/-[\w-]{8}\.js$/, ".js")}\` | ${f.when} | ${kib(f.bytes)} | ${kib(f.gzip)} |`);
  return [
    "| file | loaded | raw | gzipped |",
    "|---|---|--:|--:|",
    ...rows,
    `| **every start** | | | **${kib(s.startGzip)}** (budget ${kib(START_BUDGET_BYTES)}) |`,
    `| all JavaScript | | | ${kib(s.totalGzip)} |`,
  ].join("\n");
}

// `npm run size`: the table for the built app in dist/.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(sizeTable(shippedJavaScript(resolve(import.meta.dirname, "../dist"))));
}
