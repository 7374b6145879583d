/**
 * Issue #17 on the command line: paths that are not regular files (a directory, a named pipe),
 * strict decoding of dataset files and source texts, the 20 MB label in a GEXF, and echoed values
 * cut short in every message.
 */
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { MINI_SOURCE_TEXT, miniDataset } from "./fixtures.ts";

const bin = fileURLToPath(new URL("../../bin/stancegraph.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "stancegraph-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => writeFileSync(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** A folder with the mini dataset and its source text, `edit` applied to the files first. */
function miniFolder(name: string, edit: { dataset?: Uint8Array | string; source?: Uint8Array | string } = {}): string {
  const folder = join(dir, name);
  mkdirSync(join(folder, "sources"), { recursive: true });
  writeFileSync(join(folder, "sources", "s1.txt"), edit.source ?? MINI_SOURCE_TEXT);
  writeFileSync(join(folder, "mini.json"), edit.dataset ?? datasetJson(miniDataset()));
  return join(folder, "mini.json");
}

describe("paths that are not dataset files", () => {
  it("a directory: exit 2 with one clear sentence, for every command that reads a dataset", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    for (const argv of [["validate", folder], ["snapshot", "--dataset", folder, "--at", "2024-01-01"], ["export", "--format", "csv", "--dataset", folder], ["analyze", "--dataset", folder, "--series"]]) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err.split("\n")[0]).toBe(`stancegraph ${argv[0]}: "${folder}" is a directory, not a dataset file`);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("a named pipe: refused at once with exit 2 (it would block forever), by the installed bin too", () => {
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    for (const argv of [["validate", fifo], ["analyze", "--dataset", fifo, "--series"]]) {
      // A child process, so that a regression hangs the child (killed by the timeout), not the test run.
      const r = spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8", timeout: 20_000 });
      expect(r.signal, "the command blocked on the pipe").toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe(`stancegraph ${argv[0]}: "${fifo}" is a named pipe (FIFO), not a dataset file`);
    }
  });

  it("a source text that is a named pipe or a directory is reported as a problem of the dataset, without blocking", () => {
    const file = miniFolder("pipe-source");
    const source = join(dir, "pipe-source", "sources", "s1.txt");
    rmSync(source);
    execFileSync("mkfifo", [source]);
    const r = spawnSync(process.execPath, [bin, "validate", file], { encoding: "utf8", timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sources[0].file: cannot read "sources/s1.txt" next to the dataset: it is a named pipe (FIFO), not a text file');
  });
});

describe("strict decoding on the command line", () => {
  it("refuses a Latin-1 dataset with the byte offset (exit 1)", async () => {
    const text = datasetJson(miniDataset()).replace('"Alpha"', '"R\u00fcssia"');
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const file = miniFolder("latin1", { dataset: bytes });
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`(file): is not valid UTF-8 at byte offset ${bytes.indexOf(0xfc)}: byte 0xFC never occurs in UTF-8`);
  });

  it("reads UTF-16 with its byte order mark, as the app does", async () => {
    const text = datasetJson(miniDataset());
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = await run("validate", miniFolder("utf16", { dataset: bytes }));
    expect(r.code, r.err).toBe(0);
  });

  it("refuses a source text that is not UTF-8, saying why", async () => {
    const source = Uint8Array.from([...MINI_SOURCE_TEXT.replace("Alpha", "\u00c4lpha")].map((c) => c.charCodeAt(0)));
    const r = await run("validate", miniFolder("latin1-source", { source }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('sources[0].file: cannot read "sources/s1.txt" next to the dataset: the file is not valid UTF-8 at byte offset 0: byte 0xC4 starts a character that is cut short');
  });
});

describe("oversized values", () => {
  it("a 20 MB label in a GEXF is refused with a short message, before any graph is built", { timeout: 180_000 }, async () => {
    const d = miniDataset();
    d.actors[0]!.label = "L".repeat(20 * 1024 * 1024);
    const folder = join(dir, "big-label");
    mkdirSync(folder);
    writeFileSync(join(folder, "big.gexf"), writeGexf(d, { mode: "dynamic" }));
    // `export` builds a graph (and lays it out for SVG) only from a valid dataset.
    const r = await run("export", "--format", "svg", "--dataset", join(folder, "big.gexf"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("actors[0].label: is 20,971,520 characters long; the limit is 500");
    expect(r.err.length).toBeLessThan(1000);
  });

  it("every argument a message repeats is cut to about 80 characters", async () => {
    const long = "x".repeat(100_000);
    const file = miniFolder("echo");
    const runs = [
      ["validate", join(dir, long.slice(0, 200))],
      [long],
      ["snapshot", "--dataset", file, "--at", long],
      ["snapshot", "--dataset", file, "--period", long],
      ["snapshot", "--dataset", file, "--at", "2024-01-01", "--format", long],
      ["export", "--dataset", file, "--format", long],
      ["export", "--dataset", file, "--format", "csv", "--compare", long],
      ["export", "--dataset", file, "--format", "csv", "--compare", `${long},b`],
      ["export", "--dataset", file, "--format", "csv", "--hide-types", long],
      ["analyze", "--dataset", file, "--at", "2024-01-01", "--since", long],
      ["analyze", "--dataset", file, "--series", "--format", long],
      ["analyze", "--dataset", file, "--series", "--combine", long],
      ["analyze", "--dataset", file, "--series", "--blocs", long],
      ["generate", "--actors", long],
      ["generate", "--actors", "9".repeat(100_000)],
      ["validate", `--${long}`],
    ];
    for (const argv of runs) {
      const r = await run(...argv);
      expect(r.code, argv.map((a) => a.slice(0, 20)).join(" ")).toBe(2);
      expect(r.err.split("\n")[0]!.length, r.err.slice(0, 300)).toBeLessThan(300);
    }
  });

  it("generate --out a directory is a usage error, not a stack trace", async () => {
    const r = await run("generate", "--actors", "10", "--relations", "10", "--out", dir);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toMatch(/^stancegraph generate: cannot write ".*": /);
  });
});
