/**
 * Small line charts over the timeline, built as SVG with the DOM (no chart library: two charts of
 * a few hundred points do not need one, and the bundle stays small).
 *
 * A chart is a <figure>: a caption, the SVG, a legend, a one-paragraph text summary and the same
 * data as a table in a <details>. Values are drawn as steps (a value holds until the next change
 * date, docs/analytics.md §6), each series with its own colour, dash pattern and marker shape so
 * that colour is never the only cue. Periods are labelled vertical lines; events are dotted
 * lines with a diamond and a title.
 *
 * Every date of the series is one focusable button (a column over the plot) named with its values,
 * "2023-10-03: balanced ratio 0.75 …". The chart is one tab stop: arrow keys move between dates
 * (a roving tabindex), Enter or Space (or a click) picks the date.
 */
import { h } from "../../dom/dom.ts";
import { toDay } from "../../model/dates.ts";

const SVG = "http://www.w3.org/2000/svg";

/** Drawing area in SVG units; the SVG scales to the panel's width. */
const WIDTH = 372;
const HEIGHT = 196;
const MARGIN = { left: 46, right: 12, top: 34, bottom: 36 };
/** Period labels go in up to two rows above the plot, so that close periods do not overlap. */
const LABEL_ROWS = [MARGIN.top - 6, MARGIN.top - 19];
/** Above this many dates the point markers are left out (the columns stay). */
const MAX_MARKERS = 300;

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "ring" | "cross";

export interface ChartSeries {
  name: string;
  /** One value per date of the chart; null leaves a gap (e.g. no closed triad: no ratio). */
  values: readonly (number | null)[];
  color: string;
  /** SVG stroke-dasharray; "" for a solid line. */
  dash: string;
  marker: MarkerShape;
}

export interface ChartMark {
  date: string;
  /** Last day of an event that lasted (drawn as a band). */
  end?: string | undefined;
  label: string;
  kind: "period" | "event";
}

export interface LineChartOptions {
  /** Unique prefix for element ids. */
  id: string;
  title: string;
  yLabel: string;
  /** The change dates, ascending; one column per date. */
  dates: readonly string[];
  /** The x axis runs from `from` to `to`. */
  from: string;
  to: string;
  series: readonly ChartSeries[];
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  formatValue: (v: number) => string;
  /** The accessible name of date i's button, e.g. "2023-10-03: balanced ratio 0.75". */
  pointLabel: (i: number) => string;
  /** One paragraph saying what the chart shows, for everyone. */
  summary: string;
  marks: readonly ChartMark[];
  onPick: (date: string) => void;
}

export interface LineChart {
  element: HTMLElement;
  /** Marks the date(s) on screen: a vertical line each, and aria-current on their columns. */
  setCurrent(dates: readonly string[]): void;
}

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** A number with a real minus sign; `plus` also signs positive numbers (for changes). */
export function signedNumber(n: number, plus = false): string {
  return n < 0 ? `−${-n}` : n > 0 && plus ? `+${n}` : String(n);
}

/** A marker of the given shape centred on (x, y). */
export function markerShape(shape: MarkerShape, x: number, y: number, color: string, r = 3.2): SVGElement {
  const fill = shape === "ring" ? "#ffffff" : color;
  switch (shape) {
    case "circle":
    case "ring":
      return svg("circle", { cx: x, cy: y, r, fill, stroke: color, "stroke-width": 1.6 });
    case "square":
      return svg("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill, stroke: color });
    case "triangle":
      return svg("path", { d: `M${x},${y - r * 1.2}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`, fill, stroke: color });
    case "diamond":
      return svg("path", { d: `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`, fill, stroke: color });
    case "cross":
      return svg("path", { d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`, fill: "none", stroke: color, "stroke-width": 2 });
  }
}

/** A legend sample: the line with its dash and its marker. */
export function seriesSwatch(s: Pick<ChartSeries, "color" | "dash" | "marker">): SVGSVGElement {
  const el = svg("svg", { width: 30, height: 12, viewBox: "0 0 30 12", "aria-hidden": "true", class: "chart-swatch" });
  el.append(svg("line", { x1: 1, y1: 6, x2: 29, y2: 6, stroke: s.color, "stroke-width": 2, "stroke-dasharray": s.dash }), markerShape(s.marker, 15, 6, s.color));
  return el;
}

export function lineChart(o: LineChartOptions): LineChart {
  const x0 = toDay(o.from);
  const span = Math.max(1, toDay(o.to) - x0);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const [yMin, yMax] = o.yDomain;
  const xOf = (date: string) => MARGIN.left + ((toDay(date) - x0) / span) * plotW;
  // Values stay clear of the plot's edges, so a line at the lowest value does not hide the axis.
  const inset = 8;
  const yOf = (v: number) => MARGIN.top + inset + (1 - (v - yMin) / (yMax - yMin || 1)) * (plotH - 2 * inset);
  const bottom = MARGIN.top + plotH;
  const right = MARGIN.left + plotW;

  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart-svg", role: "group", "aria-labelledby": `${o.id}-title`, "aria-describedby": `${o.id}-summary` });
  // Layers, bottom to top: grid and axes, periods and events, lines, date buttons, point markers.
  const decor = svg("g", { "aria-hidden": "true" });
  const marksLayer = svg("g", {});
  const linesLayer = svg("g", { "aria-hidden": "true" });
  root.append(decor, marksLayer, linesLayer);

  // Grid and y axis.
  for (const t of o.yTicks) {
    const y = yOf(t);
    decor.append(svg("line", { x1: MARGIN.left, x2: right, y1: y, y2: y, class: t === 0 && yMin < 0 ? "chart-zero" : "chart-grid" }));
    const label = svg("text", { x: MARGIN.left - 5, y: y + 3.5, class: "chart-tick", "text-anchor": "end" });
    label.textContent = o.formatValue(t);
    decor.append(label);
  }
  const yTitle = svg("text", { x: -(MARGIN.top + plotH / 2), y: 10, transform: "rotate(-90)", class: "chart-axis-title", "text-anchor": "middle" });
  yTitle.textContent = o.yLabel;
  decor.append(yTitle);

  // X axis: a tick and the year at each 1 January inside the window.
  decor.append(svg("line", { x1: MARGIN.left, x2: right, y1: bottom, y2: bottom, class: "chart-axis" }));
  const firstYear = Number(o.from.slice(0, 4));
  const lastYear = Number(o.to.slice(0, 4));
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const date = `${year}-01-01`;
    if (date < o.from || date > o.to) continue;
    const x = xOf(date);
    decor.append(svg("line", { x1: x, x2: x, y1: bottom, y2: bottom + 4, class: "chart-axis" }));
    const label = svg("text", { x, y: bottom + 17, class: "chart-tick", "text-anchor": "middle" });
    label.textContent = String(year);
    decor.append(label);
  }
  const xTitle = svg("text", { x: MARGIN.left + plotW / 2, y: HEIGHT - 3, class: "chart-axis-title", "text-anchor": "middle" });
  xTitle.textContent = "date (ticks at 1 January)";
  decor.append(xTitle);

  // Periods and events. A period label goes in the first row where it does not touch the last
  // label placed there (widths estimated from the number of characters).
  const rowEnds = LABEL_ROWS.map(() => Number.NEGATIVE_INFINITY);
  for (const m of o.marks) {
    if (m.date > o.to || (m.end ?? m.date) < o.from) continue;
    const x = xOf(m.date < o.from ? o.from : m.date);
    const g = svg("g", { class: `chart-mark chart-${m.kind}` });
    const title = svg("title");
    title.textContent = `${m.date}${m.end ? ` to ${m.end}` : ""}: ${m.label}`;
    g.append(title);
    if (m.end && m.end > m.date) g.append(svg("rect", { x, y: MARGIN.top, width: Math.max(1, xOf(m.end > o.to ? o.to : m.end) - x), height: plotH, class: "chart-band" }));
    g.append(svg("line", { x1: x, x2: x, y1: MARGIN.top, y2: bottom, class: "chart-mark-line" }));
    if (m.kind === "period") {
      const width = m.label.length * 6.2;
      const anchor = x + width / 2 > WIDTH ? "end" : x - width / 2 < 0 ? "start" : "middle";
      const start = anchor === "end" ? x - width : anchor === "start" ? x : x - width / 2;
      let row = rowEnds.findIndex((end) => start > end + 6);
      if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = start + width;
      const label = svg("text", { x, y: LABEL_ROWS[row]!, class: "chart-period-label", "text-anchor": anchor });
      label.textContent = m.label;
      g.append(label);
    } else {
      g.append(svg("path", { d: `M${x},${bottom - 4}l4,4l-4,4l-4,-4Z`, class: "chart-event-diamond" }));
    }
    // The title needs the pointer on something wider than a hairline.
    g.append(svg("rect", { x: x - 3, y: MARGIN.top, width: 6, height: plotH + 30, class: "chart-mark-hit" }));
    marksLayer.append(g);
  }

  // Lines, as steps: each value holds until the next date.
  for (const s of o.series) {
    let d = "";
    s.values.forEach((v, i) => {
      if (v === null) return;
      const x = xOf(o.dates[i]!);
      const next = o.dates[i + 1] ?? o.to;
      const y = yOf(v);
      const prev = i > 0 ? s.values[i - 1] : null;
      d += prev === null || prev === undefined ? `M${x},${y}` : `V${y}`;
      d += `H${xOf(next)}`;
    });
    linesLayer.append(svg("path", { d, class: "chart-line", stroke: s.color, "stroke-dasharray": s.dash }));
  }
  const markers = svg("g", { "aria-hidden": "true" });
  if (o.dates.length <= MAX_MARKERS) {
    for (const s of o.series) {
      s.values.forEach((v, i) => {
        if (v !== null) markers.append(markerShape(s.marker, xOf(o.dates[i]!), yOf(v), s.color));
      });
    }
  }

  // One button per date: a column from half-way to the previous date to half-way to the next.
  const current = svg("g", { class: "chart-current", "aria-hidden": "true" });
  const hits = svg("g", { class: "chart-hits" });
  const hint = h("p", { class: "visually-hidden", id: `${o.id}-keys` }, "Arrow keys move between dates; Enter shows the date on the graph.");
  const tip = h("div", { class: "chart-tip", hidden: true, "aria-hidden": "true" });
  const buttons = o.dates.map((date, i) => {
    const x = xOf(date);
    const left = i === 0 ? MARGIN.left : (xOf(o.dates[i - 1]!) + x) / 2;
    const rightEdge = i === o.dates.length - 1 ? right : (x + xOf(o.dates[i + 1]!)) / 2;
    const g = svg("g", { class: "chart-hit", role: "button", tabindex: i === 0 ? 0 : -1, "aria-label": o.pointLabel(i), "aria-describedby": `${o.id}-keys`, "data-date": date });
    g.append(svg("rect", { x: left, y: MARGIN.top, width: Math.max(1, rightEdge - left), height: plotH, class: "chart-hit-area" }), svg("line", { x1: x, x2: x, y1: MARGIN.top, y2: bottom, class: "chart-hit-line" }));
    const show = () => {
      tip.textContent = o.pointLabel(i);
      tip.hidden = false;
      tip.style.left = `${(x / WIDTH) * 100}%`;
      tip.classList.toggle("chart-tip-end", x > WIDTH * 0.6);
      tip.classList.toggle("chart-tip-start", x < WIDTH * 0.4);
    };
    const hide = () => (tip.hidden = true);
    g.addEventListener("click", () => {
      buttons.forEach((b) => b.setAttribute("tabindex", b === g ? "0" : "-1"));
      o.onPick(date);
    });
    g.addEventListener("mouseenter", show);
    g.addEventListener("mouseleave", hide);
    g.addEventListener("focus", show);
    g.addEventListener("blur", hide);
    hits.append(g);
    return g;
  });
  hits.addEventListener("keydown", (e) => {
    const at = buttons.indexOf(e.target as SVGGElement);
    if (at < 0) return;
    let to: number;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") to = Math.min(buttons.length - 1, at + 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") to = Math.max(0, at - 1);
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = buttons.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      o.onPick(o.dates[at]!);
      return;
    } else return;
    e.preventDefault();
    focusButton(to);
  });
  const focusButton = (i: number) => {
    buttons.forEach((b, k) => b.setAttribute("tabindex", k === i ? "0" : "-1"));
    buttons[i]?.focus();
  };
  root.append(hits, markers, current);

  const legend = h(
    "ul",
    { class: "chart-legend" },
    ...o.series.map((s) => h("li", {}, seriesSwatch(s), s.name)),
    o.marks.some((m) => m.kind === "period") ? h("li", {}, legendLine("chart-period"), "named period") : null,
    o.marks.some((m) => m.kind === "event") ? h("li", {}, legendLine("chart-event"), "event (hover for its name)") : null,
    h("li", {}, legendNow(), "date on the graph"),
  );

  const table = dataTable(o);
  const element = h(
    "figure",
    { class: "chart", id: o.id },
    h("figcaption", { class: "chart-title", id: `${o.id}-title` }, o.title),
    h("div", { class: "chart-frame" }, root, tip),
    legend,
    h("p", { class: "chart-summary", id: `${o.id}-summary` }, o.summary),
    hint,
    table,
  );

  return {
    element,
    setCurrent(dates) {
      current.replaceChildren();
      for (const date of dates) {
        if (date < o.from || date > o.to) continue;
        const x = xOf(date);
        current.append(svg("line", { x1: x, x2: x, y1: MARGIN.top, y2: bottom, class: "chart-now" }), svg("path", { d: `M${x - 5},${MARGIN.top - 1}h10l-5,6Z`, class: "chart-now-tip" }));
      }
      // The column holding each date on screen is "current"; the first of them takes the tab stop.
      const holding = new Set(dates.map((d) => columnOf(o.dates, d)).filter((i) => i >= 0));
      buttons.forEach((b, i) => (holding.has(i) ? b.setAttribute("aria-current", "date") : b.removeAttribute("aria-current")));
      const stop = [...holding].sort((a, b) => a - b)[0];
      if (stop !== undefined && !buttons.some((b) => b === document.activeElement)) buttons.forEach((b, i) => b.setAttribute("tabindex", i === stop ? "0" : "-1"));
    },
  };
}

/** Index of the last date at or before `date`, or −1. */
function columnOf(dates: readonly string[], date: string): number {
  let found = -1;
  for (let i = 0; i < dates.length && dates[i]! <= date; i++) found = i;
  return found;
}

function legendLine(cls: string): SVGSVGElement {
  const el = svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", class: `chart-swatch ${cls}` });
  el.append(svg("line", { x1: 7, x2: 7, y1: 0, y2: 14, class: "chart-mark-line" }));
  return el;
}

function legendNow(): SVGSVGElement {
  const el = svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", class: "chart-swatch" });
  el.append(svg("path", { d: "M2,0h10l-5,6Z", class: "chart-now-tip" }), svg("line", { x1: 7, x2: 7, y1: 4, y2: 14, class: "chart-now" }));
  return el;
}

/** The chart's data as a table: one row per date, one column per series, and the events since the previous date. Built when first opened. */
function dataTable(o: LineChartOptions): HTMLDetailsElement {
  const details = h("details", { class: "chart-data" }, h("summary", {}, `${o.title}: data table (${o.dates.length} dates)`));
  let built = false;
  details.addEventListener("toggle", () => {
    if (built || !details.open) return;
    built = true;
    const events = o.marks.filter((m) => m.kind === "event");
    const rows = o.dates.map((date, i) => {
      const previous = i > 0 ? o.dates[i - 1]! : "";
      const since = events.filter((m) => m.date > previous && m.date <= date).map((m) => `${m.date} ${m.label}`);
      return h(
        "tr",
        {},
        h("th", { scope: "row" }, date),
        ...o.series.map((s) => {
          const v = s.values[i];
          return h("td", { class: "num" }, v === null || v === undefined ? "n/a" : o.formatValue(v));
        }),
        h("td", {}, since.join("; ")),
      );
    });
    details.append(
      h(
        "div",
        { class: "chart-table-scroll" },
        h(
          "table",
          { class: "analysis-table chart-table" },
          h("caption", {}, `${o.title}, ${o.from} to ${o.to}: the value at each date holds until the next row`),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Date"), ...o.series.map((s) => h("th", { scope: "col" }, s.name)), h("th", { scope: "col" }, "Events since the previous date"))),
          h("tbody", {}, ...rows),
        ),
      ),
    );
  });
  return details;
}
