/**
 * The dataset as JSON-LD, from the same triples as the Turtle (rdf.ts): one node object per
 * subject in an `@graph`, IRIs and typed literals written out in full form, and an inline `@context`
 * with the prefixes only, so any JSON-LD processor reads it without fetching anything. Node only.
 */
import type { Quad } from "n3";
import type { Dataset } from "../model/schema.ts";
import { RDF_PREFIXES, datasetQuads, type RdfOptions } from "./rdf.ts";

const RDF_TYPE = `${RDF_PREFIXES.rdf}type`;
const XSD_STRING = `${RDF_PREFIXES.xsd}string`;

/** A full IRI as `prefix:local` when a prefix covers it and the local part is plain. */
function compact(iri: string): string {
  for (const [prefix, ns] of Object.entries(RDF_PREFIXES)) {
    if (iri.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

function objectValue(q: Quad): unknown {
  const o = q.object;
  if (o.termType === "NamedNode") return { "@id": o.value };
  if (o.termType !== "Literal") throw new Error(`unexpected ${o.termType} in the dataset's triples`);
  if (o.language) return { "@value": o.value, "@language": o.language };
  if (o.datatype.value === XSD_STRING) return o.value;
  return { "@value": o.value, "@type": compact(o.datatype.value) };
}

/** The dataset as a JSON-LD document (pretty-printed). */
export function writeJsonLd(dataset: Dataset, options: RdfOptions = {}): string {
  const nodes = new Map<string, Map<string, unknown[]>>();
  for (const q of datasetQuads(dataset, options)) {
    let node = nodes.get(q.subject.value);
    if (!node) nodes.set(q.subject.value, (node = new Map()));
    const key = q.predicate.value === RDF_TYPE ? "@type" : compact(q.predicate.value);
    const value = key === "@type" ? compact(q.object.value) : objectValue(q);
    node.set(key, [...(node.get(key) ?? []), value]);
  }
  const graph = [...nodes].map(([id, props]) => {
    const out: Record<string, unknown> = { "@id": id };
    for (const [k, values] of props) out[k] = values.length === 1 ? values[0] : values;
    return out;
  });
  return `${JSON.stringify({ "@context": RDF_PREFIXES, "@graph": graph }, null, 2)}\n`;
}
