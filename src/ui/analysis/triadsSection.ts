/**
 * The unbalanced triads at the date(s) on screen, each a toggle button that lights its three
 * actors on the graph (Escape, handled by the panel, clears them too).
 */
import { announce, h } from "../../dom/dom.ts";
import type { ViewState } from "../../app/state.ts";
import type { DateAnalysis } from "../../app/analysisState.ts";
import type { Triad } from "../../model/analytics/index.ts";
import { MAX_LISTED, TRIAD_TYPE_WORDS, triadTypeText, type AnalysisSection, type SectionContext } from "./section.ts";

/** Whether two actor lists are the same, in order. */
export function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function triadsSection({ store, dateName, triadCount, moreTriads, redraw }: SectionContext): AnalysisSection {
  /** How many triads to list per constellation: a page, and a page more each time one is asked for. */
  const listed = new Map<string, number>();
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
    body: (cols, s) => {
      const triadList = (c: DateAnalysis) => {
        const count = triadCount(c);
        if (count === 0) return [h("p", { class: "empty" }, c.balance.triads === 0 ? "No closed triad." : "None: every closed triad is balanced.")];
        const shown = c.balance.unbalanced.slice(0, Math.min(listed.get(c.asOf) ?? MAX_LISTED, count));
        const next = Math.min(MAX_LISTED, count - shown.length);
        return [
          h("ul", { class: "triad-list", "aria-label": `Unbalanced triads on ${c.date}` }, ...shown.map((t) => triadButton(t, s))),
          count > shown.length
            ? h(
                "p",
                { class: "muted" },
                `The first ${shown.length} of ${count} (++− first). `,
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    "data-focus-key": `more-triads:${c.asOf}`,
                    onclick: () => {
                      const n = shown.length + next;
                      listed.set(c.asOf, n);
                      moreTriads(c, n);
                      redraw();
                    },
                  },
                  `Show ${next} more`,
                ),
              )
            : null,
        ];
      };
      return [
        ...cols.map((c) =>
          h(
            "div",
            { class: "triad-group" },
            cols.length > 1 ? h("h4", {}, `On ${dateName(c.date)}`) : null,
            ...triadList(c),
          ),
        ),
        s.highlightActors.length > 0
          ? h("p", {}, h("button", { type: "button", class: "tool", "data-focus-key": "clear-highlight", onclick: () => store.dispatch({ type: "highlightActors", actors: [] }) }, "Clear the highlight"))
          : null,
      ];
    },
  };
}
