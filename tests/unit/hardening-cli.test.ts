/**
 * Issue #17 on the command line: paths that are not regular files (a directory, a named pipe) given
 * to any command that reads a file, strict decoding of every file a command reads (one decoder,
 * src/io/decode.ts), the 20 MB label in a GEXF, and echoed values cut short in every message.
 */
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { MINI_SOURCE_TEXT, miniDataset } from "./fixtures.ts";
import { ingestFixture } from "./ingestHelpers.ts";

const EDGES = ingestFixture("convert/edges.csv");
const ACTORS = ingestFixture("convert/actors.csv");
const PLOVER = ingestFixture("plover-2023.jsonl");

/** The bytes of `text` in UTF-16 (little endian) with its byte order mark. */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Text whose characters are all below U+0100, as Latin-1 bytes. */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

/**
 * The installed bin in a child process with a deadline, so that a command that blocks on a named
 * pipe is killed and fails the test instead of hanging the run.
 */
function spawnBin(argv: string[]) {
  return spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8", timeout: 30_000 });
}

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

describe("paths that are not regular files, in the commands that read other files", () => {
  /** Every way a command reads a file other than a dataset: `path` in the place of that file. */
  const readers = (path: string): Array<{ argv: string[]; noun: string }> => [
    { argv: ["suggest", "--source", path], noun: "a source file" },
    { argv: ["convert", path], noun: "a graph file" },
    { argv: ["convert", EDGES, "--actors", path], noun: "an actors file" },
    { argv: ["ingest", "--format", "plover", path], noun: "an event file" },
    { argv: ["ingest", "--format", "plover", path, "--engine", "typescript"], noun: "an event file" },
    { argv: ["ingest", "--format", "dyad-counts", path], noun: "an event file" },
  ];

  it("a directory: exit 2 with one sentence naming it, no stack trace", async () => {
    const folder = join(dir, "not-a-text");
    mkdirSync(folder);
    for (const { argv, noun } of readers(folder)) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err.split("\n")[0]).toBe(`stancegraph ${argv[0]}: "${folder}" is a directory, not ${noun}`);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("a named pipe: refused at once with exit 2, never read (a read would wait forever)", { timeout: 240_000 }, () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    for (const { argv, noun } of readers(fifo)) {
      const r = spawnBin(argv);
      expect(r.signal, `${argv.join(" ")} blocked on the pipe`).toBeNull();
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe(`stancegraph ${argv[0]}: "${fifo}" is a named pipe (FIFO), not ${noun}`);
    }
  });
});

describe("strict decoding on the command line", () => {
  it("convert reads a UTF-16 CSV (with its byte order mark) as it reads the same CSV in UTF-8", async () => {
    const edges = join(dir, "edges-utf16.csv");
    const actors = join(dir, "actors-utf16.csv");
    writeFileSync(edges, utf16(readFileSync(EDGES, "utf8")));
    writeFileSync(actors, utf16(readFileSync(ACTORS, "utf8")));
    const asUtf8 = await run("convert", EDGES, "--actors", ACTORS, "--id", "edges");
    const asUtf16 = await run("convert", edges, "--actors", actors, "--id", "edges");
    expect(asUtf8.code, asUtf8.err).toBe(0);
    expect(asUtf16.code, asUtf16.err).toBe(0);
    // The file's name is cited where an edge has no evidence: the same name, the same dataset.
    expect(asUtf16.out.replaceAll("edges-utf16.csv", "edges.csv")).toBe(asUtf8.out);
  });

  it("convert refuses a Latin-1 CSV with the byte offset (exit 1), and so does its --actors file", async () => {
    const text = readFileSync(ACTORS, "utf8").replace("Armenia", "Arm\u00e9nia");
    const actors = join(dir, "actors-latin1.csv");
    writeFileSync(actors, latin1(text));
    const offset = Buffer.from(text, "latin1").indexOf(0xe9);
    for (const argv of [["convert", actors], ["convert", EDGES, "--actors", actors]]) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(1);
      expect(r.err).toContain(`"${actors}": is not valid UTF-8 at byte offset ${offset}: byte 0xE9 starts a character that is cut short`);
    }
  });

  it("convert says a broken workbook cannot be read; convert and suggest say a PDF is not text, and what to open instead (exit 1)", async () => {
    const xlsx = join(dir, "ties.xlsx");
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0xa1, 0xff]));
    const c = await run("convert", xlsx);
    expect(c.code).toBe(1);
    expect(c.err).toContain("“ties.xlsx” starts as a zip archive but cannot be read as one (invalid zip data)");
    // A source text is no workbook: a zip is said to be one and not text.
    const source = await run("suggest", "--source", xlsx);
    expect(source.code).toBe(1);
    expect(source.err).toContain("is a zip archive (an Excel .xlsx, a Word .docx or an OpenDocument file is one), not text: save it as CSV or plain text (UTF-8) and open that");
    const pdf = join(dir, "article.pdf");
    writeFileSync(pdf, Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0xff])]));
    const sgg = await run("suggest", "--source", pdf);
    expect(sgg.code).toBe(1);
    expect(sgg.err).toMatch(/is a PDF, not text: copy its text into a plain text file, or paste it as a source in Curate/);
  });

  it("suggest refuses a Latin-1 byte in the source with its byte offset and line (exit 1)", async () => {
    const text = "Armenia and Azerbaijan met.\nArmenia left the R\u00fcssian-led bloc.";
    const source = join(dir, "source-latin1.txt");
    writeFileSync(source, latin1(text));
    const r = await run("suggest", "--source", source);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`"${source}", line 2: is not valid UTF-8 at byte offset ${text.indexOf("\u00fc")}: byte 0xFC never occurs in UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8 (or UTF-16 with a byte order mark)\n`);
  });

  it("ingest: both engines refuse a non-UTF-8 byte with the file and the same byte offset, gzipped or not", async () => {
    const lines = readFileSync(PLOVER, "utf8").split("\n");
    // In a field both engines read (the report's URL), and in one neither reads: the file is refused either way.
    for (const [where, edit] of [
      ["a field read", (l: string) => l.replace("https://", "https://caf\u00e9.")],
      ["a field not read", (l: string) => l.replace(/"id":/, '"note":"caf\u00e9","id":')],
    ] as const) {
      const text = [lines[0], edit(lines[1]!), ...lines.slice(2)].join("\n");
      const offset = latin1(text).indexOf(0xe9);
      const plain = join(dir, `events-latin1-${where.replaceAll(" ", "-")}.jsonl`);
      writeFileSync(plain, latin1(text));
      writeFileSync(`${plain}.gz`, gzipSync(latin1(text)));
      for (const engine of ["duckdb", "typescript"]) {
        for (const [file, once] of [[plain, ""], [`${plain}.gz`, ", once decompressed,"]] as const) {
          const r = await run("ingest", "--format", "plover", file, "--engine", engine);
          expect(r.code, `${where}, ${engine}, ${file}`).toBe(1);
          expect(r.err, `${where}, ${engine}`).toMatch(new RegExp(`^stancegraph ingest: ${file.replace(/[.*+?^$()|[\]\\]/g, "\\$&")}: is${once} not valid UTF-8 at byte offset ${offset}: byte 0xE9 starts a character that is cut short`));
        }
      }
    }
  });

  it("ingest: UTF-16 with its byte order mark is read by the TypeScript engine as the app reads it; DuckDB says it cannot", async () => {
    const file = join(dir, "events-utf16.jsonl");
    writeFileSync(file, utf16(readFileSync(PLOVER, "utf8")));
    const ts = await run("ingest", "--format", "plover", file, "--engine", "typescript");
    const same = await run("ingest", "--format", "plover", PLOVER, "--engine", "typescript");
    expect(ts.code, ts.err).toBe(0);
    expect(ts.out.replaceAll("events-utf16.jsonl", "plover-2023.jsonl")).toBe(same.out);
    const duck = await run("ingest", "--format", "plover", file);
    expect(duck.code).toBe(1);
    expect(duck.err).toBe(`stancegraph ingest: ${file}: is UTF-16, which DuckDB does not read: save the file as UTF-8, or use --engine typescript\n`);
  });

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
      ["suggest", "--source", long],
      ["suggest", "--source", join(dir, long.slice(0, 200))],
      ["suggest", "--source", EDGES, "--date", long],
      ["suggest", "--source", EDGES, "--format", long],
      ["suggest", "--source", EDGES, "--max", long],
      ["suggest", "--source", EDGES, "--dataset", join(dir, long.slice(0, 200))],
      ["convert", join(dir, long.slice(0, 200))],
      ["convert", EDGES, "--actors", join(dir, long.slice(0, 200))],
      ["convert", EDGES, "--from-date", long],
      ["convert", EDGES, `--${long}`],
      ["ingest", "--format", long, PLOVER],
      ["ingest", "--format", "plover", join(dir, long.slice(0, 200))],
      ["ingest", "--format", "plover", PLOVER, "--window", long],
      ["ingest", "--format", "plover", PLOVER, "--min-events", long],
      ["ingest", "--format", "plover", PLOVER, "--margin", long],
      ["ingest", "--format", "plover", PLOVER, "--actors", long],
      ["ingest", "--format", "plover", PLOVER, "--engine", long],
      ["ingest", "--format", "plover", PLOVER, "--emit-sql", long],
      ["ingest", "--format", "plover", "--synthetic", long, "--out", join(dir, "s.jsonl")],
      ["ingest", "--format", "plover", "--synthetic", "10", "--seed", long, "--out", join(dir, "s.jsonl")],
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

  it("values a successful run repeats are cut too: convert's mapping summary, a long --id in ingest", async () => {
    const long = "y".repeat(100_000);
    const converted = await run("convert", EDGES, "--actors", ACTORS, "--label", long, "--evidence", long);
    expect(converted.code, converted.err.slice(0, 300)).toBe(0);
    const summary = converted.err.trim().split("\n").pop()!;
    expect(summary).toMatch(/^dataset: \d+ actors, \d+ relations from csv \(ends "source" → "target", mapping \{label: "y+…", /);
    expect(summary.length).toBeLessThan(1000);
    // Nothing in a message about the file is longer than about 80 characters of a value.
    const id = await run("ingest", "--format", "plover", PLOVER, "--id", long);
    expect(id.code).toBe(1);
    for (const line of id.err.trim().split("\n")) expect(line.length, line.slice(0, 200)).toBeLessThan(300);
  });

  it("--out a directory is a usage error, not a stack trace, in every command that writes a dataset", async () => {
    for (const argv of [
      ["generate", "--actors", "10", "--relations", "10", "--out", dir],
      ["convert", EDGES, "--actors", ACTORS, "--out", dir],
      ["ingest", "--format", "plover", PLOVER, "--out", dir],
      ["ingest", "--format", "plover", "--synthetic", "5", "--out", dir],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err.split("\n")[0]).toMatch(new RegExp(`^stancegraph ${argv[0]}: cannot write "${dir}": .*EISDIR`));
    }
  });
});
