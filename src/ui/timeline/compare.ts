/**
 * Compare mode: a "Compare two dates" toggle, the two date inputs (by default the dataset's first
 * and last named periods), and the "What changed" list: one entry per actor pair whose stance
 * changed between the dates, with the evidence for the new state. Choosing an entry selects the
 * pair, so the graph lights it and the details panel explains it. The overlay itself (added,
 * removed, kept) is drawn by the renderer from the same state.
 */
import { h, replaceChildren, announce } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { PairChange } from "../../model/diff.ts";
import { changeEntries, defaultCompareDates } from "../../app/changeList.ts";
import { isIsoDate } from "../../model/dates.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import { evidenceList, formatDate } from "../widgets.ts";
import { createSplitter } from "./splitter.ts";

/** Marks that say what kind of change an entry is, in words and symbols (never colour alone). */
const CHANGE_MARK: Record<PairChange["kind"], string> = { changed: "≠ changed", added: "+ added", removed: "− removed", unchanged: "= unchanged" };

export interface CompareSlots {
  /** Where the toggle button goes (the timeline's head row). */
  toggle: HTMLElement;
  /** The panel with the dates and the list, shown in compare mode only. */
  panel: HTMLElement;
}

export function mountCompare(slots: CompareSlots, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const toggle = h(
    "button",
    {
      type: "button",
      class: "tl-button compare-toggle",
      "aria-pressed": "false",
      "aria-controls": "compare-panel",
      onclick: () => {
        const s = store.getState();
        store.dispatch({ type: "setCompare", compare: s.compare ? null : defaultCompareDates(model, s.date) });
        announce(store.getState().compare ? "Compare mode on." : `Compare mode off; showing ${store.getState().date}.`);
      },
    },
    h("span", { class: "compare-icon", "aria-hidden": "true" }, "⇄ "),
    "Compare two dates",
  );
  slots.toggle.append(toggle);

  // Dates are typed as the app writes them everywhere (ISO, 2023-09-18), with the date in words
  // beside them (18 Sep 2023): a browser's date input shows its own locale's form (09/18/2023).
  const dateInput = (id: string, text: string, side: "a" | "b") => {
    const noteId = `${id}-note`;
    const input = h("input", {
      type: "text",
      id,
      class: "compare-date",
      pattern: "\\d{4}-\\d{2}-\\d{2}",
      placeholder: "YYYY-MM-DD",
      maxlength: 10,
      autocomplete: "off",
      spellcheck: "false",
      required: true,
      "aria-describedby": noteId,
    });
    const note = h("span", { class: "compare-date-note", id: noteId });
    /** The date typed, or why it is not one (the text stays as typed, to be corrected). */
    const read = (): { date: string } | { problem: string } => {
      const value = input.value.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { problem: `“${value.slice(0, 20)}” is not a date: write it as YYYY-MM-DD, e.g. ${model.span.to}.` };
      if (!isIsoDate(value)) return { problem: `${value} is not a calendar date.` };
      if (value < model.span.from || value > model.span.to) return { problem: `${formatDate(value)} is outside the timeline (${formatDate(model.span.from)} to ${formatDate(model.span.to)}).` };
      return { date: value };
    };
    const apply = (complain: boolean) => {
      const got = read();
      const s = store.getState();
      if ("problem" in got) {
        // While typing, a date not yet complete is not an error.
        if (!complain) return;
        input.setAttribute("aria-invalid", "true");
        note.textContent = got.problem;
        note.classList.add("is-error");
        return;
      }
      input.setAttribute("aria-invalid", "false");
      note.classList.remove("is-error");
      note.textContent = formatDate(got.date);
      if (s.compare && s.compare[side] !== got.date) store.dispatch({ type: "setCompare", compare: { ...s.compare, [side]: got.date } });
    };
    input.addEventListener("input", () => apply(false));
    input.addEventListener("change", () => apply(true));
    const show = (date: string) => {
      // What the user is typing is theirs: only an input they are not in follows the state.
      if (document.activeElement === input) return;
      input.value = date;
      input.setAttribute("aria-invalid", "false");
      note.classList.remove("is-error");
      note.textContent = formatDate(date);
    };
    return { input, show, field: h("div", { class: "compare-field" }, h("label", { for: id }, text), input, note) };
  };
  const a = dateInput("compare-a", "First date", "a");
  const b = dateInput("compare-b", "Second date", "b");
  const swap = h(
    "button",
    {
      type: "button",
      class: "tl-button",
      "aria-label": "Swap the two dates",
      onclick: () => {
        const c = store.getState().compare;
        if (c) store.dispatch({ type: "setCompare", compare: { a: c.b, b: c.a } });
      },
    },
    "⇅ Swap",
  );
  const heading = h("h2", { class: "changes-heading", id: "changes-heading" });
  const counts = h("p", { class: "changes-counts" });
  const list = h("ul", { class: "changes-list", "aria-labelledby": "changes-heading" });
  slots.panel.id = "compare-panel";
  slots.panel.classList.add("compare-panel");
  // The list takes the room the reader gives it: a handle above the time bar trades graph height for list height.
  const changesBox = () => slots.panel.querySelector<HTMLElement>(".changes");
  const splitter = createSplitter({
    target: slots.panel,
    property: "--changes-height",
    label: "Resize the What changed list",
    min: () => 120,
    max: () => Math.max(200, window.innerHeight * 0.6),
    current: () => changesBox()?.getBoundingClientRect().height ?? 0,
  });
  slots.panel.append(
    splitter,
    h("div", { class: "compare-dates", role: "group", "aria-label": "The two dates compared" }, a.field, b.field, swap),
    h("section", { class: "changes", "aria-labelledby": "changes-heading" }, h("div", { class: "changes-head" }, heading, counts), list),
  );

  const render = (s: Derived) => {
    const c = s.compare;
    toggle.setAttribute("aria-pressed", String(c !== null));
    slots.panel.hidden = c === null;
    if (!c) return;
    a.show(c.a);
    b.show(c.b);
    // The diff the derived view computed for the overlay: one computation for both.
    const diff = s.visible.diff;
    if (!diff) return;
    const entries = changeEntries(model, diff);
    heading.textContent = `What changed (${entries.length})`;
    heading.title = `Between ${formatDate(c.a)} and ${formatDate(c.b)}`;
    const n = (kind: PairChange["kind"]) => entries.filter((e) => e.change.kind === kind).length;
    counts.textContent =
      entries.length === 0 ? "" : `${n("changed")} changed · ${n("added")} added · ${n("removed")} removed · all relation types`;
    if (entries.length === 0) {
      replaceChildren(list, h("li", { class: "empty" }, c.a === c.b ? "Both dates are the same day: pick two different dates." : "No relation changed between these dates."));
      return;
    }
    const sel = s.selection;
    replaceChildren(
      list,
      ...entries.map((e) => {
        const [x, y] = e.change.actors;
        const selected = sel?.kind === "pair" && ((sel.a === x && sel.b === y) || (sel.a === y && sel.b === x));
        return h(
          "li",
          { class: `change change-${e.change.kind}${selected ? " is-selected" : ""}` },
          h(
            "button",
            {
              type: "button",
              class: "change-select",
              "aria-pressed": String(selected),
              onclick: () => store.dispatch({ type: "select", selection: { kind: "pair", a: e.first, b: e.second } }),
            },
            h("span", { class: "change-mark" }, CHANGE_MARK[e.change.kind]),
            " ",
            h("span", { class: "change-pair" }, `${label(e.first)} – ${label(e.second)}`),
            ": ",
            h("span", { class: "change-summary" }, e.summary),
            e.when ? h("span", { class: "change-when" }, `, ${e.when}`) : null,
          ),
          e.change.kind === "removed" ? h("p", { class: "change-evidence-note" }, "Evidence for the relation that ended:") : null,
          evidenceList(model, e.evidenceOf.evidence.slice(0, 1)),
        );
      }),
    );
  };
  render(view.get());
  return view.select(["compare", "visible", "selection"], (next, prev) => {
    if (next.compare !== prev.compare || next.visible.diff !== prev.visible.diff || (next.compare && next.selection !== prev.selection)) render(next);
  });
}
