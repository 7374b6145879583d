import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Graph from "graphology";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";
import { parseCsv } from "../../src/io/csv.ts";
import { RELATION_COLUMNS } from "../../src/io/relationRows.ts";
import { importDataset } from "../../src/io/importDataset.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { activeRelationsAt, createModel } from "../../src/model/stanceModel.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

/** Runs the CLI in-process and captures what it prints and writes. */
async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const io: CliIO = { out: (t) => (out += t.endsWith("\n") ? t : `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => files.set(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}

type El = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in assertions
const parseXml = (xml: string): El => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => ["node", "edge"].includes(n) }).parse(xml);

describe("stancegraph export", () => {
  it("writes CSV of every relation that parses back with one row per relation", async () => {
    const r = await run("export", "--format", "csv", "--all");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([...RELATION_COLUMNS]);
    expect(rows).toHaveLength(1 + 20);
    expect(rows.slice(1).map((row) => row[0])).toEqual(karabakh().relations.map((x) => x.id));
    expect(rows.every((row) => row.length === RELATION_COLUMNS.length)).toBe(true);
  });

  it("writes the CSV of a period with the relations active then", async () => {
    const r = await run("export", "--format", "csv", "--period", "before-2023");
    const model = createModel(karabakh(), { layout: false });
    expect(parseCsv(r.out).slice(1).map((row) => row[0])).toEqual(activeRelationsAt(model, "2023-09-18").map((x) => x.id));
  });

  it("writes a dynamic GEXF with --all and a static one with a date", async () => {
    const all = await run("export", "--format", "gexf", "--all");
    expect(all.code).toBe(0);
    expect(XMLValidator.validate(all.out)).toBe(true);
    const dyn = parseXml(all.out).gexf.graph;
    expect(dyn["@_mode"]).toBe("dynamic");
    expect(dyn.edges.edge).toHaveLength(20);
    const snap = parseXml((await run("export", "--format", "gexf", "--at", "2024-04-18")).out).gexf.graph;
    expect(snap["@_mode"]).toBe("static");
    expect(snap.edges.edge).toHaveLength(activeRelationsAt(createModel(karabakh(), { layout: false }), "2024-04-18").length);
    const back = importDataset(all.out, "karabakh_all.gexf");
    expect(back.ok && back.dataset.relations).toStrictEqual(karabakh().relations);
  });

  it("writes the dataset itself as JSON with --all, and a valid dataset of the date with --at", async () => {
    const all = await run("export", "--format", "json");
    expect(JSON.parse(all.out)).toStrictEqual(karabakh());
    const dated = await run("export", "--format", "json", "--at", "2021-01-01", "--dataset", fixture("mini/mini.json"));
    const d = JSON.parse(dated.out);
    expect(d.relations.map((x: { id: string }) => x.id)).toEqual(["r1"]);
    expect(validateDataset(d).ok).toBe(true);
  });

  it("writes GraphML, graphology JSON and SVG", async () => {
    const graphml = await run("export", "--format", "graphml", "--period", "after-2023");
    expect(XMLValidator.validate(graphml.out)).toBe(true);
    expect(graphml.out).toContain('<data key="g_view">After 2023, 2024-04-18</data>');
    const graphology = Graph.from(JSON.parse((await run("export", "--format", "graphology", "--all")).out));
    expect(graphology.size).toBe(20);
    // Data only: the relation's fields, not how the renderer curves parallel edges.
    expect(Object.keys(graphology.getEdgeAttributes("RUS-ARM-alliance-1992")).sort()).toEqual(["from", "index", "relationType", "sign", "to"]);
    const svg = await run("export", "--format", "svg", "--compare", "before-2023,after-2023");
    expect(XMLValidator.validate(svg.out)).toBe(true);
    expect(svg.out).toContain("2023-09-18 (Before 2023) compared with 2024-04-18 (After 2023)");
    // The stable layout: nodes are spread out, not all at the origin.
    expect(new Set([...svg.out.matchAll(/<circle[^>]* cx="([-\d.]+)"/g)].map((m) => m[1])).size).toBeGreaterThan(5);
  });

  it("applies --hide-types and --hide-kinds", async () => {
    const r = await run("export", "--format", "csv", "--hide-types", "mediation,alliance", "--hide-kinds", "court");
    const rows = parseCsv(r.out).slice(1);
    const type = RELATION_COLUMNS.indexOf("type");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => ["mediation", "alliance"].includes(row[type]!))).toBe(false);
    expect(rows.some((row) => row.includes("ICC"))).toBe(false);
  });

  it("writes to --out, naming the file after dataset, view and date when --out is a directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-export-"));
    try {
      const r = await run("export", "--format", "gexf", "--compare", "2023-09-18,after-2023", "--out", dir);
      expect(r.code).toBe(0);
      const path = join(dir, "karabakh_2023-09-18_vs_2024-04-18.gexf");
      expect([...r.files.keys()]).toEqual([path]);
      expect(r.err).toMatch(/^wrote .*karabakh_2023-09-18_vs_2024-04-18\.gexf: \d+ relations, 10 actors/);
      expect(r.out).toBe("");
      const named = await run("export", "--format", "svg", "--period", "after-2023", "--out", join(dir, "x.svg"));
      expect([...named.files.keys()]).toEqual([join(dir, "x.svg")]);
      const png = await run("export", "--format", "png", "--out", dir);
      expect(png.files.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says where it could not write (exit 2)", async () => {
    let err = "";
    const io: CliIO = { out: () => {}, err: (t) => (err += t), writeFile: () => { throw new Error("ENOENT: no such file or directory"); } };
    expect(await runCli(["export", "--format", "csv", "--out", "/nope/dir/x.csv"], io)).toBe(2);
    expect(err).toContain('cannot write "/nope/dir/x.csv": ENOENT: no such file or directory');
  });

  it("accepts any kind of the format in --hide-kinds, even one this dataset lacks", async () => {
    const r = await run("export", "--format", "csv", "--hide-kinds", "person");
    expect(r.code).toBe(0);
    expect(parseCsv(r.out)).toHaveLength(21);
  });

  it("says clearly that PNG is a browser export (exit 2)", async () => {
    const r = await run("export", "--format", "png", "--period", "after-2023");
    expect(r.code).toBe(2);
    expect(r.err).toContain("PNG is a browser export");
    expect(r.err).toContain("--format svg");
  });

  it("reports a dataset that does not validate (exit 1)", async () => {
    const r = await run("export", "--format", "csv", "--dataset", fixture("broken/broken.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('relations[0].target: unknown actor "ARMM"');
  });

  it.each([
    [["export"], "give --format (png, svg, gexf, gexf-viz, graphml, json, graphology, csv)"],
    [["export", "--format", "xlsx"], 'unknown --format "xlsx"'],
    [["export", "--format", "csv", "--at", "2024-01-01", "--all"], "give one of --at, --period, --compare and --all"],
    [["export", "--format", "csv", "--at", "2024-02-30"], '--at "2024-02-30" is not a calendar date'],
    [["export", "--format", "csv", "--period", "later"], 'unknown --period "later" (this dataset has: before-2023, after-2023)'],
    [["export", "--format", "csv", "--compare", "2024-01-01"], '--compare "2024-01-01" must be two dates or period ids: A,B'],
    [["export", "--format", "csv", "--compare", "2024-01-01,2024-13-01"], '--compare: "2024-13-01" is not a calendar date'],
    [["export", "--format", "csv", "--compare", "2024-01-01,soon"], '--compare: unknown period "soon" (this dataset has: before-2023, after-2023)'],
    [["export", "--format", "csv", "--hide-types", "alliance,friendship"], '--hide-types: unknown "friendship" (this dataset has: alliance,'],
    [["export", "--format", "csv", "--hide-kinds", "planet"], '--hide-kinds: unknown "planet" (the kinds are: state, bloc, organization, court, non-state, person)'],
  ])("rejects bad arguments %j with exit 2", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
