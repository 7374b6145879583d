/**
 * The unbalanced triads at the date(s) on screen, each a toggle button that lights its three
 * actors on the graph (Escape, handled by the panel, clears them too).
 */
import { announce, h } from "../../dom/dom.ts";
import type { ViewState } from "../../app/state.ts";
import type { Triad } from "../../model/analytics/index.ts";
import { MAX_LISTED, TRIAD_TYPE_WORDS, triadTypeText, type AnalysisSection, type SectionContext } from "./section.ts";

/** Whether two actor lists are the same, in order. */
export function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function triadsSection({ store, dateName }: SectionContext): AnalysisSection {
  const triadButton = (t: Triad, s: ViewState) => {
    const pressed = sameActors(s.highlightActors, t.actors);
    const names = t.labels.join(", ");
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "triad",
          "aria-pressed": String(pressed),
          "data-focus-key": `triad:${t.actors.join("|")}`,
          "data-actors": t.actors.join("|"),
          onclick: () => {
            const on = !sameActors(store.getState().highlightActors, t.actors);
            store.dispatch({ type: "highlightActors", actors: on ? t.actors : [] });
            announce(on ? `${names} lit on the graph. Escape clears.` : "Highlight cleared.");
          },
        },
        // The name is the visible text (names and note) with the signs in words for a screen
        // reader; whether it is lit is aria-pressed.
        h("span", { class: "triad-type", "aria-hidden": "true" }, triadTypeText(t.type)),
        h("span", { class: "triad-names" }, names),
        h("span", { class: "visually-hidden" }, `: ${TRIAD_TYPE_WORDS[t.type]}`),
        t.weakBalanced ? null : h("span", { class: "triad-note" }, h("span", { class: "visually-hidden" }, "; "), "weak: unbalanced too"),
      ),
    );
  };

  return {
    id: "triads",
    title: "Unbalanced triads",
    definition: "Under strong balance. Choose one to light its three actors and their relations on the graph; choose it again, or press Escape, to clear.",
    body: (cols, s) => [
      ...cols.map((c) =>
        h(
          "div",
          { class: "triad-group" },
          cols.length > 1 ? h("h4", {}, `On ${dateName(c.date)}`) : null,
          c.balance.unbalanced.length === 0
            ? h("p", { class: "empty" }, c.balance.triads === 0 ? "No closed triad." : "None: every closed triad is balanced.")
            : h("ul", { class: "triad-list", "aria-label": `Unbalanced triads on ${c.date}` }, ...c.balance.unbalanced.slice(0, MAX_LISTED).map((t) => triadButton(t, s))),
          c.balance.unbalanced.length > MAX_LISTED ? h("p", { class: "muted" }, `The first ${MAX_LISTED} of ${c.balance.unbalanced.length} (++− first).`) : null,
        ),
      ),
      s.highlightActors.length > 0
        ? h("p", {}, h("button", { type: "button", class: "tool", "data-focus-key": "clear-highlight", onclick: () => store.dispatch({ type: "highlightActors", actors: [] }) }, "Clear the highlight"))
        : null,
    ],
  };
}
