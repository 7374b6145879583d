/**
 * The event form: a new event (with or without a passage selected in the reading pane) or an
 * existing one edited — label, dates, description, the actors involved and its evidence (at least
 * one quote, as the format requires), each checked as typed with the validator's own rules. Save
 * is one undo step; `deleteEvent` says what goes with an event before it goes.
 */
import { h } from "../../dom/dom.ts";
import type { Evidence, StanceEvent } from "../../model/schema.ts";
import type { Changes } from "../../model/edit/commands.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { suggestId } from "../../model/edit/template.ts";
import { short } from "../../model/edit/describe.ts";
import { confirmDialog, field, openDialog, select, showProblems, textInput, type Field } from "./forms.ts";
import { perform, reasons, type CurateContext } from "./context.ts";
import type { Passage } from "./readingPane.ts";

/**
 * Opens the event form; once the event is added or changed, `saved` gets its id and names what
 * takes the focus (the opener when it names nothing).
 */
export function openEventForm(ctx: CurateContext, opener: HTMLElement | null, passage: Passage | null, editing?: StanceEvent, saved?: (id: string) => HTMLElement | null): void {
  const d = () => ctx.model.dataset;
  const dialog = openDialog(editing ? `Edit event: ${editing.label}` : "New event", opener, { className: "event-form" });
  const label = field("Label", textInput({ value: editing?.label ?? "" }));
  const date = field("Date (YYYY-MM-DD)", textInput({ value: editing?.date ?? "", placeholder: "YYYY-MM-DD", inputmode: "numeric" }));
  const end = field("Last day (optional, YYYY-MM-DD)", textInput({ value: editing?.end ?? "", placeholder: "same day", inputmode: "numeric" }), "For an event of several days; the last day is included.");
  const description = field("Description (optional)", h("textarea", { rows: 2 }));
  description.control.value = editing?.description ?? "";
  const actorList = h("select", { multiple: true, size: 6 }, ...[...d().actors].sort((a, b) => a.label.localeCompare(b.label)).map((a) => h("option", { value: a.id, ...(editing?.actors.includes(a.id) ? { selected: true } : {}) }, a.label)));
  const actors = field("Actors involved", actorList, "Choose several with Ctrl (⌘ on a Mac) or Shift and the arrow keys.");

  // Evidence: the pieces kept (removable), and one more from a source (the selected passage by default).
  const evidence: Evidence[] = [...(editing?.evidence ?? [])];
  const evidenceList = h("ul", { class: "form-evidence", "aria-label": "Evidence" });
  const withText = d().sources.filter((s) => s.text !== undefined || s.file !== undefined);
  const source = field("New evidence: source", select(withText.map((s) => [s.id, s.title] as const), passage?.sourceId ?? withText[0]?.id ?? ""), withText.length === 0 ? "Add a source first: an event needs a quote from one." : undefined);
  const quote = field("New evidence: quote (verbatim from the source)", h("textarea", { rows: 2 }), passage ? "The passage selected in the reading pane." : "Select a passage in the reading pane first, or paste the words exactly as the source has them.");
  quote.control.value = editing ? "" : (passage?.quote ?? "");
  const sourceTitle = (id: string) => d().sources.find((s) => s.id === id)?.title ?? id;
  const renderEvidence = () =>
    evidenceList.replaceChildren(
      ...(evidence.length === 0 ? [h("li", { class: "empty" }, "No evidence yet: the quote below is added on Save.")] : []),
      ...evidence.map((ev, k) =>
        h(
          "li",
          {},
          `“${short(ev.quote ?? ev.citation ?? "")}” — ${sourceTitle(ev.source)} `,
          h("button", { type: "button", class: "tool small", "aria-label": `Remove evidence ${k + 1}`, onclick: () => (evidence.splice(k, 1), renderEvidence(), check()) }, "Remove"),
        ),
      ),
    );
  /** The quote typed below, as evidence (with the passage's offsets when it is the passage). */
  const pending = (): Evidence | null => {
    const q = quote.control.value;
    if (q.trim() === "" || !source.control.value) return null;
    const ev: Evidence = { source: source.control.value, quote: q };
    if (passage && passage.sourceId === ev.source && passage.quote === q) Object.assign(ev, { start: passage.start, end: passage.end });
    return ev;
  };
  const addEvidence = h("button", { type: "button", class: "tool", onclick: () => {
    const ev = pending();
    if (!ev) return quote.problems(["Type or select the quote first."]);
    evidence.push(ev);
    quote.control.value = "";
    renderEvidence();
    check();
  } }, "Add this evidence");

  const rest = h("ul", { class: "form-problems", "aria-live": "polite" });
  const fields = new Map<string, Field>([
    ["label", label],
    ["date", date],
    ["end", end],
    ["description", description],
    ["actors", actors],
    ["evidence", quote],
  ]);
  const touched = new Set<string>();
  const draft = (): StanceEvent => {
    const taken = new Set(d().events.map((e) => e.id));
    const extra = pending();
    const e: StanceEvent = {
      id: editing?.id ?? suggestId(label.control.value || "event", taken),
      label: label.control.value.trim(),
      date: date.control.value.trim(),
      actors: [...actorList.selectedOptions].map((o) => o.value),
      evidence: extra ? [...evidence, extra] : [...evidence],
    };
    if (end.control.value.trim()) e.end = end.control.value.trim();
    if (description.control.value.trim()) e.description = description.control.value.trim();
    return e;
  };
  const check = () => {
    const issues = new Map<string, string[]>();
    for (const [k, v] of draftIssues(d(), "events", draft(), editing ? { replacing: editing.id } : {})) {
      // Problems of one piece of evidence or one actor show under the evidence or actors field.
      const key = k.startsWith("evidence") ? "evidence" : k.startsWith("actors") ? "actors" : k;
      if (key === "id") continue;
      issues.set(key, [...(issues.get(key) ?? []), ...v]);
    }
    showProblems(fields, rest, issues, touched);
    return issues;
  };
  for (const [name, f] of fields) f.control.addEventListener("input", () => (touched.add(name), check()));
  source.control.addEventListener("input", () => (touched.add("evidence"), check()));
  renderEvidence();

  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    label.element,
    date.element,
    end.element,
    description.element,
    actors.element,
    h("fieldset", { class: "event-evidence" }, h("legend", {}, "Evidence (at least one)"), evidenceList, source.element, quote.element, addEvidence),
    rest,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, editing ? "Save event" : "Add event"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of fields.keys()) touched.add(k);
    if (check().size > 0) return;
    const next = draft();
    let out;
    if (!editing) out = perform(ctx, { kind: "addEvent", event: next });
    else {
      const changes: Changes<StanceEvent> = {};
      for (const k of ["label", "date", "end", "description", "actors", "evidence"] as const) {
        if (JSON.stringify(editing[k] ?? null) !== JSON.stringify(next[k] ?? null)) (changes as Record<string, unknown>)[k] = next[k] ?? null;
      }
      if (Object.keys(changes).length === 0) return rest.replaceChildren(h("li", {}, "Nothing changed."));
      out = perform(ctx, { kind: "updateEvent", id: editing.id, changes });
    }
    if (!out.ok) return rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    // Closed first (the page is inert while it is open; the focus back on the opener), then the focus goes where `saved` says.
    dialog.close();
    saved?.(next.id)?.focus();
  });
  dialog.body.append(form);
  label.control.focus();
}

/** Deletes an event after saying what goes with it (its evidence; nothing else refers to an event). One undo step. */
export async function deleteEvent(ctx: CurateContext, id: string, opener: HTMLElement): Promise<boolean> {
  const e = ctx.model.dataset.events.find((x) => x.id === id);
  if (!e) return false;
  const n = e.evidence.length;
  const lines = [
    `It leaves the timeline (${e.date}${e.end ? ` to ${e.end}` : ""}), with its ${n} piece${n === 1 ? "" : "s"} of evidence.`,
    "No actor, relation or source changes. Undo brings it back.",
  ];
  if (!(await confirmDialog(opener, `Delete event ${short(e.label)}?`, lines, "Delete"))) return false;
  const out = perform(ctx, { kind: "removeEvent", id });
  if (!out.ok) await confirmDialog(opener, "This edit was refused", reasons(out.errors), "OK");
  return out.ok;
}
