/**
 * The key over the graph's corner for what the Analysis draws there (analysis.ts): the actors lit
 * by a chosen triad and the bloc rings. It is shown while the Analysis itself is not, e.g. on a
 * phone once the Analysis drawer is closed to look at the graph.
 */
import { h, replaceChildren } from "./dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import { blocColor, ringBlocs, type RingBlocs } from "../app/analysisState.ts";

const SVG = "http://www.w3.org/2000/svg";

/** A ring like the one drawn on the graph, with the bloc's number inside. */
export function blocRing(bloc: number): SVGSVGElement {
  const el = document.createElementNS(SVG, "svg");
  el.setAttribute("width", "22");
  el.setAttribute("height", "22");
  el.setAttribute("viewBox", "0 0 22 22");
  el.setAttribute("aria-hidden", "true");
  el.classList.add("bloc-ring");
  const circle = document.createElementNS(SVG, "circle");
  for (const [k, v] of Object.entries({ cx: 11, cy: 11, r: 8.5, fill: "#ffffff", stroke: blocColor(bloc), "stroke-width": 4 })) circle.setAttribute(k, String(v));
  const text = document.createElementNS(SVG, "text");
  for (const [k, v] of Object.entries({ x: 11, y: 15, "text-anchor": "middle", class: "bloc-ring-number" })) text.setAttribute(k, String(v));
  text.textContent = String(bloc);
  el.append(circle, text);
  return el;
}

/**
 * The key over the graph's corner, shown while the Analysis (which explains everything at length)
 * is not: the actors lit by a chosen triad, with a way to clear them, and the bloc rings with each
 * bloc's size and what the blocs leave unexplained. On a phone it is what remains when the
 * Analysis drawer is closed to look at the graph.
 */
export function mountGraphKey(host: HTMLElement, model: StanceModel, store: Store<ViewState, Action>): () => void {
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const box = h("section", { class: "graph-key", "aria-label": "Analysis on the graph", hidden: true });
  host.append(box);
  const link = (text: string, action: Action) => h("button", { type: "button", class: "link", onclick: () => store.dispatch(action) }, text);
  let drawn = "";
  let rings: RingBlocs | null = null;
  const sync = (s: ViewState) => {
    const show = !s.analysis && (s.blocs || s.highlightActors.length > 0);
    box.hidden = !show;
    if (!show) return;
    // The same blocs as the rings (kept during playback on a slow dataset).
    rings = ringBlocs(model, s, rings);
    const key = [rings ? `${rings.date}@${rings.partition.date}` : "", s.highlightActors.join("|")].join(" ");
    if (key === drawn) return;
    drawn = key;
    const p = rings?.partition;
    const at = rings;
    const actions = [
      s.highlightActors.length > 0 ? link("Clear the highlight", { type: "highlightActors", actors: [] }) : null,
      p ? link("Hide blocs", { type: "setBlocs", show: false }) : null,
      link("Open the analysis", { type: "setAnalysis", open: true }),
    ].filter((x) => x !== null);
    replaceChildren(
      box,
      s.highlightActors.length > 0 ? h("p", { class: "graph-key-lit" }, h("strong", {}, "Lit: "), s.highlightActors.map(label).join(", ")) : null,
      p && at
        ? h(
            "div",
            {},
            h("h2", { class: "graph-key-title" }, `Blocs on ${at.date}`),
            h("ul", { class: "graph-key-blocs" }, ...p.blocs.map((b) => h("li", {}, blocRing(b.id), `${b.members.length} actor${b.members.length === 1 ? "" : "s"}`))),
            h("p", { class: "muted" }, `Ring and “(bloc n)” in the label. ${p.frustration} of ${p.ties} ties unexplained.`),
          )
        : null,
      h("p", { class: "graph-key-actions" }, ...actions.flatMap((a, i) => (i > 0 ? [" · ", a] : [a]))),
    );
  };
  sync(store.getState());
  return store.subscribe((s, prev) => {
    if (s.blocs !== prev.blocs || s.analysis !== prev.analysis || s.highlightActors !== prev.highlightActors || s.date !== prev.date || s.compare !== prev.compare || s.playing !== prev.playing) sync(s);
  });
}
