/**
 * The machine-readable vocabulary (docs/vocab.ttl) against what the RDF export writes: every sg:
 * term an export uses is declared there with a label and a comment, every property with a domain
 * and a range, and the export keeps to them (subjects of the domain's class, objects of the range's
 * datatype or class); no declaration is left that no export uses.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DataFactory, Parser, type Quad } from "n3";
import { RDF_PREFIXES, SG, writeTurtle } from "../../src/io/rdf.ts";
import { ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { DEFAULT_RULES } from "../../src/io/ingest/buildDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { ingestFixture } from "./ingestHelpers.ts";

const P = (x: string) => {
  const [p, l] = x.split(":") as [string, string];
  return RDF_PREFIXES[p]! + l;
};
const RDF_TYPE = P("rdf:type");
const short = (iri: string) => (iri.startsWith(SG) ? `sg:${iri.slice(SG.length)}` : iri);

const vocabQuads = (): Quad[] => new Parser().parse(readFileSync(new URL("../../docs/vocab.ttl", import.meta.url), "utf8"));

interface Term {
  types: Set<string>;
  labels: number;
  comments: number;
  /** Classes any of which the subject may have (an owl:unionOf domain is its members). */
  domain: Set<string>;
  range: Set<string>;
}

const CLASS_TYPES = new Set([P("rdfs:Class"), P("owl:Class")]);
const PROPERTY_TYPES = new Set([P("rdf:Property"), P("owl:DatatypeProperty"), P("owl:ObjectProperty")]);

/** The sg: terms the vocabulary declares (a class or property type), with what it says of them. */
function declaredTerms(vocab: Quad[]): Map<string, Term> {
  const about = (s: string, p: string) => vocab.filter((q) => q.subject.value === s && q.predicate.value === P(p)).map((q) => q.object.value);
  const listMembers = (head: string): string[] => {
    const out: string[] = [];
    for (let node = head; node !== P("rdf:nil"); ) {
      const [first] = about(node, "rdf:first");
      const [rest] = about(node, "rdf:rest");
      if (first === undefined || rest === undefined) break;
      out.push(first);
      node = rest;
    }
    return out;
  };
  const classes = (value: string) => {
    const union = about(value, "owl:unionOf");
    return union.length > 0 ? union.flatMap(listMembers) : [value];
  };
  const terms = new Map<string, Term>();
  for (const q of vocab) {
    if (q.subject.termType !== "NamedNode" || !q.subject.value.startsWith(SG) || q.predicate.value !== RDF_TYPE) continue;
    const s = q.subject.value;
    if (terms.has(s)) continue;
    terms.set(s, {
      types: new Set(about(s, "rdf:type")),
      labels: about(s, "rdfs:label").length,
      comments: about(s, "rdfs:comment").length,
      domain: new Set(about(s, "rdfs:domain").flatMap(classes)),
      range: new Set(about(s, "rdfs:range").flatMap(classes)),
    });
  }
  return terms;
}

/** Everything wrong between an export's triples and the vocabulary, one line each. */
function vocabularyProblems(exported: Quad[], vocab: Quad[]): string[] {
  const terms = declaredTerms(vocab);
  const problems: string[] = [];
  for (const [iri, t] of terms) {
    const isClass = [...t.types].some((x) => CLASS_TYPES.has(x));
    const isProperty = [...t.types].some((x) => PROPERTY_TYPES.has(x));
    if (!isClass && !isProperty) problems.push(`${short(iri)} is declared neither a class nor a property`);
    if (t.labels === 0) problems.push(`${short(iri)} has no rdfs:label`);
    if (t.comments === 0) problems.push(`${short(iri)} has no rdfs:comment`);
    if (isProperty && t.domain.size === 0) problems.push(`${short(iri)} has no rdfs:domain`);
    if (isProperty && t.range.size === 0) problems.push(`${short(iri)} has no rdfs:range`);
  }
  const typesOf = new Map<string, Set<string>>();
  for (const q of exported) {
    if (q.predicate.value !== RDF_TYPE) continue;
    const set = typesOf.get(q.subject.value) ?? new Set<string>();
    set.add(q.object.value);
    typesOf.set(q.subject.value, set);
  }
  const used = new Set(exported.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === "NamedNode" && t.value.startsWith(SG)).map((t) => t.value));
  for (const iri of used) if (!terms.has(iri)) problems.push(`${short(iri)} is used by the export but not declared in docs/vocab.ttl`);
  const seen = new Set<string>();
  const once = (line: string) => {
    if (!seen.has(line)) problems.push(line);
    seen.add(line);
  };
  for (const q of exported) {
    const t = terms.get(q.predicate.value);
    if (t === undefined) continue;
    const name = short(q.predicate.value);
    const subjectTypes = typesOf.get(q.subject.value) ?? new Set<string>();
    if (t.domain.size > 0 && ![...t.domain].some((c) => subjectTypes.has(c))) {
      once(`${name}: subject ${q.subject.value} is not of its domain (${[...t.domain].map(short).join(" or ")})`);
    }
    const fits = q.object.termType === "Literal" ? t.range.has(q.object.datatype.value) : [...t.range].some((c) => typesOf.get(q.object.value)?.has(c));
    if (t.range.size > 0 && !fits) {
      const got = q.object.termType === "Literal" ? `a literal of ${q.object.datatype.value}` : `${q.object.value}`;
      once(`${name}: object ${got} is not of its range (${[...t.range].map(short).join(" or ")})`);
    }
  }
  return problems;
}

const karabakh = (): Dataset => JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as Dataset;

/** The Turtle exports of the default dataset and of a machine-coded one, parsed back with n3. */
async function exports(): Promise<{ curated: Quad[]; machineCoded: Quad[] }> {
  const { dataset } = await ingestEventFiles("gdelt", [ingestFixture("gdelt-2023.export.CSV")], DEFAULT_RULES, { engine: "typescript" });
  return { curated: new Parser().parse(await writeTurtle(karabakh())), machineCoded: new Parser().parse(await writeTurtle(dataset)) };
}

describe("the sg: vocabulary (docs/vocab.ttl)", () => {
  it("declares every sg: term the default dataset's RDF export uses, and the export keeps to its domains and ranges", async () => {
    const { curated } = await exports();
    expect(vocabularyProblems(curated, vocabQuads())).toEqual([]);
  });

  it("does the same for machine-coded evidence (an ingested GDELT sample)", async () => {
    const { machineCoded } = await exports();
    expect(vocabularyProblems(machineCoded, vocabQuads())).toEqual([]);
  });

  it("declares nothing that no export uses", async () => {
    const { curated, machineCoded } = await exports();
    const used = new Set([...curated, ...machineCoded].flatMap((q) => [q.predicate.value, q.object.value]));
    expect([...declaredTerms(vocabQuads()).keys()].filter((iri) => !used.has(iri)).map(short)).toEqual([]);
  });

  it("fails when a term the export uses is not declared, or is declared with the wrong range or without a label", async () => {
    const { curated } = await exports();
    const vocab = vocabQuads();
    const without = vocab.filter((q) => q.subject.value !== `${SG}validUntil`);
    expect(vocabularyProblems(curated, without)).toEqual(["sg:validUntil is used by the export but not declared in docs/vocab.ttl"]);
    const wrongRange = vocab.map((q) =>
      q.subject.value === `${SG}sign` && q.predicate.value === P("rdfs:range") ? DataFactory.quad(q.subject, q.predicate, DataFactory.namedNode(P("xsd:string"))) : q,
    );
    expect(vocabularyProblems(curated, wrongRange)).toEqual([`sg:sign: object a literal of ${P("xsd:integer")} is not of its range (${P("xsd:string")})`]);
    const unlabelled = vocab.filter((q) => !(q.subject.value === `${SG}Actor` && q.predicate.value === P("rdfs:label")));
    expect(vocabularyProblems(curated, unlabelled)).toEqual(["sg:Actor has no rdfs:label"]);
  });
});
