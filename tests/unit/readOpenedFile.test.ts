/**
 * Reading an opened file in the load worker (src/app/readOpenedFile.ts), run here on Node's Blob
 * and DecompressionStream (the browser's, in the worker): gzip told by its bytes, decompression
 * stopped at the budget, strict decoding (src/io/decode.ts) with the byte offset where it breaks.
 */
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { readOpenedFile, type NamedBlob } from "../../src/app/readOpenedFile.ts";

const named = (parts: BlobPart[], name: string): NamedBlob => Object.assign(new Blob(parts), { name });
const MiB = 1024 * 1024;

describe("reading an opened file", () => {
  it("reads plain UTF-8 text", async () => {
    const r = await readOpenedFile(named(["Türkiye,Армения\n"], "a.csv"), MiB);
    expect(r).toEqual({ ok: true, file: { name: "a.csv", text: "Türkiye,Армения\n", bytes: Buffer.byteLength("Türkiye,Армения\n"), contentBytes: Buffer.byteLength("Türkiye,Армения\n"), gzipped: false, encoding: "utf-8" } });
  });

  it("decompresses gzip, told by its first bytes whatever the name", async () => {
    const gz = gzipSync(Buffer.from("a\tb\n".repeat(1000)));
    const r = await readOpenedFile(named([gz], "events.tab"), MiB);
    expect(r).toEqual({ ok: true, file: { name: "events.tab", text: "a\tb\n".repeat(1000), bytes: gz.length, contentBytes: 4000, gzipped: true, encoding: "utf-8" } });
  });

  it("stops decompressing once the content passes the budget (a small file cannot expand without end)", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * MiB, 0x61));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await readOpenedFile(named([bomb], "bomb.gz"), MiB);
    expect(r).toEqual({ ok: false, message: "“bomb.gz” decompresses to more than 1.0 MiB, more than can be opened at once" });
  });

  it("refuses a plain file over the budget before reading it", async () => {
    const r = await readOpenedFile(named(["x".repeat(2000)], "big.json"), 1000);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^“big\.json” is .*; only .* more can be opened at once$/) });
  });

  it("says what a workbook, an old Office file or a PDF is, and what to open instead", async () => {
    // An .xlsx is a zip archive: its bytes stop being UTF-8 a few bytes in.
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0xa1, 0xff]);
    expect(await readOpenedFile(named([xlsx], "ties.xlsx"), MiB)).toEqual({
      ok: false,
      decoding: true,
      message: "is a zip archive (an Excel .xlsx, a Word .docx or an OpenDocument file is one), not text: save it as CSV or plain text (UTF-8) and open that",
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xff, 0xfe]);
    expect(await readOpenedFile(named([xls], "ties.xls"), MiB)).toMatchObject({ ok: false, message: expect.stringMatching(/^is an older Office file/) });
    // An .xlsx saved with a password is the same kind of file: the message says it may be one.
    expect(await readOpenedFile(named([xls], "locked.xlsx"), MiB)).toMatchObject({ ok: false, message: expect.stringMatching(/or an Office file saved with a password, not text: save it without a password /) });
    const pdf = new Uint8Array([...Buffer.from("%PDF-1.7\n"), 0xe2, 0xe3, 0xcf, 0xd3, 0xff]);
    expect(await readOpenedFile(named([pdf], "article.pdf"), MiB)).toMatchObject({ ok: false, message: expect.stringMatching(/^is a PDF, not text: .* paste it as a source in Curate$/) });
    // Text that merely starts like one is text.
    expect(await readOpenedFile(named(["PK,RUS\n"], "pk.csv"), MiB)).toMatchObject({ ok: true });
  });

  it("says a corrupt gzip file is not valid gzip", async () => {
    const r = await readOpenedFile(named([new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8])], "broken.gz"), MiB);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^“broken\.gz” is not a valid gzip file \(/) });
  });

  it("refuses bytes that are not UTF-8 with the byte offset, as the dataset importer does; reads UTF-16 with its mark", async () => {
    const bytes = new Uint8Array([...Buffer.from("a,b\nc,d\ne,"), 0xff, 0xfe, ...Buffer.from("\n")]);
    const why = "byte 0xFF never occurs in UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8 (or UTF-16 with a byte order mark)";
    expect(await readOpenedFile(named([bytes], "latin.csv"), MiB)).toEqual({ ok: false, decoding: true, message: `is not valid UTF-8 at byte offset 10: ${why}` });
    expect(await readOpenedFile(named([gzipSync(bytes)], "latin.csv.gz"), MiB)).toEqual({ ok: false, decoding: true, message: `is, once decompressed, not valid UTF-8 at byte offset 10: ${why}` });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n", "utf16le")]);
    expect(await readOpenedFile(named([utf16], "wide.csv"), MiB)).toMatchObject({ ok: true, file: { text: "a,b\n", encoding: "utf-16le" } });
  });
});
