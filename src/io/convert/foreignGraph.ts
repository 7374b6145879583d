/**
 * A graph as another tool wrote it (Gephi's GEXF, networkx's or yEd's GraphML, a spreadsheet's
 * CSV), before any mapping: nodes and edges with their attributes as text, and where in the file
 * each came from, so every later problem can name its place ("edge 12", "row 12").
 */

export interface ForeignNode {
  id: string;
  /** The node's own label, when the format has one (GEXF `label`, yEd's NodeLabel). */
  label?: string;
  attrs: Map<string, string>;
  where: string;
}

/** A validity interval read from the file, already half-open: `to` is the first day it no longer holds. */
export interface ForeignInterval {
  from?: string;
  to?: string;
}

export interface ForeignEdge {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  attrs: Map<string, string>;
  /** Intervals from GEXF `start`/`end` or spells; empty when the file has none. */
  intervals: ForeignInterval[];
  where: string;
}

export interface ForeignIssue {
  where: string;
  message: string;
}

export interface ForeignGraph {
  format: "gexf" | "graphml" | "csv";
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** Attribute names, in the order the file declares them. */
  nodeAttributes: string[];
  edgeAttributes: string[];
  /** Graph-level data (GraphML `<data>` of the `<graph>`), by name. */
  graphAttrs?: Map<string, string>;
}

export type ForeignResult = { ok: true; graph: ForeignGraph } | { ok: false; issues: ForeignIssue[] };
