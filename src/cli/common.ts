/** Steps several commands share: loading the model, resolving --at/--period. */
import type { CliIO } from "./cli.ts";
import { UsageError } from "./cli.ts";
import { readDatasetFile } from "./datasetFile.ts";
import { createModel, type ModelOptions, type StanceModel } from "../model/stanceModel.ts";
import { formatIssue } from "../model/validate.ts";
import { isIsoDate } from "../model/dates.ts";
import { clip, echo } from "../model/echo.ts";

/** Loads and validates the dataset; on failure prints every problem and returns null (exit 1). */
export function loadModelOrReport(file: string | undefined, io: CliIO, options: ModelOptions = { layout: false }): StanceModel | null {
  const { path, result } = readDatasetFile(file);
  if (!result.ok) {
    for (const e of result.errors) io.err(formatIssue(e));
    io.err(`${clip(path)}: not a valid dataset (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}); see stancegraph validate`);
    return null;
  }
  return createModel(result.dataset, options);
}

/** Exactly one of --at DATE and --period ID, resolved to a date. */
export function resolveDateOption(model: StanceModel, values: { at?: string | undefined; period?: string | undefined }): { date: string; period?: string } {
  if (values.at !== undefined && values.period !== undefined) throw new UsageError("give either --at or --period, not both");
  if (values.at !== undefined) {
    if (!isIsoDate(values.at)) throw new UsageError(`--at ${echo(values.at)} is not a calendar date (YYYY-MM-DD)`);
    return { date: values.at };
  }
  if (values.period !== undefined) {
    const p = model.dataset.periods.find((x) => x.id === values.period);
    if (!p) {
      const known = model.dataset.periods.map((x) => x.id).join(", ") || "none";
      throw new UsageError(`unknown --period ${echo(values.period)} (this dataset has: ${clip(known, 400)})`);
    }
    return { date: p.date, period: p.id };
  }
  throw new UsageError("give a date with --at YYYY-MM-DD or a named period with --period ID");
}
