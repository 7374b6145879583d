/**
 * The suggestion gold standard, read from disk (Node): the default dataset's relations and quotes
 * against its source text, and the annotated texts under tests/fixtures/suggest/ (`NAME.txt` with
 * `NAME.gold.json`). Used by `npm run eval:suggest` and its unit test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../src/model/schema.ts";
import { goldFromDataset, type GoldRelation, type GoldText } from "../src/model/suggest/evaluate.ts";
import type { SuggestDataset, SuggestOptions } from "../src/model/suggest/suggest.ts";

export interface GoldCase {
  gold: GoldText;
  /** What the engine is given: names and types, never the relations it is judged on. */
  dataset: SuggestDataset;
  options: SuggestOptions;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/suggest/`;

/** The default dataset, as the gold for its own source text. */
export function karabakhCase(): GoldCase {
  const dataset = JSON.parse(readFileSync(`${ROOT}graph-data/karabakh.json`, "utf8")) as Dataset;
  const source = dataset.sources.find((s) => s.file !== undefined)!;
  const text = readFileSync(`${ROOT}graph-data/${source.file}`, "utf8");
  return {
    gold: { name: "karabakh (default dataset)", text, heldOut: false, relations: goldFromDataset(dataset, source.id, text) },
    // Relations withheld: with them, a candidate could copy the answer instead of reading the text.
    dataset: { actors: dataset.actors, relationTypes: dataset.relationTypes, relations: [] },
    options: { ...(source.date ? { sourceDate: source.date } : {}), sourceId: source.id },
  };
}

interface GoldFile {
  title: string;
  text: string;
  date: string;
  heldOut: boolean;
  licence: string;
  relations: Array<{ source: string; target: string; type: string; quotes: string[] }>;
}

/** One annotated text; every problem is an error naming the file and the JSON path. */
export function annotatedCase(goldFile: string, types: Dataset["relationTypes"]): GoldCase {
  const where = `tests/fixtures/suggest/${goldFile}`;
  const g = JSON.parse(readFileSync(`${FIXTURES}${goldFile}`, "utf8")) as GoldFile;
  if (typeof g.text !== "string" || !Array.isArray(g.relations)) throw new Error(`${where}: needs "text" and "relations"`);
  const text = readFileSync(`${FIXTURES}${g.text}`, "utf8");
  const signs = new Map(types.map((t) => [t.id, t.sign as -1 | 0 | 1]));
  const directed = new Set(types.filter((t) => t.directed).map((t) => t.id));
  const relations: GoldRelation[] = g.relations.map((r, i) => {
    const sign = signs.get(r.type);
    if (sign === undefined) throw new Error(`${where}: relations[${i}].type: unknown relation type "${r.type}"`);
    const spans = r.quotes.map((q, k): [number, number] => {
      const at = text.indexOf(q);
      if (at < 0) throw new Error(`${where}: relations[${i}].quotes[${k}]: not in ${g.text}: "${q.slice(0, 80)}"`);
      return [at, at + q.length];
    });
    return { id: `${r.source}-${r.target}-${r.type}`, source: r.source, target: r.target, type: r.type, sign, directed: directed.has(r.type), spans };
  });
  return {
    gold: { name: goldFile.replace(/\.gold\.json$/, ""), text, heldOut: g.heldOut === true, relations },
    // A fresh dataset: no actors (the bundled gazetteer finds them), the default dataset's types.
    dataset: { actors: [], relationTypes: types, relations: [] },
    options: { sourceDate: g.date },
  };
}

/** Every case: the default dataset first, then the annotated texts by name. */
export function goldStandard(): GoldCase[] {
  const first = karabakhCase();
  const types = (JSON.parse(readFileSync(`${ROOT}graph-data/karabakh.json`, "utf8")) as Dataset).relationTypes;
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".gold.json")).sort();
  return [first, ...files.map((f) => annotatedCase(f, types))];
}
