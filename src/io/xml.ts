/**
 * XML text in and out, shared by the GEXF, GraphML and SVG writers and the GEXF reader.
 *
 * Dataset text is untrusted and may hold anything XML has a meaning for: quotes that contain
 * quotes, ampersands, `<`, line breaks. Writers escape all of it. Line breaks and tabs inside
 * attribute values are written as character references, since a parser would otherwise turn them
 * into spaces (XML attribute-value normalisation) and the text would not come back the same.
 *
 * Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF;
 * src/model/text.ts) are refused by the validator, so a valid dataset never holds one. A writer
 * that meets one anyway throws rather than drop it: an export never changes a word silently.
 */
import { FORBIDDEN_CHARS, codePointName, findForbiddenChar } from "../model/text.ts";
import { echo } from "../model/echo.ts";

/** Throws when `s` holds a character XML cannot carry (see the module comment). */
function assertXmlChars(s: string): string {
  const bad = findForbiddenChar(s);
  if (bad) {
    throw new Error(`cannot write ${echo(s)} as XML: it holds ${codePointName(bad.code)} at position ${bad.index + 1}, which XML cannot carry (the dataset should not have passed validation)`);
  }
  return s;
}

/** Escapes element content. `>` is escaped too, so `]]>` can never appear. CR survives as `&#13;`. */
export function escapeXmlText(s: string): string {
  return assertXmlChars(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES.get(c)!);
}

/** Escapes an attribute value written between double quotes. */
export function escapeXmlAttr(s: string): string {
  return assertXmlChars(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES.get(c)!);
}

const TEXT_ESCAPES = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ["\r", "&#13;"],
]);
const ATTR_ESCAPES = new Map([
  ...TEXT_ESCAPES,
  ['"', "&quot;"],
  ["'", "&apos;"],
  ["\t", "&#9;"],
  ["\n", "&#10;"],
]);

/** ` name="value"` for each defined entry, in order; `undefined` entries are left out. */
export function xmlAttrs(entries: Record<string, string | number | boolean | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(entries)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttr(String(value))}"`;
  }
  return out;
}

/**
 * JSON text safe to put inside an XML element: characters XML forbids are written as JSON
 * `\uXXXX` escapes instead of being dropped, so the JSON still means exactly the same.
 * (They can only occur inside JSON strings, where such an escape is valid.)
 */
export function jsonForXml(value: unknown): string {
  const forbidden = new RegExp(FORBIDDEN_CHARS.source, "g");
  return JSON.stringify(value).replace(forbidden, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// ── reading ────────────────────────────────────────────────────────────────────────────────────

export type Decoded = { ok: true; value: string } | { ok: false; reason: string };

const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)?;?/g;
/** The entities XML predefines (a Map: `&constructor;` must be unknown, not Object's constructor). */
const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Decodes the references in raw XML character data in one pass (so `&amp;lt;` stays `&lt;`).
 * `attribute` applies attribute-value normalisation (literal tab, CR and LF become spaces);
 * otherwise line ends are normalised to LF, as an XML parser does. Unknown entities, bare `&` and
 * references to characters XML forbids are errors.
 */
export function decodeXml(raw: string, attribute: boolean): Decoded {
  const normalised = attribute ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw.replace(/\r\n?/g, "\n");
  let error: string | undefined;
  const value = normalised.replace(REFERENCE, (match: string, body: string | undefined) => {
    if (error !== undefined) return match;
    if (body === undefined || !match.endsWith(";")) {
      error = `a bare "&" (write it as &amp;) near ${echo(match.slice(0, 12))}`;
      return match;
    }
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : "";
      if (char === "" || findForbiddenChar(char) !== null || (code >= 0xd800 && code <= 0xdfff)) {
        error = `the character reference ${echo(`&${body};`)} names a character XML does not allow`;
        return match;
      }
      return char;
    }
    const named = NAMED.get(body);
    if (named === undefined) error = `unknown entity ${echo(`&${body};`)} (only &amp; &lt; &gt; &quot; &apos; are defined)`;
    return named ?? match;
  });
  return error === undefined ? { ok: true, value } : { ok: false, reason: error };
}

/**
 * Whether the document declares a DOCTYPE or an entity (`<!DOCTYPE`, `<!ENTITY`, any case) in its
 * markup. The same words inside CDATA, a comment or a processing instruction are text, not a
 * declaration, so those are skipped (a regular expression over the whole file took a quote about
 * HTML in a CDATA section for a DOCTYPE). Attribute values cannot hold "<" in well-formed XML.
 */
export function hasDeclaration(text: string): boolean {
  // Most files have neither word: one native scan says so (a walk over every "<" of a large GEXF
  // took 0.2 s in the load worker).
  if (!/<!(?:doctype|entity)/i.test(text)) return false;
  const skips: Array<[string, string]> = [
    ["<![CDATA[", "]]>"],
    ["<!--", "-->"],
    ["<?", "?>"],
  ];
  let i = text.indexOf("<");
  while (i !== -1) {
    const skip = skips.find(([open]) => text.startsWith(open, i));
    if (skip) {
      const end = text.indexOf(skip[1], i + skip[0].length);
      if (end === -1) return false; // unterminated: the well-formedness check reports it
      i = text.indexOf("<", end + skip[1].length);
      continue;
    }
    const head = text.slice(i, i + 9).toUpperCase();
    if (head === "<!DOCTYPE" || head.startsWith("<!ENTITY")) return true;
    i = text.indexOf("<", i + 1);
  }
  return false;
}
