import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Dataset } from "../../src/model/schema.ts";
import { GRAPHML_NAMESPACE, writeGraphml } from "../../src/io/graphml.ts";
import { decodeXml } from "../../src/io/xml.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

type El = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in assertions
const parse = (xml: string): El =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, trimValues: false, isArray: (n) => ["key", "node", "edge", "data"].includes(n) }).parse(xml);
/** An element's <data> as { attr.name: text }, through the key table. */
const dataOf = (doc: El, el: El) => {
  const names = new Map(doc.graphml.key.map((k: El) => [k["@_id"], k["@_attr.name"]]));
  return Object.fromEntries((el.data ?? []).map((d: El) => [names.get(d["@_key"]), d["#text"] ?? ""]));
};

describe("GraphML of the default dataset", () => {
  const d = karabakh();
  const xml = writeGraphml(d, { caption: "All relations" });
  const doc = parse(xml);
  const graph = doc.graphml.graph;

  it("is well-formed GraphML with an undirected default and no per-edge directed flag", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.graphml["@_xmlns"]).toBe(GRAPHML_NAMESPACE);
    expect(graph["@_edgedefault"]).toBe("undirected");
    // networkx 2.8 refuses directed="true" inside an undirected graph; direction is a typed attribute.
    expect(graph.edge.every((e: El) => e["@_directed"] === undefined)).toBe(true);
  });

  it("declares typed keys for graph, nodes and edges", () => {
    const keys = Object.fromEntries(doc.graphml.key.map((k: El) => [`${k["@_for"]}.${k["@_attr.name"]}`, k["@_attr.type"]]));
    expect(keys).toMatchObject({
      "node.label": "string",
      "node.kind": "string",
      "edge.relation_type": "string",
      "edge.sign": "int",
      "edge.directed": "boolean",
      "edge.from": "string",
      "edge.to": "string",
      "edge.quote": "string",
    });
    expect(keys["edge.change"]).toBeUndefined();
  });

  it("has every actor and every relation, parallel relations as separate edges with their ids", () => {
    expect(graph.node).toHaveLength(d.actors.length);
    expect(graph.edge).toHaveLength(d.relations.length);
    expect(graph.edge.map((e: El) => e["@_id"])).toEqual(d.relations.map((r) => r.id));
    const rusArm = graph.edge.filter((e: El) => e["@_source"] === "RUS" && e["@_target"] === "ARM");
    expect(rusArm.length).toBeGreaterThanOrEqual(2);
  });

  it("gives each edge its type, sign, direction, dates (to absent while ongoing) and quote", () => {
    d.relations.forEach((r, i) => {
      const type = d.relationTypes.find((t) => t.id === r.type)!;
      const data = dataOf(doc, graph.edge[i]);
      expect(data).toMatchObject({ relation_type: r.type, sign: String(type.sign), directed: String(type.directed), from: r.from, quote: r.evidence[0]!.quote ?? r.evidence[0]!.citation });
      expect(data.to).toBe(r.to);
    });
    expect(dataOf(doc, graph)).toMatchObject({ dataset: "karabakh", view: "All relations" });
  });
});

describe("GraphML text safety", () => {
  it("stays well-formed and keeps every label and quote whatever the text (property)", () => {
    // Raw parse, then one conformant decoding pass (decodeXml), so nothing is decoded twice.
    const rawParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, trimValues: false, processEntities: false, isArray: (n) => ["key", "node", "edge", "data"].includes(n) });
    const text = (raw: string) => {
      const decoded = decodeXml(raw, false);
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.value;
    };
    fc.assert(
      fc.property(datasetArb(), (d) => {
        const xml = writeGraphml(d);
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = rawParser.parse(xml) as El;
        const nodes: El[] = doc.graphml.graph.node ?? [];
        const edges: El[] = doc.graphml.graph.edge ?? [];
        expect(nodes.map((n) => text(dataOf(doc, n).label))).toEqual(d.actors.map((a) => a.label));
        expect(edges.map((e) => text(dataOf(doc, e).quote))).toEqual(d.relations.map((r) => r.evidence[0]!.quote ?? r.evidence[0]!.citation));
      }),
      { numRuns: 150 },
    );
  });

  it("refuses to write characters XML 1.0 cannot carry rather than drop them", () => {
    const d = miniDataset();
    d.actors[0]!.label = "Al\u0002pha";
    expect(() => writeGraphml(d)).toThrow(/it holds U\+0002 at position 3, which XML cannot carry/);
  });

  it("writes the change of each relation only in a compare view", () => {
    const xml = writeGraphml(miniDataset(), { changes: new Map([["r1", "removed"], ["r2", "added"]]) });
    const doc = parse(xml);
    expect(doc.graphml.key.some((k: El) => k["@_attr.name"] === "change")).toBe(true);
    expect(dataOf(doc, doc.graphml.graph.edge[0]).change).toBe("removed");
    expect(dataOf(doc, doc.graphml.graph.edge[2]).change).toBeUndefined();
  });
});
