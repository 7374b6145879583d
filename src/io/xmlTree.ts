/**
 * Strict XML in one pass: saxes checks well-formedness as it reads (stopping at the first error,
 * with its line and column) and the elements are built as it goes, in the shape the GEXF reader
 * walks (fast-xml-parser's, as src/io/xmlParser.ts configures it): attributes as `@_name`, a
 * namespace prefix removed, text as the value of an element that has nothing else and `#text`
 * otherwise, CDATA as `#cdata`, the listed tags always arrays and any other tag an array once it
 * repeats. References are resolved and attribute values normalised by the parser, as XML says;
 * an undefined entity is a well-formedness error.
 *
 * It replaces two passes (fast-xml-parser's validator, then its parser) for our own GEXF: on a
 * 5,000-actor / 12,853-relation file they were 5.1 s of the load worker's 8.8 s (docs/benchmarks.md).
 * A DOCTYPE is refused as soon as it is met (no entity or external declaration is ever read).
 */
import { SaxesParser } from "saxes";
import { echo } from "../model/echo.ts";

export type XmlElement = Record<string, unknown>;

export type XmlTree = { ok: true; root: XmlElement } | { ok: false; doctype: boolean; message: string; line: number; column: number };

/** Thrown out of saxes' handlers to stop at the first problem. */
class Stop extends Error {
  constructor(
    readonly reason: string,
    readonly doctype: boolean,
  ) {
    super(reason);
  }
}

interface Open {
  name: string;
  el: XmlElement;
  text: string;
  cdata: string[];
  children: boolean;
  attributes: boolean;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
};

/** Parses `text`; `arrayTags` are the (local) tag names that are always arrays. */
export function parseXmlTree(text: string, arrayTags: ReadonlySet<string>): XmlTree {
  const parser = new SaxesParser({ position: true });
  const document: Open = { name: "", el: Object.create(null) as XmlElement, text: "", cdata: [], children: false, attributes: false };
  const stack: Open[] = [document];
  parser.on("error", (e) => {
    throw new Stop(e.message.replace(/^\d+:\d+: /, "").replace(/\.$/, ""), false);
  });
  parser.on("doctype", () => {
    throw new Stop("DOCTYPE and entity declarations are not accepted", true);
  });
  parser.on("opentag", (tag) => {
    // No prototype: a tag named "constructor" or "__proto__" is a key like any other.
    const el: XmlElement = Object.create(null) as XmlElement;
    let attributes = false;
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      el[`@_${localName(name)}`] = value;
      attributes = true;
    }
    stack[stack.length - 1]!.children = true;
    stack.push({ name: localName(tag.name), el, text: "", cdata: [], children: false, attributes });
  });
  parser.on("text", (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on("cdata", (c) => {
    stack[stack.length - 1]!.cdata.push(c);
  });
  parser.on("closetag", () => {
    const open = stack.pop()!;
    const value = valueOf(open);
    const parent = stack[stack.length - 1]!.el;
    const had = parent[open.name];
    // (Values are strings or elements, never arrays: an array is a repeated tag's list.)
    if (had === undefined) parent[open.name] = arrayTags.has(open.name) ? [value] : value;
    else if (Array.isArray(had)) had.push(value);
    else parent[open.name] = [had, value];
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    // A bare "&" sends the parser looking for its ";" (to the end of the file, at worst), so the
    // error it reports is elsewhere; the "&" is what to fix.
    const amp = e.doctype ? -1 : bareAmpersand(text, parser.position);
    if (amp !== -1) return { ok: false, doctype: false, message: `a bare "&" (write it as &amp;) near ${echo(text.slice(amp, amp + 12))}`, ...lineAndColumn(text, amp) };
    return { ok: false, doctype: e.doctype, message: said(e.reason, text, parser.position), line: parser.line, column: parser.column };
  }
  return { ok: true, root: document.el };
}

/** What a reference looks like (a name or a character number, then ";"). */
const REFERENCE = /&(?:[^\s&;<>"']+|#[0-9]+|#x[0-9a-fA-F]+);/y;

/**
 * The offset of the first "&" before `end` that starts no reference, outside CDATA, comments and
 * processing instructions (where "&" is text); -1 if none. Only read when the parser has failed.
 */
function bareAmpersand(text: string, end: number): number {
  const skips: Array<[string, string]> = [
    ["<![CDATA[", "]]>"],
    ["<!--", "-->"],
    ["<?", "?>"],
  ];
  for (let i = 0; i < end && i !== -1; ) {
    const next = text.indexOf("&", i);
    const open = text.indexOf("<", i);
    if (next === -1 || next >= end) return -1;
    if (open !== -1 && open < next) {
      const skip = skips.find(([o]) => text.startsWith(o, open));
      i = skip ? text.indexOf(skip[1], open + skip[0].length) : open + 1;
      if (skip && i !== -1) i += skip[1].length;
      continue;
    }
    REFERENCE.lastIndex = next;
    if (!REFERENCE.test(text)) return next;
    i = REFERENCE.lastIndex;
  }
  return -1;
}

/** 1-based line and column of an offset (saxes counts the same way). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** saxes' reason, naming the reference when it is one XML does not define (the parser stops just after it). */
function said(reason: string, text: string, position: number): string {
  if (reason !== "undefined entity") return reason;
  const amp = text.lastIndexOf("&", position);
  const ref = amp === -1 ? "" : text.slice(amp, Math.min(position, amp + 40));
  return `unknown entity ${echo(ref)} (only &amp; &lt; &gt; &quot; &apos; are defined)`;
}

/** An element's value: its text alone when it has nothing else, else the element. */
function valueOf(open: Open): unknown {
  if (!open.children && !open.attributes && open.cdata.length === 0) return open.text;
  const { el } = open;
  // Whitespace between child elements is layout, not content.
  if (open.text !== "" && !(open.children && open.text.trim() === "")) el["#text"] = open.text;
  if (open.cdata.length > 0) el["#cdata"] = open.cdata.length === 1 ? open.cdata[0] : open.cdata;
  return el;
}
