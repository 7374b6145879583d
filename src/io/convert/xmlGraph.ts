/**
 * Reading GEXF 1.2/1.3 and GraphML written by other tools into a ForeignGraph. XML is parsed with
 * fast-xml-parser as the GEXF reader does it (no DOCTYPE or entities, entities decoded by us);
 * attributes are read by their declared titles/names.
 *
 * GEXF time: edge `start`/`end` attributes or `<spells>`; GEXF bounds are inclusive (1.3; in 1.2,
 * unless `startopen`/`endopen` say otherwise), so the last day held is `end` and the half-open
 * `to` is `end + 1 day` (docs/formats.md). With timeformat="dateTime" the date part is taken.
 */
import { XMLValidator } from "fast-xml-parser";
import { createXmlParser } from "../xmlParser.ts";
import { addDays, isIsoDate } from "../../model/dates.ts";
import { decodeXml } from "../xml.ts";
import { echo } from "../../model/echo.ts";
import type { ForeignEdge, ForeignGraph, ForeignInterval, ForeignIssue, ForeignNode, ForeignResult } from "./foreignGraph.ts";

type El = Record<string, unknown>;

const ARRAY_TAGS = new Set(["attributes", "attribute", "node", "edge", "attvalues", "attvalue", "nodes", "edges", "graph", "key", "data", "spells", "spell"]);

function parseXml(text: string, issues: ForeignIssue[]): El | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return void issues.push({ where: "(file)", message: "DOCTYPE and entity declarations are not accepted" });
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return void issues.push({ where: `line ${line}, column ${col}`, message: `not well-formed XML: ${msg}` });
  }
  const parser = createXmlParser(ARRAY_TAGS);
  try {
    return parser.parse(text) as El;
  } catch (e) {
    return void issues.push({ where: "(file)", message: `not well-formed XML: ${e instanceof Error ? e.message : String(e)}` });
  }
}

const isEl = (x: unknown): x is El => typeof x === "object" && x !== null && !Array.isArray(x);
const listOf = (x: unknown): El[] => (x === undefined ? [] : (Array.isArray(x) ? x : [x]).map((i) => (i === "" ? {} : i)).filter(isEl));
const first = (x: unknown): El | undefined => listOf(x)[0];

class Reader {
  constructor(readonly issues: ForeignIssue[]) {}
  attr(el: El, name: string, where: string): string | undefined {
    const raw = el[`@_${name}`];
    if (typeof raw !== "string") return undefined;
    const d = decodeXml(raw, true);
    if (d.ok) return d.value;
    this.issues.push({ where, message: `attribute \`${name}\`: ${d.reason}` });
    return undefined;
  }
  /** Text content of an element (the text of nested elements too, e.g. yEd's label inside <data>). */
  text(value: unknown, where: string): string {
    if (typeof value === "string") {
      const d = decodeXml(value, false);
      if (!d.ok) this.issues.push({ where, message: d.reason });
      return d.ok ? d.value : "";
    }
    if (Array.isArray(value)) return value.map((v) => this.text(v, where)).join("");
    if (isEl(value)) {
      return Object.entries(value)
        .filter(([k]) => !k.startsWith("@_"))
        .map(([, v]) => this.text(v, where))
        .join("");
    }
    return "";
  }
}

/** A GEXF time value as a day: YYYY-MM-DD, or the date part of a dateTime. */
function gexfDay(value: string): string | null {
  const day = value.slice(0, 10);
  return isIsoDate(day) && (value.length === 10 || value[10] === "T") ? day : null;
}

/** Reads any GEXF 1.2 or 1.3 file (static or dynamic). */
export function readForeignGexf(text: string): ForeignResult {
  const issues: ForeignIssue[] = [];
  const doc = parseXml(text, issues);
  if (!doc) return { ok: false, issues };
  const gexf = first(doc.gexf);
  const graph = gexf && first(gexf.graph);
  if (!graph) return { ok: false, issues: [{ where: "(file)", message: "not a GEXF file: no <gexf><graph>" }] };
  const r = new Reader(issues);
  const timeformat = r.attr(graph, "timeformat", "graph") ?? "date";
  const defaultDirected = (r.attr(graph, "defaultedgetype", "graph") ?? "undirected") === "directed";
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const declared = { node: [] as string[], edge: [] as string[] };
  for (const block of listOf(graph.attributes)) {
    const cls = r.attr(block, "class", "graph.attributes");
    if (cls !== "node" && cls !== "edge") continue;
    for (const a of listOf(block.attribute)) {
      const id = r.attr(a, "id", "graph.attributes");
      if (id === undefined) continue;
      const title = r.attr(a, "title", "graph.attributes") ?? id;
      titles[cls].set(id, title);
      declared[cls].push(title);
    }
  }
  const values = (el: El, cls: "node" | "edge", where: string) => {
    const out = new Map<string, string>();
    for (const v of listOf(first(el.attvalues)?.attvalue)) {
      const key = r.attr(v, "for", where) ?? r.attr(v, "id", where);
      const value = r.attr(v, "value", where);
      if (key !== undefined && value !== undefined) out.set(titles[cls].get(key) ?? key, value);
    }
    return out;
  };
  const interval = (el: El, where: string): ForeignInterval | null => {
    const start = r.attr(el, "start", where) ?? r.attr(el, "startopen", where);
    const end = r.attr(el, "end", where) ?? r.attr(el, "endopen", where);
    if (start === undefined && end === undefined) return null;
    if (timeformat !== "date" && timeformat !== "dateTime" && timeformat !== "datetime") {
      issues.push({ where, message: `times are given as "${timeformat}"; Stancegraph needs dates (timeformat="date")` });
      return null;
    }
    const out: ForeignInterval = {};
    for (const [name, value] of [["start", start], ["end", end]] as const) {
      if (value === undefined) continue;
      const day = gexfDay(value);
      if (day === null) {
        issues.push({ where, message: `attribute \`${name}\`: ${echo(value)} is not a date` });
        return null;
      }
      const open = el[`@_${name}open`] !== undefined;
      // Inclusive bounds become half-open: the day after the last day held (an open start is the day after).
      if (name === "start") out.from = open ? addDays(day, 1) : day;
      else out.to = open ? day : addDays(day, 1);
    }
    return out;
  };

  const nodes: ForeignNode[] = listOf(first(graph.nodes)?.node).map((n, i) => {
    const where = `node ${i + 1}`;
    const label = r.attr(n, "label", where);
    return { id: r.attr(n, "id", where) ?? "", ...(label !== undefined ? { label } : {}), attrs: values(n, "node", where), where };
  });
  const edges: ForeignEdge[] = listOf(first(graph.edges)?.edge).map((e, i) => {
    const id = r.attr(e, "id", `edge ${i + 1}`);
    const where = `edge ${i + 1}${id === undefined ? "" : ` (id ${echo(id, 40)})`}`;
    const attrs = values(e, "edge", where);
    for (const name of ["label", "kind", "weight"]) {
      const v = r.attr(e, name, where);
      if (v !== undefined && !attrs.has(name)) attrs.set(name, v);
    }
    const spells = listOf(first(e.spells)?.spell)
      .map((s) => interval(s, where))
      .filter((x): x is ForeignInterval => x !== null);
    const own = interval(e, where);
    const type = r.attr(e, "type", where);
    return {
      ...(id !== undefined ? { id } : {}),
      source: r.attr(e, "source", where) ?? "",
      target: r.attr(e, "target", where) ?? "",
      directed: type === undefined ? defaultDirected : type === "directed",
      attrs,
      intervals: spells.length > 0 ? spells : own ? [own] : [],
      where,
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  const edgeAttributes = [...declared.edge, ...["label", "kind", "weight"].filter((n) => !declared.edge.includes(n) && edges.some((e) => e.attrs.has(n)))];
  const graphOut: ForeignGraph = { format: "gexf", nodes, edges, nodeAttributes: declared.node, edgeAttributes };
  return { ok: true, graph: graphOut };
}

/** Reads GraphML (networkx, yEd, Cytoscape): <key> names, <data> values, yEd node labels. */
export function readForeignGraphml(text: string): ForeignResult {
  const issues: ForeignIssue[] = [];
  const doc = parseXml(text, issues);
  if (!doc) return { ok: false, issues };
  const root = first(doc.graphml);
  const graph = root && first(root.graph);
  if (!root || !graph) return { ok: false, issues: [{ where: "(file)", message: "not a GraphML file: no <graphml><graph>" }] };
  const r = new Reader(issues);
  const keys = new Map<string, { name: string; domain: string; yfiles: string | undefined }>();
  const declared = { node: [] as string[], edge: [] as string[] };
  for (const k of listOf(root.key)) {
    const id = r.attr(k, "id", "key");
    if (id === undefined) continue;
    const yfiles = r.attr(k, "yfiles.type", "key");
    const name = r.attr(k, "attr.name", "key") ?? (yfiles === "nodegraphics" ? "label" : id);
    const domain = r.attr(k, "for", "key") ?? "all";
    keys.set(id, { name, domain, yfiles });
    if ((domain === "node" || domain === "all") && !declared.node.includes(name)) declared.node.push(name);
    if ((domain === "edge" || domain === "all") && yfiles === undefined && !declared.edge.includes(name)) declared.edge.push(name);
  }
  const data = (el: El, where: string) => {
    const out = new Map<string, string>();
    for (const d of listOf(el.data)) {
      const key = r.attr(d, "key", where);
      if (key === undefined) continue;
      const k = keys.get(key);
      if (k?.yfiles === "edgegraphics") continue;
      // yEd keeps a node's label inside its graphics: the text of <y:NodeLabel>.
      const value = k?.yfiles === "nodegraphics" ? nodeLabelText(d, r, where) : r.text(d["#text"] ?? "", where);
      if (value !== undefined) out.set(k?.name ?? key, value);
    }
    return out;
  };
  const directedDefault = r.attr(graph, "edgedefault", "graph") === "directed";
  const nodes: ForeignNode[] = listOf(graph.node).map((n, i) => {
    const where = `node ${i + 1}`;
    const attrs = data(n, where);
    return { id: r.attr(n, "id", where) ?? "", attrs, where };
  });
  const edges: ForeignEdge[] = listOf(graph.edge).map((e, i) => {
    const id = r.attr(e, "id", `edge ${i + 1}`);
    const where = `edge ${i + 1}${id === undefined ? "" : ` (id ${echo(id, 40)})`}`;
    const flag = r.attr(e, "directed", where);
    return {
      ...(id !== undefined ? { id } : {}),
      source: r.attr(e, "source", where) ?? "",
      target: r.attr(e, "target", where) ?? "",
      directed: flag === undefined ? directedDefault : flag === "true",
      attrs: data(e, where),
      intervals: [],
      where,
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, graph: { format: "graphml", nodes, edges, nodeAttributes: declared.node, edgeAttributes: declared.edge, graphAttrs: data(graph, "graph") } };
}

function nodeLabelText(d: El, r: Reader, where: string): string | undefined {
  const stack: unknown[] = [d];
  while (stack.length > 0) {
    const x = stack.pop();
    if (Array.isArray(x)) stack.push(...x);
    else if (isEl(x)) {
      if ("NodeLabel" in x) return r.text(x.NodeLabel, where).trim();
      for (const [k, v] of Object.entries(x)) if (!k.startsWith("@_")) stack.push(v);
    }
  }
  return undefined;
}
