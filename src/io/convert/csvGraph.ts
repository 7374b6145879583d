/**
 * CSV edge lists (one row per edge, a header row), with an optional actors CSV (one row per node).
 * Parsed with papaparse (RFC 4180). Which columns are the ends is part of the mapping
 * (mapping.ts guesses `source`/`target` and their usual synonyms).
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
}

/** Parses CSV text into a header and rows, or says what is wrong and where. */
export function parseCsvTable(text: string, name: string): { ok: true; table: CsvTable } | { ok: false; issues: ForeignIssue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    return { ok: false, issues: parsed.errors.slice(0, 20).map((e) => ({ where: `${name}${e.row === undefined ? "" : `, row ${e.row}`}`, message: e.message })) };
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2) return { ok: false, issues: [{ where: name, message: "expected a header row with at least two columns" }] };
  return { ok: true, table: { header: header.map((h) => h.trim()), rows } };
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
    where: `actors row ${r + 1}`,
  }));
  const edgeList = edges.rows.map((row, r) => ({
    source: (row[si] ?? "").trim(),
    target: (row[ti] ?? "").trim(),
    directed: false,
    attrs: new Map(edges.header.map((h, i): [string, string] => [h, (row[i] ?? "").trim()]).filter(([h]) => h !== columns.source && h !== columns.target)),
    intervals: [],
    where: `row ${r + 1}`,
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
