/**
 * GraphML (http://graphml.graphdrawing.org) for networkx, yEd and Cytoscape: actors as nodes,
 * relations as edges with typed <key>s; dates are string attributes (`from` inclusive, `to`
 * exclusive and absent while ongoing), parallel relations are separate edges with their own ids.
 *
 * Direction: the graph is `edgedefault="undirected"`, and whether a relation is directed is the
 * boolean `directed` attribute rather than the XML `directed="true"` flag on the edge: networkx
 * (2.8, Debian's) refuses `directed="true"` inside an undirected graph ("directed=true edge found
 * in undirected graph"), and a mixed graph cannot be declared any other way in GraphML.
 * Lossless for Stancegraph itself: what has no place on a node or an edge (relation types with
 * their colours, sources, events, periods, the span…) travels as JSON in the graph's
 * `stancegraph_context` data, as GEXF carries it in <meta>; actors' aliases and descriptions and
 * relations' notes and every piece of evidence (JSON) are node and edge data. The reader is
 * convert/stancegraphGraphml.ts. The key table is in docs/formats.md.
 */
import type { Dataset } from "../model/schema.ts";
import { escapeXmlText, jsonForXml, xmlAttrs } from "./xml.ts";
import { writeWikidata } from "./gexf.ts";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

type KeyType = "string" | "int" | "boolean";

/** [key id, for, attr.name, attr.type]. Ids are prefixed by what they describe, names are plain. */
export const GRAPHML_KEYS: ReadonlyArray<readonly [string, "graph" | "node" | "edge", string, KeyType]> = [
  ["g_dataset", "graph", "dataset", "string"],
  ["g_title", "graph", "title", "string"],
  ["g_view", "graph", "view", "string"],
  ["g_context", "graph", "stancegraph_context", "string"],
  ["n_label", "node", "label", "string"],
  ["n_kind", "node", "kind", "string"],
  ["n_wikidata", "node", "wikidata", "string"],
  ["n_iso3", "node", "iso3", "string"],
  ["n_aliases", "node", "aliases", "string"],
  ["n_description", "node", "description", "string"],
  ["e_relation_type", "edge", "relation_type", "string"],
  ["e_type_label", "edge", "type_label", "string"],
  ["e_sign", "edge", "sign", "int"],
  ["e_directed", "edge", "directed", "boolean"],
  ["e_from", "edge", "from", "string"],
  ["e_to", "edge", "to", "string"],
  ["e_quote", "edge", "quote", "string"],
  ["e_source_id", "edge", "source_id", "string"],
  ["e_evidence", "edge", "evidence", "string"],
  ["e_note", "edge", "note", "string"],
  ["e_confidence", "edge", "confidence", "string"],
  ["e_change", "edge", "change", "string"],
];

export interface GraphmlOptions {
  /** Which view this is, e.g. "After 2023, 2024-04-18" (see viewCaption): the graph's `view`. */
  caption?: string;
  /** Compare view: "added", "removed" or "kept" per relation id, as the `change` attribute. */
  changes?: ReadonlyMap<string, string>;
}

/** Writes the dataset's actors and relations (usually an export scope's) as GraphML. */
export function writeGraphml(dataset: Dataset, options: GraphmlOptions = {}): string {
  const types = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const { actors: _actors, relations: _relations, ...context } = dataset;
  const keys = GRAPHML_KEYS.filter(([id]) => id !== "e_change" || options.changes !== undefined);
  const data = (key: string, value: string | number | boolean | undefined, indent: string) =>
    value === undefined ? [] : [`${indent}<data key="${key}">${escapeXmlText(String(value))}</data>`];

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...keys.map(([id, domain, name, type]) => `  <key${xmlAttrs({ id, for: domain, "attr.name": name, "attr.type": type })}/>`),
    `  <graph${xmlAttrs({ id: dataset.id, edgedefault: "undirected" })}>`,
    ...data("g_dataset", dataset.id, "    "),
    ...data("g_title", dataset.title, "    "),
    ...data("g_view", options.caption, "    "),
    ...data("g_context", jsonForXml(context), "    "),
  ];
  for (const a of dataset.actors) {
    out.push(
      `    <node${xmlAttrs({ id: a.id })}>`,
      ...data("n_label", a.label, "      "),
      ...data("n_kind", a.kind, "      "),
      ...data("n_wikidata", a.wikidata === undefined ? undefined : writeWikidata(a.wikidata), "      "),
      ...data("n_iso3", a.iso3, "      "),
      ...data("n_aliases", a.aliases === undefined ? undefined : JSON.stringify(a.aliases), "      "),
      ...data("n_description", a.description, "      "),
      `    </node>`,
    );
  }
  for (const r of dataset.relations) {
    const type = types.get(r.type);
    const ev = r.evidence[0];
    out.push(
      `    <edge${xmlAttrs({ id: r.id, source: r.source, target: r.target })}>`,
      ...data("e_relation_type", r.type, "      "),
      ...data("e_type_label", type?.label, "      "),
      ...data("e_sign", type?.sign, "      "),
      ...data("e_directed", type?.directed, "      "),
      ...data("e_from", r.from, "      "),
      ...data("e_to", r.to, "      "),
      ...data("e_quote", ev?.quote ?? ev?.citation, "      "),
      ...data("e_source_id", ev?.source, "      "),
      ...data("e_evidence", JSON.stringify(r.evidence), "      "),
      ...data("e_note", r.note, "      "),
      ...data("e_confidence", r.confidence, "      "),
      ...data("e_change", options.changes?.get(r.id), "      "),
      `    </edge>`,
    );
  }
  out.push(`  </graph>`, `</graphml>`, ``);
  return out.join("\n");
}
