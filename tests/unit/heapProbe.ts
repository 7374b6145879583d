/**
 * Run by the unit tests in a Node of its own (`node --import tsx heapProbe.ts MODE`, see
 * runHeapProbe in heapProbeRun.ts): makes what one part of the app holds at scale, then counts in a
 * heap snapshot the objects V8 made for it that the app means to avoid. Prints one line of JSON.
 *
 * - "cloned" / "packed": 3,000 generated relations received as the page receives them, by
 *   structured clone, as they come or through the page's receiver (app/internStrings.ts): how many
 *   relation records own a property array, the second object V8 keeps fields in when they do not
 *   fit in the object itself.
 * - "graph": the model's graph of the same relations (model/graph.ts): how many number objects the
 *   relations' parallel indices point to, and how many relations have one that is not an integer.
 */
import { getHeapSnapshot } from "node:v8";
import { createReceiver } from "../../src/app/internStrings.ts";
import { buildGraph } from "../../src/model/graph.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { Relation } from "../../src/model/schema.ts";

const mode = process.argv[2];
if (mode !== "cloned" && mode !== "packed" && mode !== "graph") throw new Error(`heapProbe: mode must be "cloned", "packed" or "graph", not ${String(mode)}`);

/** What the mode holds, and nothing else of the making alive (the snapshot's await would keep this frame's values). */
function make(): { held: unknown; halfIntegers: number } {
  const dataset = generateDataset({ actors: 100, relations: 3000, years: 5, seed: 1 });
  if (mode === "graph") {
    const graph = buildGraph(dataset);
    let halfIntegers = 0;
    graph.forEachEdge((_, a) => void (a.parallelIndex !== null && !Number.isInteger(a.parallelIndex) && halfIntegers++));
    return { held: graph, halfIntegers };
  }
  const cloned = structuredClone(dataset.relations);
  return { held: mode === "packed" ? createReceiver().part("relations", cloned) : cloned, halfIntegers: 0 };
}
const { held, halfIntegers } = make();

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const chunks: string[] = [];
for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
const snap = JSON.parse(chunks.join("")) as Snapshot;
const { node_fields: nf, edge_fields: ef, node_types, edge_types } = snap.snapshot.meta;
const NF = nf.length;
const EF = ef.length;
const [nType, nName, nEdges] = [nf.indexOf("type"), nf.indexOf("name"), nf.indexOf("edge_count")];
const [eType, eName, eTo] = [ef.indexOf("type"), ef.indexOf("name_or_index"), ef.indexOf("to_node")];
const property = edge_types[0].indexOf("property");
const internal = edge_types[0].indexOf("internal");
const numberType = node_types[0].indexOf("number");
const propertyArray = snap.strings.indexOf("system / PropertyArray");
// A relation record: an object with every field the schema requires of one.
const recordFields = new Set<string>(Relation.required ?? []);
const parallelFields = new Set(["parallelIndex", "parallelMaxIndex"]);

// Each node's edges follow the previous node's. A property array shared by many objects is the
// empty one, so only one referenced once counts as a record's own.
const owners: Array<number[]> = [];
const arrayRefs = new Map<number, number>();
const numbers = new Set<number>();
let records = 0;
let numberRefs = 0;
let edge = 0;
for (let n = 0; n < snap.nodes.length; n += NF) {
  const count = snap.nodes[n + nEdges]!;
  let names = 0;
  const arrays: number[] = [];
  for (let e = edge; e < edge + count * EF; e += EF) {
    const type = snap.edges[e + eType];
    const to = snap.edges[e + eTo]!;
    if (type === property) {
      const name = snap.strings[snap.edges[e + eName]!]!;
      if (recordFields.has(name)) names++;
      if (parallelFields.has(name) && snap.nodes[to + nType] === numberType) {
        numberRefs++;
        numbers.add(to);
      }
    } else if (type === internal && snap.nodes[to + nName] === propertyArray) arrays.push(to);
  }
  edge += count * EF;
  for (const a of arrays) arrayRefs.set(a, (arrayRefs.get(a) ?? 0) + 1);
  if (names === recordFields.size) {
    records++;
    owners.push(arrays);
  }
}
const ownPropertyArrays = owners.filter((arrays) => arrays.some((a) => arrayRefs.get(a) === 1)).length;
const size = held instanceof Array ? held.length : (held as { size: number }).size;
console.log(JSON.stringify({ held: size, records, ownPropertyArrays, halfIntegers, numberRefs, numberObjects: numbers.size }));
