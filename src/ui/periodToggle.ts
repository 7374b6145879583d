/**
 * The before/after toggle: one button per named period of the dataset ("Before 2023", "After
 * 2023"), each showing the date it stands for. The pressed one is the period on screen; pressing
 * another jumps there (leaving compare mode and playback). Periods are data, not code.
 */
import { h } from "./dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";

// Month abbreviations spelled out here: ICU versions disagree ("Sep" or "Sept").
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "18 Sep 2023" for 2023-09-18. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "Monday, 18 September 2023": for screen readers and tooltips. */
export function formatLongDate(iso: string): string {
  return LONG_DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

export function mountPeriodToggle(parent: HTMLElement, model: StanceModel, store: Store<ViewState, Action>): void {
  const periods = model.dataset.periods;
  if (periods.length === 0) return;
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

  const render = (s: ViewState) => {
    periods.forEach((p, i) => buttons[i]!.setAttribute("aria-pressed", String(!s.compare && s.date === p.date)));
  };
  render(store.getState());
  store.subscribe((next, prev) => {
    if (next.date !== prev.date || next.compare !== prev.compare) render(next);
  });
}
