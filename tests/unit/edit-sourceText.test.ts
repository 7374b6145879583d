import { describe, expect, it } from "vitest";
import { actorsNamedIn, decodeUtf8, htmlToText, pastedSourceText, readSourceFile, sentenceAt, siteOfUrl } from "../../src/io/sourceText.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("source text intake", () => {
  it("reads .txt and .md as text with line ends normalised once", () => {
    expect(readSourceFile(bytes("\uFEFFOne.\r\nTwo.\rThree.\n"), "a.txt")).toEqual({ ok: true, text: "One.\nTwo.\nThree.\n", format: "text" });
    expect(readSourceFile(bytes("# Title\r\n\r\nBody *here*."), "notes.MD")).toEqual({ ok: true, text: "# Title\n\nBody *here*.", format: "markdown" });
    expect(pastedSourceText("a\r\nb")).toEqual({ ok: true, text: "a\nb", format: "text" });
  });

  it("refuses bad input with what and where: size, type, encoding, emptiness", () => {
    expect(readSourceFile(bytes("x".repeat(11)), "big.txt", 10)).toEqual({ ok: false, error: { path: "big.txt", message: "is 11 B; the limit for a source text is 10 B" } });
    expect(readSourceFile(bytes("x"), "report.pdf")).toEqual({ ok: false, error: { path: "report.pdf", message: 'only .txt, .md and .html files can be sources ("report.pdf")' } });
    const latin1 = Uint8Array.from([...bytes("ok\nCaf"), 0xe9, ...bytes(" au lait")]);
    expect(readSourceFile(latin1, "cafe.txt")).toEqual({
      ok: false,
      error: { path: "cafe.txt", message: "is not valid UTF-8: bad byte 0xe9 at byte 6 (line 2, column 4); save it as UTF-8 and open it again" },
    });
    expect(decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80])).ok).toBe(false); // an encoded surrogate
    expect(readSourceFile(bytes("  \n "), "blank.txt")).toMatchObject({ ok: false, error: { message: "holds only white space" } });
    expect(readSourceFile(bytes("<script>x()</script>"), "s.html")).toMatchObject({ ok: false, error: { message: "has no text once its markup is removed" } });
  });

  it("reduces HTML to the text a reader sees, without running or keeping any markup", () => {
    const html = `<!doctype html><html><head><title>Exodus  from
      Karabakh</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><nav>Menu</nav><h1>Ethnic Armenians   leave</h1><p>More than <b>100,000</b> people&nbsp;left.<br>Baku &amp; Yerevan</p>
      <img src=x onerror="alert(2)"><template><p>hidden</p></template><ul><li>one</li><li>two</li></ul><pre>a  b
c</pre><p>x<!-- comment -->y</p></body></html>`;
    expect(htmlToText(html)).toBe(
      "Exodus from Karabakh\n\nMenu\n\nEthnic Armenians leave\n\nMore than 100,000 people\u00a0left.\nBaku & Yerevan\n\none\ntwo\n\na  b\nc\n\nxy",
    );
    const read = readSourceFile(bytes(html), "page.htm");
    expect(read.ok && read.format).toBe("html");
  });

  it("keeps the publication date an HTML page states in its metadata, and only a calendar date", () => {
    const page = (head: string, body = "<p>Text.</p>") => readSourceFile(bytes(`<html><head><title>T</title>${head}</head><body>${body}</body></html>`), "page.html");
    expect(page('<meta property="article:published_time" content="2003-08-18T10:42:00+00:00">')).toEqual({ ok: true, text: "T\n\nText.", format: "html", published: "2003-08-18" });
    expect(page('<meta name="DC.date.issued" content="2024-05-03">')).toMatchObject({ published: "2024-05-03" });
    expect(page('<meta itemprop="datePublished" content="2024-05-03">')).toMatchObject({ published: "2024-05-03" });
    expect(page("", '<article><time itemprop="datePublished" datetime="2021-09-15T08:00Z">15 Sept</time><p>Text.</p></article>')).toMatchObject({ published: "2021-09-15" });
    // The first in document order wins; a date no calendar has, another meta name, or a time that is no publication date give nothing.
    expect(page('<meta name="date" content="2020-01-02"><meta property="article:published_time" content="2021-01-01">')).toMatchObject({ published: "2020-01-02" });
    for (const none of ['<meta name="date" content="2024-02-30">', '<meta name="description" content="2024-05-03">', '<meta property="article:modified_time" content="2024-05-03">', '<meta name="date" content="May 3, 2024">']) {
      expect(page(none)).not.toHaveProperty("published");
    }
    expect(page("", '<p>Met on <time datetime="2024-05-03">Friday</time>.</p>')).not.toHaveProperty("published");
    expect(readSourceFile(bytes('<meta name="date" content="2024-05-03">'), "notes.txt")).not.toHaveProperty("published");
  });

  it("keeps the site or publisher an HTML page names in its metadata, best name first, as text", () => {
    const page = (head: string) => readSourceFile(bytes(`<html><head><title>T</title>${head}</head><body><p>Text.</p></body></html>`), "page.html");
    expect(page('<meta property="og:site_name" content="  Example\n  Wire ">')).toEqual({ ok: true, text: "T\n\nText.", format: "html", site: "Example Wire" });
    expect(page('<meta name="DC.publisher" content="Office of the Historian">')).toMatchObject({ site: "Office of the Historian" });
    // Open Graph's site name before an application's name, whatever their order in the page.
    expect(page('<meta name="application-name" content="Wire App"><meta property="og:site_name" content="Example Wire">')).toMatchObject({ site: "Example Wire" });
    // Markup in a name stays text; a name as long as a paragraph is cut.
    expect(page('<meta property="og:site_name" content="<b>Wire</b>">')).toMatchObject({ site: "<b>Wire</b>" });
    const long = page(`<meta property="og:site_name" content="${"w".repeat(300)}">`);
    expect(long.ok && long.site?.length).toBe(200);
    for (const none of ['<meta property="og:site_name" content="   ">', '<meta name="author" content="A. Writer">', ""]) expect(page(none)).not.toHaveProperty("site");
    expect(readSourceFile(bytes('<meta property="og:site_name" content="Wire">'), "notes.txt")).not.toHaveProperty("site");
  });

  it("names the site a source's URL is on, and nothing for an address that is no web page's", () => {
    expect(siteOfUrl("https://www.example.org/news/2024/05/03/deal")).toBe("example.org");
    expect(siteOfUrl(" http://news.example.co.uk/a?b=c ")).toBe("news.example.co.uk");
    expect(siteOfUrl("https://wwwexample.org/")).toBe("wwwexample.org");
    for (const none of ["", "example.org/news", "ftp://example.org/file", "mailto:desk@example.org", "javascript:alert(1)", "https://"]) expect(siteOfUrl(none)).toBeNull();
  });

  it("selects the sentence around an offset, within its line", () => {
    const text = "Mr. Smith went to Baku. He met Aliyev! Then he left.\nA new line starts here.";
    const pick = (at: number) => {
      const { start, end } = sentenceAt(text, at);
      return text.slice(start, end);
    };
    expect(pick(0)).toBe("Mr. Smith went to Baku.");
    expect(pick(text.indexOf("Aliyev"))).toBe("He met Aliyev!");
    expect(pick(text.indexOf("left"))).toBe("Then he left.");
    expect(pick(text.indexOf("new"))).toBe("A new line starts here.");
    expect(sentenceAt("a\n\nb", 2)).toEqual({ start: 2, end: 2 });
  });

  it("finds the actors a quote names, by label or alias, in order, whole words, longest first", () => {
    const actors = [
      { id: "RUS", label: "Russia", aliases: ["Moscow", "the Kremlin"] },
      { id: "ARM", label: "Armenia", aliases: ["Yerevan"] },
      { id: "KOR", label: "Korea" },
      { id: "PRK", label: "North Korea" },
      { id: "IRN", label: "Iran" },
    ];
    expect(actorsNamedIn("Yerevan said THE KREMLIN had failed it; Iranian media agreed.", actors)).toEqual([
      { id: "ARM", matched: "Yerevan", at: 0 },
      { id: "RUS", matched: "THE KREMLIN", at: 13 },
    ]);
    expect(actorsNamedIn("North Korea and Korea", actors).map((a) => a.id)).toEqual(["PRK", "KOR"]);
  });
});
