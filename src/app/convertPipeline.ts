/**
 * Another tool's graph in the load worker, fetched only when such a file is opened: the mapping
 * step (the page shows the dialog; every change asks for a preview, answered here from the session
 * kept while the dialog is open), then the conversion (src/io/convert/mappingSession.ts: what
 * `stancegraph convert` gives for the same mapping). A GraphML that Stancegraph exported needs no
 * mapping and is converted back at once.
 */
import { convertGraphFile } from "../io/convert/convertFile.ts";
import { openMappingSession } from "../io/convert/mappingSession.ts";
import { datasetJsonLines } from "../io/datasetJson.ts";
import type { ValidationIssue } from "../model/validate.ts";
import type { OpenedText } from "./readOpenedFile.ts";
import type { StepContext } from "./loadPipeline.ts";

/** Maps (when `needsMapping`) and converts, then delivers the dataset or posts every problem. */
export async function convertGraphTexts(name: string, texts: OpenedText[], needsMapping: boolean, ctx: StepContext): Promise<void> {
  const { post, asker } = ctx;
  const invalid = (problems: string[]) => {
    const issues: ValidationIssue[] = problems.map((message) => ({ path: "(file)", message }));
    post({ type: "invalid", name, problems: issues.map((i) => `${i.path}: ${i.message}`), issues });
  };
  // Kept as `stancegraph convert --out` writes it.
  const keep = (d: Parameters<typeof datasetJsonLines>[0]) => new Blob([datasetJsonLines(d)], { type: "application/json" });
  if (!needsMapping) {
    const r = convertGraphFile({ text: texts[0]!.text, fileName: texts[0]!.name });
    if (!r.ok) return invalid(r.problems);
    return ctx.deliver(r.dataset, r.warnings, keep(r.dataset));
  }
  post({ type: "progress", stage: `Reading the graph in ${name}…`, fraction: 0.1, name });
  const opened = openMappingSession(texts);
  if (!opened.ok) return invalid(opened.problems);
  const { session } = opened;
  let reply = await asker.ask({ kind: "mapping", setup: session.setup, preview: session.preview(session.setup.choice) });
  while (reply.type !== "convert") {
    if (reply.type === "preview") post({ type: "preview", seq: reply.seq, preview: session.preview(reply.choice) });
    reply = await asker.answer();
  }
  post({ type: "progress", stage: `Converting ${name}…`, fraction: 0.2, name });
  const r = session.convert(reply.choice);
  if (!r.ok) return invalid(r.problems);
  ctx.deliver(r.dataset, r.warnings, keep(r.dataset));
}
