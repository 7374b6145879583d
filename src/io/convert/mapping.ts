/**
 * The mapping step: which attribute of a foreign graph is the relation type, the sign, the dates,
 * the labels; guessed from attribute names, previewed on the first rows, then applied to make a
 * dataset. Pure data in and out, so the app's mapping dialog can be a thin layer over it.
 *
 * Every problem names its row (or edge) and column: `row 12, column \`from\`: "2023-13-01" is not a
 * date`. Edges without evidence cite the imported file, and the source entry says so.
 */
import type { Actor, ActorKind, Dataset, Evidence, Relation, RelationType, Source } from "../../model/schema.ts";
import { ActorKind as ActorKindSchema, FORMAT_VERSION, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from "../../model/schema.ts";
import { addDays, isIsoDate } from "../../model/dates.ts";
import { clip, echo } from "../../model/echo.ts";
import { countryTable, stateActor } from "../ingest/countries.ts";
import type { ForeignEdge, ForeignGraph } from "./foreignGraph.ts";
import { normalColumnName, WRITTEN_AS_DAY } from "./csvGraph.ts";

export interface GraphMapping {
  /** Edge attribute holding the relation type (its values become types). */
  type?: string;
  /** Edge attribute holding the sign: −1/0/+1, any number (its sign), or words (positive, conflict, …). */
  sign?: string;
  /** Edge attributes holding the first day and the end; without them, GEXF intervals or `defaultFrom`. */
  from?: string;
  to?: string;
  /** Whether `to` is the last day held (inclusive) rather than the first day no longer held. */
  toInclusive?: boolean;
  /** Edge attribute kept as the relation's note. */
  label?: string;
  /** Edge attribute holding a quote or a citation for the evidence. */
  evidence?: string;
  /** Node attributes: label, kind (state, bloc, …), Wikidata id. */
  nodeLabel?: string;
  nodeKind?: string;
  wikidata?: string;
  /** The first day of relations the file gives no date for. */
  defaultFrom?: string;
  /**
   * How the file writes a day with slashes whose day could be the month (10/11/2020): day first
   * (DD/MM/YYYY) or month first (MM/DD/YYYY). Absent, only slashed days whose day cannot be the
   * month are read. Guessed from the date columns when their days that can be read only one way
   * all read the same way (`guessDayOrder`).
   */
  dayOrder?: DayOrder;
}

export type DayOrder = "day-first" | "month-first";

export type MappingField = Exclude<keyof GraphMapping, "toInclusive" | "defaultFrom" | "dayOrder">;

/**
 * Attribute names each field is guessed from, in order of preference, compared as
 * `normalColumnName` writes them ("Start date" is `start_date`).
 */
const GUESSES: Record<MappingField, string[]> = {
  type: ["relation_type", "relationtype", "relation", "relationship", "type", "kind", "edge_type", "stance", "category"],
  sign: ["sign", "polarity", "valence"],
  from: ["from", "start", "start_date", "begin", "begin_date", "valid_from", "date_from", "date_start", "since", "start_year", "date", "year", "when"],
  to: ["to", "end", "end_date", "until", "valid_to", "date_to", "date_end", "end_year"],
  label: ["note", "notes", "label", "description", "comment", "comments", "remarks", "name"],
  evidence: ["quote", "evidence", "citation", "source_text", "source", "sources", "url", "link", "reference"],
  nodeLabel: ["label", "name", "title"],
  nodeKind: ["kind", "actor_kind", "actor_type"],
  wikidata: ["wikidata", "qid", "wikidata_id"],
};
const NODE_FIELDS = new Set<MappingField>(["nodeLabel", "nodeKind", "wikidata"]);

/** Fills in the fields the names suggest; fields given in `given` are kept as they are. */
export function guessMapping(graph: ForeignGraph, given: GraphMapping = {}): GraphMapping {
  const out: GraphMapping = { ...given };
  // The attributes given for a field (not the day order or the default day, which are no attribute).
  const taken = new Set((Object.keys(GUESSES) as MappingField[]).map((f) => given[f]).filter((v): v is string => typeof v === "string"));
  for (const field of Object.keys(GUESSES) as MappingField[]) {
    if (out[field] !== undefined) continue;
    const names = NODE_FIELDS.has(field) ? graph.nodeAttributes : graph.edgeAttributes;
    const hit = GUESSES[field].map((g) => names.find((n) => normalColumnName(n) === g && (NODE_FIELDS.has(field) || !taken.has(n)))).find((n) => n !== undefined);
    if (hit === undefined) continue;
    // A column named like a date that holds none (a "From" of actors' names, a "Start" of places)
    // is not guessed as one: the preview would open on a wall of "is not a date".
    if ((field === "from" || field === "to") && !holdsDates(graph, hit)) continue;
    // A "type"/"kind" whose values are GEXF's directed/undirected is the edge's direction, not a relation type.
    if (field === "type" && graph.edges.every((e) => ["directed", "undirected", "mutual", ""].includes(e.attrs.get(hit) ?? ""))) continue;
    out[field] = hit;
    if (!NODE_FIELDS.has(field)) taken.add(hit);
  }
  if (out.dayOrder === undefined) {
    const order = guessDayOrder(graph, [out.from, out.to].filter((a): a is string => a !== undefined));
    if (order !== undefined) out.dayOrder = order;
  }
  return out;
}

const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The order a file writes its slashed days in, told by the days that can be read only one way:
 * 19/09/2023 is day first, 09/19/2023 month first. Undefined when the columns hold neither, or
 * both (a file that mixes them has its ambiguous days named as problems, to be written out).
 */
export function guessDayOrder(graph: ForeignGraph, attrs: readonly string[]): DayOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const e of graph.edges) {
    for (const attr of attrs) {
      const m = SLASHED_DAY.exec(e.attrs.get(attr)?.trim() ?? "");
      if (!m) continue;
      const [a, b] = [Number(m[1]), Number(m[2])];
      // Only a day that is one (45/03/2020 tells nothing).
      if (a > 12 && b >= 1 && b <= 12 && readDate(m[0]) !== null) dayFirst = true;
      if (b > 12 && a >= 1 && a <= 12 && readDate(m[0]) !== null) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? "day-first" : "month-first";
}

/**
 * Whether an edge attribute may hold dates: some of its first values that are not empty read as
 * one, or are written as one in another way (10/11/2020: taken, so the preview says it is not
 * YYYY-MM-DD rather than that there is no date). A typo among them stays a problem the preview
 * names by row, not a reason to unmap it.
 */
function holdsDates(graph: ForeignGraph, attr: string): boolean {
  let seen = 0;
  for (const e of graph.edges) {
    const v = e.attrs.get(attr)?.trim();
    if (!v) continue;
    if (readDate(v) !== null || WRITTEN_AS_DAY.test(v)) return true;
    if (++seen === 20) break;
  }
  return seen === 0;
}

export interface MappedRow {
  where: string;
  source: string;
  target: string;
  type: string;
  sign: -1 | 0 | 1 | null;
  from: string | null;
  to: string | null;
  note: string | null;
  evidence: string | null;
}

export interface MappingIssue {
  where: string;
  column: string | null;
  message: string;
}

export function formatMappingIssue(i: MappingIssue): string {
  // The column is an attribute name, the file's or an argument's: either may be of any length.
  return `${i.where}${i.column === null ? "" : `, column \`${clip(i.column)}\``}: ${i.message}`;
}

/** The first `count` edges as the mapping reads them, with their problems: what a preview shows. */
export function previewMapping(graph: ForeignGraph, mapping: GraphMapping, count = 10): { rows: MappedRow[]; issues: MappingIssue[] } {
  const issues: MappingIssue[] = [];
  const rows = graph.edges.slice(0, count).flatMap((e) => mapEdge(e, mapping, issues));
  return { rows, issues };
}


const POSITIVE = /^(\+|positive|pos|cooperative|cooperation|ally|allies|alliance|friend|friendly|support|supports|supportive|partner|for)$/i;
const NEGATIVE = /^(-|−|negative|neg|conflictual|conflict|enemy|enemies|hostile|rival|rivalry|war|opposition|oppose|opposes|opposed|against|adversarial)$/i;
const NEUTRAL = /^(neutral|none|mediation)$/i;

export function readSign(value: string): -1 | 0 | 1 | null {
  const v = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return Math.sign(Number(v)) as -1 | 0 | 1;
  if (POSITIVE.test(v)) return 1;
  if (NEGATIVE.test(v)) return -1;
  if (NEUTRAL.test(v)) return 0;
  return null;
}

/**
 * A date as the mapping reads it: YYYY-MM-DD, the date part of an ISO date-time, a year (its first
 * day), YYYY/MM/DD, a day written with dots (DD.MM.YYYY: day first wherever dots are written), or
 * one with slashes whose day cannot be the month (31/03/2021, 03/31/2021), or any with slashes in
 * the file's `order` when it is known (10/11/2020). Null otherwise (a day written against the
 * order too), `dateProblem` saying why.
 */
export function readDate(value: string, order?: DayOrder): string | null {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return isIsoDate(`${v}-01-01`) ? `${v}-01-01` : null;
  const iso = (y: string, m: string, d: string) => {
    const day = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    return isIsoDate(day) ? day : null;
  };
  let m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) return iso(m[3]!, m[2]!, m[1]!);
  m = SLASHED_DAY.exec(v);
  if (m) {
    const [d, mo, y] = [m[1]!, m[2]!, m[3]!];
    const [a, b] = [Number(d), Number(mo)];
    if (a === b) return iso(y, mo, d);
    if (a > 12 && b <= 12) return order === "month-first" ? null : iso(y, mo, d);
    if (b > 12 && a <= 12) return order === "day-first" ? null : iso(y, d, mo);
    return order === "day-first" ? iso(y, mo, d) : order === "month-first" ? iso(y, d, mo) : null;
  }
  const day = v.slice(0, 10);
  return isIsoDate(day) && (v.length === 10 || v[10] === "T" || v[10] === " ") ? day : null;
}

/** Why `value` is not read as a date (in the file's `order`, if known), for a problem's message. */
export function dateProblem(value: string, order?: DayOrder): string {
  const m = SLASHED_DAY.exec(value.trim());
  if (m) {
    const [a, b, y] = [m[1]!.padStart(2, "0"), m[2]!.padStart(2, "0"), m[3]!];
    // Only readings that are days ("00/05/2021" has none).
    const readings = [`${y}-${b}-${a}`, `${y}-${a}-${b}`].filter(isIsoDate);
    if (order !== undefined && readings.length === 1) {
      const [expected, against] = order === "day-first" ? ["day first (DD/MM/YYYY)", "month first"] : ["month first (MM/DD/YYYY)", "day first"];
      return `${echo(value)} is not a date written ${expected}, as the file's dates are read: it can only be ${readings[0]}, written ${against} (write ${readings[0]}, or change how the dates are read)`;
    }
    if (readings.length === 2 && a !== b) {
      return `${echo(value)} is not a date: its day and month cannot be told apart (write ${readings[0]} or ${readings[1]}, or say whether the file writes the day or the month first)`;
    }
  }
  // A spreadsheet's day number in a cell not formatted as a date (Excel counts days from
  // 1899-12-30: 45188 is 2023-09-19); read as a date only when the workbook formats it as one.
  const day = /^\d{4,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (day >= 10_000 && day <= 2_958_465) {
    const iso = addDays("1899-12-30", day);
    return `${echo(value)} is not a date (YYYY-MM-DD): if it is a spreadsheet's day number (${iso}), format the column as dates in the spreadsheet, or write the days out`;
  }
  return `${echo(value)} is not a date (YYYY-MM-DD)`;
}

/** The sign a relation type's name suggests (used when no sign attribute is mapped). */
export function signOfTypeName(name: string): -1 | 0 | 1 {
  // A type named as a sign is one ("negative", "+1"): a Stance column of positive/negative.
  const named = readSign(name);
  if (named !== null) return named;
  const words = name.toLowerCase().split(/[^a-z]+/);
  const has = (re: RegExp) => words.some((w) => re.test(w));
  // Words as sheets name their kinds of tie, nouns and verbs alike ("supports", "opposes").
  if (has(/^(alliance|ally|allies|allied|cooperation|cooperative|cooperate|cooperates|support|supports|supportive|backs|backing|friend|friends|friendship|partner|partners|partnership|treaty|trade|aid|membership|member)$/)) return 1;
  if (has(/^(war|wars|conflict|conflicts|enemy|enemies|enmity|hostile|hostility|hostilities|rival|rivals|rivalry|adversary|adversarial|sanction|sanctions|sanctioned|dispute|disputes|estrangement|estranged|opposition|oppose|opposes|opposed|opposing|against|condemn|condemns|condemnation|criticism|tension|tensions|threat|threats|attack|attacks)$/)) return -1;
  return 0;
}

function mapEdge(e: ForeignEdge, m: GraphMapping, issues: MappingIssue[]): MappedRow[] {
  const get = (attr: string | undefined) => (attr === undefined ? undefined : e.attrs.get(attr));
  const fail = (column: string | null, message: string) => issues.push({ where: e.where, column, message });
  if (e.source === "") fail("source", "is empty");
  if (e.target === "") fail("target", "is empty");
  if (e.source !== "" && e.source === e.target) fail(null, `source and target are the same node (${echo(e.source)}): a relation needs two actors`);
  const typeValue = get(m.type)?.trim();
  let sign: -1 | 0 | 1 | null = null;
  const signValue = get(m.sign);
  if (m.sign !== undefined && signValue !== undefined && signValue.trim() !== "") {
    sign = readSign(signValue);
    if (sign === null) fail(m.sign, `${echo(signValue)} is not a sign (use -1, 0 or 1, any number, or positive/negative/neutral)`);
  }
  const type = typeValue ? typeValue : m.type !== undefined ? "" : sign === null ? "link" : sign > 0 ? "positive" : sign < 0 ? "negative" : "neutral";
  if (type === "") fail(m.type!, "is empty: every edge needs a relation type");
  const date = (attr: string | undefined, column: string): string | null | undefined => {
    const raw = get(attr);
    if (raw === undefined || raw.trim() === "") return undefined;
    const d = readDate(raw, m.dayOrder);
    if (d === null) fail(column, dateProblem(raw, m.dayOrder));
    return d;
  };
  const from = date(m.from, m.from ?? "from");
  const rawTo = date(m.to, m.to ?? "to");
  // An end given as a year is the whole year held ("2020–2021" ends on 2022-01-01), whether or
  // not the end is read as inclusive; a day read as inclusive ends the day after.
  const yearEnd = rawTo && /^\d{4}$/.test(get(m.to)?.trim() ?? "") ? `${Number(rawTo.slice(0, 4)) + 1}-01-01` : null;
  const to = yearEnd ?? (rawTo && m.toInclusive ? addOneDay(rawTo) : rawTo);
  const intervals =
    from !== undefined || to !== undefined ? [{ from: from ?? null, to: to ?? null }] : e.intervals.length > 0 ? e.intervals.map((i) => ({ from: i.from ?? null, to: i.to ?? null })) : [{ from: null, to: null }];
  const note = get(m.label)?.trim() || null;
  const evidence = get(m.evidence)?.trim() || null;
  return intervals.map((i) => {
    const rowFrom = i.from ?? (m.defaultFrom ?? null);
    // An unreadable date was reported already; "no date" would say it twice.
    if (rowFrom === null && from !== null) fail(m.from ?? "from", "no date: map a date attribute, or give a default first day (--from-date)");
    if (rowFrom !== null && i.to !== null && i.to <= rowFrom) fail(m.to ?? "to", `${i.to} is not after the first day ${rowFrom}`);
    return { where: e.where, source: e.source, target: e.target, type, sign, from: rowFrom, to: i.to, note, evidence };
  });
}

function addOneDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export interface ConvertOptions {
  /** The imported file's name: the citation of edges without evidence names it. */
  fileName: string;
  id?: string;
  title?: string;
}

export type ConvertResult = { ok: true; dataset: Dataset } | { ok: false; issues: MappingIssue[] };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/**
 * Colours for a file's relation types by sign, in turn (Okabe–Ito, as the default dataset's): a
 * sheet's "ally" and "partner" are both cooperative, and drawn in one green they could be told
 * apart only by their labels, which a large graph leaves out. Past three of one sign they repeat.
 */
const SIGN_PALETTES = {
  1: ["#009E73", "#56B4E9", "#0072B2"],
  [-1]: ["#D55E00", "#E69F00", "#000000"],
  // (Not Okabe–Ito's yellow: about 1.2:1 on the white picture, a neutral line would vanish.)
  0: ["#999999", "#CC79A7", "#555555"],
} as const;
const ACTOR_KINDS = new Set<string>(ActorKindSchema.anyOf.map((k) => String(k.const)));
const IMPORTED_SOURCE = "imported-file";

/** Applies the mapping: the dataset, or every problem by row and column. */
export function convertGraph(graph: ForeignGraph, mapping: GraphMapping, options: ConvertOptions): ConvertResult {
  const issues: MappingIssue[] = [];
  const rows = graph.edges.flatMap((e) => mapEdge(e, mapping, issues));

  // Actors: the nodes, plus ends that no node declares (CSV without an actors file).
  const ids = new IdMaker();
  const actors = new Map<string, Actor>();
  const countries = countryTable("code");
  const names = countryTable("name");
  // Ends that no node declares are names as a sheet writes them: one actor per country however
  // the sheet names it ("Armenia", "ARM", "armenia") and per name whatever its case and spacing
  // ("Wagner Group", "wagner  group"), labelled with its most used spelling (the first on a tie),
  // the others kept as its other names. Declared nodes stay one actor each, as their file has them.
  const declared = new Set(graph.nodes.map((n) => n.id));
  const endKey = (raw: string) => {
    const iso = countries.get(raw) ?? names.get(raw) ?? namesFolded().get(foldName(raw));
    return iso !== undefined ? `state ${iso}` : `name ${foldName(raw)}`;
  };
  const spellings = new Map<string, Map<string, number>>();
  for (const r of rows) for (const end of [r.source, r.target]) if (end !== "" && !declared.has(end)) countSpelling(spellings, endKey(end), end);
  const byKey = new Map<string, Actor>();
  const addEnd = (raw: string, where: string) => {
    if (raw === "" || actors.has(raw)) return;
    const key = endKey(raw);
    const known = byKey.get(key);
    if (known) return void actors.set(raw, known);
    const counts = [...spellings.get(key)!];
    const iso = key.startsWith("state ") ? key.slice("state ".length) : undefined;
    // A country is labelled with its most used name as written ("Armenia" over "ARM"); a sheet
    // that writes it only in another case ("armenia") gets its usual name; only by code, the code.
    const exact = counts.filter(([s]) => countries.get(s) === undefined && names.get(s) !== undefined);
    const written = counts.filter(([s]) => countries.get(s) === undefined);
    const best = mostUsed(exact.length > 0 ? exact : written.length > 0 ? written : counts);
    const label = iso !== undefined && exact.length === 0 && written.length > 0 ? stateActor(iso).label : undefined;
    addActor(best, label, new Map(), where, iso);
    const actor = actors.get(best)!;
    // The other spellings as other names, unless the actor has them already in some case, or one is a code.
    const other = counts.map(([s]) => s).filter((s) => countries.get(s) === undefined && foldName(s) !== foldName(actor.label) && !(actor.aliases ?? []).some((a) => foldName(a) === foldName(s)));
    if (other.length > 0) actor.aliases = [...(actor.aliases ?? []), ...other];
    for (const [s] of counts) actors.set(s, actor);
    byKey.set(key, actor);
  };
  const addActor = (raw: string, label: string | undefined, attrs: Map<string, string>, where: string, folded?: string) => {
    if (raw === "" || actors.has(raw)) return;
    const kindValue = mapping.nodeKind ? attrs.get(mapping.nodeKind)?.trim() : undefined;
    if (kindValue && !ACTOR_KINDS.has(kindValue)) issues.push({ where, column: mapping.nodeKind!, message: `${echo(kindValue)} is not an actor kind (${[...ACTOR_KINDS].join(", ")})` });
    const name = (mapping.nodeLabel ? attrs.get(mapping.nodeLabel)?.trim() : undefined) || label?.trim() || raw;
    // A node that names a country (by ISO code or English name) is that state, unless told otherwise.
    const iso = countries.get(raw) ?? names.get(name) ?? names.get(raw) ?? folded;
    const base: Actor = iso !== undefined && (!kindValue || kindValue === "state") ? { ...stateActor(iso), label: name } : { id: "", label: name, kind: (kindValue && ACTOR_KINDS.has(kindValue) ? kindValue : "non-state") as ActorKind };
    const qid = mapping.wikidata ? attrs.get(mapping.wikidata)?.trim() : undefined;
    if (qid) {
      if (/^Q[1-9][0-9]*$/.test(qid)) base.wikidata = [qid];
      else issues.push({ where, column: mapping.wikidata!, message: `${echo(qid)} is not a Wikidata id (Q followed by digits)` });
    }
    // (A state's usual names include the label the file gives it: not an other name of itself.)
    const aliases = base.aliases?.filter((a) => foldName(a) !== foldName(base.label));
    if (aliases && aliases.length > 0) base.aliases = aliases;
    else delete base.aliases;
    actors.set(raw, { ...base, id: ids.make(iso ?? raw) });
  };
  for (const n of graph.nodes) addActor(n.id, n.label, n.attrs, n.where);
  // An end the file spells otherwise than a declared node naming the same country or name is that
  // node ("armenia" in the edges, "Armenia" in the actors file), when only one declared node does.
  const declaredBy = new Map<string, Actor | null>();
  for (const n of graph.nodes) {
    const a = actors.get(n.id);
    if (!a) continue;
    for (const key of new Set([a.kind === "state" && a.iso3 ? `state ${a.iso3}` : endKey(a.label), `name ${foldName(a.label)}`])) {
      declaredBy.set(key, declaredBy.has(key) && declaredBy.get(key) !== a ? null : a);
    }
  }
  for (const [key, a] of declaredBy) if (a) byKey.set(key, a);
  for (const r of rows) for (const end of [r.source, r.target]) if (!declared.has(end)) addEnd(end, r.where);

  // Relation types: one per value of the type attribute; the sign from the sign attribute, else from its name.
  const types = new Map<string, RelationType>();
  const typeIds = new IdMaker();
  const typeOf = new Map<string, string>();
  // The signs of each type's edges, in one pass (a filter per type would be quadratic when every edge has its own type).
  // One type per value whatever its case and spacing ("Ally", "ally", "ALLY"), named by its most
  // used spelling.
  const signsOf = new Map<string, Set<-1 | 0 | 1>>();
  const typeSpellings = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.type === "") continue;
    const key = foldName(r.type);
    countSpelling(typeSpellings, key, r.type);
    if (r.sign === null) continue;
    const set = signsOf.get(key) ?? new Set<-1 | 0 | 1>();
    signsOf.set(key, set.add(r.sign));
  }
  const directedTypes = new Set<string>();
  if (mapping.type !== undefined) for (const e of graph.edges) if (e.directed) directedTypes.add(foldName(e.attrs.get(mapping.type) ?? ""));
  const signCount = new Map<-1 | 0 | 1, number>();
  for (const r of rows) {
    if (r.type === "" || typeOf.has(r.type)) continue;
    const key = foldName(r.type);
    const spelled = [...typeSpellings.get(key)!];
    const label = mostUsed(spelled);
    const signs = signsOf.get(key) ?? new Set<-1 | 0 | 1>();
    if (signs.size > 1) issues.push({ where: r.where, column: mapping.sign ?? null, message: `the relation type ${echo(label)} has edges of different signs; give each sign its own type` });
    const sign = signs.size > 0 ? [...signs][0]! : signOfTypeName(label);
    const directed = mapping.type === undefined ? graph.edges.some((e) => e.directed) : directedTypes.has(key);
    const id = typeIds.make(label.toLowerCase());
    for (const [spelling] of spelled) typeOf.set(spelling, id);
    const nth = signCount.get(sign) ?? 0;
    signCount.set(sign, nth + 1);
    const palette = SIGN_PALETTES[sign];
    types.set(id, { id, label, sign, directed, color: palette[nth % palette.length]! });
  }

  // An evidence value that is one web address (a sheet's "Source" column of links) is a source of
  // its own, with its link, one per address: the details card then links to the page. The
  // citation stays what the file said (the address), as the table's Evidence column shows it.
  const sourceIds = new IdMaker();
  sourceIds.make(IMPORTED_SOURCE);
  const links = new Map<string, Source>();
  const linkSource = (value: string): Source | null => {
    const known = links.get(value);
    if (known) return known;
    if (value.length > MAX_URL_LENGTH || !/^https?:\/\/\S+$/i.test(value)) return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    // Stored as browsers write it (a scheme in capitals is lower case there, as the format's pattern wants).
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "" || url.href.length > MAX_URL_LENGTH) return null;
    const host = url.hostname;
    const source: Source = { id: sourceIds.make(`link-${host}`), title: clip(value.replace(/^https?:\/\//i, ""), MAX_TITLE_LENGTH), publisher: host, url: url.href };
    links.set(value, source);
    return source;
  };
  const relationIds = new IdMaker();
  const relations: Relation[] = [];
  let cited = false;
  const perEdge = new Map<string, number>();
  // By place in the file, looked up per row (a search of the edge list per row was quadratic).
  const edgeAt = new Map<string, ForeignEdge>();
  for (const e of graph.edges) if (!edgeAt.has(e.where)) edgeAt.set(e.where, e);
  for (const r of rows) {
    if (r.source !== r.target && r.source !== "" && actors.get(r.source) !== undefined && actors.get(r.source) === actors.get(r.target)) {
      issues.push({ where: r.where, column: null, message: `${echo(r.source)} and ${echo(r.target)} are one actor (${echo(actors.get(r.source)!.label)}): a relation needs two actors` });
      continue;
    }
    if (r.from === null || r.type === "" || !actors.has(r.source) || !actors.has(r.target) || r.source === r.target) continue;
    const edge = edgeAt.get(r.where);
    const n = (perEdge.get(r.where) ?? 0) + 1;
    perEdge.set(r.where, n);
    const wanted = edge?.id !== undefined && ID.test(edge.id) ? (n === 1 ? edge.id : `${edge.id}.${n}`) : `e${relations.length + 1}`;
    const evidence: Evidence = r.evidence
      ? { source: linkSource(r.evidence)?.id ?? IMPORTED_SOURCE, citation: r.evidence }
      : { source: IMPORTED_SOURCE, citation: `${r.where} of ${options.fileName}; the file gives no evidence for it` };
    if (!r.evidence) cited = true;
    relations.push({
      id: relationIds.make(wanted),
      source: actors.get(r.source)!.id,
      target: actors.get(r.target)!.id,
      type: typeOf.get(r.type)!,
      from: r.from,
      ...(r.to !== null ? { to: r.to } : {}),
      evidence: [evidence],
      ...(r.note !== null ? { note: r.note } : {}),
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const title = options.title ?? `${options.fileName} (converted)`;
  return {
    ok: true,
    dataset: {
      format: FORMAT_VERSION,
      id: options.id ?? (ids.slug(options.fileName.replace(/\.[^.]+$/, "")) || "converted"),
      title,
      actors: [...new Set(actors.values())],
      relationTypes: types.size > 0 ? [...types.values()] : [{ id: "link", label: "link", sign: 0, directed: false, color: SIGN_PALETTES[0][0] }],
      relations,
      events: [],
      sources: [
        {
          id: IMPORTED_SOURCE,
          title: `${options.fileName} (imported graph file)`,
          publisher: "Imported with stancegraph convert",
          note: cited
            ? "Relations whose edges carried no evidence cite this file: they are what the file says, not checked against any text."
            : "The evidence of each relation is the text its edge carried in this file.",
        },
        ...links.values(),
      ],
      periods: [],
    },
  };
}

/** Counts one more use of `spelling` under `key` (one name or type, however it is written). */
function countSpelling(spellings: Map<string, Map<string, number>>, key: string, spelling: string): void {
  const counts = spellings.get(key) ?? new Map<string, number>();
  spellings.set(key, counts.set(spelling, (counts.get(spelling) ?? 0) + 1));
}

/** The spelling written most often (the first written, on a tie). */
function mostUsed(counts: ReadonlyArray<readonly [string, number]>): string {
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** A name as ends are told apart: case and runs of spaces do not count ("Wagner Group", "wagner  group"). */
function foldName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

let foldedCountryNames: Map<string, string> | undefined;
/** Country names in lower case (a sheet's "armenia"), those two states share left out. */
function namesFolded(): ReadonlyMap<string, string> {
  if (!foldedCountryNames) {
    foldedCountryNames = new Map();
    const clash = new Set<string>();
    for (const [name, iso] of countryTable("name")) {
      const key = foldName(name);
      if (foldedCountryNames.has(key) && foldedCountryNames.get(key) !== iso) clash.add(key);
      foldedCountryNames.set(key, iso);
    }
    for (const key of clash) foldedCountryNames.delete(key);
  }
  return foldedCountryNames;
}

/** Ids that match the format's pattern, unique, made from the file's own names where possible. */
class IdMaker {
  private taken = new Set<string>();
  slug(raw: string): string {
    return raw.normalize("NFKD").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/-+$/, "").slice(0, 56);
  }
  make(raw: string): string {
    const base = ID.test(raw) && raw.length <= 56 ? raw : this.slug(raw) || "x";
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
