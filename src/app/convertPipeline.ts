/**
 * Another tool's graph in the load worker, fetched only when such a file is opened: the mapping
 * step (the page shows the dialog; every change asks for a preview, answered here from the session
 * kept while the dialog is open), then the conversion (src/io/convert/mappingSession.ts: what
 * `stancegraph convert` gives for the same mapping). A GraphML that Stancegraph exported needs no
 * mapping and is converted back at once.
 */
import { convertGraphFile } from "../io/convert/convertFile.ts";
import { openMappingSession } from "../io/convert/mappingSession.ts";
import { pickSheets } from "../io/convert/workbookSheets.ts";
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
  let { session } = opened;
  let notes = texts[0]!.notes ?? [];
  // A workbook with several tables: the dialog offers them, the one read first chosen.
  const book = texts[0]!.workbook;
  const visible = book ? book.tables.filter((t) => !t.hidden).map((t) => t.sheet) : [];
  const sheetNames = visible.length > 1 ? visible : null;
  let chosen = book?.tables.find((t) => t.name === texts[0]!.name)?.sheet ?? "";
  const ask = () => asker.ask({ kind: "mapping", setup: session.setup, preview: session.preview(session.setup.choice), ...(sheetNames ? { sheets: { names: sheetNames, chosen } } : {}) });
  let reply = await ask();
  while (reply.type !== "convert") {
    if (reply.type === "preview") post({ type: "preview", seq: reply.seq, preview: session.preview(reply.choice) });
    if (reply.type === "sheet" && book) {
      // Another sheet as the edge list: a new session over it (and the actors sheet), asked again.
      const pick = pickSheets(book, reply.sheet);
      if (!pick.ok) return invalid([pick.message]);
      const next = openMappingSession(pick.sheets);
      if (!next.ok) return invalid(next.problems);
      session = next.session;
      notes = pick.notes;
      chosen = reply.sheet;
      reply = await ask();
      continue;
    }
    reply = await asker.answer();
  }
  post({ type: "progress", stage: `Converting ${name}…`, fraction: 0.2, name });
  const r = session.convert(reply.choice);
  if (!r.ok) return invalid(r.problems);
  ctx.deliver(r.dataset, [...notes, ...r.warnings], keep(r.dataset));
}
