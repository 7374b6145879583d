/**
 * Which sheets of an Excel workbook a graph is read from (workbook.ts reads the workbook): apart
 * from the reader so the app's convert step can offer another sheet without loading it.
 */
import { clip } from "../../model/echo.ts";

/** Which application's file a workbook is. */
export type SpreadsheetKind = "Excel" | "OpenDocument";

/** One sheet as CSV text for the CSV door. */
export interface SheetText {
  /** "book.xlsx › Relations": what problems and the mapping step call it. */
  name: string;
  text: string;
  /**
   * The workbook's kind, for the mapping step to say "Excel sheet" or "OpenDocument sheet". A sheet's
   * rows are numbered as the sheet numbers them (the text starts at the sheet's first row).
   */
  spreadsheet: SpreadsheetKind;
  /** What the sheet is read as: the workbook says so by which sheets were picked, not the file names. */
  role: "edges" | "actors";
}

/** A sheet with a header row, as CSV text, and whether its columns name two ends. */
export interface TableSheet extends SheetText {
  /** The sheet's own name ("Relations"). */
  sheet: string;
  ends: boolean;
  /** Hidden in the workbook: read only when asked for by name. */
  hidden: boolean;
  /** What was read in a way the user should know (merged cells filled down). */
  notes: string[];
}

/** A workbook as read: every sheet's name, and the sheets that hold a table. */
export interface Workbook {
  fileName: string;
  kind: SpreadsheetKind;
  sheetNames: string[];
  tables: TableSheet[];
}

/** The sheets a graph is read from: the edge list, then its actors sheet if there is one. */
export type SheetPick = { ok: true; sheets: SheetText[]; notes: string[] } | { ok: false; message: string };

/** A sheet's name says it holds actors: "Actors", "nodes", "Actor list" (a word, not "Converted"). */
const ACTORS_SHEET = /(^|[^a-z])(actors?|nodes?|vertex|vertices)([^a-z]|$)/i;

/**
 * The sheets the graph is read from: the edge list is `sheet` when given, else the first sheet
 * whose columns name two ends, else the first not named for actors; a sheet named for actors (and
 * naming no ends) goes with it. The notes name the sheets not read.
 */
export function pickSheets(book: Workbook, sheet?: string): SheetPick {
  const { tables } = book;
  const quoted = `“${clip(book.fileName)}”`;
  const sheetList = book.sheetNames.map((n) => `“${clip(n)}”`).join(", ");
  if (tables.length === 0) return { ok: false, message: `${quoted}: no sheet has a header row with at least two columns (sheets: ${sheetList})` };
  const chosen = sheet === undefined ? undefined : tables.find((t) => t.sheet === sheet);
  if (sheet !== undefined && !chosen) {
    const there = book.sheetNames.includes(sheet);
    return { ok: false, message: `${quoted}: ${there ? `the sheet “${clip(sheet)}” has no header row with at least two columns` : `no sheet is named “${clip(sheet)}”`} (sheets: ${sheetList})` };
  }
  // Hidden sheets (an old copy, a lookup table) are read only when asked for.
  const shown = tables.filter((t) => !t.hidden);
  const edges = chosen ?? shown.find((t) => t.ends) ?? shown.find((t) => !ACTORS_SHEET.test(t.sheet)) ?? shown[0];
  if (!edges) return { ok: false, message: `${quoted}: every sheet with a table is hidden (sheets: ${sheetList}); show the one with the relations, or name it (--sheet)` };
  const actors = shown.find((t) => t !== edges && ACTORS_SHEET.test(t.sheet) && !t.ends);
  const used = [edges, ...(actors ? [actors] : [])];
  const left = book.sheetNames.filter((n) => !used.some((t) => t.sheet === n));
  const notes = [
    ...(left.length === 0 ? [] : [`${quoted}: read the sheet${used.length > 1 ? "s" : ""} ${used.map((t) => `“${clip(t.sheet)}”`).join(" and ")}; not read: ${left.map((n) => `“${clip(n)}”`).join(", ")}`]),
    ...used.flatMap((t) => t.notes),
  ];
  return { ok: true, sheets: used.map(({ name, text }, i) => ({ name, text, spreadsheet: book.kind, role: i === 0 ? "edges" : "actors" })), notes };
}
