/** Compare mode's "Who moved most, and toward whom" under the alignment table. */
import { h } from "../../dom/dom.ts";
import type { AlignmentShiftReport } from "../../model/analytics/index.ts";
import { signedNumber } from "./chartScales.ts";

/** Movers listed; the rest are counted. */
const MAX_MOVERS = 8;

const mark = (s: number) => (s > 0 ? "+" : s < 0 ? "−" : "none");
const side = (x: { bloc: number; delta: number } | null) => (x ? `bloc ${x.bloc} (${signedNumber(x.delta, true)})` : null);

/** The actors whose ties changed between the dates, most movement first, with the blocs (at `b`) they moved toward and away from. */
export function movedList(report: AlignmentShiftReport, b: string): HTMLElement {
  const moved = report.actors.filter((x) => x.movement > 0);
  return h(
    "div",
    { class: "moved" },
    h("h4", {}, "Who moved most, and toward whom"),
    h("p", { class: "definition" }, `Movement: 1 per tie gained or lost, 2 per tie that flipped sign. Sides are the blocs on ${b}.`),
    moved.length === 0
      ? h("p", { class: "empty" }, "Nobody: every tie is the same on both dates.")
      : h(
          "ol",
          { class: "moved-list" },
          ...moved.slice(0, MAX_MOVERS).map((x) => {
            const toward = side(x.toward);
            const away = side(x.awayFrom);
            return h(
              "li",
              {},
              h("strong", {}, x.label),
              ` — movement ${x.movement}, net ${signedNumber(x.before.net)} → ${signedNumber(x.after.net)}`,
              toward || away ? `; ${[toward ? `toward ${toward}` : "", away ? `away from ${away}` : ""].filter(Boolean).join(", ")}` : "",
              h("br"),
              h("span", { class: "muted" }, "Changed ties: ", x.partners.map((p) => `${p.label} ${mark(p.before)} → ${mark(p.after)}`).join(", ")),
            );
          }),
        ),
    moved.length > MAX_MOVERS ? h("p", { class: "muted" }, `… and ${moved.length - MAX_MOVERS} more actors moved.`) : null,
  );
}
