/**
 * Dates written in a sentence, as calendar dates for a relation's `from`: "15 September 2021",
 * "September 15, 2021", "2021-09-15", "January 2016", "in 2020", and, counted back from the
 * source's date, "in February", "last September", "November last year", "on Thursday", "this week",
 * "last year", "two years ago". A month or a year
 * alone gives its first day, with the precision said.
 *
 * A few patterns over a few phrasings: wink's entity recogniser finds date phrases but does not turn
 * them into dates, and chrono-node (which does) is larger than everything else here together.
 */

export interface DateMention {
  /** YYYY-MM-DD. */
  date: string;
  precision: "day" | "month" | "year";
  /** Offsets of the phrase in the text searched. */
  start: number;
  end: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** "two years ago": the number of years, one to ten, by its index + 1 ("a year ago" is one too). */
const YEARS_AGO = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A pattern's reading of its match: a date, null (no reading: later patterns may read the words), or false (the words are a date ahead of the source's: none read there). */
type Reading = Omit<DateMention, "start" | "end"> | null | false;

const PATTERNS: Array<{ re: RegExp; parse(m: RegExpExecArray, reference: Date | null): Reading }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parse: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_ALT})\\.? (\\d{4})\\b`, "g"), parse: (m) => day(+m[3]!, month(m[2]!), +m[1]!) },
  { re: new RegExp(`\\b(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "g"), parse: (m) => day(+m[3]!, month(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(${MONTH_ALT})\\.? (\\d{4})\\b`, "g"), parse: (m) => ({ date: iso(+m[2]!, month(m[1]!), 1), precision: "month" }) },
  {
    // "in November last year", "since March this year", "June of last year": that month of the
    // year before the source's, or of the source's own (before the month alone below reads it as
    // the latest November up to the source's date).
    re: new RegExp(`\\b(${MONTH_ALT}) (?:of )?([Ll]ast|[Tt]his) year\\b`, "g"),
    parse: (m, ref) => {
      if (!ref) return null;
      const mo = month(m[1]!);
      // "December this year" in a November report lies ahead: no date of a stance taken.
      if (m[2]!.toLowerCase() === "this" && mo > ref.getUTCMonth() + 1) return false;
      return { date: iso(ref.getUTCFullYear() - (m[2]!.toLowerCase() === "last" ? 1 : 0), mo, 1), precision: "month" };
    },
  },
  {
    // "in February", "last September", "since March": the latest such month up to the source's
    // date; "last November" in a November report is the year before's (the month is not over).
    re: new RegExp(`\\b([Ii]n|[Ll]ast|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?|[Uu]ntil|[Bb]y) (${MONTH_ALT})\\b(?! \\d)`, "g"),
    parse: (m, ref) => {
      if (!ref) return null;
      const mo = month(m[2]!);
      const now = ref.getUTCMonth() + 1;
      const y = now > mo || (now === mo && m[1]!.toLowerCase() !== "last") ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
      return { date: iso(y, mo, 1), precision: "month" };
    },
  },
  {
    // "on Thursday": the latest such weekday up to the source's date (a report dated Tuesday
    // that says "on Tuesday" means that day).
    re: /\b(?:[Oo]n|[Ll]ast) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    parse: (m, ref) => {
      if (!ref) return null;
      const want = DAYS.indexOf(m[1]!.toLowerCase());
      const back = (ref.getUTCDay() - want + 7) % 7;
      return { date: new Date(ref.getTime() - back * 86_400_000).toISOString().slice(0, 10), precision: "day" };
    },
  },
  { re: /\b(?:[Tt]his week|[Tt]oday|[Tt]his morning)\b/g, parse: (_m, ref) => (ref ? { date: ref.toISOString().slice(0, 10), precision: "day" } : null) },
  {
    // "last year", "earlier this year", "two years ago": a year counted back from the source's.
    // Not "over the last year" (twelve months), nor the last word of "twenty-two", "1.5" or "half a".
    re: /(?<!\bthe )\b(?:([Ll]ast|[Tt]his) year|(?<![\w.-]|\bhalf )(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago)\b/g,
    parse: (m, ref) => {
      if (!ref) return null;
      const n = m[2]?.toLowerCase() ?? "";
      const back = m[1] ? (m[1].toLowerCase() === "last" ? 1 : 0) : n === "a" ? 1 : YEARS_AGO.indexOf(n) + 1 || Number(n);
      return { date: iso(ref.getUTCFullYear() - back, 1, 1), precision: "year" };
    },
  },
  { re: /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Ss]ummer of|[Ss]pring of|[Ee]arly|[Ll]ate) ((?:19|20)\d{2})\b/g, parse: (m) => ({ date: iso(+m[1]!, 1, 1), precision: "year" }) },
];

function month(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function day(y: number, m: number, d: number): Omit<DateMention, "start" | "end"> | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { date: iso(y, m, d), precision: "day" };
}

/**
 * The dates in `text[from, to)`, left to right; where two phrases overlap ("15 September 2021" and
 * "September 2021") the one found first, the more precise, is kept. `sourceDate` (YYYY-MM-DD)
 * anchors relative phrases; without it they are skipped.
 */
export function findDates(text: string, from = 0, to = text.length, sourceDate?: string): DateMention[] {
  const slice = text.slice(from, to);
  const ref = sourceDate && /^\d{4}-\d{2}-\d{2}$/.test(sourceDate) ? new Date(`${sourceDate}T00:00:00Z`) : null;
  const found: DateMention[] = [];
  const ahead: Array<{ start: number; end: number }> = [];
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if ([...found, ...ahead].some((f) => f.start < end && start < f.end)) continue;
      const parsed = parse(m, ref && !Number.isNaN(ref.getTime()) ? ref : null);
      if (parsed) found.push({ ...parsed, start, end });
      else if (parsed === false) ahead.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
