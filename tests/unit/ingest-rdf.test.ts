/** RDF export: Turtle and JSON-LD parsed back (n3, jsonld-streaming-parser) and their triples checked. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Parser, type Quad } from "n3";
import { JsonLdParser } from "jsonld-streaming-parser";
import { writeTurtle, datasetQuads, RDF_PREFIXES, SG } from "../../src/io/rdf.ts";
import { writeJsonLd } from "../../src/io/rdfJsonLd.ts";
import { ingestEventFiles } from "../../src/io/ingest/ingestFiles.ts";
import { DEFAULT_RULES } from "../../src/io/ingest/buildDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { ingestFixture, runIngestCli } from "./ingestHelpers.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));
const D = "https://w3id.org/stancegraph/data/karabakh/";
const P = (x: string) => { const [p, l] = x.split(":") as [string, string]; return RDF_PREFIXES[p]! + l; };
const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType === "Literal" ? JSON.stringify([q.object.value, q.object.datatype.value]) : q.object.value}`;

function jsonLdQuads(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new JsonLdParser();
    parser.on("data", (q: Quad) => quads.push(q));
    parser.on("error", reject);
    parser.on("end", () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

describe("RDF export", () => {
  it("Turtle parses back with n3 to the dataset's triples: actors, Wikidata, reified relations with dates, PROV evidence", async () => {
    const dataset = karabakh();
    const quads = new Parser().parse(await writeTurtle(dataset));
    const has = (s: string, p: string, o: string, literalType?: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === P(p) && q.object.value === o && (literalType === undefined || (q.object.termType === "Literal" && q.object.datatype.value === P(literalType))));
    expect(has(`${D}actor/RUS`, "owl:sameAs", "http://www.wikidata.org/entity/Q159")).toBe(true);
    expect(has(`${D}actor/RUS`, "rdfs:label", "Russia")).toBe(true);
    expect(has(`${D}actor/RUS`, "skos:altLabel", "the Kremlin")).toBe(true);
    const alliance = dataset.relations.find((r) => r.source === "RUS" && r.target === "ARM" && r.to !== undefined) ?? dataset.relations.find((r) => r.to !== undefined)!;
    const s = `${D}relation/${alliance.id}`;
    expect(has(s, "rdf:type", P("rdf:Statement"))).toBe(true);
    expect(has(s, "rdf:subject", `${D}actor/${alliance.source}`)).toBe(true);
    expect(has(s, "rdf:predicate", `${D}type/${alliance.type}`)).toBe(true);
    expect(has(s, "rdf:object", `${D}actor/${alliance.target}`)).toBe(true);
    expect(has(s, "sg:validFrom", alliance.from, "xsd:date")).toBe(true);
    expect(has(s, "sg:validUntil", alliance.to!, "xsd:date")).toBe(true);
    expect(has(s, "prov:wasDerivedFrom", `${D}source/${alliance.evidence[0]!.source}`)).toBe(true);
    const ev = alliance.evidence[0]!;
    expect(has(`${s}/evidence/1`, ev.quote ? "sg:quote" : "sg:citation", (ev.quote ?? ev.citation)!)).toBe(true);
    expect(quads).toHaveLength(datasetQuads(dataset).length);
    expect(new Set(quads.map(key))).toEqual(new Set(datasetQuads(dataset).map(key)));
  });

  it("JSON-LD, read by a JSON-LD processor without network, gives the same triples as the Turtle", async () => {
    const dataset = karabakh();
    const fromJsonLd = await jsonLdQuads(writeJsonLd(dataset));
    const fromTurtle = new Parser().parse(await writeTurtle(dataset));
    expect(fromJsonLd.length).toBe(fromTurtle.length);
    expect(new Set(fromJsonLd.map(key))).toEqual(new Set(fromTurtle.map(key)));
  });

  it("carries machine-coded provenance: rule, counts, dates, sample events and their reports", async () => {
    const { dataset } = await ingestEventFiles("gdelt", [ingestFixture("gdelt-2023.export.CSV")], DEFAULT_RULES, { engine: "typescript" });
    const quads = new Parser().parse(await writeTurtle(dataset));
    const e = quads.filter((q) => q.subject.value.endsWith("/relation/cooperation-ARM-RUS-2023-01-01/evidence/1"));
    const values = (p: string) => e.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(values(`${SG}machineCoded`)).toEqual(["true"]);
    expect(values(`${SG}cooperativeEvents`)).toEqual(["15"]);
    expect(values(`${SG}conflictualEvents`)).toEqual(["3"]);
    expect(values(`${SG}firstEvent`)).toEqual(["2023-01-01"]);
    expect(values(`${SG}sampleEvent`)).toHaveLength(5);
    expect(values(P("rdfs:seeAlso"))[0]).toMatch(/^https:\/\/news\.example\.org\//);
  });

  it("is an export format of the CLI", async () => {
    const ttl = await runIngestCli("export", "--format", "rdf-turtle", "--period", "after-2023");
    expect(ttl.code).toBe(0);
    expect(new Parser().parse(ttl.out).length).toBeGreaterThan(50);
    const jsonld = await runIngestCli("export", "--format", "jsonld", "--out", "k.jsonld");
    expect(jsonld.code).toBe(0);
    expect(JSON.parse(String(jsonld.files.get("k.jsonld")))["@context"].sg).toBe(SG);
  });
});
