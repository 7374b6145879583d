/**
 * CSV edge lists (one row per edge, a header row), with an optional actors CSV (one row per node).
 * Parsed with papaparse (RFC 4180). Which columns are the ends is part of the mapping
 * (`guessEndColumns` below guesses them from `source`/`target` and their usual synonyms).
 */
import Papa from "papaparse";
import type { ForeignGraph, ForeignIssue, ForeignNode, ForeignResult } from "./foreignGraph.ts";

export interface CsvColumns {
  source: string;
  target: string;
  /** Column of the actors file holding the id (default: the first column). */
  actorId?: string;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
  /**
   * Each row's number as problems name it: data rows counted from 1 after the header, blank rows
   * counted too (so "row 7" is the seventh line under the header however many blank ones the sheet
   * has above it). Absent: the rows' own order.
   */
  rowNumbers?: number[];
}

/**
 * Parses CSV text into a header and rows, or says what is wrong and where. `sheetRows`: the text is
 * a workbook's sheet written from its first row (workbook.ts), so rows are numbered as the sheet
 * numbers them (the header's row counted), not from 1 under the header.
 */
export function parseCsvTable(text: string, name: string, preview?: number, sheetRows = false): { ok: true; table: CsvTable } | { ok: false; issues: ForeignIssue[] } {
  // `preview`: only the first rows (the header counted), read as papaparse reads quoted line breaks.
  // Blank rows are kept here and left out below, so the rows after them keep their numbers. They
  // would throw off papaparse's guess of the delimiter, so that is guessed on a first look without them.
  const body = text.replace(/^\uFEFF/, "");
  // (Lines of separators alone left out of the look: papaparse guesses from its first ten lines.)
  const sample = body.split(/\r?\n/, 4096).filter((line) => /[^\s,;\t|]/.test(line)).slice(0, 64).join("\n");
  const { delimiter } = Papa.parse<string[]>(sample, { preview: 64 }).meta;
  // A row with nothing but separators and spaces is blank: a spreadsheet saves its empty rows as
  // ";;;;;;" or ",,,," (papaparse's "greedy" skipping, done here to keep the numbers).
  const blank = (row: string[]) => row.every((cell) => cell.trim() === "");
  // `preview` counts rows that are not blank: blank ones read past are read again with a longer look.
  let parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, ...(preview !== undefined ? { preview } : {}) });
  for (let look = preview; look !== undefined && parsed.data.length === look && parsed.data.filter((row) => !blank(row)).length < preview!; ) {
    look *= 2;
    parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, preview: look });
  }
  const headerAt = parsed.data.findIndex((row) => !blank(row));
  // Row i of what papaparse read (0 = the file's first) as problems name it.
  const numbered = (i: number) => (sheetRows ? i + 1 : i - Math.max(headerAt, 0));
  if (parsed.errors.length > 0) {
    // papaparse counts rows from 0 with every line, the header's too: the header's index is 0 in the file's numbering.
    return { ok: false, issues: parsed.errors.slice(0, 20).map((e) => ({ where: `${name}${e.row === undefined ? "" : `, row ${numbered(e.row)}`}`, message: e.message })) };
  }
  const header = headerAt === -1 ? undefined : parsed.data[headerAt];
  if (!header || header.length < 2) return { ok: false, issues: [{ where: name, message: "expected a header row with at least two columns" }] };
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  parsed.data.forEach((row, i) => {
    if (i <= headerAt || blank(row)) return;
    rows.push(row);
    rowNumbers.push(numbered(i));
  });
  return { ok: true, table: { header: header.map((h) => h.trim()), rows, rowNumbers } };
}

/**
 * The end columns' usual names, in pairs and in order of preference, compared normalised (lower
 * case, spaces and hyphens as "_", so "Actor 1" is `actor_1`). A pair whose two names are both
 * present wins over single names: a spreadsheet headed "From, To, Relation, Source" (its Source a
 * column of links) has the ends From and To, not Source and To.
 */
const END_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["source", "target"],
  ["src", "dst"],
  ["from_actor", "to_actor"],
  ["actor1", "actor2"],
  ["actor_1", "actor_2"],
  ["actor_a", "actor_b"],
  ["country1", "country2"],
  ["country_1", "country_2"],
  ["side_a", "side_b"],
  ["node1", "node2"],
  ["sender", "receiver"],
  // "from"/"to" are ends only when no better column names them (they are dates in Stancegraph).
  ["from", "to"],
];

/**
 * Markers that tell apart two columns otherwise named alike, as spreadsheets name their ends:
 * after the name ("Country A"/"Country B", "party_1"/"party_2", "actor1"/"actor2") or before it
 * ("from_country"/"to_country", "source_id"/"target_id"). Digits may follow the name directly,
 * letters only after a space or "_" ("Iran"/"Irbn" are no pair).
 */
const END_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["1", "2"],
  ["a", "b"],
  ["one", "two"],
];
const END_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["source", "target"],
  ["src", "dst"],
  ["from", "to"],
  ["sender", "receiver"],
];

/**
 * Single names that say which end a column is when no pair does ("Initiator, Target", "Country,
 * Partner"), before the pairs' own names; each side's first present name is taken.
 */
const LONE_SOURCES = ["initiator", "actor", "subject", "country", "state"];
const LONE_TARGETS = ["recipient", "object", "partner", "counterpart"];

/** Two columns named alike but for an end marker (END_SUFFIXES, END_PREFIXES), in the header's order of the first. */
function pairByForm(names: ReadonlyArray<readonly [string, string]>): [string, string] | null {
  const byName = new Map(names.map(([normal, column]) => [normal, column] as const));
  // A pair of dates or times ("Year 1"/"Year 2", "from_year"/"to_year") is no pair of ends.
  const timeWord = (stem: string) => /^_?(year|date|day|month|time|period|start|end)s?_?$/.test(stem);
  for (const [normal, column] of names) {
    for (const [a, b] of END_SUFFIXES) {
      for (const sep of /^\d+$/.test(a) ? ["", "_"] : ["_"]) {
        const end = `${sep}${a}`;
        if (normal.length <= end.length || !normal.endsWith(end)) continue;
        const stem = normal.slice(0, -end.length);
        // A digit straight after a name's last letter ("actor1"), not after digits ("2021"/"2022").
        if (timeWord(stem) || (sep === "" && !/[a-z]$/.test(stem))) continue;
        const other = byName.get(`${stem}${sep}${b}`);
        if (other !== undefined) return [column, other];
      }
    }
    for (const [a, b] of END_PREFIXES) {
      if (normal.length <= a.length + 1 || !normal.startsWith(`${a}_`) || timeWord(normal.slice(a.length + 1))) continue;
      const other = byName.get(`${b}_${normal.slice(a.length + 1)}`);
      if (other !== undefined) return [column, other];
    }
  }
  return null;
}

/**
 * A value written as a day in some order (01.03.2021, 10/11/2020, 2021/03/01, 2021-03-01): what
 * the guesses take for a date column, whether or not `readDate` (mapping.ts) can read it.
 */
export const WRITTEN_AS_DAY = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** A column name as the guesses compare it. */
export function normalColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/**
 * How many rows the end guess looks at: the app's mapping step reads only these (mappingSession.ts
 * parses the file's head with papaparse's `preview`), the CLI the whole table, and both must guess alike.
 */
export const END_GUESS_ROWS = 20;

/**
 * What the first rows of a column hold, when that is all they hold: days (2023-10-03, with or
 * without a time) or web addresses. Four-digit numbers are neither (a Gephi export's node 1001).
 */
function columnHolds(table: CsvTable, column: string): "days" | "links" | null {
  const i = table.header.indexOf(column);
  const values = table.rows
    .slice(0, END_GUESS_ROWS)
    .map((row) => (row[i] ?? "").trim())
    .filter((v) => v !== "");
  if (values.length === 0) return null;
  // Days however written (01.03.2021, 10/11/2020, 2021/03/01 too: mapping.ts reads or names them).
  if (values.every((v) => /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(v) || WRITTEN_AS_DAY.test(v))) return "days";
  if (values.every((v) => /^https?:\/\//i.test(v))) return "links";
  return null;
}

/**
 * The end columns of an edge list guessed from its header and what its first rows hold, or null
 * when no column is named as an end. A column of days is never an end. A pair named together
 * (source/target, …) wins, first among columns that do not hold only links (a sheet's "Source" of
 * links beside From and To), then among any (a crawler's edge list of pages); then two columns
 * named alike but for an end marker ("Country A"/"Country B", "from_country"/"to_country"); then
 * lone names ("Initiator", "Target"). An end given (`--source-column`) is kept and the other
 * guessed among the other columns.
 */
export function guessEndColumns(table: CsvTable, given: Partial<CsvColumns> = {}): CsvColumns | null {
  const kinds = new Map(table.header.map((h) => [h, columnHolds(table, h)] as const));
  const find = (name: string, links: boolean) =>
    table.header.find((h) => normalColumnName(h) === name && h !== given.source && h !== given.target && kinds.get(h) !== "days" && (links || kinds.get(h) !== "links"));
  const ends = (source: string | undefined, target: string | undefined) => (source !== undefined && target !== undefined && source !== target ? { source, target } : null);
  for (const links of [false, true]) {
    for (const [s, t] of END_PAIRS) {
      const pair = ends(given.source ?? find(s, links), given.target ?? find(t, links));
      if (pair) return pair;
    }
  }
  // Then two columns named alike but for an end marker ("Country A"/"Country B"), among those
  // that may be ends (no days, no links, not an end given).
  if (given.source === undefined && given.target === undefined) {
    const open = table.header.filter((h) => kinds.get(h) === null).map((h) => [normalColumnName(h), h] as const);
    const byForm = pairByForm(open);
    if (byForm) return ends(byForm[0], byForm[1]);
  }
  const lone = (names: readonly string[]) => names.map((n) => find(n, false)).find((h) => h !== undefined);
  // The lone names first: a "Source" beside "Country" and "Partner" is more likely the citation.
  return ends(given.source ?? lone([...LONE_SOURCES, ...END_PAIRS.map(([s]) => s)]), given.target ?? lone([...LONE_TARGETS, ...END_PAIRS.map(([, t]) => t)]));
}

/** Builds the graph from an edges table (and an actors table) once the end columns are known. */
export function csvGraph(edges: CsvTable, columns: CsvColumns, actors?: CsvTable): ForeignResult {
  const issues: ForeignIssue[] = [];
  const col = (table: CsvTable, name: string, file: string) => {
    const i = table.header.indexOf(name);
    if (i === -1) issues.push({ where: file, message: `no column \`${name}\` (the columns are ${table.header.map((h) => `\`${h}\``).join(", ")})` });
    return i;
  };
  const si = col(edges, columns.source, "edges");
  const ti = col(edges, columns.target, "edges");
  const ai = actors ? (columns.actorId === undefined ? 0 : col(actors, columns.actorId, "actors")) : -1;
  if (issues.length > 0) return { ok: false, issues };
  const nodes: ForeignNode[] = (actors?.rows ?? []).map((row, r) => ({
    id: (row[ai] ?? "").trim(),
    attrs: new Map(actors!.header.map((h, i): [string, string] => [h, (row[i] ?? "").trim()]).filter(([h]) => h !== actors!.header[ai])),
    where: `actors row ${actors!.rowNumbers?.[r] ?? r + 1}`,
  }));
  const edgeList = edges.rows.map((row, r) => ({
    source: (row[si] ?? "").trim(),
    target: (row[ti] ?? "").trim(),
    directed: false,
    attrs: new Map(edges.header.map((h, i): [string, string] => [h, (row[i] ?? "").trim()]).filter(([h]) => h !== columns.source && h !== columns.target)),
    intervals: [],
    where: `row ${edges.rowNumbers?.[r] ?? r + 1}`,
  }));
  const graph: ForeignGraph = {
    format: "csv",
    nodes,
    edges: edgeList,
    nodeAttributes: actors ? actors.header.filter((_, i) => i !== ai) : [],
    edgeAttributes: edges.header.filter((h) => h !== columns.source && h !== columns.target),
  };
  return { ok: true, graph };
}
