/**
 * A chart's dates as one slider, for a series with more dates than MAX_DATE_BUTTONS: at 50,000
 * actors over 30 years a chart had 11,000 dates, one button each (three elements and four
 * listeners), which took seconds of tasks while the plot is 310 units wide, too narrow to point at
 * one of them. The slider is one element over the plot, whatever the number of dates: its value is
 * a date (aria-valuetext says it with its values, as a button's name would), the arrow keys move
 * by one date, Page Up and Page Down by a tenth of them, Home and End to the ends, and Enter or
 * Space (or a click, at the date under the pointer) picks it.
 */
import { svg } from "../../dom/svg.ts";
import { dateColumns, type ChartScales } from "./chartScales.ts";

/** From this many dates a chart picks its dates with a slider rather than one button per date. */
export const MAX_DATE_BUTTONS = 2000;

export interface DateSliderOptions {
  id: string;
  title: string;
  dates: readonly string[];
  pointLabel: (i: number) => string;
  onPick: (date: string) => void;
}

/** What the chart asks of its date picker (charts.ts), with one button per date or this slider. */
export interface DatePicker {
  group: SVGGElement;
  /** The focusable elements: one per date, or the slider alone. */
  buttons: SVGGElement[];
  /** Makes date i the one the keyboard starts from. */
  setTabStop(i: number): void;
  /** The dates shown on the graph (aria-current). */
  markCurrent(holding: ReadonlySet<number>): void;
}

/** Index of the column under `x` (SVG units): the last whose left edge is at or before it. */
export function columnAt(columns: ReadonlyArray<{ left: number }>, x: number): number {
  let lo = 0;
  let hi = columns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (columns[mid]!.left <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function dateSlider(o: DateSliderOptions, s: ChartScales, tip: HTMLElement, show: (i: number, x: number) => void): DatePicker {
  const xs = o.dates.map((d) => s.x(d));
  const columns = dateColumns(xs, s.left, s.right);
  const last = o.dates.length - 1;
  let at = 0;
  let current: ReadonlySet<number> = new Set();
  const line = svg("line", { x1: xs[0]!, x2: xs[0]!, y1: s.top, y2: s.bottom, class: "chart-hit-line" });
  const area = svg("rect", { x: s.left, y: s.top, width: s.plotWidth, height: s.plotHeight, class: "chart-hit-area" });
  const slider = svg(
    "g",
    {
      class: "chart-hit chart-slider",
      role: "slider",
      tabindex: 0,
      "aria-label": `${o.title}: date`,
      "aria-describedby": `${o.id}-keys`,
      "aria-orientation": "horizontal",
      "aria-valuemin": 0,
      "aria-valuemax": last,
    },
    area,
    line,
  );
  const group = svg("g", { class: "chart-hits" }, slider);
  /** Shows date i: the slider's value, its line and the tooltip. */
  const moveTo = (i: number) => {
    at = Math.max(0, Math.min(last, i));
    slider.setAttribute("aria-valuenow", String(at));
    slider.setAttribute("aria-valuetext", o.pointLabel(at));
    slider.dataset.date = o.dates[at]!;
    if (current.has(at)) slider.setAttribute("aria-current", "date");
    else slider.removeAttribute("aria-current");
    line.setAttribute("x1", String(xs[at]!));
    line.setAttribute("x2", String(xs[at]!));
  };
  moveTo(0);
  /** The date under the pointer. */
  const pointed = (e: MouseEvent) => {
    const box = area.getBoundingClientRect();
    return columnAt(columns, s.left + ((e.clientX - box.left) / Math.max(1, box.width)) * s.plotWidth);
  };
  slider.addEventListener("mousemove", (e) => {
    const i = pointed(e);
    line.setAttribute("x1", String(xs[i]!));
    line.setAttribute("x2", String(xs[i]!));
    show(i, xs[i]!);
  });
  slider.addEventListener("mouseleave", () => {
    tip.hidden = true;
    moveTo(at);
  });
  slider.addEventListener("click", (e) => {
    moveTo(pointed(e));
    o.onPick(o.dates[at]!);
  });
  slider.addEventListener("focus", () => show(at, xs[at]!));
  slider.addEventListener("blur", () => (tip.hidden = true));
  const page = Math.max(1, Math.round(o.dates.length / 10));
  slider.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      o.onPick(o.dates[at]!);
      return;
    }
    const to = new Map([["ArrowLeft", at - 1], ["ArrowDown", at - 1], ["ArrowRight", at + 1], ["ArrowUp", at + 1], ["PageDown", at - page], ["PageUp", at + page], ["Home", 0], ["End", last]]).get(e.key);
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
    show(at, xs[at]!);
  });
  return {
    group,
    buttons: [slider],
    setTabStop: moveTo,
    markCurrent(holding) {
      current = holding;
      moveTo(at);
    },
  };
}
