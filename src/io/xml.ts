/**
 * XML text in and out, shared by the GEXF, GraphML and SVG writers and the GEXF reader.
 *
 * Dataset text is untrusted and may hold anything: quotes that contain quotes, ampersands, `<`,
 * line breaks, characters XML 1.0 forbids. Writers escape everything and strip the forbidden
 * characters (they cannot be written at all, not even as `&#…;`). Line breaks and tabs inside
 * attribute values are written as character references, since a parser would otherwise turn them
 * into spaces (XML attribute-value normalisation) and the text would not come back the same.
 */

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF. (Legal: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].)
 */
const ILLEGAL_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without the characters XML 1.0 cannot carry. */
export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML_CHARS, "");
}

/** Whether `s` holds a character XML 1.0 cannot carry. */
export function hasIllegalXmlChars(s: string): boolean {
  ILLEGAL_XML_CHARS.lastIndex = 0;
  const found = ILLEGAL_XML_CHARS.test(s);
  ILLEGAL_XML_CHARS.lastIndex = 0;
  return found;
}

/** Escapes element content. `>` is escaped too, so `]]>` can never appear. CR survives as `&#13;`. */
export function escapeXmlText(s: string): string {
  return stripIllegalXmlChars(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value written between double quotes. */
export function escapeXmlAttr(s: string): string {
  return stripIllegalXmlChars(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
};

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
  return JSON.stringify(value).replace(ILLEGAL_XML_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// ── reading ────────────────────────────────────────────────────────────────────────────────────

export type Decoded = { ok: true; value: string } | { ok: false; reason: string };

const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)?;?/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

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
      error = `a bare "&" (write it as &amp;) near ${JSON.stringify(match.slice(0, 12))}`;
      return match;
    }
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : "";
      if (char === "" || hasIllegalXmlChars(char) || (code >= 0xd800 && code <= 0xdfff)) {
        error = `the character reference &${body}; names a character XML does not allow`;
        return match;
      }
      return char;
    }
    const named = NAMED[body];
    if (named === undefined) error = `unknown entity &${body}; (only &amp; &lt; &gt; &quot; &apos; are defined)`;
    return named ?? match;
  });
  return error === undefined ? { ok: true, value } : { ok: false, reason: error };
}
