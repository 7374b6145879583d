/**
 * Where each event source keeps the fields the aggregation needs, as data: the SQL generator
 * (sql.ts) and the TypeScript readers (parseEvents.ts) both read these descriptions, so a column
 * is named in one place only.
 *
 * - GDELT 2.0 event export ("YYYYMMDDHHMMSS.export.CSV"): 61 tab-separated columns, no header, no
 *   quoting (GDELT Event Codebook V2.0, table of fields; the BigQuery table gdelt-bq.gdeltv2.events
 *   has the same column names).
 * - ICEWS coded event data (Harvard Dataverse, "events.YYYY.*.tab"): 20 tab-separated columns with a
 *   header row (ICEWS Coded Event Data codebook).
 * - PLOVER / POLECAT: JSON records, one array or one record per line (PLOVER manual, "PLOVER JSON"):
 *   `id`, `date`, `actor` and `recipient` (lists of entities with a 3-letter `code`), `event`
 *   (a category or a list of them); the gold-standard records' older names `source` and `target`
 *   are read too.
 */
import type { CodeScheme } from "./tables/eventCodes.ts";
import type { CountryBy } from "./countries.ts";

export type EventFormat = "gdelt" | "icews" | "plover";
export const EVENT_FORMATS: readonly EventFormat[] = ["gdelt", "icews", "plover"];

/** One side of an event in a tabular layout: the column of its country and of its name. */
export interface PartyColumns {
  country: string;
  name: string;
}

export interface TabularLayout {
  kind: "tabular";
  format: "gdelt" | "icews";
  title: string;
  publisher: string;
  url: string;
  /** Whether the first line is a header (it must then list `columns` exactly). */
  header: boolean;
  columns: readonly string[];
  id: string;
  date: string;
  /** "yyyymmdd": GDELT's SQLDATE; "iso": YYYY-MM-DD. */
  dateStyle: "yyyymmdd" | "iso";
  code: string;
  url_column: string | null;
  a: PartyColumns;
  b: PartyColumns;
  scheme: CodeScheme;
  countryBy: CountryBy;
}

export interface JsonLayout {
  kind: "json";
  format: "plover";
  title: string;
  publisher: string;
  url: string;
  scheme: CodeScheme;
  countryBy: CountryBy;
  dateStyle: "iso";
}

export type EventLayout = TabularLayout | JsonLayout;

/** GDELT 2.0 event export columns, in file order (61). */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
  "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
  "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
  "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

/** ICEWS coded event data columns, in file order (20), as its header row spells them. */
export const ICEWS_COLUMNS = [
  "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
  "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
  "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
  "District", "Province", "Country", "Latitude", "Longitude",
] as const;

export const LAYOUTS: { gdelt: TabularLayout; icews: TabularLayout; plover: JsonLayout } = {
  gdelt: {
    kind: "tabular",
    format: "gdelt",
    title: "GDELT 2.0 event export",
    publisher: "The GDELT Project",
    url: "https://www.gdeltproject.org/",
    header: false,
    columns: GDELT_COLUMNS,
    id: "GLOBALEVENTID",
    date: "SQLDATE",
    dateStyle: "yyyymmdd",
    code: "EventRootCode",
    url_column: "SOURCEURL",
    a: { country: "Actor1CountryCode", name: "Actor1Name" },
    b: { country: "Actor2CountryCode", name: "Actor2Name" },
    scheme: "cameo",
    countryBy: "code",
  },
  icews: {
    kind: "tabular",
    format: "icews",
    title: "ICEWS coded event data",
    publisher: "Integrated Crisis Early Warning System (ICEWS)",
    url: "https://dataverse.harvard.edu/dataverse/icews",
    header: true,
    columns: ICEWS_COLUMNS,
    id: "Event ID",
    date: "Event Date",
    dateStyle: "iso",
    code: "CAMEO Code",
    url_column: null,
    a: { country: "Source Country", name: "Source Name" },
    b: { country: "Target Country", name: "Target Name" },
    scheme: "cameo",
    countryBy: "name",
  },
  plover: {
    kind: "json",
    format: "plover",
    title: "PLOVER event records",
    publisher: "Open Event Data Alliance (PLOVER format)",
    url: "https://github.com/openeventdata/PLOVER",
    scheme: "plover",
    countryBy: "code",
    dateStyle: "iso",
  },
};
