/**
 * Editing where a record is shown: the buttons under an actor's or a relation's card in the
 * details panel (Edit, Delete, Merge, Record a change), and the dialogs they open. A delete or a
 * merge says what goes with it (the engine's `plan`) and asks before it is done.
 */
import { h } from "../../dom/dom.ts";
import type { Evidence } from "../../model/schema.ts";
import type { Command } from "../../model/edit/commands.ts";
import { plan } from "../../model/edit/apply.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { newRelationId } from "../../app/curation.ts";
import { confirmDialog, field, openDialog, select, textInput, type Field } from "./forms.ts";
import { openActorForm } from "./actorForm.ts";
import { openRelationEditor } from "./relationForm.ts";
import { perform, reasons, type CurateContext } from "./context.ts";
import type { Passage } from "./readingPane.ts";

/** Carries out a command that may take more with it: planned, confirmed, then performed. */
export async function performPlanned(ctx: CurateContext, command: Command, opener: HTMLElement, confirmLabel: string): Promise<void> {
  const p = plan(ctx.model.dataset, command);
  if (p.errors.length > 0) {
    await confirmDialog(opener, "This cannot be done", reasons(p.errors), "OK");
    return;
  }
  if (p.needsConfirmation || command.kind === "removeRelation") {
    const ok = await confirmDialog(opener, `${p.label}?`, p.consequences.length ? p.consequences : ["Nothing else changes."], confirmLabel);
    if (!ok) return;
  }
  const out = perform(ctx, p.command);
  if (!out.ok) await confirmDialog(opener, "This edit was refused", reasons(out.errors), "OK");
  else if (command.kind === "removeActor" || command.kind === "removeRelation") ctx.store.dispatch({ type: "select", selection: null });
  else if (command.kind === "mergeActors") ctx.store.dispatch({ type: "select", selection: { kind: "actor", id: command.into } });
}

/** The buttons under an actor's card. */
export function actorActions(ctx: CurateContext, id: string): HTMLElement | null {
  const actor = ctx.model.actors.get(id);
  if (!actor) return null;
  return h(
    "div",
    { class: "record-actions", role: "group", "aria-label": `Edit ${actor.label}` },
    h(
      "button",
      {
        type: "button",
        class: "tool",
        onclick: (e: Event) =>
          openActorForm(e.currentTarget as HTMLElement, {
            actor,
            dataset: () => ctx.model.dataset,
            save: (next) => {
              const changes: Record<string, unknown> = {};
              for (const k of ["label", "kind", "aliases", "wikidata", "iso3", "description"] as const) if (JSON.stringify(actor[k] ?? null) !== JSON.stringify(next[k] ?? null)) changes[k] = next[k] ?? null;
              const out = perform(ctx, { kind: "updateActor", id, changes });
              return out.ok ? null : reasons(out.errors);
            },
          }),
      },
      "Edit actor",
    ),
    h("button", { type: "button", class: "tool", onclick: (e: Event) => openMerge(ctx, id, e.currentTarget as HTMLElement) }, "Merge into…"),
    h("button", { type: "button", class: "tool danger", onclick: (e: Event) => void performPlanned(ctx, { kind: "removeActor", id }, e.currentTarget as HTMLElement, "Delete") }, "Delete actor"),
  );
}

/** The buttons under a relation's card. */
export function relationActions(ctx: CurateContext, id: string, passage: () => Passage | null): HTMLElement | null {
  const r = ctx.model.relations.get(id);
  if (!r) return null;
  return h(
    "div",
    { class: "record-actions", role: "group", "aria-label": "Edit this relation" },
    h("button", { type: "button", class: "tool", onclick: (e: Event) => openRelationEditor(ctx, id, e.currentTarget as HTMLElement) }, "Edit relation"),
    h("button", { type: "button", class: "tool", onclick: (e: Event) => openChangeForm(ctx, id, passage(), e.currentTarget as HTMLElement) }, "Record a change"),
    h("button", { type: "button", class: "tool danger", onclick: (e: Event) => void performPlanned(ctx, { kind: "removeRelation", id }, e.currentTarget as HTMLElement, "Delete") }, "Delete relation"),
  );
}

/** Merge an actor into another: the other chosen, the consequences confirmed. */
function openMerge(ctx: CurateContext, from: string, opener: HTMLElement): void {
  const name = ctx.model.actors.get(from)?.label ?? from;
  const dialog = openDialog(`Merge ${name} into…`, opener);
  const others = ctx.model.dataset.actors.filter((a) => a.id !== from).sort((a, b) => a.label.localeCompare(b.label));
  const into = field("Keep this actor", select(others.map((a) => [a.id, a.label] as const)), `${name}'s relations, events, names and Wikidata ids move to it; ${name} goes.`);
  const form = h("form", { class: "curate-form" }, into.element, h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, "Merge…"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const target = into.control.value;
    dialog.close();
    if (target) void performPlanned(ctx, { kind: "mergeActors", from, into: target }, opener, "Merge");
  });
  dialog.body.append(form);
  into.control.focus();
}

/**
 * Record a change of stance: the relation ends at a date and a new one of another type starts
 * from it (the two meet at the turn), with its own evidence: the passage selected in the reading
 * pane, or a quote typed from one of the sources.
 */
export function openChangeForm(ctx: CurateContext, relationId: string, passage: Passage | null, opener: HTMLElement | null): void {
  const r = ctx.model.relations.get(relationId);
  if (!r) return;
  const label = (id: string) => ctx.model.actors.get(id)?.label ?? id;
  const dialog = openDialog(`Record a change: ${label(r.source)} – ${label(r.target)}`, opener, { className: "change-form" });
  const date = field("Date of the change (YYYY-MM-DD)", textInput({ placeholder: "YYYY-MM-DD", inputmode: "numeric" }), `The ${r.type} ends on this day and the new relation starts on it.`);
  const types = ctx.model.dataset.relationTypes.filter((t) => t.id !== r.type);
  const type = field("New relation type", select(types.map((t) => [t.id, t.label] as const)));
  const withText = ctx.model.dataset.sources.filter((s) => s.text !== undefined || s.file !== undefined);
  const source = field("Evidence: source", select(withText.map((s) => [s.id, s.title] as const), passage?.sourceId ?? withText[0]?.id ?? ""));
  const quote = field("Evidence: quote (verbatim from the source)", h("textarea", { rows: 3 }), passage ? "The passage selected in the reading pane." : "Select a passage in the reading pane first, or paste the words exactly as the source has them.");
  quote.control.value = passage?.quote ?? "";
  const rest = h("ul", { class: "form-problems", "aria-live": "polite" });
  const evidence = (): Evidence => {
    const q = quote.control.value;
    const e: Evidence = { source: source.control.value, quote: q };
    if (passage && passage.sourceId === source.control.value && passage.quote === q) Object.assign(e, { start: passage.start, end: passage.end });
    return e;
  };
  const nextId = () => newRelationId(ctx.model.dataset, r.source, r.target, type.control.value, date.control.value.trim() || "new");
  const check = () => {
    const problems = new Map<Field, string[]>();
    const d = date.control.value.trim();
    if (date.control.value !== "" || touched) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) problems.set(date, [`“${d.slice(0, 20)}” is not a date: write it as YYYY-MM-DD.`]);
      else if (d <= r.from || (r.to !== undefined && d >= r.to)) problems.set(date, [`must fall strictly inside the relation (after ${r.from}${r.to ? ` and before ${r.to}` : ""}).`]);
    }
    const draft = { ...r, id: nextId(), type: type.control.value, from: /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : r.from, evidence: [evidence()] };
    for (const [k, v] of draftIssues(ctx.model.dataset, "relations", draft)) if (k.startsWith("evidence")) problems.set(quote, [...(problems.get(quote) ?? []), ...v]);
    for (const f of [date, type, source, quote]) f.problems(problems.get(f) ?? []);
    return problems.size;
  };
  let touched = false;
  for (const f of [date, type, source, quote]) f.control.addEventListener("input", () => check());
  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    h("p", {}, `Now: ${ctx.model.relationTypes.get(r.type)?.label ?? r.type} from ${r.from}${r.to ? ` until ${r.to}` : ", ongoing"}.`),
    date.element,
    type.element,
    source.element,
    quote.element,
    rest,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, "Record the change"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    touched = true;
    if (check() > 0) return;
    const id = nextId();
    const out = perform(ctx, { kind: "changeStance", relation: r.id, date: date.control.value.trim(), next: { id, type: type.control.value, evidence: [evidence()] } }, { kind: "relation", id });
    if (!out.ok) rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    else dialog.close();
  });
  dialog.body.append(form);
  date.control.focus();
}
