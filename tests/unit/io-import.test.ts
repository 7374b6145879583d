import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateDataset } from "../../src/model/validate.ts";
import { MAX_DATASET_BYTES } from "../../src/model/load.ts";
import { checkImportSize, detectImportFormat, importDataset, type ImportResult } from "../../src/io/importDataset.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

/** What every import must give: a valid dataset, or clear problems and no dataset at all. */
function expectClearOutcome(r: ImportResult): void {
  if (r.ok) {
    expect(validateDataset(r.dataset).ok).toBe(true);
    expect("errors" in r).toBe(false);
    return;
  }
  expect("dataset" in r).toBe(false); // nothing half-read to replace the graph with
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe("string");
    expect(e.path.length).toBeGreaterThan(0);
    expect(typeof e.message).toBe("string");
    expect(e.message.length).toBeGreaterThan(0);
    // The catch-all is a safety net for bugs, not the way problems are meant to be found.
    expect(e.message).not.toMatch(/^could not be read: /);
  }
}

/** Edits that break a file the way real files break: cut, spliced, truncated, a character changed. */
function mutationArb(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("<", ">", "&", '"', "{", "}", "[", "]", ",", ":", "null", "<edge>", "</node>", "&#0;", "&#x110000;", "\\u0000", "\uFFFF", "<![CDATA[x]]>", "<!-- c -->")) }),
    fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
    fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    let s = text;
    for (const e of edits) {
      const at = s.length === 0 ? 0 : e.at % s.length;
      if (e.op === "delete") s = s.slice(0, at) + s.slice(at + e.len);
      else if (e.op === "insert") s = s.slice(0, at) + e.text + s.slice(at);
      else if (e.op === "truncate") s = s.slice(0, at);
      else s = s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
    }
    return s;
  });
}

const names = fc.constantFrom("data.json", "graph.gexf", "notes.txt", "", "x.xml", "DATA.JSON");
const miniJson = datasetJson(miniDataset());
const miniGexf = writeGexf(miniDataset(), { mode: "dynamic" });

describe("checkImportSize", () => {
  it("refuses files over the limit before they are read, with both sizes", () => {
    expect(checkImportSize(MAX_DATASET_BYTES + 1, "big.json")).toEqual({ path: "(file)", message: '"big.json" is 200.0 MiB; the limit is 200.0 MiB' });
    expect(checkImportSize(300 * 1024 * 1024, "big.gexf")?.message).toBe('"big.gexf" is 300.0 MiB; the limit is 200.0 MiB');
    expect(checkImportSize(MAX_DATASET_BYTES, "ok.json")).toBeNull();
    expect(checkImportSize(2048, "x.json", 1024)?.message).toBe('"x.json" is 2.0 KiB; the limit is 1.0 KiB');
    expect(checkImportSize(0, "empty.json")?.message).toBe('"empty.json" is empty');
    expect(checkImportSize(Number.NaN, "")?.message).toBe("the file: its size is unknown");
  });
});

describe("detectImportFormat", () => {
  it("goes by content first, then by extension", () => {
    expect(detectImportFormat('  {"format": 1}', "x.gexf")).toBe("dataset-json");
    expect(detectImportFormat("\uFEFF<?xml?>", "x.json")).toBe("gexf");
    expect(detectImportFormat("", "x.json")).toBe("dataset-json");
    expect(detectImportFormat("hello", "x.gexf")).toBe("gexf");
    expect(detectImportFormat("hello", "x.txt")).toBeNull();
  });
});

describe("importDataset", () => {
  it("reads dataset JSON and our GEXF to the same dataset", () => {
    const fromJson = importDataset(miniJson, "mini.json");
    const fromGexf = importDataset(miniGexf, "mini.gexf");
    expect(fromJson).toMatchObject({ ok: true, format: "dataset-json" });
    expect(fromGexf).toMatchObject({ ok: true, format: "gexf" });
    if (!fromJson.ok || !fromGexf.ok) return;
    const { $schema: _s, ...plain } = fromJson.dataset;
    expect(fromGexf.dataset).toStrictEqual(plain);
    // Without source texts quotes cannot be checked; the warning says so and file entries stay.
    expect(fromJson.warnings.map((w) => w.message)).toContain("source texts are not available here, so quotes were not checked against them");
    expect(fromJson.dataset.sources[0]!.file).toBe("sources/s1.txt");
  });

  it("checks quotes when the caller has the source texts", () => {
    const r = importDataset(miniJson.replace("Alpha and Beta signed a pact.", "Alpha and Beta signed a treaty."), "mini.json", { readSourceText: () => "Alpha and Beta signed a pact." });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.path).toBe("relations[0].evidence[0].quote");
  });

  it("says when the name and the content disagree, and reads the content", () => {
    const r = importDataset(miniGexf, "mini.json");
    expect(r).toMatchObject({ ok: true, format: "gexf" });
    expect(r.warnings[0]!.message).toBe("the name ends in .json but the content is XML; read as gexf");
  });

  it("explains files that are neither, too big, or broken, with where", () => {
    expect(importDataset("hello", "notes.txt")).toMatchObject({ ok: false, format: null, errors: [{ path: "(file)", message: '"notes.txt" is neither dataset JSON nor GEXF: it should begin with "{" (JSON) or "<" (GEXF)' }] });
    expect(importDataset(miniJson, "mini.json", { maxBytes: 100 })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/the limit is 100 B$/) }] });
    const broken = importDataset('{\n  "format": "stancegraph/1",\n  "id": oops\n}', "b.json");
    expect(!broken.ok && broken.errors[0]!.message).toMatch(/^not valid JSON: .*\(line 3, column \d+\)/);
    const notGexf = importDataset("<html><body>hi</body></html>", "page.html");
    expect(!notGexf.ok && notGexf.errors[0]!.message).toBe("not a GEXF file: the root element is not <gexf>");
  });
});

describe("import fuzzing: a clear error or a valid dataset, never an exception", () => {
  it("survives random text", () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), fc.json(), fc.string({ maxLength: 50 }).map((s) => `<${s}`));
    fc.assert(fc.property(text, names, (t, name) => expectClearOutcome(importDataset(t, name))), { numRuns: 1000 });
  });

  it("survives mutated dataset JSON", () => {
    fc.assert(fc.property(mutationArb(fc.constant(miniJson)), names, (t, name) => expectClearOutcome(importDataset(t, name))), { numRuns: 1000 });
  });

  it("survives mutated GEXF", () => {
    fc.assert(fc.property(mutationArb(fc.constant(miniGexf)), names, (t, name) => expectClearOutcome(importDataset(t, name))), { numRuns: 1000 });
  });

  it("survives any value in any place of a dataset", () => {
    const base = JSON.parse(miniJson) as Record<string, unknown>;
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(base);
        let at: Record<string | number, unknown> = copy;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = value;
        expectClearOutcome(importDataset(JSON.stringify(copy), "x.json"));
        expectClearOutcome(importDataset(writeGexfOrSkip(copy), "x.gexf"));
      }),
      { numRuns: 600 },
    );
  });

  it("survives generated datasets with broken GEXF dates and ids", () => {
    const gexf = datasetArb({ maxRelations: 4 }).map((d) => writeGexf(d, { mode: "dynamic" }));
    fc.assert(fc.property(mutationArb(gexf), (t) => expectClearOutcome(importDataset(t, "g.gexf"))), { numRuns: 150 });
  });
});

/** A GEXF of a mutated dataset when the writer can take it (it expects a valid dataset), else "". */
function writeGexfOrSkip(data: unknown): string {
  const valid = validateDataset(data);
  return valid.ok ? writeGexf(valid.dataset, { mode: "dynamic" }) : "";
}
