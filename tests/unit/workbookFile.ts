/**
 * Test helper: an Excel workbook (.xlsx) written the way Excel writes one (ECMA-376 SpreadsheetML:
 * the content types, the package and workbook relationships, a shared strings table, a styles
 * part whose cell formats tell dates from numbers, one worksheet part per sheet, zipped with
 * deflate), from rows of cells. Only what the tests need: strings (shared, or inline as some
 * writers put them), numbers, booleans, dates (a day number with a date format, built-in 14
 * "m/d/yyyy" or a custom "dd/mm/yyyy"), formulas with their cached values, and empty cells.
 */
import { strToU8, zipSync } from "fflate";

export type Cell =
  | string
  | number
  | boolean
  | null
  | { date: string; format?: "builtin" | "custom" }
  | { inline: string }
  | { formula: string; value: number | string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** The sheet's first row (1 = A1); rows above it are left empty. */
  firstRow?: number;
  /** The sheet's first column (0 = A). */
  firstColumn?: number;
  /** Hidden in the workbook (`state="hidden"`). */
  hidden?: boolean;
  /** A chart sheet (a chart moved to a tab of its own): no cells; `rows` is ignored. */
  chart?: boolean;
  /** Merged ranges ("A3:A5"), written after the cells as Excel does; the cells a range covers past its first are left out. */
  merges?: string[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Column letters of a 0-based index (0 → A, 26 → AA). */
function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's day number of an ISO day (1900 system: 1 = 1900-01-01, counting the leap day 1900 never had). */
export function excelDay(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function workbookBytes(sheets: SheetSpec[]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) stringIndex.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const sheetXml = (sheet: SheetSpec) => {
    const top = sheet.firstRow ?? 1;
    const left = sheet.firstColumn ?? 0;
    const rows = sheet.rows.map((row, r) => {
      const n = top + r;
      const cells = row.map((cell, c) => {
        const ref = `${columnName(left + c)}${n}`;
        if (cell === null) return "";
        if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
        if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
        if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
        if ("inline" in cell) return `<c r="${ref}" t="inlineStr"><is><t>${esc(cell.inline)}</t></is></c>`;
        if ("formula" in cell) {
          return typeof cell.value === "number" ? `<c r="${ref}"><f>${esc(cell.formula)}</f><v>${cell.value}</v></c>` : `<c r="${ref}" t="str"><f>${esc(cell.formula)}</f><v>${esc(cell.value)}</v></c>`;
        }
        return `<c r="${ref}" s="${cell.format === "custom" ? 2 : 1}"><v>${excelDay(cell.date)}</v></c>`;
      });
      return `<row r="${n}">${cells.join("")}</row>`;
    });
    const merges = sheet.merges ?? [];
    const merged = merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData>${merged}</worksheet>`;
  };
  const parts: Record<string, Uint8Array> = {};
  const partOf = (s: SheetSpec, i: number) => (s.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`);
  sheets.forEach((s, i) => (parts[`xl/${partOf(s, i)}`] = strToU8(s.chart ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>` : sheetXml(s))));
  const sst = strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("");
  parts["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${sst}</sst>`);
  parts["xl/styles.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  const sheetList = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("");
  parts["xl/workbook.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`);
  const wbRels = sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? "chartsheet" : "worksheet"}" Target="${partOf(s, i)}"/>`).join("");
  const n = sheets.length;
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${wbRels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  parts["_rels/.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...sheets.map((s, i) => `<Override PartName="/xl/${partOf(s, i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${s.chart ? "chartsheet" : "worksheet"}+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
  ].join("");
  parts["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  // Excel puts the content types first.
  const ordered: Record<string, Uint8Array> = { "[Content_Types].xml": parts["[Content_Types].xml"]! };
  for (const [k, v] of Object.entries(parts)) if (k !== "[Content_Types].xml") ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}

/**
 * A journalist's workbook, as the tests open it: the table starts at B2 under an empty row and
 * column, with a blank row in it, dates in both formats, an inline string and a formula's value;
 * an actors sheet; a notes sheet that is not a table.
 */
export const TIES_RELATIONS: SheetSpec = {
  name: "Relations",
  firstRow: 2,
  firstColumn: 1,
  rows: [
    ["Country A", "Country B", "Relationship", "Since", "Until", "Notes"],
    ["Armenia", "Russia", "Ally", { date: "1997-08-29", format: "custom" }, { date: "2023-09-19", format: "custom" }, "Treaty of friendship"],
    [null, null, null, null, null, null],
    ["Azerbaijan", "Turkey", "ally", { date: "2021-06-15" }, null, { inline: "Shusha Declaration" }],
    ["Russia", "Azerbaijan", "mediator", { date: "2020-11-10" }, null, { formula: 'CONCAT("tri","lateral")', value: "trilateral" }],
  ],
};
export const TIES_ACTORS: SheetSpec = { name: "Actors", rows: [["Name", "Kind"], ["Armenia", "state"], ["Russia", "state"], ["Azerbaijan", "state"], ["Turkey", "state"]] };
export const TIES_README: SheetSpec = { name: "Read me", rows: [["What the columns mean, in one cell."]] };
