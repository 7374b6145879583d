/**
 * Calendar dates as the model uses them: ISO `YYYY-MM-DD` strings at the edges, whole days since
 * 1970-01-01 (UTC) inside indexes. ISO dates of the same width sort as strings, so comparisons
 * between two valid dates need no parsing.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `s` is `YYYY-MM-DD` and names a day that exists (no 2023-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for a valid ISO date. Throws on anything else. */
export function toDay(s: string): number {
  if (!isIsoDate(s)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  const [y, mo, d] = s.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
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
