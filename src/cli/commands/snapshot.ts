import type { Command } from "../cli.ts";
import { parseOptions, UsageError } from "../cli.ts";
import { loadModelOrReport, resolveDateOption } from "../common.ts";
import { activeRelationsAt } from "../../model/stanceModel.ts";
import { relationRow, relationsCsv } from "../../io/relationRows.ts";
import { echo } from "../../model/echo.ts";

export const snapshotCommand: Command = {
  name: "snapshot",
  summary: "list the relations active on a date",
  help: `Usage: stancegraph snapshot (--at YYYY-MM-DD | --period ID) [--dataset FILE] [--format csv|json]

Prints the relations active on the date (from <= date < to), one per row.
  --at DATE        a calendar date, e.g. 2024-04-18
  --period ID      a named period of the dataset, e.g. before-2023 or after-2023
  --dataset FILE   a dataset file (default: the embedded Karabakh dataset)
  --format FORMAT  csv (default; RFC 4180 with a header) or json`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      at: { type: "string" },
      period: { type: "string" },
      dataset: { type: "string" },
      format: { type: "string", default: "csv" },
    });
    if (values.help) return io.out(this.help), 0;
    if (values.format !== "csv" && values.format !== "json") throw new UsageError(`unknown --format ${echo(String(values.format))} (use csv or json)`);
    const model = loadModelOrReport(values.dataset, io);
    if (!model) return 1;
    const { date, period } = resolveDateOption(model, values);
    const relations = activeRelationsAt(model, date);
    if (values.format === "csv") io.out(relationsCsv(model, relations).trimEnd());
    else {
      const rows = relations.map((r) => relationRow(model, r));
      io.out(JSON.stringify({ dataset: model.dataset.id, date, period: period ?? null, count: rows.length, relations: rows }, null, 2));
    }
    return 0;
  },
};
