/**
 * A spreadsheet workbook opened as a graph: an Excel workbook (.xlsx), its sheets read by
 * read-excel-file (MIT, on npm: shared and inline strings, numbers, booleans, and dates told by
 * their cells' number format), or an OpenDocument spreadsheet (.ods, LibreOffice's), its sheets read
 * by opendocument.ts; the edge list's sheet (with an actors sheet beside it, if the workbook has
 * one) becomes CSV text for the CSV edge-list door (csvGraph.ts and the mapping step), rows
 * numbered as the sheet numbers them. Used by the app's load worker and by `stancegraph convert`.
 *
 * Strict and bounded like every import: the archive's table of contents is read first (fflate,
 * which read-excel-file unzips with) and a workbook whose parts say they unpack to more than the
 * budget is refused before anything is inflated; fflate inflates each part into a buffer of the
 * size its entry declares, so a part cannot grow past what was checked. A zip that is not a
 * spreadsheet (a Word or OpenDocument text) is named as such. Nothing in a cell is evaluated: a
 * formula's cached value is read as text or a number, never the formula.
 */
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import { formatBytes } from "../../model/load.ts";
import { clip } from "../../model/echo.ts";
import { guessEndColumns, END_GUESS_ROWS } from "./csvGraph.ts";
import { decodeXml } from "../xml.ts";
import { columnIndex, readOdsContent, tooManyCells, type Merge } from "./opendocument.ts";
import { pickSheets, type SheetPick, type SpreadsheetKind, type TableSheet, type Workbook } from "./workbookSheets.ts";

export type { SheetText, SpreadsheetKind, Workbook } from "./workbookSheets.ts";

export type WorkbookResult = (SheetPick & { ok: true; book: Workbook }) | { ok: false; message: string };

/**
 * Cells a workbook's sheets may span together (each sheet's last row × last column). The reader
 * fills every gap with empty cells, so one value in XFD1048576 of a 1 KB file would be 17 billion
 * of them; 20 million is a sheet of a million rows and twenty columns, or ten sheets of a tenth of
 * it (every sheet becomes text, not only those read).
 */
export const MAX_WORKBOOK_CELLS = 20_000_000;

/**
 * Reads the workbook in `bytes` (named `fileName`, for messages) as at most two sheets of CSV text,
 * refusing one whose parts unpack to more than `budget` bytes or whose sheets span more than
 * MAX_WORKBOOK_CELLS cells together. `sheet`: the edge list's sheet by name (otherwise the first visible
 * one whose columns name two ends). Never throws.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, budget: number, sheet?: string): Promise<WorkbookResult> {
  const quoted = `“${clip(fileName)}”`;
  try {
    return await readUnsafe(bytes, fileName, quoted, budget, sheet);
  } catch (e) {
    return { ok: false, message: `${quoted} is a spreadsheet that cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function readUnsafe(bytes: Uint8Array, fileName: string, quoted: string, budget: number, sheet: string | undefined): Promise<WorkbookResult> {
  // The parts the reader inflates are its XML and relationships (pictures and the like are not).
  const read = (name: string) => name.endsWith(".xml") || name.endsWith(".rels");
  let unpacked = 0;
  const names = new Set<string>();
  try {
    // The table of contents only: the filter sees each entry's declared size and inflates none.
    unzipSync(bytes, {
      filter(entry) {
        if (read(entry.name)) unpacked += entry.originalSize;
        names.add(entry.name);
        return false;
      },
    });
  } catch (e) {
    return { ok: false, message: `${quoted} starts as a zip archive but cannot be read as one (${e instanceof Error ? e.message : String(e)})` };
  }
  const openDocument = !names.has("xl/workbook.xml") && names.has("content.xml") && names.has("mimetype");
  if (!names.has("xl/workbook.xml") && !openDocument) {
    return { ok: false, message: `${quoted} is a zip archive but not a spreadsheet (an Excel .xlsx or an OpenDocument .ods): a Word .docx is one too; save the table as .xlsx, .ods or CSV (UTF-8) and open that` };
  }
  if (unpacked > budget) return { ok: false, message: `${quoted} unpacks to ${formatBytes(unpacked)}, more than the ${formatBytes(budget)} that can be opened at once` };
  if (openDocument) return readOpenDocument(bytes, fileName, quoted, budget, sheet);
  // The sheets' names, which are hidden, and how far each reaches, before the reader builds its grid.
  const parts = unzipSync(bytes, { filter: (e) => e.name === "xl/workbook.xml" || e.name === "xl/_rels/workbook.xml.rels" || /^xl\/worksheets\/[^/]+\.xml$/.test(e.name) });
  const listed = listSheets(parts);
  // Merged cells, which the reader gives as their first cell only: read from the same text.
  const merges = new Map<string, Merge[]>();
  let spanned = 0;
  for (const s of listed) {
    const part = parts[s.part];
    if (!part) continue;
    const xml = strFromU8(part);
    merges.set(s.name, mergedRanges(xml));
    const far = sheetExtent(xml);
    if (spanned + far.rows * far.columns > MAX_WORKBOOK_CELLS) return { ok: false, message: `${quoted}: ${tooManyCells(s.name, far.rows, far.columns, spanned, MAX_WORKBOOK_CELLS)}` };
    spanned += far.rows * far.columns;
  }
  const hidden = new Set(listed.filter((s) => s.hidden).map((s) => s.name));
  // A copy: the reader takes an ArrayBuffer, and `bytes` may be a view on a larger one (a Node
  // Buffer's `slice` is such a view, so the copy is made by hand).
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const sheets: Array<{ sheet: string; data?: unknown }> = await readXlsxFile(copy.buffer);
  const tables = sheets.flatMap((s): TableSheet[] => {
    // A chart sheet has no data.
    if (!Array.isArray(s.data)) return [];
    const rows = (s.data as unknown[]).map((row) => (Array.isArray(row) ? row.map(cellText) : []));
    return tableSheet(fileName, "Excel", s.sheet, rows, merges.get(s.sheet) ?? [], hidden.has(s.sheet));
  });
  const book: Workbook = { fileName, kind: "Excel", sheetNames: sheets.map((s) => s.sheet), tables };
  const pick = pickSheets(book, sheet);
  return pick.ok ? { ...pick, book } : pick;
}

/** An OpenDocument spreadsheet's sheets (opendocument.ts reads its content.xml). */
function readOpenDocument(bytes: Uint8Array, fileName: string, quoted: string, budget: number, sheet: string | undefined): WorkbookResult {
  const parts = unzipSync(bytes, { filter: (e) => e.name === "mimetype" || e.name === "content.xml" || e.name === "META-INF/manifest.xml" });
  const mime = strFromU8(parts["mimetype"] ?? new Uint8Array()).trim();
  if (mime !== "application/vnd.oasis.opendocument.spreadsheet") {
    return { ok: false, message: `${quoted} is an OpenDocument file${mime ? ` (${clip(mime)})` : ""} but not a spreadsheet: save the table as .ods, .xlsx or CSV (UTF-8) and open that` };
  }
  // A password's encryption is declared in the manifest; the parts are then no XML.
  if (/<(?:\w+:)?encryption-data\b/.test(strFromU8(parts["META-INF/manifest.xml"] ?? new Uint8Array()))) {
    return { ok: false, message: `${quoted} is protected by a password: save it without one (or as CSV) and open that` };
  }
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(parts["content.xml"]);
  } catch {
    return { ok: false, message: `${quoted}: its content.xml is not UTF-8 text` };
  }
  let sheets;
  try {
    sheets = readOdsContent(xml, MAX_WORKBOOK_CELLS, budget);
  } catch (e) {
    return { ok: false, message: `${quoted}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const tables = sheets.flatMap((s) => tableSheet(fileName, "OpenDocument", s.name, s.rows, s.merges, s.hidden));
  const book: Workbook = { fileName, kind: "OpenDocument", sheetNames: sheets.map((s) => s.name), tables };
  const pick = pickSheets(book, sheet);
  return pick.ok ? { ...pick, book } : pick;
}

/** One sheet's cells as a table for the CSV door, or none when no row has two cells filled. */
function tableSheet(fileName: string, kind: SpreadsheetKind, sheet: string, rows: string[][], merges: Merge[], hidden: boolean): TableSheet[] {
  const read = tableRows(rows, merges);
  if (!read) return [];
  const table = trimColumns(read.rows);
  const name = `${fileName} › ${sheet}`;
  const notes = read.filled.length === 0 ? [] : [mergedNote(name, read.filled)];
  return [{ name, sheet, text: Papa.unparse(table, { newline: "\n" }), spreadsheet: kind, ends: hasEnds(table), hidden, role: "edges", notes }];
}

/** The workbook's sheets in its order: name, whether hidden, and the part that holds each. */
function listSheets(parts: Record<string, Uint8Array>): Array<{ name: string; hidden: boolean; part: string }> {
  const attrs = (tag: string) => {
    const out = new Map<string, string>();
    for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) {
      const value = decodeXml(m[2]!, true);
      out.set(m[1]!, value.ok ? value.value : m[2]!);
    }
    return out;
  };
  const targets = new Map<string, string>();
  for (const m of strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array()).matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const target = a.get("Target") ?? "";
    targets.set(a.get("Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array()).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    const id = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
    const state = a.get("state");
    return { name: a.get("name") ?? "", hidden: state === "hidden" || state === "veryHidden", part: targets.get(id) ?? "" };
  });
}

/** How far a sheet's cells reach: its last row and last column, by their references (and its rows, for rows without one). */
export function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  let rowTags = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?(row|c)\b[^>]*?\br="([A-Z]*)(\d*)"/g)) {
    if (m[1] === "row") rows = Math.max(rows, Number(m[3]) || 0);
    else {
      rows = Math.max(rows, Number(m[3]) || 0);
      columns = Math.max(columns, columnIndex(m[2]!) + 1);
    }
  }
  for (const _ of xml.matchAll(/<(?:\w+:)?row\b/g)) rowTags++;
  return { rows: Math.max(rows, rowTags), columns };
}

/** A sheet whose first rows have columns guessed as two ends (source/target and their synonyms). */
function hasEnds(rows: string[][]): boolean {
  // The header and first rows as parseCsvTable would give them, taken straight from the cells.
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ""));
  const body = rows.slice(headerAt + 1).filter((r) => r.some((c) => c.trim() !== "")).slice(0, END_GUESS_ROWS);
  return guessEndColumns({ header: rows[headerAt]!.map((h) => h.trim()), rows: body }) !== null;
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

/** The sheet's merged ranges (`<mergeCells>`, after its cells). */
export function mergedRanges(xml: string): Merge[] {
  return [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)].map((m) => ({
    ref: `${m[1]}${m[2]}:${m[3]}${m[4]}`,
    top: Number(m[2]) - 1,
    left: columnIndex(m[1]!),
    bottom: Number(m[4]) - 1,
  }));
}

/**
 * The sheet's rows from its header on, or null when no row has two cells filled: the header is the
 * first row that does, and rows above it (a title, a note, a date the sheet was made) are emptied,
 * so the rows keep the numbers Excel gives them.
 *
 * A cell merged down over rows below the header ("Russia" once beside its three relations) holds
 * its value in every row it spans, as the reader of the sheet sees it; `filled` names those ranges.
 * A range merged only across columns (a note spread wide) keeps its value in its first column, and
 * one that starts at or above the header (a header two rows high) is left as it is.
 */
function tableRows(rows: string[][], merges: Merge[]): { rows: string[][]; filled: string[] } | null {
  const count = (r: string[]) => r.filter((c) => c.trim() !== "").length;
  const headerAt = rows.findIndex((r) => count(r) >= 2);
  if (headerAt === -1) return null;
  const out = rows.map((r, i) => (i < headerAt ? r.map(() => "") : r));
  const filled: string[] = [];
  // Ranges may overlap in a file Excel did not write, and a cell is then filled once for each: the
  // fills are bounded, per sheet, by the bound on the cells themselves.
  let budget = MAX_WORKBOOK_CELLS;
  const tooMany = () => new Error(`its merged ranges fill more than ${MAX_WORKBOOK_CELLS.toLocaleString("en")} cells (a cell in ranges that overlap counted once for each)`);
  const blank = merges.length === 0 ? [] : out.map((r) => !r.some((c) => c.trim() !== ""));
  for (const m of merges) {
    const value = out[m.top]?.[m.left] ?? "";
    if (m.top <= headerAt || m.bottom <= m.top || value.trim() === "") continue;
    const last = Math.min(m.bottom, out.length - 1);
    if ((budget -= last - m.top) < 0) throw tooMany();
    let any = false;
    for (let r = m.top + 1; r <= last; r++) {
      const row = out[r]!;
      // A blank row inside the range (a spacer beside a note merged down) stays blank.
      if (blank[r]) continue;
      if ((budget -= Math.max(0, m.left + 1 - row.length)) < 0) throw tooMany();
      while (row.length <= m.left) row.push("");
      row[m.left] = value;
      any = true;
    }
    if (any) filled.push(m.ref);
  }
  return { rows: out, filled };
}

/** What a sheet's merged cells were read as, for the notes after opening. */
function mergedNote(sheet: string, refs: string[]): string {
  const shown = refs.slice(0, 3).join(", ");
  const more = refs.length > 3 ? ` and ${refs.length - 3} more` : "";
  return `“${clip(sheet)}”: ${refs.length === 1 ? "the merged cells" : "merged cells"} ${shown}${more} read as their first cell in each row they span`;
}
