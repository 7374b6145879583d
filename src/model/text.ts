/**
 * Characters a dataset's text may not hold: C0 control characters other than tab, line feed and
 * carriage return; lone surrogates (half of a character, what a broken encoder leaves); and the
 * non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry any of them, not even as `&#…;`, so GEXF,
 * GraphML and SVG exports could only drop them; refusing them in the dataset means an export never
 * has to change a word. (XML's legal characters: #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF].)
 */
import { childPath } from "./paths.ts";

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

/**
 * Any surrogate or forbidden character, without look-around: almost every string has none, and
 * this simple test lets them pass at a fraction of the precise pattern's cost.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Whether `text` holds a forbidden character (the cheap test first: almost every string has none). */
export function holdsForbiddenChar(text: string): boolean {
  return SUSPECT_CHARS.test(text) && FORBIDDEN_CHARS.test(text);
}

/** A place in the parsed JSON: its value, and the way back to the root (paths are built only for a problem). */
interface Place {
  value: unknown;
  parent: Place | null;
  key: string | number;
}

function pathOf(place: Place): string {
  const keys: Array<string | number> = [];
  for (let p: Place | null = place; p && p.parent; p = p.parent) keys.push(p.key);
  let path = "";
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!;
    path = typeof key === "number" ? `${path}[${key}]` : childPath(path, key);
  }
  return path;
}

/**
 * Every string of a parsed dataset, at any depth, checked for the characters above: the path and
 * a message for each string that holds one. One walk over the parsed JSON; iterative, so deep
 * nesting cannot overflow the stack.
 */
export function forbiddenCharacterIssues(root: unknown): Array<[path: string, message: string]> {
  const stack: Place[] = [{ value: root, parent: null, key: "" }];
  const found: Array<[string, string]> = [];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const value = place.value;
    if (typeof value === "string") {
      const bad = SUSPECT_CHARS.test(value) ? findForbiddenChar(value) : null;
      if (bad) {
        found.push([
          pathOf(place),
          `holds the character ${codePointName(bad.code)} at position ${bad.index + 1}, which exports cannot carry ` +
            "(control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF); remove it",
        ]);
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: place, key: i });
    } else if (typeof value === "object" && value !== null) {
      const keys = Object.keys(value);
      for (let k = keys.length - 1; k >= 0; k--) stack.push({ value: (value as Record<string, unknown>)[keys[k]!], parent: place, key: keys[k]! });
    }
  }
  return found;
}
