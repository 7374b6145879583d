/**
 * Event files on disk (Node only): checks a file before either engine reads it (a regular file, not
 * empty, the shape of its first line, so a wrong --format gets a plain message instead of DuckDB's),
 * checks the encoding of a file DuckDB will read, and reads one whole, gzip or not, for the
 * TypeScript path. Both engines decode as every import does (src/io/decode.ts): strictly, with the
 * byte offset where the bytes stop being text.
 */
import { closeSync, createReadStream, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { gunzipSync, createGunzip } from "node:zlib";
import { LAYOUTS, type EventFormat } from "./layouts.ts";
import { EventFileError, checkHeader } from "./parseEvents.ts";
import { echo } from "../../model/echo.ts";
import { formatBytes } from "../../model/load.ts";
import { decodeText, findInvalidUtf8 } from "../decode.ts";
import { openRegularFile, readRegularFile } from "../regularFile.ts";

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The most a file may hold, decompressed, for the TypeScript engine, which reads a file whole into
 * one string (JavaScript's strings stop short of 2^29 characters). DuckDB streams files of any size.
 */
export const MAX_EVENT_TEXT_BYTES = 512 * 1024 * 1024;

/** What a file named as event data should be, in messages. */
const NOUN = "event file";

type Engine = "duckdb" | "typescript";

/** Where the file starts: its first bytes, decompressed when gzipped (at most 64 KiB). */
async function head(path: string, gzipped: boolean): Promise<Buffer> {
  const stream = gzipped ? createReadStream(path).pipe(createGunzip()) : createReadStream(path, { end: 65535 });
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length > 65535) break;
    }
  } catch (e) {
    throw new EventFileError(path, null, `is not a valid gzip file (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, 65536);
}

/** The encoding a byte order mark announces (the decoder's rule: UTF-8 without one). */
function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Throws EventFileError when the file cannot be the format's, and a FileProblemError (a usage
 * error on the command line) when the path is missing or is not a regular file: a directory, or a
 * named pipe, which DuckDB or a read would wait on forever. For DuckDB, which reads UTF-8 only,
 * the whole file's encoding is checked too (it would let bad bytes through in the columns it
 * leaves unread, and name neither the byte nor the file for the others).
 */
export async function checkEventFile(path: string, format: EventFormat, engine: Engine = "typescript"): Promise<void> {
  const { fd, size } = openRegularFile(path, Number.MAX_SAFE_INTEGER, NOUN);
  let gzipped: boolean;
  try {
    const magic = Buffer.alloc(2);
    gzipped = readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
  } finally {
    closeSync(fd);
  }
  if (size === 0) throw new EventFileError(path, null, "the file is empty");
  const start = await head(path, gzipped);
  const encoding = encodingOf(start);
  if (engine === "duckdb" && encoding !== "utf-8") {
    throw new EventFileError(path, null, `is UTF-16, which DuckDB does not read: save the file as UTF-8, or use --engine typescript`);
  }
  // The first line only decides whether the file has the format's shape; the encoding is checked
  // strictly on the whole file (below for DuckDB, by readEventText for TypeScript).
  const text = new TextDecoder(encoding).decode(start);
  const line = text.split("\n", 1)[0]!.replace(/\r$/, "");
  const layout = LAYOUTS[format];
  if (layout.kind === "json") {
    const first = line.trimStart()[0];
    if (first !== "[" && first !== "{") throw new EventFileError(path, 1, `not PLOVER JSON (an array or one record per line): starts with ${echo(line, 40)}`);
  } else if (layout.header) {
    checkHeader(layout, line, path);
  } else {
    const columns = line.split("\t").length;
    if (columns !== layout.columns.length) {
      const hint = columns === 20 ? " (20 columns: an ICEWS file? use --format icews)" : columns === 58 ? " (58 columns: a GDELT 1.0 file? only 2.0 is read)" : "";
      throw new EventFileError(path, 1, `expected ${layout.columns.length} tab-separated columns (GDELT 2.0 export), found ${columns}${hint}`);
    }
  }
  if (engine === "duckdb") await checkUtf8(path, gzipped);
}

/**
 * Reads the file through once and throws EventFileError at the first byte that is not UTF-8, as
 * the decoder would (src/io/decode.ts): checked in pieces, a character cut by a piece's end carried
 * into the next. `isUtf8` (simdutf in Node) costs a fraction of reading the file.
 */
async function checkUtf8(path: string, gzipped: boolean): Promise<void> {
  const stream = gzipped ? createReadStream(path).pipe(createGunzip()) : createReadStream(path, { highWaterMark: 1 << 20 });
  let base = 0;
  let carry: Buffer = Buffer.alloc(0);
  const fail = (bad: { offset: number; what: string }) =>
    new EventFileError(path, null, `is${gzipped ? ", once decompressed," : ""} not valid UTF-8 at byte offset ${base + bad.offset}: ${bad.what}; save the file as UTF-8`);
  try {
    for await (const chunk of stream) {
      const data = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
      const cut = completeLength(data);
      const whole = data.subarray(0, cut);
      if (!isUtf8(whole)) throw fail(findInvalidUtf8(whole) ?? { offset: 0, what: "a sequence that is not UTF-8" });
      base += cut;
      carry = data.subarray(cut);
    }
  } catch (e) {
    if (e instanceof EventFileError) throw e;
    throw new EventFileError(path, null, `is not a valid gzip file (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    stream.destroy();
  }
  const bad = findInvalidUtf8(carry);
  if (bad) throw fail(bad);
}

/** The length of `data` up to the last character that ends in it: a lead byte whose sequence runs past the end is left out. */
function completeLength(data: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const b = data[data.length - back]!;
    if (b < 0x80) return data.length;
    if (b >= 0xc0) {
      const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needs > back ? data.length - back : data.length;
    }
  }
  return data.length;
}

/**
 * The whole file as text (gunzipped when needed), decoded strictly by the decoder every import
 * shares: UTF-8 with or without a byte order mark, or UTF-16 with one; anything else is refused
 * with the byte offset (of the decompressed bytes, for a gzipped file).
 */
export function readEventText(path: string): string {
  const bytes = readRegularFile(path, MAX_EVENT_TEXT_BYTES, NOUN);
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  let raw: Uint8Array = bytes;
  if (gzipped) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_EVENT_TEXT_BYTES });
    } catch (e) {
      const tooBig = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
      throw new EventFileError(
        path,
        null,
        tooBig
          ? `decompresses to more than ${formatBytes(MAX_EVENT_TEXT_BYTES)}, more than the TypeScript engine reads at once (use --engine duckdb)`
          : `is not a valid gzip file (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  }
  const decoded = decodeText(raw);
  if (decoded.ok) return decoded.text;
  throw new EventFileError(path, null, gzipped ? decoded.message.replace(/^is /, "is, once decompressed, ") : decoded.message);
}
