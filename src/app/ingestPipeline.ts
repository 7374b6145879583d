/**
 * Event data in the load worker, fetched only when event files are opened: the options step (the
 * page asks the user), then the TypeScript aggregator (src/io/ingest/ingestTexts.ts: the same rules
 * and the same dataset as `stancegraph ingest`), with progress. Rules that give no relation at all
 * bring the options back with the reason, rather than an empty graph.
 */
import { countLines, ingestEventTexts } from "../io/ingest/ingestTexts.ts";
import { EventFileError } from "../io/ingest/parseEvents.ts";
import { DEFAULT_RULES, type IngestRules } from "../io/ingest/buildDataset.ts";
import { LAYOUTS, type EventFormat } from "../io/ingest/layouts.ts";
import { datasetJsonLines } from "../io/datasetJson.ts";
import { clip } from "../model/echo.ts";
import { formatIssue, validateDataset } from "../model/validate.ts";
import type { Dataset } from "../model/schema.ts";
import type { IngestQuestion } from "./loadProtocol.ts";
import type { OpenedText } from "./readOpenedFile.ts";
import type { StepContext } from "./loadPipeline.ts";

/** Asks for the rules, aggregates, and delivers the dataset (or posts "invalid" naming file and line). */
export async function ingestEvents(name: string, format: EventFormat, texts: OpenedText[], ctx: StepContext): Promise<void> {
  const { post, asker } = ctx;
  const files = texts.map((t) => ({ name: t.name, bytes: t.bytes, lines: countLines(t.text) }));
  const question: IngestQuestion = { kind: "ingest", format, formatTitle: LAYOUTS[format].title, files, defaults: DEFAULT_RULES };
  let rules: IngestRules | undefined;
  let problem: string | undefined;
  for (;;) {
    const reply = await asker.ask({ ...question, ...(rules ? { rules } : {}), ...(problem ? { problem } : {}) });
    if (reply.type !== "ingest") continue;
    rules = reply.rules;
    const events = files.reduce((n, f) => n + f.lines, 0).toLocaleString("en");
    post({ type: "progress", stage: `Aggregating about ${events} events…`, fraction: 0.05, name });
    let dataset: Dataset;
    try {
      const progress = (fraction: number, read: number) => post({ type: "progress", stage: `Aggregating: ${read.toLocaleString("en")} events read…`, fraction: 0.05 + 0.25 * fraction });
      dataset = ingestEventTexts(format, texts, rules, {}, progress).dataset;
    } catch (e) {
      if (!(e instanceof EventFileError)) throw e;
      const issue = { path: e.line === null ? `“${clip(e.file)}”` : `“${clip(e.file)}”, line ${e.line}`, message: e.problem };
      return post({ type: "invalid", name, problems: [formatIssue(issue)], issues: [issue] });
    }
    if (dataset.relations.length === 0) {
      problem = `No pair of actors passed these rules (at least ${rules.minEvents} cooperative or conflictual events a ${rules.window}, margin ${rules.margin}): try a lower minimum or margin, or a longer window.`;
      continue;
    }
    const checked = validateDataset(dataset);
    if (!checked.ok) return post({ type: "invalid", name, problems: checked.errors.map(formatIssue), issues: checked.errors });
    // Kept as the CLI writes it: the same bytes as `stancegraph ingest --out`.
    return ctx.deliver(dataset, checked.warnings.map(formatIssue), new Blob([datasetJsonLines(dataset)], { type: "application/json" }));
  }
}
