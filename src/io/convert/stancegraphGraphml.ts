/**
 * GraphML that Stancegraph wrote (src/io/graphml.ts, recognised by its `g_dataset` key), read back
 * into a dataset to validate like any other.
 *
 * An export carries the dataset's context (everything but actors and relations) as JSON in the
 * graph's `stancegraph_context` data, and each actor's and relation's every field as node and edge
 * data (evidence as JSON), so the dataset comes back whole. As in the GEXF reader, nodes and edges
 * are the truth for actors and relations (an edit in yEd comes through); the per-edge copies of the
 * type's label, sign and direction and of the first evidence are for other tools and not read.
 *
 * A GraphML exported before the context was added gives back what it carries: actors (label, kind,
 * Wikidata ids, ISO code), the relation types its edges use (label, sign, direction; colour from the
 * sign), relations (type, dates, confidence) and the first evidence's text as a citation of a
 * source entry named by its id.
 */
import { DatasetSchema, FORMAT_VERSION } from "../../model/schema.ts";
import type { Actor, ActorKind, Dataset, Relation, RelationType, Source } from "../../model/schema.ts";
import { clip } from "../../model/echo.ts";
import { readWikidata } from "../gexf.ts";
import type { ForeignGraph, ForeignIssue } from "./foreignGraph.ts";

const COLOURS: Record<string, string> = { "1": "#009E73", "-1": "#D55E00", "0": "#999999" };

/** The graph data that holds the dataset's context (attr.name of graphml.ts's `g_context` key). */
export const GRAPHML_CONTEXT = "stancegraph_context";

/** Dataset fields in the format's order (the schema's); the rebuilt dataset follows it. */
const DATASET_KEYS = Object.keys(DatasetSchema.properties);

/** Whether a GraphML graph is one Stancegraph wrote. */
export function isStancegraphGraphml(text: string): boolean {
  return /<key\s[^>]*id="g_dataset"/.test(text);
}

export type StancegraphGraphmlResult = { ok: true; dataset: unknown } | { ok: false; issues: ForeignIssue[] };

/**
 * Rebuilds the dataset, unvalidated (the caller validates it). `id` and `title`, when given,
 * replace the file's (the CLI's --id and --title); `fileName` titles a legacy export without one.
 */
export function datasetFromStancegraphGraphml(graph: ForeignGraph, override: { id?: string; title?: string; fileName: string }): StancegraphGraphmlResult {
  const contextText = graph.graphAttrs?.get(GRAPHML_CONTEXT);
  if (contextText === undefined) return { ok: true, dataset: withOverride(legacyDataset(graph, override.fileName), override) };
  const issues: ForeignIssue[] = [];
  const json = (text: string, where: string, what: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      issues.push({ where, message: `${what} is not valid JSON: ${clip(e instanceof Error ? e.message : String(e))}` });
      return undefined;
    }
  };
  const context = json(contextText, `graph data \`${GRAPHML_CONTEXT}\``, "the dataset context");
  if (context !== undefined && (typeof context !== "object" || context === null || Array.isArray(context))) {
    issues.push({ where: `graph data \`${GRAPHML_CONTEXT}\``, message: "the dataset context must be a JSON object" });
  }
  for (const key of ["actors", "relations"]) {
    if (isRecord(context) && Object.hasOwn(context, key)) {
      issues.push({ where: `graph data \`${GRAPHML_CONTEXT}\``, message: `the dataset context must not hold "${key}": they are the graph's nodes and edges` });
    }
  }
  const actors = graph.nodes.map((n) => {
    const v = (k: string) => n.attrs.get(k);
    const wikidata = v("wikidata");
    const aliases = v("aliases");
    return withoutUndefined({
      id: n.id,
      label: v("label"),
      kind: v("kind"),
      wikidata: wikidata === undefined ? undefined : readWikidata(wikidata, (reason) => void issues.push({ where: `${n.where}, data \`wikidata\``, message: reason })),
      iso3: v("iso3"),
      aliases: aliases === undefined ? undefined : json(aliases, `${n.where}, data \`aliases\``, "the aliases"),
      description: v("description"),
    });
  });
  const relations = graph.edges.map((e) => {
    const v = (k: string) => e.attrs.get(k);
    const evidence = v("evidence");
    if (evidence === undefined) issues.push({ where: e.where, message: "no `evidence` data (Stancegraph's export writes every piece of evidence there)" });
    return withoutUndefined({
      id: e.id,
      source: e.source,
      target: e.target,
      type: v("relation_type"),
      from: v("from"),
      to: v("to"),
      evidence: evidence === undefined ? undefined : json(evidence, `${e.where}, data \`evidence\``, "the evidence"),
      note: v("note"),
      confidence: v("confidence"),
    });
  });
  if (issues.length > 0 || !isRecord(context)) return { ok: false, issues };
  // In the format's order, then any unknown context fields, kept so that validation names them. A
  // Map and Object.fromEntries: a field named "__proto__" is a field like any other.
  const fields = new Map<string, unknown>([...Object.entries(context), ["actors", actors], ["relations", relations]]);
  const known = DATASET_KEYS.filter((key) => fields.has(key)).map((key): [string, unknown] => [key, fields.get(key)]);
  const unknown = [...fields].filter(([key]) => !DATASET_KEYS.includes(key));
  return { ok: true, dataset: withOverride(Object.fromEntries([...known, ...unknown]), override) };
}

function withOverride(dataset: Record<string, unknown>, override: { id?: string; title?: string }): Record<string, unknown> {
  const out = new Map(Object.entries(dataset));
  if (override.id !== undefined) out.set("id", override.id);
  if (override.title !== undefined) out.set("title", override.title);
  return Object.fromEntries(out);
}

/** A GraphML exported without the context: what its graph, nodes and edges carry. */
function legacyDataset(graph: ForeignGraph, fileName: string): Dataset & Record<string, unknown> {
  const actors: Actor[] = graph.nodes.map((n) => {
    const a: Actor = { id: n.id, label: n.attrs.get("label") ?? n.id, kind: (n.attrs.get("kind") ?? "non-state") as ActorKind };
    const wikidata = n.attrs.get("wikidata");
    if (wikidata !== undefined) a.wikidata = wikidata === "" ? [] : wikidata.split(",");
    const iso3 = n.attrs.get("iso3");
    if (iso3 !== undefined) a.iso3 = iso3;
    return a;
  });
  const types = new Map<string, RelationType>();
  const sources = new Map<string, Source>();
  const relations: Relation[] = graph.edges.map((e, i) => {
    const v = (k: string) => e.attrs.get(k);
    const type = v("relation_type") ?? "";
    if (!types.has(type)) {
      const sign = Number(v("sign") ?? "0");
      types.set(type, {
        id: type,
        label: v("type_label") ?? type,
        sign: (sign > 0 ? 1 : sign < 0 ? -1 : 0) as -1 | 0 | 1,
        directed: v("directed") === "true",
        color: COLOURS[String(Math.sign(sign))] ?? "#999999",
      });
    }
    const sourceId = v("source_id") ?? "imported-file";
    if (!sources.has(sourceId)) {
      sources.set(sourceId, { id: sourceId, title: `Source "${sourceId}" (named in the imported GraphML)`, publisher: "Unknown: GraphML carries only the source's id" });
    }
    const r: Relation = {
      id: e.id ?? `e${i + 1}`,
      source: e.source,
      target: e.target,
      type,
      from: v("from") ?? "",
      evidence: [{ source: sourceId, citation: v("quote") ?? `${e.where} of the imported GraphML` }],
    };
    const to = v("to");
    if (to !== undefined) r.to = to;
    const confidence = v("confidence");
    if (confidence !== undefined) r.confidence = confidence as Relation["confidence"];
    return r;
  });
  return {
    format: FORMAT_VERSION,
    id: graph.graphAttrs?.get("dataset") ?? "converted",
    title: graph.graphAttrs?.get("title") ?? fileName,
    actors,
    // A dataset needs a relation type; GraphML carries only those its edges use.
    relationTypes: types.size > 0 ? [...types.values()] : [{ id: "link", label: "link", sign: 0, directed: false, color: "#999999" }],
    relations,
    events: [],
    sources: [...sources.values()],
    periods: [],
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Drops keys whose value is undefined: a missing field must reach validation as missing. */
function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
