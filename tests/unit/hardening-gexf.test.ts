/**
 * Issue #17, items 4 and 5, the GEXF side: the reader accepts exactly what the JSON path accepts
 * (a property test feeds both the same datasets, valid and invalid, and compares verdicts), keeps
 * context keys named like Object.prototype's properties, reads back a dataset whose title looks
 * like the context marker, and tells a DOCTYPE from the same words inside CDATA or a comment.
 * Part of the fuzz suite (README, "Reliability").
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeGexf, CONTEXT_PREFIX } from "../../src/io/gexf.ts";
import { readGexf } from "../../src/io/gexfReader.ts";
import { importDataset, type ImportResult } from "../../src/io/importDataset.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { formatIssue } from "../../src/model/validate.ts";
import { MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, type Dataset } from "../../src/model/schema.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

/** Cases per CI run of the JSON-versus-GEXF property (the README's reliability section quotes it). */
export const GEXF_AGREEMENT_RUNS = 300;

type Loose = Record<string, unknown>;

/** The verdict of the GEXF path: a writer that refuses the dataset counts as a refusal. */
function viaGexf(d: Dataset, mode: "dynamic" | "static"): ImportResult | "unwritable" {
  let xml: string;
  try {
    xml = writeGexf(d, { mode });
  } catch {
    return "unwritable";
  }
  return importDataset(xml, "d.gexf");
}

const viaJson = (d: Dataset) => importDataset(datasetJson(d), "d.json");

/** The same dataset as the JSON path gives it: datasetJson adds a `$schema` when there is none. */
function withoutAddedSchema(d: Dataset, original: Dataset): Dataset {
  if (original.$schema !== undefined) return d;
  const { $schema: _schema, ...rest } = d;
  return rest as Dataset;
}

// ── invalid datasets the GEXF format can carry ─────────────────────────────────────────────────
// Node and edge fields travel as XML attribute strings, so their mutations are strings (a number
// as a label would come back as text); unknown fields on actors and relations have no place in a
// GEXF and are left out. Everything in the <meta> context is JSON and can be anything.

const FORBIDDEN = ["\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00"];
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const badText = fc.oneof(
  fc.constantFrom("", " ", "x".repeat(MAX_LABEL_LENGTH + 1), "y".repeat(MAX_TEXT_LENGTH + 1)),
  fc.tuple(fc.constantFrom(...FORBIDDEN), fc.string({ maxLength: 4 })).map(([c, s]) => `${s}${c}${s}`),
);
const badId = fc.constantFrom("", "bad id", "-x", "x".repeat(65), "constructor", "toString", "__proto__", "a/b", "é");
const badDate = fc.constantFrom("2023-02-30", "2023-1-1", "garbage", "", "1999-12-31", "2999-01-01");

type Mutation = (d: Dataset & Loose, pick: (n: number) => number) => void;

const at = <T,>(list: T[], pick: (n: number) => number): T | undefined => (list.length === 0 ? undefined : list[pick(list.length)]);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  badText.map((v): Mutation => (d, pick) => void (at(d.actors, pick) && (at(d.actors, pick)!.label = v))),
  badText.map((v): Mutation => (d, pick) => void (at(d.actors, pick) && (at(d.actors, pick)!.description = v))),
  fc.constantFrom("country", "", "State").map((v): Mutation => (d, pick) => void (at(d.actors, pick) && ((at(d.actors, pick) as Loose).kind = v))),
  fc.constantFrom("abc", "ABCD", "").map((v): Mutation => (d, pick) => void (at(d.actors, pick) && (at(d.actors, pick)!.iso3 = v))),
  fc
    .constantFrom<string[]>(["q1"], ["Q0"], ["Q1,Q2"], [""], [" Q1"], ["Q1 "], ["Q1", ""], ["Q12345678901234567"], [], ["Q1", "Q2"])
    .map((v): Mutation => (d, pick) => void (at(d.actors, pick) && (at(d.actors, pick)!.wikidata = v))),
  fc.constantFrom<unknown>([""], ["x", 5], "not a list", [], [null]).map((v): Mutation => (d, pick) => void (at(d.actors, pick) && ((at(d.actors, pick) as Loose).aliases = v))),
  badId.map((v): Mutation => (d, pick) => {
    const a = at(d.actors, pick);
    if (!a) return;
    const old = a.id;
    a.id = v;
    for (const r of d.relations) {
      if (r.source === old) r.source = v;
      if (r.target === old) r.target = v;
    }
    for (const e of d.events) e.actors = e.actors.map((x) => (x === old ? v : x));
  }),
  fc.constant<Mutation>((d) => void (d.actors.length > 1 && (d.actors[1]!.id = d.actors[0]!.id))),
  badId.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.source = v))),
  badId.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.type = v))),
  badId.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.id = v))),
  badDate.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.from = v))),
  badDate.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.to = v))),
  fc.constant<Mutation>((d, pick) => {
    const r = at(d.relations, pick);
    if (r) r.to = r.from;
  }),
  fc.constantFrom<unknown>([], [{ source: "nope", quote: "x" }], [{ source: "s" }], "x", [{ source: "s", quote: "q", extra: 1 }]).map(
    (v): Mutation => (d, pick) => void (at(d.relations, pick) && ((at(d.relations, pick) as Loose).evidence = v)),
  ),
  badText.map((v): Mutation => (d, pick) => void (at(d.relations, pick) && (at(d.relations, pick)!.note = v))),
  fc.constantFrom("maybe", "", "High").map((v): Mutation => (d, pick) => void (at(d.relations, pick) && ((at(d.relations, pick) as Loose).confidence = v))),
  // The <meta> context: any JSON.
  fc.constantFrom(...PROTOTYPE_NAMES, "colour", "actors_").map((k): Mutation => (d) => void Object.defineProperty(d, k, { value: 1, enumerable: true, writable: true, configurable: true })),
  badText.map((v): Mutation => (d) => void (d.title = v)),
  fc.string({ maxLength: 8 }).map((s): Mutation => (d) => void (d.title = `${CONTEXT_PREFIX}${s}`)),
  fc.constantFrom(`${CONTEXT_PREFIX}{}`, `${CONTEXT_PREFIX}{"format":"stancegraph/1"}`).map((v): Mutation => (d) => void (d.title = v)),
  badText.map((v): Mutation => (d) => void (d.description = v)),
  fc.constantFrom<unknown>("stancegraph/2", 1, null).map((v): Mutation => (d) => void ((d as Loose).format = v)),
  badId.map((v): Mutation => (d) => void (d.id = v)),
  fc.constantFrom<unknown>({ from: "2020-01-01" }, { from: "2021-01-01", to: "2020-01-01" }, "2020").map((v): Mutation => (d) => void ((d as Loose).span = v)),
  fc.constantFrom<unknown>("blue", "#12345", 5).map((v): Mutation => (d, pick) => void (at(d.relationTypes, pick) && ((at(d.relationTypes, pick) as Loose).color = v))),
  fc.constantFrom<unknown>(2, "1", null).map((v): Mutation => (d, pick) => void (at(d.relationTypes, pick) && ((at(d.relationTypes, pick) as Loose).sign = v))),
  badText.map((v): Mutation => (d, pick) => void (at(d.sources, pick) && (at(d.sources, pick)!.title = v))),
  fc.constantFrom<unknown>("ftp://x", "x".repeat(5000), 5).map((v): Mutation => (d, pick) => void (at(d.sources, pick) && ((at(d.sources, pick) as Loose).url = v))),
  badText.map((v): Mutation => (d, pick) => void (at(d.events, pick) && (at(d.events, pick)!.label = v))),
  badDate.map((v): Mutation => (d, pick) => void (at(d.periods, pick) && (at(d.periods, pick)!.date = v))),
  fc.constant<Mutation>((d) => void ((d as Loose).relationTypes = [])),
);

const casesArb = fc.tuple(datasetArb({ maxActors: 4, maxRelations: 5 }), fc.array(mutationArb, { maxLength: 3 }), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), fc.constantFrom("dynamic" as const, "static" as const));

describe("the GEXF path accepts exactly what the JSON path accepts", () => {
  it("on the same datasets, valid and invalid", () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(casesArb, ([base, mutations, picks, mode]) => {
        const d = structuredClone(base) as Dataset & Loose;
        let k = 0;
        for (const m of mutations) m(d, (n) => picks[k++ % picks.length]! % n);
        const json = viaJson(d);
        const gexf = viaGexf(d, mode);
        const problems = (r: ImportResult | "unwritable") => (r === "unwritable" ? ["(the writer refused)"] : r.ok ? [] : r.errors.map(formatIssue));
        if (json.ok) {
          accepted++;
          expect(gexf !== "unwritable" && gexf.ok, `the JSON path accepts; the GEXF path says:\n${problems(gexf).join("\n")}`).toBe(true);
          if (gexf !== "unwritable" && gexf.ok && mode === "dynamic") expect(gexf.dataset).toEqual(withoutAddedSchema(json.dataset, d));
        } else {
          refused++;
          expect(gexf !== "unwritable" && gexf.ok, `the JSON path refuses:\n${problems(json).join("\n")}\nthe GEXF path accepts`).toBe(false);
        }
      }),
      { numRuns: GEXF_AGREEMENT_RUNS },
    );
    // Both kinds of case are really there.
    expect(accepted).toBeGreaterThan(GEXF_AGREEMENT_RUNS / 10);
    expect(refused).toBeGreaterThan(GEXF_AGREEMENT_RUNS / 10);
  });
});

describe("the GEXF reader", () => {
  it("keeps context fields named like Object.prototype's properties, and reports them as the JSON path does", () => {
    for (const key of ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"]) {
      // As a file would have it: parsed JSON, where "__proto__" is an ordinary key.
      const d = JSON.parse(datasetJson(miniDataset()).replace(/^\{/, `{"${key}": 1, `)) as Dataset;
      const json = viaJson(d);
      const gexf = viaGexf(d, "dynamic");
      const expected = `${key}: unknown field "${key}" (check the spelling against graph-data/schema.json)`;
      expect(json.ok ? [] : json.errors.map(formatIssue), key).toEqual([expected]);
      expect(gexf !== "unwritable" && !gexf.ok ? gexf.errors.map(formatIssue) : [], key).toEqual([expected]);
    }
  });

  it("reads back a dataset whose title begins with the context marker", () => {
    for (const title of [`${CONTEXT_PREFIX}`, `${CONTEXT_PREFIX}notes`, `${CONTEXT_PREFIX}{}`, `${CONTEXT_PREFIX}{"format":"stancegraph/1","id":"x"}`]) {
      const d = miniDataset();
      d.title = title;
      for (const caption of [undefined, "After, 2024-04-18"]) {
        const back = readGexf(writeGexf(d, { mode: "dynamic", ...(caption ? { caption } : {}) }));
        expect(back.ok ? back.dataset : back.errors.map(formatIssue), title).toEqual(d);
      }
    }
  });

  it("refuses an entity named like an inherited property instead of decoding it to a function", () => {
    const xml = writeGexf(miniDataset(), { mode: "dynamic" }).replace('label="Alpha"', 'label="Al&constructor;pha"');
    const r = readGexf(xml);
    // The parser resolves references, so the file's line and column say where (not the node's path).
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([expect.stringMatching(/^\(file\): not well-formed XML: unknown entity "&constructor;" \(only &amp; &lt; &gt; &quot; &apos; are defined\) \(line \d+, column \d+\)$/)]);
    const s = readGexf(writeGexf(miniDataset(), { mode: "dynamic" }).replace('label="Alpha"', 'label="&toString;"'));
    expect(s.ok).toBe(false);
  });

  it("writes Wikidata ids so that an id holding a comma or space comes back as it was (and is then refused)", () => {
    for (const wikidata of [["Q1,Q2"], [""], [" Q1"], ["Q1", ""]]) {
      const d = miniDataset();
      d.actors[0]!.wikidata = wikidata;
      const back = readGexf(writeGexf(d, { mode: "dynamic" }));
      expect(back.ok, JSON.stringify(wikidata)).toBe(false);
      expect(back.ok ? [] : back.errors.map((e) => e.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^actors\[0\]\.wikidata\[\d\]$/)]));
    }
    // Ordinary ids stay a plain comma list that Gephi shows as such.
    const d = miniDataset();
    d.actors[0]!.wikidata = ["Q1", "Q2"];
    const xml = writeGexf(d, { mode: "dynamic" });
    expect(xml).toContain('<attvalue for="wikidata" value="Q1,Q2"/>');
    expect(readGexf(xml).ok).toBe(true);
  });
});

describe("DOCTYPE detection in a GEXF", () => {
  const good = () => writeGexf(miniDataset(), { mode: "dynamic" });
  const withNote = (note: string) => {
    const d = miniDataset();
    d.description = "d";
    return writeGexf(d, { mode: "dynamic" }).replace("<creator>Stancegraph</creator>", `<creator>Stancegraph</creator>${note}`);
  };

  it("is not fooled by the words inside CDATA, a comment or a processing instruction, and still finds a real one", () => {
    for (const note of ["<!-- <!DOCTYPE html> -->", "<!--<!ENTITY x 'y'>-->", "<?note <!DOCTYPE x?>", "<keywords><![CDATA[<!DOCTYPE html>]]></keywords>", "<keywords><![CDATA[<!ENTITY e SYSTEM 'file:///etc/passwd'>]]></keywords>"]) {
      const r = readGexf(withNote(note));
      expect(r.ok ? [] : r.errors.map(formatIssue), note).toEqual([]);
    }
    const d = miniDataset();
    d.actors[0]!.description = "<![CDATA[<!DOCTYPE html>]]>";
    expect(readGexf(writeGexf(d, { mode: "dynamic" })).ok).toBe(true);
    // A real declaration is still refused, wherever it is.
    const decl = '<?xml version="1.0" encoding="UTF-8"?>';
    for (const xml of [
      good().replace(decl, `${decl}<!DOCTYPE gexf [<!ENTITY x "y">]>`),
      good().replace(decl, `${decl}<!-- c --><!doctype gexf>`),
      good().replace(decl, `${decl}<![CDATA[x]]><!DOCTYPE gexf>`),
    ]) {
      const r = readGexf(xml);
      expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual(["(file): DOCTYPE and entity declarations are not accepted in a GEXF file"]);
    }
  });
});
