/** Display paths of places in a dataset: `relations[4].target`, as every message names them. */
import { clip, echo } from "./echo.ts";

/**
 * `/relations/4/target` → `relations[4].target`. A field name from the file is cut like any
 * echoed value (a file can hold a megabyte-long key).
 */
export function toDisplayPath(pointer: string): string {
  if (pointer === "") return "(dataset)";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out = /^\d+$/.test(seg) ? `${out}[${seg}]` : childPath(out, seg);
  }
  return out;
}

/** The display path of field `key` inside `path` ("" for the top level). */
export function childPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${echo(key)}]`;
  return path === "" ? clip(key) : `${path}.${clip(key)}`;
}
