/** Other tools' graphs → datasets: GEXF 1.2/1.3 (static, dynamic, spells), GraphML (networkx, yEd), CSV. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { convertGraphFile, previewGraphFile, type ConvertInput } from "../../src/io/convert/convertFile.ts";
import { readSign, readDate, dateProblem, signOfTypeName } from "../../src/io/convert/mapping.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { writeGraphml } from "../../src/io/graphml.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { datasetArb } from "./arbitraries.ts";
import { ingestFixture, runIngestCli } from "./ingestHelpers.ts";

const input = (name: string, extra: Partial<ConvertInput> = {}): ConvertInput => ({ text: readFileSync(ingestFixture(`convert/${name}`), "utf8"), fileName: name, ...extra });
const convert = (name: string, extra: Partial<ConvertInput> = {}) => {
  const r = convertGraphFile(input(name, extra));
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.dataset;
};
/** The default dataset as its file holds it (the GraphML round trip must give back exactly this). */
const loadDefaultDataset = (): Dataset => JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as Dataset;
const rel = (d: Dataset) => d.relations.map((r) => `${r.source}–${r.target} ${r.type} [${r.from}, ${r.to ?? ""})`);

describe("convert: other tools' files", () => {
  it("reads a static Gephi GEXF 1.2 with the guessed mapping; countries become states; evidence cites the file", () => {
    const d = convert("gephi-static-1.2.gexf");
    expect(rel(d)).toEqual(["ARM–RUS alliance [1992-05-15, )", "AZE–TUR alliance [2021-06-15, )", "ARM–AZE war [2020-09-27, )", "ARM–4 membership [2002-10-07, )"]);
    expect(d.actors.find((a) => a.id === "ARM")).toMatchObject({ kind: "state", iso3: "ARM", wikidata: ["Q399"] });
    expect(d.actors.find((a) => a.id === "4")).toEqual({ id: "4", label: "CSTO", kind: "non-state" });
    expect(d.relationTypes.map((t) => [t.id, t.sign])).toEqual([["alliance", 1], ["war", -1], ["membership", 1]]);
    expect(d.relations[0]!.evidence).toEqual([{ source: "imported-file", citation: 'edge 1 (id "0") of gephi-static-1.2.gexf; the file gives no evidence for it' }]);
    expect(d.sources[0]).toMatchObject({ id: "imported-file", title: "gephi-static-1.2.gexf (imported graph file)" });
    expect(d.sources[0]!.note).toMatch(/cite this file/);
  });

  it("reads a dynamic GEXF 1.3: inclusive end → half-open to, one relation per spell", () => {
    expect(rel(convert("gephi-dynamic-1.3.gexf"))).toEqual([
      "ARM–RUS alliance [1992-05-15, 2023-10-03)",
      "ARM–RUS estrangement [2023-10-03, )",
      "ARM–FRA partnership [2020-01-01, 2021-01-01)",
      "ARM–FRA partnership [2023-10-03, )",
    ]);
  });

  it("reads networkx GraphML (dates and signs from attributes) and yEd GraphML (labels inside the graphics)", () => {
    const nx = convert("networkx.graphml");
    expect(rel(nx)).toEqual(["ARM–AZE negative [2020-09-27, 2023-09-20)", "AZE–TUR positive [2021-06-15, )"]);
    expect(nx.relations.map((r) => r.id)).toEqual(["0", "0-2"]);
    const yed = convert("yed.graphml");
    expect(yed.actors.map((a) => [a.id, a.label, a.kind])).toEqual([["QAT", "Qatar", "state"], ["n1", "Hamas", "non-state"], ["ISR", "Israel", "state"]]);
    expect(yed.relationTypes).toEqual([expect.objectContaining({ id: "mediation", sign: 0, directed: true })]);
  });

  it("reads a CSV edge list with an actors CSV; a quote column becomes the evidence", () => {
    const d = convert("edges.csv", { actorsText: readFileSync(ingestFixture("convert/actors.csv"), "utf8") });
    expect(rel(d)).toContain("ARM–RUS estrangement [2023-10-03, )");
    expect(d.actors.find((a) => a.id === "EU")).toEqual({ id: "EU", label: "European Union", kind: "bloc", wikidata: ["Q458"] });
    expect(d.relations[0]!.evidence).toEqual([{ source: "imported-file", citation: "Armenia and Russia are formal allies in the CSTO" }]);
  });

  it("reports every problem by row and column", () => {
    const r = convertGraphFile(input("bad-edges.csv"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'bad-edges.csv, row 2, column `from`: "2023-13-01" is not a date (YYYY-MM-DD)',
      'bad-edges.csv, row 3: source and target are the same node ("AZE"): a relation needs two actors',
      'bad-edges.csv, row 4, column `sign`: "often" is not a sign (use -1, 0 or 1, any number, or positive/negative/neutral)',
    ]);
  });

  it("asks for a first day when the file has no dates", () => {
    const text = "source,target,relation\nARM,RUS,alliance\n";
    const r = convertGraphFile({ text, fileName: "ties.csv" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual(["ties.csv, row 1, column `from`: no date: map a date attribute, or give a default first day (--from-date)"]);
    const dated = convertGraphFile({ text, fileName: "ties.csv", mapping: { defaultFrom: "2023-11-01" } });
    expect(dated.ok && dated.dataset.relations[0]!.from).toBe("2023-11-01");
  });

  it("previews the guessed mapping and the first rows as data", () => {
    const p = previewGraphFile(input("gephi-static-1.2.gexf"), 2);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.mapping).toEqual({ type: "relation", from: "start_date", wikidata: "wikidata" });
    expect(p.rows).toEqual([
      { where: 'edge 1 (id "0")', source: "0", target: "1", type: "alliance", sign: null, from: "1992-05-15", to: null, note: null, evidence: null },
      { where: 'edge 2 (id "1")', source: "2", target: "3", type: "alliance", sign: null, from: "2021-06-15", to: null, note: null, evidence: null },
    ]);
  });

  it("reads signs and dates the way spreadsheets write them", () => {
    expect(["1", "+1", "-1", "0", "-0.5", "positive", "Conflict", "ally"].map(readSign)).toEqual([1, 1, -1, 0, -1, 1, -1, 1]);
    expect(readSign("often")).toBeNull();
    expect(["2023-10-03", "2023-10-03T12:00:00Z", "2023", "2023-13-01", "03/10/2023"].map((v) => readDate(v))).toEqual(["2023-10-03", "2023-10-03", "2023-01-01", null, null]);
    // Days as spreadsheets write them in other places: dots are day first; slashes only when the
    // day cannot be the month (or both are the same); year first with slashes.
    expect(["01.03.2021", "1.3.2021", "31.04.2021", "2021/03/01", "31/03/2021", "03/31/2021", "10/10/2020", "13/13/2020"].map((v) => readDate(v))).toEqual([
      "2021-03-01",
      "2021-03-01",
      null,
      "2021-03-01",
      "2021-03-31",
      "2021-03-31",
      "2020-10-10",
      null,
    ]);
    // What a problem says: both readings when both are days, else the form expected.
    expect(dateProblem("10/11/2020")).toBe('"10/11/2020" is not a date: its day and month cannot be told apart (write 2020-11-10 or 2020-10-11, or say whether the file writes the day or the month first)');
    expect(dateProblem("00/05/2021")).toBe('"00/05/2021" is not a date (YYYY-MM-DD)');
    // A type named as a sign is that sign (a Stance column of positive/negative).
    expect(["negative", "positive", "-1", "supports", "talks"].map(signOfTypeName)).toEqual([-1, 1, -1, 1, 0]);
  });

  it("README's command for a networkx GraphML runs as written and makes what the guessed mapping makes", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const line = readme.split("\n").find((l) => /^npx stancegraph convert \S*networkx\.graphml /.test(l));
    expect(line).toBeDefined();
    const argv = line!.replace(/^npx stancegraph /, "").split(/\s+/);
    const out = argv[argv.indexOf("--out") + 1]!;
    const r = await runIngestCli(...argv);
    expect(r.code).toBe(0);
    expect(JSON.parse(String(r.files.get(out)))).toEqual(convert("networkx.graphml"));
  });

  it("is a CLI command: converts with mapping options, previews, refuses with every problem", async () => {
    const ok = await runIngestCli("convert", ingestFixture("convert/yed.graphml"), "--type", "relation", "--from-date", "2023-11-01", "--out", "d.json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(String(ok.files.get("d.json"))).relations).toHaveLength(2);
    const preview = await runIngestCli("convert", ingestFixture("convert/networkx.graphml"), "--preview");
    expect(JSON.parse(preview.out).mapping).toEqual({ sign: "sign", from: "since", to: "until", nodeLabel: "name" });
    // A CSV's end columns are said: in the preview and in the summary of what was written.
    const sheet = await runIngestCli("convert", ingestFixture("convert/sheet.csv"), "--preview");
    expect(JSON.parse(sheet.out)).toMatchObject({ ends: { source: "From", target: "To" }, mapping: { type: "Relation", from: "Start date", to: "End date", evidence: "Source" }, problems: [] });
    const wrote = await runIngestCli("convert", ingestFixture("convert/sheet.csv"), "--out", "s.json");
    expect(wrote.err.trim()).toBe('wrote s.json: 7 actors, 6 relations from csv (ends "From" → "To", mapping {type: "Relation", from: "Start date", to: "End date", evidence: "Source"})');
    // One end given: the other is guessed among the other columns.
    const one = convertGraphFile({ text: "country,target,type,date\nARM,RUS,ally,2020-01-01\n", fileName: "one.csv", sourceColumn: "country" });
    expect(one.ok && one.ends).toEqual({ source: "country", target: "target" });
    const same = convertGraphFile({ text: "From,To,type,date\nARM,RUS,ally,2020-01-01\n", fileName: "same.csv", sourceColumn: "To" });
    expect(same.ok ? "converted" : same.problems.join("\n")).toMatch(/which columns are the two ends\?/);
    // A link written in capitals is a source with its address as browsers write it.
    const caps = convertGraphFile({ text: "source,target,type,date,url\nARM,RUS,ally,2020-01-01,HTTPS://Example.org/a\n", fileName: "caps.csv" });
    if (!caps.ok) throw new Error(caps.problems.join("\n"));
    expect(caps.dataset.sources.find((x) => x.url !== undefined)).toMatchObject({ url: "https://example.org/a", publisher: "example.org" });
    const bad = await runIngestCli("convert", ingestFixture("convert/bad-edges.csv"));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("3 problems; nothing written");
    const usage = await runIngestCli("convert", ingestFixture("convert/edges.csv"), "--from-date", "2023-02-30");
    expect(usage.code).toBe(2);
  });
});

describe("round trip: what Stancegraph exports, convert reads back", () => {
  it("dynamic GEXF: the whole dataset, unchanged", () => {
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 8 }), (dataset) => {
        const r = convertGraphFile({ text: writeGexf(dataset, { mode: "dynamic" }), fileName: "x.gexf" });
        expect(r.ok && r.dataset).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
  });

  it("GraphML: the whole dataset, unchanged", () => {
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 8 }), (dataset) => {
        const r = convertGraphFile({ text: writeGraphml(dataset), fileName: "x.graphml" });
        if (!r.ok) throw new Error(r.problems.join("\n"));
        expect(r.dataset).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
  });

  it("GraphML: a view's export (with its caption and compare changes) reads back as that view's dataset", () => {
    const d = loadDefaultDataset();
    const changes = new Map(d.relations.map((r, i) => [r.id, i % 2 === 0 ? "added" : "kept"]));
    const r = convertGraphFile({ text: writeGraphml(d, { caption: "After 2023, 2024-04-18", changes }), fileName: "karabakh.graphml" });
    expect(r.ok && r.dataset).toEqual(d);
  });

  it("GraphML: the CLI's --id and --title replace the file's", () => {
    const r = convertGraphFile({ text: writeGraphml(loadDefaultDataset()), fileName: "k.graphml", id: "other", title: "Another title" });
    expect(r.ok && [r.dataset.id, r.dataset.title]).toEqual(["other", "Another title"]);
  });

  it("GraphML: a broken context or evidence is a problem with its place, not a partial dataset", () => {
    const text = writeGraphml(loadDefaultDataset());
    const broken = text.replace(/(<data key="g_context">)\{/, "$1{oops").replace(/(<data key="e_evidence">)\[/, "$1[[");
    const r = convertGraphFile({ text: broken, fileName: "k.graphml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/^k\.graphml, graph data `stancegraph_context`: the dataset context is not valid JSON: /);
    expect(r.problems[1]).toMatch(/^k\.graphml, edge 1 \(id "RUS-ARM-alliance-1992"\), data `evidence`: the evidence is not valid JSON: /);
    const without = text.replace(/\s*<data key="e_evidence">[^<]*<\/data>/, "");
    const missing = convertGraphFile({ text: without, fileName: "k.graphml" });
    expect(!missing.ok && missing.problems).toEqual([expect.stringMatching(/^k\.graphml, edge 1 \(id "RUS-ARM-alliance-1992"\): no `evidence` data/)]);
  });

  it("GraphML exported before the context: everything its nodes and edges carry (the first evidence's text, as a citation)", () => {
    const carried = (d: Dataset) => ({
      id: d.id,
      title: d.title,
      actors: d.actors.map((a) => ({ id: a.id, label: a.label, kind: a.kind, wikidata: a.wikidata, iso3: a.iso3 })),
      types: d.relationTypes
        .filter((t) => d.relations.some((r) => r.type === t.id))
        .map((t) => ({ id: t.id, label: t.label, sign: t.sign, directed: t.directed }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
      relations: d.relations.map((r) => ({
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        from: r.from,
        to: r.to,
        confidence: r.confidence,
        evidence: { source: r.evidence[0]!.source, text: r.evidence[0]!.quote ?? r.evidence[0]!.citation },
      })),
    });
    // The export as it was: none of the keys added for the lossless round trip.
    const legacy = (xml: string) => xml.replace(/\s*<(key|data)\b[^>]*(id|key)="(g_context|n_aliases|n_description|e_evidence|e_note)"[^>]*?(\/>|>[^<]*<\/data>)/g, "");
    fc.assert(
      fc.property(datasetArb({ maxActors: 6, maxRelations: 8 }), (dataset) => {
        const text = legacy(writeGraphml(dataset));
        expect(text).not.toMatch(/g_context|n_aliases|e_evidence|e_note|n_description/);
        const r = convertGraphFile({ text, fileName: "x.graphml" });
        if (!r.ok) throw new Error(r.problems.join("\n"));
        const back = carried(r.dataset);
        back.relations = back.relations.map((x) => ({ ...x, evidence: { source: x.evidence.source, text: r.dataset.relations.find((y) => y.id === x.id)!.evidence[0]!.citation } }));
        expect(back).toEqual(carried(dataset));
      }),
      { numRuns: 20 },
    );
  });
});
