/**
 * The workspace's Events section: each event with what it is (dates, actors, evidence) and its
 * Edit and Delete buttons, a Find box, and "Add event…" — an event is added with or without a
 * passage selected in the reading pane (the form takes a quote typed from a source too).
 */
import { h } from "../../dom/dom.ts";
import { field, textInput } from "./forms.ts";
import type { CurateContext } from "./context.ts";
import type { Passage } from "./readingPane.ts";
import { deleteEvent, openEventForm } from "./eventForm.ts";

/** Events listed at a time (a dataset may hold thousands). */
const SHOWN = 100;

export interface EventList {
  element: HTMLDetailsElement;
  /** Draws the list again (only while the section is open). */
  render(): void;
  /** Opens the section with this event listed and its Edit button focused (a problem's link). */
  focus(id: string): void;
}

export function createEventList(ctx: CurateContext, passage: () => Passage | null): EventList {
  const list = h("ul", { class: "record-list event-list", "aria-label": "Events" });
  const find = field("Find events by label or id", textInput({ type: "search" }));
  const more = h("p", { class: "field-hint", "aria-live": "polite" });
  const editButton = (id: string) => list.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] [data-action="edit"]`);
  const name = (id: string) => ctx.model.actors.get(id)?.label ?? id;

  // Stale: an edit came while the section was closed (see recordLists.ts).
  let stale = true;
  const render = () => {
    if (!element.open) return void (stale = true);
    stale = false;
    const q = find.control.value.trim().toLowerCase();
    const records = ctx.model.dataset.events.filter((e) => q === "" || e.id.toLowerCase().includes(q) || e.label.toLowerCase().includes(q));
    list.replaceChildren(
      ...(records.length === 0 ? [h("li", { class: "empty" }, q ? "No event matches." : "No events yet.")] : []),
      ...records.slice(0, SHOWN).map((e) =>
        h(
          "li",
          { "data-id": e.id },
          h("strong", {}, e.label),
          ` (${e.id}) · ${e.date}${e.end ? ` to ${e.end}` : ""}${e.actors.length ? ` · ${e.actors.map(name).join(", ")}` : ""} · ${e.evidence.length} piece${e.evidence.length === 1 ? "" : "s"} of evidence `,
          h("span", { class: "source-actions" },
            h("button", { type: "button", class: "tool small", "data-action": "edit", "aria-label": `Edit event ${e.label}`, onclick: (ev: Event) => openEventForm(ctx, ev.currentTarget as HTMLElement, passage(), e, refocus) }, "Edit"),
            " ",
            h("button", { type: "button", class: "tool small danger", "aria-label": `Delete event ${e.label}`, onclick: (ev: Event) => void deleteEvent(ctx, e.id, ev.currentTarget as HTMLElement).then((gone) => gone && addButton.focus()) }, "Delete"),
          ),
        ),
      ),
    );
    more.textContent = records.length > SHOWN ? `Showing ${SHOWN} of ${records.length}: type in Find to narrow them.` : "";
  };
  // Saved: the list was drawn again, so the focus goes to the event's new Edit button.
  const refocus = (id: string) => editButton(id);
  find.control.addEventListener("input", render);
  const addButton = h("button", { type: "button", class: "tool", onclick: (ev: Event) => openEventForm(ctx, ev.currentTarget as HTMLElement, passage(), undefined, refocus) }, "Add event…");
  const element = h("details", { class: "curate-section" }, h("summary", {}, "Events"), find.element, more, list, h("div", { class: "curate-actions" }, addButton)) as HTMLDetailsElement;
  element.addEventListener("toggle", () => stale && render());

  return {
    element,
    render,
    focus(id) {
      // Listed even when the Find box or the cut-off would hide it.
      const shown = ctx.model.dataset.events.slice(0, SHOWN).some((e) => e.id === id);
      const q = find.control.value.trim().toLowerCase();
      if (!shown || (q && !id.toLowerCase().includes(q))) find.control.value = id;
      element.open = true;
      render();
      const button = editButton(id);
      button?.scrollIntoView({ block: "nearest" });
      button?.focus();
    },
  };
}
