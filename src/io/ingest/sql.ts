/**
 * The aggregation (aggregation.ts) written as SQL, in two dialects from one builder:
 * - "duckdb": reads the event files directly (read_csv / read_json_objects, gzip included) and
 *   streams them through a hash aggregate, so a file larger than memory works;
 * - "bigquery": the same query over GDELT's public table `gdelt-bq.gdeltv2.events` (GDELT only).
 * Both return the columns of DYAD_COUNT_COLUMNS, which `--format dyad-counts` reads back.
 * Only what differs between the dialects is in `Dialect`; the stages are written once below.
 */
import type { EventLayout, TabularLayout } from "./layouts.ts";
import { countryTable } from "./countries.ts";
import { signTable } from "./tables/eventCodes.ts";
import { DYAD_COUNT_COLUMNS, NAME_KEY_PREFIX, SAMPLE_SIZE, type AggregationOptions } from "./aggregation.ts";

export type SqlDialect = "duckdb" | "bigquery";
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "bigquery"];

/** The public BigQuery table of GDELT 2.0 events. */
export const BIGQUERY_GDELT_TABLE = "gdelt-bq.gdeltv2.events";

interface Dialect {
  /** Statements to run before the query. */
  setup: string[];
  text(s: string): string;
  /** A date from text in the layout's style, NULL when it is not a calendar day. */
  day(expr: string, style: "yyyymmdd" | "iso"): string;
  windowStart(day: string, unit: AggregationOptions["window"]): string;
  format(date: string): string;
  countIf(cond: string): string;
  /** Aggregate: `value` of the first SAMPLE_SIZE rows by (day, id), joined by spaces. */
  sample(value: string): string;
  /** A two-column table of string pairs, as a CTE body. */
  pairs(rows: Array<[string, string]>, a: string, b: string): string;
  /** The sign table (code, sign), as a CTE body. */
  signs(rows: Array<[string, number]>): string;
}

const DUCKDB: Dialect = {
  // DuckDB cannot estimate a CSV's size before reading it, and builds its hash tables from the event
  // stream instead of the 300-row country table: memory then grows with the file. Keeping the
  // written order (the table on the right, built) keeps memory flat and the join cheap.
  setup: ["SET disabled_optimizers = 'build_side_probe_side'"],
  text: (s) => `'${s.replaceAll("'", "''")}'`,
  day: (e, style) =>
    style === "yyyymmdd"
      ? `CASE WHEN regexp_full_match(${e}, '[0-9]{8}') AND NOT starts_with(${e}, '00') THEN CAST(try_strptime(${e}, '%Y%m%d') AS DATE) END`
      : `CASE WHEN regexp_full_match(${e}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND NOT starts_with(${e}, '00') THEN try_cast(${e} AS DATE) END`,
  windowStart: (d, unit) => `CAST(date_trunc('${unit}', ${d}) AS DATE)`,
  format: (d) => `strftime(${d}, '%Y-%m-%d')`,
  countIf: (c) => `count(*) FILTER (WHERE ${c})`,
  // One min_by per value, joined in the same stage: a list of structs taken apart later, or a
  // min_by list joined in a later stage, trips a DuckDB 1.5 internal error ("Attempted to access
  // index 10 within vector of size 10") after the PLOVER stages' lateral joins.
  sample: (value) => `array_to_string(min_by(${value}, struct_pack(d := day, i := id), ${SAMPLE_SIZE}), ' ')`,
  pairs: (rows, a, b) => `SELECT * FROM (VALUES ${rows.map(([x, y]) => `(${DUCKDB.text(x)}, ${DUCKDB.text(y)})`).join(",\n    ")}) AS t(${a}, ${b})`,
  signs: (rows) => `SELECT * FROM (VALUES ${rows.map(([c, n]) => `(${DUCKDB.text(c)}, ${n})`).join(", ")}) AS t(code, sign)`,
};

const BIGQUERY: Dialect = {
  setup: [],
  text: (s) => `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`,
  day: (e, style) =>
    style === "yyyymmdd"
      ? `IF(REGEXP_CONTAINS(${e}, r'^[0-9]{8}$') AND NOT STARTS_WITH(${e}, '00'), SAFE.PARSE_DATE('%Y%m%d', ${e}), NULL)`
      : `IF(REGEXP_CONTAINS(${e}, r'^[0-9]{4}-[0-9]{2}-[0-9]{2}$') AND NOT STARTS_WITH(${e}, '00'), SAFE.PARSE_DATE('%Y-%m-%d', ${e}), NULL)`,
  windowStart: (d, unit) => `DATE_TRUNC(${d}, ${unit.toUpperCase()})`,
  format: (d) => `FORMAT_DATE('%Y-%m-%d', ${d})`,
  countIf: (c) => `COUNTIF(${c})`,
  sample: (value) => `ARRAY_TO_STRING(ARRAY_AGG(${value} ORDER BY day, id LIMIT ${SAMPLE_SIZE}), ' ')`,
  pairs: (rows, a, b) =>
    `SELECT ${a}, ${b} FROM UNNEST([${rows.map(([x, y]) => `STRUCT(${BIGQUERY.text(x)} AS ${a}, ${BIGQUERY.text(y)} AS ${b})`).join(",\n    ")}])`,
  signs: (rows) => `SELECT code, sign FROM UNNEST([${rows.map(([c, n]) => `STRUCT(${BIGQUERY.text(c)} AS code, ${n} AS sign)`).join(", ")}])`,
};

export interface SqlInput {
  dialect: SqlDialect;
  layout: EventLayout;
  options: AggregationOptions;
  /** The files to read (DuckDB). BigQuery reads BIGQUERY_GDELT_TABLE. */
  files?: readonly string[];
}

/** The setup statements and the query, as one text to print or run (statements end with ";"). */
export function aggregationSql(input: SqlInput): string {
  const { setup, query } = aggregationStatements(input);
  return [...setup.map((s) => `${s};`), query].join("\n");
}

/** The aggregation: statements to run first, then the query. Throws an Error when the combination cannot be written (BigQuery is GDELT only). */
export function aggregationStatements({ dialect, layout, options, files = [] }: SqlInput): { setup: string[]; query: string } {
  const d = dialect === "duckdb" ? DUCKDB : BIGQUERY;
  if (dialect === "bigquery" && layout.format !== "gdelt") {
    throw new Error(`BigQuery SQL is written for GDELT's public table ${BIGQUERY_GDELT_TABLE} only, not for ${layout.format}`);
  }
  const rawStages =
    layout.kind === "json" ? ploverStages(files) : dialect === "duckdb" ? tabularDuckdb(layout, files) : gdeltBigquery(layout);
  const countries = [...countryTable(layout.countryBy)].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const signs = [...signTable(layout.scheme)];
  const code = layout.scheme === "cameo" ? (dialect === "duckdb" ? "substr(r.code, 1, 2)" : "SUBSTR(r.code, 1, 2)") : "r.code";
  const key = (side: "a" | "b") =>
    options.actors === "countries"
      ? `c${side}.iso`
      : `COALESCE(c${side}.iso, CASE WHEN r.${side}_name <> '' THEN CONCAT(${d.text(NAME_KEY_PREFIX)}, r.${side}_name) END)`;
  const [ca, cb, ws, co, cf, ne, fd, ld, si, su] = DYAD_COUNT_COLUMNS;
  return { setup: d.setup, query: `-- Stancegraph ingest: ${layout.format} events → one row per undirected dyad and ${options.window} (${dialect}).
-- Columns: ${DYAD_COUNT_COLUMNS.join(", ")}; read the result with: stancegraph ingest --format dyad-counts --window ${options.window} FILE
WITH
${rawStages},
countries AS (${d.pairs(countries, "raw", "iso")}),
signs AS (${d.signs(signs)}),
events AS (
  SELECT r.id AS id, r.url AS url,
    ${d.day("r.date_text", layout.dateStyle)} AS day,
    s.sign AS sign,
    ${key("a")} AS a,
    ${key("b")} AS b
  FROM raw AS r
  JOIN signs AS s ON s.code = ${code}
  LEFT JOIN countries AS ca ON ca.raw = r.a_country
  LEFT JOIN countries AS cb ON cb.raw = r.b_country
),
kept AS (
  SELECT id, url, day, sign, LEAST(a, b) AS x, GREATEST(a, b) AS y, ${d.windowStart("day", options.window)} AS w
  FROM events
  WHERE day IS NOT NULL AND a IS NOT NULL AND b IS NOT NULL AND a <> b
),
grouped AS (
  SELECT x, y, w,
    ${d.countIf("sign = 1")} AS ${co},
    ${d.countIf("sign = -1")} AS ${cf},
    ${d.countIf("sign = 0")} AS ${ne},
    MIN(day) AS first_day,
    MAX(day) AS last_day,
    -- Spaces inside a sample value would split it: the same replacements as idToken and urlToken.
    ${d.sample("REPLACE(id, ' ', '_')")} AS ids,
    ${d.sample("REPLACE(url, ' ', '%20')")} AS urls
  FROM kept
  GROUP BY x, y, w
)
SELECT
  x AS ${ca},
  y AS ${cb},
  ${d.format("w")} AS ${ws},
  ${co}, ${cf}, ${ne},
  ${d.format("first_day")} AS ${fd},
  ${d.format("last_day")} AS ${ld},
  ids AS ${si},
  urls AS ${su}
FROM grouped
ORDER BY x, y, w
` };
}

/** A DuckDB list of file paths. */
function fileList(files: readonly string[]): string {
  if (files.length === 0) throw new Error("no event files to read");
  return `[${files.map((f) => DUCKDB.text(f)).join(", ")}]`;
}

/** GDELT/ICEWS files: tab-separated, no quoting, every column as text (empty fields become ''). */
function tabularDuckdb(layout: TabularLayout, files: readonly string[]): string {
  const columns = layout.columns.map((c) => `${DUCKDB.text(c)}: 'VARCHAR'`).join(", ");
  const col = (name: string) => `COALESCE("${name.replaceAll('"', '""')}", '')`;
  return `raw AS (
  SELECT ${col(layout.id)} AS id, ${col(layout.date)} AS date_text, ${col(layout.code)} AS code,
    ${layout.url_column === null ? "''" : col(layout.url_column)} AS url,
    ${col(layout.a.country)} AS a_country, ${col(layout.a.name)} AS a_name,
    ${col(layout.b.country)} AS b_country, ${col(layout.b.name)} AS b_name
  FROM read_csv(${fileList(files)}, delim = '\\t', header = ${layout.header}, quote = '', escape = '',
    columns = {${columns}}, auto_detect = false, strict_mode = true, null_padding = false, compression = 'auto')
)`;
}

/** GDELT's BigQuery table: ids and dates are integers there. */
function gdeltBigquery(layout: TabularLayout): string {
  const col = (name: string) => `IFNULL(CAST(${name} AS STRING), '')`;
  return `raw AS (
  SELECT ${col(layout.id)} AS id, ${col(layout.date)} AS date_text, ${col(layout.code)} AS code,
    ${col(layout.url_column ?? "''")} AS url,
    ${col(layout.a.country)} AS a_country, ${col(layout.a.name)} AS a_name,
    ${col(layout.b.country)} AS b_country, ${col(layout.b.name)} AS b_name
  FROM \`${BIGQUERY_GDELT_TABLE}\`
)`;
}

/**
 * PLOVER records: one row per actor pair. Each actor is paired with each recipient; a record
 * without recipients pairs its actors with one another (a compound actor, "SRC/TAR" in the
 * gold-standard records). Entities are objects with a 3-letter `code` and a name in
 * `entity_text` (the manual) or `actorText` (the gold-standard records). parseEvents.ts mirrors it.
 */
function ploverStages(files: readonly string[]): string {
  const str = (j: string, path: string) => `json_extract_string(${j}, '${path}')`;
  const entities = (j: string) =>
    `CASE json_type(${j}) WHEN 'ARRAY' THEN json_extract(${j}, '$[*]') WHEN 'OBJECT' THEN [${j}] ELSE CAST([] AS JSON[]) END`;
  const name = (e: string) => `COALESCE(${str(e, "$.entity_text")}, ${str(e, "$.actorText")}, ${str(e, "$.code")}, '')`;
  return `records AS (
  SELECT json AS j FROM read_json_objects(${fileList(files)}, format = 'auto', compression = 'auto_detect')
),
fields AS (
  SELECT COALESCE(${str("j", "$.id")}, '') AS id,
    COALESCE(${str("j", "$.date")}, '') AS date_text,
    COALESCE(CASE WHEN json_type(j, '$.event') = 'ARRAY' THEN ${str("j", "$.event[0]")} ELSE ${str("j", "$.event")} END, '') AS code,
    COALESCE(${str("j", "$.cite_info.url")}, ${str("j", "$.url")}, '') AS url,
    ${entities(`COALESCE(json_extract(j, '$.actor'), json_extract(j, '$.source'))`)} AS al,
    ${entities(`COALESCE(json_extract(j, '$.recipient'), json_extract(j, '$.target'))`)} AS bl
  FROM records
),
pairs AS (
  SELECT f.id, f.date_text, f.code, f.url, f.al[i + 1] AS ea, CASE WHEN len(f.bl) > 0 THEN f.bl[k + 1] ELSE f.al[k + 1] END AS eb
  FROM fields AS f,
    LATERAL (SELECT unnest(range(len(f.al))) AS i) AS ai,
    LATERAL (SELECT unnest(range(CASE WHEN len(f.bl) > 0 THEN len(f.bl) ELSE len(f.al) END)) AS k) AS bk
  WHERE len(f.bl) > 0 OR i < k
),
raw AS (
  SELECT id, date_text, code, url,
    COALESCE(${str("ea", "$.code")}, '') AS a_country, ${name("ea")} AS a_name,
    COALESCE(${str("eb", "$.code")}, '') AS b_country, ${name("eb")} AS b_name
  FROM pairs
)`;
}

