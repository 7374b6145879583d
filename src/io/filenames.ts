/**
 * File names that say what a file holds: the dataset, the view and its date.
 *   karabakh_after-2023_2024-04-18.png · karabakh_2024-04-18.svg
 *   karabakh_2023-09-18_vs_2024-04-18.gexf · karabakh_all.gexf · karabakh_all.graphology.json
 *   karabakh_all.gephi.gexf (GEXF styled for Gephi: still ".gexf", so Gephi opens it)
 * Only letters, digits, "_", "-" and "." appear, so a name is safe on every file system and in a
 * download attribute, whatever the (imported, untrusted) dataset id says.
 */
import type { ExportView } from "./exportView.ts";

export const EXPORT_FORMATS = ["png", "svg", "gexf", "gexf-viz", "graphml", "json", "graphology", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<ExportFormat, string> = {
  png: ".png",
  svg: ".svg",
  gexf: ".gexf",
  "gexf-viz": ".gephi.gexf",
  graphml: ".graphml",
  json: ".json",
  graphology: ".graphology.json",
  csv: ".csv",
};

/** MIME types for downloads. */
export const MIME_TYPES: Record<ExportFormat, string> = {
  png: "image/png",
  svg: "image/svg+xml",
  gexf: "application/gexf+xml",
  "gexf-viz": "application/gexf+xml",
  graphml: "application/graphml+xml",
  json: "application/json",
  graphology: "application/json",
  csv: "text/csv",
};

export interface FileNameOptions {
  /** PNG pixel ratio; 2 and 4 add `_2x`, `_4x`. */
  scale?: number;
  /** Adds `_filtered` when the view's filters removed something. */
  filtered?: boolean;
}

/** The file name for an export of `view` of dataset `datasetId` in `format`. */
export function exportFileName(datasetId: string, view: ExportView, format: ExportFormat, options: FileNameOptions = {}): string {
  const parts = [safeSegment(datasetId) || "dataset"];
  if (view.kind === "all") parts.push("all");
  else if (view.kind === "compare") parts.push(`${safeSegment(view.a)}_vs_${safeSegment(view.b)}`);
  else {
    if (view.periodId !== undefined && safeSegment(view.periodId) !== "") parts.push(safeSegment(view.periodId));
    parts.push(safeSegment(view.date));
  }
  if (options.filtered) parts.push("filtered");
  if (options.scale !== undefined && options.scale !== 1 && Number.isInteger(options.scale) && options.scale > 0) {
    parts.push(`${options.scale}x`);
  }
  return parts.join("_") + EXTENSIONS[format];
}

/**
 * One safe piece of a file name: runs of other characters become "-", runs of dots one dot, no leading dots or dashes
 * (no hidden files, nothing that looks like an option), at most 64 characters.
 */
export function safeSegment(s: string): string {
  return s
    .replace(/[^A-Za-z0-9_.-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[.-]+/, "")
    .slice(0, 64)
    .replace(/[.-]+$/, "");
}
