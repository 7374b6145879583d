import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import { parseCsv } from "../../src/io/csv.ts";
import type { CliIO } from "../../src/cli/cli.ts";

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: () => {} };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("stancegraph analyze at a date", () => {
  it("prints balance, alignment and blocs for people (before September 2023)", async () => {
    const r = await run("analyze", "--period", "before-2023");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("— 2023-09-18 (period before-2023)");
    expect(r.out).toContain("12 signed ties: 7 positive, 5 negative; 0 ambivalent pairs; 4 neutral relations not counted as ties");
    expect(r.out).toContain("Structural balance: 4 closed triads");
    expect(r.out).toMatch(/\+\+-\s+2\s+unbalanced\s+unbalanced/);
    expect(r.out).toContain("balanced ratio, strong: 0.500 (2 of 4)");
    expect(r.out).toMatch(/\+\+-\s+Armenia, Azerbaijan, Russia\s+unbalanced/);
    expect(r.out).toContain("2 blocs leave 2 of 12 ties unexplained");
    expect(r.out).toContain("unexplained: Armenia – Russia (positive between blocs)");
    expect(r.out).toContain("no ties: France");
  });

  it("prints JSON with every figure, and the movement since another period", async () => {
    const r = await run("analyze", "--period", "after-2023", "--since", "before-2023", "--format", "json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data).toMatchObject({ dataset: "karabakh", date: "2024-04-18", period: "after-2023", rule: "sum" });
    expect(data.balance).toMatchObject({ triads: 5, counts: { "+++": 1, "++-": 0, "+--": 4, "---": 0 }, strong: { ratio: 1 }, unbalanced: [] });
    expect(data.blocs).toMatchObject({ frustration: 0, exact: true, unaligned: ["NKR"] });
    expect(data.blocs.blocs.map((b: { members: string[] }) => b.members)).toEqual([
      ["ARM", "EUUS", "FRA", "ICC", "UKR"],
      ["AZE", "CSTO", "RUS", "TUR"],
    ]);
    expect(data.shift.a).toBe("2023-09-18");
    expect(data.shift.actors[0]).toMatchObject({ id: "ARM", movement: 6, toward: { bloc: 1 }, awayFrom: { bloc: 2, delta: -4 } });
    expect(data.alignment.find((a: { id: string }) => a.id === "RUS")).toMatchObject({ positive: 3, negative: 4, net: -1 });
  });

  it("prints tidy CSV (measure, subject, value) for scripts", async () => {
    const r = await run("analyze", "--at", "2023-09-18", "--format", "csv", "--blocs", "2");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual(["measure", "subject", "value"]);
    const value = (measure: string, subject = "") => rows.find((x) => x[0] === measure && x[1] === subject)?.[2];
    expect(value("triads")).toBe("4");
    expect(value("triads_ppn")).toBe("2");
    expect(value("strong_ratio")).toBe("0.5");
    expect(value("net_alignment", "RUS")).toBe("1");
    expect(value("net_alignment", "UKR")).toBe("-1");
    expect(value("frustration")).toBe("2");
    expect(rows.filter((x) => x[0] === "unbalanced_triad").map((x) => [x[1], x[2]])).toEqual([
      ["ARM AZE RUS", "ppn"],
      ["ARM EUUS RUS", "ppn"],
    ]);
  });

  it("can combine types with the negative-dominates rule", async () => {
    const r = await run("analyze", "--at", "2023-09-18", "--format", "json", "--combine", "negative-dominates");
    expect(JSON.parse(r.out).rule).toBe("negative-dominates");
  });
});

describe("stancegraph analyze --series", () => {
  it("prints one CSV row per change date with balance and every actor's net alignment", async () => {
    const r = await run("analyze", "--series", "--format", "csv");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]!.slice(0, 12)).toEqual([
      "date",
      "ties_total",
      "ties_positive",
      "ties_negative",
      "ambivalent_pairs",
      "triads",
      "triads_ppp",
      "triads_ppn",
      "triads_pnn",
      "triads_nnn",
      "strong_ratio",
      "weak_ratio",
    ]);
    expect(rows[0]).toContain("net_ARM");
    expect(rows).toHaveLength(16);
    const at = (date: string) => Object.fromEntries(rows[0]!.map((h, i) => [h, rows.find((x) => x[0] === date)![i]]));
    expect(at("2024-02-22")).toMatchObject({ triads: "5", triads_pnn: "4", strong_ratio: "1", net_ARM: "0", net_RUS: "-1" });
    expect(at("2022-02-22")).toMatchObject({ triads: "2", strong_ratio: "0.5" });
  });

  it("prints a readable table and JSON too", async () => {
    const table = await run("analyze", "--series");
    expect(table.out).toContain("Structural balance from 2020-09-27 to 2024-06-30 (15 dates where the active relations change)");
    expect(table.out).toContain("Net alignment (positive − negative ties) by date");
    const json = JSON.parse((await run("analyze", "--series", "--format", "json")).out);
    expect(json.points).toHaveLength(15);
    expect(json.alignment.ARM[0]).toEqual({ date: "2020-09-27", positive: 2, negative: 1, net: 1 });
  });
});

describe("stancegraph analyze: arguments", () => {
  it.each([
    [["analyze"], "give a date with --at YYYY-MM-DD or a named period with --period ID"],
    [["analyze", "--series", "--at", "2023-01-01"], "give one of --at, --period or --series"],
    [["analyze", "--series", "--since", "before-2023"], "--since goes with --at or --period, not --series"],
    [["analyze", "--at", "2023-01-01", "--since", "later"], '--since "later" is neither a calendar date (YYYY-MM-DD) nor a period'],
    [["analyze", "--at", "2023-01-01", "--blocs", "0"], '--blocs "0" is not a whole number ≥ 1 (or "any")'],
    [["analyze", "--at", "2023-01-01", "--combine", "max"], 'unknown --combine "max"'],
    [["analyze", "--at", "2023-01-01", "--format", "xml"], 'unknown --format "xml" (use table, json or csv)'],
  ])("rejects %j with exit 2", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("reports an invalid dataset with exit 1", async () => {
    const r = await run("analyze", "--at", "2023-01-01", "--dataset", fixture("broken/broken.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("not a valid dataset");
  });

  it("runs from the installed entry point", () => {
    const bin = fileURLToPath(new URL("../../bin/stancegraph.js", import.meta.url));
    const out = execFileSync(process.execPath, [bin, "analyze", "--period", "after-2023", "--format", "csv"], { encoding: "utf8" });
    expect(out.split("\r\n")).toContain("triads,,5");
  });
});
