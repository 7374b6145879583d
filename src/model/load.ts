/**
 * Turning text into a validated dataset. Shared by the CLI (files on disk, with source texts) and
 * the browser (the embedded default and files the user opens, without source texts).
 */
import type { Dataset } from "./schema.ts";
import { locateJsonError } from "./jsonSyntax.ts";
import { clip } from "./echo.ts";
import { validateDataset, type ValidateOptions, type ValidationIssue, type ValidationResult } from "./validate.ts";

/** The largest dataset file accepted, in bytes. Checked before the text is parsed. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/**
 * Parses and validates dataset JSON. Never throws: a syntax error is reported as an issue with the
 * line and column where parsing stopped.
 */
export function parseDataset(text: string, options: ValidateOptions & { maxBytes?: number } = {}): ValidationResult {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  if (text.length > maxBytes) {
    return fail({ path: "(file)", message: `is ${formatBytes(text.length)}; the limit is ${formatBytes(maxBytes)}` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail({ path: "(file)", message: `not valid JSON: ${describeJsonError(text, e)}` });
  }
  return validateDataset(data, options);
}

function fail(issue: ValidationIssue): ValidationResult {
  return { ok: false, errors: [issue], warnings: [] };
}

/**
 * A syntax error as people want it: what is wrong, at which line and column. The scanner agrees
 * with JSON.parse (a test fuzzes the two together); should they ever differ, the position comes
 * from JSON.parse's own message, or the end of the text, so a line and column are always given.
 */
export function describeJsonError(text: string, e: unknown): string {
  const where = locateJsonError(text);
  if (where) return `${where.reason} (line ${where.line}, column ${where.column})`;
  const message = e instanceof Error ? e.message : String(e);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${clip(message)} (line ${line}, column ${offset - before.lastIndexOf("\n")})`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export type { Dataset };
