/**
 * The `dyad-counts` format: the aggregation's result as a file, so a query run elsewhere (the
 * BigQuery SQL of `--emit-sql bigquery`, or DuckDB's) can be ingested. CSV with a header row
 * (BigQuery's CSV download, DuckDB's COPY … TO) or JSON (an array, or one object per line:
 * BigQuery's JSON export), with the columns of DYAD_COUNT_COLUMNS; sample ids and URLs are
 * space-separated. Every problem is reported with its row and column.
 */
import Papa from "papaparse";
import { isIsoDate } from "../../model/dates.ts";
import { DYAD_COUNT_COLUMNS, isWindowStart, sortDyadCounts, windowEnd, type DyadCount, type WindowUnit } from "./aggregation.ts";
import { echo } from "../../model/echo.ts";

/** One problem in a dyad-counts file. */
export interface RowIssue {
  /** 1-based data row (the header is not counted), or null for the file as a whole. */
  row: number | null;
  column: string | null;
  message: string;
}

export function formatRowIssue(i: RowIssue): string {
  return [i.row === null ? null : `row ${i.row}`, i.column === null ? null : `column \`${i.column}\``].filter(Boolean).join(", ") + `: ${i.message}`;
}

/** Space-separated sample values → a list without empty entries. */
export function splitSample(text: string): string[] {
  return text.split(" ").filter((s) => s !== "");
}

export type DyadCountsResult = { ok: true; rows: DyadCount[] } | { ok: false; issues: RowIssue[] };

/** Reads a dyad-counts file's text for windows of `unit`. Never throws. */
export function readDyadCounts(text: string, unit: WindowUnit): DyadCountsResult {
  const body = text.replace(/^\uFEFF/, "");
  const records = body.trimStart().startsWith("[") || body.trimStart().startsWith("{") ? jsonRecords(body) : csvRecords(body);
  if ("issues" in records) return { ok: false, issues: records.issues };
  const issues: RowIssue[] = [];
  const rows: DyadCount[] = [];
  const seen = new Map<string, number>();
  records.list.forEach((record, i) => {
    const row = i + 1;
    const before = issues.length;
    const get = (column: (typeof DYAD_COUNT_COLUMNS)[number]) => {
      const v = record.get(column);
      return v === undefined || v === null ? "" : typeof v === "string" ? v : String(v);
    };
    const fail = (column: string | null, message: string) => issues.push({ row, column, message });
    const text = (column: (typeof DYAD_COUNT_COLUMNS)[number]) => {
      const v = get(column);
      if (v === "") fail(column, "is empty");
      return v;
    };
    const date = (column: (typeof DYAD_COUNT_COLUMNS)[number]) => {
      const v = get(column);
      if (!isIsoDate(v)) fail(column, `${echo(v)} is not a date (YYYY-MM-DD)`);
      return v;
    };
    const count = (column: (typeof DYAD_COUNT_COLUMNS)[number]) => {
      const v = get(column);
      if (!/^\d{1,15}$/.test(v)) fail(column, `${echo(v)} is not a count (a whole number, 0 or more)`);
      return Number(v);
    };
    const r: DyadCount = {
      actorA: text("actor_a"),
      actorB: text("actor_b"),
      window: date("window_start"),
      cooperative: count("cooperative"),
      conflictual: count("conflictual"),
      neutral: get("neutral") === "" ? 0 : count("neutral"),
      first: date("first_date"),
      last: date("last_date"),
      sampleIds: splitSample(get("sample_ids")),
      sampleUrls: splitSample(get("sample_urls")),
    };
    if (issues.length > before) return;
    if (r.actorA === r.actorB) return fail("actor_b", `is the same actor as actor_a (${echo(r.actorA)})`);
    if (!isWindowStart(r.window, unit)) return fail("window_start", `${r.window} is not the first day of a ${unit} (was the query run with --window ${unit}?)`);
    const end = windowEnd(r.window, unit);
    if (r.first > r.last) return fail("first_date", `${r.first} is after last_date ${r.last}`);
    if (r.first < r.window || r.last >= end) return fail("first_date", `${r.first} to ${r.last} is not inside the ${unit} that starts on ${r.window}`);
    const [x, y] = r.actorA < r.actorB ? [r.actorA, r.actorB] : [r.actorB, r.actorA];
    const key = `${x}\u0000${y}\u0000${r.window}`;
    const other = seen.get(key);
    if (other !== undefined) return fail(null, `the dyad ${echo(x, 30)}–${echo(y, 30)} and window ${r.window} were already given on row ${other}`);
    seen.set(key, row);
    rows.push({ ...r, actorA: x, actorB: y });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: sortDyadCounts(rows) };
}

type Records = { list: Array<Map<string, unknown>> } | { issues: RowIssue[] };

function csvRecords(text: string): Records {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const issues: RowIssue[] = parsed.errors.slice(0, 20).map((e) => ({ row: e.row === undefined ? null : e.row, column: null, message: e.message }));
  if (issues.length > 0) return { issues };
  const [header, ...data] = parsed.data;
  if (!header) return { issues: [{ row: null, column: null, message: "the file is empty" }] };
  const missing = DYAD_COUNT_COLUMNS.filter((c) => c !== "neutral" && c !== "sample_urls" && !header.includes(c));
  if (missing.length > 0) {
    return { issues: [{ row: null, column: null, message: `the header lacks ${missing.map((c) => `\`${c}\``).join(", ")} (expected ${DYAD_COUNT_COLUMNS.join(", ")})` }] };
  }
  const list = data.map((cells) => new Map(header.map((name, i): [string, unknown] => [name, cells[i]])));
  return { list };
}

function jsonRecords(text: string): Records {
  const objects: unknown[] = [];
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith("[")) {
      const all: unknown = JSON.parse(text);
      if (Array.isArray(all)) objects.push(...all);
    } else {
      for (const line of text.split("\n")) if (line.trim() !== "") objects.push(JSON.parse(line));
    }
  } catch (e) {
    return { issues: [{ row: objects.length + 1, column: null, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const list: Array<Map<string, unknown>> = [];
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (typeof o !== "object" || o === null || Array.isArray(o)) return { issues: [{ row: i + 1, column: null, message: "expected an object" }] };
    list.push(new Map(Object.entries(o)));
  }
  return { list };
}
