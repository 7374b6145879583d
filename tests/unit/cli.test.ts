import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import { parseCsv } from "../../src/io/csv.ts";
import type { CliIO } from "../../src/cli/cli.ts";

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

/** Runs the CLI in-process and captures what it prints. */
async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => files.set(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}

describe("stancegraph validate", () => {
  it("passes a valid dataset with a one-line summary", async () => {
    const r = await run("validate", fixture("mini/mini.json"));
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(1);
    expect(r.out).toMatch(/valid — 3 actors, 3 relations, 3 relation types, 1 event, 2 sources, 2 periods/);
  });

  it("fails an invalid dataset with every problem, one per line", async () => {
    const r = await run("validate", fixture("broken/broken.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('relations[0].target: unknown actor "ARMM"');
    expect(r.err).toContain('relations[1]: "to" 2021-01-01 is before "from" 2023-09-20');
    expect(r.err).toContain('relations[2].type: unknown relation type "allianse"');
    // No sources/ folder next to it: the quote check says it cannot read the file.
    expect(r.err).toContain('sources[0].file: cannot read "sources/s1.txt"');
    expect(r.err).toMatch(/4 problems\n$/);
  });

  it("validates the embedded dataset by default", async () => {
    const r = await run("validate");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/karabakh\.json: valid/);
  });

  it("reads back a dynamic GEXF that the export wrote", async () => {
    const out = await run("export", "--format", "gexf", "--all", "--dataset", fixture("mini/mini.json"));
    expect(out.code).toBe(0);
    const { cpSync, mkdtempSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync("/tmp/sg-");
    // The dataset's quotes are checked against its sources/ folder, next to the file.
    cpSync(fixture("mini/sources"), `${dir}/sources`, { recursive: true });
    const file = `${dir}/mini_all.gexf`;
    writeFileSync(file, out.out);
    const r = await run("validate", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid — 3 actors, 3 relations/);
  });

  it("says clearly when the file does not exist (exit 2)", async () => {
    const r = await run("validate", "/nope/x.json");
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read dataset file "/nope/x.json": no such file');
  });
});

describe("stancegraph snapshot", () => {
  it("names --dataset when the file is given as validate takes it (exit 2)", async () => {
    for (const command of ["snapshot", "export", "analyze", "suggest"]) {
      const r = await run(command, fixture("mini/mini.json"), "--at", "2023-09-19");
      expect(r.code, command).toBe(2);
      expect(r.err, command).toContain(`: give the dataset file as --dataset ${fixture("mini/mini.json")}`);
    }
    // Another stray word gets the plain message.
    const r = await run("snapshot", "extra", "--at", "2023-09-19");
    expect(r.err).toContain("Unexpected argument 'extra'");
    expect(r.err).not.toContain("--dataset extra");
  });

  it("prints the relations active at a date as CSV with the documented columns", async () => {
    const r = await run("snapshot", "--at", "2023-09-19", "--dataset", fixture("mini/mini.json"));
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]!.slice(0, 10)).toEqual(["id", "source", "target", "source_label", "target_label", "type", "type_label", "sign", "directed", "from"]);
    expect(rows[0]).toEqual(expect.arrayContaining(["to", "quote"]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(["r1", "r3"]);
    expect(rows[1]![rows[0]!.indexOf("quote")]).toBe("Alpha and Beta signed a pact.");
  });

  it("resolves a named period and prints JSON", async () => {
    const r = await run("snapshot", "--period", "after", "--dataset", fixture("mini/mini.json"), "--format", "json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data).toMatchObject({ dataset: "mini", date: "2024-04-18", period: "after", count: 1 });
    expect(data.relations[0]).toMatchObject({ id: "r2", type: "estrangement", sign: -1, from: "2023-09-20", to: "" });
  });

  it.each([
    [["snapshot"], "give a date with --at YYYY-MM-DD or a named period with --period ID"],
    [["snapshot", "--at", "2023-02-30"], '--at "2023-02-30" is not a calendar date'],
    [["snapshot", "--period", "later"], 'unknown --period "later" (this dataset has: before-2023, after-2023)'],
    [["snapshot", "--at", "2023-01-01", "--period", "after-2023"], "give either --at or --period, not both"],
    [["snapshot", "--at", "2023-01-01", "--format", "xml"], 'unknown --format "xml"'],
    [["snapshot", "--bogus"], "Unknown option '--bogus'"],
    [["snapshot", "--at", "-1"], 'Option \'--at\' argument is ambiguous: to give a value starting with "-", write --at=VALUE'],
    [["frobnicate"], 'unknown command "frobnicate"'],
  ])("rejects bad arguments %j with exit 2", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("has --help for each command", async () => {
    for (const cmd of ["validate", "snapshot"]) {
      const r = await run(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: stancegraph ${cmd}`));
    }
  });
});

describe("the installed bin", () => {
  const bin = fileURLToPath(new URL("../../bin/stancegraph.js", import.meta.url));

  it("runs as a program with exit codes", () => {
    const ok = execFileSync(process.execPath, [bin, "snapshot", "--period", "before-2023"], { encoding: "utf8" });
    expect(ok.split("\r\n")[0]).toMatch(/^id,source,target,source_label,target_label,type/);
    const bad = spawnSync(process.execPath, [bin, "validate", fixture("broken/broken.json")], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown actor "ARMM"');
  });
});
