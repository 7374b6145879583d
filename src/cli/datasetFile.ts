/** Reading a dataset file from disk with its source texts (Node only). */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_DATASET_BYTES, formatBytes } from "../model/load.ts";
import { MAX_SOURCE_TEXT_LENGTH } from "../model/schema.ts";
import { importBytes } from "../io/importDataset.ts";
import { decodeText } from "../io/decode.ts";
import { FileProblemError, readRegularFile } from "../io/regularFile.ts";
import type { ValidationResult } from "../model/validate.ts";

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
 * directory, or not a regular file (a named pipe would block forever) throws a FileProblemError,
 * which the CLI reports as a usage error (src/io/regularFile.ts, the reader every command shares).
 */
export function readDatasetFile(path: string = DEFAULT_DATASET): LoadedFile {
  const full = resolve(path);
  const bytes = readRegularFile(full, MAX_DATASET_BYTES, "dataset file");
  const dir = dirname(full);
  const readSourceText = (file: string): string | undefined => {
    const target = resolve(dir, file);
    // A dataset may only point at files inside its own folder.
    if (!target.startsWith(dir + "/")) return undefined;
    let text: Uint8Array;
    try {
      // UTF-8 takes at most 4 bytes a character (UTF-16: 4 per surrogate pair).
      text = readRegularFile(target, 4 * MAX_SOURCE_TEXT_LENGTH);
    } catch (e) {
      if (!(e instanceof FileProblemError)) throw e;
      const problem = e.problem;
      // The validator says what is wrong with the dataset's reference to the file.
      if (problem.kind === "missing") return undefined;
      if (problem.kind === "not-a-file") throw new Error(`it is ${problem.what}, not a text file`, { cause: e });
      if (problem.kind === "too-big") throw new Error(`it is ${formatBytes(problem.size)}, more than a source text may hold`, { cause: e });
      throw new Error(problem.reason, { cause: e });
    }
    const decoded = decodeText(text);
    if (!decoded.ok) throw new Error(`the file ${decoded.message}`);
    return decoded.text;
  };
  return { path, result: importBytes(bytes, path, { readSourceText }) };
}
