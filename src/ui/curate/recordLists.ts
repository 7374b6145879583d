/**
 * Relation types, periods and events, editable from the workspace. One generic list renders the
 * first two from descriptors (the fields each record has, how a field is typed), in the manner of
 * Gephi Lite's descriptor-driven forms: a record's fields, Save and Delete; and a form to add one.
 */
import { h } from "../../dom/dom.ts";
import { anyChange, type Command } from "../../model/edit/commands.ts";
import type { ModelChange } from "../../model/edit/updateModel.ts";
import { RELATION_TYPE_PALETTE, suggestId } from "../../model/edit/template.ts";
import { field, select, textInput, type Field } from "./forms.ts";
import { perform, reasons, type CurateContext } from "./context.ts";
import { performPlanned } from "./recordActions.ts";
import type { Passage } from "./readingPane.ts";
import { createEventList } from "./eventList.ts";

type Kind = "relationTypes" | "periods";
type Value = string | boolean;

interface FieldSpec {
  key: string;
  label: string;
  input: "text" | "date" | "sign" | "directed" | "color";
  optional?: boolean;
}

interface Spec {
  collection: Kind;
  title: string;
  singular: string;
  fields: FieldSpec[];
  update(id: string, changes: Record<string, unknown>): Command;
  remove(id: string): Command;
  /** The record to add from the add form's values, or the reason it cannot be added yet. */
  add(values: Map<string, Value>, ctx: CurateContext, passage: Passage | null): { command: Command } | { problem: string };
}

/** Records shown at a time in one list. */
const SHOWN = 100;

const SIGNS = [
  ["1", "+1 cooperative"],
  ["0", "0 neutral"],
  ["-1", "−1 adversarial"],
] as const;

const parse = (spec: FieldSpec, v: Value): unknown => (spec.input === "sign" ? Number(v) : spec.input === "directed" ? v === true : typeof v === "string" ? v.trim() : v);
const taken = (ctx: CurateContext, c: Kind) => new Set((ctx.model.dataset[c] as Array<{ id: string }>).map((r) => r.id));

const SPECS: Spec[] = [
  {
    collection: "relationTypes",
    title: "Relation types",
    singular: "relation type",
    fields: [
      { key: "label", label: "Label", input: "text" },
      { key: "sign", label: "Sign", input: "sign" },
      { key: "directed", label: "Directed (source → target)", input: "directed" },
      { key: "color", label: "Colour", input: "color" },
    ],
    update: (id, changes) => ({ kind: "updateRelationType", id, changes }),
    remove: (id) => ({ kind: "removeRelationType", id }),
    add: (v, ctx) => {
      const label = String(v.get("label") ?? "").trim();
      return { command: { kind: "addRelationType", relationType: { id: suggestId(label || "type", taken(ctx, "relationTypes")), label, sign: Number(v.get("sign")) as -1 | 0 | 1, directed: v.get("directed") === true, color: String(v.get("color")) } } };
    },
  },
  {
    collection: "periods",
    title: "Periods",
    singular: "period",
    fields: [
      { key: "label", label: "Label", input: "text" },
      { key: "date", label: "Date (YYYY-MM-DD)", input: "date" },
    ],
    update: (id, changes) => ({ kind: "updatePeriod", id, changes }),
    remove: (id) => ({ kind: "removePeriod", id }),
    add: (v, ctx) => {
      const label = String(v.get("label") ?? "").trim();
      return { command: { kind: "addPeriod", period: { id: suggestId(label || "period", taken(ctx, "periods")), label, date: String(v.get("date") ?? "").trim() } } };
    },
  },
];

function control(spec: FieldSpec, value: unknown): HTMLInputElement | HTMLSelectElement {
  switch (spec.input) {
    case "sign":
      return select(SIGNS, String(value ?? 1));
    case "directed":
      return h("input", { type: "checkbox", ...(value === true ? { checked: true } : {}) });
    case "color": {
      const v = String(value ?? RELATION_TYPE_PALETTE[0]!.color);
      const options = RELATION_TYPE_PALETTE.map((p) => [p.color, `${p.name} (${p.color})`] as const);
      return select(options.some(([c]) => c.toLowerCase() === v.toLowerCase()) ? options : [[v, `Custom (${v})`] as const, ...options], RELATION_TYPE_PALETTE.find((p) => p.color.toLowerCase() === v.toLowerCase())?.color ?? v);
    }
    default:
      return textInput({ value: String(value ?? ""), ...(spec.input === "date" ? { placeholder: "YYYY-MM-DD", inputmode: "numeric" } : {}) });
  }
}

const valueOf = (c: HTMLInputElement | HTMLSelectElement): Value => (c instanceof HTMLInputElement && c.type === "checkbox" ? c.checked : c.value);

/** The three lists; `refresh` after an edit re-renders those it touched (open records stay open). */
/** The lists, and `focus(collection, id)`: a record opened and its edit control focused (a problem's link). */
export function createRecordLists(ctx: CurateContext, passage: () => Passage | null): { element: HTMLElement; refresh(change: ModelChange | null): void; focus(collection: "relationTypes" | "periods" | "events", id: string): void } {
  const sections = SPECS.map((spec) => {
    const list = h("div", { class: "record-list" });
    const addForm = h("form", { class: "curate-form record-add", novalidate: true });
    const find = field(`Find ${spec.title.toLowerCase()} by label or id`, textInput({ type: "search" }));
    const more = h("p", { class: "field-hint", "aria-live": "polite" });
    // Rendered only while the section is open, at most SHOWN at a time: a dataset may hold
    // thousands of events, and a form for each would hold up the page.
    // Stale: an edit came while the section was closed. Opening it draws the list only then, so a
    // record opened and focused by `focus` is not drawn away under the focus by the toggle event.
    let stale = true;
    const render = () => {
      if (!element.open) return void (stale = true);
      stale = false;
      const open = new Set([...list.querySelectorAll<HTMLDetailsElement>("details[open]")].map((d) => d.dataset.id));
      const q = find.control.value.trim().toLowerCase();
      const records = (ctx.model.dataset[spec.collection] as Array<{ id: string; label: string } & Record<string, unknown>>).filter((r) => q === "" || r.id.toLowerCase().includes(q) || r.label.toLowerCase().includes(q));
      list.replaceChildren(...records.slice(0, SHOWN).map((r) => recordEditor(spec, r, open.has(r.id))));
      more.textContent = records.length > SHOWN ? `Showing ${SHOWN} of ${records.length}: type in Find to narrow them.` : "";
    };
    find.control.addEventListener("input", render);
    const recordEditor = (spec: Spec, r: { id: string; label: string } & Record<string, unknown>, open: boolean) => {
      const fields = spec.fields.map((f) => ({ spec: f, field: field(f.label, control(f, r[f.key])) }));
      const problems = h("ul", { class: "form-problems", "aria-live": "polite" });
      const form = h(
        "form",
        { class: "curate-form", novalidate: true },
        ...fields.map((f) => f.field.element),
        problems,
        h(
          "div",
          { class: "curate-actions" },
          h("button", { type: "submit", class: "tool primary" }, `Save ${spec.singular}`),
          h("button", { type: "button", class: "tool danger", onclick: (e: Event) => void performPlanned(ctx, spec.remove(r.id), e.currentTarget as HTMLElement, "Delete") }, `Delete ${spec.singular}`),
        ),
      );
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const changes: Record<string, unknown> = {};
        for (const { spec: f, field: fl } of fields) {
          const next = parse(f, valueOf(fl.control));
          const before = r[f.key];
          if (f.optional && next === "") {
            if (before !== undefined) changes[f.key] = null;
          } else if (next !== before) changes[f.key] = next;
        }
        if (Object.keys(changes).length === 0) return problems.replaceChildren(h("li", {}, "Nothing changed."));
        const out = perform(ctx, spec.update(r.id, changes));
        problems.replaceChildren(...(out.ok ? [] : reasons(out.errors).map((m) => h("li", {}, m))));
      });
      return h("details", { "data-id": r.id, ...(open ? { open: true } : {}) }, h("summary", {}, `${r.label} (${r.id})`), form);
    };
    const addFields = spec.fields.map((f) => ({ spec: f, field: field(`New ${spec.singular}: ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}`, control(f, undefined)) }));
    const addProblems = h("ul", { class: "form-problems", "aria-live": "polite" });
    addForm.append(...addFields.map((f) => f.field.element), addProblems, h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool" }, `Add ${spec.singular}`)));
    addForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const made = spec.add(new Map(addFields.map(({ spec: f, field: fl }) => [f.key, valueOf(fl.control)])), ctx, passage());
      if ("problem" in made) return addProblems.replaceChildren(h("li", {}, made.problem));
      const out = perform(ctx, made.command);
      addProblems.replaceChildren(...(out.ok ? [] : reasons(out.errors).map((m) => h("li", {}, m))));
      if (out.ok) for (const { field: fl } of addFields) if (fl.control instanceof HTMLInputElement && fl.control.type !== "checkbox") fl.control.value = "";
    });
    const element = h("details", { class: "curate-section" }, h("summary", {}, spec.title), find.element, more, list, addForm);
    element.addEventListener("toggle", () => stale && render());
    /** The record opened in its section (listed even past the Find box or the cut-off), scrolled to and its first field focused. */
    const focus = (id: string) => {
      const records = ctx.model.dataset[spec.collection] as Array<{ id: string }>;
      const q = find.control.value.trim().toLowerCase();
      if ((q && !id.toLowerCase().includes(q)) || !records.slice(0, SHOWN).some((r) => r.id === id)) find.control.value = id;
      element.open = true;
      render();
      const record = list.querySelector<HTMLDetailsElement>(`details[data-id="${CSS.escape(id)}"]`);
      if (!record) return;
      record.open = true;
      record.scrollIntoView({ block: "nearest" });
      record.querySelector<HTMLElement>("input, select, textarea")?.focus();
    };
    return { spec, render, element, focus };
  });
  const events = createEventList(ctx, passage);
  return {
    element: h("div", { class: "record-lists" }, ...sections.map((s) => s.element), events.element),
    focus(collection, id) {
      if (collection === "events") events.focus(id);
      else sections.find((s) => s.spec.collection === collection)?.focus(id);
    },
    refresh(change) {
      for (const s of sections) {
        const c = change?.[s.spec.collection];
        if (!change || (c && anyChange(c))) s.render();
      }
      const c = change?.events;
      if (!change || (c && anyChange(c))) events.render();
    },
  };
}

export type { Field };
