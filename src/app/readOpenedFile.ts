/**
 * Reading a file the user opened, in the load worker: gzip is told by its first two bytes and
 * decompressed with the browser's DecompressionStream, stopping as soon as the output passes the
 * budget (so a small .gz cannot expand into gigabytes); the bytes are decoded strictly by the
 * decoder every import uses (src/io/decode.ts: UTF-8, or UTF-16 with its byte order mark), and text
 * that is neither is refused with the byte offset where it stops being so.
 */
import { formatBytes } from "../model/load.ts";
import { decodeText, type Encoding } from "../io/decode.ts";
import type { SpreadsheetKind, Workbook } from "../io/convert/workbookSheets.ts";

export interface OpenedText {
  name: string;
  text: string;
  /** Size of the file as opened (compressed, if it was). */
  bytes: number;
  /** Size of its content in bytes (decompressed): what counts against the budget. */
  contentBytes: number;
  gzipped: boolean;
  /** How the (decompressed) bytes were decoded. */
  encoding: Encoding;
  /**
   * The workbook's kind, on a workbook's sheet made CSV text (src/io/convert/workbook.ts): its rows
   * are numbered as the sheet numbers them.
   */
  spreadsheet?: SpreadsheetKind;
  /** A workbook's sheet: the edge list or the actors, as the workbook's reading picked it. */
  role?: "edges" | "actors";
  /** What reading the file left out (a workbook's other sheets), said with the import's warnings. */
  notes?: string[];
  /** The workbook the sheet came from (on the edge list's sheet), for the mapping step to offer its other sheets. */
  workbook?: Workbook;
}

/**
 * A failure says what, naming the file; one of decoding (`decoding`) says it as the dataset
 * importer does ("is not valid UTF-8 at byte offset 12: …"), for the caller to place.
 */
export type ReadOpened = { ok: true; file: OpenedText } | { ok: false; message: string; decoding?: boolean };

/** A file's name and bytes: a File in the app, any Blob with a name in tests. */
export type NamedBlob = Blob & { readonly name: string };

/** Reads `file` as text, refusing more than `budget` bytes of content (after decompression). */
export async function readOpenedFile(file: NamedBlob, budget: number): Promise<ReadOpened> {
  const name = `“${file.name}”`;
  let bytes: Uint8Array;
  let gzipped = false;
  try {
    const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
    gzipped = head[0] === 0x1f && head[1] === 0x8b;
    if (!gzipped) {
      if (file.size > budget) return { ok: false, message: `${name} is ${formatBytes(file.size)}; only ${formatBytes(budget)} more can be opened at once` };
      bytes = new Uint8Array(await file.arrayBuffer());
    } else {
      const read = await gunzip(file, budget);
      if (read === null) return { ok: false, message: `${name} decompresses to more than ${formatBytes(budget)}, more than can be opened at once` };
      bytes = read;
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, message: gzipped ? `${name} is not a valid gzip file (${reason})` : `${name} could not be read: ${reason}` };
  }
  const decoded = decodeText(bytes);
  if (decoded.ok) return { ok: true, file: { name: file.name, text: decoded.text, bytes: file.size, contentBytes: bytes.length, gzipped, encoding: decoded.encoding } };
  return { ok: false, decoding: true, message: gzipped ? `${decoded.message.replace(/^is /, "is, once decompressed, ")}` : decoded.message };
}

/** The decompressed bytes, or null once they pass `budget`. Throws on a corrupt stream. */
async function gunzip(file: Blob, budget: number): Promise<Uint8Array | null> {
  const reader = file.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > budget) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
