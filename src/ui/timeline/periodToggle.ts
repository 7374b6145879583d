/**
 * The before/after toggle: one button per named period of the dataset ("Before 2023", "After
 * 2023"), each showing the date it stands for. The pressed one is the period on screen; pressing
 * another jumps there (leaving compare mode and playback). Periods are data, not code.
 */
import { h } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import { formatDate } from "../widgets.ts";

export function mountPeriodToggle(parent: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const periods = model.dataset.periods;
  if (periods.length === 0) return () => {};
  const buttons = periods.map((p) =>
    h(
      "button",
      {
        type: "button",
        class: "period-button",
        "data-period": p.id,
        "aria-pressed": "false",
        title: p.description ?? "",
        onclick: () => store.dispatch({ type: "goToDate", date: p.date }),
      },
      h("span", { class: "period-label" }, p.label),
      h("time", { class: "period-date", datetime: p.date }, formatDate(p.date)),
    ),
  );
  parent.append(h("div", { class: "period-toggle", role: "group", "aria-label": "Named periods: show the graph on that date" }, ...buttons));

  const render = (s: Derived) => {
    periods.forEach((p, i) => buttons[i]!.setAttribute("aria-pressed", String(!s.compare && s.date === p.date)));
  };
  render(view.get());
  return view.select(["date", "compare"], render);
}
