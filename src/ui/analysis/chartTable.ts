/**
 * A chart's data as a table, in a <details> under the chart: one row per date, one column per
 * series, and the events since the previous date. Built when first opened (a long series has
 * hundreds of rows nobody may ask for).
 */
import { h } from "../../dom/dom.ts";
import { nextTask } from "../../app/slices.ts";

export interface ChartTableData {
  title: string;
  from: string;
  to: string;
  dates: readonly string[];
  series: ReadonlyArray<{ name: string; values: readonly (number | null)[] }>;
  events: ReadonlyArray<{ date: string; label: string }>;
  formatValue: (v: number) => string;
}

/**
 * Rows built per task. A series over ~11,000 dates (50,000 actors over 30 years) made a table of
 * 50,000 cells in one task; built this many rows at a time, the first are there at once and the
 * rest follow over short tasks (the table is aria-busy until the last).
 */
export const ROWS_PER_TASK = 500;

/**
 * For each date (ascending), the events after the previous date up to it: "2023-10-03 ICC
 * ratification". One pass over both lists (events in any order).
 */
export function eventsSince(dates: readonly string[], events: ChartTableData["events"]): string[][] {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let j = 0;
  return dates.map((date) => {
    const since: string[] = [];
    for (; j < sorted.length && sorted[j]!.date <= date; j++) since.push(`${sorted[j]!.date} ${sorted[j]!.label}`);
    return since;
  });
}

/** The closed <details> that builds the table when opened. */
export function chartDataTable(o: ChartTableData): HTMLDetailsElement {
  const details = h("details", { class: "chart-data" }, h("summary", {}, `${o.title}: data table (${o.dates.length} dates)`));
  let built = false;
  details.addEventListener("toggle", () => {
    if (built || !details.open) return;
    built = true;
    const since = eventsSince(o.dates, o.events);
    const row = (i: number) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, o.dates[i]!),
        ...o.series.map((s) => {
          const v = s.values[i];
          return h("td", { class: "num" }, v === null || v === undefined ? "n/a" : o.formatValue(v));
        }),
        h("td", {}, since[i]!.join("; ")),
      );
    const tbody = h("tbody", {});
    const table = h(
      "table",
      { class: "analysis-table chart-table" },
      h("caption", {}, `${o.title}, ${o.from} to ${o.to}: the value at each date holds until the next row`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Date"), ...o.series.map((s) => h("th", { scope: "col" }, s.name)), h("th", { scope: "col" }, "Events since the previous date"))),
      tbody,
    );
    const fill = (from: number) => {
      const end = Math.min(o.dates.length, from + ROWS_PER_TASK);
      const rows: HTMLElement[] = [];
      for (let i = from; i < end; i++) rows.push(row(i));
      tbody.append(...rows);
      if (end < o.dates.length && details.isConnected) {
        table.setAttribute("aria-busy", "true");
        void nextTask().then(() => fill(end));
      } else table.removeAttribute("aria-busy");
    };
    fill(0);
    details.append(h("div", { class: "chart-table-scroll" }, table));
  });
  return details;
}
