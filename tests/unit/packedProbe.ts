/**
 * Run by internStrings.test.ts in a Node of its own (`node --import tsx packedProbe.ts MODE`):
 * receives 3,000 generated relations as the page does, by structured clone, either as they come
 * ("cloned") or through the page's receiver ("packed"), then counts in a heap snapshot how many
 * relation records own a property array, the second object V8 keeps fields in when they do not
 * fit in the object itself. Prints `{"records":N,"ownPropertyArrays":M}`.
 */
import { getHeapSnapshot } from "node:v8";
import { createReceiver } from "../../src/app/internStrings.ts";
import { generateDataset } from "../../src/model/generate.ts";

const mode = process.argv[2];
if (mode !== "cloned" && mode !== "packed") throw new Error(`packedProbe: mode must be "cloned" or "packed", not ${String(mode)}`);
/** The received records, and nothing else of the making alive (the snapshot's await would keep this frame's values). */
function receive(): unknown[] {
  const cloned = structuredClone(generateDataset({ actors: 100, relations: 3000, years: 5, seed: 1 }).relations);
  return mode === "packed" ? createReceiver().part("relations", cloned) : cloned;
}
const held = receive();

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const chunks: string[] = [];
for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
const snap = JSON.parse(chunks.join("")) as Snapshot;
const { node_fields: nf, edge_fields: ef, edge_types } = snap.snapshot.meta;
const NF = nf.length;
const EF = ef.length;
const [nName, nEdges] = [nf.indexOf("name"), nf.indexOf("edge_count")];
const [eType, eName, eTo] = [ef.indexOf("type"), ef.indexOf("name_or_index"), ef.indexOf("to_node")];
const property = edge_types[0].indexOf("property");
const internal = edge_types[0].indexOf("internal");
const propertyArray = snap.strings.indexOf("system / PropertyArray");
const wanted = new Set(["id", "source", "target", "type", "from", "evidence"]);

// Each node's edges follow the previous node's; a property array shared by many objects is the
// empty one, so only one referenced once counts as a record's own.
const owners: Array<number[]> = [];
const refs = new Map<number, number>();
let records = 0;
let edge = 0;
for (let n = 0; n < snap.nodes.length; n += NF) {
  const count = snap.nodes[n + nEdges]!;
  let names = 0;
  const arrays: number[] = [];
  for (let e = edge; e < edge + count * EF; e += EF) {
    const type = snap.edges[e + eType];
    if (type === property && wanted.has(snap.strings[snap.edges[e + eName]!]!)) names++;
    else if (type === internal && snap.nodes[snap.edges[e + eTo]! + nName] === propertyArray) arrays.push(snap.edges[e + eTo]!);
  }
  edge += count * EF;
  for (const a of arrays) refs.set(a, (refs.get(a) ?? 0) + 1);
  if (names === wanted.size) {
    records++;
    owners.push(arrays);
  }
}
const ownPropertyArrays = owners.filter((arrays) => arrays.some((a) => refs.get(a) === 1)).length;
console.log(JSON.stringify({ records, ownPropertyArrays, held: held.length }));
