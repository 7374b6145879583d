/**
 * An Excel workbook (.xlsx) opened as a graph: its sheets are read by read-excel-file (MIT, on npm:
 * shared and inline strings, numbers, booleans, and dates told by their cells' number format), and
 * the edge list's sheet (with an actors sheet beside it, if the workbook has one) becomes CSV text
 * for the CSV edge-list door (csvGraph.ts and the mapping step), rows numbered as the sheet numbers
 * them. Used by the app's load worker and by `stancegraph convert`.
 *
 * Strict and bounded like every import: the archive's table of contents is read first (fflate,
 * which read-excel-file unzips with) and a workbook whose parts say they unpack to more than the
 * budget is refused before anything is inflated; fflate inflates each part into a buffer of the
 * size its entry declares, so a part cannot grow past what was checked. A zip that is not a
 * workbook (a Word or OpenDocument file) is named as such. Nothing in a cell is evaluated: a
 * formula's cached value is read as text or a number, never the formula.
 */
import { unzipSync } from "fflate";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import { formatBytes } from "../../model/load.ts";
import { clip } from "../../model/echo.ts";
import { guessEndColumns, parseCsvTable, END_GUESS_ROWS } from "./csvGraph.ts";
import { pickSheets, type SheetPick, type TableSheet, type Workbook } from "./workbookSheets.ts";

export type { SheetText, Workbook } from "./workbookSheets.ts";

export type WorkbookResult = (SheetPick & { ok: true; book: Workbook }) | { ok: false; message: string };

/**
 * Reads the workbook in `bytes` (named `fileName`, for messages) as at most two sheets of CSV text,
 * refusing one whose parts unpack to more than `budget` bytes. `sheet`: the edge list's sheet by
 * name (otherwise the first whose columns name two ends). Never throws.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, budget: number, sheet?: string): Promise<WorkbookResult> {
  const quoted = `“${clip(fileName)}”`;
  let unpacked = 0;
  let workbook = false;
  try {
    // The table of contents only: the filter sees each entry's declared size and inflates none.
    unzipSync(bytes, {
      filter(entry) {
        unpacked += entry.originalSize;
        if (entry.name === "xl/workbook.xml") workbook = true;
        return false;
      },
    });
  } catch (e) {
    return { ok: false, message: `${quoted} starts as a zip archive but cannot be read as one (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!workbook) {
    return { ok: false, message: `${quoted} is a zip archive but not an Excel workbook (.xlsx): a Word .docx or an OpenDocument file is one too; save the table as .xlsx or CSV (UTF-8) and open that` };
  }
  if (unpacked > budget) return { ok: false, message: `${quoted} unpacks to ${formatBytes(unpacked)}, more than the ${formatBytes(budget)} that can be opened at once` };
  let read: Array<{ sheet: string; data: unknown[][] }>;
  try {
    // A copy: the reader takes an ArrayBuffer, and `bytes` may be a view on a larger one (a Node
    // Buffer's `slice` is such a view, so the copy is made by hand).
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    read = await readXlsxFile(copy.buffer);
  } catch (e) {
    return { ok: false, message: `${quoted} is an Excel workbook that cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const tables = read.flatMap((s): TableSheet[] => {
    const rows = tableRows(trimColumns(s.data.map((row) => row.map(cellText))));
    return rows ? [{ name: `${fileName} › ${s.sheet}`, sheet: s.sheet, text: Papa.unparse(rows, { newline: "\n" }), sheetRows: true, ends: hasEnds(rows) }] : [];
  });
  const book: Workbook = { fileName, sheetNames: read.map((s) => s.sheet), tables };
  const pick = pickSheets(book, sheet);
  return pick.ok ? { ...pick, book } : pick;
}

/** A sheet whose first rows have columns guessed as two ends (source/target and their synonyms). */
function hasEnds(rows: string[][]): boolean {
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ""));
  const head = parseCsvTable(Papa.unparse(rows.slice(headerAt, headerAt + END_GUESS_ROWS + 1)), "sheet", END_GUESS_ROWS + 1);
  return head.ok && guessEndColumns(head.table) !== null;
}

/** A cell as CSV text: a date as its day (YYYY-MM-DD), a number as JavaScript writes it, a boolean as Excel does. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** Columns with nothing in any row (an empty column A before the table) are left out. */
function trimColumns(rows: string[][]): string[][] {
  // (A loop, not Math.max(...rows): a sheet of a million rows is too many arguments.)
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (rows.some((r) => (r[c] ?? "").trim() !== "")) keep.push(c);
  return rows.map((r) => keep.map((c) => r[c] ?? ""));
}

/**
 * The sheet's rows from its header on, or null when no row has two cells filled: the header is the
 * first row that does, and rows above it (a title, a note, a date the sheet was made) are emptied,
 * so the rows keep the numbers Excel gives them.
 */
function tableRows(rows: string[][]): string[][] | null {
  const filled = (r: string[]) => r.filter((c) => c.trim() !== "").length;
  const headerAt = rows.findIndex((r) => filled(r) >= 2);
  if (headerAt === -1) return null;
  return rows.map((r, i) => (i < headerAt ? r.map(() => "") : r));
}
