/**
 * Test helper: an OpenDocument spreadsheet (.ods) written the way LibreOffice Calc writes one
 * (OpenDocument 1.3: the `mimetype` entry first and stored, the manifest, `content.xml` with the
 * table styles before the body, zipped with deflate): each sheet a `table:table`, rows of cells
 * typed by `office:value-type`, empty cells and rows run together with `number-columns-repeated`
 * and `number-rows-repeated`, and after the table the run of empty rows Calc writes to the sheet's
 * last row. Only what the tests need.
 */
import { strToU8, zipSync } from "fflate";

export type OdsCell =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { percent: number }
  | { formula: string; value: number | string }
  /** A string cell with a comment (the comment is no part of its text). */
  | { text: string; comment: string }
  /** A cell merged down over `rows` rows (the rows below hold covered cells). */
  | { text: string; rows: number }
  /** Covered by a merged cell above. */
  | { covered: true }
  /** Raw XML, for cells the other forms do not write. */
  | { xml: string };

export interface OdsSheet {
  name: string;
  rows: OdsCell[][];
  /** Empty rows before the first (as a table at B3 has two). */
  emptyRowsAbove?: number;
  /** Empty cells before each row's first (as a table at B3 has one). */
  emptyColumnsLeft?: number;
  hidden?: boolean;
}

const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Text as Calc writes it: a run of spaces after the first as `<text:s text:c="n"/>`, lines as paragraphs. */
const paragraphs = (s: string) => s.split("\n").map((line) => `<text:p>${esc(line).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)}</text:p>`).join("");

function cellXml(cell: OdsCell): string {
  if (cell === null) return "<table:table-cell/>";
  if (typeof cell === "string") return `<table:table-cell office:value-type="string" calcext:value-type="string">${paragraphs(cell)}</table:table-cell>`;
  if (typeof cell === "number") return `<table:table-cell office:value-type="float" office:value="${cell}" calcext:value-type="float"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === "boolean") return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell}" calcext:value-type="boolean"><text:p>${cell ? "TRUE" : "FALSE"}</text:p></table:table-cell>`;
  if ("date" in cell) {
    const [y, m, d] = cell.date.split("-");
    return `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${cell.date}" calcext:value-type="date"><text:p>${d}/${m}/${y}</text:p></table:table-cell>`;
  }
  if ("percent" in cell) return `<table:table-cell office:value-type="percentage" office:value="${cell.percent}" calcext:value-type="percentage"><text:p>${cell.percent * 100}%</text:p></table:table-cell>`;
  if ("formula" in cell) {
    return typeof cell.value === "number"
      ? `<table:table-cell table:formula="of:${esc(cell.formula)}" office:value-type="float" office:value="${cell.value}" calcext:value-type="float"><text:p>${cell.value}</text:p></table:table-cell>`
      : `<table:table-cell table:formula="of:${esc(cell.formula)}" office:value-type="string" office:string-value="${esc(cell.value)}" calcext:value-type="string"><text:p>${esc(cell.value)}</text:p></table:table-cell>`;
  }
  if ("comment" in cell) {
    return `<table:table-cell office:value-type="string" calcext:value-type="string"><office:annotation><dc:creator>Editor</dc:creator><text:p>${esc(cell.comment)}</text:p></office:annotation>${paragraphs(cell.text)}</table:table-cell>`;
  }
  if ("rows" in cell) return `<table:table-cell table:number-rows-spanned="${cell.rows}" table:number-columns-spanned="1" office:value-type="string" calcext:value-type="string">${paragraphs(cell.text)}</table:table-cell>`;
  if ("covered" in cell) return "<table:covered-table-cell/>";
  return cell.xml;
}

export function odsContentXml(sheets: OdsSheet[]): string {
  const tables = sheets.map((sheet) => {
    const width = Math.max(...sheet.rows.map((r) => r.length)) + (sheet.emptyColumnsLeft ?? 0);
    const left = sheet.emptyColumnsLeft ? `<table:table-cell table:number-columns-repeated="${sheet.emptyColumnsLeft}"/>` : "";
    const rows = sheet.rows.map((row) => {
      const trailing = 1024 - (sheet.emptyColumnsLeft ?? 0) - row.length;
      return `<table:table-row table:style-name="ro1">${left}${row.map(cellXml).join("")}<table:table-cell table:number-columns-repeated="${trailing}"/></table:table-row>`;
    });
    const above = sheet.emptyRowsAbove ? `<table:table-row table:style-name="ro1" table:number-rows-repeated="${sheet.emptyRowsAbove}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` : "";
    const below = 1_048_576 - (sheet.emptyRowsAbove ?? 0) - sheet.rows.length;
    return (
      `<table:table table:name="${esc(sheet.name)}" table:style-name="${sheet.hidden ? "ta2" : "ta1"}"><table:table-column table:style-name="co1" table:number-columns-repeated="${width}" table:default-cell-style-name="Default"/>` +
      `${above}${rows.join("")}<table:table-row table:style-name="ro1" table:number-rows-repeated="${below}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="${OFFICE}" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">` +
    `<office:automatic-styles><style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="0.889in"/></style:style>` +
    `<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>` +
    `<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>` +
    `<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>` +
    `<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>` +
    `<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/></office:automatic-styles>` +
    `<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>${tables.join("")}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>`
  );
}

/** The package: `mimetype` first and stored (as the format asks), then the manifest and the content. */
export function odsBytes(sheets: OdsSheet[], options: { mimetype?: string; content?: string } = {}): Uint8Array {
  const mimetype = options.mimetype ?? "application/vnd.oasis.opendocument.spreadsheet";
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync(
    {
      mimetype: [strToU8(mimetype), { level: 0 }],
      "META-INF/manifest.xml": strToU8(manifest),
      "content.xml": strToU8(options.content ?? odsContentXml(sheets)),
    },
    { level: 6 },
  );
}

/** The journalist's workbook of workbookFile.ts as Calc saves it: the table at B2, a blank row, a comment, a formula's value. */
export const ODS_RELATIONS: OdsSheet = {
  name: "Relations",
  emptyRowsAbove: 1,
  emptyColumnsLeft: 1,
  rows: [
    ["Country A", "Country B", "Relationship", "Since", "Until", "Notes"],
    ["Armenia", "Russia", "Ally", { date: "1997-08-29" }, { date: "2023-09-19" }, { text: "Treaty of  friendship", comment: "check the date" }],
    [],
    ["Azerbaijan", "Turkey", "ally", { date: "2021-06-15" }, null, "Shusha Declaration"],
    ["Russia", "Azerbaijan", "mediator", { date: "2020-11-10" }, null, { formula: 'CONCAT("tri";"lateral")', value: "trilateral" }],
  ],
};
export const ODS_ACTORS: OdsSheet = { name: "Actors", rows: [["Name", "Kind"], ["Armenia", "state"], ["Russia", "state"], ["Azerbaijan", "state"], ["Turkey", "state"]] };
export const ODS_README: OdsSheet = { name: "Read me", rows: [["What the columns mean, in one cell."]] };
