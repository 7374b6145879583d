/**
 * Issue #17, the validator's part: ids that are names of Object.prototype's properties (which
 * graphology's plain-object adjacency cannot hold as node keys), maximum lengths with the path and
 * the limit, values echoed in messages cut to about 80 characters, and the characters XML cannot
 * carry refused in dataset text.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { importDataset } from "../../src/io/importDataset.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { validateDataset, formatIssue, toDisplayPath } from "../../src/model/validate.ts";
import {
  MAX_FILE_NAME_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  MAX_WIKIDATA_LENGTH,
  Actor,
  type Dataset,
} from "../../src/model/schema.ts";
import { ECHO_LIMIT, clip, echo } from "../../src/model/echo.ts";
import { miniDataset, miniTexts } from "./fixtures.ts";

type Loose = Dataset & Record<string, unknown>;

/** Cases per CI run of the oversized-string fuzz (the README's reliability section quotes it). */
export const OVERSIZE_RUNS = 100;

function errorsAfter(mutate: (d: Loose) => void): string[] {
  const d = miniDataset() as Loose;
  mutate(d);
  const result = validateDataset(d, { readSourceText: miniTexts });
  return result.ok ? [] : result.errors.map(formatIssue);
}

/** Renames actor `from` to `to` everywhere it is used. */
function renameActor(d: Dataset, from: string, to: string): void {
  for (const a of d.actors) if (a.id === from) a.id = to;
  for (const r of d.relations) {
    if (r.source === from) r.source = to;
    if (r.target === from) r.target = to;
  }
  for (const e of d.events) e.actors = e.actors.map((x) => (x === from ? to : x));
}

/**
 * Whether graphology (a mixed multigraph, as buildGraph makes) keeps a node keyed `name` whole:
 * edges to it found, counted and listed, neighbours iterated, the graph exported and read back.
 * A broken adjacency can write to the objects of Object.prototype (`head.previous = edge`), so
 * what the probe leaves there is removed again.
 */
function graphologyHolds(name: string): boolean {
  const inherited = Object.getOwnPropertyNames(Object.prototype).map((k) => (Object.prototype as unknown as Record<string, unknown>)[k]);
  try {
    const g = new MultiGraph({ type: "mixed", allowSelfLoops: false });
    g.addNode("A");
    g.addNode("B");
    g.addNode(name);
    g.addUndirectedEdgeWithKey("e1", "A", name);
    g.addDirectedEdgeWithKey("e2", name, "B");
    g.addUndirectedEdgeWithKey("e3", "A", "B");
    g.addUndirectedEdgeWithKey("e4", "A", name);
    const edgesOfA = g.edges("A").sort();
    const ok =
      g.size === 4 &&
      JSON.stringify(edgesOfA) === JSON.stringify(["e1", "e3", "e4"]) &&
      g.edges("A", name).length === 2 &&
      g.hasEdge("B", name) === false &&
      g.hasEdge(name, "B") &&
      g.neighbors("A").sort().join() === ["B", name].sort().join() &&
      g.degree(name) === 3 &&
      MultiGraph.from(g.export()).size === 4;
    g.dropNode(name);
    return ok && g.size === 1;
  } catch {
    return false;
  } finally {
    for (const value of [Object.prototype, ...inherited]) {
      if ((typeof value === "object" || typeof value === "function") && value !== null) {
        delete (value as Record<string, unknown>).previous;
        delete (value as Record<string, unknown>).next;
      }
    }
  }
}

describe("ids that are properties of every JavaScript object", () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
  // Names that look alike but that no plain object inherits.
  const controls = ["RUS", "Constructor", "prototype", "length", "name", "then", "toJSON", "hasOwn", "keys", "size", "get", "set", "__count__"];

  it("are refused as actor ids exactly when graphology cannot hold them as node keys, and accepted as any other id", () => {
    const idPattern = new RegExp(Actor.properties.id.pattern!);
    let unsafe = 0;
    for (const name of [...prototypeNames, ...controls]) {
      const holds = graphologyHolds(name);
      if (!holds) unsafe++;
      const d = miniDataset();
      renameActor(d, "GAM", name);
      const result = validateDataset(d, { readSourceText: miniTexts });
      const reasons = result.ok ? [] : result.errors.map(formatIssue);
      const what = `actor id ${JSON.stringify(name)}: graphology ${holds ? "holds it" : "breaks"}`;
      // Refused for what graphology cannot hold, and for nothing else than the id pattern.
      expect(reasons.some((r) => r.includes("cannot be an actor id")), what).toBe(!holds);
      expect(result.ok, what).toBe(holds && idPattern.test(name));
    }
    expect(unsafe).toBe(prototypeNames.length);
    expect(Object.hasOwn(Object.prototype, "previous")).toBe(false);
    // Ids of every other kind are never graph nodes: any name is fine there.
    for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString"]) {
      const d = miniDataset();
      d.id = name;
      d.relationTypes[0]!.id = name;
      d.relations[0]!.type = name;
      d.relations[1]!.id = name;
      d.events[0]!.id = name;
      d.periods[1]!.id = name;
      d.sources[0]!.id = name;
      for (const r of d.relations) for (const ev of r.evidence) if (ev.source === "s1") ev.source = name;
      for (const ev of d.events[0]!.evidence) ev.source = name;
      const result = validateDataset(d, { readSourceText: miniTexts });
      expect(result.ok ? [] : result.errors.map(formatIssue), name).toEqual([]);
    }
    // Ids are looked up in Sets, not plain objects: a name like an inherited property is not "known" by accident.
    expect(errorsAfter((d) => (d.relations[0]!.type = "constructor"))).toEqual(['relations[0].type: unknown relation type "constructor"']);
    expect(errorsAfter((d) => (d.relations[0]!.evidence[0]!.source = "toString"))).toEqual(['relations[0].evidence[0].source: unknown source "toString"']);
    expect(errorsAfter((d) => (d.relations[0]!.target = "valueOf"))).toEqual(['relations[0].target: unknown actor "valueOf"']);
  });

  it("are refused with a reason that says why", () => {
    const errors = errorsAfter((d) => renameActor(d, "GAM", "constructor"));
    expect(errors).toEqual([
      'actors[2].id: "constructor" cannot be an actor id: every JavaScript object has a property of that name, and the graph library ' +
        "keeps actors in such objects; choose another id (e.g. \"constructor_\")",
    ]);
  });

});

describe("maximum lengths", () => {
  const long = (n: number) => "x".repeat(n);
  /** Machine-coded evidence (stancegraph ingest's) with these sample URLs, citing the relation's own source. */
  const machineCoded = (d: Loose, sampleUrls: string[]) => ({
    source: d.relations[0]!.evidence[0]!.source,
    derived: { rule: "counted", cooperative: 5, conflictual: 0, first: "2023-01-01", last: "2023-02-01", sampleIds: ["1", "2"], sampleUrls },
  });
  const cases: Array<[string, (d: Loose, n: number) => void, number]> = [
    ["actors[0].label", (d, n) => (d.actors[0]!.label = long(n)), MAX_LABEL_LENGTH],
    ["actors[0].aliases[0]", (d, n) => (d.actors[0]!.aliases = [long(n)]), MAX_LABEL_LENGTH],
    ["actors[0].description", (d, n) => (d.actors[0]!.description = long(n)), MAX_TEXT_LENGTH],
    ["actors[0].wikidata[0]", (d, n) => (d.actors[0]!.wikidata = [`Q${"1".repeat(n - 1)}`]), MAX_WIKIDATA_LENGTH],
    ["relations[0].note", (d, n) => (d.relations[0]!.note = long(n)), MAX_TEXT_LENGTH],
    ["relations[2].evidence[0].citation", (d, n) => (d.relations[2]!.evidence[0]!.citation = long(n)), MAX_TEXT_LENGTH],
    ["relationTypes[0].label", (d, n) => (d.relationTypes[0]!.label = long(n)), MAX_LABEL_LENGTH],
    ["relationTypes[0].description", (d, n) => (d.relationTypes[0]!.description = long(n)), MAX_TEXT_LENGTH],
    ["events[0].label", (d, n) => (d.events[0]!.label = long(n)), MAX_LABEL_LENGTH],
    ["events[0].description", (d, n) => (d.events[0]!.description = long(n)), MAX_TEXT_LENGTH],
    ["sources[0].title", (d, n) => (d.sources[0]!.title = long(n)), MAX_TITLE_LENGTH],
    ["sources[0].publisher", (d, n) => (d.sources[0]!.publisher = long(n)), MAX_LABEL_LENGTH],
    ["sources[1].url", (d, n) => (d.sources[1]!.url = `https://example.org/${long(n - 20)}`), MAX_URL_LENGTH],
    ["sources[0].file", (d, n) => (d.sources[0]!.file = `sources/${long(n - 12)}.txt`), MAX_FILE_NAME_LENGTH],
    ["sources[0].note", (d, n) => (d.sources[0]!.note = long(n)), MAX_TEXT_LENGTH],
    ["periods[0].label", (d, n) => (d.periods[0]!.label = long(n)), MAX_LABEL_LENGTH],
    ["periods[0].description", (d, n) => (d.periods[0]!.description = long(n)), MAX_TEXT_LENGTH],
    ["title", (d, n) => (d.title = long(n)), MAX_TITLE_LENGTH],
    ["description", (d, n) => (d.description = long(n)), MAX_TEXT_LENGTH],
    ["$schema", (d, n) => (d.$schema = long(n)), MAX_URL_LENGTH],
    ["relations[0].evidence[0].derived.sampleUrls[1]", (d, n) => (d.relations[0]!.evidence = [machineCoded(d, ["https://example.org/1", `https://example.org/${long(n - 20)}`])]), MAX_URL_LENGTH],
  ];

  for (const [path, set, limit] of cases) {
    it(`${path}: accepts ${limit} characters, refuses ${limit + 1} with the path and the limit`, () => {
      // (At the limit a file name is accepted; that no such file exists is another matter.)
      expect(errorsAfter((d) => set(d, limit)).filter((e) => e.includes("the limit"))).toEqual([]);
      const errors = errorsAfter((d) => set(d, limit + 1));
      expect(errors).toEqual([`${path}: is ${(limit + 1).toLocaleString("en")} characters long; the limit is ${limit.toLocaleString("en")}`]);
    });
  }

  it("refuses an id over the limit once, for its length (not again for its pattern)", () => {
    const errors = errorsAfter((d) => (d.relations[0]!.id = "r".repeat(MAX_ID_LENGTH + 1)));
    expect(errors).toEqual([`relations[0].id: is ${MAX_ID_LENGTH + 1} characters long; the limit is ${MAX_ID_LENGTH}`]);
  });

  it("refuses a quote over the limit before looking for it in the source text", () => {
    const errors = errorsAfter((d) => (d.relations[0]!.evidence[0]!.quote = long(MAX_TEXT_LENGTH + 1)));
    expect(errors).toEqual([`relations[0].evidence[0].quote: is ${(MAX_TEXT_LENGTH + 1).toLocaleString("en")} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en")}`]);
  });

  it("refuses a 20 MB label quickly, with a short message", () => {
    const d = miniDataset();
    d.actors[0]!.label = "L".repeat(20 * 1024 * 1024);
    const result = validateDataset(d, { readSourceText: miniTexts });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map(formatIssue)).toEqual([`actors[0].label: is 20,971,520 characters long; the limit is ${MAX_LABEL_LENGTH}`]);
    }
  });
});

describe("oversized strings anywhere (fuzz)", () => {
  /** Every place of the mini dataset that holds a string, as a path of keys and indices. */
  const stringPaths: Array<Array<string | number>> = [];
  const walk = (v: unknown, path: Array<string | number>) => {
    if (typeof v === "string") stringPaths.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(miniDataset(), []);

  it("are refused through the JSON and the GEXF path, with short messages that name the place", () => {
    fc.assert(
      fc.property(fc.constantFrom(...stringPaths), fc.integer({ min: MAX_TEXT_LENGTH + 1, max: 300_000 }), fc.constantFrom("x", "é", "😀", " ", "Q1", "2020-01-01"), (path, length, unit) => {
        const d = miniDataset() as unknown as Record<string | number, unknown>;
        let at = d;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = unit.repeat(Math.ceil(length / unit.length));
        const results = [importDataset(datasetJson(d as unknown as Dataset), "d.json")];
        let gexf: string | undefined;
        try {
          gexf = writeGexf(d as unknown as Dataset, { mode: "dynamic" });
        } catch {
          // A date no calendar has cannot be written as a GEXF date: the GEXF path never sees it.
          expect(path.at(-1)).toMatch(/^(from|to|date|end)$/);
        }
        if (gexf !== undefined) results.push(importDataset(gexf, "d.gexf"));
        for (const result of results) {
          expect(result.ok).toBe(false);
          const issues = result.ok ? [] : result.errors;
          for (const issue of issues) {
            expect(issue.path.length).toBeLessThan(200);
            expect(issue.message.length, issue.message.slice(0, 200)).toBeLessThan(300);
          }
        }
      }),
      { numRuns: OVERSIZE_RUNS },
    );
  });
});

describe("values echoed in messages", () => {
  const huge = "A".repeat(10_000_024);

  it("are cut to about 80 characters with an ellipsis, never splitting a character", () => {
    expect(clip("short")).toBe("short");
    expect(clip("x".repeat(200))).toBe(`${"x".repeat(ECHO_LIMIT - 1)}…`);
    expect(clip(`${"x".repeat(ECHO_LIMIT - 2)}😀😀`)).toBe(`${"x".repeat(ECHO_LIMIT - 2)}…`);
    expect(echo("plain")).toBe('"plain"');
    expect(echo('a "quote"\n')).toBe('"a \\"quote\\"\\n"');
    const cut = echo(huge);
    expect(cut.length).toBeLessThanOrEqual(ECHO_LIMIT);
    expect(cut).toMatch(/^"A+…"$/);
    expect(echo("\u0000".repeat(100)).length).toBeLessThanOrEqual(ECHO_LIMIT);
  });

  // Every place the validator repeats a value: each message stays short whatever the value's size.
  const places: Array<[string, (d: Loose) => void]> = [
    ["unknown actor", (d) => (d.relations[0]!.target = huge)],
    ["unknown relation type", (d) => (d.relations[0]!.type = huge)],
    ["unknown source", (d) => (d.relations[0]!.evidence[0]!.source = huge)],
    ["quote not in the text", (d) => (d.relations[0]!.evidence[0]!.quote = `${"q".repeat(5000)}`)],
    ["unknown event actor", (d) => (d.events[0]!.actors = [huge])],
    ["unknown field", (d) => ((d.actors[0] as Record<string, unknown>)[huge] = 1)],
    ["bad pattern", (d) => (d.relationTypes[0]!.color = `#${huge}`)],
    ["bad kind", (d) => ((d.actors[0] as Record<string, unknown>).kind = huge)],
    ["bad format", (d) => ((d as Record<string, unknown>).format = `stancegraph/${huge}`)],
    ["bad date", (d) => (d.relations[0]!.from = huge)],
    ["iso3 on a bloc", (d) => ((d.actors[2] as Record<string, unknown>).iso3 = "GAM")],
    ["duplicate id", (d) => d.actors.push({ id: "AAA", label: huge, kind: "state" })],
    ["unreadable file", (d) => (d.sources[0]!.file = `sources/${"f".repeat(5000)}.txt`)],
    ["shared name", (d) => (d.actors[1]!.aliases = [d.actors[0]!.label])],
  ];
  it("are short in every message the validator writes, whatever the value's size", () => {
    for (const [name, mutate] of places) {
      const d = miniDataset() as Loose;
      mutate(d);
      const result = validateDataset(d, { readSourceText: miniTexts });
      const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
      expect(issues.length, name).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.path.length, `${name}: ${issue.path.slice(0, 200)}`).toBeLessThan(200);
        expect(issue.message.length, `${name}: ${issue.message.slice(0, 300)}`).toBeLessThan(300);
      }
    }
  });

  it("are short in paths too", () => {
    expect(toDisplayPath(`/actors/0/${"k".repeat(5000)}`).length).toBeLessThan(120);
    expect(toDisplayPath(`/actors/0/${"k k".repeat(5000)}`).length).toBeLessThan(120);
  });
});

describe("characters XML cannot carry", () => {
  const bad: Array<[string, string]> = [
    ["U+0000", "\u0000"],
    ["U+0007", "\u0007"],
    ["U+000B", "\u000B"],
    ["U+001F", "\u001F"],
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "\uFFFF"],
    ["U+D800", "\uD800"],
    ["U+DC00", "\uDC00"],
  ];
  for (const [name, char] of bad) {
    it(`refuses ${name} in text, with the path and the position`, () => {
      expect(errorsAfter((d) => (d.actors[0]!.label = `Al${char}pha`))).toEqual([
        `actors[0].label: holds the character ${name} at position 3, which exports cannot carry (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF); remove it`,
      ]);
    });
  }

  it("checks every text field, nested ones included", () => {
    const errors = errorsAfter((d) => {
      d.title = "T\u0001";
      d.actors[0]!.aliases = ["ok", "a\u0002"];
      d.relations[2]!.evidence[0]!.citation = "c\u0003";
      d.relations[0]!.note = "n\u0004";
      d.sources[1]!.note = "s\u0005";
      d.periods[0]!.description = "p\uFFFF";
    });
    expect(errors.map((e) => e.split(":")[0])).toEqual([
      "title",
      "actors[0].aliases[1]",
      "relations[0].note",
      "relations[2].evidence[0].citation",
      "sources[1].note",
      "periods[0].description",
    ]);
    // Tab, line breaks, emoji and every other character are fine.
    expect(errorsAfter((d) => (d.actors[0]!.description = "a\tb\nc\r\nd 😀 \u2028 \uFFFD \uE000 日本"))).toEqual([]);
  });

});
