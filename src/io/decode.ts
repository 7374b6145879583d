/**
 * Bytes to text, strictly: the one decoder for dataset files, shared by the app's load worker and
 * the CLI (and the CLI's source texts). A file is UTF-8, with or without one byte order mark, or
 * UTF-16 (little or big endian) with its byte order mark. Anything else is refused with the byte
 * offset where decoding failed: a Latin-1 "Rüssia" must not become "R�ssia" and validate.
 *
 * `TextDecoder` with `fatal: true` does the decoding; it says that the bytes are wrong but not
 * where, so on failure a small scan of our own finds the offset (and says what is wrong there).
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; message: string; offset: number };

const SAVE_AS = "save the file as UTF-8 (or UTF-16 with a byte order mark)";

/**
 * Decodes a dataset file. One byte order mark is removed; a second one stays in the text, where
 * the JSON or XML parser reports it with its line and column.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, offset: 0, message: `is UTF-32, which is not read here; ${SAVE_AS}` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, "utf-16be");
  // Dataset JSON and XML never hold a zero byte (JSON forbids control characters, XML forbids
  // U+0000); one in the first two bytes is UTF-16 that came without its byte order mark.
  if ((bytes.length > 0 && bytes[0] === 0) || (bytes.length > 1 && bytes[1] === 0)) {
    return { ok: false, offset: bytes[0] === 0 ? 0 : 1, message: `holds a zero byte at offset ${bytes[0] === 0 ? 0 : 1}: it looks like UTF-16 without a byte order mark; ${SAVE_AS}` };
  }
  const utf8 = decodeUtf8(bytes, 0);
  // A workbook, an old Office file or a PDF is not text: say what it is and what to open instead,
  // not where its bytes stop being UTF-8.
  if (!utf8.ok) {
    const kind = binaryKind(bytes);
    if (kind !== null) return { ok: false, offset: 0, message: kind };
  }
  return utf8;
}

/** A zip archive (an Excel .xlsx, a Word .docx or an OpenDocument file is one), told by its first four bytes. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** What a file that is not text is, told by its first bytes, with what to do instead; null when unknown. */
function binaryKind(bytes: Uint8Array): string | null {
  if (isZip(bytes)) {
    return "is a zip archive (an Excel .xlsx, a Word .docx or an OpenDocument file is one), not text: save it as CSV or plain text (UTF-8) and open that";
  }
  // An Office compound file: the old binary formats, and also any .xlsx or .docx saved with a
  // password (the encrypted package is stored in one).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return "is an older Office file (.xls or .doc) or an Office file saved with a password, not text: save it without a password as CSV or plain text (UTF-8) and open that";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "is a PDF, not text: copy its text into a plain text file, or paste it as a source in Curate";
  return null;
}

function decodeUtf8(bytes: Uint8Array, start: number): DecodeResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    return { ok: true, text, encoding: "utf-8", bom: start > 0 };
  } catch {
    const bad = findInvalidUtf8(bytes, start) ?? { offset: start, what: "a sequence that is not UTF-8" };
    return { ok: false, offset: bad.offset, message: `is not valid UTF-8 at byte offset ${bad.offset}: ${bad.what}; ${SAVE_AS}` };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  const name = encoding === "utf-16le" ? "UTF-16 (little endian)" : "UTF-16 (big endian)";
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    return { ok: true, text, encoding, bom: true };
  } catch {
    const bad = findInvalidUtf16(bytes, encoding === "utf-16le");
    return { ok: false, offset: bad.offset, message: `is not valid ${name} at byte offset ${bad.offset}: ${bad.what}` };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * The first byte where UTF-8 decoding fails (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), and what is wrong there; null when every sequence is well formed.
 */
export function findInvalidUtf8(bytes: Uint8Array, start = 0): { offset: number; what: string } | null {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else if (b === 0xc0 || b === 0xc1) return { offset: i, what: `byte ${hex(b)} starts an overlong encoding` };
    else if (b >= 0x80 && b <= 0xbf) return { offset: i, what: `byte ${hex(b)} continues a character that never started (a Latin-1 or Windows-1252 file?)` };
    else return { offset: i, what: `byte ${hex(b)} never occurs in UTF-8 (a Latin-1 or Windows-1252 file?)` };
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return { offset: i, what: `the file ends inside a character (${length}-byte sequence cut short)` };
      if ((c & 0xc0) !== 0x80) {
        // Latin-1 text puts a lone accented letter (e.g. 0xFC, ü) before ASCII.
        return { offset: i, what: `byte ${hex(b)} starts a character that is cut short (a Latin-1 or Windows-1252 file?)` };
      }
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min) return { offset: i, what: `an overlong encoding of U+${code.toString(16).toUpperCase().padStart(4, "0")}` };
    if (code >= 0xd800 && code <= 0xdfff) return { offset: i, what: `an encoded surrogate (U+${code.toString(16).toUpperCase()}), which UTF-8 does not allow` };
    if (code > 0x10ffff) return { offset: i, what: "a code point above U+10FFFF" };
    i += length;
  }
  return null;
}

/** The first byte where UTF-16 decoding fails (after the byte order mark): an odd length or a lone surrogate. */
function findInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): { offset: number; what: string } {
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 2;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < bytes.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) {
        i += 2;
        continue;
      }
      return { offset: i, what: "a high surrogate without its low half" };
    }
    if (u >= 0xdc00 && u <= 0xdfff) return { offset: i, what: "a low surrogate without its high half" };
  }
  return { offset: i, what: "the file has an odd number of bytes" };
}
