import { counted } from "../../model/counted.ts";
import type { Command } from "../cli.ts";
import { parseOptions, UsageError } from "../cli.ts";
import { readDatasetFile } from "../datasetFile.ts";
import { formatIssue } from "../../model/validate.ts";
import { clip } from "../../model/echo.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "check a dataset file and list every problem",
  help: `Usage: stancegraph validate [FILE]

Checks a dataset against the format (graph-data/schema.json) and its rules: ids that must exist or
be unique, real calendar dates, "to" after "from", evidence on every relation and event, and quotes
that occur verbatim in their source texts (files under sources/ next to the dataset).

FILE defaults to the embedded Karabakh dataset.
Exit status: 0 valid (a one-line summary), 1 invalid (every problem, one per line), 2 bad arguments.`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {}, true);
    if (values.help) return io.out(this.help), 0;
    if (positionals.length > 1) throw new UsageError("validate takes one FILE");
    const { path, result } = readDatasetFile(positionals[0]);
    for (const w of result.warnings) io.err(`warning: ${formatIssue(w)}`);
    if (!result.ok) {
      for (const e of result.errors) io.err(formatIssue(e));
      io.err(`${clip(path)}: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}`);
      return 1;
    }
    const d = result.dataset;
    io.out(
      `${clip(path)}: valid — ${counted(d.actors.length, "actor")}, ${counted(d.relations.length, "relation")}, ${counted(d.relationTypes.length, "relation type")}, ` +
        `${counted(d.events.length, "event")}, ${counted(d.sources.length, "source")}, ${counted(d.periods.length, "period")}`,
    );
    return 0;
  },
};
