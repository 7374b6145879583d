/**
 * The geometry of the Analysis charts, apart from their DOM (charts.ts): where a date and a value
 * fall on the plot, the year ticks, integer ticks for counts, step lines, the columns that make
 * each date a button, and the rows that keep period labels apart. Pure (no DOM), unit-tested in
 * tests/unit/chartScales.test.ts.
 */
import { toDay } from "../../model/dates.ts";

/** Drawing area in SVG units; the SVG scales to the panel's width. */
export const CHART_WIDTH = 372;
export const CHART_HEIGHT = 196;
export const CHART_MARGIN = { left: 46, right: 12, top: 34, bottom: 36 } as const;
/** Period labels go in up to two rows above the plot (their baselines), so that close periods do not overlap. */
export const LABEL_ROWS: readonly number[] = [CHART_MARGIN.top - 6, CHART_MARGIN.top - 19];
/** Values stay this far from the plot's top and bottom, so a line at the lowest value does not hide the axis. */
const VALUE_INSET = 8;
/** Estimated width of one character of a period label, in SVG units (labels are short: no measuring). */
const LABEL_CHAR_WIDTH = 6.2;
/** Least gap between two period labels in one row. */
const LABEL_GAP = 6;

export interface ChartScales {
  /** The x of a date (dates outside the window fall outside the plot). */
  x(date: string): number;
  /** The y of a value. */
  y(value: number): number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  plotWidth: number;
  plotHeight: number;
}

/** Scales of a chart whose x axis runs from `from` to `to` and whose y axis shows `yDomain`. */
export function chartScales(from: string, to: string, yDomain: readonly [number, number]): ChartScales {
  const x0 = toDay(from);
  const span = Math.max(1, toDay(to) - x0);
  const plotWidth = CHART_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const plotHeight = CHART_HEIGHT - CHART_MARGIN.top - CHART_MARGIN.bottom;
  const [yMin, yMax] = yDomain;
  return {
    x: (date) => CHART_MARGIN.left + ((toDay(date) - x0) / span) * plotWidth,
    y: (v) => CHART_MARGIN.top + VALUE_INSET + (1 - (v - yMin) / (yMax - yMin || 1)) * (plotHeight - 2 * VALUE_INSET),
    left: CHART_MARGIN.left,
    right: CHART_MARGIN.left + plotWidth,
    top: CHART_MARGIN.top,
    bottom: CHART_MARGIN.top + plotHeight,
    plotWidth,
    plotHeight,
  };
}

/** Room a year's label needs on the x axis, in the chart's units (four digits at 10.5px, and a gap). */
export const YEAR_LABEL_ROOM = 34;

/**
 * Every how many years a tick is labelled, so that labels `room` apart fit: 1, 2, 5, 10, 20, 50 …
 * years per label for `pixelsPerYear` of axis per year. Over twenty years on a panel's chart every
 * year's label overlapped the next ("20052006…").
 */
export function yearLabelStep(pixelsPerYear: number, room = YEAR_LABEL_ROOM): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (step * magnitude * pixelsPerYear >= room || step * magnitude >= 1e6) return step * magnitude;
  }
}

/** The 1 January dates inside [from, to], with their year: the x axis ticks. */
export function yearTicks(from: string, to: string): Array<{ year: number; date: string }> {
  const ticks: Array<{ year: number; date: string }> = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)) + 1; year++) {
    const date = `${String(year).padStart(4, "0")}-01-01`;
    if (date >= from && date <= to) ticks.push({ year, date });
  }
  return ticks;
}

/**
 * Whole-number ticks covering `values` and the range [0, 1] (so a flat line still has an axis),
 * about five of them: the step is the smallest whole number that needs at most five. Returns the
 * ticks and the domain they span.
 */
export function integerTicks(values: readonly number[]): { ticks: number[]; domain: [number, number] } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const step = Math.max(1, Math.ceil((hi - lo) / 5));
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return { ticks, domain: [ticks[0]!, Math.max(hi, ticks[ticks.length - 1]!)] };
}

/**
 * The SVG path of a series drawn as steps: value i holds from date i until date i + 1 (the last
 * until `to`); a null value leaves a gap.
 */
export function stepPath(values: readonly (number | null)[], dates: readonly string[], to: string, scales: Pick<ChartScales, "x" | "y">): string {
  let d = "";
  values.forEach((v, i) => {
    if (v === null) return;
    const x = scales.x(dates[i]!);
    const y = scales.y(v);
    const prev = i > 0 ? values[i - 1] : null;
    d += prev === null || prev === undefined ? `M${x},${y}` : `V${y}`;
    d += `H${scales.x(dates[i + 1] ?? to)}`;
  });
  return d;
}

/**
 * Each date's column, the area that makes it a button: from half-way to the previous date to
 * half-way to the next, the first and last reaching the plot's edges.
 */
export function dateColumns(xs: readonly number[], left: number, right: number): Array<{ left: number; right: number }> {
  return xs.map((x, i) => ({
    left: i === 0 ? left : (xs[i - 1]! + x) / 2,
    right: i === xs.length - 1 ? right : (x + xs[i + 1]!) / 2,
  }));
}

/** Index of the last of the ascending `dates` at or before `date`, or −1: the column that holds `date`. */
export function columnOf(dates: readonly string[], date: string): number {
  let found = -1;
  for (let i = 0; i < dates.length && dates[i]! <= date; i++) found = i;
  return found;
}

export interface LabelPlacement {
  row: number;
  anchor: "start" | "middle" | "end";
}

/**
 * Rows and anchors for labels centred on `xs` (in order), each `lengths[i]` characters long: a
 * label near an edge is anchored so it stays inside the chart, and goes in the first row where it
 * does not touch the last label placed there (else in the row whose last label ends first).
 */
export function placeLabels(xs: readonly number[], lengths: readonly number[], rows = LABEL_ROWS.length): LabelPlacement[] {
  const rowEnds = Array.from({ length: rows }, () => Number.NEGATIVE_INFINITY);
  return xs.map((x, i) => {
    const width = lengths[i]! * LABEL_CHAR_WIDTH;
    const anchor = x + width / 2 > CHART_WIDTH ? "end" : x - width / 2 < 0 ? "start" : "middle";
    const start = anchor === "end" ? x - width : anchor === "start" ? x : x - width / 2;
    let row = rowEnds.findIndex((end) => start > end + LABEL_GAP);
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = start + width;
    return { row, anchor };
  });
}

/** A number with a real minus sign; `plus` also signs positive numbers (for changes). */
export function signedNumber(n: number, plus = false): string {
  return n < 0 ? `−${-n}` : n > 0 && plus ? `+${n}` : String(n);
}

/** Many events on the x axis, drawn together (charts.ts, `manyEvents`). */
export interface EventsGeometry {
  /** Where a line and a diamond go: one per half unit of x that holds an event, ascending. */
  xs: number[];
  /** The x ranges of the events that lasted, overlapping ranges merged, ascending. */
  bands: Array<[number, number]>;
  /** The first and last dates of the events. */
  first: string;
  last: string;
}

/**
 * The geometry of `events` (each a date and, for one that lasted, its last day) on an axis from
 * `from` to `to`: a date before the window is drawn at its start, an end after it at its end.
 * Each date is read once (its day number), whatever the number of charts that draw it.
 */
export function eventsGeometry(events: ReadonlyArray<{ date: string; end?: string | undefined }>, from: string, to: string): EventsGeometry {
  const scales = chartScales(from, to, [0, 1]);
  const slots = new Uint8Array(2 * CHART_WIDTH + 2);
  const spans: Array<[number, number]> = [];
  let first = events[0]?.date ?? from;
  let last = first;
  for (const m of events) {
    const x = scales.x(m.date < from ? from : m.date);
    slots[Math.max(0, Math.min(slots.length - 1, Math.round(x * 2)))] = 1;
    if (m.end && m.end > m.date) spans.push([x, Math.max(x + 1, scales.x(m.end > to ? to : m.end))]);
    if (m.date < first) first = m.date;
    if (m.date > last) last = m.date;
  }
  const xs: number[] = [];
  slots.forEach((on, k) => on && xs.push(k / 2));
  spans.sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const prev = bands[bands.length - 1];
    if (prev && a <= prev[1]) prev[1] = Math.max(prev[1], b);
    else bands.push([a, b]);
  }
  return { xs, bands, first, last };
}
