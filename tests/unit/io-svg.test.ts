import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { renderSvg, safeColor } from "../../src/io/svg.ts";
import type { Picture } from "../../src/io/scene.ts";
import { exportScope } from "../../src/io/exportView.ts";
import { pictureForScope } from "../../src/app/picture.ts";
import { boxesOverlap } from "../../src/app/labelLayout.ts";
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
  const picture = pictureForScope(model, scope);
  const svg = renderSvg(picture);
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

  it("draws one node per actor and one edge per relation: parallel ones curved, the middle one straight, arrowheads on directed", () => {
    const edgeGroup = svg.slice(svg.indexOf('<g id="edges"'), svg.indexOf('<g id="nodes"'));
    expect(edgeGroup.match(/<path /g)).toHaveLength(scope.relations.length);
    const directed = scope.relations.filter((r) => model.relationTypes.get(r.type)!.directed).length;
    expect(edgeGroup.match(/<polygon /g)).toHaveLength(directed);
    // Russia → Armenia: alliance (ended), estrangement (the middle of three: straight), mediation (curved).
    expect(edgeGroup).toMatch(/data-id="RUS-ARM-estrangement-2023"><title>[^<]*<\/title><path d="M[\d.-]+,[\d.-]+ L/);
    expect(edgeGroup).toMatch(/data-id="RUS-ARM-mediation-2020"><title>[^<]*<\/title><path d="M[\d.-]+,[\d.-]+ Q/);
    const nodeGroup = svg.slice(svg.indexOf('<g id="nodes"'), svg.indexOf('<g id="labels"'));
    expect(nodeGroup.match(/<circle /g)).toHaveLength(scope.actors.length);
  });

  it("puts every node inside the graph area, and labels that overlap neither each other nor a node", () => {
    const { scene } = picture;
    for (const n of scene.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(scene.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(scene.height);
    }
    expect(scene.labels.filter((l) => l.kind === "node").map((l) => l.text).sort()).toEqual(scope.actors.map((a) => a.label).sort());
    expect(scene.labels.some((l) => l.kind === "edge" && l.id === "RUS-ARM-estrangement-2023")).toBe(true);
    for (const [i, a] of scene.labels.entries()) for (const b of scene.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  });

  it("shows both dates and the change legend in a compare view, with removed relations pale and marked", () => {
    const cmp = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const p = pictureForScope(model, cmp);
    const out = renderSvg(p);
    const all = texts(parse(out).svg).join("\n");
    expect(all).toContain("2023-09-18 (Before 2023) compared with 2024-04-18 (After 2023)");
    expect(all).toContain("Change");
    const alliance = model.relationTypes.get("alliance")!.color;
    const removed = p.scene.edges.find((e) => e.id === "RUS-ARM-alliance-1992")!;
    expect(removed.color).not.toBe(alliance);
    expect(p.scene.edges.find((e) => e.id === "AZE-TUR-alliance-2021")!.color).toBe(alliance);
  });
});

describe("SVG text that may not fit", () => {
  it("shrinks a long legend entry and cuts a very long title to fit their room, as the PNG does, and leaves short ones as they are", () => {
    const model = createModel(karabakh());
    const p = pictureForScope(model, exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" }));
    const line = (svg: string, has: string) => svg.split("\n").find((l) => l.startsWith("<text") && l.includes(has))!;
    const size = (l: string) => Number(/font-size="([\d.]+)"/.exec(l)![1]);
    const out = renderSvg({ ...p, title: "A title ".repeat(60) });
    // The legend's text has 250 − 2 × 16 − 38 = 180 px (as in the PNG writer): at 12 px the estimate gives it 205.
    const removed = line(out, "removed (pale, thin");
    expect(size(removed)).toBeLessThan(12);
    expect(size(removed)).toBeGreaterThanOrEqual(12 * 0.7);
    expect(removed).toContain("− removed (pale, thin, “− type”)</text>");
    // A title far too long for any size is cut, at 70 % of its size.
    const title = line(out, "A title A title");
    expect(title).toMatch(/…<\/text>$/);
    expect(size(title)).toBeCloseTo(21 * 0.7, 0);
    expect(size(line(out, ">Alliance<"))).toBe(12);
    // A narrower measure (the browser's, say) fits the entry at its full size.
    expect(size(line(renderSvg(p, (t, s) => t.length * s * 0.4), "removed (pale, thin"))).toBe(12);
  });
});

describe("SVG text safety", () => {
  it("keeps dataset text with <script> escaped, as text", () => {
    const d = miniDataset();
    d.actors[0]!.label = '<script>alert("x")</script> & Co';
    d.title = "</svg><script>alert(1)</script>";
    const model = createModel(d);
    const svg = renderSvg(pictureForScope(model, exportScope(model, { kind: "all" })));
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

  it("stays well-formed for any labels, titles, colours and coordinates (property)", () => {
    const num = fc.oneof(fc.double(), fc.integer());
    const node = fc.record({ x: num, y: num, r: num, color: fc.string(), title: fc.string() });
    const edge = fc.record({ x1: num, y1: num, x2: num, y2: num, width: num, color: fc.string(), title: fc.string(), curved: fc.boolean(), arrow: fc.boolean() });
    const label = fc.record({ text: fc.string(), x: num, y: num, w: num, h: num, size: num, color: fc.string() });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.array(edge, { maxLength: 8 }), fc.array(label, { maxLength: 6 }), fc.string(), num, num, (nodes, edges, labels, title, width, height) => {
        const picture: Picture = {
          title,
          when: "2024-04-18",
          datasetName: title,
          legend: [{ heading: title, entries: [{ label: title, color: title, symbol: "arrow" }] }],
          scene: {
            width,
            height,
            font: title,
            nodes: nodes.map((n, i) => ({ ...n, id: `n${i}` })),
            edges: edges.map(({ curved, arrow, ...e }, i) => ({ ...e, id: `e${i}`, ...(curved ? { control: { x: e.x1, y: e.y2 } } : {}), ...(arrow ? { arrow: { x: e.x2, y: e.y2, length: e.width, width: e.width } } : {}) })),
            labels: labels.map((l, i) => ({ kind: i % 2 ? "node" : "edge", id: title, text: l.text, box: { x: l.x, y: l.y, w: l.w, h: l.h }, size: l.size, weight: "400", color: l.color })),
          },
        };
        const svg = renderSvg(picture);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toMatch(/<script/);
        // Numbers must be finite where they are numbers; text may say "NaN" (a label is any string).
        const numeric = [...svg.matchAll(/\s(?:x|y|x1|y1|x2|y2|cx|cy|r|width|height|d|points|viewBox|stroke-width|font-size|transform)="([^"]*)"/g)].map((m) => m[1]);
        expect(numeric.length).toBeGreaterThan(0);
        for (const value of numeric) expect(value).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });
});
