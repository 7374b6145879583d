/**
 * Each actor's alignment at the date(s) on screen, as a table sortable by every column (the sort
 * and "show all" are this section's own state, kept across redraws), and in compare mode who
 * moved most (movedList.ts). The rows and their order come from alignmentTable.ts.
 */
import { announce, h } from "../../dom/dom.ts";
import { blocRing } from "../widgets.ts";
import { alignmentColumns, alignmentRows, defaultSort, firstRows, nextSort, sortFor, sortRows, type AlignmentColumn, type AlignmentRow, type AlignmentSort } from "./alignmentTable.ts";
import { movedList } from "./movedList.ts";
import type { AnalysisSection, SectionContext } from "./section.ts";

/** Rows shown before "Show all". */
const MAX_ROWS = 100;

export function alignmentSection({ analysis, redraw }: SectionContext): AnalysisSection {
  let sort: AlignmentSort = defaultSort(false);
  let allRows = false;

  const sortButton = (c: AlignmentColumn, active: boolean) =>
    h(
      "button",
      {
        type: "button",
        class: "sort",
        "data-focus-key": `sort:${c.key}`,
        "aria-label": `Sort by ${c.name}${active ? (sort.descending ? ", now descending" : ", now ascending") : ""}`,
        onclick: () => {
          sort = nextSort(sort, c.key);
          redraw();
          announce(`Alignment sorted by ${c.name}, ${sort.descending ? "descending" : "ascending"}.`);
        },
      },
      c.text,
      active ? (sort.descending ? " ▼" : " ▲") : "",
      c.date ? h("span", { class: "th-date" }, c.date) : null,
    );

  const cell = (c: AlignmentColumn, r: AlignmentRow, blocOf: ReadonlyMap<string, number>) => {
    if (c.key === "label") return h("th", { scope: "row" }, r.label);
    if (c.key === "bloc") {
      const b = blocOf.get(r.id);
      return h("td", { class: "bloc-cell" }, ...(b === undefined ? [h("span", { class: "muted" }, "none")] : [blocRing(b), ` ${b}`]));
    }
    return h("td", { class: c.strong ? "num strong" : "num" }, c.format!(r));
  };

  return {
    id: "alignment",
    title: "Alignment",
    definition: "Each actor's positive and negative ties; net alignment = positive − negative.",
    body: (cols, s) => {
      const compare = cols.length > 1;
      const first = cols[0]!;
      const last = cols[cols.length - 1]!;
      const columns = alignmentColumns(cols);
      sort = sortFor(sort, columns);
      const rows = alignmentRows(cols);
      const shown = allRows ? sortRows(rows, sort) : firstRows(rows, sort, MAX_ROWS);
      const head = h(
        "tr",
        {},
        ...columns.map((c) =>
          h("th", { scope: "col", class: c.key === "label" ? "" : "num", "aria-sort": c.key === sort.key ? (sort.descending ? "descending" : "ascending") : "none" }, sortButton(c, c.key === sort.key)),
        ),
      );
      return [
        h(
          "div",
          { class: "analysis-table-scroll" },
          h(
            "table",
            { class: "analysis-table alignment-table" },
            h("caption", { class: "visually-hidden" }, compare ? `Net alignment on ${first.date} and ${last.date}` : `Alignment on ${last.date}`),
            h("thead", {}, head),
            h("tbody", {}, ...shown.map((r) => h("tr", { "data-actor": r.id, class: s.highlightActors.includes(r.id) ? "is-lit" : "" }, ...columns.map((c) => cell(c, r, last.blocs.blocOf))))),
          ),
        ),
        rows.length > shown.length
          ? h(
              "p",
              { class: "muted" },
              `${shown.length} of ${rows.length} actors, in the order above. `,
              h("button", { type: "button", class: "link", "data-focus-key": "all-rows", onclick: () => ((allRows = true), redraw()) }, `Show all ${rows.length}`),
            )
          : null,
        compare ? movedList(analysis.shift(first.date, last.date), last.date) : null,
      ];
    },
  };
}
