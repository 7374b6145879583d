/**
 * Reading a file named on the command line (Node only): one reader for every command, so a
 * directory, a named pipe or a device is refused the same way everywhere, at once, with one
 * sentence naming the file, instead of a stack trace (a directory) or a read that never returns (a
 * pipe: reading one blocks until something writes to it).
 *
 * The file is opened without blocking and checked on the open descriptor (`fstat`), so a named
 * pipe is refused before any read and cannot be swapped in between the check and the read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { formatBytes } from "../model/load.ts";
import { echo } from "../model/echo.ts";

/** What is wrong with a path that should name a regular file. */
export type FileProblem =
  | { kind: "missing" }
  | { kind: "not-a-file"; what: string }
  | { kind: "too-big"; size: number; limit: number }
  | { kind: "unreadable"; reason: string };

/**
 * A path that cannot be read as a regular file. The message is one sentence naming the file, e.g.
 * `"data/" is a directory, not an event file`; `noun` says what the file was meant to be.
 */
export class FileProblemError extends Error {
  override name = "FileProblemError";
  constructor(
    readonly path: string,
    readonly problem: FileProblem,
    noun = "file",
    options?: ErrorOptions,
  ) {
    super(describeFileProblem(path, problem, noun), options);
  }
}

/** The sentence for a problem: `noun` is what the file should be ("dataset file", "event file"). */
export function describeFileProblem(path: string, problem: FileProblem, noun = "file"): string {
  switch (problem.kind) {
    case "missing":
      return `cannot read ${noun} ${echo(path)}: no such file`;
    case "not-a-file":
      return `${echo(path)} is ${problem.what}, not ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
    case "too-big":
      return `${noun} ${echo(path)} is ${formatBytes(problem.size)}; the limit is ${formatBytes(problem.limit)}`;
    case "unreadable":
      return `cannot read ${noun} ${echo(path)}: ${problem.reason}`;
  }
}

/**
 * Opens `path` for reading if it is a regular file of at most `maxBytes`, and returns the open
 * descriptor (the caller closes it) with its size; otherwise throws a FileProblemError.
 */
export function openRegularFile(path: string, maxBytes: number, noun = "file"): { fd: number; size: number } {
  const fail = (problem: FileProblem) => new FileProblemError(path, problem, noun);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw fail({ kind: "missing" });
    if (code === "EISDIR") throw fail({ kind: "not-a-file", what: "a directory" });
    throw fail({ kind: "unreadable", reason: code === "EACCES" ? "permission denied" : (code ?? "an error of the file system") });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw fail({ kind: "not-a-file", what: kindOf(stats) });
    if (stats.size > maxBytes) throw fail({ kind: "too-big", size: stats.size, limit: maxBytes });
    return { fd, size: stats.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/**
 * The bytes of the regular file `path`, at most `maxBytes` of them; throws a FileProblemError for a
 * missing file, anything that is not a regular file, a larger file, or a failed read.
 */
export function readRegularFile(path: string, maxBytes: number, noun = "file"): Uint8Array {
  const { fd } = openRegularFile(path, maxBytes, noun);
  try {
    return readFileSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileProblemError(path, { kind: "unreadable", reason: code ?? "an error of the file system" }, noun, { cause: e });
  } finally {
    closeSync(fd);
  }
}

/** What a path is, when it is not a regular file ("a directory", "a named pipe (FIFO)", …). */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "something other than a regular file";
}
