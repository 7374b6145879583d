/**
 * The actor form: a new actor (from the relation form, or on its own) or an existing one edited.
 * Label, kind, aliases, Wikidata id and ISO 3166 code, each checked as typed with the validator's
 * own rules (draftIssues); a refused save keeps everything typed and says why.
 */
import { h } from "../../dom/dom.ts";
import type { Actor, Dataset } from "../../model/schema.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { suggestId } from "../../model/edit/template.ts";
import { KIND_LABELS } from "../../style/palette.ts";
import { field, openDialog, select, showProblems, textInput, type Field } from "./forms.ts";

const KINDS = ["state", "bloc", "organization", "court", "non-state", "person"] as const;

export interface ActorFormOptions {
  /** The actor edited; absent for a new one. */
  actor?: Actor;
  /** Label to start a new actor with (a name typed in the relation form). */
  label?: string;
  /**
   * A new actor's fields proposed by someone else (a name the suggestions list found in a text):
   * shown in the form for the curator to check, never saved without the form's own checks.
   */
  proposed?: Partial<Pick<Actor, "id" | "kind" | "aliases" | "iso3">>;
  /** The dataset the draft is checked against (with actors the relation form has pending). */
  dataset(): Dataset;
  /**
   * Saves the draft: returns the reasons it was refused, or null when it was taken (the form
   * then closes). For a new actor in the relation form this only adds it to the form's list.
   */
  save(actor: Actor): string[] | null;
}

/** Opens the actor form as a dialog; the focus goes back to `opener` when it closes. */
export function openActorForm(opener: HTMLElement | null, options: ActorFormOptions): void {
  const editing = options.actor;
  const dialog = openDialog(editing ? `Edit actor: ${editing.label}` : "New actor", opener, { className: "actor-form" });
  const label = field("Name", textInput({ value: editing?.label ?? options.label ?? "" }));
  const id = field("Id", textInput({ value: editing?.id ?? "", ...(editing ? { readonly: true } : {}) }), editing ? "Ids never change (merge two actors instead)." : "ISO 3166-1 alpha-3 for states (ARM), a short code otherwise; proposed from the name.");
  const proposed = editing ? undefined : options.proposed;
  const kind = field("Kind", select(KINDS.map((k) => [k, KIND_LABELS[k] ?? k] as const), editing?.kind ?? proposed?.kind ?? "state"));
  const aliases = field("Other names (comma-separated)", textInput({ value: (editing?.aliases ?? proposed?.aliases ?? []).join(", ") }), "Names the sources use: Moscow, the Kremlin.");
  const wikidata = field("Wikidata id (optional)", textInput({ value: (editing?.wikidata ?? []).join(", "), placeholder: "Q399" }));
  const iso3 = field("ISO 3166 alpha-3 code (optional, states)", textInput({ value: editing?.iso3 ?? proposed?.iso3 ?? "", placeholder: "ARM" }));
  const description = field("Description (optional)", h("textarea", { rows: 2 }));
  description.control.value = editing?.description ?? "";
  const rest = h("ul", { class: "form-problems", "aria-live": "polite" });
  const fields = new Map<string, Field>([
    ["label", label],
    ["id", id],
    ["kind", kind],
    ["aliases", aliases],
    ["wikidata", wikidata],
    ["iso3", iso3],
    ["description", description],
  ]);
  // A field's problems show once it has been typed in (all of them after a save is tried).
  const touched = new Set<string>();
  // A proposed id counts as typed: the label's edits leave it alone (the curator may still change it).
  let idEdited = editing !== undefined || proposed?.id !== undefined;

  const draft = (): Actor => {
    const list = (s: string) => s.split(",").map((x) => x.trim()).filter((x) => x !== "");
    const a: Actor = { id: id.control.value.trim(), label: label.control.value.trim(), kind: kind.control.value as Actor["kind"] };
    const al = list(aliases.control.value);
    if (al.length) a.aliases = al;
    const wd = list(wikidata.control.value);
    if (wd.length) a.wikidata = wd;
    if (iso3.control.value.trim()) a.iso3 = iso3.control.value.trim();
    if (description.control.value.trim()) a.description = description.control.value.trim();
    return a;
  };
  const check = () => {
    const issues = draftIssues(options.dataset(), "actors", draft(), editing ? { replacing: editing.id } : {});
    // Wikidata problems come per item (wikidata[0]); the field shows them all.
    const merged = new Map<string, string[]>();
    for (const [k, v] of issues) {
      const key = k.replace(/\[\d+\]$/, "");
      merged.set(key, [...(merged.get(key) ?? []), ...v]);
    }
    showProblems(fields, rest, merged, touched);
    return merged;
  };
  for (const [name, f] of fields) {
    f.control.addEventListener("input", () => {
      touched.add(name);
      if (name === "id") idEdited = true;
      if (name === "label" && !idEdited) {
        const taken = new Set(options.dataset().actors.map((a) => a.id));
        id.control.value = label.control.value.trim() ? suggestId(label.control.value, taken) : "";
      }
      check();
    });
  }
  if (!editing && proposed?.id !== undefined) {
    id.control.value = proposed.id;
    // A proposed id already taken is shown as the problem it is, before anything is typed.
    touched.add("id");
    check();
  } else if (!editing && label.control.value) id.control.value = suggestId(label.control.value, new Set(options.dataset().actors.map((a) => a.id)));

  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    ...[...fields.values()].map((f) => f.element),
    rest,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, editing ? "Save actor" : "Add actor"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of fields.keys()) touched.add(k);
    const issues = check();
    if (issues.size > 0) return;
    const refused = options.save(draft());
    if (refused) rest.replaceChildren(...refused.map((m) => h("li", {}, m)));
    else dialog.close();
  });
  dialog.body.append(form);
  label.control.focus();
}
