/** The message over the canvas when nothing is drawn: say why and what to do. */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";

export function mountGraphMessage(el: HTMLElement, model: StanceModel, view: DerivedView): () => void {
  const render = (v: Derived) => {
    let text = "";
    if (model.dataset.relations.length === 0) text = "This dataset has no relations yet.";
    else if (v.visible.ids.size === 0) {
      const filtered = v.hiddenTypes.length > 0 || v.hiddenKinds.length > 0;
      const when = v.compare ? `on ${v.compare.a} or ${v.compare.b}` : `on ${v.date}`;
      text = filtered
        ? `No relations ${when} pass the filters. Tick more relation types or actor kinds.`
        : `No relations are active ${when}. Move the timeline to another date.`;
    }
    el.textContent = text;
    el.hidden = text === "";
  };
  render(view.get());
  return view.select(["visible"], render);
}
