/**
 * An OpenDocument spreadsheet (.ods, LibreOffice Calc's) opened as a graph
 * (src/io/convert/opendocument.ts through workbook.ts): read as an Excel workbook is, sheets to
 * CSV text for the CSV door, rows numbered as the sheet numbers them; Calc's runs of repeated
 * empty rows and cells counted, never laid out; strict and bounded.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { convertGraphFile, previewGraphFile, type ConvertInput } from "../../src/io/convert/convertFile.ts";
import { openMappingSession } from "../../src/io/convert/mappingSession.ts";
import { readWorkbook } from "../../src/io/convert/workbook.ts";
import { readOdsContent } from "../../src/io/convert/opendocument.ts";
import { runIngestCli } from "./ingestHelpers.ts";
import { odsBytes, odsContentXml, ODS_ACTORS, ODS_README, ODS_RELATIONS, type OdsSheet } from "./odsFile.ts";

const MiB = 1024 * 1024;

async function inputOf(bytes: Uint8Array, sheet?: string): Promise<ConvertInput> {
  const book = await readWorkbook(bytes, "ties.ods", MiB, sheet);
  if (!book.ok) throw new Error(book.message);
  const [edges, actors] = book.sheets;
  return { text: edges!.text, fileName: edges!.name, sheetRows: true, ...(actors ? { actorsText: actors.text } : {}) };
}

describe("an OpenDocument spreadsheet", () => {
  it("reads the relations sheet and the actors sheet as Calc saves them: dates, a formula's value, not a comment, rows as the sheet numbers them", async () => {
    const bytes = odsBytes([ODS_README, ODS_RELATIONS, ODS_ACTORS]);
    const book = await readWorkbook(bytes, "ties.ods", MiB);
    expect(book.ok).toBe(true);
    if (!book.ok) return;
    expect(book.book.kind).toBe("OpenDocument");
    expect(book.sheets.map((s) => [s.name, s.role, s.spreadsheet])).toEqual([
      ["ties.ods › Relations", "edges", "OpenDocument"],
      ["ties.ods › Actors", "actors", "OpenDocument"],
    ]);
    expect(book.notes).toEqual(["“ties.ods”: read the sheets “Relations” and “Actors”; not read: “Read me”"]);
    const input = await inputOf(bytes);
    const p = previewGraphFile(input);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.ends).toEqual({ source: "Country A", target: "Country B" });
    expect(p.mapping).toMatchObject({ type: "Relationship", from: "Since", to: "Until", label: "Notes", nodeKind: "Kind" });
    // The header on row 2, row 4 blank: rows 3, 5 and 6. The comment on row 3's note is not its
    // text; its two spaces (written <text:s/>) are kept; the formula gives its saved value.
    expect(p.rows.map((r) => [r.where, r.source, r.target, r.from, r.to, r.note])).toEqual([
      ["row 3", "Armenia", "Russia", "1997-08-29", "2023-09-19", "Treaty of  friendship"],
      ["row 5", "Azerbaijan", "Turkey", "2021-06-15", null, "Shusha Declaration"],
      ["row 6", "Russia", "Azerbaijan", "2020-11-10", null, "trilateral"],
    ]);
    const r = convertGraphFile(input);
    expect(r.ok && r.dataset.relations.map((x) => `${x.source}-${x.target} ${x.type} ${x.from}..${x.to ?? ""}`)).toEqual([
      "ARM-RUS ally 1997-08-29..2023-09-19",
      "AZE-TUR ally 2021-06-15..",
      "RUS-AZE mediator 2020-11-10..",
    ]);
    expect(r.ok && r.dataset.actors.map((a) => [a.id, a.kind])).toEqual([
      ["ARM", "state"],
      ["RUS", "state"],
      ["AZE", "state"],
      ["TUR", "state"],
    ]);
  });

  it("counts Calc's million empty rows after a table and its empty cells to column AMJ without laying them out", () => {
    const sheets = readOdsContent(odsContentXml([ODS_RELATIONS]), 1000);
    // Within a budget of 1,000 cells: only the rows up to the last filled one are laid out.
    expect(sheets.map((s) => [s.name, s.rows.length, Math.max(...s.rows.map((r) => r.length))])).toEqual([["Relations", 6, 7]]);
  });

  it("reads numbers, percentages and booleans as the CSV door reads them, and several lines of a cell", () => {
    const [sheet] = readOdsContent(odsContentXml([{ name: "S", rows: [["a", "b", "c", "d"], [0.5, { percent: 0.25 }, true, "two\nlines"]] }]), 1000);
    expect(sheet!.rows).toEqual([
      ["a", "b", "c", "d"],
      ["0.5", "0.25", "TRUE", "two\nlines"],
    ]);
  });

  it("reads a cell merged down over rows as its value in each, and says so", async () => {
    const grouped: OdsSheet = {
      name: "Relations",
      rows: [
        ["Country A", "Country B", "Relationship", "Since"],
        [{ text: "Russia", rows: 3 }, "Armenia", "ally", { date: "1997-08-29" }],
        [{ covered: true }, "Azerbaijan", "mediator", { date: "2020-11-10" }],
        [{ covered: true }, "Belarus", "ally", { date: "1999-12-08" }],
        ["Turkey", "Azerbaijan", "ally", { date: "2021-06-15" }],
      ],
    };
    const book = await readWorkbook(odsBytes([grouped]), "ties.ods", MiB);
    expect(book.ok && book.notes).toEqual(["“ties.ods › Relations”: the merged cells A2:A4 read as their first cell in each row they span"]);
    const r = convertGraphFile(await inputOf(odsBytes([grouped])));
    expect(r.ok && r.dataset.relations.map((x) => `${x.source}-${x.target} ${x.type}`)).toEqual(["RUS-ARM ally", "RUS-AZE mediator", "RUS-BLR ally", "TUR-AZE ally"]);
  });

  it("leaves out a hidden sheet unless it is asked for by name, and the mapping step says OpenDocument", async () => {
    const old: OdsSheet = { name: "Old", hidden: true, rows: [["source", "target", "type"], ["ARM", "RUS", "ally"]] };
    const current: OdsSheet = { name: "Current", rows: [["source", "target", "type"], ["ARM", "FRA", "partner"]] };
    const book = await readWorkbook(odsBytes([old, current]), "ties.ods", MiB);
    expect(book.ok && book.sheets[0]!.name).toBe("ties.ods › Current");
    const asked = await readWorkbook(odsBytes([old, current]), "ties.ods", MiB, "Old");
    expect(asked.ok && asked.sheets[0]!.text).toBe("source,target,type\nARM,RUS,ally");
    const opened = openMappingSession(book.ok ? book.sheets : []);
    expect(opened.ok && opened.session.setup).toMatchObject({ fileName: "ties.ods › Current", sheet: "OpenDocument", edges: 1 });
  });

  it("refuses an OpenDocument text, content that is not well-formed or declares a DOCTYPE, and a sheet that reaches too far", async () => {
    const text = await readWorkbook(odsBytes([], { mimetype: "application/vnd.oasis.opendocument.text", content: "<x/>" }), "notes.odt", MiB);
    expect(text).toEqual({ ok: false, message: "“notes.odt” is an OpenDocument file (application/vnd.oasis.opendocument.text) but not a spreadsheet: save the table as .ods, .xlsx or CSV (UTF-8) and open that" });
    const broken = await readWorkbook(odsBytes([], { content: odsContentXml([ODS_ACTORS]).replace("</table:table>", "") }), "b.ods", MiB);
    expect(broken).toMatchObject({ ok: false, message: expect.stringMatching(/^“b\.ods”: content\.xml is not well-formed XML: /) });
    const doctype = await readWorkbook(odsBytes([], { content: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>` }), "d.ods", MiB);
    expect(doctype).toEqual({ ok: false, message: "“d.ods”: content.xml declares a DOCTYPE, which is not accepted" });
    // One filled cell repeated across a hundred columns and down a million rows: 100 million cells.
    const far = odsContentXml([ODS_ACTORS]).replace(
      /<table:table-row table:style-name="ro1" table:number-rows-repeated="\d+">.*?<\/table:table-row><\/table:table>/,
      `<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="100"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`,
    );
    const big = await readWorkbook(odsBytes([], { content: far }), "far.ods", 64 * MiB);
    expect(big).toMatchObject({ ok: false, message: expect.stringMatching(/^“far\.ods”: the sheet “Actors” reaches cell CV\d+ \(.* rows × 100 columns\), more than the 20,000,000 cells a workbook may span/) });
  });
});

describe("an OpenDocument spreadsheet's cells as the format writes them", () => {
  const table = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><office:body><office:spreadsheet><table:table table:name="S">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const str = (inner: string, attrs = "") => `<table:table-cell office:value-type="string"${attrs}>${inner}</table:table-cell>`;

  it("reads white space as one space, tabs, line breaks and headings kept, shapes over a cell and failed formulas' values left out, repeated filled cells and rows", () => {
    const [sheet] = readOdsContent(
      table(
        `<table:table-row>${str("<text:p>\n   Treaty   of\n   Paris </text:p>")}${str("<text:h>A<text:tab/>B</text:h><text:p>C<text:line-break/>D</text:p>")}${str(`<draw:frame><draw:text-box><text:p>arrow label</text:p></draw:text-box></draw:frame><text:p>Russia</text:p>`)}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="2">${str("<text:p>x</text:p>", ' table:number-columns-repeated="2"')}<table:table-cell office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#NAME?</text:p></table:table-cell>${str("", ' office:string-value="kept"')}</table:table-row>`,
      ),
      1000,
    );
    expect(sheet!.rows).toEqual([
      ["Treaty of Paris", "A\tB\nC\nD", "Russia"],
      ["x", "x", "#NAME?", "kept"],
      ["x", "x", "#NAME?", "kept"],
    ]);
  });

  it("refuses, naming where: a repeat that is no whole number, a cell's text past 32,767 characters, a workbook's cells or text past the budget over all its sheets", () => {
    expect(() => readOdsContent(table(`<table:table-row>${str("<text:p>a</text:p>")}<table:table-cell table:number-columns-repeated="0x3"/></table:table-row>`), 1000)).toThrow(
      "the sheet “S”, cell B1: a number-columns-repeated of “0x3”, not a whole number of at least 1",
    );
    expect(() => readOdsContent(table(`<table:table-row>${str(`<text:p>${'<text:s text:c="1000"/>'.repeat(40)}</text:p>`)}</table:table-row>`), 1000)).toThrow(
      "the sheet “S”, cell A1 holds more than the 32,767 characters a cell may",
    );
    // Five sheets of 300 cells each: 1,500 over the workbook, past a budget of 1,000.
    const five = odsContentXml(["A", "B", "C", "D", "E"].map((name) => ({ name, rows: Array.from({ length: 100 }, () => ["a", "b", "c"]) })));
    expect(() => readOdsContent(five, 1000)).toThrow(/^the sheet “D” reaches cell C\d+ \(\d+ rows × 3 columns\): with the 900 cells of the sheets before it, more than the 1,000 cells a workbook may span/);
    // A long cell repeated along a row and down the rows: its text, not its cells, is what is too much.
    const long = table(`<table:table-row table:number-rows-repeated="1000">${str(`<text:p>${"y".repeat(1000)}</text:p>`, ' table:number-columns-repeated="100"')}</table:table-row>`);
    expect(() => readOdsContent(long, 1_000_000, 1_000_000)).toThrow("the sheet “S” holds more text than the 1,000,000 characters that can be opened at once (by row 11)");
  });

  it("says a password-protected spreadsheet is one", async () => {
    const zipped = odsBytes([ODS_ACTORS]);
    const { unzipSync, zipSync, strToU8 } = await import("fflate");
    const parts = unzipSync(zipped);
    parts["META-INF/manifest.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry></manifest:manifest>`,
    );
    parts["content.xml"] = new Uint8Array([0x8f, 0x12, 0xff, 0x00]);
    expect(await readWorkbook(zipSync(parts), "secret.ods", MiB)).toEqual({ ok: false, message: "“secret.ods” is protected by a password: save it without one (or as CSV) and open that" });
  });
});

describe("stancegraph convert with an OpenDocument spreadsheet", () => {
  it("converts it, says which sheets it read, and takes --sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-ods-"));
    const file = join(dir, "ties.ods");
    writeFileSync(file, odsBytes([ODS_README, ODS_RELATIONS, ODS_ACTORS]));
    const r = await runIngestCli("convert", file);
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning: “ties.ods”: read the sheets “Relations” and “Actors”; not read: “Read me”");
    expect(r.err).toMatch(/dataset: 4 actors, 3 relations from ods \(/);
    const other = await runIngestCli("convert", file, "--sheet", "Nope");
    expect(other.code).not.toBe(0);
    expect(other.err).toContain("“ties.ods”: no sheet is named “Nope” (sheets: “Read me”, “Relations”, “Actors”)");
  });
});
