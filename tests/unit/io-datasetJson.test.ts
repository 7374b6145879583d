import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import type { Dataset } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { activeRelationsAt, createModel } from "../../src/model/stanceModel.ts";
import { DEFAULT_SCHEMA_REF, datasetForScope, datasetJson, graphologyJson } from "../../src/io/datasetJson.ts";
import { exportScope } from "../../src/io/exportView.ts";
import { importDataset } from "../../src/io/importDataset.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

describe("generated datasets (tests/unit/arbitraries.ts)", () => {
  it("are all valid, so the property tests start from real datasets", () => {
    fc.assert(
      fc.property(datasetArb(), (d) => {
        const result = validateDataset(d);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("dataset JSON export", () => {
  it("imports back to an equal dataset (export → import is lossless)", () => {
    fc.assert(
      fc.property(datasetArb(), (d) => {
        const result = importDataset(datasetJson(d), "export.json");
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.format).toBe("dataset-json");
        expect(result.dataset).toStrictEqual({ ...d, $schema: d.$schema ?? DEFAULT_SCHEMA_REF });
      }),
      { numRuns: 300 },
    );
  });

  it("is pretty-printed with $schema first and every field in its place", () => {
    const d = karabakh();
    const text = datasetJson(d);
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "format": "stancegraph/1",\n  "id": "karabakh"')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(d));
    const { $schema: _drop, ...noSchema } = miniDataset();
    expect(Object.keys(JSON.parse(datasetJson(noSchema)))[0]).toBe("$schema");
    expect(JSON.parse(datasetJson(noSchema, { schemaRef: "https://example.org/s.json" })).$schema).toBe("https://example.org/s.json");
  });

  it("of a date keeps only the relations active then, and is still a valid dataset", () => {
    const model = createModel(karabakh(), { layout: false });
    for (const date of ["2019-01-01", "2023-09-18", "2024-04-18"]) {
      const scoped = datasetForScope(model.dataset, exportScope(model, { kind: "date", date }));
      expect(scoped.relations.map((r) => r.id)).toEqual(activeRelationsAt(model, date).map((r) => r.id));
      const result = validateDataset(JSON.parse(datasetJson(scoped)));
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it("drops the events of hidden actors so the filtered dataset stays valid", () => {
    const model = createModel(miniDataset(), { layout: false });
    const scope = exportScope(model, { kind: "all" }, { hiddenActorKinds: ["bloc"] });
    const scoped = datasetForScope(model.dataset, scope);
    expect(scoped.actors.map((a) => a.id)).toEqual(["AAA", "BBB"]);
    expect(scoped.relations.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(scoped.events.map((e) => e.id)).toEqual(["e1"]);
    const hideBeta = datasetForScope(model.dataset, exportScope(model, { kind: "all" }, { hiddenActorKinds: ["state"] }));
    expect(hideBeta.events).toEqual([]);
    expect(validateDataset(hideBeta).ok).toBe(true);
  });
});

describe("graphology JSON export", () => {
  it("is graphology's serialized graph of the scope, readable with Graph.from", () => {
    const model = createModel(karabakh());
    const scope = exportScope(model, { kind: "date", date: "2024-04-18", periodId: "after-2023" });
    const json = JSON.parse(graphologyJson(model, scope, "After 2023, 2024-04-18"));
    const graph = Graph.from(json);
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(scope.relations.length);
    expect(graph.multi).toBe(true);
    expect(graph.getAttribute("caption")).toBe("After 2023, 2024-04-18");
    const r = scope.relations[0]!;
    expect(graph.getEdgeAttributes(r.id)).toMatchObject({ relationType: r.type, from: r.from });
    expect(graph.getNodeAttribute("RUS", "x")).toBe(model.graph.getNodeAttribute("RUS", "x"));
    const mediation = scope.relations.find((x) => x.type === "mediation")!;
    expect(graph.isDirected(mediation.id)).toBe(true);
  });

  it("marks each relation's change in a compare view", () => {
    const model = createModel(miniDataset(), { layout: false });
    const scope = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const graph = Graph.from(JSON.parse(graphologyJson(model, scope, "x")));
    expect(graph.getEdgeAttribute("r1", "change")).toBe("removed");
    expect(graph.getEdgeAttribute("r2", "change")).toBe("added");
    expect(graph.getEdgeAttribute("r3", "change")).toBe("removed");
  });
});
