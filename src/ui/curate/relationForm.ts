/**
 * The relation form: a new relation from a passage ("Use as evidence", or a suggestion's
 * prefill) or an existing relation edited. The quote is the selected text, verbatim, with its
 * offsets; source and target start as the actors the quote names; actors that do not exist yet
 * are made from the form ("New actor…") and added with the relation as one step (one undo).
 * Every field is checked as typed with the validator's own rules; a refused save keeps the form
 * as typed and shows the reasons.
 */
import { h } from "../../dom/dom.ts";
import type { Actor, Dataset, Evidence, Relation } from "../../model/schema.ts";
import type { Command } from "../../model/edit/commands.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { newRelationId, relationStepLabel, repeatedRelation, spanReaching, type RelationPrefill } from "../../app/curation.ts";
import { field, openDialog, select, showProblems, textInput, type Field } from "./forms.ts";
import { openActorForm } from "./actorForm.ts";
import { perform, reasons, type CurateContext } from "./context.ts";
import { formatDate, signName } from "../widgets.ts";

const CONFIDENCE = [
  ["", "Not said"],
  ["low", "Low"],
  ["medium", "Medium"],
  ["high", "High"],
] as const;

/** Opens the relation form for a new relation, filled from `prefill`. */
export function openRelationForm(ctx: CurateContext, prefill: RelationPrefill, opener: HTMLElement | null): void {
  const evidence: Evidence[] = prefill.quote && prefill.sourceId ? [{ source: prefill.sourceId, quote: prefill.quote, ...(prefill.start !== undefined && prefill.end !== undefined ? { start: prefill.start, end: prefill.end } : {}) }] : [];
  relationForm(
    ctx,
    opener,
    null,
    { source: prefill.source ?? "", target: prefill.target ?? "", type: prefill.type ?? ctx.model.dataset.relationTypes[0]?.id ?? "", from: prefill.from ?? "", to: prefill.to ?? "", confidence: prefill.confidence ?? "", note: prefill.note ?? "", evidence },
    prefill.newActors ?? [],
  );
}

/** Opens the relation form on an existing relation. */
export function openRelationEditor(ctx: CurateContext, id: string, opener: HTMLElement | null): void {
  const r = ctx.model.relations.get(id);
  if (!r) return;
  relationForm(ctx, opener, r, { source: r.source, target: r.target, type: r.type, from: r.from, to: r.to ?? "", confidence: r.confidence ?? "", note: r.note ?? "", evidence: r.evidence.map((e) => ({ ...e })) });
}

interface Start {
  source: string;
  target: string;
  type: string;
  from: string;
  to: string;
  confidence: string;
  note: string;
  evidence: Evidence[];
}

function relationForm(ctx: CurateContext, opener: HTMLElement | null, editing: Relation | null, start: Start, offered: readonly Actor[] = []): void {
  const dataset = () => ctx.model.dataset;
  // Actors offered with the relation (a suggestion names a country the dataset lacks): listed as
  // new, each with its "Do not add" button, created with the relation as one step.
  const pending: Actor[] = offered.filter((a) => !ctx.model.actors.has(a.id)).map((a) => ({ ...a }));
  const withPending = (): Dataset => (pending.length ? { ...dataset(), actors: [...dataset().actors, ...pending] } : dataset());
  const dialog = openDialog(editing ? "Edit relation" : "New relation", opener, { className: "relation-form" });
  let evidence = start.evidence;

  const actorOptions = () => [["", "— choose an actor —"] as const, ...[...withPending().actors].sort((a, b) => a.label.localeCompare(b.label)).map((a) => [a.id, a.label] as const)];
  const source = field("Source actor", select(actorOptions(), start.source));
  const target = field("Target actor", select(actorOptions(), start.target));
  const type = field("Relation type", select(dataset().relationTypes.map((t) => [t.id, `${t.label} (${signName(t.sign)}${t.directed ? ", directed" : ""})`] as const), start.type));
  const from = field("From (YYYY-MM-DD)", textInput({ value: start.from, placeholder: "YYYY-MM-DD", inputmode: "numeric" }), "The first day the relation holds.");
  const to = field("Until (optional, YYYY-MM-DD)", textInput({ value: start.to, placeholder: "ongoing", inputmode: "numeric" }), "The day it ended, not included; empty while it holds.");
  const confidence = field("Confidence", select(CONFIDENCE, start.confidence));
  const note = field("Note (optional)", h("textarea", { rows: 2 }));
  note.control.value = start.note;
  const evidenceList = h("ul", { class: "form-evidence" });
  const evidenceControl = h("output", { class: "evidence-output" });
  const evidenceField: Field = { element: h("div", { class: "field" }, h("p", { class: "field-label" }, `Evidence (${evidence.length})`), evidenceList), control: evidenceControl as unknown as HTMLInputElement, problems: (m) => evidenceProblems.replaceChildren(...m.map((x) => h("li", {}, x))) };
  const evidenceProblems = h("ul", { class: "field-problems", "aria-live": "polite" });
  evidenceField.element.append(evidenceProblems);
  const newActors = h("ul", { class: "pending-actors", "aria-label": "New actors added with this relation" });
  const rest = h("ul", { class: "form-problems", "aria-live": "polite" });
  // A relation the draft would repeat (same pair and type, dates that share a day): said before
  // saving, with the quote offered to that relation instead (the validator only warns afterwards).
  const repeat = h("div", { class: "form-repeat", role: "status", hidden: true });
  let repeatShown = "";
  // A relation wholly outside the dataset's own timeline window could never be shown: the form
  // says so and widens the window with the relation, as one step, unless the box is cleared.
  // (Editing a relation that already lies outside, an imported one, offers the same: saving widens the window.)
  const windowText = h("p", { class: "form-window-note", id: "relation-form-window-note", role: "status" });
  const widen = h("input", { type: "checkbox", checked: true, "aria-describedby": "relation-form-window-note" }) as HTMLInputElement;
  const widenText = h("span", {});
  const windowNote = h("div", { class: "form-window", hidden: true }, windowText, h("label", {}, widen, " ", widenText));
  let reach: { from: string; to: string } | null = null;
  const renderWindow = () => {
    const span = dataset().span;
    reach = spanReaching(span, draft());
    windowNote.hidden = reach === null;
    if (!reach || !span) return;
    const before = reach.from < span.from;
    windowText.textContent = `The timeline runs from ${formatDate(span.from)} to ${formatDate(span.to)}, and this relation ${before ? "ends before" : "begins after"} it: the timeline would never show it.`;
    widenText.textContent = `Widen the timeline to ${formatDate(reach.from)} – ${formatDate(reach.to)} with this relation`;
  };
  const fields = new Map<string, Field>([
    ["source", source],
    ["target", target],
    ["type", type],
    ["from", from],
    ["to", to],
    ["confidence", confidence],
    ["note", note],
    ["evidence", evidenceField],
  ]);
  const touched = new Set<string>(["evidence"]);

  const renderEvidence = () => {
    evidenceField.element.querySelector(".field-label")!.textContent = `Evidence (${evidence.length})`;
    evidenceList.replaceChildren(
      ...evidence.map((e, i) =>
        h(
          "li",
          {},
          h("blockquote", { class: "quote" }, e.quote ? `“${e.quote}”` : (e.citation ?? "machine-coded")),
          h("p", { class: "source" }, `${dataset().sources.find((s) => s.id === e.source)?.title ?? e.source}${e.start !== undefined ? `, characters ${e.start}–${e.end}` : ""}`),
          editing
            ? h("button", { type: "button", class: "tool", "aria-label": `Remove evidence ${i + 1}`, onclick: () => ((evidence = evidence.filter((_, k) => k !== i)), renderEvidence(), check()) }, "Remove")
            : null,
        ),
      ),
    );
  };
  const renderPending = () => {
    newActors.replaceChildren(
      ...pending.map((a) =>
        h(
          "li",
          {},
          `New actor: ${a.label} (${a.id}) `,
          h("button", { type: "button", class: "link", onclick: () => (pending.splice(pending.indexOf(a), 1), refreshActors(), check()) }, `Do not add ${a.label}`),
        ),
      ),
    );
  };
  const refreshActors = () => {
    for (const f of [source, target]) {
      const v = f.control.value;
      f.control.replaceChildren(...actorOptions().map(([value, text]) => h("option", { value }, text)));
      f.control.value = withPending().actors.some((a) => a.id === v) ? v : "";
    }
    renderPending();
  };
  const newActorButton = (f: Field<HTMLSelectElement>, which: string) =>
    h(
      "button",
      {
        type: "button",
        class: "tool",
        "aria-label": `New actor as the ${which}`,
        onclick: (e: Event) =>
          openActorForm(e.currentTarget as HTMLElement, {
            dataset: withPending,
            save: (actor) => {
              pending.push(actor);
              refreshActors();
              f.control.value = actor.id;
              touched.add(which);
              check();
              return null;
            },
          }),
      },
      "New actor…",
    );
  source.element.append(newActorButton(source, "source"));
  target.element.append(newActorButton(target, "target"));

  const draft = (): Relation => {
    const r: Relation = { id: editing?.id ?? newRelationId(withPending(), source.control.value || "x", target.control.value || "y", type.control.value, from.control.value.trim() || "new"), source: source.control.value, target: target.control.value, type: type.control.value, from: from.control.value.trim(), evidence };
    if (to.control.value.trim()) r.to = to.control.value.trim();
    if (confidence.control.value) r.confidence = confidence.control.value as Relation["confidence"];
    if (note.control.value.trim()) r.note = note.control.value.trim();
    return r;
  };
  const check = () => {
    const raw = draftIssues(withPending(), "relations", draft(), editing ? { replacing: editing.id } : {});
    const issues = new Map<string, string[]>();
    for (const [k, v] of raw) {
      const key = k.startsWith("evidence") ? "evidence" : k === "id" ? "" : k;
      issues.set(key, [...(issues.get(key) ?? []), ...v.map((m) => (k.startsWith("evidence") && k !== "evidence" ? `${k}: ${m}` : m))]);
    }
    showProblems(fields, rest, issues, touched);
    renderRepeat();
    renderWindow();
    return issues;
  };
  const renderRepeat = () => {
    const same = repeatedRelation(dataset(), draft(), editing?.id);
    const quotes = same ? evidence.filter((e) => !same.evidence.some((x) => x.source === e.source && x.quote === e.quote)) : [];
    // Drawn again only when what it says changes, so a focused button is not replaced under the keyboard.
    const key = same ? `${same.id}\u0000${quotes.length}` : "";
    if (key === repeatShown) return;
    repeatShown = key;
    repeat.hidden = !same;
    if (!same) return void repeat.replaceChildren();
    const label = (id: string) => dataset().actors.find((a) => a.id === id)?.label ?? id;
    const typeLabel = dataset().relationTypes.find((t) => t.id === same.type)?.label ?? same.type;
    const dates = `from ${same.from}${same.to ? ` until ${same.to}` : ""}`;
    repeat.replaceChildren(
      h("p", {}, `${label(same.source)} – ${label(same.target)} is already recorded as ${typeLabel.toLowerCase()} ${dates} (relation ${same.id}); this relation would overlap it.`),
      ...(editing
        ? []
        : quotes.length === 0
          ? [h("p", {}, "That relation already quotes this passage.")]
          : [h("button", { type: "button", class: "tool", onclick: () => addTo(same.id, quotes) }, `Add the quote to relation ${same.id} instead`)]),
    );
  };
  /** The draft's quotes added to the relation it repeats, as one undo step; the form closes. */
  const addTo = (id: string, quotes: readonly Evidence[]) => {
    const adds: Command[] = quotes.map((e) => ({ kind: "addEvidence", owner: { collection: "relations", id }, evidence: e }));
    const out = perform(ctx, adds.length === 1 ? adds[0]! : { kind: "batch", label: `Added ${adds.length} quotes to relation ${id}`, commands: adds }, { kind: "relation", id });
    if (!out.ok) rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    else dialog.close();
  };
  for (const [name, f] of fields) {
    f.control.addEventListener("input", () => (touched.add(name), check()));
    f.control.addEventListener("change", () => (touched.add(name), check()));
  }

  const submit = h("button", { type: "submit", class: "tool primary" }, editing ? "Save relation" : "Add relation");
  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    evidenceField.element,
    source.element,
    target.element,
    newActors,
    type.element,
    from.element,
    to.element,
    windowNote,
    confidence.element,
    note.element,
    repeat,
    rest,
    h("div", { class: "curate-actions" }, submit, h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of fields.keys()) touched.add(k);
    if (check().size > 0) return;
    const r = draft();
    const main: Command = editing ? { kind: "updateRelation", id: editing.id, changes: changesOf(editing, r) } : { kind: "addRelation", relation: r };
    const label = (id: string) => withPending().actors.find((a) => a.id === id)?.label ?? id;
    const what = `${editing ? "Changed" : "Added"} relation ${label(r.source)} – ${label(r.target)} (${r.type})`;
    const span = reach && widen.checked ? reach : null;
    const widened: Command[] = span ? [{ kind: "updateDataset", changes: { span } }] : [];
    const command: Command = pending.length || span ? { kind: "batch", label: relationStepLabel(what, pending.length, span), commands: [...pending.map((actor) => ({ kind: "addActor" as const, actor })), main, ...widened] } : main;
    const out = perform(ctx, command, { kind: "relation", id: r.id });
    if (!out.ok) rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    else dialog.close();
  });
  renderEvidence();
  renderPending();
  dialog.body.append(form);
  check();
  (start.source ? (start.target ? type.control : target.control) : source.control).focus();
}

/** The fields of `after` that differ from `before`, as update changes (null clears an optional one). */
function changesOf(before: Relation, after: Relation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ["source", "target", "type", "from", "to", "confidence", "note", "evidence"] as const) {
    const a = JSON.stringify(before[k] ?? null);
    const b = JSON.stringify(after[k] ?? null);
    if (a !== b) out[k] = after[k] ?? null;
  }
  return out;
}
