/**
 * GEXF styled for Gephi ("gexf-viz"): the plain GEXF plus viz:color, viz:position and viz:size on
 * every node and viz:color and viz:thickness on every edge, in the app's colours and at the
 * positions given (the screen's) or of the stable layout (the CLI); it reads back through our own
 * GEXF reader into the same dataset as the plain file.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
import { exportScope, type ExportView } from "../../src/io/exportView.ts";
import { renderExport } from "../../src/io/renderExport.ts";
import { importDataset } from "../../src/io/importDataset.ts";
import { GEXF_VIZ_NAMESPACE } from "../../src/io/gexf.ts";
import { REFERENCE_PX } from "../../src/io/gexfViz.ts";
import { exportFileName } from "../../src/io/filenames.ts";
import { FADED_NODE, kindColor } from "../../src/style/palette.ts";
import { edgeThickness, fadeToWhite } from "../../src/style/edgeStyle.ts";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));
/** With the stable layout, as the CLI builds it for pictures. */
const model: StanceModel = createModel(karabakh());

type El = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed XML in assertions
/** Keeps the namespace prefixes, so `viz:color` is looked up by its full name. */
const parse = (xml: string): El => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => ["node", "edge"].includes(n) }).parse(xml);
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return { "@_r": String((n >> 16) & 255), "@_g": String((n >> 8) & 255), "@_b": String(n & 255) };
};
const styled = (view: ExportView, position?: (id: string) => { x: number; y: number }) => {
  const scope = exportScope(model, view);
  return { scope, xml: renderExport(model, scope, "gexf-viz", position ? { position } : {}) };
};

describe("GEXF styled for Gephi", () => {
  const after: ExportView = { kind: "date", date: "2024-04-18", periodId: "after-2023" };

  it("is well-formed and declares the viz namespace; the plain GEXF has no viz: at all", () => {
    const { xml, scope } = styled(after);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).gexf["@_xmlns:viz"]).toBe(GEXF_VIZ_NAMESPACE);
    const plain = renderExport(model, scope, "gexf");
    expect(plain).not.toContain("viz");
  });

  it("gives every node a colour, a position and a size, and every edge a colour and a thickness", () => {
    const { xml, scope } = styled(after);
    const graph = parse(xml).gexf.graph;
    expect(graph.nodes.node).toHaveLength(scope.actors.length);
    expect(graph.edges.edge).toHaveLength(scope.relations.length);
    for (const n of graph.nodes.node as El[]) {
      expect(Object.keys(n["viz:color"]), n["@_id"]).toEqual(["@_r", "@_g", "@_b"]);
      expect(Number.isFinite(Number(n["viz:position"]["@_x"])) && Number.isFinite(Number(n["viz:position"]["@_y"]))).toBe(true);
      expect(Number(n["viz:size"]["@_value"])).toBeGreaterThan(0);
    }
    for (const e of graph.edges.edge as El[]) {
      expect(e["viz:color"], e["@_id"]).toBeDefined();
      expect(Number(e["viz:thickness"]["@_value"])).toBeGreaterThan(0);
    }
  });

  it("uses the app's colours: actors by kind, pale without a relation in view; relations by type", () => {
    const graph = parse(styled(after).xml).gexf.graph;
    const node = (id: string) => (graph.nodes.node as El[]).find((n) => n["@_id"] === id)!;
    expect(node("RUS")["viz:color"]).toEqual(rgb(kindColor("state")));
    expect(node("CSTO")["viz:color"]).toEqual(rgb(kindColor("organization")));
    // The Karabakh Armenians have no relation left after 2023: pale, as on screen.
    expect(node("NKR")["viz:color"]).toEqual(rgb(FADED_NODE));
    const edge = (graph.edges.edge as El[]).find((e) => e["@_id"] === "RUS-ARM-estrangement-2023")!;
    expect(edge["viz:color"]).toEqual(rgb(model.relationTypes.get("estrangement")!.color));
  });

  it("fades and thins a relation removed in a comparison, and thickens an added one", () => {
    const { xml } = styled({ kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const edges = parse(xml).gexf.graph.edges.edge as El[];
    const edge = (id: string) => edges.find((e) => e["@_id"] === id)!;
    const alliance = model.relationTypes.get("alliance")!;
    const estrangement = model.relationTypes.get("estrangement")!;
    expect(edge("RUS-ARM-alliance-1992")["viz:color"]).toEqual(rgb(fadeToWhite(alliance.color, 0.45)));
    const removed = Number(edge("RUS-ARM-alliance-1992")["viz:thickness"]["@_value"]);
    const added = Number(edge("RUS-ARM-estrangement-2023")["viz:thickness"]["@_value"]);
    expect(added / removed).toBeCloseTo(edgeThickness(estrangement, "added") / edgeThickness(alliance, "removed"), 2);
  });

  it("places nodes where it is told (the screen's layout layer), else at the stable layout", () => {
    const moved = (id: string) => (id === "ARM" ? { x: 123.5, y: -45.25 } : model.graph.getNodeAttributes(id));
    const pos = (xml: string, id: string) => {
      const n = (parse(xml).gexf.graph.nodes.node as El[]).find((x) => x["@_id"] === id)!;
      return { x: Number(n["viz:position"]["@_x"]), y: Number(n["viz:position"]["@_y"]) };
    };
    expect(pos(styled(after, moved).xml, "ARM")).toEqual({ x: 123.5, y: -45.25 });
    const stable = model.graph.getNodeAttributes("RUS");
    const rus = pos(styled(after).xml, "RUS");
    expect(rus.x).toBeCloseTo(stable.x, 3);
    expect(rus.y).toBeCloseTo(stable.y, 3);
  });

  it("sizes nodes in layout units, in the proportion the screen draws them", () => {
    const graph = parse(styled(after).xml).gexf.graph;
    const nodes = graph.nodes.node as El[];
    const xs = nodes.map((n) => Number(n["viz:position"]["@_x"]));
    const ys = nodes.map((n) => Number(n["viz:position"]["@_y"]));
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const rus = nodes.find((n) => n["@_id"] === "RUS")!;
    expect(Number(rus["viz:size"]["@_value"]) / extent).toBeCloseTo(model.graph.getNodeAttribute("RUS", "size") / REFERENCE_PX, 3);
  });

  it("reads back through Stancegraph's GEXF reader into the same dataset as the plain file, dynamic and static", () => {
    for (const view of [{ kind: "all" } as ExportView, after]) {
      const scope = exportScope(model, view);
      const plain = importDataset(renderExport(model, scope, "gexf"), "plain.gexf");
      const viz = importDataset(renderExport(model, scope, "gexf-viz"), "styled.gexf");
      expect(viz.ok, JSON.stringify(!viz.ok && viz.errors.slice(0, 3))).toBe(true);
      expect(plain.ok).toBe(true);
      if (viz.ok && plain.ok) expect(viz.dataset).toEqual(plain.dataset);
    }
  });

  it("is named …gephi.gexf, still a .gexf for Gephi", () => {
    expect(exportFileName("karabakh", after, "gexf-viz")).toBe("karabakh_after-2023_2024-04-18.gephi.gexf");
    expect(exportFileName("karabakh", { kind: "all" }, "gexf-viz")).toBe("karabakh_all.gephi.gexf");
  });
});

describe("stancegraph export --format gexf-viz", () => {
  it("writes the styled file at the stable layout, dynamic with --all", async () => {
    let out = "";
    const io: CliIO = { out: (t) => (out += t), err: () => {}, writeFile: () => {} };
    expect(await runCli(["export", "--format", "gexf-viz", "--all"], io)).toBe(0);
    const graph = parse(out).gexf.graph;
    expect(graph["@_mode"]).toBe("dynamic");
    const rus = (graph.nodes.node as El[]).find((n) => n["@_id"] === "RUS")!;
    expect(Number(rus["viz:position"]["@_x"])).toBeCloseTo(model.graph.getNodeAttribute("RUS", "x"), 3);
    expect((graph.edges.edge as El[]).every((e) => e["viz:thickness"] !== undefined)).toBe(true);
  });
});
