/**
 * Reading event files in TypeScript (the path without DuckDB: the browser's load worker and the
 * tests that hold the two engines to the same result). Each reader yields records with the fields
 * the aggregation needs, read as the SQL in sql.ts reads them: every field as text, a missing or
 * null field as "". Problems with the file's shape (wrong number of columns, a header that is not
 * the source's, text that is not JSON) are errors with the file and line; an event whose date, code
 * or actors cannot be used is not an error: the aggregation leaves it out, as the SQL does.
 */
import type { EventLayout, TabularLayout } from "./layouts.ts";
import { locateJsonError } from "../../model/jsonSyntax.ts";
import { clip, echo } from "../../model/echo.ts";

export interface EventParty {
  /** The party's country as the source writes it: a code (GDELT, PLOVER) or a name (ICEWS). */
  country: string;
  name: string;
}

export interface EventRecord {
  id: string;
  dateText: string;
  code: string;
  url: string;
  actors: EventParty[];
  /** Empty: the actors are paired with one another (PLOVER compound actors). */
  recipients: EventParty[];
}

/** A problem with an event file's shape: says which file, which line, and what. */
export class EventFileError extends Error {
  override name = "EventFileError";
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    // The file's name is an argument (or many, joined, for DuckDB): of any length.
    super(`${clip(file)}${line === null ? "" : `, line ${line}`}: ${problem}`);
  }
}

/** Reads every event of one file's text. Throws EventFileError. */
export function* parseEvents(layout: EventLayout, text: string, file: string): Generator<EventRecord> {
  if (layout.kind === "tabular") yield* parseTabular(layout, text, file);
  else yield* parsePlover(text, file);
}


function* parseTabular(layout: TabularLayout, text: string, file: string): Generator<EventRecord> {
  const index = (name: string) => layout.columns.indexOf(name);
  const [id, date, code] = [index(layout.id), index(layout.date), index(layout.code)];
  const url = layout.url_column === null ? -1 : index(layout.url_column);
  const a = [index(layout.a.country), index(layout.a.name)] as const;
  const b = [index(layout.b.country), index(layout.b.name)] as const;
  const width = layout.columns.length;
  const source = layout.format === "gdelt" ? "GDELT 2.0 export" : "ICEWS";
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line === 1 && layout.header) {
      checkHeader(layout, raw, file);
      continue;
    }
    if (raw === "") continue;
    const cells = raw.split("\t");
    if (cells.length !== width) {
      throw new EventFileError(file, line, `expected ${width} tab-separated columns (${source}), found ${cells.length}`);
    }
    yield {
      id: cells[id]!,
      dateText: cells[date]!,
      code: cells[code]!,
      url: url === -1 ? "" : cells[url]!,
      actors: [{ country: cells[a[0]]!, name: cells[a[1]]! }],
      recipients: [{ country: cells[b[0]]!, name: cells[b[1]]! }],
    };
  }
  if (line === 0 && layout.header) throw new EventFileError(file, null, "the file is empty (an ICEWS file starts with its header row)");
}

/** The first line of a file with a header must name the layout's columns, in order. */
export function checkHeader(layout: TabularLayout, firstLine: string, file: string): void {
  const found = firstLine.replace(/^\uFEFF/, "").replace(/\r$/, "").split("\t");
  const expected = layout.columns;
  const wrong = expected.findIndex((c, i) => found[i] !== c);
  if (wrong === -1 && found.length === expected.length) return;
  const at = wrong === -1 ? expected.length : wrong;
  throw new EventFileError(
    file,
    1,
    `not an ICEWS header: column ${at + 1} should be ${echo(expected[at] ?? "(none)")}, found ${echo(found[at] ?? "(nothing)")} ` +
      `(expected the ${expected.length} columns ${expected.slice(0, 3).join(", ")}, …)`,
  );
}

function* parsePlover(text: string, file: string): Generator<EventRecord> {
  const body = text.replace(/^\uFEFF/, "");
  const head = body.trimStart()[0];
  if (head === "[") {
    let list: unknown;
    try {
      list = JSON.parse(body);
    } catch (e) {
      const where = locateJsonError(body);
      throw new EventFileError(file, where?.line ?? null, `not valid JSON: ${where ? `${where.reason} (column ${where.column})` : e instanceof Error ? e.message : String(e)}`);
    }
    if (!Array.isArray(list)) throw new EventFileError(file, null, "expected a JSON array of event records");
    for (const record of list) yield ploverRecord(record);
    return;
  }
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      throw new EventFileError(file, i + 1, `not a JSON record (JSON lines: one record per line): ${echo(raw, 40)}`);
    }
    yield ploverRecord(record);
  }
}

type Json = unknown;

/** A JSON value as DuckDB's json_extract_string gives it: text as is, other scalars written out, null → undefined. */
function jsonText(v: Json): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

function field(o: Json, key: string): Json {
  return typeof o === "object" && o !== null && !Array.isArray(o) ? (o as Record<string, Json>)[key] : undefined;
}

function entities(v: Json): EventParty[] {
  const list = Array.isArray(v) ? v : typeof v === "object" && v !== null ? [v] : [];
  return list.map((e) => ({
    country: jsonText(field(e, "code")) ?? "",
    name: jsonText(field(e, "entity_text")) ?? jsonText(field(e, "actorText")) ?? jsonText(field(e, "code")) ?? "",
  }));
}

/** One PLOVER record, read as sql.ts's `fields` stage reads it. */
function ploverRecord(r: Json): EventRecord {
  const event = field(r, "event");
  const actor = field(r, "actor");
  const recipient = field(r, "recipient");
  return {
    id: jsonText(field(r, "id")) ?? "",
    dateText: jsonText(field(r, "date")) ?? "",
    code: (Array.isArray(event) ? jsonText(event[0]) : jsonText(event)) ?? "",
    url: jsonText(field(field(r, "cite_info"), "url")) ?? jsonText(field(r, "url")) ?? "",
    actors: entities(actor !== undefined ? actor : field(r, "source")),
    recipients: entities(recipient !== undefined ? recipient : field(r, "target")),
  };
}
