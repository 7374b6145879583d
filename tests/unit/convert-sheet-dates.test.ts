/**
 * A spreadsheet as people save it: its slashed days in one order (day first in most of the world,
 * month first in the United States) with some that could be either, and blank rows saved as
 * ";;;;;;". The day order is guessed from the days that can be read only one way, can be said on
 * the command line, and a day written against it is named; blank rows are skipped and the rows
 * after them keep their numbers.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { convertGraphFile, previewGraphFile } from "../../src/io/convert/convertFile.ts";
import { dateProblem, readDate } from "../../src/io/convert/mapping.ts";
import { parseCsvTable } from "../../src/io/convert/csvGraph.ts";
import { runIngestCli } from "./ingestHelpers.ts";

/** A European sheet: semicolons, a byte order mark, CRLF, days first, one blank row saved as separators. */
const DAY_FIRST = [
  "\uFEFFCountry A;Country B;Relationship;Since;Until;Link;Notes",
  "Armenia;Russia;ally;01/01/2020;19/09/2023;https://example.org/a;CSTO member",
  "Armenia;France;partner;23/10/2023;;https://example.org/b;\"radars; air defence\"",
  ";;;;;;",
  "Russia;Azerbaijan;mediator;10/11/2020;;;",
  "",
].join("\r\n");

/** The same sheet as a United States office writes it: month first. */
const MONTH_FIRST = ["source,target,type,from,to", "ARM,RUS,ally,01/01/2020,09/19/2023", "RUS,AZE,mediator,11/10/2020,", ""].join("\n");

describe("a sheet's day order", () => {
  it("reads a day that could be either in the order the file's other days show", () => {
    const p = previewGraphFile({ text: DAY_FIRST, fileName: "ties.csv" });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.mapping.dayOrder).toBe("day-first");
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.where, r.source, r.target, r.from, r.to])).toEqual([
      ["row 1", "Armenia", "Russia", "2020-01-01", "2023-09-19"],
      ["row 2", "Armenia", "France", "2023-10-23", null],
      // Row 3 was blank: the row after it is row 4, as the sheet numbers it (header not counted).
      ["row 4", "Russia", "Azerbaijan", "2020-11-10", null],
    ]);
    // The Notes column is the relation's note.
    expect(p.mapping.label).toBe("Notes");
    expect(p.rows[1]!.note).toBe("radars; air defence");

    const us = previewGraphFile({ text: MONTH_FIRST, fileName: "us.csv" });
    expect(us.ok && us.mapping.dayOrder).toBe("month-first");
    expect(us.ok && us.rows.map((r) => r.from)).toEqual(["2020-01-01", "2020-11-10"]);

    const r = convertGraphFile({ text: DAY_FIRST, fileName: "ties.csv" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.relations.map((x) => `${x.from}..${x.to ?? ""}`)).toEqual(["2020-01-01..2023-09-19", "2023-10-23..", "2020-11-10.."]);
  });

  it("guesses no order from a file that writes both, nor from one that gives no day read one way only", () => {
    const mixed = "source,target,type,from\nARM,RUS,ally,19/09/2023\nRUS,AZE,mediator,09/19/2023\nARM,FRA,partner,10/11/2020\n";
    const p = previewGraphFile({ text: mixed, fileName: "mixed.csv" });
    expect(p.ok && p.mapping.dayOrder).toBeUndefined();
    expect(p.ok && p.problems).toEqual([
      'row 3, column `from`: "10/11/2020" is not a date: its day and month cannot be told apart (write 2020-11-10 or 2020-10-11, or say whether the file writes the day or the month first)',
    ]);
    const unknown = previewGraphFile({ text: "source,target,type,from\nARM,RUS,ally,10/11/2020\n", fileName: "one.csv" });
    expect(unknown.ok && unknown.mapping.dayOrder).toBeUndefined();
    expect(unknown.ok && unknown.problems).toHaveLength(1);
  });

  it("names a day written against the order the user gave, with the one day it can be", () => {
    const r = convertGraphFile({ text: MONTH_FIRST, fileName: "us.csv", mapping: { dayOrder: "day-first" } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'us.csv, row 1, column `to`: "09/19/2023" is not a date written day first (DD/MM/YYYY), as the file\'s dates are read: it can only be 2023-09-19, written month first (write 2023-09-19, or change how the dates are read)',
    ]);
    expect(readDate("10/11/2020", "day-first")).toBe("2020-11-10");
    expect(readDate("10/11/2020", "month-first")).toBe("2020-10-11");
    expect(readDate("19/09/2023", "month-first")).toBeNull();
    expect(readDate("19/09/2023")).toBe("2023-09-19");
    // Days with dots or year first are not slashed days of either order.
    expect(readDate("10.11.2020", "month-first")).toBe("2020-11-10");
    expect(readDate("2020/10/11", "day-first")).toBe("2020-10-11");
    expect(dateProblem("31/02/2021", "day-first")).toBe('"31/02/2021" is not a date (YYYY-MM-DD)');
  });
});

describe("blank rows", () => {
  it("are skipped, however a spreadsheet saved them, and the rows after them keep their numbers", () => {
    const t = parseCsvTable("a,b,c\n,,\n1,2,3\n  ,\t,\n\n4,5,6\n", "t.csv");
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.table.rows).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
    expect(t.table.rowNumbers).toEqual([2, 5]);
    // A problem in the row after blank ones names it as the sheet counts it.
    const r = convertGraphFile({ text: "source,target,type,from\n,,,\nARM,RUS,ally,2020-01-01\n\nARM,AZE,war,2020-13-01\n", fileName: "gaps.csv" });
    expect(r.ok ? [] : r.problems).toEqual(['gaps.csv, row 4, column `from`: "2020-13-01" is not a date (YYYY-MM-DD)']);
    // Blank lines before the header: the header is the first row that is not blank.
    const late = parseCsvTable("\n,,\nsource,target\nARM,RUS\n", "late.csv");
    expect(late.ok && late.table.header).toEqual(["source", "target"]);
    expect(late.ok && late.table.rowNumbers).toEqual([1]);
    expect(parseCsvTable("\n,,\n", "empty.csv").ok).toBe(false);
    // Many blank rows saved as ";;;" above the header do not make the delimiter a comma.
    const semis = parseCsvTable(`${";;;\n".repeat(12)}source;target;type\nARM;RUS;ally\n`, "semis.csv");
    expect(semis.ok && semis.table.header).toEqual(["source", "target", "type"]);
    // A look at the first rows (the mapping step's) counts rows that are not blank.
    const head = parseCsvTable("a;b\n;\n;\n;\n1;2\n3;4\n5;6\n", "head.csv", 3);
    expect(head.ok && head.table.rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(head.ok && head.table.rowNumbers).toEqual([4, 5]);
  });
});

describe("stancegraph convert --day-first / --month-first", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-dayorder-"));
  const file = join(dir, "one.csv");
  writeFileSync(file, "source,target,type,from\nARM,RUS,ally,10/11/2020\n");

  it("reads the file's ambiguous days in the order said", async () => {
    const day = await runIngestCli("convert", file, "--day-first", "--out", "d.json");
    expect(day.code).toBe(0);
    expect(JSON.parse(String(day.files.get("d.json"))).relations[0].from).toBe("2020-11-10");
    const month = await runIngestCli("convert", file, "--month-first", "--out", "m.json");
    expect(month.code).toBe(0);
    expect(JSON.parse(String(month.files.get("m.json"))).relations[0].from).toBe("2020-10-11");
    const neither = await runIngestCli("convert", file, "--out", "n.json");
    expect(neither.code).toBe(1);
    expect(neither.err).toContain("cannot be told apart");
  });

  it("refuses both at once", async () => {
    const both = await runIngestCli("convert", file, "--day-first", "--month-first");
    expect(both.code).toBe(2);
    expect(both.err).toContain("--day-first or --month-first, not both");
  });
});

describe("a sheet's names, however it spells them", () => {
  const SHEET = [
    "source,target,type,from",
    "Armenia,Russia,Ally,2020-01-01",
    "ARM,France,partner,2021-01-01",
    "armenia,Iran,Partner,2021-01-01",
    "Wagner Group,Mali,ally,2021-01-01",
    "wagner  group,Russian Federation,ALLY,2021-01-01",
    "Wagner Group,Sudan,ally,2022-01-01",
    "",
  ].join("\n");

  it("one actor per country and per name whatever the case and spacing, one type per value likewise", () => {
    const r = convertGraphFile({ text: SHEET, fileName: "names.csv" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { actors, relationTypes, relations } = r.dataset;
    expect(actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["ARM", "Armenia", "state"],
      ["RUS", "Russia", "state"],
      ["FRA", "France", "state"],
      ["IRN", "Iran", "state"],
      ["Wagner-Group", "Wagner Group", "non-state"],
      ["MLI", "Mali", "state"],
      ["SDN", "Sudan", "state"],
    ]);
    // Case variants are no other names, nor is a code.
    expect(actors.find((a) => a.id === "ARM")!.aliases ?? []).not.toContain("ARM");
    expect(actors.find((a) => a.id === "Wagner-Group")!.aliases).toBeUndefined();
    // "ally" twice, "Ally" and "ALLY" once each: the most used spelling names the one type.
    expect(relationTypes.map((t) => [t.id, t.label, t.sign])).toEqual([
      ["ally", "ally", 1],
      ["partner", "partner", 1],
    ]);
    expect(relations.map((x) => `${x.source}-${x.target} ${x.type}`)).toEqual([
      "ARM-RUS ally",
      "ARM-FRA partner",
      "ARM-IRN partner",
      "Wagner-Group-MLI ally",
      "Wagner-Group-RUS ally",
      "Wagner-Group-SDN ally",
    ]);
  });

  it("keeps a spelling only the sheet gives as another name, never a code, never the label itself; a country written only in lower case gets its usual name", () => {
    const text = [
      "source,target,type,from",
      "Democratic Republic of Congo,Rwanda,war,2020-01-01",
      "Democratic Republic of Congo,Uganda,war,2020-01-01",
      '"Congo, Democratic Republic of",Burundi,war,2020-01-01',
      "Romania,Moldova,ally,2020-01-01",
      "ROM,Ukraine,ally,2020-01-01",
      "armenia,Iran,ally,2020-01-01",
      "United Kingdom,France,ally,2020-01-01",
      "",
    ].join("\n");
    const r = convertGraphFile({ text, fileName: "spellings.csv" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const of = (id: string) => r.dataset.actors.find((a) => a.id === id)!;
    expect(of("COD").label).toBe("Democratic Republic of Congo");
    expect(of("COD").aliases).toContain("Congo, Democratic Republic of");
    // "ROM" (ISO's code for Romania before 2002, still event data's) is Romania, and no other name of it.
    expect(r.dataset.relations.map((x) => `${x.source}-${x.target}`)).toContain("ROU-UKR");
    expect(of("ROU").aliases ?? []).not.toContain("ROM");
    expect(of("ARM").label).toBe("Armenia");
    expect(of("GBR").label).toBe("United Kingdom");
    expect(of("GBR").aliases ?? []).not.toContain("United Kingdom");
  });

  it("reads an end spelled otherwise than a declared actor as that actor", () => {
    const r = convertGraphFile({ text: "source,target,type,from\narmenia,Russia,ally,2020-01-01\nArmenia,armenia,ally,2020-01-01\n", actorsText: "id,label\nArmenia,Armenia\nRussia,Russia\n", fileName: "declared-states.csv" });
    expect(r.ok ? [] : r.problems).toEqual(['declared-states.csv, row 2: "Armenia" and "armenia" are one actor ("Armenia"): a relation needs two actors']);
    const ok = convertGraphFile({ text: "source,target,type,from\narmenia,Russia,ally,2020-01-01\n", actorsText: "id,label\nArmenia,Armenia\nRussia,Russia\n", fileName: "declared-states.csv" });
    expect(ok.ok && ok.dataset.actors.map((a) => a.id)).toEqual(["ARM", "RUS"]);
  });

  it("names a row whose two ends are one actor spelled two ways", () => {
    const r = convertGraphFile({ text: "source,target,type,from\nArmenia,ARM,ally,2020-01-01\nArmenia,Russia,ally,2020-01-01\n", fileName: "self.csv" });
    expect(r.ok ? [] : r.problems).toEqual(['self.csv, row 1: "Armenia" and "ARM" are one actor ("Armenia"): a relation needs two actors']);
  });

  it("keeps declared nodes apart: an actors CSV's two ids are two actors even when their labels differ only in case", () => {
    const r = convertGraphFile({ text: "source,target,type,from\na1,a2,ally,2020-01-01\n", actorsText: "id,label\na1,Wagner Group\na2,wagner group\n", fileName: "declared.csv" });
    expect(r.ok && r.dataset.actors.map((a) => a.id)).toEqual(["a1", "a2"]);
  });
});
