/**
 * The key over the graph's corner for what the Analysis draws there (analysis.ts): the actors lit
 * by a chosen triad and the bloc rings. It is shown while the Analysis itself is not, e.g. on a
 * phone once the Analysis drawer is closed to look at the graph.
 */
import { h, replaceChildren } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import { blocRing } from "../widgets.ts";
import { counted } from "../../model/counted.ts";

/** Blocs listed by name in the key: beyond them one line sums up the rest (69 blocs at 5,000 actors covered the graph). */
export const KEY_BLOCS = 8;

/** The blocs the key lists, and what one line says of the rest (blocs come largest first). */
export function keyBlocs<B extends { members: readonly unknown[] }>(blocs: readonly B[], max = KEY_BLOCS): { shown: readonly B[]; rest: string | null } {
  if (blocs.length <= max) return { shown: blocs, rest: null };
  const others = blocs.slice(max);
  const sizes = others.map((b) => b.members.length);
  // No spread into Math.min: a partition can have tens of thousands of blocs.
  const [least, most] = [sizes.reduce((a, b) => Math.min(a, b)), sizes.reduce((a, b) => Math.max(a, b))];
  const actors = sizes.reduce((a, b) => a + b, 0);
  if (others.length === 1) return { shown: blocs.slice(0, max), rest: `and 1 smaller bloc of ${counted(actors, "actor")}` };
  const each = least === most ? `${counted(most, "actor")} each` : `${least}–${most} actors each`;
  return { shown: blocs.slice(0, max), rest: `and ${others.length} smaller blocs (${counted(actors, "actor")}, ${each})` };
}

/**
 * The key over the graph's corner, shown while the Analysis (which explains everything at length)
 * is not: the actors lit by a chosen triad, with a way to clear them, and the bloc rings with each
 * bloc's size and what the blocs leave unexplained. On a phone it is what remains when the
 * Analysis drawer is closed to look at the graph.
 */
export function mountGraphKey(host: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const box = h("section", { class: "graph-key", "aria-label": "Analysis on the graph", hidden: true });
  host.append(box);
  const link = (text: string, action: Action) => h("button", { type: "button", class: "link", onclick: () => store.dispatch(action) }, text);
  let drawn = "";
  const sync = (s: Derived) => {
    const show = !s.analysis && (s.blocs || s.highlightActors.length > 0);
    box.hidden = !show;
    if (!show) return;
    // The same blocs as the rings (kept during playback on a slow dataset).
    const rings = s.rings;
    const key = [rings ? `${rings.date}@${rings.partition.date}` : "", s.highlightActors.join("|")].join(" ");
    if (key === drawn) return;
    drawn = key;
    const p = rings?.partition;
    const at = rings;
    const listed = p ? keyBlocs(p.blocs) : null;
    const actions = [
      s.highlightActors.length > 0 ? link("Clear the highlight", { type: "highlightActors", actors: [] }) : null,
      p ? link("Hide blocs", { type: "setBlocs", show: false }) : null,
      link("Open the analysis", { type: "setAnalysis", open: true }),
    ].filter((x) => x !== null);
    replaceChildren(
      box,
      s.highlightActors.length > 0 ? h("p", { class: "graph-key-lit" }, h("strong", {}, "Lit: "), s.highlightActors.map(label).join(", ")) : null,
      p && at && listed
        ? h(
            "div",
            {},
            h("h2", { class: "graph-key-title" }, `Blocs on ${at.date}`),
            h("ul", { class: "graph-key-blocs" }, ...listed.shown.map((b) => h("li", {}, blocRing(b.id), `${b.members.length} actor${b.members.length === 1 ? "" : "s"}`))),
            listed.rest ? h("p", { class: "graph-key-more" }, listed.rest) : null,
            h("p", { class: "muted" }, `Ring and “(bloc n)” in the label. ${p.frustration} of ${p.ties} ties unexplained.`),
          )
        : null,
      h("p", { class: "graph-key-actions" }, ...actions.flatMap((a, i) => (i > 0 ? [" · ", a] : [a]))),
    );
  };
  sync(view.get());
  return view.select(["rings", "analysis", "highlightActors"], sync);
}
