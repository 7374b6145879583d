/**
 * Small line charts over the timeline, built as SVG with the DOM (no chart library: two charts of
 * a few hundred points do not need one, and the bundle stays small). The geometry is in
 * chartScales.ts (pure), the markers and legend samples in chartMarks.ts, the data table in
 * chartTable.ts; this module puts them together and makes the dates buttons.
 *
 * A chart is a <figure>: a caption, the SVG, a legend, a one-paragraph text summary and the same
 * data as a table in a <details>. Values are drawn as steps (a value holds until the next change
 * date, docs/analytics.md §6), each series with its own colour, dash pattern and marker shape so
 * that colour is never the only cue. Periods are labelled vertical lines; events are dotted
 * lines with a diamond and a title.
 *
 * Every date of the series is one focusable button (a column over the plot) named with its values,
 * "2023-10-03: balanced ratio 0.75 …". The chart is one tab stop: arrow keys move between dates
 * (a roving tabindex, src/dom/rovingFocus.ts), Enter or Space (or a click) picks the date. Above
 * MAX_DATE_BUTTONS dates the dates are one slider instead (chartSlider.ts), and above
 * MAX_EVENT_MARKS events these are drawn as one group of paths: the DOM of a chart stays bounded
 * whatever the size of the dataset, and every value and event is in the data table.
 */
import { h } from "../../dom/dom.ts";
import { svg } from "../../dom/svg.ts";
import { rovingFocus } from "../../dom/rovingFocus.ts";
import { CHART_HEIGHT, CHART_WIDTH, chartScales, columnOf, dateColumns, eventsGeometry, LABEL_ROWS, placeLabels, stepPath, yearLabelStep, yearTicks, type ChartScales, type EventsGeometry } from "./chartScales.ts";
import { currentDateSwatch, markerShape, markLineSwatch, seriesSwatch, type SeriesStyle } from "./chartMarks.ts";
import { chartDataTable } from "./chartTable.ts";
import { dateSlider, MAX_DATE_BUTTONS, type DatePicker } from "./chartSlider.ts";

/** Above this many dates the point markers are left out (the columns stay). */
const MAX_MARKERS = 300;

export interface ChartSeries extends SeriesStyle {
  name: string;
  /** One value per date of the chart; null leaves a gap (e.g. no closed triad: no ratio). */
  values: readonly (number | null)[];
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

export function lineChart(o: LineChartOptions): LineChart {
  const scales = chartScales(o.from, o.to, o.yDomain);
  const root = svg("svg", { viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, class: "chart-svg", role: "group", "aria-labelledby": `${o.id}-title`, "aria-describedby": `${o.id}-summary` });
  // Layers, bottom to top: grid and axes, periods and events, lines, date buttons, point markers.
  const lines = svg("g", { "aria-hidden": "true" }, ...o.series.map((s) => svg("path", { d: stepPath(s.values, o.dates, o.to, scales), class: "chart-line", stroke: s.color, "stroke-dasharray": s.dash })));
  const tip = h("div", { class: "chart-tip", hidden: true, "aria-hidden": "true" });
  const show = (i: number, x: number) => showTip(tip, o.pointLabel(i), x);
  const dates = o.dates.length > MAX_DATE_BUTTONS ? dateSlider(o, scales, tip, show) : dateButtons(o, scales, tip, show);
  const current = svg("g", { class: "chart-current", "aria-hidden": "true" });
  const marks = marksInWindow(o);
  root.append(axes(o, scales), marksLayer(o, scales, marks), lines, dates.group, pointMarkers(o, scales), current);

  const legend = h(
    "ul",
    { class: "chart-legend" },
    ...o.series.map((s) => h("li", {}, seriesSwatch(s), s.name)),
    o.marks.some((m) => m.kind === "period") ? h("li", {}, markLineSwatch("chart-period"), "named period") : null,
    marks.many
      ? h("li", {}, markLineSwatch("chart-event"), "events (named in the data table)")
      : marks.allEvents.length > 0
        ? h("li", {}, markLineSwatch("chart-event"), "event (hover for its name)")
        : null,
    h("li", {}, currentDateSwatch(), "date on the graph"),
  );
  const element = h(
    "figure",
    { class: "chart", id: o.id },
    h("figcaption", { class: "chart-title", id: `${o.id}-title` }, o.title),
    h("div", { class: "chart-frame" }, root, tip),
    legend,
    h("p", { class: "chart-summary", id: `${o.id}-summary` }, o.summary),
    h("p", { class: "visually-hidden", id: `${o.id}-keys` }, "Arrow keys move between dates; Enter shows the date on the graph."),
    chartDataTable({ ...o, events: marks.allEvents }),
  );

  return {
    element,
    setCurrent(shown) {
      current.replaceChildren();
      for (const date of shown) {
        if (date < o.from || date > o.to) continue;
        const x = scales.x(date);
        current.append(svg("line", { x1: x, x2: x, y1: scales.top, y2: scales.bottom, class: "chart-now" }), svg("path", { d: `M${x - 5},${scales.top - 1}h10l-5,6Z`, class: "chart-now-tip" }));
      }
      // The column holding each date on screen is "current"; the first of them takes the tab stop.
      const holding = new Set(shown.map((d) => columnOf(o.dates, d)).filter((i) => i >= 0));
      dates.markCurrent(holding);
      const stop = [...holding].sort((a, b) => a - b)[0];
      if (stop !== undefined && !dates.buttons.some((b) => b === document.activeElement)) dates.setTabStop(stop);
    },
  };
}

/** Grid, y ticks and title; the x axis with a tick and the year at each 1 January. */
function axes(o: LineChartOptions, s: ChartScales): SVGGElement {
  const decor = svg("g", { "aria-hidden": "true" });
  const [yMin] = o.yDomain;
  for (const t of o.yTicks) {
    const y = s.y(t);
    decor.append(
      svg("line", { x1: s.left, x2: s.right, y1: y, y2: y, class: t === 0 && yMin < 0 ? "chart-zero" : "chart-grid" }),
      svg("text", { x: s.left - 5, y: y + 3.5, class: "chart-tick", "text-anchor": "end" }, o.formatValue(t)),
    );
  }
  decor.append(
    svg("text", { x: -(s.top + s.plotHeight / 2), y: 10, transform: "rotate(-90)", class: "chart-axis-title", "text-anchor": "middle" }, o.yLabel),
    svg("line", { x1: s.left, x2: s.right, y1: s.bottom, y2: s.bottom, class: "chart-axis" }),
  );
  // A tick at every 1 January; a label every `step` years, so that no two labels overlap.
  const ticks = yearTicks(o.from, o.to);
  const step = ticks.length < 2 ? 1 : yearLabelStep((s.x(ticks[ticks.length - 1]!.date) - s.x(ticks[0]!.date)) / (ticks.length - 1));
  for (const { year, date } of ticks) {
    const x = s.x(date);
    decor.append(svg("line", { x1: x, x2: x, y1: s.bottom, y2: s.bottom + 4, class: "chart-axis" }));
    if (year % step === 0) decor.append(svg("text", { x, y: s.bottom + 17, class: "chart-tick", "text-anchor": "middle" }, String(year)));
  }
  decor.append(svg("text", { x: s.left + s.plotWidth / 2, y: CHART_HEIGHT - 3, class: "chart-axis-title", "text-anchor": "middle" }, "date (ticks at 1 January)"));
  return decor;
}

/**
 * Above this many events on a chart they are drawn together (manyEvents): at 50,000 actors a
 * dataset had 46,000 events, five SVG elements each per chart, which took 15 s in one task.
 */
export const MAX_EVENT_MARKS = 200;

/** A chart's marks, split as its layers draw them. */
interface WindowMarks {
  /** Every event of the chart, in the window or not (its data table lists them). */
  allEvents: ChartMark[];
  /** The periods and events in the window. */
  periods: ChartMark[];
  events: ChartMark[];
  /** More than MAX_EVENT_MARKS events in the window: their geometry, drawn as one group. */
  many: EventsGeometry | null;
}

/**
 * The marks of each list, per window: the panel's two charts share one list of marks and one window,
 * so its events are sorted out and placed once, not once per chart (at 50,000 actors, placing the
 * 46,000 events was half of each chart's task).
 */
const windowMarks = new WeakMap<readonly ChartMark[], Map<string, WindowMarks>>();

function marksInWindow(o: LineChartOptions): WindowMarks {
  let byWindow = windowMarks.get(o.marks);
  if (!byWindow) windowMarks.set(o.marks, (byWindow = new Map<string, WindowMarks>()));
  const window = `${o.from} ${o.to}`;
  const known = byWindow.get(window);
  if (known) return known;
  const shown = o.marks.filter((m) => m.date <= o.to && (m.end ?? m.date) >= o.from);
  const events = shown.filter((m) => m.kind === "event");
  const marks: WindowMarks = {
    allEvents: o.marks.filter((m) => m.kind === "event"),
    periods: shown.filter((m) => m.kind === "period"),
    events,
    many: events.length > MAX_EVENT_MARKS ? eventsGeometry(events, o.from, o.to) : null,
  };
  byWindow.set(window, marks);
  return marks;
}

/**
 * Periods (labelled lines) and events (a dotted line with a diamond, a band when they lasted), each
 * with a title; more than MAX_EVENT_MARKS events are drawn as one group of three paths.
 */
function marksLayer(o: LineChartOptions, s: ChartScales, { periods, events, many }: WindowMarks): SVGGElement {
  const layer = svg("g", {});
  const xOf = (m: ChartMark) => s.x(m.date < o.from ? o.from : m.date);
  const endOf = (m: ChartMark) => s.x(m.end! > o.to ? o.to : m.end!);
  const places = placeLabels(periods.map(xOf), periods.map((p) => p.label.length));
  const placement = new Map(periods.map((m, i) => [m, places[i]!]));
  for (const m of many ? periods : [...periods, ...events]) {
    const x = xOf(m);
    const g = svg("g", { class: `chart-mark chart-${m.kind}` }, svg("title", {}, `${m.date}${m.end ? ` to ${m.end}` : ""}: ${m.label}`));
    if (m.end && m.end > m.date) g.append(svg("rect", { x, y: s.top, width: Math.max(1, endOf(m) - x), height: s.plotHeight, class: "chart-band" }));
    g.append(svg("line", { x1: x, x2: x, y1: s.top, y2: s.bottom, class: "chart-mark-line" }));
    const label = placement.get(m);
    if (label) g.append(svg("text", { x, y: LABEL_ROWS[label.row]!, class: "chart-period-label", "text-anchor": label.anchor }, m.label));
    else g.append(svg("path", { d: `M${x},${s.bottom - 4}l4,4l-4,4l-4,-4Z`, class: "chart-event-diamond" }));
    // The title needs the pointer on something wider than a hairline.
    g.append(svg("rect", { x: x - 3, y: s.top, width: 6, height: s.plotHeight + 30, class: "chart-mark-hit" }));
    layer.append(g);
  }
  if (many) layer.prepend(manyEvents(many, events.length, s));
  return layer;
}

/**
 * Many events as one group: a path of their lines and one of their diamonds (one per half unit of
 * x, where they would overlap anyway) and one of their bands (overlapping bands merged). Their
 * names are in the chart's data table ("Events since the previous date").
 */
function manyEvents({ xs, bands, first, last }: EventsGeometry, count: number, s: ChartScales): SVGGElement {
  const g = svg("g", { class: "chart-event chart-events-many" }, svg("title", {}, `${count} events from ${first} to ${last}: their names are in the data table under the chart`));
  if (bands.length > 0) g.append(svg("path", { d: bands.map(([a, b]) => `M${a},${s.top}H${b}V${s.bottom}H${a}Z`).join(""), class: "chart-band" }));
  g.append(
    svg("path", { d: xs.map((x) => `M${x},${s.top}V${s.bottom}`).join(""), class: "chart-mark-line" }),
    svg("path", { d: xs.map((x) => `M${x},${s.bottom - 4}l4,4l-4,4l-4,-4Z`).join(""), class: "chart-event-diamond" }),
  );
  return g;
}

/** A marker at every value, unless there are too many dates to tell them apart. */
function pointMarkers(o: LineChartOptions, s: ChartScales): SVGGElement {
  const markers = svg("g", { "aria-hidden": "true" });
  if (o.dates.length > MAX_MARKERS) return markers;
  for (const series of o.series) {
    series.values.forEach((v, i) => {
      if (v !== null) markers.append(markerShape(series.marker, s.x(o.dates[i]!), s.y(v), series.color));
    });
  }
  return markers;
}

/**
 * Date buttons built per task. A series over 10,000 dates (5,000 actors over 30 years) has as many
 * buttons per chart, which took seconds in one task; built this many at a time, the chart shows at
 * once and its columns become choosable over short tasks that follow.
 */
export const BUTTONS_PER_TASK = 500;

/** The tooltip of a date: its label, over x. */
function showTip(tip: HTMLElement, label: string, x: number): void {
  tip.textContent = label;
  tip.hidden = false;
  tip.style.left = `${(x / CHART_WIDTH) * 100}%`;
  tip.classList.toggle("chart-tip-end", x > CHART_WIDTH * 0.6);
  tip.classList.toggle("chart-tip-start", x < CHART_WIDTH * 0.4);
}

/** One button per date (its column over the plot), one tab stop for all, and the tooltip they show. */
function dateButtons(o: LineChartOptions, s: ChartScales, tip: HTMLElement, show: (i: number, x: number) => void): DatePicker {
  const group = svg("g", { class: "chart-hits" });
  const xs = o.dates.map((d) => s.x(d));
  const columns = dateColumns(xs, s.left, s.right);
  const buttons: SVGGElement[] = [];
  /** The column with the tab stop, and those holding a date on screen (also for buttons not built yet). */
  let stopAt = 0;
  let current: ReadonlySet<number> = new Set();
  const makeButton = (i: number) => {
    const date = o.dates[i]!;
    const x = xs[i]!;
    const { left, right } = columns[i]!;
    const g = svg(
      "g",
      { class: "chart-hit", role: "button", tabindex: i === stopAt ? 0 : -1, "aria-label": o.pointLabel(i), "aria-describedby": `${o.id}-keys`, "data-date": date },
      svg("rect", { x: left, y: s.top, width: Math.max(1, right - left), height: s.plotHeight, class: "chart-hit-area" }),
      svg("line", { x1: x, x2: x, y1: s.top, y2: s.bottom, class: "chart-hit-line" }),
    );
    if (current.has(i)) g.setAttribute("aria-current", "date");
    const hide = () => (tip.hidden = true);
    g.addEventListener("click", () => {
      setTabStop(i);
      o.onPick(date);
    });
    g.addEventListener("mouseenter", () => show(i, x));
    g.addEventListener("mouseleave", hide);
    g.addEventListener("focus", () => show(i, x));
    g.addEventListener("blur", hide);
    group.append(g);
    buttons.push(g);
  };
  const build = (from: number) => {
    const end = Math.min(o.dates.length, from + BUTTONS_PER_TASK);
    for (let i = from; i < end; i++) makeButton(i);
    if (end < o.dates.length) setTimeout(() => build(end), 0);
  };
  build(0);
  const setTabStop = (i: number) => {
    stopAt = i;
    buttons.forEach((b, k) => b.setAttribute("tabindex", k === i ? "0" : "-1"));
  };
  const markCurrent = (holding: ReadonlySet<number>) => {
    current = holding;
    buttons.forEach((b, i) => (holding.has(i) ? b.setAttribute("aria-current", "date") : b.removeAttribute("aria-current")));
  };
  // Arrows, Home and End move (the shared roving focus); Enter and Space pick the focused date.
  rovingFocus(group, () => buttons);
  group.addEventListener("keydown", (e) => {
    const at = buttons.indexOf(e.target as SVGGElement);
    if (at < 0 || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    o.onPick(o.dates[at]!);
  });
  return { group, buttons, setTabStop, markCurrent };
}
