/**
 * The blocs at the date(s) on screen: the partition that best explains the signs, what it leaves
 * unexplained, and the switch that draws the blocs as rings on the graph.
 */
import { h } from "../../dom/dom.ts";
import { blocDate, type DateAnalysis } from "../../app/analysisState.ts";
import { blocRing } from "../widgets.ts";
import { MAX_LISTED, nameList, type AnalysisSection, type SectionContext } from "./section.ts";

export function blocsSection({ store, label, dateName }: SectionContext): AnalysisSection {
  const blocsList = (c: DateAnalysis, title: string | null) => {
    const p = c.blocs;
    return h(
      "div",
      { class: "bloc-group" },
      title ? h("h4", {}, title) : null,
      h(
        "p",
        { class: "bloc-summary" },
        `${p.blocs.length} bloc${p.blocs.length === 1 ? "" : "s"} leave ${p.frustration} of ${p.ties} tie${p.ties === 1 ? "" : "s"} unexplained`,
        p.exact ? " (the minimum, found by exact search)." : " (heuristic: an upper bound on the minimum).",
      ),
      h(
        "ul",
        { class: "bloc-legend", "aria-label": `Blocs on ${c.date}` },
        ...p.blocs.map((b) => h("li", { "data-bloc": b.id }, blocRing(b.id), h("span", {}, h("strong", {}, `Bloc ${b.id}`), `: ${nameList(b.labels)}`))),
      ),
      p.unaligned.length > 0 ? h("p", { class: "muted" }, `No ties, so no bloc: ${nameList(p.unaligned.map(label))}.`) : null,
      p.unexplained.length > 0
        ? h(
            "ul",
            { class: "unexplained", "aria-label": "Ties the blocs leave unexplained" },
            ...p.unexplained.slice(0, MAX_LISTED).map((u) => h("li", {}, `Unexplained: ${label(u.a)} – ${label(u.b)} (${u.reason === "positive-between" ? "positive between blocs" : "negative inside a bloc"})`)),
          )
        : null,
      p.unexplained.length > MAX_LISTED ? h("p", { class: "muted" }, `… and ${p.unexplained.length - MAX_LISTED} more unexplained ties.`) : null,
      p.undetermined.length > 0 ? h("p", { class: "muted" }, `Could sit in another bloc as well: ${nameList(p.undetermined.map(label))}.`) : null,
    );
  };

  return {
    id: "blocs",
    title: "Blocs",
    definition: "The partition of actors that best explains the signs: positive ties inside blocs, negative ties between them. Ties it cannot explain are counted.",
    body: (cols, s) => [
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", checked: s.blocs, "data-focus-key": "blocs", onchange: (e: Event) => store.dispatch({ type: "setBlocs", show: (e.target as HTMLInputElement).checked }) }),
        " Show blocs on the graph",
        cols.length > 1 ? ` (rings for ${blocDate(s)})` : "",
      ),
      ...cols.map((c) => blocsList(c, cols.length > 1 ? `On ${dateName(c.date)}` : null)),
    ],
  };
}
