/**
 * The Analysis panel's "Over the timeline" section: the balanced ratio and the chosen actors' net
 * alignment at every change date of the series (computed once per dataset), with the named
 * periods and the events marked. Choosing a date on a chart shows it on the graph (leaving
 * compare mode). The actors are chosen with checkboxes; the default is in analysisState.ts.
 */
import { h, replaceChildren, announce } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import { analysisOf, chartActorsOf } from "../../app/analysisState.ts";
import { alignmentSeries, type StanceSeries } from "../../model/analytics/index.ts";
import { lineChart, type ChartMark, type ChartSeries, type LineChart } from "./charts.ts";
import { seriesSwatch } from "./chartMarks.ts";
import { integerTicks, signedNumber } from "./chartScales.ts";
import { nextTask } from "../../app/slices.ts";

/** Most actors on the alignment chart: beyond six lines the chart stops being readable. */
export const MAX_CHART_ACTORS = 6;
/** Most actors offered as checkboxes (those with the most relations), for very large datasets. */
const MAX_CHOICES = 200;

/** Line styles for the actors, in order: colour, dash and marker differ together. */
const ACTOR_STYLES: ReadonlyArray<Pick<ChartSeries, "color" | "dash" | "marker">> = [
  { color: "#0077BB", dash: "", marker: "circle" },
  { color: "#CC3311", dash: "6 3", marker: "square" },
  { color: "#009988", dash: "2 2", marker: "triangle" },
  { color: "#EE3377", dash: "8 3 2 3", marker: "diamond" },
  { color: "#555555", dash: "4 2", marker: "ring" },
  { color: "#882255", dash: "1 3", marker: "cross" },
];

/** "0.75", "1", "0.667": a ratio with at most three decimals. */
export function ratioValue(v: number): string {
  return String(Number(v.toFixed(3)));
}

/**
 * The `k` actors with the highest degree, highest first (equal degrees in the actors' order), by
 * one pass that keeps the best `k`: at 50,000 actors, sorting them all by degree took 150 ms of
 * the task that draws the actors' chart.
 */
export function mostConnected<A extends { id: string }>(actors: readonly A[], degreeOf: (id: string) => number, k: number): A[] {
  const best: Array<{ actor: A; degree: number }> = [];
  if (k <= 0) return [];
  for (const actor of actors) {
    const degree = degreeOf(actor.id);
    if (best.length === k && degree <= best[k - 1]!.degree) continue;
    // After every kept actor of a higher or equal degree: ties keep the actors' order.
    let at = best.length;
    while (at > 0 && best[at - 1]!.degree < degree) at--;
    best.splice(at, 0, { actor, degree });
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.actor);
}

export function mountAnalysisTimeline(section: HTMLElement, model: StanceModel, store: Store<ViewState, Action>) {
  const analysis = analysisOf(model);
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const marks: ChartMark[] = [
    ...model.dataset.periods.map((p): ChartMark => ({ date: p.date, label: p.label, kind: "period" })),
    ...model.events.map((e): ChartMark => ({ date: e.date, end: e.end, label: e.label, kind: "event" })),
  ];
  const pick = (date: string) => {
    store.dispatch({ type: "goToDate", date });
    announce(`Showing ${date}.`);
  };

  const balanceSlot = h("div", {});
  const actorSlot = h("div", {});
  const picker = h("fieldset", { class: "chart-actors" });
  section.append(
    h("h3", { id: "analysis-time-heading" }, "Over the timeline"),
    h("p", { class: "definition" }, "Each point is a date where a relation starts or ends; values hold until the next point. Choose a point to show that date on the graph."),
    balanceSlot,
    picker,
    actorSlot,
  );

  let series: StanceSeries | null = null;
  let balanceChart: LineChart | null = null;
  let actorChart: LineChart | null = null;
  let chartedActors = "";

  const current = (s: ViewState) => (s.compare ? [s.compare.a, s.compare.b] : [s.date]);

  const buildBalance = (sr: StanceSeries) => {
    const dates = sr.points.map((p) => p.date);
    const strong = sr.points.map((p) => p.strong.ratio);
    const weak = sr.points.map((p) => p.weak.ratio);
    const known = sr.points.filter((p) => p.strong.ratio !== null);
    const lowest = known.reduce<(typeof known)[number] | undefined>((m, p) => (m === undefined || p.strong.ratio! < m.strong.ratio! ? p : m), undefined);
    const differ = sr.points.filter((p) => p.strong.ratio !== p.weak.ratio).length;
    const summary =
      known.length === 0
        ? `No closed triad at any date from ${sr.from} to ${sr.to}, so no balanced ratio.`
        : `The strong balanced ratio is ${ratioValue(known[0]!.strong.ratio!)} on ${known[0]!.date} and ${ratioValue(known[known.length - 1]!.strong.ratio!)} on ${known[known.length - 1]!.date}; ` +
          `its lowest is ${ratioValue(lowest!.strong.ratio!)}, first on ${lowest!.date}. ` +
          (differ === 0 ? "The weak ratio equals it at every date." : `The weak ratio differs at ${differ} of ${sr.points.length} dates.`);
    return lineChart({
      id: "chart-balance",
      title: "Balanced ratio over time",
      yLabel: "balanced ratio",
      dates,
      from: sr.from,
      to: sr.to,
      // Weak first, so that where the two agree the strong line is drawn on top of it; when they
      // agree everywhere one line says so, instead of one line hiding the other.
      series:
        differ === 0
          ? [{ name: "strong and weak balance (equal at every date)", values: strong, color: "#0077BB", dash: "", marker: "circle" }]
          : [
              { name: "weak balance", values: weak, color: "#CC3311", dash: "5 3", marker: "square" },
              { name: "strong balance", values: strong, color: "#0077BB", dash: "", marker: "circle" },
            ],
      yDomain: [0, 1],
      yTicks: [0, 0.25, 0.5, 0.75, 1],
      formatValue: ratioValue,
      pointLabel: (i) => {
        const p = sr.points[i]!;
        if (p.strong.ratio === null) return `${p.date}: no closed triad, no balanced ratio`;
        return `${p.date}: balanced ratio ${ratioValue(p.strong.ratio)} (strong), ${ratioValue(p.weak.ratio!)} (weak), ${p.triads} closed triad${p.triads === 1 ? "" : "s"}`;
      },
      summary,
      marks,
      onPick: pick,
    });
  };

  const buildActors = (sr: StanceSeries, ids: string[]) => {
    const dates = sr.points.map((p) => p.date);
    const lines = ids.map((id, k): ChartSeries => ({ name: label(id), values: alignmentSeries(sr, id).map((a) => a.net), ...ACTOR_STYLES[k % ACTOR_STYLES.length]! }));
    const all = lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
    const { ticks, domain } = integerTicks(all);
    const summary =
      lines.length === 0
        ? "No actor chosen."
        : lines
            .map((l) => {
              const v = l.values as number[];
              return `${l.name}: net ${signedNumber(v[0]!)} on ${dates[0]}, ${signedNumber(v[v.length - 1]!)} on ${dates[dates.length - 1]}, between ${signedNumber(Math.min(...v))} and ${signedNumber(Math.max(...v))}.`;
            })
            .join(" ");
    return lineChart({
      id: "chart-alignment",
      title: "Net alignment over time",
      yLabel: "net (positive − negative)",
      dates,
      from: sr.from,
      to: sr.to,
      series: lines,
      yDomain: domain,
      yTicks: ticks,
      formatValue: (v) => signedNumber(v),
      pointLabel: (i) => `${dates[i]}: net alignment ${lines.map((l) => `${l.name} ${signedNumber(l.values[i]!)}`).join(", ") || "(no actor chosen)"}`,
      summary,
      marks,
      onPick: pick,
    });
  };

  /** The checkboxes: every actor (sorted by name), or the MAX_CHOICES with most relations. */
  let offeredActors: Array<{ id: string; label: string }> | null = null;
  const renderPicker = (chosen: string[]) => {
    // Made once: at 50,000 actors the sort by degree took 150 ms, on every change of the chart's actors.
    const offered = (offeredActors ??= mostConnected(model.dataset.actors, (id) => model.graph.degree(id), MAX_CHOICES).sort((p, q) => p.label.localeCompare(q.label)));
    const full = chosen.length >= MAX_CHART_ACTORS;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    replaceChildren(
      picker,
      h("legend", {}, `Actors on the net alignment chart (up to ${MAX_CHART_ACTORS})`),
      model.dataset.actors.length > MAX_CHOICES ? h("p", { class: "muted" }, `The ${MAX_CHOICES} actors with the most relations are listed.`) : null,
      h(
        "ul",
        { class: "chart-actor-list" },
        ...offered.map((a) => {
          const k = chosen.indexOf(a.id);
          return h(
            "li",
            {},
            h(
              "label",
              { class: "check" },
              h("input", {
                type: "checkbox",
                value: a.id,
                checked: k >= 0,
                disabled: k < 0 && full,
                "data-focus-key": `chart-actor:${a.id}`,
                onchange: (e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const now = chartActorsOf(model, store.getState().chartActors);
                  store.dispatch({ type: "setChartActors", actors: on ? [...now, a.id] : now.filter((x) => x !== a.id) });
                },
              }),
              k >= 0 ? seriesSwatch(ACTOR_STYLES[k % ACTOR_STYLES.length]!) : null,
              ` ${a.label}`,
            ),
          );
        }),
      ),
    );
    if (focusKey && !picker.contains(document.activeElement)) picker.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  };

  const section_ = {
    /**
     * Brings the section up to date with the state (only what changed is rebuilt). `split`: a
     * large dataset, whose first sync draws the balance chart and leaves the actors' chart and
     * the picker to the next task.
     */
    sync(s: ViewState, prev?: ViewState, split = false) {
      if (!series) {
        series = analysis.series();
        balanceChart = buildBalance(series);
        replaceChildren(balanceSlot, balanceChart.element);
        if (split) {
          balanceChart.setCurrent(current(s));
          // With the state whose series the panel made sure of, unless a later sync drew it first.
          void nextTask().then(() => actorChart ?? section_.sync(s));
          return;
        }
      }
      const ids = chartActorsOf(model, s.chartActors);
      if (ids.join("|") !== chartedActors) {
        chartedActors = ids.join("|");
        actorChart = buildActors(series, ids);
        replaceChildren(actorSlot, actorChart.element);
        renderPicker(ids);
        actorChart.setCurrent(current(s));
      }
      if (!prev || s.date !== prev.date || s.compare !== prev.compare || !prev.analysis) {
        balanceChart!.setCurrent(current(s));
        actorChart!.setCurrent(current(s));
      }
    },
  };
  return section_;
}
