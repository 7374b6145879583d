/**
 * Which door an opened file goes through, told from its content (the name only breaks ties):
 * - `dataset`: dataset JSON, or a GEXF that Stancegraph exported (read whole by the importer);
 * - `events`: event data in a layout `stancegraph ingest` reads (GDELT 2.0, ICEWS, PLOVER);
 * - `graph`: another tool's graph (GEXF, GraphML, CSV edge list), through the mapping step;
 * - `stancegraph-graphml`: a GraphML that Stancegraph exported, converted back with no mapping;
 * - `unknown`: none of these, with a message that says what was expected.
 * Pure: the load worker asks it about each file it has decoded.
 */
import { CONTEXT_PREFIX } from "../gexf.ts";
import type { EventFormat } from "../ingest/layouts.ts";
import { sniffEventFile } from "../ingest/sniffEvents.ts";
import { detectGraphFormat } from "./graphFormat.ts";
import { isStancegraphGraphml } from "./stancegraphGraphml.ts";

export type FileKind =
  | { kind: "dataset" }
  | { kind: "events"; format: EventFormat }
  | { kind: "graph" }
  | { kind: "stancegraph-graphml" }
  | { kind: "unknown"; message: string };

/** What the app can open, for messages. */
export const OPENABLE = "dataset JSON, GEXF, GraphML, a CSV edge list, an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods), or event data (GDELT 2.0 export, ICEWS, PLOVER JSON)";

/** The kind of one opened file's text (already decompressed and decoded). */
export function fileKind(text: string, name: string): FileKind {
  const events = sniffEventFile(text);
  if (events !== null) return "format" in events ? { kind: "events", format: events.format } : { kind: "unknown", message: events.problem };
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return { kind: "dataset" };
  const graph = detectGraphFormat(text, name);
  if (head.startsWith("<")) {
    if (graph === "graphml") return isStancegraphGraphml(text) ? { kind: "stancegraph-graphml" } : { kind: "graph" };
    if (graph === "gexf") return text.includes(CONTEXT_PREFIX) ? { kind: "dataset" } : { kind: "graph" };
    return { kind: "unknown", message: `an XML file, but neither GEXF nor GraphML (expected ${OPENABLE})` };
  }
  if (graph === "csv") return { kind: "graph" };
  // The name may still say JSON or GEXF: the importer then says what is wrong with the content.
  if (/\.(json|gexf)$/i.test(name)) return { kind: "dataset" };
  return { kind: "unknown", message: `not a file Stancegraph opens (expected ${OPENABLE})` };
}
