/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with
 * an apostrophe, the OWASP advice against CSV injection, since dataset text is untrusted.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Neutralise spreadsheet formulas (default true). */
  guardFormulas?: boolean;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const line = (cells: readonly CsvCell[]) => cells.map((c) => csvField(c, guard)).join(",");
  return [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}

export function csvField(value: CsvCell, guardFormulas = true): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (guardFormulas && typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Parses RFC 4180 CSV into rows of strings (used by tests and importers). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field at end of CSV");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
