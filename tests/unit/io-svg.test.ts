import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { renderSvg, safeColor, type SvgScene } from "../../src/io/svg.ts";
import { svgSceneFor } from "../../src/io/svgScene.ts";
import { exportScope } from "../../src/io/exportView.ts";
import { miniDataset } from "./fixtures.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

type El = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in assertions
const parse = (xml: string): El => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false }).parse(xml);

/** All text content of the document, in order. */
function texts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => (k.startsWith("@_") ? [] : texts(v)));
  return [];
}

describe("SVG of the default dataset", () => {
  const model = createModel(karabakh());
  const scope = exportScope(model, { kind: "date", date: "2024-04-18", periodId: "after-2023" });
  const svg = renderSvg(svgSceneFor(model, scope));
  const doc = parse(svg);

  it("is a well-formed standalone SVG 1.1 document", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(doc.svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(doc.svg["@_version"]).toBe("1.1");
    expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|@import|url\(/i);
  });

  it("shows the title, the date, the dataset and the legend", () => {
    const all = texts(doc.svg).join("\n");
    expect(all).toContain("Karabakh after 2020");
    expect(all).toContain("After 2023, 2024-04-18");
    expect(all).toContain("Dataset: karabakh");
    for (const label of ["Relations", "Alliance", "Estrangement", "Mediation (directed)", "Actors", "State", "Bloc"]) expect(all).toContain(label);
    for (const actor of ["Russia", "Armenia", "Azerbaijan"]) expect(all).toContain(actor);
  });

  it("draws one node per actor and one edge per relation, curving parallel ones, with arrowheads on directed", () => {
    const edgeGroup = svg.slice(svg.indexOf('<g id="edges"'), svg.indexOf('<g id="nodes"'));
    expect(edgeGroup.match(/<path /g)).toHaveLength(scope.relations.length);
    const directed = scope.relations.filter((r) => model.relationTypes.get(r.type)!.directed).length;
    expect(edgeGroup.match(/<polygon /g)).toHaveLength(directed);
    expect(edgeGroup).toMatch(/d="M[\d.-]+,[\d.-]+ Q/); // RUS–ARM and other parallel pairs bend
    const nodeGroup = svg.slice(svg.indexOf('<g id="nodes"'), svg.indexOf('<g id="labels"'));
    expect(nodeGroup.match(/<circle /g)).toHaveLength(scope.actors.length);
  });

  it("puts every coordinate inside the canvas", () => {
    const width = Number(doc.svg["@_width"]);
    const height = Number(doc.svg["@_height"]);
    for (const m of svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[1])).toBeLessThan(width);
      expect(Number(m[2])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeLessThan(height);
    }
  });

  it("shows both dates and the change legend in a compare view, dashing removed relations", () => {
    const cmp = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const out = renderSvg(svgSceneFor(model, cmp));
    const all = texts(parse(out).svg).join("\n");
    expect(all).toContain("2023-09-18 (Before 2023) compared with 2024-04-18 (After 2023)");
    expect(all).toContain("Change");
    const removed = [...cmp.status!.values()].filter((s) => s === "removed").length;
    expect(out.match(/stroke-dasharray/g)!.length).toBe(removed + 1); // + the legend's dashed line
  });
});

describe("SVG text safety", () => {
  it("keeps dataset text with <script> escaped, as text", () => {
    const d = miniDataset();
    d.actors[0]!.label = '<script>alert("x")</script> & Co';
    d.title = "</svg><script>alert(1)</script>";
    const model = createModel(d);
    const svg = renderSvg(svgSceneFor(model, exportScope(model, { kind: "all" })));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; Co");
    expect(texts(parse(svg).svg)).toContain("</svg><script>alert(1)</script>");
  });

  it("lets only #rgb/#rrggbb colours through", () => {
    expect(safeColor("#0072B2")).toBe("#0072B2");
    expect(safeColor("#abc")).toBe("#abc");
    expect(safeColor('red" onload="alert(1)')).toBe("#888888");
    expect(safeColor("url(http://x)")).toBe("#888888");
  });

  it("stays well-formed for any labels, titles and coordinates (property)", () => {
    const node = fc.record({
      x: fc.oneof(fc.double(), fc.integer()),
      y: fc.oneof(fc.double(), fc.integer()),
      size: fc.oneof(fc.double(), fc.nat(30)),
      color: fc.string(),
      label: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.boolean(), fc.string()), { maxLength: 8 }), fc.string(), (nodes, pairs, title) => {
        const scene: SvgScene = {
          title,
          when: "2024-04-18",
          datasetName: title,
          nodes: nodes.map((n, i) => ({ ...n, id: `n${i}` })),
          edges: pairs.map(([s, t, directed, color], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}`, color, width: 2, directed })),
          legend: [{ heading: title, entries: [{ label: title, color: title, symbol: "arrow" }] }],
        };
        const svg = renderSvg(scene);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });
});
