/**
 * Reads a GEXF written by Stancegraph (gexf.ts) back into a dataset, then validates it like any
 * dataset. Nodes and edges are the truth for actors and relations (so an edit to an edge's dates
 * or type comes through); the dataset's other parts come from the context in <meta>. A GEXF
 * without that context (e.g. one Gephi wrote from scratch) is refused with a message that says
 * so: it has no relation types, sources or evidence to build a valid dataset from.
 *
 * Problems are reported, not thrown (fuzzed in tests/unit/io-import.test.ts; importDataset adds a
 * safety net), as `{ path, message }`: paths into the file look like
 * `graph.edges[6]` (the seventh <edge>), and since edges become relations in order, a later
 * dataset problem at `relations[6]` is the same edge.
 */
import { parseXmlTree } from "./xmlTree.ts";
import type { Actor, Relation } from "../model/schema.ts";
import { addDays, isIsoDate } from "../model/dates.ts";
import { validateDataset, type ValidateOptions, type ValidationIssue, type ValidationResult } from "../model/validate.ts";
import { CONTEXT_PREFIX, readWikidata } from "./gexf.ts";
import { hasDeclaration } from "./xml.ts";
import { clip, echo } from "../model/echo.ts";

type El = Record<string, unknown>;

const ARRAY_TAGS = new Set(["description", "attributes", "attribute", "node", "edge", "attvalues", "attvalue", "nodes", "edges", "graph", "meta"]);

/** Dataset fields in the order the format lists them; the rebuilt dataset follows it. */
const DATASET_KEYS = ["$schema", "format", "id", "title", "description", "span", "actors", "relationTypes", "relations", "events", "sources", "periods"];

/** Parses our GEXF and validates the dataset it holds. */
export function readGexf(text: string, options: ValidateOptions = {}): ValidationResult {
  const errors: ValidationIssue[] = [];
  const data = extractDataset(text, errors);
  if (errors.length > 0 || data === undefined) return { ok: false, errors, warnings: [] };
  return validateDataset(data, options);
}

function extractDataset(text: string, errors: ValidationIssue[]): Record<string, unknown> | undefined {
  const fail = (path: string, message: string) => (errors.push({ path, message }), undefined);
  // The decoder (decode.ts) removes one byte order mark; the XML parser would let a second pass.
  if (text.charCodeAt(0) === 0xfeff) {
    return fail("(file)", "not well-formed XML: a byte order mark (U+FEFF) before the XML declaration; a file may begin with one at most (line 1, column 1)");
  }
  const declared = "DOCTYPE and entity declarations are not accepted in a GEXF file";
  if (hasDeclaration(text)) return fail("(file)", declared);
  // One strict pass (xmlTree.ts): well-formed or the first error with its place; references
  // resolved and attribute values normalised as XML says.
  const tree = parseXmlTree(text, ARRAY_TAGS);
  if (!tree.ok) return fail("(file)", tree.doctype ? declared : `not well-formed XML: ${clip(tree.message)} (line ${tree.line}, column ${tree.column})`);
  const doc = tree.root;
  const gexf = doc.gexf;
  if (!isEl(gexf)) return fail("(file)", "not a GEXF file: the root element is not <gexf>");
  const reader = new Reader(errors);

  const context = reader.context(gexf);
  const graph = first(gexf.graph);
  if (!graph) return fail("graph", "missing <graph> element");
  if (context === undefined) return undefined;
  const mode = reader.attr(graph, "mode", "graph") ?? "static";
  const dynamic = mode === "dynamic";
  if (mode !== "dynamic" && mode !== "static") return fail("graph.mode", `${echo(mode)} is not supported (use "static" or "dynamic")`);
  const timeformat = reader.attr(graph, "timeformat", "graph");
  if (dynamic && timeformat !== "date") {
    return fail("graph.timeformat", `a dynamic graph must use timeformat="date" (whole days), got ${echo(timeformat ?? "nothing")}`);
  }
  const titles = reader.attributeTitles(graph);
  const nodes = listOf(first(graph.nodes)?.node);
  const edges = listOf(first(graph.edges)?.edge);
  const actors = nodes.map((n, i) => reader.actor(n, `graph.nodes[${i}]`, titles.node));
  const relations = edges.map((e, i) => reader.relation(e, `graph.edges[${i}]`, titles.edge, dynamic));
  if (errors.length > 0) return undefined;

  // In the format's order, then the unknown context fields, kept so that validation names them
  // instead of dropping them silently. A Map and Object.fromEntries: a field named "constructor"
  // or "__proto__" is a field like any other (`key in {}` sees inherited properties, and
  // assigning to "__proto__" sets the prototype instead).
  const fields = new Map<string, unknown>([...Object.entries(context), ["actors", actors], ["relations", relations]]);
  const known = DATASET_KEYS.filter((key) => fields.has(key)).map((key): [string, unknown] => [key, fields.get(key)]);
  const unknown = [...fields].filter(([key]) => !DATASET_KEYS.includes(key));
  return Object.fromEntries([...known, ...unknown]);
}

class Reader {
  constructor(private readonly errors: ValidationIssue[]) {}

  private fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  /** An XML attribute of an element (references resolved by the parser). */
  attr(el: El, name: string, path: string): string | undefined {
    const raw = el[`@_${name}`];
    if (raw === undefined) return undefined;
    return typeof raw === "string" ? raw : this.fail(`${path}.${name}`, "unexpected value");
  }

  /**
   * The JSON context from <meta><description>, or undefined (with an error) when absent or broken.
   * The writer puts it after the human description (the title, which may itself begin with the
   * marker), so the last description that carries the marker is the context.
   */
  context(gexf: El): Record<string, unknown> | undefined {
    const raw = first(gexf.meta)?.description;
    const descriptions: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    for (let i = descriptions.length - 1; i >= 0; i--) {
      const text = this.text(descriptions[i]);
      if (text === undefined || !text.startsWith(CONTEXT_PREFIX)) continue;
      let value: unknown;
      try {
        value = JSON.parse(text.slice(CONTEXT_PREFIX.length));
      } catch (e) {
        return this.fail(`meta.description[${i}]`, `the dataset context is not valid JSON: ${clip(e instanceof Error ? e.message : String(e))}`);
      }
      if (!isEl(value)) return this.fail(`meta.description[${i}]`, "the dataset context must be a JSON object");
      for (const key of ["actors", "relations"]) {
        if (Object.hasOwn(value, key)) return this.fail(`meta.description[${i}]`, `the dataset context must not hold "${key}": they are the graph's nodes and edges`);
      }
      return value;
    }
    return this.fail(
      "meta",
      "this GEXF was not exported by Stancegraph (no dataset context in <meta>): it lacks the relation types, sources " +
        "and evidence a dataset needs. Open a GEXF exported by Stancegraph, or convert the data to the dataset JSON format.",
    );
  }

  private text(value: unknown): string | undefined {
    if (typeof value === "string") return value;
    if (isEl(value)) {
      // Mixed text and CDATA (each as the parser gave it).
      const text = typeof value["#text"] === "string" ? value["#text"] : "";
      const raw = value["#cdata"];
      const cdata = (Array.isArray(raw) ? raw : [raw]).filter((c): c is string => typeof c === "string").join("");
      return text + cdata;
    }
    return undefined;
  }

  /** Attribute id → title for each class, from <attributes> declarations. */
  attributeTitles(graph: El): { node: Map<string, string>; edge: Map<string, string> } {
    const out = { node: new Map<string, string>(), edge: new Map<string, string>() };
    for (const [i, block] of listOf(graph.attributes).entries()) {
      const cls = this.attr(block, "class", `graph.attributes[${i}]`);
      if (cls !== "node" && cls !== "edge") continue;
      for (const [j, a] of listOf(block.attribute).entries()) {
        const id = this.attr(a, "id", `graph.attributes[${i}].attribute[${j}]`);
        const title = this.attr(a, "title", `graph.attributes[${i}].attribute[${j}]`);
        if (id !== undefined) out[cls].set(id, title ?? id);
      }
    }
    return out;
  }

  /** An element's attvalues by attribute title; time-varying values are refused. */
  private values(el: El, path: string, titles: Map<string, string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [j, v] of listOf(first(el.attvalues)?.attvalue).entries()) {
      const p = `${path}.attvalues[${j}]`;
      const key = this.attr(v, "for", p);
      const value = this.attr(v, "value", p);
      if (key === undefined || value === undefined) continue;
      if (v["@_start"] !== undefined || v["@_end"] !== undefined || v["@_timestamp"] !== undefined) {
        this.fail(p, `time-varying attribute values are not supported (${echo(key)})`);
        continue;
      }
      const title = titles.get(key);
      if (title === undefined) this.fail(`${p}.for`, `no <attribute> declares ${echo(key)}`);
      else if (out.has(title)) this.fail(p, `${echo(title)} is given twice`);
      else out.set(title, value);
    }
    return out;
  }

  actor(n: El, path: string, titles: Map<string, string>): Actor {
    const id = this.attr(n, "id", path);
    const label = this.attr(n, "label", path);
    const v = this.values(n, path, titles);
    // (An attribute that is there but could not be decoded has been reported already.)
    if (n["@_id"] === undefined) this.fail(path, "node has no id");
    if (n["@_label"] === undefined) this.fail(path, `node ${echo(id ?? "?")} has no label`);
    const actor: Record<string, unknown> = { id, label, kind: v.get("kind") };
    const wikidata = v.get("wikidata");
    if (wikidata !== undefined) actor.wikidata = readWikidata(wikidata, (reason) => this.fail(`${path}.wikidata`, reason));
    if (v.has("iso3")) actor.iso3 = v.get("iso3");
    if (v.has("aliases")) actor.aliases = this.json(v.get("aliases")!, `${path}.aliases`);
    if (v.has("description")) actor.description = v.get("description");
    return withoutUndefined(actor) as unknown as Actor;
  }

  relation(e: El, path: string, titles: Map<string, string>, dynamic: boolean): Relation {
    const id = this.attr(e, "id", path);
    const named = `${path} (edge ${echo(id ?? "?")})`;
    if (e["@_id"] === undefined) this.fail(path, "edge has no id (Stancegraph needs one per relation)");
    if (e.spells !== undefined) this.fail(named, "<spells> are not supported: write one edge per validity interval");
    const v = this.values(e, path, titles);
    const kind = this.attr(e, "kind", path);
    const typeAttr = v.get("relation_type");
    if (kind !== undefined && typeAttr !== undefined && kind !== typeAttr) {
      this.fail(named, `kind ${echo(kind)} and relation_type ${echo(typeAttr)} disagree; make them the same`);
    }
    const { from, to } = dynamic ? this.dynamicDates(e, named, v) : { from: v.get("from"), to: v.get("to") };
    const relation: Record<string, unknown> = {
      id,
      source: this.attr(e, "source", path),
      target: this.attr(e, "target", path),
      type: typeAttr ?? kind,
    };
    if (from !== undefined) relation.from = from;
    if (to !== undefined) relation.to = to;
    const evidence = v.get("evidence");
    relation.evidence = evidence === undefined ? this.fail(named, 'missing the "evidence" attribute') : this.json(evidence, `${path}.evidence`);
    if (v.has("note")) relation.note = v.get("note");
    if (v.has("confidence")) relation.confidence = v.get("confidence");
    return withoutUndefined(relation) as unknown as Relation;
  }

  /** Inclusive [start, end] → half-open [from, to): to = end + 1 day. Checked against from/to attributes. */
  private dynamicDates(e: El, path: string, v: Map<string, string>): { from?: string; to?: string } {
    const start = this.attr(e, "start", path);
    const end = this.attr(e, "end", path);
    if (start === undefined) return this.fail(path, "a dynamic edge needs a start date") ?? {};
    if (!isIsoDate(start)) return this.fail(`${path}.start`, `${echo(start)} is not a calendar date (YYYY-MM-DD)`) ?? {};
    if (end !== undefined && !isIsoDate(end)) return this.fail(`${path}.end`, `${echo(end)} is not a calendar date (YYYY-MM-DD)`) ?? {};
    if (end !== undefined && end < start) return this.fail(path, `end ${end} is before start ${start}`) ?? {};
    const to = end === undefined ? undefined : addDays(end, 1);
    const [fromAttr, toAttr] = [v.get("from"), v.get("to")];
    if (fromAttr !== undefined && fromAttr !== start) {
      this.fail(path, `start ${start} disagrees with the "from" attribute ${clip(fromAttr)}; edit both or remove "from"`);
    }
    if ((fromAttr !== undefined || toAttr !== undefined) && toAttr !== to) {
      const want = to === undefined ? "no end (ongoing)" : `end ${end} (so "to" ${to})`;
      this.fail(path, `${want} disagrees with the "to" attribute ${toAttr === undefined ? "(none)" : clip(toAttr)}; edit both or remove "to"`);
    }
    return to === undefined ? { from: start } : { from: start, to };
  }

  private json(text: string, path: string): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      return this.fail(path, `not valid JSON: ${clip(e instanceof Error ? e.message : String(e))}`);
    }
  }
}

/**
 * Drops keys whose value is undefined: a missing id must reach validation as a missing field
 * ("missing required field"), not as a key holding nothing.
 */
function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function isEl(x: unknown): x is El {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The elements of a repeated tag, skipping text-only or malformed entries. */
function listOf(x: unknown): El[] {
  if (x === undefined) return [];
  return (Array.isArray(x) ? x : [x]).map((item) => (item === "" ? {} : item)).filter(isEl);
}

function first(x: unknown): El | undefined {
  return listOf(x)[0];
}
