/** Runs heapProbe.ts in a Node of its own and returns what it counted. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export interface HeapProbe {
  /** Items held: relations, or the graph's edges. */
  held: number;
  records: number;
  ownPropertyArrays: number;
  halfIntegers: number;
  numberRefs: number;
  numberObjects: number;
}

export async function runHeapProbe(mode: "cloned" | "packed" | "graph"): Promise<HeapProbe> {
  const probe = fileURLToPath(new URL("./heapProbe.ts", import.meta.url));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", probe, mode], { cwd: root, encoding: "utf8" });
  return JSON.parse(stdout) as HeapProbe;
}
