/**
 * Converting another tool's graph file into a dataset: tells the format from the content (and the
 * name), reads it, and applies the mapping. A GEXF that Stancegraph exported (with its dataset
 * context) is read by the GEXF importer instead, and a GraphML that Stancegraph exported by
 * stancegraphGraphml.ts, so nothing is lost. Never throws: the result lists every problem.
 */
import type { Dataset } from "../../model/schema.ts";
import { validateDataset, formatIssue } from "../../model/validate.ts";
import { readGexf } from "../gexfReader.ts";
import { CONTEXT_PREFIX } from "../gexf.ts";
import type { ForeignGraph } from "./foreignGraph.ts";
import { readForeignGexf, readForeignGraphml } from "./xmlGraph.ts";
import { csvGraph, guessEndColumns, parseCsvTable, type CsvColumns, type CsvTable } from "./csvGraph.ts";
import { convertGraph, formatMappingIssue, guessMapping, previewMapping, type GraphMapping, type MappedRow } from "./mapping.ts";
import { datasetFromStancegraphGraphml, isStancegraphGraphml } from "./stancegraphGraphml.ts";

import { detectGraphFormat, type GraphFormat } from "./graphFormat.ts";

export { detectGraphFormat, type GraphFormat };

export interface ConvertInput {
  text: string;
  fileName: string;
  /** An actors CSV beside a CSV edge list. */
  actorsText?: string;
  /** The CSV texts are a workbook's sheets (workbook.ts): rows are numbered as the sheet numbers them. */
  sheetRows?: boolean;
  /** The CSV edge list's end columns (guessed from source/target and synonyms when absent). */
  sourceColumn?: string;
  targetColumn?: string;
  mapping?: GraphMapping;
  /**
   * Use `mapping` exactly as given: a field it leaves out stays unmapped instead of being guessed
   * (the app's mapping step, where "none" is a choice the user made).
   */
  exactMapping?: boolean;
  id?: string;
  title?: string;
}

export type ConvertFileResult =
  | { ok: true; dataset: Dataset; format: GraphFormat; mapping: GraphMapping | null; ends: CsvColumns | null; warnings: string[] }
  | { ok: false; problems: string[]; format: GraphFormat | null };

/** The foreign graph of a file, before mapping; for CSV, with the end columns resolved (`ends`, null for XML). */
export function readGraphFile(input: ConvertInput): { ok: true; graph: ForeignGraph; format: GraphFormat; ends: CsvColumns | null } | { ok: false; problems: string[]; format: GraphFormat | null } {
  const format = detectGraphFormat(input.text, input.fileName);
  if (format === null) return { ok: false, format, problems: [`${input.fileName}: not GEXF, GraphML or CSV (an XML file starts with "<", a CSV file has a header row)`] };
  const fail = (issues: Array<{ where: string; message: string }>) => ({ ok: false as const, format, problems: issues.map((i) => `${input.fileName}, ${i.where}: ${i.message}`) });
  if (format !== "csv") {
    const r = format === "gexf" ? readForeignGexf(input.text) : readForeignGraphml(input.text);
    return r.ok ? { ok: true, graph: r.graph, format, ends: null } : fail(r.issues);
  }
  const edges = parseCsvTable(input.text, input.fileName, undefined, input.sheetRows);
  if (!edges.ok) return fail(edges.issues);
  let actors: CsvTable | undefined;
  if (input.actorsText !== undefined) {
    const a = parseCsvTable(input.actorsText, "actors", undefined, input.sheetRows);
    if (!a.ok) return fail(a.issues);
    actors = a.table;
  }
  const guess = input.sourceColumn === undefined || input.targetColumn === undefined ? guessEndColumns(edges.table, { source: input.sourceColumn, target: input.targetColumn }) : null;
  const source = input.sourceColumn ?? guess?.source;
  const target = input.targetColumn ?? guess?.target;
  if (source === undefined || target === undefined) {
    return { ok: false, format, problems: [`${input.fileName}: which columns are the two ends? Name them source and target, or say --source-column and --target-column (the columns are ${edges.table.header.join(", ")})`] };
  }
  const r = csvGraph(edges.table, { source, target }, actors);
  return r.ok ? { ok: true, graph: r.graph, format, ends: { source, target } } : fail(r.issues);
}

/** The mapping that would be used (guessed where not given) and the first rows as it reads them. */
export function previewGraphFile(input: ConvertInput, count = 10): { ok: true; format: GraphFormat; ends: CsvColumns | null; mapping: GraphMapping; rows: MappedRow[]; problems: string[]; attributes: { node: string[]; edge: string[] } } | { ok: false; problems: string[]; format: GraphFormat | null } {
  const read = readGraphFile(input);
  if (!read.ok) return read;
  const mapping = guessMapping(read.graph, input.mapping);
  const { rows, issues } = previewMapping(read.graph, mapping, count);
  return { ok: true, format: read.format, ends: read.ends, mapping, rows, problems: issues.map(formatMappingIssue), attributes: { node: read.graph.nodeAttributes, edge: read.graph.edgeAttributes } };
}

/** Converts and validates. */
export function convertGraphFile(input: ConvertInput): ConvertFileResult {
  try {
    return convertUnsafe(input);
  } catch (e) {
    return { ok: false, format: null, problems: [`${input.fileName}: could not be converted: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

function convertUnsafe(input: ConvertInput): ConvertFileResult {
  const format = detectGraphFormat(input.text, input.fileName);
  if (format === "gexf" && input.text.includes(CONTEXT_PREFIX)) {
    const r = readGexf(input.text);
    return r.ok
      ? { ok: true, dataset: r.dataset, format, mapping: null, ends: null, warnings: r.warnings.map(formatIssue) }
      : { ok: false, format, problems: r.errors.map((e) => `${input.fileName}, ${formatIssue(e)}`) };
  }
  const read = readGraphFile(input);
  if (!read.ok) return read;
  let dataset: unknown;
  let mapping: GraphMapping | null = null;
  if (read.format === "graphml" && isStancegraphGraphml(input.text) && input.mapping === undefined) {
    const back = datasetFromStancegraphGraphml(read.graph, { ...(input.id ? { id: input.id } : {}), ...(input.title ? { title: input.title } : {}), fileName: input.fileName });
    if (!back.ok) return { ok: false, format: read.format, problems: back.issues.map((i) => `${input.fileName}, ${i.where}: ${i.message}`) };
    dataset = back.dataset;
  } else {
    mapping = input.exactMapping ? { ...input.mapping } : guessMapping(read.graph, input.mapping);
    const converted = convertGraph(read.graph, mapping, { fileName: input.fileName, ...(input.id ? { id: input.id } : {}), ...(input.title ? { title: input.title } : {}) });
    if (!converted.ok) return { ok: false, format: read.format, problems: converted.issues.map((i) => `${input.fileName}, ${formatMappingIssue(i)}`) };
    dataset = converted.dataset;
  }
  const checked = validateDataset(dataset);
  if (!checked.ok) return { ok: false, format: read.format, problems: checked.errors.map((e) => `${input.fileName} (converted): ${formatIssue(e)}`) };
  return { ok: true, dataset: checked.dataset, format: read.format, mapping, ends: read.ends, warnings: checked.warnings.map(formatIssue) };
}
