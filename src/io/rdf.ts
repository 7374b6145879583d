/**
 * The dataset as RDF (vocabulary: docs/rdf.md, declared in docs/vocab.ttl), written as Turtle with the n3 package (MIT,
 * well kept) and as JSON-LD by rdfJsonLd.ts from the same triples. Node only (the CLI): nothing in
 * the app imports it, so n3 stays out of the browser bundle.
 *
 * - actors: `sg:Actor` with rdfs:label, skos:altLabel, `owl:sameAs` their Wikidata items;
 * - relations: reified statements (rdf:Statement with rdf:subject/predicate/object, the predicate
 *   being the relation type), with their interval as plain xsd:date (`sg:validFrom`, inclusive;
 *   `sg:validUntil`, exclusive, absent while ongoing);
 * - evidence: `sg:Evidence` nodes (`sg:quote` or `sg:citation`) that `prov:wasDerivedFrom` their
 *   source; machine-coded provenance as `sg:machineCoded true` with its rule, counts and samples;
 * - sources: `prov:Entity` with dcterms title, publisher, date and `rdfs:seeAlso` their URL.
 */
import { DataFactory, Writer, type Quad, type Quad_Object } from "n3";
import type { Dataset } from "../model/schema.ts";

const { namedNode, literal, quad } = DataFactory;

export const SG = "https://w3id.org/stancegraph/vocab#";
export const DEFAULT_RDF_BASE = "https://w3id.org/stancegraph/data/";

export const RDF_PREFIXES: Record<string, string> = {
  sg: SG,
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  prov: "http://www.w3.org/ns/prov#",
  dcterms: "http://purl.org/dc/terms/",
  wd: "http://www.wikidata.org/entity/",
};

const p = (prefixed: string) => {
  const [prefix, local] = prefixed.split(":") as [string, string];
  return namedNode(RDF_PREFIXES[prefix]! + local);
};
const date = (d: string) => literal(d, p("xsd:date"));
const int = (n: number) => literal(String(n), p("xsd:integer"));
const bool = (b: boolean) => literal(String(b), p("xsd:boolean"));

export interface RdfOptions {
  /** Base of the dataset's IRIs (default DEFAULT_RDF_BASE); the dataset id and the kind of thing follow. */
  base?: string;
}

/** Every triple of the dataset, in a stable order. */
export function datasetQuads(dataset: Dataset, options: RdfOptions = {}): Quad[] {
  const root = `${options.base ?? DEFAULT_RDF_BASE}${encodeURIComponent(dataset.id)}/`;
  const iri = (kind: string, id: string) => namedNode(`${root}${kind}/${encodeURIComponent(id)}`);
  const out: Quad[] = [];
  const add = (s: ReturnType<typeof namedNode>, pred: string, o: Quad_Object) => out.push(quad(s, p(pred), o));

  const ds = namedNode(root.slice(0, -1));
  add(ds, "rdf:type", p("sg:Dataset"));
  add(ds, "dcterms:title", literal(dataset.title));
  if (dataset.description) add(ds, "dcterms:description", literal(dataset.description));

  for (const a of dataset.actors) {
    const s = iri("actor", a.id);
    add(s, "rdf:type", p("sg:Actor"));
    add(s, "sg:kind", literal(a.kind));
    add(s, "rdfs:label", literal(a.label));
    for (const alias of a.aliases ?? []) add(s, "skos:altLabel", literal(alias));
    for (const q of a.wikidata ?? []) add(s, "owl:sameAs", namedNode(RDF_PREFIXES.wd + q));
    if (a.iso3) add(s, "sg:iso3", literal(a.iso3));
    if (a.description) add(s, "dcterms:description", literal(a.description));
    add(s, "dcterms:isPartOf", ds);
  }
  for (const t of dataset.relationTypes) {
    const s = iri("type", t.id);
    add(s, "rdf:type", p("sg:RelationType"));
    add(s, "rdfs:label", literal(t.label));
    add(s, "sg:sign", int(t.sign));
    add(s, "sg:directed", bool(t.directed));
  }
  for (const src of dataset.sources) {
    const s = iri("source", src.id);
    add(s, "rdf:type", p("prov:Entity"));
    add(s, "rdf:type", p("sg:Source"));
    add(s, "dcterms:title", literal(src.title));
    add(s, "dcterms:publisher", literal(src.publisher));
    if (src.date) add(s, "dcterms:date", date(src.date));
    if (src.url) add(s, "rdfs:seeAlso", namedNode(src.url));
  }
  for (const r of dataset.relations) {
    const s = iri("relation", r.id);
    add(s, "rdf:type", p("rdf:Statement"));
    add(s, "rdf:type", p("sg:Relation"));
    add(s, "rdf:subject", iri("actor", r.source));
    add(s, "rdf:predicate", iri("type", r.type));
    add(s, "rdf:object", iri("actor", r.target));
    add(s, "sg:validFrom", date(r.from));
    if (r.to) add(s, "sg:validUntil", date(r.to));
    if (r.confidence) add(s, "sg:confidence", literal(r.confidence));
    if (r.note) add(s, "rdfs:comment", literal(r.note));
    add(s, "dcterms:isPartOf", ds);
    r.evidence.forEach((ev, i) => {
      const e = namedNode(`${s.value}/evidence/${i + 1}`);
      const source = iri("source", ev.source);
      add(s, "sg:evidence", e);
      add(s, "prov:wasDerivedFrom", source);
      add(e, "rdf:type", p("sg:Evidence"));
      add(e, "rdf:type", p("prov:Entity"));
      add(e, "prov:wasDerivedFrom", source);
      if (ev.quote) add(e, "sg:quote", literal(ev.quote));
      if (ev.citation) add(e, "sg:citation", literal(ev.citation));
      const d = ev.derived;
      if (d) {
        add(e, "sg:machineCoded", bool(true));
        add(e, "sg:rule", literal(d.rule));
        add(e, "sg:cooperativeEvents", int(d.cooperative));
        add(e, "sg:conflictualEvents", int(d.conflictual));
        if (d.neutral !== undefined) add(e, "sg:neutralEvents", int(d.neutral));
        add(e, "sg:firstEvent", date(d.first));
        add(e, "sg:lastEvent", date(d.last));
        for (const id of d.sampleIds) add(e, "sg:sampleEvent", literal(id));
        for (const url of d.sampleUrls ?? []) add(e, "rdfs:seeAlso", namedNode(url));
      }
    });
  }
  for (const ev of dataset.events) {
    const s = iri("event", ev.id);
    add(s, "rdf:type", p("sg:Event"));
    add(s, "rdfs:label", literal(ev.label));
    add(s, "sg:date", date(ev.date));
    if (ev.end) add(s, "sg:endDate", date(ev.end));
    for (const a of ev.actors) add(s, "sg:involves", iri("actor", a));
  }
  for (const period of dataset.periods) {
    const s = iri("period", period.id);
    add(s, "rdf:type", p("sg:Period"));
    add(s, "rdfs:label", literal(period.label));
    add(s, "sg:date", date(period.date));
  }
  return out;
}

/** The dataset as Turtle. */
export function writeTurtle(dataset: Dataset, options: RdfOptions = {}): Promise<string> {
  const writer = new Writer({ prefixes: RDF_PREFIXES });
  writer.addQuads(datasetQuads(dataset, options));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
