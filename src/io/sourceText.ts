/**
 * Source texts brought into a workspace (issue #13): a pasted text or an opened .txt, .md or
 * .html file becomes the inline `text` of a source, which quotes are then checked against and
 * their offsets counted in. Pure: the app and the tests (Node) share it.
 *
 * - Files are size-limited before decoding and decoded as strict UTF-8 (a bad byte is an error
 *   that says where, never a replacement character silently in a quote).
 * - HTML is parsed, never rendered: parse5 (the WHATWG parsing algorithm browsers use, pure
 *   JavaScript, one small dependency) builds a tree that nothing executes, and only its text nodes
 *   are kept; script, style, template and other non-text elements are dropped whole. Chosen over
 *   html-to-text (which pulls htmlparser2, a non-spec parser, and five other packages for
 *   formatting we do not want) and over DOMParser (not in Node, where the tests and CLI run).
 * - Line ends are normalised once, here (CRLF and CR become LF, a byte-order mark goes), so the
 *   offsets kept with each quote stay valid wherever the text is shown or stored.
 */
import { parse } from "parse5";
import type { ValidationIssue } from "../model/validate.ts";
import { formatBytes } from "../model/load.ts";
import { isIsoDate } from "../model/dates.ts";

/**
 * The largest source file accepted: 10 MiB, far above any article or report (a long book is
 * 1–2 MiB of text), and small enough that a whole text sits in the dataset and in IndexedDB.
 */
export const MAX_SOURCE_TEXT_BYTES = 10 * 1024 * 1024;

export type SourceTextFormat = "text" | "markdown" | "html";

export type SourceTextResult =
  | {
      ok: true;
      text: string;
      format: SourceTextFormat;
      /** An HTML page's publication date (YYYY-MM-DD) from its metadata, when it gives one: see `publishedDate`. */
      published?: string;
      /** The site or publisher an HTML page names in its metadata, when it names one: see `siteName`. */
      site?: string;
    }
  | { ok: false; error: ValidationIssue };

/** Reads an opened file as a source text (see the module comment). Never throws. */
export function readSourceFile(bytes: Uint8Array, name: string, maxBytes = MAX_SOURCE_TEXT_BYTES): SourceTextResult {
  const where = name === "" ? "(file)" : name;
  const format = formatOf(name);
  if (format === null) return fail(where, `only .txt, .md and .html files can be sources (${JSON.stringify(name.slice(0, 80))})`);
  if (bytes.length === 0) return fail(where, "is empty");
  if (bytes.length > maxBytes) return fail(where, `is ${formatBytes(bytes.length)}; the limit for a source text is ${formatBytes(maxBytes)}`);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(where, decoded.message);
  if (format !== "html") {
    const text = normaliseText(decoded.text);
    return text.trim() === "" ? fail(where, "holds only white space") : { ok: true, text, format };
  }
  const doc = parse(normaliseText(decoded.text)) as unknown as HtmlNode;
  const text = docToText(doc);
  if (text.trim() === "") return fail(where, "has no text once its markup is removed");
  const published = publishedDate(doc);
  const site = siteName(doc);
  return { ok: true, text, format, ...(published === null ? {} : { published }), ...(site === null ? {} : { site }) };
}

/**
 * The site a source's URL is on, as its publisher could be named: the host name without a leading
 * "www." ("https://www.example.org/a" → "example.org"), or null for a URL that is no http(s)
 * address with a host.
 */
export function siteOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || parsed.hostname === "") return null;
  return parsed.hostname.replace(/^www\./, "");
}

/** A pasted text as a source text: line ends normalised, size-limited like a file. */
export function pastedSourceText(text: string, maxBytes = MAX_SOURCE_TEXT_BYTES): SourceTextResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return fail("(pasted text)", `is ${formatBytes(bytes)}; the limit for a source text is ${formatBytes(maxBytes)}`);
  const normalised = normaliseText(text);
  if (normalised.trim() === "") return fail("(pasted text)", "holds only white space");
  return { ok: true, text: normalised, format: "text" };
}

/** CRLF and lone CR become LF; a leading byte-order mark goes. Nothing else changes: quotes are verbatim. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function formatOf(name: string): SourceTextFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "text") return "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  return null;
}

function fail(path: string, message: string): SourceTextResult {
  return { ok: false, error: { path, message } };
}

/** Strict UTF-8: the text, or where the first bad byte is (byte offset, line and column). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters, read leniently up to the bad byte.
    const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, at)).length + 1;
    return { ok: false, message: `is not valid UTF-8: bad byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at byte ${at} (line ${line}, column ${column}); save it as UTF-8 and open it again` };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes and the shortest value each length may encode.
    const [n, min] = c >= 0xc2 && c <= 0xdf ? [1, 0x80] : c >= 0xe0 && c <= 0xef ? [2, 0x800] : c >= 0xf0 && c <= 0xf4 ? [3, 0x10000] : [0, 0];
    if (n === 0) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

// ── HTML → text ────────────────────────────────────────────────────────────────────────────────

/** Elements whose content is not text a reader sees. */
const SKIP = new Set(["script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "select", "button", "textarea", "input"]);
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
}

/**
 * The text a reader of the page sees, as plain text: paragraphs apart by a blank line, `<br>` a
 * line break, white space collapsed as HTML does (kept inside `<pre>`), the `<title>` first.
 */
export function htmlToText(html: string): string {
  return docToText(parse(normaliseText(html)) as unknown as HtmlNode);
}

function docToText(doc: HtmlNode): string {
  const out: string[] = [];
  let pending: "" | " " | "\n" | "\n\n" = "";
  const emit = (text: string) => {
    if (text === "") return;
    if (out.length > 0 && pending !== "") out.push(pending);
    pending = "";
    out.push(text);
  };
  const brk = (kind: "\n" | "\n\n") => {
    if (out.length === 0) return;
    if (kind === "\n\n" || pending !== "\n\n") pending = kind;
  };
  const walk = (node: HtmlNode, pre: boolean) => {
    const tag = node.tagName;
    if (node.nodeName === "#text") {
      const value = node.value ?? "";
      if (pre) emit(value);
      else {
        const collapsed = value.replace(/[ \t\n\f\r]+/g, " ");
        if (collapsed.startsWith(" ") && pending === "") pending = " ";
        const body = collapsed.trim();
        if (body !== "") {
          emit(body);
          if (collapsed.endsWith(" ")) pending = " ";
        }
      }
      return;
    }
    if (tag !== undefined && SKIP.has(tag)) return;
    if (tag === "br") return brk("\n");
    const block = tag !== undefined && BLOCK.has(tag);
    const line = tag === "li" || tag === "tr" || tag === "dd" || tag === "dt";
    if (block) brk(line ? "\n" : "\n\n");
    for (const child of node.childNodes ?? []) walk(child, pre || tag === "pre");
    if (block) brk(line ? "\n" : "\n\n");
    else if (tag === "td" || tag === "th") pending = pending === "" ? " " : pending;
  };
  const title = findTitle(doc);
  if (title) {
    emit(title);
    brk("\n\n");
  }
  walk(doc, false);
  return out.join("").replace(/[ \t]+\n/g, "\n");
}

/**
 * Names under which pages state when they were published: Open Graph's article
 * (`<meta property="article:published_time">`), schema.org microdata (`itemprop="datePublished"`,
 * on a `<meta>` or a `<time datetime>`), Dublin Core and the common `date`/`pubdate` meta names.
 */
const PUBLISHED_NAMES = new Set(["article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"]);

/**
 * The publication date an HTML page states in its metadata, as YYYY-MM-DD (the date part of an ISO
 * timestamp, as the page writes it: no time zone is applied), or null when it states none that is
 * a calendar date. The first such element in document order wins.
 */
function publishedDate(node: HtmlNode): string | null {
  const tag = node.tagName;
  if (tag === "meta" || tag === "time") {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    const key = (attr("property") ?? attr("name") ?? attr("itemprop") ?? "").trim().toLowerCase();
    const value = tag === "meta" ? attr("content") : attr("datetime");
    if (value !== undefined && (PUBLISHED_NAMES.has(key) || (tag === "time" && attr("pubdate") !== undefined))) {
      const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1];
      if (day !== undefined && isIsoDate(day)) return day;
    }
  }
  for (const child of node.childNodes ?? []) {
    const found = publishedDate(child);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Names under which pages state who publishes them: Open Graph's `og:site_name`, the `publisher`
 * meta names of Dublin Core and Google Scholar, and `application-name` (a site's own name for
 * itself). Listed best first: a page that gives several is named by the first of this list it has.
 */
const SITE_NAMES = ["og:site_name", "dc.publisher", "dcterms.publisher", "citation_publisher", "publisher", "application-name"];

/** The longest site name kept: a name, not a paragraph (a page's metadata is anyone's text). */
const MAX_SITE_NAME = 200;

/**
 * The site or publisher an HTML page names in its metadata (see `SITE_NAMES`), white space
 * collapsed, or null when it names none. Offered to the curator as the source's publisher, never
 * filled in unasked.
 */
function siteName(doc: HtmlNode): string | null {
  const found = new Map<string, string>();
  const walk = (node: HtmlNode) => {
    if (node.tagName === "meta") {
      const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
      const key = (attr("property") ?? attr("name") ?? "").trim().toLowerCase();
      const value = (attr("content") ?? "").replace(/\s+/g, " ").trim();
      if (SITE_NAMES.includes(key) && value !== "" && !found.has(key)) found.set(key, value.length > MAX_SITE_NAME ? `${value.slice(0, MAX_SITE_NAME - 1)}…` : value);
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(doc);
  for (const key of SITE_NAMES) {
    const value = found.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

function findTitle(node: HtmlNode): string | null {
  if (node.tagName === "title") {
    const text = (node.childNodes ?? []).map((c) => c.value ?? "").join("").replace(/\s+/g, " ").trim();
    return text === "" ? null : text;
  }
  for (const child of node.childNodes ?? []) {
    const found = findTitle(child);
    if (found !== null) return found;
  }
  return null;
}

// ── reading the text ───────────────────────────────────────────────────────────────────────────

/**
 * Words ending in a full stop that do not end a sentence. Intl.Segmenter (ICU's sentence rules)
 * has no abbreviation list, so "Mr. Smith" would split after "Mr.".
 */
export const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Pres|Jr|Sr|vs|etc|approx|No|Art|[A-Z]|[A-Z]\.[A-Z]|e\.g|i\.e|U\.S|U\.K|U\.N)\.\s*$/;

/**
 * The sentence around `offset` (the reading pane's "select sentence" command), as offsets of
 * its first character and just after its last (trailing white space left out). Sentences are
 * found with Intl.Segmenter within the line that holds the offset (a line break always ends a
 * sentence, and a long text is never segmented whole), joined again after common abbreviations.
 */
export function sentenceAt(text: string, offset: number, locale?: string): { start: number; end: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineStart >= lineEnd) return { start: at, end: at };
  const line = text.slice(lineStart, lineEnd);
  const target = Math.min(at - lineStart, line.length - 1);
  let from = 0;
  let found: { index: number; length: number } | null = null;
  for (const seg of new Intl.Segmenter(locale, { granularity: "sentence" }).segment(line)) {
    const endOfSeg = seg.index + seg.segment.length;
    if (ABBREVIATION.test(seg.segment) && endOfSeg < line.length) continue;
    if (target < endOfSeg) {
      found = { index: from, length: endOfSeg - from };
      break;
    }
    from = endOfSeg;
  }
  if (!found) return { start: at, end: at };
  let start = lineStart + found.index;
  let end = start + found.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** An actor named in a quote: where the first of its names occurs. */
export interface NamedActor {
  id: string;
  /** The name as the quote writes it. */
  matched: string;
  /** Offset of the match in the quote. */
  at: number;
}

/**
 * The actors a quote names, by label or alias, in the order they occur (the relation form takes
 * the first two as source and target). Case-insensitive, whole words only ("Iran" is not found
 * in "Iranian"), the longest name wins where two overlap ("North Korea" over "Korea").
 */
export function actorsNamedIn(quote: string, actors: ReadonlyArray<{ id: string; label: string; aliases?: string[] | undefined }>): NamedActor[] {
  const hay = quote.toLowerCase();
  if (hay.length !== quote.length) return actorsNamedInExact(quote, actors);
  const found: Array<NamedActor & { length: number }> = [];
  for (const a of actors) {
    for (const name of [a.label, ...(a.aliases ?? [])]) {
      const needle = name.trim().toLowerCase();
      if (needle === "" || needle.length !== name.trim().length) continue;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        if (isWordChar(quote, at - 1) || isWordChar(quote, at + needle.length)) continue;
        found.push({ id: a.id, matched: quote.slice(at, at + needle.length), at, length: needle.length });
      }
    }
  }
  return pickMatches(found);
}

/** The same, case-sensitive, for the rare text whose lower case changes its length (offsets would drift). */
function actorsNamedInExact(quote: string, actors: ReadonlyArray<{ id: string; label: string; aliases?: string[] | undefined }>): NamedActor[] {
  const found: Array<NamedActor & { length: number }> = [];
  for (const a of actors) {
    for (const name of [a.label, ...(a.aliases ?? [])]) {
      const needle = name.trim();
      if (needle === "") continue;
      for (let at = quote.indexOf(needle); at >= 0; at = quote.indexOf(needle, at + 1)) {
        if (isWordChar(quote, at - 1) || isWordChar(quote, at + needle.length)) continue;
        found.push({ id: a.id, matched: needle, at, length: needle.length });
      }
    }
  }
  return pickMatches(found);
}

/** Earliest first, longer first at one place; overlapping matches and repeated actors dropped. */
function pickMatches(found: Array<NamedActor & { length: number }>): NamedActor[] {
  found.sort((p, q) => p.at - q.at || q.length - p.length);
  const out: NamedActor[] = [];
  const seen = new Set<string>();
  let covered = 0;
  for (const f of found) {
    if (f.at < covered || seen.has(f.id)) continue;
    seen.add(f.id);
    covered = f.at + f.length;
    out.push({ id: f.id, matched: f.matched, at: f.at });
  }
  return out;
}

function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return /[\p{L}\p{N}_]/u.test(s[i]!);
}
