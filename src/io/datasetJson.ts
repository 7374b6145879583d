/**
 * JSON exports: the dataset format itself (what `stancegraph validate` and the app's import read
 * back, losslessly) in two layouts — indented for people, one item per line for large generated
 * files — and graphology's serialized graph for developers.
 */
import type { SerializedGraph } from "graphology-types";
import { DatasetSchema, type Dataset } from "../model/schema.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ExportScope } from "./exportView.ts";

/**
 * `$schema` of an exported file that had none. Relative, like the embedded dataset's: the schema
 * is graph-data/schema.json, and editors find it when the file sits next to a copy of it.
 */
export const DEFAULT_SCHEMA_REF = "./schema.json";

/**
 * The dataset restricted to a scope: only the scope's actors and relations, and only the events
 * whose actors are all still there, so the result is a valid dataset. Relation types, sources and
 * periods stay whole (they are definitions, and a relation's evidence may cite any source).
 * An unrestricted scope returns the dataset itself.
 */
export function datasetForScope(dataset: Dataset, scope: Pick<ExportScope, "actors" | "relations">): Dataset {
  if (scope.actors.length === dataset.actors.length && scope.relations.length === dataset.relations.length) return dataset;
  const actorIds = new Set(scope.actors.map((a) => a.id));
  return {
    ...dataset,
    actors: [...scope.actors],
    relations: [...scope.relations],
    events: dataset.events.filter((e) => e.actors.every((id) => actorIds.has(id))),
  };
}

/**
 * The dataset as pretty-printed canonical JSON (two spaces, final newline; see
 * {@link canonicalDatasetJson}) with `$schema` first: the dataset's own reference if it has one,
 * otherwise `schemaRef` (default {@link DEFAULT_SCHEMA_REF}). Importing the text gives back an
 * equal dataset.
 */
export function datasetJson(dataset: Dataset, options: { schemaRef?: string } = {}): string {
  const { $schema, ...rest } = dataset;
  return canonicalDatasetJson({ $schema: $schema ?? options.schemaRef ?? DEFAULT_SCHEMA_REF, ...rest } as Dataset);
}

/** What the canonical order needs of a (TypeBox) schema: its properties in order, its items. */
interface SchemaShape {
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

/**
 * The one serialization of a dataset (issue #13): every object's keys in the order the format
 * lists them (src/model/schema.ts; keys the format does not know last, sorted), arrays as given,
 * absent and undefined fields left out, a final newline. Two datasets with the same content give
 * the same bytes however their objects were built (an edit that sets `to` on a relation appends
 * the key; undo must still give back the file byte for byte). Used for downloads, the workspace
 * kept in IndexedDB and the byte-for-byte tests. `indent` 0 writes it on one line.
 */
export function canonicalDatasetJson(dataset: Dataset, options: { indent?: number } = {}): string {
  const ordered = ordered_(DatasetSchema as SchemaShape, dataset);
  return `${JSON.stringify(ordered, null, options.indent ?? 2)}\n`;
}

function ordered_(schema: SchemaShape | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return schema?.items ? value.map((v) => ordered_(schema.items, v)) : value;
  if (typeof value !== "object" || value === null) return value;
  const source = value as Record<string, unknown>;
  const props = schema?.properties;
  // No prototype: a key such as "__proto__" in an unvalidated file stays a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  const known = props ? Object.keys(props) : [];
  for (const key of known) if (source[key] !== undefined) out[key] = ordered_(props![key], source[key]);
  const rest = Object.keys(source).filter((k) => !(props && Object.hasOwn(props, k)) && source[k] !== undefined);
  for (const key of rest.sort()) out[key] = ordered_(undefined, source[key]);
  return out;
}

/**
 * The dataset as JSON with one array item per line: compact enough for large files (the generator's
 * 500k relations), yet readable with `head` and diffable. The dataset is written as it is (no
 * `$schema` added), and equal datasets give equal bytes.
 */
export function datasetJsonLines(dataset: Dataset): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length > 0) {
      parts.push(`${JSON.stringify(key)}:[\n${value.map((item) => JSON.stringify(item)).join(",\n")}\n]`);
    } else {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
  }
  return `{\n${parts.join(",\n")}\n}\n`;
}

/**
 * graphology's serialized graph (`graph.export()`, readable with `Graph.from(json)`) of the scope:
 * nodes with label, kind, layout position and size; edges with relation type, sign, from, to and
 * `index` (the relation's position in the full dataset). Graph attributes name the dataset and view.
 */
export function graphologyJson(model: StanceModel, scope: ExportScope, caption: string): string {
  const full = model.graph.export();
  const actorIds = new Set(scope.actors.map((a) => a.id));
  const relationIds = new Set(scope.relations.map((r) => r.id));
  const serialized: SerializedGraph = {
    options: full.options,
    attributes: { dataset: model.dataset.id, title: model.dataset.title, view: scope.view, caption },
    nodes: full.nodes.filter((n) => actorIds.has(n.key)),
    edges: full.edges
      .filter((e) => e.key !== undefined && relationIds.has(e.key))
      .map((e) => {
        // The parallel-edge indices only tell the renderer how to curve an edge: not data.
        const { parallelIndex: _index, parallelMaxIndex: _max, ...attributes } = (e.attributes ?? {}) as Record<string, unknown>;
        return { ...e, attributes: scope.status ? { ...attributes, change: scope.status.get(e.key!) } : attributes };
      }),
  };
  return `${JSON.stringify(serialized, null, 2)}\n`;
}
