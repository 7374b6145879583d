/**
 * "Another name of…": a name a source uses (from the suggestions' names list) added to an actor's
 * other names, so that the engine reads it as that actor ("Salva Kiir" for South Sudan, "Barbecue"
 * for the gang leader). The actor is chosen from the dataset's, by label; saving is one edit (one
 * undo step), refused with the reason when the name is already one of the actor's.
 */
import { h } from "../../dom/dom.ts";
import type { Actor, Dataset } from "../../model/schema.ts";
import { field, openDialog, select } from "./forms.ts";

export interface AliasFormOptions {
  dataset(): Dataset;
  /** Adds `name` to the actor's other names: the reasons it was refused, or null when it was taken (the form then closes). */
  save(actorId: string, aliases: string[]): string[] | null;
}

/** The actor's other names with `name` added, or the reason it cannot be (it is already the actor's label or one of its names). */
export function withAlias(actor: Pick<Actor, "label" | "aliases">, name: string): { aliases: string[] } | { refused: string } {
  const same = (s: string) => s.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
  if (same(actor.label)) return { refused: `“${name}” is already ${actor.label}'s name.` };
  if ((actor.aliases ?? []).some(same)) return { refused: `“${name}” is already one of ${actor.label}'s other names.` };
  return { aliases: [...(actor.aliases ?? []), name.trim()] };
}

export function openAliasForm(opener: HTMLElement | null, name: string, options: AliasFormOptions): void {
  const dialog = openDialog(`Another name: ${name}`, opener, { className: "alias-form" });
  const actors = [...options.dataset().actors].sort((a, b) => a.label.localeCompare(b.label));
  const actor = field("The actor it names", select([["", "— choose an actor —"] as const, ...actors.map((a) => [a.id, a.label] as const)]), "The name joins the actor's other names; the open text is read again with it.");
  const problems = h("ul", { class: "form-problems", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    h("p", {}, "Name: ", h("strong", {}, name)),
    actor.element,
    problems,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, "Add the name"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = options.dataset().actors.find((a) => a.id === actor.control.value);
    if (!chosen) {
      actor.problems(["Choose the actor the name stands for."]);
      return;
    }
    const next = withAlias(chosen, name);
    const refused = "refused" in next ? [next.refused] : options.save(chosen.id, next.aliases);
    if (refused) problems.replaceChildren(...refused.map((m) => h("li", {}, m)));
    else dialog.close();
  });
  dialog.body.append(form);
  actor.control.focus();
}
