/**
 * The one-pass strict XML reader of our GEXF (src/io/xmlTree.ts): the shape the GEXF reader walks
 * (as fast-xml-parser gave it), references resolved and attribute values normalised as XML says,
 * the first well-formedness error with its line and column, and no DOCTYPE.
 */
import { describe, expect, it } from "vitest";
import { parseXmlTree, type XmlElement } from "../../src/io/xmlTree.ts";

const ok = (text: string, arrays: string[] = []): XmlElement => {
  const tree = parseXmlTree(text, new Set(arrays));
  if (!tree.ok) throw new Error(`${tree.message} (line ${tree.line}, column ${tree.column})`);
  return tree.root;
};
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("parseXmlTree", () => {
  it("gives attributes as @_name without their namespace prefix, text alone as a string, listed tags as arrays", () => {
    const root = ok('<?xml version="1.0"?><g xmlns="http://gexf.net/1.3" xmlns:viz="v" a="1"><nodes><node id="x"><viz:color r="3"/></node></nodes><title>T</title><empty/></g>', ["node", "nodes"]);
    expect(plain(root)).toEqual({ g: { "@_a": "1", nodes: [{ node: [{ "@_id": "x", color: { "@_r": "3" } }] }], title: "T", empty: "" } });
  });

  it("makes a tag that repeats an array even when not listed, and keeps the order", () => {
    expect(plain(ok("<r><d>1</d><d>2</d><d>3</d></r>"))).toEqual({ r: { d: ["1", "2", "3"] } });
  });

  it("keeps text beside attributes or CDATA as #text and CDATA as #cdata; whitespace between child elements is dropped", () => {
    const root = ok('<r>\n  <d k="1">a &amp; b</d>\n  <e>x<![CDATA[<y> & ]]></e>\n  <f><![CDATA[1]]><![CDATA[2]]></f>\n</r>');
    expect(plain(root)).toEqual({ r: { d: { "@_k": "1", "#text": "a & b" }, e: { "#text": "x", "#cdata": "<y> & " }, f: { "#cdata": ["1", "2"] } } });
  });

  it("resolves references and normalises attribute values and line ends as XML says", () => {
    const root = ok('<r v="a\tb\nc&#10;d&lt;&quot;">x\r\ny&#13;&#x1F600;&apos;</r>');
    expect(plain(root)).toEqual({ r: { "@_v": 'a b c\nd<"', "#text": "x\ny\r\u{1F600}'" } });
  });

  it("takes tags named like Object.prototype's properties as tags", () => {
    const root = ok("<r><constructor>c</constructor><__proto__>p</__proto__><toString/></r>");
    const r = root.r as XmlElement;
    expect(Object.getPrototypeOf(r)).toBeNull();
    expect([r.constructor, r.__proto__, r.toString]).toEqual(["c", "p", ""]);
  });

  it.each([
    ["<r><a></b></r>", /close tag/],
    ['<r a="1" a="2"/>', /^duplicate attribute: a$/],
    ["<r a=1/>", /^unquoted attribute value$/],
    ["<r><a></r>", /close tag/],
    ["<r>", /^unclosed tag: r$/],
    ["<r/><s/>", /only one root/],
    ["<r>a &#xZZ; b</r>", /entity/],
  ])("stops at the first error of %j, saying what", (text, message) => {
    const tree = parseXmlTree(text, new Set());
    expect(tree.ok).toBe(false);
    if (tree.ok) return;
    expect(tree.message).toMatch(message);
    expect(tree.doctype).toBe(false);
  });

  it("says where: the line and column of the first error", () => {
    const tree = parseXmlTree('<r>\n  <a x="1">\n  </b>\n</r>', new Set());
    expect(tree).toMatchObject({ ok: false, line: 3 });
    expect(tree.ok ? 0 : tree.column).toBeGreaterThan(2);
  });

  it("points at a bare \"&\", not at the end of the file where the parser gave up looking for its \";\"", () => {
    expect(parseXmlTree('<r>\n<n a="&amp;"/><![CDATA[ & ]]><!-- & -->\n  <m>a & b</m></r>', new Set())).toEqual({ ok: false, doctype: false, message: 'a bare "&" (write it as &amp;) near "& b</m></r>"', line: 3, column: 8 });
    expect(parseXmlTree('<r a="x & y; z"/>', new Set())).toMatchObject({ ok: false, message: 'a bare "&" (write it as &amp;) near "& y; z\\"/>"', line: 1, column: 9 });
  });

  it("names an entity XML does not define", () => {
    const tree = parseXmlTree('<r>\n<n label="Al&nbsp;pha"/></r>', new Set());
    expect(tree).toMatchObject({ ok: false, line: 2, message: 'unknown entity "&nbsp;" (only &amp; &lt; &gt; &quot; &apos; are defined)' });
    expect(parseXmlTree("<r>&constructor;</r>", new Set())).toMatchObject({ ok: false, message: 'unknown entity "&constructor;" (only &amp; &lt; &gt; &quot; &apos; are defined)' });
  });

  it("refuses a DOCTYPE as soon as it meets one, reading none of its declarations", () => {
    const tree = parseXmlTree('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]><r>&x;</r>', new Set());
    expect(tree).toMatchObject({ ok: false, doctype: true });
  });
});
