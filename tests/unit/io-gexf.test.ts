import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Dataset } from "../../src/model/schema.ts";
import { addDays } from "../../src/model/dates.ts";
import { activeRelationsAt, createModel } from "../../src/model/stanceModel.ts";
import { CONTEXT_PREFIX, EDGE_ATTRIBUTES, GEXF_NAMESPACE, writeGexf } from "../../src/io/gexf.ts";
import { readGexf } from "../../src/io/gexfReader.ts";
import { datasetForScope } from "../../src/io/datasetJson.ts";
import { exportScope } from "../../src/io/exportView.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

type El = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in assertions
const parse = (xml: string): El =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseAttributeValue: false, isArray: (n) => ["node", "edge", "attvalue", "attributes", "attribute", "description"].includes(n) }).parse(xml);
const attvalues = (el: El) => Object.fromEntries((el.attvalues?.attvalue ?? []).map((v: El) => [v["@_for"], v["@_value"]]));

describe("dynamic GEXF of the default dataset", () => {
  const d = karabakh();
  const xml = writeGexf(d, { mode: "dynamic", caption: "All relations" });
  const doc = parse(xml);
  const graph = doc.gexf.graph;

  it("is well-formed GEXF 1.3 in dynamic mode with whole-day time", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.gexf["@_xmlns"]).toBe(GEXF_NAMESPACE);
    expect(doc.gexf["@_version"]).toBe("1.3");
    expect(graph).toMatchObject({ "@_mode": "dynamic", "@_timeformat": "date", "@_defaultedgetype": "undirected" });
    expect(xml).not.toMatch(/viz:|<color|<position|<size/);
  });

  it("has one node per actor and one edge per relation, with counts", () => {
    expect(graph.nodes["@_count"]).toBe(String(d.actors.length));
    expect(graph.edges["@_count"]).toBe(String(d.relations.length));
    expect(graph.nodes.node.map((n: El) => n["@_id"])).toEqual(d.actors.map((a) => a.id));
    expect(graph.edges.edge.map((e: El) => e["@_id"])).toEqual(d.relations.map((r) => r.id));
  });

  it("maps half-open [from, to) to inclusive start/end (end = to − 1 day; ongoing: no end)", () => {
    d.relations.forEach((r, i) => {
      const e = graph.edges.edge[i];
      expect(e["@_start"]).toBe(r.from);
      expect(e["@_end"]).toBe(r.to === undefined ? undefined : addDays(r.to, -1));
    });
    const alliance = graph.edges.edge.find((e: El) => e["@_id"] === "RUS-ARM-alliance-1992");
    expect([alliance["@_start"], alliance["@_end"]]).toEqual(["1992-05-15", "2023-10-02"]);
    expect(graph.edges.edge.filter((e: El) => e["@_end"] === undefined)).toHaveLength(d.relations.filter((r) => !r.to).length);
  });

  it("keeps parallel relations apart with kind = relation type, and marks directed types", () => {
    const rusArm = graph.edges.edge.filter((e: El) => e["@_source"] === "RUS" && e["@_target"] === "ARM");
    expect(rusArm.map((e: El) => e["@_kind"]).sort()).toEqual(expect.arrayContaining(["alliance", "estrangement"]));
    for (const e of graph.edges.edge) {
      const type = d.relationTypes.find((t) => t.id === e["@_kind"])!;
      expect(e["@_type"]).toBe(type.directed ? "directed" : "undirected");
      expect(attvalues(e)).toMatchObject({ relation_type: type.id, type_label: type.label, sign: String(type.sign) });
    }
  });

  it("declares typed attributes and gives each edge its quote and source", () => {
    const edgeDecl = graph.attributes.find((a: El) => a["@_class"] === "edge").attribute;
    expect(edgeDecl.map((a: El) => a["@_id"])).toEqual(EDGE_ATTRIBUTES.map(([id]) => id).filter((id) => id !== "change"));
    expect(edgeDecl.find((a: El) => a["@_id"] === "sign")["@_type"]).toBe("integer");
    const nodeDecl = graph.attributes.find((a: El) => a["@_class"] === "node").attribute;
    expect(nodeDecl.map((a: El) => a["@_id"])).toEqual(expect.arrayContaining(["kind", "wikidata", "iso3"]));
    const first = attvalues(graph.edges.edge[0]);
    expect(first.quote).toBe(d.relations[0]!.evidence[0]!.quote);
    expect(first.source_id).toBe(d.relations[0]!.evidence[0]!.source);
    expect(attvalues(graph.nodes.node[0])).toMatchObject({ kind: "state", wikidata: "Q159", iso3: "RUS" });
  });

  it("carries the dataset's other parts in <meta>, and reads back to the same dataset", () => {
    const descriptions: string[] = doc.gexf.meta.description;
    expect(descriptions[0]).toContain("All relations");
    expect(descriptions.some((t) => t.startsWith(CONTEXT_PREFIX))).toBe(true);
    const back = readGexf(xml);
    expect(back.ok ? [] : back.errors).toEqual([]);
    if (back.ok) expect(back.dataset).toStrictEqual(d);
  });
});

describe("dynamic GEXF round trip (property)", () => {
  it("keeps every relation, type and interval, and every actor", () => {
    fc.assert(
      fc.property(datasetArb(), (d) => {
        const back = readGexf(writeGexf(d, { mode: "dynamic" }));
        expect(back.ok ? [] : back.errors).toEqual([]);
        if (!back.ok) return;
        const key = (r: Dataset["relations"][number]) => ({ id: r.id, source: r.source, target: r.target, type: r.type, from: r.from, to: r.to });
        expect(back.dataset.relations.map(key)).toStrictEqual(d.relations.map(key));
        expect(back.dataset.actors).toStrictEqual(d.actors);
        // Evidence, notes, types, events, sources and periods too: the whole dataset comes back.
        expect(back.dataset).toStrictEqual(d);
      }),
      { numRuns: 250 },
    );
  });
});

describe("static GEXF snapshot", () => {
  it("holds the relations of the date, without time bounds, and reads back as that dataset", () => {
    const model = createModel(karabakh(), { layout: false });
    const scope = exportScope(model, { kind: "date", date: "2023-09-18", periodId: "before-2023" });
    const scoped = datasetForScope(model.dataset, scope);
    const xml = writeGexf(scoped, { mode: "static", caption: "Before 2023, 2023-09-18" });
    const graph = parse(xml).gexf.graph;
    expect(graph["@_mode"]).toBe("static");
    expect(graph["@_timeformat"]).toBeUndefined();
    expect(graph.edges.edge.map((e: El) => e["@_id"])).toEqual(activeRelationsAt(model, "2023-09-18").map((r) => r.id));
    expect(graph.edges.edge.every((e: El) => e["@_start"] === undefined && e["@_end"] === undefined)).toBe(true);
    expect(attvalues(graph.edges.edge[0]).from).toBe(scoped.relations[0]!.from);
    const back = readGexf(xml);
    expect(back.ok && back.dataset.relations).toStrictEqual(scoped.relations);
  });

  it("writes the change of each relation in a compare view", () => {
    const model = createModel(miniDataset(), { layout: false });
    const scope = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const xml = writeGexf(datasetForScope(model.dataset, scope), { mode: "static", changes: scope.status! });
    const edges = parse(xml).gexf.graph.edges.edge;
    expect(edges.map((e: El) => [e["@_id"], attvalues(e).change])).toEqual([
      ["r1", "removed"],
      ["r2", "added"],
      ["r3", "removed"],
    ]);
  });
});

describe("GEXF text safety", () => {
  it("escapes quotes, ampersands, markup and line breaks, and reads them back exactly", () => {
    const d = miniDataset();
    const nasty = `He said "no" & <b>'left'</b>\n\ttab\r\nCRLF ]]> &amp; &#10;`;
    d.actors[0]!.label = nasty;
    d.relations[0]!.note = nasty;
    d.relationTypes[0]!.label = nasty;
    d.title = nasty;
    const xml = writeGexf(d, { mode: "dynamic", caption: nasty });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<b>");
    const back = readGexf(xml);
    expect(back.ok && back.dataset).toStrictEqual(d);
  });

  it("refuses to write characters XML 1.0 cannot carry rather than drop them (the validator keeps them out of datasets)", () => {
    const d = miniDataset();
    d.actors[1]!.label = "Be\u0001ta";
    expect(() => writeGexf(d, { mode: "dynamic" })).toThrow(/cannot write "Be\\u0001ta" as XML: it holds U\+0001 at position 3/);
  });

  it("carries such characters in the <meta> context as JSON escapes, so the reader refuses them as the JSON path does", () => {
    const d = miniDataset();
    d.sources[1]!.note = "x\u0001\uFFFEy";
    const back = readGexf(writeGexf(d, { mode: "dynamic" }));
    expect(back.ok ? [] : back.errors.map((e) => e.path)).toEqual(["sources[1].note"]);
  });
});

describe("GEXF reader errors say what and where", () => {
  const good = () => writeGexf(miniDataset(), { mode: "dynamic" });
  const errorsOf = (xml: string) => {
    const r = readGexf(xml);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it("refuses a GEXF without Stancegraph's context (e.g. written by Gephi)", () => {
    const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><creator>Gephi 0.10</creator></meta>
<graph defaultedgetype="undirected"><nodes><node id="0" label="A"/><node id="1" label="B"/></nodes>
<edges><edge id="0" source="0" target="1"/></edges></graph></gexf>`;
    expect(errorsOf(gephi).join("\n")).toMatch(/^meta: this GEXF was not exported by Stancegraph/);
  });

  it("reports XML that is not well-formed with its line and column", () => {
    expect(errorsOf(good().replace("</nodes>", "</node>"))[0]).toMatch(/^\(file\): not well-formed XML: .*\(line \d+, column \d+\)/);
  });

  it("refuses DOCTYPE and entity declarations (no entity expansion)", () => {
    const xml = good().replace("<gexf ", '<!DOCTYPE gexf [<!ENTITY a "aaaa">]>\n<gexf ');
    expect(errorsOf(xml)[0]).toMatch(/DOCTYPE and entity declarations are not accepted/);
  });

  it("catches start/end edited without from/to, and names the edge", () => {
    const xml = good().replace('start="2020-01-01"', 'start="2020-02-01"');
    expect(errorsOf(xml)[0]).toBe('graph.edges[0] (edge "r1"): start 2020-02-01 disagrees with the "from" attribute 2020-01-01; edit both or remove "from"');
  });

  it("takes edited dates when from/to attributes are removed, then validates them", () => {
    const xml = good()
      .replace(/<attvalue for="(from|to)" value="[^"]*"\/>\n\s*/g, "")
      .replace('start="2020-01-01" end="2023-09-19"', 'start="2019-01-01" end="2019-12-31"');
    const r = readGexf(xml);
    expect(r.ok && r.dataset.relations[0]).toMatchObject({ id: "r1", from: "2019-01-01", to: "2020-01-01" });
    const backwards = xml.replace('start="2019-01-01" end="2019-12-31"', 'start="2019-01-01" end="2018-12-31"');
    expect(errorsOf(backwards)[0]).toBe('graph.edges[0] (edge "r1"): end 2018-12-31 is before start 2019-01-01');
  });

  it("passes dataset problems through with their dataset path", () => {
    const xml = good().replace('target="BBB" type="undirected" kind="alliance"', 'target="ZZZ" type="undirected" kind="alliance"');
    expect(errorsOf(xml)).toContain('relations[0].target: unknown actor "ZZZ"');
  });

  it("refuses a dynamic graph whose time is not whole days, and unknown entities", () => {
    expect(errorsOf(good().replace('timeformat="date"', 'timeformat="double"'))[0]).toMatch(/^graph\.timeformat: a dynamic graph must use timeformat="date"/);
    expect(errorsOf(good().replace('label="Alpha"', 'label="Alpha &nbsp;"'))[0]).toMatch(/unknown entity "&nbsp;"/);
  });
});
