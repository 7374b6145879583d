/** Sentences with exact offsets, and dates in sentences. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { findDates } from "../../src/model/suggest/dates.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const texts = [
  `${root}graph-data/sources/000_085c92a93bf60dbf.txt`,
  ...readdirSync(`${root}tests/fixtures/suggest`).filter((f) => f.endsWith(".txt")).map((f) => `${root}tests/fixtures/suggest/${f}`),
];

describe("sentences", () => {
  it.each(texts.map((t) => [t.slice(root.length), t]))("%s: each sentence is text.slice(start, end), in order, trimmed, covering every word", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const { sentences, tokens } = analyseText(text);
    expect(sentences.length).toBeGreaterThan(5);
    let previousEnd = 0;
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      expect(sentence).toBe(sentence.trim());
      expect(sentence.length).toBeGreaterThan(0);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      // Only whitespace between two sentences: nothing of the text is lost.
      expect(text.slice(previousEnd, s.start).trim()).toBe("");
      previousEnd = s.end;
    }
    expect(text.slice(previousEnd).trim()).toBe("");
    // Every token was found in the text where the previous one ended.
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
  });

  it("keeps offsets through quotes, abbreviations, line breaks (CRLF too), non-Latin letters and emoji", () => {
    const text = "\r\n  \"Russia is out,\" said Mr. Namazov 🙂.\r\nThe U.S. and Türkiye signed a deal on 5 May 2023!  Then — in Kyiv — talks resumed…\n\nFin";
    const { sentences } = analyseText(text);
    const quoted = sentences.map((s) => text.slice(s.start, s.end));
    expect(quoted[0]).toBe("\"Russia is out,\" said Mr. Namazov 🙂.");
    expect(quoted).toContain("The U.S. and Türkiye signed a deal on 5 May 2023!");
    expect(quoted.at(-1)).toBe("Fin");
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it("ends a sentence at a line break: a headline does not run on into the first paragraph", () => {
    const quoted = (text: string) => analyseText(text).sentences.map((s) => text.slice(s.start, s.end));
    for (const gap of ["\n", "\n\n", "\r\n"]) {
      expect(quoted(`Sweden joins NATO${gap}BRUSSELS — Sweden became the 32nd member on Thursday.`)).toEqual([
        "Sweden joins NATO",
        "BRUSSELS — Sweden became the 32nd member on Thursday.",
      ]);
    }
    expect(quoted("Key points\n- France recalled envoys\n- China condemned the pact")).toEqual(["Key points", "- France recalled envoys", "- China condemned the pact"]);
  });

  it("marks the tokens a negation governs", () => {
    const { tokens } = analyseText("They did not support Kyiv.");
    expect(tokens.find((t) => t.lower === "support")!.negated).toBe(true);
    expect(tokens.find((t) => t.lower === "they")!.negated).toBe(false);
  });

  it("is empty for an empty or blank text", () => {
    expect(analyseText("").sentences).toEqual([]);
    expect(analyseText("  \n\t ").sentences).toEqual([]);
  });
});

describe("dates in a sentence", () => {
  const dates = (s: string, ref?: string) => findDates(s, 0, s.length, ref).map((d) => `${d.date}/${d.precision}:${s.slice(d.start, d.end)}`);

  it("reads full dates in three spellings, and rejects days that do not exist", () => {
    expect(dates("signed on 15 September 2021 and on September 16, 2021 and 2021-09-17")).toEqual([
      "2021-09-15/day:15 September 2021",
      "2021-09-16/day:September 16, 2021",
      "2021-09-17/day:2021-09-17",
    ]);
    expect(dates("on 31 February 2023")).toEqual(["2023-02-01/month:February 2023"]);
  });

  it("reads a month or a year alone as its first day, with that precision", () => {
    expect(dates("cut ties in January 2016")).toEqual(["2016-01-01/month:January 2016"]);
    expect(dates("fought since 2015")).toEqual(["2015-01-01/year:since 2015"]);
  });

  it("counts relative phrases back from the source's date, and skips them without one", () => {
    // The source is from Friday 8 March 2024.
    expect(dates("joined on Thursday", "2024-03-08")).toEqual(["2024-03-07/day:on Thursday"]);
    expect(dates("joined on Friday", "2024-03-08")).toEqual(["2024-03-08/day:on Friday"]);
    expect(dates("joined on Saturday", "2024-03-08")).toEqual(["2024-03-02/day:on Saturday"]);
    expect(dates("In February, he froze it", "2024-04-18")).toEqual(["2024-02-01/month:In February"]);
    expect(dates("moved last September", "2024-04-18")).toEqual(["2023-09-01/month:last September"]);
    expect(dates("confirmed this week", "2024-04-18")).toEqual(["2024-04-18/day:this week"]);
    expect(dates("In February, he froze it")).toEqual([]);
  });

  it("reads a month of last year or this year, and a year counted back, from the source's year", () => {
    // The source is from 20 November 1994.
    expect(dates("talks that opened in November last year", "1994-11-20")).toEqual(["1993-11-01/month:November last year"]);
    expect(dates("a deal struck in June of this year", "1994-11-20")).toEqual(["1994-06-01/month:June of this year"]);
    // "in November" in a November report is this month; "last November" the year before's.
    expect(dates("talks in November", "1994-11-20")).toEqual(["1994-11-01/month:in November"]);
    expect(dates("talks last November", "1994-11-20")).toEqual(["1993-11-01/month:last November"]);
    expect(dates("hostile since last year", "1994-11-20")).toEqual(["1993-01-01/year:last year"]);
    expect(dates("Earlier this year, it froze ties", "1994-11-20")).toEqual(["1994-01-01/year:this year"]);
    expect(dates("a pact signed two years ago, another a year ago and one 12 years ago", "1994-11-20")).toEqual([
      "1992-01-01/year:two years ago",
      "1993-01-01/year:a year ago",
      "1982-01-01/year:12 years ago",
    ]);
    // Not the last word of a longer number, nor "the last year" (twelve months), nor "half a year".
    expect(dates("a feud of twenty-two years ago, of 1.5 years ago, of half a year ago", "1994-11-20")).toEqual([]);
    expect(dates("tense over the last year", "1994-11-20")).toEqual([]);
    // Ahead of the source, or without its date: nothing ("December this year" is not last December).
    expect(dates("talks due next year", "1994-11-20")).toEqual([]);
    expect(dates("talks due in December this year", "1994-11-20")).toEqual([]);
    expect(dates("opened in November last year")).toEqual([]);
  });

  it("searches only the given range, and reports offsets in the whole text", () => {
    const text = "On 1 May 2020 a deal. On 2 June 2021 a war.";
    const found = findDates(text, 22, text.length);
    expect(found.map((d) => [d.date, text.slice(d.start, d.end)])).toEqual([["2021-06-02", "2 June 2021"]]);
  });
});
