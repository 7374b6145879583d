/**
 * An OpenDocument spreadsheet's sheets (.ods, as LibreOffice Calc and OpenOffice save them; Excel
 * and Google Sheets can too), read from its `content.xml` for workbook.ts, which makes them CSV text
 * for the CSV door as it does an Excel workbook's.
 *
 * Written here: no package on npm reads .ods in the browser that is both kept up and small (SheetJS
 * left npm; the others write more than they read), and the part is plain XML that saxes, already
 * the GEXF reader's parser, reads strictly in one pass. What is read (OpenDocument 1.3, part 3,
 * §9.1 tables): each `table:table` a sheet, named; its rows and cells in order, with
 * `number-rows-repeated` / `number-columns-repeated` (Calc writes a million repeated empty rows
 * after a table: counted, never laid out); a cell's value by its `office:value-type` (a date as its
 * day, a number as JavaScript writes it, a boolean TRUE/FALSE, text as its paragraphs), a
 * formula's saved value, never the formula; `number-rows-spanned` (a merged cell, filled down as
 * in an Excel sheet); a sheet hidden by its table style (`table:display="false"`). Comments
 * (`office:annotation`) are not a cell's text.
 *
 * Bounded: a workbook whose sheets' cells reach past `maxCells` together, or whose text past
 * `maxChars`, (empty ones laid out
 * between filled ones counted) is refused as soon as they do, naming the sheet and the cell; a cell's
 * text is at most MAX_CELL_CHARS. Text is read as the format says (§6.1.2): runs of spaces, tabs and
 * line ends in a paragraph are one space, and none at its ends; `<text:s/>`, `<text:tab/>` and
 * `<text:line-break/>` are kept. Shapes drawn over a cell (`draw:*`) are not its text.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { clip } from "../../model/echo.ts";

const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

/** The longest text a cell may hold (Excel's limit; Calc's is larger): `<text:s text:c="1000"/>` repeated would grow past any budget. */
export const MAX_CELL_CHARS = 32_767;

/** A merged range, 0-based, and how an Excel user would write it ("A3:A5"). */
export interface Merge {
  ref: string;
  top: number;
  left: number;
  bottom: number;
}

/** One sheet: its name, whether hidden, its rows of cell text (ragged), and its merged ranges. */
export interface OdsSheet {
  name: string;
  hidden: boolean;
  rows: string[][];
  merges: Merge[];
}

/** Columns and rows a sheet may have (as Calc and Excel allow). */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** The 0-based index of column letters (A → 0, XFD → 16383; "" → -1). */
export function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/**
 * Why a workbook is refused when the sheet `sheet`, reaching cell `columns`×`rows`, takes its
 * cells past `max` (workbook.ts MAX_WORKBOOK_CELLS), `before` of them spanned by the sheets before it
 * (named only when the sheet alone stays within `max`). For an .ods, `rows` × `columns` is the row
 * reached × that row's width, not the sheet's own count when its rows are of unequal widths.
 */
export function tooManyCells(sheet: string, rows: number, columns: number, before: number, max: number): string {
  const beforeIt = before > 0 && rows * columns <= max ? `: with the ${before.toLocaleString("en")} cells of the sheets before it,` : ",";
  return `the sheet “${clip(sheet)}” reaches cell ${columnName(columns - 1)}${rows} (${rows.toLocaleString("en")} rows × ${columns.toLocaleString("en")} columns)${beforeIt} more than the ${max.toLocaleString("en")} cells a workbook may span: delete what lies beyond the table, or save the table as CSV`;
}

/** Column letters of a 0-based index (0 → A, 16383 → XFD). */
export function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Cell {
  type: string;
  /** Calc's own type ("error" for a formula that failed: its shown text, not its value). */
  calcType: string;
  stringValue: string | undefined;
  chars: number;
  value: string | undefined;
  repeat: number;
  rowSpan: number;
  colSpan: number;
  paragraphs: string[];
  covered: boolean;
}

/**
 * The sheets of `content.xml`, in order. Throws an Error whose message says what is wrong (not
 * well-formed, a sheet too large); workbook.ts words it with the file's name.
 */
export function readOdsContent(xml: string, maxCells: number, maxChars = Number.POSITIVE_INFINITY): OdsSheet[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const sheets: OdsSheet[] = [];
  const hiddenStyles = new Set<string>();
  let styleName: string | null = null;
  let sheet: OdsSheet | null = null;
  // Empty rows and cells are counted, and laid out only when something filled follows them.
  let emptyRows = 0;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let emptyCells = 0;
  let cell: Cell | null = null;
  let cells = 0;
  // Characters laid out, over the whole workbook: a long cell repeated would be a long text.
  let chars = 0;
  let paragraph: string | null = null;
  // Whether the paragraph ends in a space made from white space in its text (dropped at its end).
  let softSpace = false;
  let ignore = 0;
  const attr = (tag: SaxesTagNS, uri: string, local: string) => Object.values(tag.attributes).find((a) => a.uri === uri && a.local === local)?.value;
  const count = (tag: SaxesTagNS, uri: string, local: string, max: number) => {
    const raw = attr(tag, uri, local);
    if (raw === undefined) return 1;
    if (!/^[1-9][0-9]{0,9}$/.test(raw)) throw new Error(`${where()}: a ${local} of “${clip(raw)}”, not a whole number of at least 1`);
    return Math.min(Number(raw), max);
  };
  // Cells laid out by the sheets before this one, for the message.
  let before = 0;
  const tooLarge = (rows: number, columns: number) => new Error(tooManyCells(sheet!.name, rows, columns, before, maxCells));
  /** Where the reader is, for messages: the sheet and the row (and the cell, inside one). */
  const where = () => {
    if (!sheet) return `content.xml, line ${parser.line}`;
    const r = sheet.rows.length + emptyRows + 1;
    return `the sheet “${clip(sheet.name)}”, ${row ? `cell ${columnName(row.length + emptyCells)}${r}` : `row ${r}`}`;
  };
  const append = (t: string) => {
    if (!cell || paragraph === null) return;
    if ((cell.chars += t.length) > MAX_CELL_CHARS) throw new Error(`${where()} holds more than the ${MAX_CELL_CHARS.toLocaleString("en")} characters a cell may`);
    paragraph += t;
  };
  const lay = (n: number, width: number) => {
    if ((cells += n) > maxCells) throw tooLarge(sheet!.rows.length + 1, Math.max(1, width));
  };

  parser.on("error", (e) => {
    throw new Error(`content.xml is not well-formed XML: ${e.message.replace(/\.$/, "")}`);
  });
  parser.on("doctype", () => {
    throw new Error("content.xml declares a DOCTYPE, which is not accepted");
  });
  parser.on("opentag", (tag) => {
    if (ignore > 0 || (tag.uri === OFFICE && tag.local === "annotation") || (cell && tag.uri === DRAW)) {
      ignore++;
      return;
    }
    if (tag.uri === STYLE && tag.local === "style" && attr(tag, STYLE, "family") === "table") styleName = attr(tag, STYLE, "name") ?? null;
    else if (tag.uri === STYLE && tag.local === "table-properties" && styleName !== null && attr(tag, TABLE, "display") === "false") hiddenStyles.add(styleName);
    else if (tag.uri === TABLE && tag.local === "table") {
      // A table inside a cell (rare) is left out: it is no sheet, and no text of the cell.
      if (cell) {
        ignore++;
        return;
      }
      const style = attr(tag, TABLE, "style-name");
      before = cells;
      sheet = { name: attr(tag, TABLE, "name") ?? `Sheet${sheets.length + 1}`, hidden: style !== undefined && hiddenStyles.has(style), rows: [], merges: [] };
      // (`cells` counts over the whole workbook: every sheet becomes text, not only those read.)
      emptyRows = 0;
    } else if (sheet && tag.uri === TABLE && tag.local === "table-row") {
      row = [];
      emptyCells = 0;
      rowRepeat = count(tag, TABLE, "number-rows-repeated", MAX_ROWS);
    } else if (row && tag.uri === TABLE && (tag.local === "table-cell" || tag.local === "covered-table-cell")) {
      const covered = tag.local === "covered-table-cell";
      cell = {
        type: attr(tag, OFFICE, "value-type") ?? "",
        calcType: attr(tag, CALCEXT, "value-type") ?? "",
        stringValue: attr(tag, OFFICE, "string-value"),
        chars: 0,
        value: attr(tag, OFFICE, "value") ?? attr(tag, OFFICE, "date-value") ?? attr(tag, OFFICE, "boolean-value"),
        repeat: count(tag, TABLE, "number-columns-repeated", MAX_COLUMNS),
        rowSpan: covered ? 1 : count(tag, TABLE, "number-rows-spanned", MAX_ROWS),
        colSpan: covered ? 1 : count(tag, TABLE, "number-columns-spanned", MAX_COLUMNS),
        paragraphs: [],
        covered,
      };
    } else if (cell && tag.uri === TEXT) {
      if (tag.local === "p" || tag.local === "h") {
        paragraph = "";
        softSpace = false;
      } else if (paragraph !== null && (tag.local === "s" || tag.local === "tab" || tag.local === "line-break")) {
        append(tag.local === "s" ? " ".repeat(count(tag, TEXT, "c", 1000)) : tag.local === "tab" ? "\t" : "\n");
        softSpace = false;
      }
    }
  });
  // Character data: white space runs are one space, none at the paragraph's start (§6.1.2).
  parser.on("text", (t) => {
    if (ignore > 0 || paragraph === null) return;
    let collapsed = t.replace(/[ \t\r\n]+/g, " ");
    if (collapsed.startsWith(" ") && (paragraph === "" || paragraph.endsWith(" ") || softSpace)) collapsed = collapsed.slice(1);
    if (collapsed === "") return;
    append(collapsed);
    softSpace = collapsed.endsWith(" ");
  });
  parser.on("cdata", (t) => {
    if (ignore === 0 && paragraph !== null) {
      append(t);
      softSpace = false;
    }
  });
  parser.on("closetag", (tag) => {
    if (ignore > 0) {
      ignore--;
      return;
    }
    if (tag.uri === STYLE && tag.local === "style") styleName = null;
    else if (cell && tag.uri === TEXT && (tag.local === "p" || tag.local === "h")) {
      if (paragraph !== null) cell.paragraphs.push(softSpace ? paragraph.slice(0, -1) : paragraph);
      paragraph = null;
      softSpace = false;
    } else if (cell && row && tag.uri === TABLE && (tag.local === "table-cell" || tag.local === "covered-table-cell")) {
      const text = cellValue(cell);
      if (text === "") emptyCells += cell.repeat;
      else {
        const left = row.length + emptyCells;
        if (left + cell.repeat > MAX_COLUMNS) throw new Error(`the sheet “${clip(sheet!.name)}” has a cell past column ${columnName(MAX_COLUMNS - 1)}`);
        for (; emptyCells > 0; emptyCells--) row.push("");
        for (let i = 0; i < cell.repeat; i++) row.push(text);
        if (cell.rowSpan > 1) {
          const top = sheet!.rows.length + emptyRows;
          const right = left + cell.colSpan - 1;
          sheet!.merges.push({ ref: `${columnName(left)}${top + 1}:${columnName(right)}${top + cell.rowSpan}`, top, left, bottom: top + cell.rowSpan - 1 });
        }
      }
      cell = null;
    } else if (row && sheet && tag.uri === TABLE && tag.local === "table-row") {
      if (row.length === 0) emptyRows += rowRepeat;
      else {
        if (sheet.rows.length + emptyRows + rowRepeat > MAX_ROWS) throw new Error(`the sheet “${clip(sheet.name)}” has a row past row ${MAX_ROWS.toLocaleString("en")}`);
        for (; emptyRows > 0; emptyRows--) {
          lay(1, row.length);
          sheet.rows.push([]);
        }
        let rowChars = 0;
        for (const c of row) rowChars += c.length;
        for (let i = 0; i < rowRepeat; i++) {
          lay(row.length, row.length);
          if ((chars += rowChars) > maxChars) throw new Error(`the sheet “${clip(sheet.name)}” holds more text than the ${maxChars.toLocaleString("en")} characters that can be opened at once (by row ${(sheet.rows.length + 1).toLocaleString("en")})`);
          sheet.rows.push(i === 0 ? row : [...row]);
        }
      }
      row = null;
    } else if (sheet && tag.uri === TABLE && tag.local === "table") {
      sheets.push(sheet);
      sheet = null;
    }
  });
  parser.write(xml).close();
  return sheets;
}

/** A cell as CSV text: a date as its day, a number as JavaScript writes it, a boolean as TRUE/FALSE, else its text. */
function cellValue(cell: Cell): string {
  if (cell.covered) return "";
  // A formula that failed: what the cell shows ("#NAME?"), not a value it does not have.
  if (cell.calcType === "error") return cell.paragraphs.join("\n");
  const v = cell.value;
  if (v !== undefined) {
    if (cell.type === "date" && /^-?\d{4,}-\d{2}-\d{2}/.test(v)) return v.slice(0, v.indexOf("-", 1) + 6);
    if (cell.type === "boolean") return v === "true" ? "TRUE" : v === "false" ? "FALSE" : v;
    if ((cell.type === "float" || cell.type === "percentage" || cell.type === "currency") && v.trim() !== "" && Number.isFinite(Number(v))) return String(Number(v));
  }
  return cell.paragraphs.length > 0 ? cell.paragraphs.join("\n") : (cell.stringValue ?? "");
}
