/** Reading a dataset file from disk with its source texts (Node only). */
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_DATASET_BYTES, formatBytes } from "../model/load.ts";
import { importDataset } from "../io/importDataset.ts";
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
 * by content, as in the app); quotes are checked against the files under its `sources/`.
 */
export function readDatasetFile(path: string = DEFAULT_DATASET): LoadedFile {
  const full = resolve(path);
  let size: number;
  try {
    size = statSync(full).size;
  } catch {
    throw new UsageError(`cannot read dataset file "${path}": no such file`);
  }
  if (size > MAX_DATASET_BYTES) {
    throw new UsageError(`dataset file "${path}" is ${formatBytes(size)}; the limit is ${formatBytes(MAX_DATASET_BYTES)}`);
  }
  const text = readFileSync(full, "utf8");
  const dir = dirname(full);
  const readSourceText = (file: string) => {
    const target = resolve(dir, file);
    // A dataset may only point at files inside its own folder.
    if (!target.startsWith(dir + "/")) return undefined;
    try {
      return readFileSync(target, "utf8");
    } catch {
      return undefined;
    }
  };
  return { path, result: importDataset(text, path, { readSourceText }) };
}
