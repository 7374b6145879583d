/**
 * The load worker's heavy half, loaded on demand (loadWorker.ts imports it only when there is a
 * dataset to load): check the files' size, read them (gzip too), decode them strictly, tell what
 * they are (src/io/convert/fileKind.ts) and make a dataset of them:
 * - dataset JSON or Stancegraph's GEXF: parsed and validated (the TypeBox validator, the GEXF
 *   reader with its XML parser);
 * - event data (GDELT, ICEWS, PLOVER): the ingest options, then the TypeScript aggregator
 *   (ingestPipeline.ts, fetched only for event files);
 * - another tool's graph: the mapping step, then the conversion (convertPipeline.ts, fetched only
 *   for such graphs);
 * then prepare the model (interval index, parallel relations, layout) and post the dataset in
 * parts. A start with nothing kept from an earlier visit never fetches it.
 */
import { checkImportSize, importDataset, type ImportResult } from "../io/importDataset.ts";
import { datasetJson } from "../io/datasetJson.ts";
import { fileKind } from "../io/convert/fileKind.ts";
import { LAYOUTS } from "../io/ingest/layouts.ts";
import { formatBytes, MAX_DATASET_BYTES } from "../model/load.ts";
import { clip } from "../model/echo.ts";
import { formatIssue, type ValidationIssue } from "../model/validate.ts";
import { prepareModel, preparedBuffers } from "../model/prepare.ts";
import type { Dataset } from "../model/schema.ts";
import type { StoredDataset } from "./datasetStore.ts";
import type { LoadAnswer, LoadMessage, LoadQuestion } from "./loadProtocol.ts";
import { readOpenedFile, type OpenedText } from "./readOpenedFile.ts";
import { isZip } from "../io/decode.ts";

/**
 * Items per posted part: each part is deserialised on the page in its own short task (10,000
 * relations took 20–60 ms each, 55 of them at 50k/500k; a quarter keeps each well under 50 ms).
 */
const PART = 2500;

export type Post = (message: LoadMessage, transfer?: Transferable[]) => void;

/** Loads the dataset kept from an earlier visit (already read from IndexedDB: dataset JSON). */
export function loadDataset(source: { stored: StoredDataset }, post: Post): void {
  const { name, text } = source.stored;
  post({ type: "progress", stage: `Checking ${name} (${formatBytes(text.length)})…`, fraction: 0.1, name });
  finish(importDataset(text, name), name, null, post);
}

/** The worker's side of a question to the page: `ask` posts it and waits; `answer` waits for the next reply. */
export interface Asker {
  ask(question: LoadQuestion): Promise<LoadAnswer>;
  answer(): Promise<LoadAnswer>;
}

const fileIssue = (message: string): ValidationIssue => ({ path: "(file)", message });

/**
 * Loads the files the user opened together: one dataset or graph file, event files of one format,
 * or a CSV edge list with its actors CSV. Every problem is posted as "invalid" (the page keeps its
 * graph); nothing is read past the size limit, compressed or not.
 */
export async function loadFiles(files: File[], post: Post, asker: Asker): Promise<void> {
  const first = files[0]!;
  const name = files.length === 1 ? first.name : `${first.name} + ${files.length - 1} more`;
  const invalid = (issues: ValidationIssue[]) => post({ type: "invalid", name, problems: issues.map(formatIssue), issues });
  // Refused by their size alone: a file over the limit is never read into memory.
  const tooBig = files.map((f) => checkImportSize(f.size, f.name)).find((i) => i !== null) ?? checkImportSize(files.reduce((n, f) => n + f.size, 0), name);
  if (tooBig) return invalid([tooBig]);
  const texts: OpenedText[] = [];
  // One budget for all: decompressed, the files together stay within the import limit.
  let budget = MAX_DATASET_BYTES;
  for (const file of files) {
    post({ type: "progress", stage: `Reading ${file.name} (${formatBytes(file.size)})…`, fraction: 0.02, name });
    if (isZip(new Uint8Array(await file.slice(0, 4).arrayBuffer()))) {
      // A workbook (Excel, OpenDocument): its edge list's sheet (and actors sheet) as CSV text, read on demand.
      if (files.length > 1) return invalid([fileIssue(`“${clip(file.name)}” is ${/\.ods$/i.test(file.name) ? "an OpenDocument spreadsheet" : "an Excel workbook"}: open it on its own (its actors go in a sheet of their own, named Actors)`)]);
      const { readWorkbook } = await import("../io/convert/workbook.ts");
      const book = await readWorkbook(new Uint8Array(await file.arrayBuffer()), file.name, budget);
      if (!book.ok) return invalid([fileIssue(book.message)]);
      book.sheets.forEach((sheet, i) => {
        texts.push({ name: sheet.name, text: sheet.text, bytes: file.size, contentBytes: sheet.text.length, gzipped: false, encoding: "utf-8", spreadsheet: sheet.spreadsheet, role: sheet.role, notes: book.notes, ...(i === 0 ? { workbook: book.book } : {}) });
      });
      budget -= book.book.tables.reduce((n, t) => n + t.text.length, 0);
      continue;
    }
    const read = await readOpenedFile(file, budget);
    if (!read.ok) return invalid([{ path: read.decoding && files.length > 1 ? JSON.stringify(clip(file.name)) : "(file)", message: read.message }]);
    texts.push(read.file);
    budget -= read.file.contentBytes;
  }
  const kinds = texts.map((t) => ({ ...fileKind(t.text, t.name), name: t.name }));
  const quoted = (n: string) => `“${clip(n)}”`;
  const unknown = kinds.find((k) => k.kind === "unknown");
  if (unknown && unknown.kind === "unknown") return invalid([fileIssue(`${quoted(unknown.name)}: ${unknown.message}`)]);
  const kind = kinds[0]!;
  if (kind.kind === "events") {
    const other = kinds.find((k) => k.kind !== "events" || k.format !== kind.format);
    if (other) return invalid([fileIssue(`${quoted(other.name)} is not ${LAYOUTS[kind.format].title} data like ${quoted(kind.name)}: open event files of one format together`)]);
    const { ingestEvents } = await import("./ingestPipeline.ts");
    return ingestEvents(name, kind.format, texts, { post, asker, deliver: (d, w, keep) => deliver(name, d, w, keep, post) });
  }
  if (kinds.length > 1 && kinds.some((k) => k.kind !== "graph")) {
    return invalid([fileIssue("open one dataset or graph file at a time (or a CSV edge list together with its actors CSV, or event files of one format)")]);
  }
  if (kind.kind === "graph" || kind.kind === "stancegraph-graphml") {
    const { convertGraphTexts } = await import("./convertPipeline.ts");
    return convertGraphTexts(name, texts, kind.kind === "graph", { post, asker, deliver: (d, w, keep) => deliver(name, d, w, keep, post) });
  }
  const opened = texts[0]!;
  post({ type: "progress", stage: `Checking ${name} (${formatBytes(opened.text.length)})…`, fraction: 0.1, name });
  const result = importDataset(opened.text, name);
  // Kept for the next visit as opened when it is plain UTF-8 dataset JSON; otherwise converted once.
  const asIs = result.ok && result.format === "dataset-json" && opened.encoding === "utf-8" && !opened.gzipped;
  finish(result, name, asIs ? first : "convert", post);
}

/** What the pipeline hands the on-demand ingest and convert steps. */
export interface StepContext {
  post: Post;
  asker: Asker;
  /** Prepares the model and posts the dataset; `keep` is what the page keeps for the next visit. */
  deliver(dataset: Dataset, warnings: string[], keep: Blob): void;
}

/**
 * Posts "invalid", or the dataset in parts, then "loaded". `keep` is what the page keeps for the
 * next visit: the file the user opened, as it is (UTF-8 dataset JSON), "convert" (dataset JSON
 * made once from what was read: a GEXF, a UTF-16 or gzipped file, since the kept Blob is read back
 * as UTF-8), or null (the stored import, already kept).
 */
function finish(result: ImportResult, name: string, keep: File | "convert" | null, post: Post): void {
  if (!result.ok) return post({ type: "invalid", name, problems: result.errors.map(formatIssue), issues: result.errors });
  const dataset = result.dataset;
  const kept = keep === "convert" ? new Blob([datasetJson(dataset)], { type: "application/json" }) : keep;
  deliver(name, dataset, result.warnings.map(formatIssue), kept ?? undefined, post);
}

/** Prepares the model's arrays and hands the dataset to the page in parts. */
function deliver(name: string, dataset: Dataset, warnings: string[], keep: Blob | undefined, post: Post): void {
  const prepared = prepareModel(dataset, (stage, fraction) => post({ type: "progress", stage: `${stage}…`, fraction }));
  post({ type: "progress", stage: "Handing the dataset to the page…", fraction: 0.4 });
  const parts: Array<keyof Pick<Dataset, "actors" | "relations" | "events" | "sources">> = ["actors", "relations", "events", "sources"];
  for (const key of parts) {
    const list = dataset[key] as unknown[];
    for (let i = 0; i < list.length; i += PART) post({ type: "part", key, items: list.slice(i, i + PART) });
  }
  const shell: Dataset = { ...dataset, actors: [], relations: [], events: [], sources: [] };
  post({ type: "loaded", name, dataset: shell, prepared, warnings, ...(keep ? { keep } : {}) }, preparedBuffers(prepared));
}
