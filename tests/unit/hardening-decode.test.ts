/**
 * Issue #17, item 3: strict decoding, one decoder for the app and the CLI. UTF-8 (one byte order
 * mark at most), UTF-16 with its byte order mark; everything else refused with the byte offset.
 * JSON syntax errors always come with a line and a column. The fuzz part (non-UTF-8 bytes spliced
 * into real files) belongs to the fuzz suite (README, "Reliability").
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeText, findInvalidUtf8 } from "../../src/io/decode.ts";
import { importBytes } from "../../src/io/importDataset.ts";
import { describeJsonError, parseDataset } from "../../src/model/load.ts";
import { locateJsonError } from "../../src/model/jsonSyntax.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { formatIssue } from "../../src/model/validate.ts";
import { miniDataset } from "./fixtures.ts";

/** Cases per CI run of the non-UTF-8 fuzz (the README's reliability section quotes it). */
export const ENCODING_FUZZ_RUNS = 400;

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const BOM8 = [0xef, 0xbb, 0xbf];

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + 2 * s.length);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? u & 0xff : u >> 8;
    out[3 + 2 * i] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

const mini = miniDataset();
mini.actors[0]!.label = "Rüssia 😀 日本";
const miniText = datasetJson(mini);
const problems = (bytes: Uint8Array, name = "d.json") => {
  const r = importBytes(bytes, name);
  return r.ok ? [] : r.errors.map(formatIssue);
};

describe("decoding a dataset file", () => {
  it("reads UTF-8 with or without one byte order mark, and UTF-16 with its mark, to the same dataset", () => {
    for (const bytes of [utf8(miniText), concat(BOM8, utf8(miniText)), utf16(miniText, true), utf16(miniText, false)]) {
      const r = importBytes(bytes, "d.json");
      expect(r.ok ? r.dataset : r.errors.map(formatIssue)).toEqual(JSON.parse(miniText));
    }
    const gexf = writeGexf(mini, { mode: "dynamic" });
    for (const bytes of [concat(BOM8, utf8(gexf)), utf16(gexf, true), utf16(gexf, false)]) {
      const r = importBytes(bytes, "d.gexf");
      expect(r.ok ? r.dataset.actors[0]!.label : r.errors.map(formatIssue)).toBe("Rüssia 😀 日本");
    }
  });

  it("refuses a Latin-1 file, naming the byte offset", () => {
    const latin1 = Uint8Array.from([...miniText.replace("Rüssia", "R\u00fcssia")].flatMap((c) => (c.charCodeAt(0) < 256 ? [c.charCodeAt(0)] : [...utf8(c)])));
    const at = latin1.indexOf(0xfc);
    expect(problems(latin1)).toEqual([
      `(file): is not valid UTF-8 at byte offset ${at}: byte 0xFC never occurs in UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8 (or UTF-16 with a byte order mark)`,
    ]);
  });

  const LATIN = " (a Latin-1 or Windows-1252 file?)";
  const broken: Array<[string, number[], string]> = [
    ["a lone continuation byte", [0x80], `byte 0x80 continues a character that never started${LATIN}`],
    ["an overlong slash (C0 AF)", [0xc0, 0xaf], "byte 0xC0 starts an overlong encoding"],
    ["an overlong slash (E0 80 AF)", [0xe0, 0x80, 0xaf], "an overlong encoding of U+002F"],
    ["an overlong NUL (F0 80 80 80)", [0xf0, 0x80, 0x80, 0x80], "an overlong encoding of U+0000"],
    ["an encoded surrogate (ED A0 80)", [0xed, 0xa0, 0x80], "an encoded surrogate (U+D800), which UTF-8 does not allow"],
    ["a code point above U+10FFFF (F4 90 80 80)", [0xf4, 0x90, 0x80, 0x80], "a code point above U+10FFFF"],
    ["a byte UTF-8 never uses (F8)", [0xf8, 0x88, 0x80, 0x80, 0x80], `byte 0xF8 never occurs in UTF-8${LATIN}`],
    ["a cut-short sequence (E2 82, then a letter)", [0xe2, 0x82], `byte 0xE2 starts a character that is cut short${LATIN}`],
  ];
  for (const [name, bad, what] of broken) {
    it(`refuses ${name} inside a label, at its offset`, () => {
      const [head, tail] = miniText.split("Rüssia") as [string, string];
      const bytes = concat(utf8(`${head}R`), bad, utf8(`ssia${tail}`));
      const offset = utf8(`${head}R`).length;
      expect(problems(bytes)).toEqual([`(file): is not valid UTF-8 at byte offset ${offset}: ${what}; save the file as UTF-8 (or UTF-16 with a byte order mark)`]);
    });
  }

  it("refuses a file that ends inside a character", () => {
    const bytes = concat(utf8(miniText), [0xf0, 0x9f, 0x98]);
    expect(problems(bytes)[0]).toBe(`(file): is not valid UTF-8 at byte offset ${utf8(miniText).length}: the file ends inside a character (4-byte sequence cut short); save the file as UTF-8 (or UTF-16 with a byte order mark)`);
  });

  it("refuses UTF-16 without its byte order mark, broken UTF-16 and UTF-32", () => {
    const noBom = utf16(miniText, true).subarray(2);
    expect(problems(noBom)[0]).toMatch(/^\(file\): holds a zero byte at offset 1: it looks like UTF-16 without a byte order mark/);
    const lone = concat(utf16("{", true), [0x00, 0xd8], utf16("}", true).subarray(2));
    expect(problems(lone)).toEqual(["(file): is not valid UTF-16 (little endian) at byte offset 4: a high surrogate without its low half"]);
    const odd = concat(utf16("{}", false), [0x41]);
    expect(problems(odd)).toEqual(["(file): is not valid UTF-16 (big endian) at byte offset 6: the file has an odd number of bytes"]);
    expect(problems(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))[0]).toMatch(/^\(file\): is UTF-32, which is not read here/);
  });

  it("gives a line and a column for a second byte order mark, in JSON and in XML", () => {
    expect(problems(concat(BOM8, BOM8, utf8(miniText)))).toEqual(["(file): not valid JSON: expected a value, found a byte order mark (U+FEFF); a file may begin with one at most (line 1, column 1)"]);
    const gexf = problems(concat(BOM8, BOM8, utf8(writeGexf(mini, { mode: "dynamic" }))), "d.gexf");
    expect(gexf).toEqual(["(file): not well-formed XML: a byte order mark (U+FEFF) before the XML declaration; a file may begin with one at most (line 1, column 1)"]);
  });

  it("keeps UTF-8 decoding and its offsets in step with TextDecoder on bytes spliced into real files (fuzz)", () => {
    const nonUtf8 = fc.oneof(
      fc.constantFrom([0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f], [0xfc], [0xe9]),
      fc.uint8Array({ minLength: 1, maxLength: 4 }),
    );
    const files = [utf8(miniText), utf8(writeGexf(mini, { mode: "dynamic" }))];
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.nat(), nonUtf8, (which, at, bad) => {
        const file = files[which]!;
        // Splice at a character boundary, so the prefix is valid UTF-8.
        let cut = at % (file.length + 1);
        while (cut < file.length && (file[cut]! & 0xc0) === 0x80) cut++;
        const bytes = concat(file.subarray(0, cut), bad, file.subarray(cut));
        let strictOk = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          strictOk = false;
        }
        const r = decodeText(bytes);
        if (bytes[0] === 0 || bytes[1] === 0 || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return; // read as UTF-16 or refused as such
        expect(r.ok).toBe(strictOk);
        if (!r.ok) {
          // Everything before the offset decodes; the offset is at or before the splice.
          expect(r.offset).toBeLessThanOrEqual(cut + bad.length);
          expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, r.offset))).not.toThrow();
          expect(findInvalidUtf8(bytes)?.offset).toBe(r.offset);
          expect(r.message.length).toBeLessThan(240);
        }
      }),
      { numRuns: ENCODING_FUZZ_RUNS },
    );
  });
});

describe("JSON syntax errors", () => {
  it("always come with a line and a column, and agree with JSON.parse on BOMs and long numbers", () => {
    const cases = ["\uFEFF{}", '{"a": \uFEFF1}', `[${"1".repeat(500)}}`, `[${"9".repeat(1000)}.5e+3, x]`, "{\n  \"a\": 1,\n}", ""];
    for (const text of cases) {
      let error: unknown;
      try {
        JSON.parse(text);
      } catch (e) {
        error = e;
      }
      expect(error, text.slice(0, 20)).toBeDefined();
      expect(locateJsonError(text), text.slice(0, 20)).not.toBeNull();
      expect(describeJsonError(text, error)).toMatch(/\(line \d+, column \d+\)$/);
    }
    expect(locateJsonError(`[${"1".repeat(500)}]`)).toBeNull();
    const r = parseDataset(`[${"1".repeat(500)}}`);
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual(['(file): not valid JSON: expected "," or "]", found "}" (line 1, column 502)']);
  });
});
