/**
 * The aggregation, defined once: from events to one row per undirected dyad and window, with the
 * counts of cooperative, conflictual and neutral events, the first and last dates and a sample.
 * sql.ts writes it as SQL (DuckDB for local files, BigQuery for GDELT's public tables) and
 * aggregate.ts runs it in TypeScript over parsed events (for the browser, where DuckDB is not
 * shipped); tests/unit/ingest-engines.test.ts checks that both give identical rows.
 *
 * The rules, in the order both engines apply them to each event (or each actor pair of a PLOVER
 * record):
 * 1. actor key: the ISO 3166-1 alpha-3 code of the party's country (countries.ts), or, with
 *    `actors: "all"` and no known country, `~` followed by the party's name; otherwise dropped;
 * 2. sign: the event code's quad class's sign (tables/eventCodes.ts); unknown codes are dropped;
 * 3. day: a valid calendar day (YYYYMMDD for GDELT, YYYY-MM-DD otherwise), else dropped;
 * 4. the two keys must differ; the dyad is (smaller key, larger key) in code-point order;
 * 5. window: the calendar month, quarter or year that holds the day;
 * 6. per dyad and window: counts by sign, the first and last day, and the first SAMPLE_SIZE events
 *    by (day, id): their ids and source URLs.
 * What to make of the rows (thresholds, merging windows into relations) is relations.ts.
 */
export type WindowUnit = "month" | "quarter" | "year";
export const WINDOW_UNITS: readonly WindowUnit[] = ["month", "quarter", "year"];

export type ActorScope = "countries" | "all";

/** How many events of a dyad and window are kept as a sample (ids and URLs). */
export const SAMPLE_SIZE = 5;

/** Prefix of the key of an actor that is not a state (`actors: "all"`). */
export const NAME_KEY_PREFIX = "~";

export interface AggregationOptions {
  window: WindowUnit;
  actors: ActorScope;
}

/**
 * One row of the aggregation's result (also the `dyad-counts` file format). `sampleIds` and
 * `sampleUrls` are space-separated in files and in SQL results; here they are lists.
 */
export interface DyadCount {
  actorA: string;
  actorB: string;
  /** First day of the window, YYYY-MM-DD. */
  window: string;
  cooperative: number;
  conflictual: number;
  neutral: number;
  first: string;
  last: string;
  sampleIds: string[];
  sampleUrls: string[];
}

/** Column names of the result, in order (SQL aliases and dyad-counts file headers). */
export const DYAD_COUNT_COLUMNS = [
  "actor_a",
  "actor_b",
  "window_start",
  "cooperative",
  "conflictual",
  "neutral",
  "first_date",
  "last_date",
  "sample_ids",
  "sample_urls",
] as const;

/** The first day of the window holding `day` (YYYY-MM-DD). */
export function windowStart(day: string, unit: WindowUnit): string {
  const year = day.slice(0, 4);
  if (unit === "year") return `${year}-01-01`;
  const month = Number(day.slice(5, 7));
  if (unit === "month") return `${day.slice(0, 7)}-01`;
  return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
}

/** The first day after the window that starts on `start`. */
export function windowEnd(start: string, unit: WindowUnit): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const months = unit === "month" ? 1 : unit === "quarter" ? 3 : 12;
  const total = y * 12 + (m - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** Whether `start` is the first day of a window of this unit. */
export function isWindowStart(start: string, unit: WindowUnit): boolean {
  return windowStart(start, unit) === start;
}

/**
 * Sample ids and URLs travel space-separated, so a space inside one is replaced (SQL does the
 * same: sql.ts `sampleToken`): in a URL by `%20`, which means the same, in an id by `_`.
 */
export function idToken(id: string): string {
  return id.replaceAll(" ", "_");
}
export function urlToken(url: string): string {
  return url.replaceAll(" ", "%20");
}

/** Orders strings by code point, as DuckDB and BigQuery order text (JavaScript's `<` orders by UTF-16 unit). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : 1;
}

/** Sorts rows by dyad, then window: the order both engines return. */
export function sortDyadCounts(rows: DyadCount[]): DyadCount[] {
  return rows.sort((p, q) => compareText(p.actorA, q.actorA) || compareText(p.actorB, q.actorB) || compareText(p.window, q.window));
}

