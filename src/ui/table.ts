/**
 * The table view: the relations of the current view (date or compare, with filters) as rows,
 * sortable by any column. It is the accessible equivalent of the canvas: every relation can be
 * reached, read and selected from the keyboard. Rows are windowed so that a view with 100,000
 * relations renders only the rows on screen.
 */
import { h, replaceChildren, announce } from "../dom/dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import { STATUS_MARK } from "../style/edgeStyle.ts";

const ROW_HEIGHT = 34;
const OVERSCAN = 10;

interface Column {
  key: string;
  label: string;
  /** What the column sorts by (and shows, unless `cell` says otherwise). */
  value: (r: Relation) => string | number;
  /** What the cell shows, when it is not the value as text. */
  cell?: (r: Relation) => Node[];
}

/** The sign as a mark and a word: "+" reads "cooperative" to a screen reader, and so on. */
const SIGN_MARKS = new Map<number, [string, string]>([
  [1, ["+", "cooperative"]],
  [-1, ["−", "adversarial"]],
  [0, ["0", "neutral"]],
]);

export function mountTable(panel: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const columns: Column[] = [
    { key: "source", label: "Source", value: (r) => label(r.source) },
    { key: "target", label: "Target", value: (r) => label(r.target) },
    { key: "type", label: "Type", value: (r) => model.relationTypes.get(r.type)?.label ?? r.type },
    {
      key: "sign",
      label: "Sign",
      value: (r) => model.relationTypes.get(r.type)?.sign ?? 0,
      cell: (r) => {
        const [mark, word] = SIGN_MARKS.get(model.relationTypes.get(r.type)?.sign ?? 0) ?? ["0", "neutral"];
        return [h("span", { "aria-hidden": "true", title: word }, mark), h("span", { class: "visually-hidden" }, word)];
      },
    },
    { key: "from", label: "From", value: (r) => r.from },
    { key: "to", label: "To", value: (r) => r.to ?? "" },
    { key: "status", label: "Change", value: (r) => { const s = view.get().visible.status?.get(r.id); return s ? STATUS_MARK[s] : ""; } },
    { key: "quote", label: "Evidence", value: (r) => r.evidence[0]?.quote ?? r.evidence[0]?.citation ?? "" },
  ];
  let sortKey = "from";
  let ascending = true;
  let rows: Relation[] = [];

  const caption = h("caption", {});
  const headRow = h("tr", {});
  const body = h("tbody", {});
  const table = h("table", { class: "relations-table" }, caption, h("thead", {}, headRow), body);
  const scroller = h("div", { class: "table-scroll", tabindex: -1 }, table);
  const closeButton = h("button", { type: "button", class: "close", "aria-label": "Close the table", onclick: () => store.dispatch({ type: "setTable", open: false }) }, "×");
  panel.append(h("header", { class: "card-header" }, h("h2", { class: "panel-heading", id: "table-heading" }, "Relations"), closeButton), scroller);
  table.setAttribute("aria-labelledby", "table-heading");

  const visibleColumns = () => columns.filter((c) => c.key !== "status" || store.getState().compare !== null);

  const renderHead = () => {
    // Rebuilding the header would drop the focus from the sort button just pressed: put it back.
    const focusedKey = headRow.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.key : undefined;
    replaceChildren(
      headRow,
      ...visibleColumns().map((c) =>
        h(
          "th",
          // The column's class on its header too: a fixed-layout table takes its widths from the first row.
          { scope: "col", class: `col-${c.key}`, "aria-sort": c.key === sortKey ? (ascending ? "ascending" : "descending") : "none" },
          h(
            "button",
            {
              type: "button",
              class: "sort",
              "data-key": c.key,
              "aria-label": `Sort by ${c.label.toLowerCase()}${c.key === sortKey && ascending ? ", descending" : ""}`,
              onclick: () => {
                ascending = c.key === sortKey ? !ascending : true;
                sortKey = c.key;
                refresh();
                announce(`Sorted by ${c.label.toLowerCase()}, ${ascending ? "ascending" : "descending"}.`);
              },
            },
            c.label,
            c.key === sortKey ? (ascending ? " ▲" : " ▼") : "",
          ),
        ),
      ),
    );
    if (focusedKey) headRow.querySelector<HTMLElement>(`button[data-key="${focusedKey}"]`)?.focus();
  };

  const renderRows = () => {
    // Rows are rebuilt (windowing, a new selection): the focus on a row's button stays on that row's.
    const focusedRow = body.contains(document.activeElement) ? document.activeElement?.closest("tr")?.dataset.relation : undefined;
    const cols = visibleColumns();
    const sel = store.getState().selection;
    const viewport = scroller.clientHeight || 400;
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows.length, first + Math.ceil(viewport / ROW_HEIGHT) + 2 * OVERSCAN);
    const spacer = (n: number) => {
      const tr = h("tr", { class: "spacer", "aria-hidden": "true" });
      tr.style.height = `${n * ROW_HEIGHT}px`;
      return tr;
    };
    const trs = rows.slice(first, last).map((r, k) => {
      const selected = sel?.kind === "relation" && sel.id === r.id;
      const pick = () => {
        store.dispatch({ type: "select", selection: { kind: "relation", id: r.id } });
        // The focus stays on the row (the next row is one arrow away); the card is announced.
        announce(`Details shown: ${label(r.source)} – ${label(r.target)}, ${columns[2]!.value(r)}, from ${r.from}.`);
      };
      return h(
        "tr",
        { "aria-selected": String(selected), "data-relation": r.id, "aria-rowindex": first + k + 2, class: selected ? "selected" : "" },
        ...cols.map((c, i) => {
          const text = String(c.value(r));
          if (i === 0) return h("th", { scope: "row" }, h("button", { type: "button", class: "link", "aria-label": `Show ${label(r.source)} – ${label(r.target)}, ${columns[2]!.value(r)}, from ${r.from}`, onclick: pick }, text));
          return h("td", { class: `col-${c.key}`, title: c.key === "quote" ? text : null }, ...(c.cell ? c.cell(r) : [text]));
        }),
      );
    });
    replaceChildren(body, first > 0 ? spacer(first) : null, ...trs, last < rows.length ? spacer(rows.length - last) : null);
    table.setAttribute("aria-rowcount", String(rows.length + 1));
    if (focusedRow !== undefined) body.querySelector<HTMLElement>(`tr[data-relation="${CSS.escape(focusedRow)}"] button`)?.focus();
  };

  const refresh = () => {
    const col = columns.find((c) => c.key === sortKey) ?? columns[0]!;
    const keyed = view.get().visible.relations.map((r) => ({ r, v: col.value(r) }));
    keyed.sort((a, b) => {
      const d = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return (ascending ? d : -d) || (a.r.id < b.r.id ? -1 : 1);
    });
    rows = keyed.map((k) => k.r);
    const s = store.getState();
    replaceChildren(
      caption,
      `${rows.length} relation${rows.length === 1 ? "" : "s"} ${s.compare ? `on ${s.compare.a} or ${s.compare.b}` : `active on ${s.date}`}, after filters`,
      // Shown on a narrow screen only (styles.css), where the table is wider than its sheet and
      // nothing else says the evidence lies to the right.
      // (A visual hint: hidden from screen readers, which read the table's columns whole.)
      h("span", { class: "scroll-hint", "aria-hidden": "true" }, "The evidence is to the right: scroll sideways."),
    );
    renderHead();
    renderRows();
  };

  scroller.addEventListener("scroll", () => requestAnimationFrame(renderRows), { passive: true });
  const sync = (s: Derived, prev?: Derived) => {
    panel.hidden = !s.table;
    if (!s.table) return;
    if (!prev || !prev.table || s.visible !== prev.visible) refresh();
    else if (s.selection !== prev.selection) renderRows();
  };
  sync(view.get());
  return view.select(["table", "visible", "selection"], sync);
}
