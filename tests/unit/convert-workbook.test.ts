/**
 * An Excel workbook opened as a graph (src/io/convert/workbook.ts): the edge list's sheet and an
 * actors sheet beside it, read through the CSV door with rows numbered as the sheet numbers them;
 * dates told by their cells' format; bounded and strict like every import.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { strToU8, zipSync } from "fflate";
import { convertGraphFile, previewGraphFile, type ConvertInput } from "../../src/io/convert/convertFile.ts";
import { openMappingSession } from "../../src/io/convert/mappingSession.ts";
import { readWorkbook, cellText } from "../../src/io/convert/workbook.ts";
import { runIngestCli } from "./ingestHelpers.ts";
import { workbookBytes, excelDay, TIES_ACTORS, TIES_README, TIES_RELATIONS, type SheetSpec } from "./workbookFile.ts";

const MiB = 1024 * 1024;

async function inputOf(bytes: Uint8Array, sheet?: string): Promise<ConvertInput> {
  const book = await readWorkbook(bytes, "ties.xlsx", MiB, sheet);
  if (!book.ok) throw new Error(book.message);
  const [edges, actors] = book.sheets;
  return { text: edges!.text, fileName: edges!.name, sheetRows: true, ...(actors ? { actorsText: actors.text } : {}) };
}

describe("an Excel workbook", () => {
  it("reads the edge list's sheet and the actors sheet, dates by their format, rows numbered as the sheet numbers them", async () => {
    const book = await readWorkbook(workbookBytes([TIES_README, TIES_RELATIONS, TIES_ACTORS]), "ties.xlsx", MiB);
    expect(book.ok).toBe(true);
    if (!book.ok) return;
    // The edge list is the sheet whose columns name two ends, wherever it is; the actors sheet goes with it.
    expect(book.sheets.map((s) => s.name)).toEqual(["ties.xlsx › Relations", "ties.xlsx › Actors"]);
    expect(book.notes).toEqual(["“ties.xlsx”: read the sheets “Relations” and “Actors”; not read: “Read me”"]);

    const input = await inputOf(workbookBytes([TIES_README, TIES_RELATIONS, TIES_ACTORS]));
    const p = previewGraphFile(input);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.ends).toEqual({ source: "Country A", target: "Country B" });
    expect(p.mapping).toMatchObject({ type: "Relationship", from: "Since", to: "Until", label: "Notes", nodeKind: "Kind" });
    // Header on the sheet's row 2, a blank row 4: the rows are 3, 5 and 6 as Excel shows them.
    expect(p.rows.map((r) => [r.where, r.source, r.target, r.from, r.to, r.note])).toEqual([
      ["row 3", "Armenia", "Russia", "1997-08-29", "2023-09-19", "Treaty of friendship"],
      ["row 5", "Azerbaijan", "Turkey", "2021-06-15", null, "Shusha Declaration"],
      // A formula's value as the workbook saved it, never the formula.
      ["row 6", "Russia", "Azerbaijan", "2020-11-10", null, "trilateral"],
    ]);
    const r = convertGraphFile(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["ARM", "Armenia", "state"],
      ["RUS", "Russia", "state"],
      ["AZE", "Azerbaijan", "state"],
      ["TUR", "Turkey", "state"],
    ]);
    expect(r.dataset.relations.map((x) => `${x.source}-${x.target} ${x.type} ${x.from}..${x.to ?? ""}`)).toEqual([
      "ARM-RUS ally 1997-08-29..2023-09-19",
      "AZE-TUR ally 2021-06-15..",
      "RUS-AZE mediator 2020-11-10..",
    ]);
  });

  it("names a bad cell by the sheet, its row as Excel numbers it, and the column", async () => {
    const bad: SheetSpec = { ...TIES_RELATIONS, rows: [...TIES_RELATIONS.rows.slice(0, 3), ["Azerbaijan", "Turkey", "ally", "June 2021", null, null]] };
    const r = convertGraphFile(await inputOf(workbookBytes([bad])));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([expect.stringMatching(/^ties\.xlsx › Relations, row 5, column `Since`: "June 2021" is not a date/)]);
  });

  it("reads a day number without a date format as the number it is, and says so where a date was wanted", async () => {
    expect(excelDay("2023-09-19")).toBe(45188);
    const plain: SheetSpec = { name: "Sheet1", rows: [["source", "target", "type", "from"], ["ARM", "RUS", "ally", 45188]] };
    const input = await inputOf(workbookBytes([plain]));
    // Not guessed as the dates (its cells are numbers); mapped by hand, the day number is named.
    expect(convertGraphFile(input)).toMatchObject({ ok: false, problems: [expect.stringMatching(/, column `from`: no date: map a date attribute/)] });
    const r = convertGraphFile({ ...input, mapping: { from: "from" } });
    expect(!r.ok && r.problems).toEqual(['ties.xlsx › Sheet1, row 2, column `from`: "45188" is not a date (YYYY-MM-DD): if it is a spreadsheet\'s day number (2023-09-19), format the column as dates in the spreadsheet, or write the days out']);
    expect([cellText(true), cellText(false), cellText(0.5), cellText(null), cellText(new Date(Date.UTC(2023, 8, 19)))]).toEqual(["TRUE", "FALSE", "0.5", "", "2023-09-19"]);
  });

  it("reads a table under a title and a note, its rows keeping the sheet's numbers", async () => {
    const titled: SheetSpec = { name: "Ties", rows: [["Alliances in the South Caucasus"], ["Compiled 2024-03-01", null], [null], ...TIES_RELATIONS.rows.slice(0, 2)] };
    const p = previewGraphFile(await inputOf(workbookBytes([titled])));
    expect(p.ok && p.rows.map((r) => [r.where, r.source, r.target, r.from])).toEqual([["row 5", "Armenia", "Russia", "1997-08-29"]]);
  });

  it("leaves out a column that is empty once the title above the table is skipped", async () => {
    const titled: SheetSpec = { name: "Ties", rows: [["Alliances", null, null], [null, null, null], [null, "source", "target"], [null, "ARM", "RUS"]] };
    const book = await readWorkbook(workbookBytes([titled]), "t.xlsx", MiB);
    expect(book.ok && book.sheets[0]!.text).toBe(",\n,\nsource,target\nARM,RUS");
  });

  it("reads a cell merged down beside several relations as the value of each row it spans, and says so", async () => {
    // "Russia" once, merged over three rows; a title merged across the columns above the header.
    const grouped: SheetSpec = {
      name: "Relations",
      firstColumn: 1,
      merges: ["B1:E1", "B3:B5"],
      rows: [
        ["Ties of Russia and Turkey", null, null, null],
        ["Country A", "Country B", "Relationship", "Since"],
        ["Russia", "Armenia", "ally", { date: "1997-08-29" }],
        [null, "Azerbaijan", "mediator", { date: "2020-11-10" }],
        [null, "Belarus", "ally", { date: "1999-12-08" }],
        ["Turkey", "Azerbaijan", "ally", { date: "2021-06-15" }],
      ],
    };
    const book = await readWorkbook(workbookBytes([grouped]), "ties.xlsx", MiB);
    expect(book.ok && book.notes).toEqual(["“ties.xlsx › Relations”: the merged cells B3:B5 read as their first cell in each row they span"]);
    const r = convertGraphFile(await inputOf(workbookBytes([grouped])));
    expect(r.ok).toBe(true);
    expect(r.ok && r.dataset.relations.map((x) => `${x.source}-${x.target} ${x.type} ${x.from}`)).toEqual([
      "RUS-ARM ally 1997-08-29",
      "RUS-AZE mediator 2020-11-10",
      "RUS-BLR ally 1999-12-08",
      "TUR-AZE ally 2021-06-15",
    ]);
    // A range merged only across a row keeps its value in its first column; one reaching down
    // from the header (a header two rows high) is left as it is, so its empty cells are named.
    // A note merged down over two blank spacer rows: the spacers stay blank (skipped), not rows without ends.
    const spaced: SheetSpec = { name: "Relations", merges: ["E2:E4"], rows: [["source", "target", "type", "from", "note"], ["ARM", "RUS", "ally", { date: "1997-08-29" }, "see the treaty"], [null, null, null, null, null], [null, null, null, null, null]] };
    const sp = convertGraphFile(await inputOf(workbookBytes([spaced])));
    expect(sp.ok && sp.dataset.relations.map((x) => `${x.source}-${x.target}`)).toEqual(["ARM-RUS"]);
    const tall: SheetSpec = { name: "Relations", merges: ["A1:A2", "C3:D3"], rows: [["source", "target", "type"], [null, null, null], ["ARM", "RUS", "ally", null]] };
    const t = await readWorkbook(workbookBytes([tall]), "t.xlsx", MiB);
    expect(t.ok && [t.sheets[0]!.text, t.notes]).toEqual(["source,target,type\n,,\nARM,RUS,ally", []]);
  });

  it("skips a chart sheet and hidden sheets unless a hidden one is asked for by name", async () => {
    const old: SheetSpec = { ...TIES_RELATIONS, name: "Old relations", hidden: true, rows: [["source", "target", "type"], ["ARM", "RUS", "ally"]] };
    const bytes = workbookBytes([{ name: "Chart1", rows: [], chart: true }, old, TIES_RELATIONS, TIES_ACTORS]);
    const book = await readWorkbook(bytes, "ties.xlsx", MiB);
    expect(book.ok && book.sheets.map((s) => [s.name, s.role])).toEqual([
      ["ties.xlsx › Relations", "edges"],
      ["ties.xlsx › Actors", "actors"],
    ]);
    expect(book.ok && book.notes).toEqual(["“ties.xlsx”: read the sheets “Relations” and “Actors”; not read: “Chart1”, “Old relations”"]);
    const asked = await readWorkbook(bytes, "ties.xlsx", MiB, "Old relations");
    expect(asked.ok && asked.sheets.map((s) => s.name)).toEqual(["ties.xlsx › Old relations", "ties.xlsx › Actors"]);
    expect(await readWorkbook(workbookBytes([old]), "old.xlsx", MiB)).toEqual({ ok: false, message: "“old.xlsx”: every sheet with a table is hidden (sheets: “Old relations”); show the one with the relations, or name it (--sheet)" });
  });

  it("refuses a sheet that reaches far past its table before the reader builds its grid", async () => {
    const far: SheetSpec = { name: "Far", rows: [["x"]], firstRow: 1_048_576, firstColumn: 16_383 };
    const bytes = workbookBytes([TIES_RELATIONS, far]);
    expect(bytes.length).toBeLessThan(4096);
    expect(await readWorkbook(bytes, "far.xlsx", MiB)).toEqual({
      ok: false,
      message: "“far.xlsx”: the sheet “Far” reaches cell XFD1048576 (1,048,576 rows × 16,384 columns), more than the 20,000,000 cells a workbook may span: delete what lies beyond the table, or save the table as CSV",
    });
  });

  it("counts the cells of every sheet together: two sheets each within the bound are refused when they pass it together", async () => {
    // Thirteen million cells each (M1000000: 13 columns × 1,000,000 rows); the relations' sheet spans 42.
    const half = (name: string): SheetSpec => ({ name, rows: [["x"]], firstRow: 1_000_000, firstColumn: 12 });
    const one = await readWorkbook(workbookBytes([TIES_RELATIONS, half("Far")]), "one.xlsx", MiB);
    expect(one.ok).toBe(true);
    expect(await readWorkbook(workbookBytes([TIES_RELATIONS, half("Far"), half("Further")]), "two.xlsx", MiB)).toEqual({
      ok: false,
      message: "“two.xlsx”: the sheet “Further” reaches cell M1000000 (1,000,000 rows × 13 columns): with the 13,000,042 cells of the sheets before it, more than the 20,000,000 cells a workbook may span: delete what lies beyond the table, or save the table as CSV",
    });
  });

  it("reads the sheets' roles as the workbook's reading picked them, whatever the file is called", async () => {
    const ties: SheetSpec = { name: "Ties", rows: [["Party", "Counterpart", "kind"], ["ARM", "RUS", "ally"]] };
    const people: SheetSpec = { name: "Actors", rows: [["id", "label"], ["ARM", "Armenia"], ["RUS", "Russia"]] };
    const book = await readWorkbook(workbookBytes([ties, people]), "actors-network.xlsx", MiB);
    if (!book.ok) throw new Error(book.message);
    const opened = openMappingSession(book.sheets);
    expect(opened.ok && [opened.session.setup.fileName, opened.session.setup.actorsFileName]).toEqual(["actors-network.xlsx › Ties", "actors-network.xlsx › Actors"]);
    // "Converted" and "Advertisers" are no actors sheets.
    const converted = await readWorkbook(workbookBytes([{ name: "Converted", rows: [["a", "b"], ["1", "2"]] }, ties]), "c.xlsx", MiB);
    expect(converted.ok && converted.sheets.map((s) => s.name)).toEqual(["c.xlsx › Converted"]);
  });

  it("takes the sheet asked for, and lists the sheets when it is not there", async () => {
    const ties2024: SheetSpec = { name: "2024", rows: [["source", "target", "type"], ["ARM", "FRA", "partner"]] };
    const bytes = workbookBytes([TIES_RELATIONS, ties2024]);
    const first = await readWorkbook(bytes, "ties.xlsx", MiB);
    expect(first.ok && first.sheets.map((s) => s.name)).toEqual(["ties.xlsx › Relations"]);
    expect(first.ok && first.notes).toEqual(["“ties.xlsx”: read the sheet “Relations”; not read: “2024”"]);
    const asked = await readWorkbook(bytes, "ties.xlsx", MiB, "2024");
    expect(asked.ok && asked.sheets.map((s) => s.name)).toEqual(["ties.xlsx › 2024"]);
    expect(await readWorkbook(bytes, "ties.xlsx", MiB, "2025")).toEqual({ ok: false, message: "“ties.xlsx”: no sheet is named “2025” (sheets: “Relations”, “2024”)" });
    expect(await readWorkbook(workbookBytes([TIES_README]), "notes.xlsx", MiB)).toEqual({ ok: false, message: "“notes.xlsx”: no sheet has a header row with at least two columns (sheets: “Read me”)" });
  });

  it("the mapping step of the app reads the two sheets as an edge list and its actors", async () => {
    const book = await readWorkbook(workbookBytes([TIES_ACTORS, TIES_RELATIONS]), "ties.xlsx", MiB);
    if (!book.ok) throw new Error(book.message);
    const opened = openMappingSession(book.sheets);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.session.setup).toMatchObject({ fileName: "ties.xlsx › Relations", actorsFileName: "ties.xlsx › Actors", sheet: "Excel", edges: 3, nodes: 4 });
    const preview = opened.session.preview(opened.session.setup.choice);
    expect(preview.rows.map((r) => r.where)).toEqual(["row 3", "row 5", "row 6"]);
    expect(preview).toMatchObject({ problems: [], actors: 4, relations: 3 });
  });

  it("refuses a zip that is not a workbook, a broken one, and one whose parts unpack past the limit, before inflating them", async () => {
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    expect(await readWorkbook(docx, "letter.docx", MiB)).toEqual({ ok: false, message: expect.stringMatching(/^“letter\.docx” is a zip archive but not a spreadsheet \(an Excel \.xlsx or an OpenDocument \.ods\)/) });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await readWorkbook(broken, "broken.xlsx", MiB)).toEqual({ ok: false, message: expect.stringMatching(/^“broken\.xlsx” starts as a zip archive but cannot be read as one/) });
    // 3 MiB of one cell's text compresses to a few KiB: refused by what its parts declare.
    const big = workbookBytes([{ name: "Big", rows: [["source", "target"], ["x".repeat(3 * MiB), "RUS"]] }]);
    expect(big.length).toBeLessThan(64 * 1024);
    expect(await readWorkbook(big, "big.xlsx", MiB)).toEqual({ ok: false, message: expect.stringMatching(/^“big\.xlsx” unpacks to 3\.0 MiB, more than the 1\.0 MiB that can be opened at once$/) });
  });
});

describe("stancegraph convert with a workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-xlsx-"));
  const book = join(dir, "ties.xlsx");
  writeFileSync(book, workbookBytes([TIES_RELATIONS, TIES_ACTORS, TIES_README]));

  it("converts the workbook, says which sheets it read, and takes --sheet", async () => {
    const r = await runIngestCli("convert", book, "--out", join(dir, "ties.json"));
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning: “ties.xlsx”: read the sheets “Relations” and “Actors”; not read: “Read me”");
    expect(r.err).toMatch(/wrote .*ties\.json: 4 actors, 3 relations from xlsx \(ends "Country A" → "Country B"/);
    const preview = await runIngestCli("convert", book, "--preview");
    expect(JSON.parse(preview.out)).toMatchObject({ format: "csv", file: "ties.xlsx › Relations", rows: [{ where: "row 3" }, { where: "row 5" }, { where: "row 6" }] });
    const missing = await runIngestCli("convert", book, "--sheet", "Sheet9");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("“ties.xlsx”: no sheet is named “Sheet9” (sheets: “Relations”, “Actors”, “Read me”)");
  });

  it("says --sheet is for a workbook and --actors for a CSV", async () => {
    const csv = join(dir, "ties.csv");
    writeFileSync(csv, "source,target\nARM,RUS\n");
    expect(await runIngestCli("convert", csv, "--sheet", "Relations")).toMatchObject({ code: 2, err: expect.stringContaining("--sheet is for a workbook (.xlsx or .ods)") });
    expect(await runIngestCli("convert", book, "--actors", csv)).toMatchObject({ code: 2, err: expect.stringContaining("--actors is for a CSV edge list") });
  });
});
