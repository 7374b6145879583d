/** Reading a dataset file from disk with its source texts (Node only). */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_DATASET_BYTES, formatBytes } from "../model/load.ts";
import { MAX_SOURCE_TEXT_LENGTH } from "../model/schema.ts";
import { importBytes } from "../io/importDataset.ts";
import { decodeText } from "../io/decode.ts";
import { echo } from "../model/echo.ts";
import type { ValidationResult } from "../model/validate.ts";
import { UsageError } from "./cli.ts";

/** The embedded default dataset, shipped in the package. */
export const DEFAULT_DATASET = fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url));

export interface LoadedFile {
  path: string;
  result: ValidationResult;
}

/**
 * Reads and validates a dataset file, dataset JSON or a GEXF that Stancegraph exported (told apart
 * by content, as in the app); quotes are checked against the files under its `sources/`. The bytes
 * are decoded strictly (src/io/decode.ts, the decoder the app uses too). A path that is missing, a
 * directory, or not a regular file (a named pipe would block forever) is a usage error.
 */
export function readDatasetFile(path: string = DEFAULT_DATASET): LoadedFile {
  const full = resolve(path);
  const bytes = readRegularFile(full, MAX_DATASET_BYTES, {
    missing: () => new UsageError(`cannot read dataset file ${echo(path)}: no such file`),
    notFile: (kind) => new UsageError(`${echo(path)} is ${kind}, not a dataset file`),
    tooBig: (size) => new UsageError(`dataset file ${echo(path)} is ${formatBytes(size)}; the limit is ${formatBytes(MAX_DATASET_BYTES)}`),
    unreadable: (reason) => new UsageError(`cannot read dataset file ${echo(path)}: ${reason}`),
  })!; // (never undefined: `missing` throws)
  const dir = dirname(full);
  const readSourceText = (file: string): string | undefined => {
    const target = resolve(dir, file);
    // A dataset may only point at files inside its own folder.
    if (!target.startsWith(dir + "/")) return undefined;
    // UTF-8 takes at most 4 bytes a character (UTF-16: 4 per surrogate pair).
    const text = readRegularFile(target, 4 * MAX_SOURCE_TEXT_LENGTH, {
      missing: () => undefined,
      notFile: (kind) => new Error(`it is ${kind}, not a text file`),
      tooBig: (size) => new Error(`it is ${formatBytes(size)}, more than a source text may hold`),
      unreadable: (reason) => new Error(reason),
    });
    if (text === undefined) return undefined;
    const decoded = decodeText(text);
    if (!decoded.ok) throw new Error(`the file ${decoded.message}`);
    return decoded.text;
  };
  return { path, result: importBytes(bytes, path, { readSourceText }) };
}

interface FileProblems<E> {
  missing(): E | undefined;
  notFile(kind: string): E;
  tooBig(size: number): E;
  unreadable(reason: string): E;
}

/**
 * The bytes of a regular file no larger than `maxBytes`; otherwise throws the problem's error (or
 * returns undefined when `missing` gives none). Opened without blocking and checked on the open
 * descriptor, so a named pipe is refused at once and cannot be swapped in after the check.
 */
function readRegularFile<E extends Error>(path: string, maxBytes: number, problems: FileProblems<E>): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      const missing = problems.missing();
      if (missing === undefined) return undefined;
      throw missing;
    }
    if (code === "EISDIR") throw problems.notFile("a directory");
    throw problems.unreadable(code === "EACCES" ? "permission denied" : (code ?? "an error of the file system"));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw problems.notFile(kindOf(stats));
    if (stats.size > maxBytes) throw problems.tooBig(stats.size);
    try {
      return readFileSync(fd);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw problems.unreadable(code === "EISDIR" ? "it is a directory" : (code ?? "an error of the file system"));
    }
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "something other than a regular file";
}
