/**
 * Characters a dataset's text may not hold: C0 control characters other than tab, line feed and
 * carriage return; lone surrogates (half of a character, what a broken encoder leaves); and the
 * non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry any of them, not even as `&#…;`, so GEXF,
 * GraphML and SVG exports could only drop them; refusing them in the dataset means an export never
 * has to change a word. (XML's legal characters: #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF].)
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A forbidden character of `text` and its position (in UTF-16 code units), or null. */
export function findForbiddenChar(text: string): { index: number; code: number } | null {
  const m = FORBIDDEN_CHARS.exec(text);
  return m ? { index: m.index, code: m[0].charCodeAt(0) } : null;
}

/** `U+0007`. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
