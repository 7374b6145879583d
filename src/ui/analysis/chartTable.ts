/**
 * A chart's data as a table, in a <details> under the chart: one row per date, one column per
 * series, and the events since the previous date. Built when first opened (a long series has
 * hundreds of rows nobody may ask for).
 */
import { h } from "../../dom/dom.ts";

export interface ChartTableData {
  title: string;
  from: string;
  to: string;
  dates: readonly string[];
  series: ReadonlyArray<{ name: string; values: readonly (number | null)[] }>;
  events: ReadonlyArray<{ date: string; label: string }>;
  formatValue: (v: number) => string;
}

/** The closed <details> that builds the table when opened. */
export function chartDataTable(o: ChartTableData): HTMLDetailsElement {
  const details = h("details", { class: "chart-data" }, h("summary", {}, `${o.title}: data table (${o.dates.length} dates)`));
  let built = false;
  details.addEventListener("toggle", () => {
    if (built || !details.open) return;
    built = true;
    const rows = o.dates.map((date, i) => {
      const previous = i > 0 ? o.dates[i - 1]! : "";
      const since = o.events.filter((m) => m.date > previous && m.date <= date).map((m) => `${m.date} ${m.label}`);
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
