/**
 * Reading a file the user opened, in the load worker: gzip is told by its first two bytes and
 * decompressed with the browser's DecompressionStream, stopping as soon as the output passes the
 * budget (so a small .gz cannot expand into gigabytes); the bytes are decoded strictly as UTF-8,
 * and text that is not UTF-8 is refused with the line where it stops being so.
 */
import { formatBytes } from "../model/load.ts";

export interface OpenedText {
  name: string;
  text: string;
  /** Size of the file as opened (compressed, if it was). */
  bytes: number;
  gzipped: boolean;
}

export type ReadOpened = { ok: true; file: OpenedText } | { ok: false; message: string };

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
  try {
    return { ok: true, file: { name: file.name, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), bytes: file.size, gzipped } };
  } catch {
    return { ok: false, message: `${name}${gzipped ? " (decompressed)" : ""} is not UTF-8 text: line ${firstBadLine(bytes)} has bytes that are not UTF-8` };
  }
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

/** The line of the first byte sequence that is not UTF-8 (the lenient decoder marks it U+FFFD). */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = text.indexOf("\uFFFD");
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
