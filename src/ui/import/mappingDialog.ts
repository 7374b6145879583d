/**
 * The mapping step for another tool's graph (GEXF, GraphML, CSV): which attribute is the relation
 * type, the sign, the first day and the end, the note, the evidence, and the actors' label, kind
 * and Wikidata id, with the guesses filled in. Every change asks the load worker for a preview:
 * the first rows as they will be read, and every problem of the whole file by row and column.
 * "Apply and open" is offered only when there is none. Resolves with the choice, or null.
 */
import { h, replaceChildren } from "../../dom/dom.ts";
import type { DayOrder, GraphMapping, MappingField } from "../../io/convert/mapping.ts";
import type { MappingChoice, MappingPreview, MappingSetup, PreviewRow } from "../../io/convert/mappingSession.ts";
import type { MappingQuestion } from "../../app/loadProtocol.ts";
import { clip } from "../../model/echo.ts";
import { field, select, stepDialog } from "./stepDialog.ts";
import { counted } from "../../model/counted.ts";

/** The fields of the mapping, as descriptors: what each is called and what "none" means for it. */
const EDGE_FIELDS: Array<{ key: MappingField; label: string; none: (s: MappingSetup) => string }> = [
  { key: "type", label: "Relation type", none: () => "none: types from the sign" },
  { key: "sign", label: "Sign (+, −, 0)", none: () => "none: from the type's name" },
  { key: "from", label: "First day (from)", none: (s) => (s.edgesWithTime > 0 ? "none: the file's own time" : "none") },
  { key: "to", label: "End (to)", none: (s) => (s.edgesWithTime > 0 ? "none: the file's own time" : "none: ongoing") },
  { key: "label", label: "Note", none: () => "none" },
  { key: "evidence", label: "Evidence (quote or citation)", none: () => "none: cite the file" },
];
const NODE_FIELDS: Array<{ key: MappingField; label: string; none: (s: MappingSetup) => string }> = [
  { key: "nodeLabel", label: "Actor label", none: () => "none: the node's own label or id" },
  { key: "nodeKind", label: "Actor kind", none: () => "none: countries are states, others non-state" },
  { key: "wikidata", label: "Wikidata id", none: () => "none" },
];
const DAY_ORDERS: Array<[string, string]> = [
  ["", "— not said —"],
  ["day-first", "Day first (31/12/2023)"],
  ["month-first", "Month first (12/31/2023)"],
];

function dayOrderHint(guessed: DayOrder | undefined): string {
  const told = guessed === undefined ? "" : ` Guessed from the file's date columns as first mapped: ${guessed === "day-first" ? "day" : "month"} first.`;
  return `How to read a day like 10/11/2020 (not said: only days whose day cannot be the month, like 31/12/2023).${told}`;
}
const FORMAT_NAMES = { gexf: "GEXF graph", graphml: "GraphML graph", csv: "CSV edge list" } as const;
const NONE = "-1";

/** Asks for the mapping; `preview` asks the worker how a choice reads the file. */
export function askMapping(q: MappingQuestion, preview: (choice: MappingChoice) => Promise<MappingPreview>): Promise<MappingChoice | { sheet: string } | null> {
  return new Promise((resolve) => {
    const { setup } = q;
    const settle = (choice: MappingChoice | { sheet: string } | null) => {
      step.remove();
      resolve(choice);
    };
    const step = stepDialog({
      className: "mapping-step",
      title: `Map “${setup.fileName}” to relations`,
      intro: introText(setup),
      cancelText: "Cancel (keep the graph on screen)",
      onCancel: () => settle(null),
    });

    // Edge attributes: a CSV offers every column (the ends are columns too); node attributes.
    const edgeNames = setup.columns ?? setup.attributes.edge;
    const nodeNames = setup.attributes.node;
    const selectFor = (names: string[], none: string | null, value: string | undefined) =>
      select([...(none === null ? [] : ([[NONE, `— ${none} —`]] as Array<[string, string]>)), ...names.map((n, i): [string, string] => [String(i), n])], value === undefined ? NONE : String(names.indexOf(value)));
    const guess = setup.choice;
    const ends = setup.columns
      ? { source: selectFor(setup.columns, null, guess.sourceColumn), target: selectFor(setup.columns, null, guess.targetColumn) }
      : null;
    const edgeSelects = EDGE_FIELDS.map((f) => ({ ...f, el: selectFor(edgeNames, f.none(setup), guess.mapping[f.key]) }));
    const nodeSelects = NODE_FIELDS.map((f) => ({ ...f, el: selectFor(nodeNames, f.none(setup), guess.mapping[f.key]) }));
    const inclusive = h("input", { type: "checkbox", ...(guess.mapping.toInclusive ? { checked: true } : {}) });
    const defaultFrom = h("input", { type: "date", value: guess.mapping.defaultFrom ?? "" });
    // How days written with slashes read where the day could be the month (10/11/2020); the
    // guess comes from the file's days that can be read only one way.
    const dayOrder = select(DAY_ORDERS, guess.mapping.dayOrder ?? "");
    // A workbook with several tables: another sheet is read as the edge list instead (the worker
    // reads it and asks again, with this dialog's successor).
    // Read on the button, not on each change: arrow keys on a closed select change it one step at a time.
    const sheets = q.sheets;
    const sheetSelect = sheets ? select(sheets.names.map((n, i): [string, string] => [String(i), n]), String(sheets.names.indexOf(sheets.chosen))) : null;
    sheetSelect?.addEventListener("change", (e) => e.stopPropagation());
    const readSheet = sheetSelect
      ? h("button", { type: "button", class: "tool", onclick: () => sheets!.names[Number(sheetSelect.value)] !== sheets!.chosen && settle({ sheet: sheets!.names[Number(sheetSelect.value)]! }) }, "Read this sheet")
      : null;

    const choice = (): MappingChoice => {
      const mapping: GraphMapping = {};
      for (const s of edgeSelects) if (s.el.value !== NONE) mapping[s.key] = edgeNames[Number(s.el.value)];
      for (const s of nodeSelects) if (s.el.value !== NONE) mapping[s.key] = nodeNames[Number(s.el.value)];
      if (inclusive.checked) mapping.toInclusive = true;
      if (defaultFrom.value) mapping.defaultFrom = defaultFrom.value;
      if (dayOrder.value) mapping.dayOrder = dayOrder.value as DayOrder;
      return { mapping, ...(ends ? { sourceColumn: setup.columns![Number(ends.source.value)]!, targetColumn: setup.columns![Number(ends.target.value)]! } : {}) };
    };

    const status = h("p", { class: "mapping-status", role: "status", "aria-live": "polite" });
    const problems = h("ul", { class: "import-error-list mapping-problems", "aria-label": "Problems" });
    const table = h("table", { class: "mapping-preview" });
    const apply = h("button", { type: "submit", class: "tool primary", disabled: true }, "Apply and open");

    // Only the answer to the latest change counts: an older preview arriving late is dropped.
    let latest = 0;
    let ready = false;
    const show = (p: MappingPreview) => {
      renderPreview(table, p.rows);
      replaceChildren(problems, ...p.problems.map((text) => h("li", {}, text)), p.problemCount > p.problems.length ? h("li", {}, `… and ${p.problemCount - p.problems.length} more.`) : null);
      problems.hidden = p.problemCount === 0;
      ready = p.problemCount === 0;
      apply.disabled = !ready;
      status.textContent = ready
        ? `Ready: ${counted(p.actors, "actor")}, ${counted(p.relations, "relation")}.`
        : `${p.problemCount === 1 ? "1 problem" : `${p.problemCount} problems`}: nothing is opened until ${p.problemCount === 1 ? "it is" : "they are"} fixed. Change the mapping, or fix the file and open it again.`;
    };
    const refresh = async () => {
      const mine = ++latest;
      ready = false;
      apply.disabled = true;
      status.textContent = `Checking all ${setup.edges.toLocaleString("en")} ${setup.format === "csv" ? "rows" : "edges"}…`;
      const p = await preview(choice());
      if (mine === latest) show(p);
    };
    step.form.addEventListener("change", () => void refresh());
    step.form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (ready) settle(choice());
    });

    const row = (label: string, el: HTMLSelectElement | HTMLInputElement, hint?: string) => field(label, el, hint).row;
    step.actions.append(apply);
    step.form.append(
      ...(sheetSelect && readSheet ? [h("div", { class: "mapping-sheet" }, row("Sheet read as the relations", sheetSelect, "The workbook's sheets that hold a table; choose another and read it instead (the mapping is guessed again)."), readSheet)] : []),
      h(
        "div",
        { class: "mapping-fields" },
        h(
          "fieldset",
          { class: "field-group" },
          h("legend", {}, setup.format === "csv" ? "Relations (one a row)" : "Relations (one an edge)"),
          ends ? row("One end (actor id)", ends.source) : null,
          ends ? row("Other end (actor id)", ends.target) : null,
          ...edgeSelects.slice(0, 4).map((s) => row(s.label, s.el)),
          row("Days written with slashes", dayOrder, dayOrderHint(guess.mapping.dayOrder)),
          h("label", { class: "choice" }, inclusive, " The end is the last day held (inclusive), not the first day after"),
          row("First day for edges with no date", defaultFrom, "used where the file gives none"),
          ...edgeSelects.slice(4).map((s) => row(s.label, s.el, s.key === "evidence" ? "without it, each relation cites the file, marked as such" : undefined)),
        ),
        h(
          "fieldset",
          { class: "field-group" },
          h("legend", {}, "Actors (nodes)"),
          ...(nodeNames.length > 0
            ? nodeSelects.map((s) => row(s.label, s.el))
            : [
                h(
                  "p",
                  { class: "field-hint" },
                  setup.sheet
                    ? "No actors sheet: actors are the ids in the end columns. To give them labels, kinds and Wikidata ids, add a sheet named Actors to the workbook."
                    : setup.format === "csv"
                      ? "No actors CSV: actors are the ids in the end columns. To give them labels, kinds and Wikidata ids, select an actors CSV together with the edge list."
                      : "The file gives its nodes no attributes: their labels (or ids) are used.",
                ),
              ]),
        ),
      ),
      h("h3", {}, "Preview"),
      status,
      problems,
      h("div", { class: "mapping-table-wrap" }, table),
      step.actions,
    );
    show(q.preview);
    step.open();
  });
}

function introText(s: MappingSetup): string {
  const what = `${s.sheet ? `${s.sheet} sheet` : FORMAT_NAMES[s.format]}, ${counted(s.edges, s.format === "csv" ? "row" : "edge")}${s.format === "csv" ? "" : ` between ${counted(s.nodes, "node")}`}`;
  const actors = s.actorsFileName ? `, with ${counted(s.nodes, "actor")} from “${s.actorsFileName}”` : "";
  return `${what}${actors}. Say which ${s.format === "csv" ? "column" : "attribute"} holds what; the guesses are filled in. Nothing changes on screen until you apply.`;
}

const SIGN_TEXT = { 1: "+1", 0: "0", [-1]: "−1" } as const;

/** The preview table: the first rows as they will be read, each cell at most ECHO_LIMIT characters (a quote may be long). */
function renderPreview(table: HTMLTableElement, rows: PreviewRow[]): void {
  const head = ["Row", "One end", "Other end", "Type", "Sign", "From", "To", "Note", "Evidence"];
  const cells = (r: PreviewRow) => [
    r.where,
    r.sourceLabel === r.source ? r.source : `${r.sourceLabel} (${r.source})`,
    r.targetLabel === r.target ? r.target : `${r.targetLabel} (${r.target})`,
    r.type || "(empty)",
    r.sign === null ? "from the type" : SIGN_TEXT[r.sign],
    r.from ?? "no date",
    r.to ?? "ongoing",
    r.note ?? "",
    r.evidence ?? "cites the file",
  ];
  replaceChildren(
    table,
    h("caption", {}, rows.length > 0 ? `The first ${rows.length === 1 ? "row" : `${rows.length} rows`} as they will be read` : "No rows to preview"),
    h("thead", {}, h("tr", {}, ...head.map((t) => h("th", { scope: "col" }, t)))),
    // A cell's text in a block of its own, which a phone's narrow layout bounds (import.css).
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...cells(r).map((c, i) => (i === 0 ? h("th", { scope: "row" }, clip(c)) : h("td", {}, h("span", { class: "cell" }, clip(c)))))))),
  );
}
