/** `stancegraph suggest` on the command line. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import { parseCsv } from "../../src/io/csv.ts";
import type { CliIO } from "../../src/cli/cli.ts";

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const AFP = path("graph-data/sources/000_085c92a93bf60dbf.txt");
const SWEDEN = path("tests/fixtures/suggest/sweden-nato.txt");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: () => {} };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("stancegraph suggest", () => {
  it("lists candidates as a table, with the dataset's source date and relations when the text is one of its sources", async () => {
    const r = await run("suggest", "--source", AFP);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}1\. 0\.\d\d {2}ARM → AZE {2}hostility − {2}cue "enemies" {2}from 2024-04-18 \(source date\) {2}evidence for ARM-AZE-hostility-2020 \(already quoted\)$/m);
    expect(r.out).toContain('"What\'s more, with the pullout from Karabakh, Moscow has additionally distanced Armenia." [1858–1945]');
  });

  it("lists under the table, and in JSON, the names the text uses that are no actor yet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "suggest-names-"));
    const file = join(dir, "text.txt");
    // Written once: written again, the engine learns the name (learnStandingNames) and does not list it.
    writeFileSync(file, "Washington blamed Kataib Hezbollah for the attack on its base, and Jordan condemned the strike.\n");
    const table = await run("suggest", "--source", file);
    expect(table.code).toBe(0);
    expect(table.out).toContain("Names the text uses that are no actor yet");
    expect(table.out).toMatch(/^ {2}Kataib Hezbollah {2}id KATAIBHEZBOLLAH, organization, 1×, read as Hezbollah \(HEZBOLLAH\) inside it {2}\[18–34\]$/m);
    const json = JSON.parse((await run("suggest", "--source", file, "--format", "json")).out);
    expect(json.names).toEqual([expect.objectContaining({ name: "Kataib Hezbollah", id: "KATAIBHEZBOLLAH", count: 1, start: 18, end: 34 })]);
  });

  it("says the text's dateline date when no --date is given, and dates nothing with it unasked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "suggest-dateline-"));
    const file = join(dir, "text.txt");
    writeFileSync(file, "Deal signed\n\nACCRA, August 18, 2003 — The talks ended at dawn. Sweden joined NATO, the alliance said.\n");
    const plain = await run("suggest", "--source", file, "--format", "json");
    expect(plain.code).toBe(0);
    expect(plain.err).toBe(`${file}: no --date given; its dateline says "August 18, 2003": add --date 2003-08-18 to date the candidates and read "on Monday" from it\n`);
    expect(JSON.parse(plain.out).candidates[0]).toMatchObject({ source: { id: "SWE" }, target: { id: "NATO" }, from: null });
    const dated = await run("suggest", "--source", file, "--date", "2003-08-18", "--format", "json");
    expect(dated.err).toBe("");
    expect(JSON.parse(dated.out).candidates[0]).toMatchObject({ from: "2003-08-18" });
  });

  it("writes JSON with the full candidates and the new actors, each with its ISO code", async () => {
    const r = await run("suggest", "--source", SWEDEN, "--date", "2024-03-08", "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ dataset: "karabakh", sourceDate: "2024-03-08" });
    expect(json.count).toBe(json.candidates.length);
    expect(json.newActors).toContainEqual({ id: "SWE", label: "Sweden", kind: "state", iso3: "SWE", inDataset: false, aliases: ["Sweden"] });
    expect(json.newActors).toContainEqual(expect.objectContaining({ id: "NATO", kind: "organization", inDataset: false }));
    // Russia and Turkey are the default dataset's own actors, not new ones.
    expect(json.newActors.map((a: { id: string }) => a.id)).not.toContain("RUS");
    const first = json.candidates[0];
    expect(first).toMatchObject({ source: { id: "SWE" }, target: { id: "NATO" }, type: "membership", from: "2024-03-08" });
  });

  it("writes CSV for scripts: a header and one row per candidate, quotes intact", async () => {
    const r = await run("suggest", "--source", SWEDEN, "--format", "csv", "--max", "3");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([
      "rank", "score", "source", "source_label", "source_new", "target", "target_label", "target_new", "type", "sign", "cue",
      "cue_negated", "from", "from_basis", "supports_relation", "already_quoted", "start", "end", "quote",
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 1)).toEqual(["1"]);
    expect(rows[1]![18]).toBe("Sweden joins NATO, ending two centuries of military non-alignment");
  });

  it("refuses bad arguments with a hint (exit 2)", async () => {
    expect((await run("suggest")).err).toMatch(/give the text to read with --source FILE/);
    expect((await run("suggest", "--source", AFP, "--format", "xml")).err).toMatch(/unknown --format "xml" \(use table, json or csv\)/);
    expect((await run("suggest", "--source", AFP, "--date", "2024-02-30")).err).toMatch(/--date "2024-02-30" is not a calendar date/);
    expect((await run("suggest", "--source", AFP, "--max", "0")).err).toMatch(/--max "0" is not a whole number from 1/);
    const missing = await run("suggest", "--source", "/nonexistent/x.txt");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read source file "\/nonexistent\/x.txt": no such file/);
  });

  it("says where a text stops being UTF-8 (exit 1), and reads a text with no actors as no suggestions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-suggest-"));
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.concat([Buffer.from("Line one.\nFrance and Rus"), Buffer.from([0xff]), Buffer.from("sia.")]));
    const r = await run("suggest", "--source", bad);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`"${bad}", line 2: is not valid UTF-8 at byte offset 24: byte 0xFF never occurs in UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8 (or UTF-16 with a byte order mark)\n`);
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "Nothing here.");
    const e = await run("suggest", "--source", empty);
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/^No suggestions/);
  });

  it("is listed in the tool's help", async () => {
    expect((await run("--help")).out).toMatch(/^ {2}suggest {4}suggest relations/m);
  });
});
