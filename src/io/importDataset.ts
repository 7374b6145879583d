/**
 * Importing a dataset the user brings (a file opened in the app, or a file given to the CLI):
 * the dataset JSON format, or a GEXF that Stancegraph exported. The result has the shape of
 * validateDataset's: the dataset when it is valid, otherwise every problem as `{ path, message }`.
 * Nothing here throws, so a caller can replace its graph only on `ok: true` and keep it otherwise.
 *
 * Source texts are not at hand in the browser, so quotes are not checked against them (the
 * validator's warning says so); `sources[].file` entries are kept as they are.
 */
import { MAX_DATASET_BYTES, formatBytes, parseDataset } from "../model/load.ts";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../model/validate.ts";
import { readGexf } from "./gexfReader.ts";
import { decodeText, type Encoding } from "./decode.ts";

export type ImportFormat = "dataset-json" | "gexf";

/** A validation result, plus which format the file was read as (null: none could be told). */
export type ImportResult = ValidationResult & { format: ImportFormat | null };

export interface ImportOptions extends ValidateOptions {
  /** Size limit in bytes (default MAX_DATASET_BYTES, the limit for dataset files). */
  maxBytes?: number;
}

/**
 * The size check to run before a file is read into memory (the browser passes `file.size`).
 * Returns the problem, or null when the size is acceptable.
 */
export function checkImportSize(bytes: number, name: string, maxBytes: number = MAX_DATASET_BYTES): ValidationIssue | null {
  if (!Number.isFinite(bytes) || bytes < 0) return { path: "(file)", message: `${displayName(name)}: its size is unknown` };
  if (bytes === 0) return { path: "(file)", message: `${displayName(name)} is empty` };
  if (bytes > maxBytes) {
    return { path: "(file)", message: `${displayName(name)} is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}` };
  }
  return null;
}

/**
 * Tells dataset JSON from GEXF by the content (the first character that is not white space: `{`
 * or `<`), falling back on the file name's extension when the content says nothing.
 */
export function detectImportFormat(text: string, name: string): ImportFormat | null {
  // (Byte order marks are skipped only to tell the format; the parser then reports a second one.)
  const head = text.replace(/^\uFEFF+/, "").trimStart()[0];
  if (head === "{" || head === "[") return "dataset-json";
  if (head === "<") return "gexf";
  const ext = extensionOf(name);
  if (ext === "json") return "dataset-json";
  if (ext === "gexf" || ext === "xml") return "gexf";
  return null;
}

/**
 * Reads and validates an imported file's bytes: decoded strictly (src/io/decode.ts: UTF-8 with at
 * most one byte order mark, or UTF-16 with its mark), then imported. Never throws. `encoding` says
 * how the bytes were read (null: they could not be).
 */
export function importBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): ImportResult & { encoding: Encoding | null } {
  const tooBig = checkImportSize(bytes.length, name, options.maxBytes);
  if (tooBig) return { ok: false, errors: [tooBig], warnings: [], format: null, encoding: null };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ path: "(file)", message: decoded.message }], warnings: [], format: null, encoding: null };
  return { ...importDataset(decoded.text, name, options), encoding: decoded.encoding };
}

/** Reads and validates an imported file's text (already decoded: see importBytes). Never throws. */
export function importDataset(text: string, name: string, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(text, name, options);
  } catch (e) {
    // A bug in a reader must not take the app down with it: report it like any other problem.
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: "(file)", message: `could not be read: ${reason}` }], warnings: [], format: null };
  }
}

function importUnsafe(text: string, name: string, options: ImportOptions): ImportResult {
  const { maxBytes = MAX_DATASET_BYTES, ...validate } = options;
  const tooBig = checkImportSize(text.length, name, maxBytes);
  if (tooBig) return { ok: false, errors: [tooBig], warnings: [], format: null };
  const body = text;
  const format = detectImportFormat(body, name);
  if (format === null) {
    const message = `${displayName(name)} is neither dataset JSON nor GEXF: it should begin with "{" (JSON) or "<" (GEXF)`;
    return { ok: false, errors: [{ path: "(file)", message }], warnings: [], format: null };
  }
  const result = withPaths(format === "gexf" ? readGexf(body, validate) : parseDataset(body, { ...validate, maxBytes }));
  const ext = extensionOf(name);
  const expected = ext === "json" ? "dataset-json" : ext === "gexf" ? "gexf" : undefined;
  const warnings = [...result.warnings];
  if (expected !== undefined && expected !== format) {
    warnings.unshift({ path: "(file)", message: `the name ends in .${ext} but the content is ${format === "gexf" ? "XML" : "JSON"}; read as ${format}` });
  }
  return { ...result, warnings, format };
}

/**
 * Every problem names a place: the validator reports an unknown field named "" at the top level
 * with an empty path, which a dialog would show as nothing.
 */
function withPaths(result: ValidationResult): ValidationResult {
  const fix = (issues: ValidationIssue[]) => issues.map((i) => (i.path === "" ? { ...i, path: "(dataset)" } : i));
  return result.ok ? { ...result, warnings: fix(result.warnings) } : { ...result, errors: fix(result.errors), warnings: fix(result.warnings) };
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

function displayName(name: string): string {
  return name === "" ? "the file" : JSON.stringify(name);
}
