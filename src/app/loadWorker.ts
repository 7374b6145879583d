/**
 * The load worker: everything about loading a dataset that needs no page, off the main thread.
 * It reads the files (ones the user opened, or the import kept in IndexedDB), tells what they are
 * (src/io/convert/fileKind.ts) and makes a dataset of them:
 * - dataset JSON or Stancegraph's GEXF: parsed and validated;
 * - event data (GDELT, ICEWS, PLOVER): it asks the page for the ingest options, then aggregates
 *   with the TypeScript aggregator (src/io/ingest/ingestTexts.ts: the same dataset as the CLI);
 * - another tool's graph: it asks the page for the mapping, answering each preview the dialog
 *   wants, then converts (src/io/convert/mappingSession.ts).
 * Then it builds the interval index, the parallel-relation index and the layout
 * (src/model/prepare.ts), and posts progress, the dataset in parts and the prepared arrays
 * (transferred, not copied). Terminating the worker cancels the load; the page keeps what it had.
 */
import { readStoredDataset } from "./datasetStore.ts";
import { formatBytes, MAX_DATASET_BYTES } from "../model/load.ts";
import { checkImportSize, importDataset } from "../io/importDataset.ts";
import { datasetJson } from "../io/datasetJson.ts";
import { formatIssue, validateDataset, type ValidationIssue } from "../model/validate.ts";
import { prepareModel, preparedBuffers } from "../model/prepare.ts";
import { serializeDataset } from "../model/generate.ts";
import type { Dataset } from "../model/schema.ts";
import { fileKind } from "../io/convert/fileKind.ts";
import { convertGraphFile } from "../io/convert/convertFile.ts";
import { openMappingSession } from "../io/convert/mappingSession.ts";
import { countLines, ingestEventTexts } from "../io/ingest/ingestTexts.ts";
import { EventFileError } from "../io/ingest/parseEvents.ts";
import { DEFAULT_RULES, type IngestRules } from "../io/ingest/buildDataset.ts";
import { LAYOUTS, type EventFormat } from "../io/ingest/layouts.ts";
import { readOpenedFile, type OpenedText } from "./readOpenedFile.ts";
import type { IngestQuestion, LoadAnswer, LoadMessage, LoadQuestion, LoadRequest } from "./loadProtocol.ts";

/** Items per posted part: each part is deserialised on the page in its own short task. */
const PART = 10_000;

const post = (message: LoadMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });
const invalid = (name: string, issues: ValidationIssue[]) => post({ type: "invalid", name, problems: issues.map(formatIssue), issues });
const fileIssue = (message: string): ValidationIssue => ({ path: "(file)", message });

/** The page's answers to a question, in order; `answer()` waits for the next one. */
const pending: LoadAnswer[] = [];
let waiting: ((a: LoadAnswer) => void) | null = null;
const answer = (): Promise<LoadAnswer> => new Promise((resolve) => (pending.length > 0 ? resolve(pending.shift()!) : (waiting = resolve)));
const ask = (question: LoadQuestion) => (post({ type: "ask", question }), answer());

async function load(request: LoadRequest): Promise<void> {
  if (request.source === "stored") {
    post({ type: "progress", stage: "Reading the imported dataset…", fraction: 0.02 });
    const stored = await readStoredDataset();
    if (!stored) return post({ type: "none" });
    return openDatasetText(stored.name, { name: stored.name, text: stored.text, bytes: stored.text.length, gzipped: false }, null);
  }
  const files = [request.file, ...(request.others ?? [])];
  const name = files.length === 1 ? request.file.name : `${request.file.name} + ${files.length - 1} more`;
  // Refused by their size alone: a file over the limit is never read into memory.
  const tooBig = files.map((f) => checkImportSize(f.size, f.name)).find((i) => i !== null) ?? checkImportSize(files.reduce((n, f) => n + f.size, 0), name);
  if (tooBig) return invalid(name, [tooBig]);
  const texts: OpenedText[] = [];
  let budget = MAX_DATASET_BYTES;
  for (const file of files) {
    post({ type: "progress", stage: `Reading ${file.name} (${formatBytes(file.size)})…`, fraction: 0.02, name });
    const read = await readOpenedFile(file, budget);
    if (!read.ok) return invalid(name, [fileIssue(read.message)]);
    texts.push(read.file);
    budget -= read.file.text.length;
  }
  const kinds = texts.map((t) => ({ ...fileKind(t.text, t.name), name: t.name }));
  const unknown = kinds.find((k) => k.kind === "unknown");
  if (unknown && unknown.kind === "unknown") return invalid(name, [fileIssue(`“${unknown.name}”: ${unknown.message}`)]);
  const first = kinds[0]!;
  if (first.kind === "events") {
    const other = kinds.find((k) => k.kind !== "events" || k.format !== first.format);
    if (other) return invalid(name, [fileIssue(`“${other.name}” is not ${LAYOUTS[first.format].title} data like “${first.name}”: open event files of one format together`)]);
    return ingest(name, first.format, texts);
  }
  if (kinds.length > 1 && kinds.some((k) => k.kind !== "graph")) {
    return invalid(name, [fileIssue("open one dataset or graph file at a time (or a CSV edge list together with its actors CSV)")]);
  }
  if (first.kind === "graph") return mapAndConvert(name, texts);
  if (first.kind === "stancegraph-graphml") {
    const r = convertGraphFile({ text: texts[0]!.text, fileName: texts[0]!.name });
    if (!r.ok) return invalid(name, r.problems.map(fileIssue));
    return deliver(name, r.dataset, r.warnings, new Blob([serializeDataset(r.dataset)], { type: "application/json" }));
  }
  return openDatasetText(name, texts[0]!, request.file);
}

/** Dataset JSON or Stancegraph's GEXF; `original` is the file opened (null: the stored import). */
function openDatasetText(name: string, opened: OpenedText, original: File | null): void {
  post({ type: "progress", stage: `Checking ${name} (${formatBytes(opened.text.length)})…`, fraction: 0.1, name });
  const result = importDataset(opened.text, name);
  if (!result.ok) return invalid(name, result.errors);
  // What the page keeps for the next visit: dataset JSON as opened (decompressed), a GEXF converted once.
  const json = () => (opened.gzipped ? new Blob([opened.text], { type: "application/json" }) : original!);
  const keep = original ? (result.format === "dataset-json" ? json() : new Blob([datasetJson(result.dataset)], { type: "application/json" })) : undefined;
  deliver(name, result.dataset, result.warnings.map(formatIssue), keep);
}

/** Event data: the options step, then the aggregation; back to the options when nothing passes them. */
async function ingest(name: string, format: EventFormat, texts: OpenedText[]): Promise<void> {
  const files = texts.map((t) => ({ name: t.name, bytes: t.bytes, lines: countLines(t.text) }));
  const question: IngestQuestion = { kind: "ingest", format, formatTitle: LAYOUTS[format].title, files, defaults: DEFAULT_RULES };
  let rules: IngestRules | undefined;
  for (let problem: string | undefined; ; ) {
    const reply = await ask({ ...question, ...(rules ? { rules } : {}), ...(problem ? { problem } : {}) });
    if (reply.type !== "ingest") continue;
    rules = reply.rules;
    const events = files.reduce((n, f) => n + f.lines, 0).toLocaleString("en");
    post({ type: "progress", stage: `Aggregating about ${events} events…`, fraction: 0.1, name });
    let dataset: Dataset;
    try {
      dataset = ingestEventTexts(format, texts, rules, {}, (fraction, read) => post({ type: "progress", stage: `Aggregating: ${read.toLocaleString("en")} events read…`, fraction: 0.1 + 0.2 * fraction })).dataset;
    } catch (e) {
      if (!(e instanceof EventFileError)) throw e;
      return invalid(name, [{ path: e.line === null ? e.file : `${e.file}, line ${e.line}`, message: e.problem }]);
    }
    if (dataset.relations.length === 0) {
      problem = `No pair of actors passed these rules (at least ${rules.minEvents} cooperative or conflictual events a ${rules.window}, margin ${rules.margin}): try a lower minimum or margin, or a longer window.`;
      continue;
    }
    const checked = validateDataset(dataset);
    if (!checked.ok) return invalid(name, checked.errors);
    // Kept as the CLI writes it (serializeDataset): the same bytes as `stancegraph ingest --out`.
    return deliver(name, dataset, checked.warnings.map(formatIssue), new Blob([serializeDataset(dataset)], { type: "application/json" }));
  }
}

/** Another tool's graph: the mapping step, answering previews, until the page applies a mapping. */
async function mapAndConvert(name: string, texts: OpenedText[]): Promise<void> {
  post({ type: "progress", stage: `Reading the graph in ${name}…`, fraction: 0.1, name });
  const opened = openMappingSession(texts);
  if (!opened.ok) return invalid(name, opened.problems.map(fileIssue));
  const { session } = opened;
  let reply = await ask({ kind: "mapping", setup: session.setup, preview: session.preview(session.setup.choice) });
  while (reply.type !== "convert") {
    if (reply.type === "preview") post({ type: "preview", seq: reply.seq, preview: session.preview(reply.choice) });
    reply = await answer();
  }
  post({ type: "progress", stage: `Converting ${name}…`, fraction: 0.2, name });
  const r = session.convert(reply.choice);
  if (!r.ok) return invalid(name, r.problems.map(fileIssue));
  // Kept as `stancegraph convert --out` writes it.
  deliver(name, r.dataset, r.warnings, new Blob([serializeDataset(r.dataset)], { type: "application/json" }));
}

/** Prepares the model's arrays and hands the dataset to the page in parts. */
function deliver(name: string, dataset: Dataset, warnings: string[], keep: Blob | undefined): void {
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

let started = false;
onmessage = (e: MessageEvent<LoadRequest | LoadAnswer>) => {
  if (started) {
    const next = waiting;
    waiting = null;
    return next ? next(e.data as LoadAnswer) : void pending.push(e.data as LoadAnswer);
  }
  started = true;
  load(e.data as LoadRequest).catch((err: unknown) => post({ type: "failed", message: err instanceof Error ? err.message : String(err) }));
};
