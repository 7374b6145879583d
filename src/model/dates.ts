/**
 * Calendar dates as the model uses them: ISO `YYYY-MM-DD` strings at the edges, whole days since
 * 1970-01-01 (UTC) inside indexes. ISO dates of the same width sort as strings, so comparisons
 * between two valid dates need no parsing.
 */

const MS_PER_DAY = 86_400_000;

/** Whether `s` is `YYYY-MM-DD` and names a day that exists (no 2023-02-30). */
export function isIsoDate(s: unknown): s is string {
  return typeof s === "string" && dayNumber(s) !== null;
}

/** Days since 1970-01-01 for a valid ISO date. Throws on anything else. */
export function toDay(s: string): number {
  const day = typeof s === "string" ? dayNumber(s) : null;
  if (day === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return day;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of `YYYY-MM-DD`, or null when it is not one. Read digit by digit, without a
 * RegExp or a Date: loading 500k relations converts a million dates, and the RegExp + Date.UTC
 * version took 2.4 s of it. Years 0000–0099 are refused, as Date.UTC (which maps them to
 * 1900–1999) made the first version do; tests/unit/dates.test.ts checks the two agree.
 */
function dayNumber(s: string): number | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)) return null;
  // Days from the civil date (Howard Hinnant's algorithm, proleptic Gregorian).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The number written by the ASCII digits s[from..to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The ISO date of a day number. */
export function fromDay(day: number): string {
  const t = new Date(day * MS_PER_DAY);
  const y = t.getUTCFullYear();
  const yyyy = y < 0 ? `-${String(-y).padStart(6, "0")}` : String(y).padStart(4, "0");
  return `${yyyy}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

/** Adds `n` days (may be negative) to an ISO date. */
export function addDays(s: string, n: number): string {
  return fromDay(toDay(s) + n);
}

/** Adds `n` calendar months, clamping the day to the month's end (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(s: string, n: number): string {
  const [y, mo, d] = s.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, mo - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromDay(Math.round(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)) / MS_PER_DAY));
}

/** Half-open validity: a relation holds on `t` when `from <= t < to` (`to` absent: ongoing). */
export function isActiveOn(interval: { from: string; to?: string | undefined }, t: string): boolean {
  return interval.from <= t && (interval.to === undefined || t < interval.to);
}

/** Whether [aFrom, aTo) and [bFrom, bTo) share a day (an absent end: ongoing). */
export function overlaps(aFrom: string, aTo: string | undefined, bFrom: string, bTo: string | undefined): boolean {
  return (aTo === undefined || bFrom < aTo) && (bTo === undefined || aFrom < bTo);
}
