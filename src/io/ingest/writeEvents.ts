/**
 * Writing events in each source's real layout: the test fixtures (tests/fixtures/ingest) and the
 * seeded synthetic files of the benchmark (synthetic.ts) are made with it. Values that the
 * aggregation does not read are filled with plausible ones so the files look like the real thing
 * (GDELT's QuadClass and Goldstein scale, ICEWS's sectors and intensity, …).
 */
import countries from "i18n-iso-countries";
import { GDELT_COLUMNS, ICEWS_COLUMNS, type EventFormat } from "./layouts.ts";
import { CAMEO_ROOT_QUAD } from "./tables/eventCodes.ts";
import "./countries.ts"; // registers the English names

export interface SyntheticParty {
  /** ISO 3166-1 alpha-3 code, or "" for an actor with no country (an organisation). */
  country: string;
  /** The actor's name as the source would write it. */
  name: string;
}

export interface SyntheticEvent {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  a: SyntheticParty;
  b: SyntheticParty;
  /** A CAMEO event code (e.g. "042") for GDELT and ICEWS, a PLOVER type for PLOVER. */
  code: string;
  url?: string;
}

/** Text before the first event (ICEWS's header row). */
export function eventFileHeader(format: EventFormat): string {
  return format === "icews" ? `${ICEWS_COLUMNS.join("\t")}\n` : "";
}

/** One event as a line of the format (with its newline). */
export function eventLine(format: EventFormat, e: SyntheticEvent): string {
  if (format === "gdelt") return gdeltLine(e);
  if (format === "icews") return icewsLine(e);
  return `${JSON.stringify(ploverRecord(e))}\n`;
}

/** A whole file's text (PLOVER as JSON lines). */
export function writeEventFile(format: EventFormat, events: Iterable<SyntheticEvent>): string {
  let out = eventFileHeader(format);
  for (const e of events) out += eventLine(format, e);
  return out;
}

/** PLOVER as one JSON array (the gold-standard records' layout). */
export function writePloverArray(events: Iterable<SyntheticEvent>): string {
  return `[\n${[...events].map((e) => `  ${JSON.stringify(ploverRecord(e))}`).join(",\n")}\n]\n`;
}

const GOLDSTEIN: ReadonlyMap<number, string> = new Map([
  [0, "0.0"],
  [1, "3.0"],
  [2, "7.0"],
  [3, "-2.0"],
  [4, "-10.0"],
]);

function gdeltLine(e: SyntheticEvent): string {
  const cells = new Map<string, string>();
  const ymd = e.date.replaceAll("-", "");
  const root = e.code.slice(0, 2);
  const quad = CAMEO_ROOT_QUAD.get(root) ?? 1;
  cells.set("GLOBALEVENTID", e.id);
  cells.set("SQLDATE", ymd);
  cells.set("MonthYear", ymd.slice(0, 6));
  cells.set("Year", ymd.slice(0, 4));
  cells.set("FractionDate", (Number(ymd.slice(0, 4)) + (Number(ymd.slice(4, 6)) - 1) / 12).toFixed(4));
  for (const [n, p] of [["1", e.a], ["2", e.b]] as const) {
    cells.set(`Actor${n}Code`, p.country === "" ? "IGO" : `${p.country}GOV`);
    cells.set(`Actor${n}Name`, p.name.toUpperCase());
    cells.set(`Actor${n}CountryCode`, p.country);
    cells.set(`Actor${n}Type1Code`, p.country === "" ? "IGO" : "GOV");
    cells.set(`Actor${n}Geo_Type`, p.country === "" ? "0" : "1");
    cells.set(`Actor${n}Geo_FullName`, p.country === "" ? "" : (countries.getName(p.country, "en") ?? ""));
  }
  cells.set("IsRootEvent", "1");
  cells.set("EventCode", e.code);
  cells.set("EventBaseCode", e.code.slice(0, 3));
  cells.set("EventRootCode", root);
  // GDELT's own QuadClass has no neutral class: statements and appeals are verbal cooperation there.
  cells.set("QuadClass", String(quad === 0 ? 1 : quad));
  cells.set("GoldsteinScale", GOLDSTEIN.get(quad) ?? "0.0");
  cells.set("NumMentions", "4");
  cells.set("NumSources", "1");
  cells.set("NumArticles", "4");
  cells.set("AvgTone", quad >= 3 ? "-4.5" : "2.1");
  cells.set("ActionGeo_Type", "0");
  cells.set("DATEADDED", `${ymd}120000`);
  cells.set("SOURCEURL", e.url ?? "");
  return `${GDELT_COLUMNS.map((c) => cells.get(c) ?? "").join("\t")}\n`;
}

function icewsLine(e: SyntheticEvent): string {
  const name = (p: SyntheticParty) => (p.country === "" ? "" : (countries.getName(p.country, "en") ?? p.country));
  const root = e.code.slice(0, 2);
  const quad = CAMEO_ROOT_QUAD.get(root) ?? 1;
  const cells = new Map<string, string>([
    ["Event ID", e.id],
    ["Event Date", e.date],
    ["Source Name", e.a.name],
    ["Source Sectors", e.a.country === "" ? "International Government Organizations" : "Government"],
    ["Source Country", name(e.a)],
    ["Event Text", quad === 0 ? "Make statement" : quad <= 2 ? "Engage in cooperation" : "Criticize or denounce"],
    ["CAMEO Code", e.code],
    ["Intensity", GOLDSTEIN.get(quad) ?? "0.0"],
    ["Target Name", e.b.name],
    ["Target Sectors", e.b.country === "" ? "International Government Organizations" : "Government"],
    ["Target Country", name(e.b)],
    ["Story ID", String(10_000_000 + (Number(e.id.replace(/\D/g, "")) % 9_000_000))],
    ["Sentence Number", "1"],
    ["Publisher", "Synthetic Wire"],
    ["Country", name(e.a)],
  ]);
  return `${ICEWS_COLUMNS.map((c) => cells.get(c) ?? "").join("\t")}\n`;
}

function ploverRecord(e: SyntheticEvent): Record<string, unknown> {
  const entity = (p: SyntheticParty) => ({ code: p.country === "" ? "IGO" : p.country, entity_text: p.name, ...(p.country === "" ? {} : { sector: "GOV" }) });
  return {
    id: e.id,
    date: e.date,
    actor: [entity(e.a)],
    recipient: [entity(e.b)],
    event: [e.code],
    ...(e.url ? { cite_info: { url: e.url } } : {}),
  };
}
