import { counted } from "../../model/counted.ts";
import { datasetJsonLines } from "../../io/datasetJson.ts";
import { basename } from "node:path";
import type { Command } from "../cli.ts";
import { parseOptions, UsageError, writeOut } from "../cli.ts";
import { MAX_DATASET_BYTES } from "../../model/load.ts";
import { readRegularFile } from "../../io/regularFile.ts";
import { decodeText, isZip } from "../../io/decode.ts";
import { readWorkbook, type SheetText } from "../../io/convert/workbook.ts";
import { echo } from "../../model/echo.ts";
import { isIsoDate } from "../../model/dates.ts";
import { convertGraphFile, previewGraphFile, type ConvertInput } from "../../io/convert/convertFile.ts";
import type { GraphMapping } from "../../io/convert/mapping.ts";

export const convertCommand: Command = {
  name: "convert",
  summary: "turn another tool's graph (GEXF, GraphML, CSV edge list, Excel or OpenDocument workbook) into a dataset",
  help: `Usage: stancegraph convert FILE [--out dataset.json] [--preview] [mapping options]

Reads a graph from Gephi (GEXF 1.2 or 1.3, static or dynamic), networkx or yEd (GraphML), or a
spreadsheet (CSV edge list, with --actors for a CSV of nodes; or an Excel .xlsx or OpenDocument
.ods workbook: the sheet whose columns name the two ends, with a sheet named for actors or nodes
beside it), maps
its attributes to relation
types, signs and dates, and writes a dataset. The mapping is guessed from attribute names; --preview
prints the guess and the first rows as it reads them. Edges without evidence cite the file.
A GEXF or GraphML that Stancegraph exported comes back whole, with no mapping.
  --type ATTR          edge attribute that is the relation type (e.g. relation, kind)
  --sign ATTR          edge attribute that is the sign: -1/0/1, a number, or positive/negative
  --from ATTR          edge attribute with the first day (YYYY-MM-DD, a date-time, a year,
                       YYYY/MM/DD, DD.MM.YYYY; DD/MM/YYYY or MM/DD/YYYY: see --day-first)
  --to ATTR            edge attribute with the end: the first day it no longer holds (a year:
                       the whole year held)
  --to-inclusive       --to is the last day held instead
  --from-date DATE     first day of relations the file gives no date for
  --day-first, --month-first   the file writes days with slashes day first (31/12/2023) or
                       month first (12/31/2023); without either, the order its days that can be
                       read only one way show, if they all show one
  --label ATTR         edge attribute kept as the relation's note
  --evidence ATTR      edge attribute with a quote or a citation
  --node-label ATTR, --node-kind ATTR, --wikidata ATTR   node attributes
  --actors FILE        CSV of actors beside a CSV edge list (id in the first column)
  --sheet NAME         a workbook's sheet holding the edge list
  --source-column C, --target-column C   the CSV edge list's end columns
  --id ID, --title TEXT   the dataset's id and title
  --preview            print the mapping and the first 10 rows as JSON, write nothing
  --out FILE           write the dataset to FILE instead of standard output
Exit status: 0 written, 1 the file cannot be converted (every problem by row and column), 2 bad arguments.`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(
      argv,
      {
        type: { type: "string" },
        sign: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        "to-inclusive": { type: "boolean" },
        "day-first": { type: "boolean" },
        "month-first": { type: "boolean" },
        "from-date": { type: "string" },
        label: { type: "string" },
        evidence: { type: "string" },
        "node-label": { type: "string" },
        "node-kind": { type: "string" },
        wikidata: { type: "string" },
        actors: { type: "string" },
        sheet: { type: "string" },
        "source-column": { type: "string" },
        "target-column": { type: "string" },
        id: { type: "string" },
        title: { type: "string" },
        preview: { type: "boolean" },
        out: { type: "string" },
      },
      true,
    );
    if (values.help) return io.out(this.help), 0;
    if (positionals.length !== 1) throw new UsageError("give one FILE to convert");
    const file = positionals[0]!;
    const fromDate = values["from-date"];
    if (fromDate !== undefined && !isIsoDate(fromDate)) throw new UsageError(`--from-date ${echo(fromDate)} is not a calendar date (YYYY-MM-DD)`);
    const mapping: GraphMapping = {};
    const set = (key: keyof GraphMapping, value: string | undefined) => value !== undefined && ((mapping as Record<string, unknown>)[key] = value);
    set("type", values.type);
    set("sign", values.sign);
    set("from", values.from);
    set("to", values.to);
    set("label", values.label);
    set("evidence", values.evidence);
    set("nodeLabel", values["node-label"]);
    set("nodeKind", values["node-kind"]);
    set("wikidata", values.wikidata);
    set("defaultFrom", values["from-date"]);
    if (values["to-inclusive"]) mapping.toInclusive = true;
    if (values["day-first"] && values["month-first"]) throw new UsageError("say --day-first or --month-first, not both");
    if (values["day-first"]) mapping.dayOrder = "day-first";
    if (values["month-first"]) mapping.dayOrder = "month-first";
    const bytes = readRegularFile(file, MAX_DATASET_BYTES, "graph file");
    let graph: { text: string; fileName: string; actorsText?: string; from?: "xlsx" | "ods"; notes: string[] };
    if (isZip(bytes)) {
      if (values.actors !== undefined) throw new UsageError("--actors is for a CSV edge list: a workbook's actors are its sheet named for actors or nodes");
      const book = await readWorkbook(bytes, basename(file), MAX_DATASET_BYTES, values.sheet);
      if (!book.ok) return report([book.message], io);
      const [edges, actors] = book.sheets as [SheetText, SheetText | undefined];
      graph = { text: edges.text, fileName: edges.name, ...(actors ? { actorsText: actors.text } : {}), from: book.book.kind === "Excel" ? "xlsx" : "ods", notes: book.notes };
    } else {
      if (values.sheet !== undefined) throw new UsageError("--sheet is for a workbook (.xlsx or .ods)");
      const graphText = decodedText(bytes, file);
      const actorsText = values.actors !== undefined ? readText(values.actors, "actors file") : undefined;
      const undecodable = [graphText, actorsText].filter((t): t is { problem: string } => typeof t === "object");
      if (typeof graphText !== "string" || (actorsText !== undefined && typeof actorsText !== "string")) return report(undecodable.map((t) => t.problem), io);
      graph = { text: graphText, fileName: basename(file), ...(actorsText !== undefined ? { actorsText } : {}), notes: [] };
    }
    const input: ConvertInput = {
      text: graph.text,
      fileName: graph.fileName,
      ...(graph.actorsText !== undefined ? { actorsText: graph.actorsText } : {}),
      ...(graph.from ? { sheetRows: true } : {}),
      ...(values["source-column"] !== undefined ? { sourceColumn: values["source-column"] } : {}),
      ...(values["target-column"] !== undefined ? { targetColumn: values["target-column"] } : {}),
      ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
    };
    if (values.preview) {
      const p = previewGraphFile(input);
      if (!p.ok) return report(p.problems, io);
      io.out(JSON.stringify({ format: p.format, ...(graph.from ? { file: graph.fileName } : {}), ...(graph.notes.length > 0 ? { notes: graph.notes } : {}), ...(p.ends ? { ends: p.ends } : {}), attributes: p.attributes, mapping: p.mapping, rows: p.rows, problems: p.problems }, null, 2));
      return 0;
    }
    const r = convertGraphFile(input);
    if (!r.ok) return report(r.problems, io);
    const text = datasetJsonLines(r.dataset);
    if (values.out === undefined) io.out(text);
    else writeOut(io, values.out, text);
    for (const w of [...graph.notes, ...r.warnings].slice(0, 10)) io.err(`warning: ${w}`);
    const ends = r.ends ? `ends ${echo(r.ends.source)} → ${echo(r.ends.target)}, ` : "";
    const how = r.mapping === null ? "as Stancegraph wrote it" : `${ends}mapping ${describeMapping(r.mapping)}`;
    io.err(`${values.out === undefined ? "dataset" : `wrote ${values.out}`}: ${counted(r.dataset.actors.length, "actor")}, ${counted(r.dataset.relations.length, "relation")} from ${graph.from ?? r.format} (${how})`);
    return 0;
  },
};

/** The mapping as the summary line says it: each attribute name (an argument, or the file's) echoed, so cut short. */
function describeMapping(mapping: GraphMapping): string {
  return `{${Object.entries(mapping)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? echo(value) : String(value)}`)
    .join(", ")}}`;
}

function report(problems: string[], io: { err(t: string): void }): number {
  for (const p of problems.slice(0, 50)) io.err(p);
  if (problems.length > 50) io.err(`… and ${problems.length - 50} more`);
  io.err(`stancegraph convert: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing written`);
  return 1;
}

/**
 * A file's text, decoded by the decoder every import shares (src/io/decode.ts: UTF-8 with or
 * without one byte order mark, or UTF-16 with its byte order mark). A path that is missing, not a
 * regular file or too large throws (a usage error); bytes that are not text are the file's problem
 * (exit 1), said with the byte offset.
 */
function readText(path: string, noun: string): string | { problem: string } {
  return decodedText(readRegularFile(path, MAX_DATASET_BYTES, noun), path);
}

function decodedText(bytes: Uint8Array, path: string): string | { problem: string } {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : { problem: `${echo(path)}: ${decoded.message}` };
}
