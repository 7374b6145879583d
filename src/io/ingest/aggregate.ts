/**
 * The aggregation of aggregation.ts run in TypeScript over parsed events, for where DuckDB is not
 * (the browser). It must give exactly what the SQL of sql.ts gives: same rules, same order, same
 * sample; tests/unit/ingest-engines.test.ts compares the two on every fixture.
 */
import { isIsoDate } from "../../model/dates.ts";
import { countryTable } from "./countries.ts";
import type { EventLayout } from "./layouts.ts";
import type { EventParty, EventRecord } from "./parseEvents.ts";
import { codeKey, signTable, type EventSign } from "./tables/eventCodes.ts";
import {
  NAME_KEY_PREFIX,
  SAMPLE_SIZE,
  compareText,
  idToken,
  sortDyadCounts,
  urlToken,
  windowStart,
  type AggregationOptions,
  type DyadCount,
} from "./aggregation.ts";

interface Sample {
  day: string;
  id: string;
  url: string;
}

interface Cell {
  cooperative: number;
  conflictual: number;
  neutral: number;
  first: string;
  last: string;
  /** The first SAMPLE_SIZE events by (day, id), kept sorted. */
  sample: Sample[];
}

/** An aggregator that takes events one by one (so a reader can stream) and gives the rows at the end. */
export function createAggregator(layout: EventLayout, options: AggregationOptions) {
  const countries = countryTable(layout.countryBy);
  const signs = signTable(layout.scheme);
  const cells = new Map<string, Cell>();
  let used = 0;

  const key = (p: EventParty): string | null =>
    countries.get(p.country) ?? (options.actors === "all" && p.name !== "" ? NAME_KEY_PREFIX + p.name : null);

  const add = (record: EventRecord, pa: EventParty, pb: EventParty, sign: EventSign, day: string) => {
    const a = key(pa);
    const b = key(pb);
    if (a === null || b === null || a === b) return;
    const [x, y] = compareText(a, b) < 0 ? [a, b] : [b, a];
    const window = windowStart(day, options.window);
    const id = `${x}\u0000${y}\u0000${window}`;
    let cell = cells.get(id);
    if (!cell) {
      cell = { cooperative: 0, conflictual: 0, neutral: 0, first: day, last: day, sample: [] };
      cells.set(id, cell);
    }
    if (sign === 1) cell.cooperative++;
    else if (sign === -1) cell.conflictual++;
    else cell.neutral++;
    if (day < cell.first) cell.first = day;
    if (day > cell.last) cell.last = day;
    insertSample(cell.sample, { day, id: record.id, url: record.url });
    used++;
  };

  return {
    add(record: EventRecord): void {
      const sign = signs.get(codeKey(layout.scheme, record.code));
      if (sign === undefined) return;
      const day = readDay(record.dateText, layout.dateStyle);
      if (day === null) return;
      const { actors, recipients } = record;
      if (recipients.length > 0) {
        for (const pa of actors) for (const pb of recipients) add(record, pa, pb, sign, day);
      } else {
        for (let i = 0; i < actors.length; i++) for (let k = i + 1; k < actors.length; k++) add(record, actors[i]!, actors[k]!, sign, day);
      }
    },
    /** Events (or actor pairs) that went into a row so far. */
    get used() {
      return used;
    },
    rows(): DyadCount[] {
      const rows: DyadCount[] = [];
      for (const [id, c] of cells) {
        const [actorA, actorB, window] = id.split("\u0000") as [string, string, string];
        rows.push({
          actorA,
          actorB,
          window,
          cooperative: c.cooperative,
          conflictual: c.conflictual,
          neutral: c.neutral,
          first: c.first,
          last: c.last,
          sampleIds: c.sample.map((s) => idToken(s.id)).filter((s) => s !== ""),
          sampleUrls: c.sample.map((s) => urlToken(s.url)).filter((s) => s !== ""),
        });
      }
      return sortDyadCounts(rows);
    },
  };
}

/** Aggregates every record. */
export function aggregateEvents(records: Iterable<EventRecord>, layout: EventLayout, options: AggregationOptions): DyadCount[] {
  const aggregator = createAggregator(layout, options);
  for (const r of records) aggregator.add(r);
  return aggregator.rows();
}

/** YYYYMMDD or YYYY-MM-DD → YYYY-MM-DD when it is a calendar day (years from 0100), else null. */
export function readDay(text: string, style: "yyyymmdd" | "iso"): string | null {
  if (text.startsWith("00")) return null;
  if (style === "yyyymmdd") {
    if (!/^[0-9]{8}$/.test(text)) return null;
    const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
    return isIsoDate(iso) ? iso : null;
  }
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text) && isIsoDate(text) ? text : null;
}

function compareSample(p: Sample, q: Sample): number {
  return p.day < q.day ? -1 : p.day > q.day ? 1 : compareText(p.id, q.id);
}

/** Keeps `list` the SAMPLE_SIZE smallest by (day, id); a tie with the last kept one is not added (as min_by keeps the first seen). */
function insertSample(list: Sample[], s: Sample): void {
  if (list.length === SAMPLE_SIZE && compareSample(s, list[SAMPLE_SIZE - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && compareSample(s, list[i - 1]!) < 0) i--;
  list.splice(i, 0, s);
  if (list.length > SAMPLE_SIZE) list.pop();
}
