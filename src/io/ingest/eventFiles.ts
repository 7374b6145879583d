/**
 * Event files on disk (Node only): checks a file before DuckDB reads it (exists, not empty, shape
 * of its first line, so a wrong --format gets a plain message instead of DuckDB's), and reads one
 * whole, gzip or not, strictly as UTF-8, for the TypeScript path.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { gunzipSync, createGunzip } from "node:zlib";
import { LAYOUTS, type EventFormat } from "./layouts.ts";
import { EventFileError, checkHeader, clip } from "./parseEvents.ts";

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    closeSync(fd);
  }
}

/** The file's first line (at most 64 KiB of it), decompressed when gzipped. */
async function firstLine(path: string): Promise<string> {
  const stream = isGzip(path) ? createReadStream(path).pipe(createGunzip()) : createReadStream(path, { end: 65535 });
  let text = "";
  for await (const chunk of stream) {
    text += (chunk as Buffer).toString("utf8");
    const nl = text.indexOf("\n");
    if (nl !== -1 || text.length > 65535) {
      stream.destroy();
      return nl === -1 ? text : text.slice(0, nl);
    }
  }
  return text;
}

/** Throws EventFileError when the file cannot be the format's. */
export async function checkEventFile(path: string, format: EventFormat): Promise<void> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new EventFileError(path, null, "no such file");
  }
  if (size === 0) throw new EventFileError(path, null, "the file is empty");
  const line = (await firstLine(path)).replace(/^\uFEFF/, "").replace(/\r$/, "");
  const layout = LAYOUTS[format];
  if (layout.kind === "json") {
    const head = line.trimStart()[0];
    if (head !== "[" && head !== "{") throw new EventFileError(path, 1, `not PLOVER JSON (an array or one record per line): starts with ${clip(line, 40)}`);
    return;
  }
  if (layout.header) return checkHeader(layout, line, path);
  const columns = line.split("\t").length;
  if (columns !== layout.columns.length) {
    const hint = columns === 20 ? " (20 columns: an ICEWS file? use --format icews)" : columns === 58 ? " (58 columns: a GDELT 1.0 file? only 2.0 is read)" : "";
    throw new EventFileError(path, 1, `expected ${layout.columns.length} tab-separated columns (GDELT 2.0 export), found ${columns}${hint}`);
  }
}

/** The whole file as text (gunzipped when needed); refuses bytes that are not UTF-8. */
export function readEventText(path: string): string {
  const bytes = readFileSync(path);
  const raw = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? gunzipSync(bytes) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw new EventFileError(path, null, "the file is not UTF-8 text");
  }
}
