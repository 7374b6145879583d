/**
 * GEXF 1.3 (https://gexf.net): the whole dataset as a dynamic graph that Gephi's timeline plays,
 * or one view as a static snapshot; and the reader that turns our own GEXF back into a dataset.
 *
 * Mapping (docs/formats.md has the full table):
 * - actor → <node id label> with attributes kind, wikidata, iso3, aliases, description;
 * - relation → <edge id source target type kind label> with attributes relation_type, type_label,
 *   sign, from, to, quote, source_id, evidence, note, confidence (and `change` in a compare view);
 *   `type` is "directed" for directed relation types, `kind` is the relation type, so parallel
 *   relations between one pair stay apart;
 * - dynamic mode: the half-open [from, to) becomes GEXF 1.3's inclusive [start, end] with
 *   end = to − 1 day (timeformat="date", whole days); an ongoing relation has no end;
 * - everything that has no place in a graph (title, span, relation types, events, sources, periods)
 *   travels as JSON in a second <meta><description> that starts with {@link CONTEXT_PREFIX}.
 * - styled for Gephi (options.viz, gexfViz.ts): each node also carries viz:color, viz:position and
 *   viz:size, each edge viz:color and viz:thickness, in the namespace {@link GEXF_VIZ_NAMESPACE}.
 *   The official 1.3 schema rejects viz: elements (even in files Gephi writes), so the plain file
 *   has none and validates; the styled one is the variant that opens with our layout and colours.
 * The reader is gexfReader.ts (it reads both: viz: elements are ignored).
 */
import type { Actor, Dataset } from "../model/schema.ts";
import { addDays } from "../model/dates.ts";
import { escapeXmlText, jsonForXml, xmlAttrs } from "./xml.ts";
import { echo } from "../model/echo.ts";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
/** The viz extension's namespace in GEXF 1.3 (colours, positions, sizes). */
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** Marks the <meta><description> that carries the dataset's non-graph parts. */
export const CONTEXT_PREFIX = "stancegraph/1 dataset context: ";

/** Attribute declarations: id (= title) and GEXF type. Ids are what the reader looks up. */
export const NODE_ATTRIBUTES = [
  ["kind", "string"],
  ["wikidata", "string"],
  ["iso3", "string"],
  ["aliases", "string"],
  ["description", "string"],
] as const;

export const EDGE_ATTRIBUTES = [
  ["relation_type", "string"],
  ["type_label", "string"],
  ["sign", "integer"],
  ["from", "string"],
  ["to", "string"],
  ["quote", "string"],
  ["source_id", "string"],
  ["evidence", "string"],
  ["note", "string"],
  ["confidence", "string"],
  ["change", "string"],
] as const;

export interface GexfOptions {
  /** "dynamic": every relation with start/end for Gephi's timeline. "static": a snapshot. */
  mode: "dynamic" | "static";
  /** Which view this is, e.g. "After 2023, 2024-04-18" (see viewCaption); goes into <meta>. */
  caption?: string;
  /** Compare view: "added", "removed" or "kept" per relation id, written as the `change` attribute. */
  changes?: ReadonlyMap<string, string>;
  /** Styled for Gephi: how each node and edge is drawn, written as viz: elements (see gexfViz.ts). */
  viz?: GexfViz;
}

/** A colour as "#rrggbb", with an optional opacity 0 … 1. */
export interface VizColor {
  hex: string;
  alpha?: number;
}

/** How the styled GEXF draws each node and edge; `undefined` leaves an element unstyled. */
export interface GexfViz {
  node(id: string): { color: VizColor; x: number; y: number; size: number } | undefined;
  edge(id: string): { color: VizColor; thickness: number } | undefined;
}

/**
 * Writes a dataset (usually the export scope's, see datasetForScope) as GEXF 1.3. The output is
 * deterministic: the same dataset and options give the same bytes (no timestamps).
 */
export function writeGexf(dataset: Dataset, options: GexfOptions): string {
  const dynamic = options.mode === "dynamic";
  const types = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const { actors: _actors, relations: _relations, ...context } = dataset;
  const edgeAttributes = EDGE_ATTRIBUTES.filter(([id]) => id !== "change" || options.changes !== undefined);
  const human = options.caption ? `${dataset.title} — ${options.caption}` : dataset.title;

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="${GEXF_NAMESPACE}"${options.viz ? ` xmlns:viz="${GEXF_VIZ_NAMESPACE}"` : ""} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    `  <meta>`,
    `    <creator>Stancegraph</creator>`,
    `    <description>${escapeXmlText(human)}</description>`,
    `    <description>${escapeXmlText(CONTEXT_PREFIX + jsonForXml(context))}</description>`,
    `  </meta>`,
    `  <graph${xmlAttrs({ mode: options.mode, timeformat: dynamic ? "date" : undefined, defaultedgetype: "undirected", idtype: "string" })}>`,
    `    <attributes class="node" mode="static">`,
    ...NODE_ATTRIBUTES.map(([id, type]) => `      <attribute${xmlAttrs({ id, title: id, type })}/>`),
    `    </attributes>`,
    `    <attributes class="edge" mode="static">`,
    ...edgeAttributes.map(([id, type]) => `      <attribute${xmlAttrs({ id, title: id, type })}/>`),
    `    </attributes>`,
    `    <nodes count="${dataset.actors.length}">`,
  ];
  for (const actor of dataset.actors) out.push(...nodeLines(actor, options.viz));
  out.push(`    </nodes>`, `    <edges count="${dataset.relations.length}">`);
  for (const r of dataset.relations) {
    const type = types.get(r.type);
    const head = xmlAttrs({
      id: r.id,
      source: r.source,
      target: r.target,
      type: type?.directed ? "directed" : "undirected",
      kind: r.type,
      label: type?.label ?? r.type,
      start: dynamic ? r.from : undefined,
      // Inclusive end: the last day the relation holds.
      end: dynamic && r.to !== undefined ? addDays(r.to, -1) : undefined,
    });
    const ev = r.evidence[0];
    const values: Array<[string, string | number | undefined]> = [
      ["relation_type", r.type],
      ["type_label", type?.label],
      ["sign", type?.sign],
      ["from", r.from],
      ["to", r.to],
      ["quote", ev?.quote ?? ev?.citation],
      ["source_id", ev?.source],
      ["evidence", JSON.stringify(r.evidence)],
      ["note", r.note],
      ["confidence", r.confidence],
      ["change", options.changes?.get(r.id)],
    ];
    const style = options.viz?.edge(r.id);
    const viz = style ? [colorLine(style.color), `        <viz:thickness value="${num(style.thickness)}"/>`] : [];
    out.push(`      <edge${head}>`, ...attvalueLines(values), ...viz, `      </edge>`);
  }
  out.push(`    </edges>`, `  </graph>`, `</gexf>`, ``);
  return out.join("\n");
}

function nodeLines(actor: Actor, vizStyle: GexfViz | undefined): string[] {
  const values: Array<[string, string | undefined]> = [
    ["kind", actor.kind],
    ["wikidata", actor.wikidata === undefined ? undefined : writeWikidata(actor.wikidata)],
    ["iso3", actor.iso3],
    ["aliases", actor.aliases === undefined ? undefined : JSON.stringify(actor.aliases)],
    ["description", actor.description],
  ];
  const style = vizStyle?.node(actor.id);
  const viz = style
    ? [colorLine(style.color), `        <viz:position x="${num(style.x)}" y="${num(style.y)}" z="0"/>`, `        <viz:size value="${num(style.size)}"/>`]
    : [];
  return [`      <node${xmlAttrs({ id: actor.id, label: actor.label })}>`, ...attvalueLines(values), ...viz, `      </node>`];
}

/** `<viz:color r g b [a]/>` from "#rrggbb" (Gephi reads the channels; `hex` is not in every reader). */
function colorLine(color: VizColor): string {
  const n = /^#[0-9a-f]{6}$/i.test(color.hex) ? Number.parseInt(color.hex.slice(1), 16) : 0x888888;
  const a = color.alpha === undefined || color.alpha >= 1 ? "" : ` a="${num(Math.max(0, color.alpha))}"`;
  return `        <viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"${a}/>`;
}

/** A number as XML text: finite, at most 4 decimals, no exponent for ordinary values. */
function num(x: number): string {
  if (!Number.isFinite(x)) return "0";
  return String(Math.round(x * 10000) / 10000);
}

/**
 * Wikidata ids as Gephi shows them best, joined by commas ("Q1,Q2"). A list that the commas would
 * not give back as it was (an id that is empty, holds a comma, starts or ends with a space, or
 * starts with "[") is written as a JSON array instead, so the reader returns exactly what the
 * dataset held and validation judges it as the JSON path does. Valid ids never need that.
 */
export function writeWikidata(ids: readonly string[]): string {
  const plain = ids.every((id) => id !== "" && !id.includes(",") && id.trim() === id && !id.startsWith("["));
  return plain ? ids.join(",") : JSON.stringify(ids);
}

/** Reads what {@link writeWikidata} wrote (spaces around commas, as a hand edit may leave them, are allowed). */
export function readWikidata(text: string, fail: (reason: string) => undefined): unknown {
  if (!text.startsWith("[")) return text === "" ? [] : text.split(",").map((s) => s.trim());
  try {
    return JSON.parse(text);
  } catch {
    return fail(`${echo(text)} is neither a comma-separated list of Wikidata ids nor a JSON array`);
  }
}

function attvalueLines(values: Array<[string, string | number | undefined]>): string[] {
  const present = values.filter(([, v]) => v !== undefined);
  if (present.length === 0) return [];
  return [
    `        <attvalues>`,
    ...present.map(([id, value]) => `          <attvalue${xmlAttrs({ for: id, value })}/>`),
    `        </attvalues>`,
  ];
}
