/**
 * "Names not yet actors" above the suggestions (issue #14): the names the text uses that no actor of
 * the dataset stands for (the engine's `unrecognisedNames`), best first, each with how often the text
 * writes it, a guessed kind, and what the engine read there instead ("read as Hezbollah here"). Show
 * marks its first use in the text; Add as actor opens the new-actor form filled in (the curator
 * checks it); Another name of… adds it to an actor's other names ("Salva Kiir" for South Sudan).
 * Once saved, the text is read again with it, so its relations join the suggestions. Drawn as text
 * only.
 *
 * Why a list and not more rules: on texts the engine's rules were never tuned on, its misses are
 * mostly the one or two central non-state parties, introduced in a way no rule has learned yet
 * (docs/suggest.md); a curator recognises them at a glance.
 */
import type { UnrecognisedName } from "../../model/suggest/index.ts";
import type { Actor, Dataset } from "../../model/schema.ts";
import { KIND_LABELS } from "../../style/palette.ts";
import { h, replaceChildren } from "../../dom/dom.ts";
import { squashName } from "../../model/suggest/gazetteer.ts";
import { uniqueId } from "../../model/edit/template.ts";

/** Names shown before "Show all": a long text lists twenty, most of them places and people a curator skims past. */
export const NAMES_SHOWN = 5;

export interface NamesListContext {
  dataset(): Dataset;
  /** Marks a passage of the open source (null clears it). */
  highlight(range: { start: number; end: number } | null): void;
  /** Opens the new-actor form with this name and the proposed fields. */
  addActor(label: string, proposed: Partial<Pick<Actor, "id" | "kind" | "aliases">>, opener: HTMLElement): void;
  /** Opens "Another name of…": the name added to the other names of an actor the curator chooses. */
  addAlias(name: string, opener: HTMLElement): void;
}

export interface NamesList {
  element: HTMLElement;
  /** Shows the names of the text just read (an empty list hides the section). */
  show(names: readonly UnrecognisedName[]): void;
  clear(): void;
}

/** "4 uses · non-state actor? · read as Hezbollah here": the kind is the engine's guess, and says so. */
export function nameNotes(n: UnrecognisedName): string {
  const read = n.contains === undefined ? null : (n.containsLabel ?? n.contains);
  return [`${n.count} use${n.count === 1 ? "" : "s"}`, `${(KIND_LABELS[n.kind] ?? n.kind).toLowerCase()}?`, read ? `read as ${read} here` : null].filter(Boolean).join(" · ");
}

/**
 * The new actor's fields proposed for a listed name: its id (made unique when a dataset actor holds
 * it already), its kind, and its acronym as another name when the id is one the text uses.
 */
export function proposedActor(n: UnrecognisedName, dataset: Pick<Dataset, "actors">): { id: string; kind: Actor["kind"]; aliases?: string[] } {
  const id = uniqueId(n.id, new Set(dataset.actors.map((a) => a.id)));
  const acronym = n.id !== squashName(n.name) && /^[A-Z0-9-]+$/.test(n.id) ? n.id : null;
  return acronym && acronym !== n.name ? { id, kind: n.kind, aliases: [acronym] } : { id, kind: n.kind };
}

export function createNamesList(ctx: NamesListContext): NamesList {
  const list = h("ul", { class: "names-list", "aria-label": "Names in this text that are no actor yet, best first" });
  const more = h("button", { type: "button", class: "link", hidden: true }, "");
  const element = h(
    "section",
    { class: "names-section", "aria-labelledby": "names-title", hidden: true },
    h("h3", { class: "names-title", id: "names-title" }, "Names not yet actors"),
    h("p", { class: "field-hint" }, "Names this text uses that no actor stands for. Add one as an actor and the text is read again with it."),
    list,
    more,
  );
  let names: readonly UnrecognisedName[] = [];
  let all = false;

  const item = (n: UnrecognisedName) => {
    const mark = () => ctx.highlight({ start: n.start, end: n.end });
    const add = h("button", { type: "button", class: "tool", "aria-label": `Add as actor: ${n.name}`, onclick: () => ctx.addActor(n.name, proposedActor(n, ctx.dataset()), add) }, "Add as actor");
    return h(
      "li",
      { class: "name-item", "data-name": n.name, onmouseenter: mark, onfocusin: mark },
      h("span", { class: "name-label" }, n.name),
      h("span", { class: "name-notes" }, nameNotes(n)),
      h(
        "span",
        { class: "name-actions" },
        h("button", { type: "button", class: "tool", "aria-label": `Show in the text: ${n.name}`, onclick: mark }, "Show"),
        add,
        h("button", { type: "button", class: "tool", "aria-label": `Another name of an actor: ${n.name}`, onclick: (e: Event) => ctx.addAlias(n.name, e.currentTarget as HTMLElement) }, "Another name of…"),
      ),
    );
  };

  const render = () => {
    const shown = all ? names : names.slice(0, NAMES_SHOWN);
    // A name added as an actor leaves the list when the text is read again: the keyboard's focus,
    // if it was in the list, goes to the name now in that place (or the last), not to the page.
    const focused = [...list.children].findIndex((li) => li.contains(document.activeElement));
    replaceChildren(list, ...shown.map(item));
    if (focused >= 0 && shown.length > 0) list.children[Math.min(focused, shown.length - 1)]!.querySelector("button")?.focus();
    element.hidden = names.length === 0;
    more.hidden = names.length <= NAMES_SHOWN;
    more.textContent = all ? `Show the first ${NAMES_SHOWN} only` : `Show all ${names.length} names`;
  };
  more.addEventListener("click", () => {
    all = !all;
    render();
  });

  return {
    element,
    show(next) {
      names = next;
      render();
    },
    clear() {
      names = [];
      all = false;
      render();
    },
  };
}
