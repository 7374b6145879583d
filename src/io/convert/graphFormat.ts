/**
 * Which graph format a file is (GEXF, GraphML or a CSV edge list), told from its start: apart from
 * the readers so the app's load pipeline can tell a file's kind without loading them.
 */
export type GraphFormat = "gexf" | "graphml" | "csv";

/** GEXF, GraphML or CSV, by the content first, then the name. */
export function detectGraphFormat(text: string, fileName: string): GraphFormat | null {
  const head = text.replace(/^\uFEFF/, "").trimStart().slice(0, 2000);
  if (head.startsWith("<")) return /<graphml[\s>]/.test(head) ? "graphml" : /<gexf[\s>]/.test(head) ? "gexf" : null;
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "csv" || ext === "tsv" || head.includes(",") ? "csv" : null;
}
