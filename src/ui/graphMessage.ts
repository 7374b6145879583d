/** The message over the canvas when nothing is drawn: say why and what to do. */
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Renderer } from "../view/renderer.ts";
import type { StanceModel } from "../model/stanceModel.ts";

export function mountGraphMessage(el: HTMLElement, model: StanceModel, renderer: Renderer, store: Store<ViewState, Action>): void {
  const render = (s: ViewState) => {
    const visible = renderer.visible();
    let text = "";
    if (model.dataset.relations.length === 0) text = "This dataset has no relations yet.";
    else if (visible.ids.size === 0) {
      const filtered = s.hiddenTypes.length > 0 || s.hiddenKinds.length > 0;
      const when = s.compare ? `on ${s.compare.a} or ${s.compare.b}` : `on ${s.date}`;
      text = filtered
        ? `No relations ${when} pass the filters. Tick more relation types or actor kinds.`
        : `No relations are active ${when}. Move the timeline to another date.`;
    }
    el.textContent = text;
    el.hidden = text === "";
  };
  render(store.getState());
  store.subscribe(render);
}
