/**
 * The app's mapping step, as data (src/io/convert/mappingSession.ts): what a file offers and the
 * guess, previews with every problem by row and column, "none" kept as none, the CSV edge list
 * told from its actors CSV; and which door an opened file goes through (fileKind.ts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { openMappingSession, type GraphText, type MappingSession } from "../../src/io/convert/mappingSession.ts";
import { guessEndColumns, parseCsvTable } from "../../src/io/convert/csvGraph.ts";
import { convertGraphFile } from "../../src/io/convert/convertFile.ts";
import { fileKind } from "../../src/io/convert/fileKind.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { writeGraphml } from "../../src/io/graphml.ts";
import { datasetJsonLines as serializeDataset } from "../../src/io/datasetJson.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { readEventText } from "../../src/io/ingest/eventFiles.ts";
import { EVENT_FIXTURES, ingestFixture } from "./ingestHelpers.ts";

const file = (name: string): GraphText => ({ name, text: readFileSync(ingestFixture(`convert/${name}`), "utf8") });
const open = (...files: GraphText[]): MappingSession => {
  const r = openMappingSession(files);
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.session;
};

describe("the mapping step", () => {
  it.each(["gephi-static-1.2.gexf", "gephi-dynamic-1.3.gexf", "networkx.graphml", "yed.graphml", "edges.csv", "sheet.csv"])("%s: the guess, previewed clean, converts to what `stancegraph convert` makes", (name) => {
    const session = open(file(name));
    const preview = session.preview(session.setup.choice);
    expect(preview.problems).toEqual([]);
    // One row an edge, or one a spell (a dynamic GEXF edge with two spells gives two).
    expect(preview.rows.length).toBeGreaterThanOrEqual(Math.min(10, session.setup.edges));
    const converted = session.convert(session.setup.choice);
    const cli = convertGraphFile({ text: file(name).text, fileName: name });
    if (!converted.ok || !cli.ok) throw new Error("not converted");
    expect(serializeDataset(converted.dataset)).toBe(serializeDataset(cli.dataset));
    expect(preview).toMatchObject({ actors: cli.dataset.actors.length, relations: cli.dataset.relations.length });
  });

  it("describes the file: format, counts, attributes, time, and the guess", () => {
    const gexf = open(file("gephi-static-1.2.gexf")).setup;
    expect(gexf).toMatchObject({ format: "gexf", fileName: "gephi-static-1.2.gexf", actorsFileName: null, edges: 4, nodes: 5, columns: null, edgesWithTime: 0 });
    expect(gexf.attributes).toEqual({ node: ["wikidata"], edge: ["relation", "start_date", "weight"] });
    expect(gexf.choice).toEqual({ mapping: { type: "relation", from: "start_date", wikidata: "wikidata" } });
    expect(open(file("gephi-dynamic-1.3.gexf")).setup.edgesWithTime).toBe(3);
  });

  it("previews rows with their ends' labels", () => {
    const s = open(file("gephi-static-1.2.gexf"));
    const [row] = s.preview(s.setup.choice, 1).rows;
    expect(row).toMatchObject({ where: 'edge 1 (id "0")', source: "0", sourceLabel: "Armenia", target: "1", targetLabel: "Russia", type: "alliance", from: "1992-05-15" });
  });

  it("lists every problem of the whole file by row and column, not only the previewed rows'", () => {
    const s = open(file("bad-edges.csv"));
    const p = s.preview(s.setup.choice, 1);
    expect(p.rows).toHaveLength(1);
    expect(p.problems).toContain('bad-edges.csv, row 2, column `from`: "2023-13-01" is not a date (YYYY-MM-DD)');
    expect(p.problems.some((t) => t.startsWith("bad-edges.csv, row 4, column `sign`:"))).toBe(true);
    expect(p).toMatchObject({ problemCount: p.problems.length, actors: 0, relations: 0 });
    expect(s.convert(s.setup.choice).ok).toBe(false);
  });

  it("keeps a field set to none as none, where the CLI would guess it", () => {
    const s = open(file("edges.csv"));
    const { type: _type, ...withoutType } = s.setup.choice.mapping;
    const choice = { ...s.setup.choice, mapping: withoutType };
    expect(s.preview(choice).rows.map((r) => r.type)).toEqual(["positive", "negative", "positive", "positive"]);
    const r = s.convert(choice);
    expect(r.ok && r.dataset.relationTypes.map((t) => t.id)).toEqual(["positive", "negative"]);
  });

  it("takes a date for undated edges, and an inclusive end", () => {
    const s = open(file("edges.csv"));
    const { from: _from, ...undated } = s.setup.choice.mapping;
    expect(s.preview({ ...s.setup.choice, mapping: undated }).problemCount).toBe(4);
    const dated = s.preview({ ...s.setup.choice, mapping: { ...undated, defaultFrom: "2000-01-01", toInclusive: true } });
    expect(dated.problems).toEqual([]);
    expect(dated.rows[0]).toMatchObject({ from: "2000-01-01", to: "2023-10-04" });
  });

  it("tells a CSV edge list from its actors CSV in either order, and lets the ends be chosen", () => {
    for (const files of [[file("actors.csv"), file("edges.csv")], [file("edges.csv"), file("actors.csv")]]) {
      const s = open(...files);
      expect(s.setup).toMatchObject({ fileName: "edges.csv", actorsFileName: "actors.csv", nodes: 5, edges: 4, columns: ["source", "target", "relation", "sign", "from", "to", "quote"] });
      expect(s.setup.choice).toMatchObject({ sourceColumn: "source", targetColumn: "target", mapping: { nodeLabel: "label", nodeKind: "kind", wikidata: "wikidata" } });
    }
    const swapped = open(file("edges.csv"));
    const rows = swapped.preview({ ...swapped.setup.choice, sourceColumn: "target", targetColumn: "source" }).rows;
    expect([rows[0]!.source, rows[0]!.target]).toEqual(["RUS", "ARM"]);
  });

  it("guesses the first two columns as the ends when no name says which they are", () => {
    const s = open({ name: "ties.csv", text: "country_a,country_b,relation,date\nARM,RUS,alliance,2020-01-01\n" });
    expect(s.setup.choice).toMatchObject({ sourceColumn: "country_a", targetColumn: "country_b", mapping: { type: "relation", from: "date" } });
    expect(s.preview(s.setup.choice).problems).toEqual([]);
  });

  it("reads a spreadsheet as people head one: From and To the ends (not a Source of links), Start/End date the dates, the links the evidence", () => {
    const s = open(file("sheet.csv"));
    expect(s.setup.choice).toEqual({
      sourceColumn: "From",
      targetColumn: "To",
      mapping: { type: "Relation", from: "Start date", to: "End date", evidence: "Source" },
    });
    const p = s.preview(s.setup.choice);
    expect(p.problems).toEqual([]);
    expect(p).toMatchObject({ actors: 7, relations: 6 });
    const converted = s.convert(s.setup.choice);
    if (!converted.ok) throw new Error(converted.problems.join("\n"));
    const { dataset } = converted;
    // Names of countries become states with their codes.
    expect(dataset.actors.map((a) => a.id).sort()).toEqual(["ARM", "AZE", "BFA", "CIV", "FRA", "RUS", "TUR"]);
    // Each link is a source of its own, with its address, which the relation's evidence names.
    const ally = dataset.relations.find((r) => r.source === "RUS" && r.target === "ARM")!;
    expect(ally).toMatchObject({ from: "2020-11-10", to: "2023-09-19", evidence: [{ citation: "https://example.org/a" }] });
    expect(dataset.sources.find((x) => x.id === ally.evidence[0]!.source)).toEqual({ id: "link-example.org", title: "example.org/a", publisher: "example.org", url: "https://example.org/a" });
    expect(dataset.sources.filter((x) => x.url !== undefined).map((x) => x.url)).toEqual(["a", "b", "c", "d", "e", "f"].map((x) => `https://example.org/${x}`));
    expect(new Set(dataset.sources.map((x) => x.id)).size).toBe(dataset.sources.length);
    // Two cooperative types in two colours (Okabe–Ito), not one green told apart only by labels.
    expect(dataset.relationTypes.map((t) => [t.label, t.sign, t.color])).toEqual([
      ["ally", 1, "#009E73"],
      ["partner", 1, "#56B4E9"],
      ["hostile", -1, "#D55E00"],
      ["mediator", 0, "#999999"],
    ]);
  });

  it("guesses the ends by pairs of names and by what the columns hold", () => {
    const ends = (text: string) => open({ name: "e.csv", text }).setup.choice;
    // A pair named together wins: source/target over from/to (dates in Stancegraph), from/to over a lone source.
    expect(ends("source,target,from,to\nARM,RUS,2020-01-01,2021-01-01\n")).toMatchObject({ sourceColumn: "source", targetColumn: "target", mapping: { from: "from", to: "to" } });
    expect(ends("from,to,source\nARM,RUS,Reuters\n")).toMatchObject({ sourceColumn: "from", targetColumn: "to" });
    // Headers as people write them: "Actor 1", "Country 2".
    expect(ends("Actor 1,Actor 2,Date\nARM,RUS,2020-01-01\n")).toMatchObject({ sourceColumn: "Actor 1", targetColumn: "Actor 2", mapping: { from: "Date" } });
    expect(ends("Year,Country 1,Country 2\n2020,ARM,RUS\n")).toMatchObject({ sourceColumn: "Country 1", targetColumn: "Country 2" });
    // A column named like an end that holds days or links is not one: the first two columns are guessed instead.
    expect(ends("a,b,from,to\nARM,RUS,2020-01-01,2021-01-01\n")).toMatchObject({ sourceColumn: "a", targetColumn: "b" });
    // Four-digit node ids (a Gephi export) stay ids, not years.
    expect(ends("source,target\n1001,1002\n")).toMatchObject({ sourceColumn: "source", targetColumn: "target" });
    // A crawler's edge list of pages: a pair named together holds links and is still the ends.
    expect(ends("source,target\nhttps://a.example/,https://b.example/\n")).toMatchObject({ sourceColumn: "source", targetColumn: "target" });
    // A note over several lines among the first rows is read as the CLI reads it: the Source of
    // links is still no end (the first two columns are guessed, as no name says which they are).
    const note = 'Actor,Partner,Source,To,Note\nARM,RUS,https://example.org/a,2021-01-01,"one\ntwo\nthree"\n'.repeat(1) + "AZE,TUR,https://example.org/b,2021-01-01,x\n".repeat(20);
    expect(ends(note)).toMatchObject({ sourceColumn: "Actor", targetColumn: "Partner" });
  });

  it("guesses ends named alike but for a marker, and lone names, wherever they stand; the CLI too", () => {
    const ends = (text: string) => open({ name: "e.csv", text }).setup.choice;
    // Not the first two columns: the first-two fallback would take Year.
    expect(ends("Year,Country A,Country B,Kind\n2021,France,Armenia,ally\n")).toMatchObject({ sourceColumn: "Country A", targetColumn: "Country B", mapping: { type: "Kind", from: "Year" } });
    expect(ends("Note,party_1,party_2\nx,ARM,RUS\n")).toMatchObject({ sourceColumn: "party_1", targetColumn: "party_2" });
    expect(ends("id,from_country,to_country,stance,start,end\n1,France,Armenia,support,2021-03-01,\n")).toMatchObject({ sourceColumn: "from_country", targetColumn: "to_country", mapping: { type: "stance", from: "start", to: "end" } });
    expect(ends("When,Initiator,Target,Type\n2021,France,Armenia,ally\n")).toMatchObject({ sourceColumn: "Initiator", targetColumn: "Target", mapping: { from: "When" } });
    // Letters mark a pair only after a space or "_": "Irna"/"Irnb" are no pair (the first two columns, as before).
    expect(ends("Zone,Irna,Irnb\nx,ARM,RUS\n")).toMatchObject({ sourceColumn: "Zone", targetColumn: "Irna" });
    // A marked pair of dates is no pair of ends, however the days are written, nor are years as headers or a pair of year columns.
    expect(ends("Date 1,Date 2,Country A,Country B\n01.03.2021,10/11/2020,ARM,RUS\n")).toMatchObject({ sourceColumn: "Country A", targetColumn: "Country B" });
    expect(ends("from_year,to_year,Country,Partner\n2020,2021,ARM,RUS\n")).toMatchObject({ sourceColumn: "Country", targetColumn: "Partner" });
    expect(ends("Note,2021,2022,Country,Partner\nx,1,2,ARM,RUS\n")).toMatchObject({ sourceColumn: "Country", targetColumn: "Partner" });
    // A "Source" of citations beside Country and Partner is the evidence, not an end.
    expect(ends("Country,Partner,Relation,Year,Source\nARM,RUS,ally,2021,Reuters\n")).toMatchObject({ sourceColumn: "Country", targetColumn: "Partner", mapping: { evidence: "Source" } });
    // The CLI's guess is the same function: it names the ends instead of asking for them.
    const table = parseCsvTable("Year,Country A,Country B\n2021,France,Armenia\n", "e.csv");
    expect(table.ok && guessEndColumns(table.table)).toEqual({ source: "Country A", target: "Country B" });
  });

  it("reads an end given as a year as the whole year held", () => {
    const s = open({ name: "e.csv", text: "Country A,Country B,Kind,start_year,end_year\nARM,RUS,ally,2020,2020\nARM,AZE,hostile,2020,2023\n" });
    expect(s.setup.choice.mapping).toMatchObject({ from: "start_year", to: "end_year" });
    const r = s.convert(s.setup.choice);
    expect(r.ok ? r.dataset.relations.map((x) => [x.from, x.to]) : r.problems).toEqual([
      ["2020-01-01", "2021-01-01"],
      ["2020-01-01", "2024-01-01"],
    ]);
  });

  it("reads the sign of a relation type named as a verb or a noun of opposition", () => {
    const types = (text: string) => {
      const s = open({ name: "e.csv", text });
      const r = s.convert(s.setup.choice);
      return r.ok ? r.dataset.relationTypes.map((t) => [t.label, t.sign]) : r.problems;
    };
    expect(types("source,target,stance,year\nFRA,ARM,supports,2021\nARM,AZE,opposes,2020\nRUS,AZE,tensions,2024\nTUR,AZE,cooperates,2021\n")).toEqual([
      ["supports", 1],
      ["opposes", -1],
      ["tensions", -1],
      ["cooperates", 1],
    ]);
  });

  it("does not guess a date column that holds no dates, but keeps one with a mistyped date", () => {
    const choice = (text: string) => open({ name: "e.csv", text }).setup.choice.mapping;
    expect(choice("source,target,relation,start\nARM,RUS,ally,Yerevan\nAZE,TUR,ally,Baku\n").from).toBeUndefined();
    expect(choice("source,target,relation,start\nARM,RUS,ally,2020-13-01\nAZE,TUR,ally,2021-01-01\n").from).toBe("start");
    // A date written another way is taken, so the problem says what is wrong with it.
    const us = open({ name: "us.csv", text: "From,To,Relation,Date\r\nRussia,Armenia,ally,10/11/2020\r\n" });
    expect(us.setup.choice.mapping.from).toBe("Date");
    expect(us.preview(us.setup.choice).problems).toEqual(['us.csv, row 1, column `Date`: "10/11/2020" is not a date: its day and month cannot be told apart (write 2020-11-10 or 2020-10-11, or say whether the file writes the day or the month first)']);
  });

  it("refuses files that do not go together, saying why", () => {
    const fail = (...files: GraphText[]) => {
      const r = openMappingSession(files);
      return r.ok ? "opened" : r.problems.join("\n");
    };
    expect(fail(file("edges.csv"), file("bad-edges.csv"))).toMatch(/which is the edge list\?/);
    expect(fail(file("networkx.graphml"), file("actors.csv"))).toMatch(/only as a CSV edge list and its actors CSV/);
    expect(fail(file("edges.csv"), file("actors.csv"), file("bad-edges.csv"))).toMatch(/open one graph file, or a CSV edge list together with its actors CSV/);
    expect(fail({ name: "x.gexf", text: "<gexf><graph><nodes>" })).toMatch(/^x\.gexf, line \d+, column \d+: not well-formed XML/);
  });
});

describe("which door an opened file goes through", () => {
  const karabakh = JSON.parse(readFileSync("graph-data/karabakh.json", "utf8"));
  const dataset = validateDataset(karabakh);
  if (!dataset.ok) throw new Error("the default dataset does not validate");

  it("dataset JSON and Stancegraph's GEXF: the importer", () => {
    expect(fileKind(readFileSync("graph-data/karabakh.json", "utf8"), "karabakh.json")).toEqual({ kind: "dataset" });
    expect(fileKind(writeGexf(dataset.dataset, { mode: "dynamic" }), "k.gexf")).toEqual({ kind: "dataset" });
    // The name alone still sends a broken dataset file to the importer, which says what is wrong.
    expect(fileKind("nothing like JSON", "broken.json")).toEqual({ kind: "dataset" });
  });

  it("event data: its format", () => {
    for (const [format, name] of EVENT_FIXTURES) expect(fileKind(readEventText(ingestFixture(name)), name)).toEqual({ kind: "events", format });
  });

  it("other tools' graphs: the mapping; Stancegraph's GraphML: converted back without one", () => {
    for (const name of ["gephi-static-1.2.gexf", "gephi-dynamic-1.3.gexf", "networkx.graphml", "yed.graphml", "edges.csv", "actors.csv"]) expect(fileKind(file(name).text, name)).toEqual({ kind: "graph" });
    expect(fileKind(writeGraphml(dataset.dataset), "k.graphml")).toEqual({ kind: "stancegraph-graphml" });
  });

  it("anything else: a message naming what can be opened", () => {
    expect(fileKind("<svg xmlns='http://www.w3.org/2000/svg'/>", "a.svg")).toEqual({ kind: "unknown", message: expect.stringMatching(/^an XML file, but neither GEXF nor GraphML \(expected dataset JSON, GEXF, GraphML, a CSV edge list, an Excel workbook \(\.xlsx\), an OpenDocument spreadsheet \(\.ods\), or event data/) });
    expect(fileKind("just words", "notes.txt")).toEqual({ kind: "unknown", message: expect.stringMatching(/^not a file Stancegraph opens/) });
    expect(fileKind("a\tb\tc", "x.tsv")).toEqual({ kind: "unknown", message: expect.stringMatching(/^3 tab-separated columns/) });
  });
});
