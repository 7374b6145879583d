/**
 * The app's mapping step over one opened graph file (GEXF or GraphML another tool wrote, or a CSV
 * edge list with an optional actors CSV): what the file offers and the guessed mapping, then a
 * preview for each mapping the user tries (the first rows as read, and every problem of the full
 * conversion, by row and column), then the conversion. Pure, no DOM or Node API: it runs in the
 * load worker, which keeps the session while the dialog is open.
 *
 * The conversion is convertGraphFile's with the mapping taken exactly as chosen ("none" stays
 * none), so a mapping left as guessed gives what `stancegraph convert` gives.
 */
import { convertGraphFile, detectGraphFormat, readGraphFile, type ConvertFileResult, type ConvertInput, type GraphFormat } from "./convertFile.ts";
import { END_GUESS_ROWS, guessEndColumns, parseCsvTable, type CsvTable } from "./csvGraph.ts";
import type { ForeignGraph } from "./foreignGraph.ts";
import { guessMapping, previewMapping, type GraphMapping, type MappedRow } from "./mapping.ts";
import type { SpreadsheetKind } from "./workbookSheets.ts";

/** What the user chooses: the mapping, and for a CSV edge list its two end columns. */
export interface MappingChoice {
  mapping: GraphMapping;
  sourceColumn?: string;
  targetColumn?: string;
}

/** What the dialog needs to know about the file before any choice. */
export interface MappingSetup {
  format: GraphFormat;
  fileName: string;
  /** The actors CSV beside a CSV edge list, if one was opened with it. */
  actorsFileName: string | null;
  /** The edge list is a workbook's sheet (read as CSV): which kind of workbook, else null. */
  sheet: SpreadsheetKind | null;
  /** Edges (rows of a CSV) and nodes (rows of an actors CSV) in the file. */
  edges: number;
  nodes: number;
  /** Attribute names (CSV: the columns other than the ends), in the file's order. */
  attributes: { node: string[]; edge: string[] };
  /** CSV: every column of the edge list, among which the ends are chosen; null otherwise. */
  columns: string[] | null;
  /** Edges whose dates come from the file's own time (GEXF start/end or spells). */
  edgesWithTime: number;
  /** The guessed choice. */
  choice: MappingChoice;
}

/** A previewed row: the mapped edge, with its ends' labels. */
export interface PreviewRow extends MappedRow {
  sourceLabel: string;
  targetLabel: string;
}

export interface MappingPreview {
  rows: PreviewRow[];
  /** Problems of the whole conversion, by row (or edge) and column; at most MAX_PROBLEMS. */
  problems: string[];
  problemCount: number;
  /** What the dataset would hold (0 and 0 while there are problems). */
  actors: number;
  relations: number;
}

export interface GraphText {
  name: string;
  text: string;
  /** A workbook's sheet (workbook.ts): the workbook's kind; its rows are numbered as the sheet numbers them. */
  spreadsheet?: SpreadsheetKind;
  /** A workbook's sheet is the edge list or the actors as the workbook's reading picked it. */
  role?: "edges" | "actors";
}

export interface MappingSession {
  setup: MappingSetup;
  preview(choice: MappingChoice, rows?: number): MappingPreview;
  convert(choice: MappingChoice): ConvertFileResult;
}

/** Problems listed by a preview; the rest are counted. */
export const MAX_PROBLEMS = 200;

/**
 * Opens a session over the files: one GEXF or GraphML, or one or two CSV files (the edge list and
 * an actors CSV, told apart by which one has end columns). Fails with every problem when the
 * files cannot be read as a graph at all.
 */
export function openMappingSession(files: readonly GraphText[]): { ok: true; session: MappingSession } | { ok: false; problems: string[] } {
  const roles = assignCsvRoles(files);
  if (!roles.ok) return roles;
  const { edges, actors } = roles;
  const base: ConvertInput = { text: edges.text, fileName: edges.name, ...(actors ? { actorsText: actors.text } : {}), ...(edges.spreadsheet ? { sheetRows: true } : {}) };
  const head = detectGraphFormat(edges.text, edges.name) === "csv" ? csvHead(edges) : null;
  const columns = head?.header ?? null;
  // Ends that cannot be guessed by name are the first two columns: a guess the user sees and can change.
  const guessed = head ? guessEndColumns(head) : null;
  const ends = columns ? (guessed ? { sourceColumn: guessed.source, targetColumn: guessed.target } : { sourceColumn: columns[0]!, targetColumn: columns[1] ?? columns[0]! }) : {};
  const first = readGraphFile({ ...base, ...ends });
  if (!first.ok) return { ok: false, problems: first.problems };
  const { graph, format } = first;
  const setup: MappingSetup = {
    format,
    fileName: edges.name,
    actorsFileName: actors?.name ?? null,
    sheet: edges.spreadsheet ?? null,
    edges: graph.edges.length,
    nodes: graph.nodes.length,
    attributes: { node: graph.nodeAttributes, edge: graph.edgeAttributes },
    columns,
    edgesWithTime: graph.edges.filter((e) => e.intervals.length > 0).length,
    choice: { mapping: guessMapping(graph), ...ends },
  };

  const cache = new Map<string, ReturnType<typeof readGraphFile>>();
  const inputFor = (choice: MappingChoice): ConvertInput => ({
    ...base,
    mapping: choice.mapping,
    exactMapping: true,
    ...(choice.sourceColumn !== undefined ? { sourceColumn: choice.sourceColumn } : {}),
    ...(choice.targetColumn !== undefined ? { targetColumn: choice.targetColumn } : {}),
  });
  const read = (choice: MappingChoice) => {
    const key = `${choice.sourceColumn ?? ""}\u0000${choice.targetColumn ?? ""}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = readGraphFile(inputFor(choice))));
    return r;
  };

  return {
    ok: true,
    session: {
      setup,
      preview(choice, count = 10) {
        const r = read(choice);
        if (!r.ok) return { rows: [], problems: r.problems.slice(0, MAX_PROBLEMS), problemCount: r.problems.length, actors: 0, relations: 0 };
        const labels = nodeLabels(r.graph, choice.mapping);
        const rows = previewMapping(r.graph, choice.mapping, count).rows.map((row) => ({ ...row, sourceLabel: labels.get(row.source) ?? row.source, targetLabel: labels.get(row.target) ?? row.target }));
        const converted = convertGraphFile(inputFor(choice));
        if (!converted.ok) return { rows, problems: converted.problems.slice(0, MAX_PROBLEMS), problemCount: converted.problems.length, actors: 0, relations: 0 };
        return { rows, problems: [], problemCount: 0, actors: converted.dataset.actors.length, relations: converted.dataset.relations.length };
      },
      convert: (choice) => convertGraphFile(inputFor(choice)),
    },
  };
}

/** One file is the graph; of two CSV files, the one with end columns is the edge list and the other the actors. */
function assignCsvRoles(files: readonly GraphText[]): { ok: true; edges: GraphText; actors: GraphText | null } | { ok: false; problems: string[] } {
  if (files.length === 1) return { ok: true, edges: files[0]!, actors: null };
  const names = files.map((f) => `“${f.name}”`).join(" and ");
  // A workbook's two sheets come with their roles (workbookSheets.ts picked them).
  const byRole = (role: "edges" | "actors") => files.find((f) => f.role === role);
  if (files.length === 2 && byRole("edges") && byRole("actors")) return { ok: true, edges: byRole("edges")!, actors: byRole("actors")! };
  if (files.length !== 2) return { ok: false, problems: [`${names}: open one graph file, or a CSV edge list together with its actors CSV`] };
  const [a, b] = files as [GraphText, GraphText];
  const ha = csvHead(a);
  const hb = csvHead(b);
  if (ha === null || hb === null) return { ok: false, problems: [`${names}: two files open together only as a CSV edge list and its actors CSV`] };
  // The edge list names its ends (source, target, …); when both or neither do, a name that says
  // "actors" or "nodes" tells the other one.
  const endsA = guessEndColumns(ha) !== null;
  const endsB = guessEndColumns(hb) !== null;
  const actorsName = (f: GraphText) => /actor|node|vert/i.test(f.name);
  const aIsEdges = endsA !== endsB ? endsA : actorsName(a) !== actorsName(b) ? actorsName(b) : null;
  if (aIsEdges === null) {
    return { ok: false, problems: [`${names}: which is the edge list? Name its end columns source and target, or put "actors" in the other file's name`] };
  }
  return aIsEdges ? { ok: true, edges: a, actors: b } : { ok: true, edges: b, actors: a };
}

/** A CSV file's header and its first rows (what the guesses look at), or null when the text is not CSV with a header. */
function csvHead(f: GraphText): CsvTable | null {
  const head = f.text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("<") || head.startsWith("{") || head.startsWith("[")) return null;
  // The header and the rows the end guess reads (quoted line breaks read as the CLI reads them).
  const table = parseCsvTable(head, f.name, END_GUESS_ROWS + 1);
  return table.ok ? table.table : null;
}

/** Node id → the label the mapping gives it (as convertGraph names actors). */
function nodeLabels(graph: ForeignGraph, mapping: GraphMapping): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of graph.nodes) out.set(n.id, (mapping.nodeLabel ? n.attrs.get(mapping.nodeLabel)?.trim() : undefined) || n.label?.trim() || n.id);
  return out;
}
