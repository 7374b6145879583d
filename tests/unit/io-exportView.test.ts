import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../../src/model/schema.ts";
import { activeRelationsAt, createModel } from "../../src/model/stanceModel.ts";
import { exportScope, viewCaption, viewDates, type ExportView } from "../../src/io/exportView.ts";
import { EXPORT_FORMATS, exportFileName, safeSegment } from "../../src/io/filenames.ts";
import { miniDataset } from "./fixtures.ts";

const karabakh = (): Dataset => JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));

describe("exportScope", () => {
  const model = createModel(karabakh(), { layout: false });

  it("takes the relations active on the date, every actor, in dataset order", () => {
    const scope = exportScope(model, { kind: "date", date: "2023-09-18" });
    expect(scope.relations).toEqual(activeRelationsAt(model, "2023-09-18"));
    expect(scope.actors).toEqual(model.dataset.actors);
    expect(scope.filtered).toBe(false);
    expect(scope.status).toBeUndefined();
  });

  it("takes every relation of all time for the whole dataset", () => {
    const scope = exportScope(model, { kind: "all" });
    expect(scope.relations).toHaveLength(20);
    expect(scope.relations).toEqual(model.dataset.relations);
  });

  it("takes the relations of either date in a compare view, each with its change", () => {
    const scope = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" });
    const before = new Set(activeRelationsAt(model, "2023-09-18").map((r) => r.id));
    const after = new Set(activeRelationsAt(model, "2024-04-18").map((r) => r.id));
    expect(new Set(scope.relations.map((r) => r.id))).toEqual(new Set([...before, ...after]));
    for (const r of scope.relations) {
      const expected = before.has(r.id) && after.has(r.id) ? "kept" : before.has(r.id) ? "removed" : "added";
      expect(scope.status!.get(r.id)).toBe(expected);
    }
    expect(scope.status!.get("RUS-ARM-alliance-1992")).toBe("removed");
    expect(scope.status!.get("RUS-ARM-estrangement-2023")).toBe("added");
  });

  it("applies hidden relation types and actor kinds, dropping relations that lose an end", () => {
    const scope = exportScope(model, { kind: "all" }, { hiddenRelationTypes: ["mediation"], hiddenActorKinds: ["bloc"] });
    expect(scope.filtered).toBe(true);
    expect(scope.actors.some((a) => a.kind === "bloc")).toBe(false);
    expect(scope.relations.some((r) => r.type === "mediation")).toBe(false);
    expect(scope.relations.some((r) => r.source === "EUUS" || r.target === "EUUS")).toBe(false);
    const compare = exportScope(model, { kind: "compare", a: "2023-09-18", b: "2024-04-18" }, { hiddenRelationTypes: ["alliance"] });
    expect([...compare.status!.keys()].sort()).toEqual(compare.relations.map((r) => r.id).sort());
  });

  it("refuses a date that is not a calendar day, saying which", () => {
    expect(() => exportScope(model, { kind: "date", date: "2023-02-30" })).toThrow(/"2023-02-30" is not a calendar date/);
    expect(() => exportScope(model, { kind: "compare", a: "2023-01-01", b: "soon" })).toThrow(/"soon"/);
  });
});

describe("viewCaption", () => {
  const model = createModel(miniDataset(), { layout: false });
  it("dates every view, naming periods", () => {
    expect(viewCaption(model, { kind: "date", date: "2024-04-18", periodId: "after" })).toBe("After, 2024-04-18");
    expect(viewCaption(model, { kind: "date", date: "2024-04-18" })).toBe("After, 2024-04-18");
    expect(viewCaption(model, { kind: "date", date: "2022-01-01" })).toBe("2022-01-01");
    expect(viewCaption(model, { kind: "compare", a: "2023-09-18", b: "2022-01-01" })).toBe("2023-09-18 (Before) compared with 2022-01-01");
    expect(viewCaption(model, { kind: "all" }, true)).toMatch(/^All relations, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(filtered\)$/);
    expect(viewDates({ kind: "compare", a: "x", b: "y" })).toEqual(["x", "y"]);
  });
});

describe("export file names", () => {
  it("say the dataset, the view and the date", () => {
    expect(exportFileName("karabakh", { kind: "date", date: "2024-04-18", periodId: "after-2023" }, "png")).toBe("karabakh_after-2023_2024-04-18.png");
    expect(exportFileName("karabakh", { kind: "date", date: "2024-04-18" }, "svg")).toBe("karabakh_2024-04-18.svg");
    expect(exportFileName("karabakh", { kind: "compare", a: "2023-09-18", b: "2024-04-18" }, "gexf")).toBe("karabakh_2023-09-18_vs_2024-04-18.gexf");
    expect(exportFileName("karabakh", { kind: "all" }, "gexf")).toBe("karabakh_all.gexf");
    expect(exportFileName("karabakh", { kind: "all" }, "graphology")).toBe("karabakh_all.graphology.json");
    expect(exportFileName("karabakh", { kind: "date", date: "2024-04-18" }, "png", { scale: 2, filtered: true })).toBe("karabakh_2024-04-18_filtered_2x.png");
  });

  it("use safe characters only, whatever the ids say (property)", () => {
    const view: fc.Arbitrary<ExportView> = fc.oneof(
      fc.record({ kind: fc.constant("date" as const), date: fc.string(), periodId: fc.string() }),
      fc.record({ kind: fc.constant("compare" as const), a: fc.string(), b: fc.string() }),
      fc.constant({ kind: "all" as const }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), view, fc.constantFrom(...EXPORT_FORMATS), (id, v, format) => {
        const name = exportFileName(id, v, format);
        expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/);
        expect(name.includes("..")).toBe(false);
        expect(name.length).toBeLessThanOrEqual(64 * 4 + 30);
      }),
      { numRuns: 500 },
    );
    expect(safeSegment("../../etc/passwd")).toBe("etc-passwd");
    expect(safeSegment("a..b")).toBe("a.b");
    expect(exportFileName("", { kind: "all" }, "csv")).toBe("dataset_all.csv");
  });
});
