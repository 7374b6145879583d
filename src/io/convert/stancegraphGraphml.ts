/**
 * GraphML that Stancegraph wrote (src/io/graphml.ts, recognised by its `g_dataset` key), read back
 * with everything it carries: actors (label, kind, Wikidata ids, ISO code), relation types (label,
 * sign, direction), relations (type, dates, confidence) and the first evidence's text and source
 * id. GraphML has no room for the rest (sources' titles, events, periods, every piece of
 * evidence), so the evidence comes back as a citation of a source entry named by its id.
 */
import type { Actor, ActorKind, Dataset, Relation, RelationType, Source } from "../../model/schema.ts";
import { FORMAT_VERSION } from "../../model/schema.ts";
import type { ForeignGraph } from "./foreignGraph.ts";

const COLOURS: Record<string, string> = { "1": "#009E73", "-1": "#D55E00", "0": "#999999" };

/** Whether a GraphML graph is one Stancegraph wrote. */
export function isStancegraphGraphml(text: string): boolean {
  return /<key\s[^>]*id="g_dataset"/.test(text);
}

/** Rebuilds the dataset (to validate like any other). `datasetId` and `title` come from the graph's data. */
export function datasetFromStancegraphGraphml(graph: ForeignGraph, meta: { id: string; title: string }): Dataset {
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
    id: meta.id,
    title: meta.title,
    actors,
    // A dataset needs a relation type; GraphML carries only those its edges use.
    relationTypes: types.size > 0 ? [...types.values()] : [{ id: "link", label: "link", sign: 0, directed: false, color: "#999999" }],
    relations,
    events: [],
    sources: [...sources.values()],
    periods: [],
  };
}
