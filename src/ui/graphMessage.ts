/**
 * The messages over the canvas: when nothing is drawn, why and what to do; in an ego view, whose
 * neighbourhood is shown, with the way back to the whole graph.
 */
import { h } from "../dom/dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";

export function mountGraphMessage(el: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const text = h("span", {});
  const back = h("button", { type: "button", class: "tool", onclick: () => store.dispatch({ type: "setEgo", ego: null }) }, "Show the whole graph");
  el.replaceChildren(text, " ", back);
  const render = (v: Derived) => {
    let message = "";
    if (model.dataset.relations.length === 0) message = "This dataset has no relations yet.";
    else if (v.visible.ids.size === 0) {
      const filtered = v.hiddenTypes.length > 0 || v.hiddenKinds.length > 0;
      const when = v.compare ? `on ${v.compare.a} or ${v.compare.b}` : `on ${v.date}`;
      message = filtered
        ? `No relations ${when} pass the filters. Tick more relation types or actor kinds.`
        : `No relations are active ${when}. Move the timeline to another date.`;
    }
    if (v.ego) {
      const name = model.actors.get(v.ego.actor)?.label ?? v.ego.actor;
      const shown = v.visible.actorsWithRelations.size;
      message = `${message ? `${message} ` : ""}Showing ${name} and ${v.ego.depth === 1 ? "its neighbours" : "everyone up to two steps away"} (${shown} actor${shown === 1 ? "" : "s"}).`;
    }
    text.textContent = message;
    back.hidden = v.ego === null;
    // A note about what is shown sits at the top, clear of the graph; "nothing drawn" sits in the
    // middle. Actors without a relation in view are still drawn (pale, with their labels): over
    // them the message is a note too, or it would hide them (a new dataset's first actor).
    el.classList.toggle("is-note", v.visible.ids.size > 0 || model.graph.order > 0);
    // A note that stays while the user works (a dataset with no relations yet, an ego view) is a
    // band the graph starts below, so it hides no actor; one that comes and goes with the date
    // ("No relations are active on …") stays over the graph: making room for it would move every
    // node at each such step.
    el.classList.toggle("is-band", model.dataset.relations.length === 0 || v.ego !== null);
    el.hidden = message === "";
  };
  // The graph starts below a band (styles.css): its height, however many lines it wraps to. Set
  // when the band comes or goes, and by the resize observer when its text wraps otherwise: not
  // measured at each date step (a layout read in the hot path).
  const wrap = el.parentElement;
  let banded = false;
  const noteHeight = () => wrap?.style.setProperty("--graph-note-height", `${banded ? el.offsetHeight : 0}px`);
  const sized = typeof ResizeObserver === "function" ? new ResizeObserver(noteHeight) : null;
  sized?.observe(el);
  const show = (v: Derived) => {
    render(v);
    const now = !el.hidden && el.classList.contains("is-note") && el.classList.contains("is-band");
    if (now === banded) return;
    banded = now;
    noteHeight();
  };
  show(view.get());
  noteHeight();
  // An edit that adds an actor and no relation leaves the visible set as it was (derivedView keeps
  // its identity), yet the message must become a note above the new actor: the model's revision too.
  const unselect = view.select(["visible", "ego", "modelRevision"], show);
  return () => {
    unselect();
    sized?.disconnect();
    wrap?.style.removeProperty("--graph-note-height");
  };
}
