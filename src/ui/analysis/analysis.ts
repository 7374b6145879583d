/**
 * The Analysis panel: structural balance, alignment and blocs at the date on screen (both dates in
 * compare mode, side by side), and charts of the balanced ratio and of chosen actors' net alignment
 * over the whole timeline (analysisTimeline.ts); a key over the graph (analysisKey.ts).
 *
 * The figures are four sections, each a descriptor in its own module (balanceSection.ts,
 * triadsSection.ts, alignmentSection.ts, blocsSection.ts) rendered by the same frame (section.ts).
 * This module owns what they share: the panel's skeleton, when to redraw, keeping the keyboard
 * focus across a redraw, and Escape.
 *
 * It shares the right-hand column with the Details as a second tab (ui/sidePanels.ts; on small
 * screens it is a drawer opened from the toolbar). Choosing an unbalanced triad lights its three
 * actors on the graph; "Show blocs on the graph" rings each node in its bloc's colour and adds the
 * bloc's number to its label. Figures come from `src/model/analytics/` through the memo in
 * analysisState.ts, and the panel redraws only when the constellation on screen changes.
 */
import "./analysis.css";
import { h, replaceChildren, announce } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Shell } from "../shell.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import { analysisOf, chartActorsOf, SLOW_MS, type AnalysisNeeds, type DateAnalysis } from "../../app/analysisState.ts";
import { analysisInWorker } from "../../app/analysisThreshold.ts";
import type { AnalysisClient } from "../../app/analysisClient.ts";
import { RemoteFigures } from "../../app/analysisProtocol.ts";
import { mountAnalysisTimeline } from "./analysisTimeline.ts";
import { mountGraphKey } from "./analysisKey.ts";
import { MAX_LISTED, renderSection, type AnalysisSection, type SectionContext } from "./section.ts";
import { balanceSection } from "./balanceSection.ts";
import { triadsSection } from "./triadsSection.ts";
import { alignmentSection } from "./alignmentSection.ts";
import { blocsSection } from "./blocsSection.ts";
import { nextTask } from "../../app/slices.ts";

/**
 * Where the method is explained: docs/analytics.md, shipped beside the app by the build
 * (scripts/shipDocs.ts) and served from the project root by the dev server, so the link works
 * offline and from any host. Browsers show it as plain text.
 */
export const METHOD_HREF = "docs/analytics.md";

/** Mounts the panel and the key over the graph; returns what removes their listeners. */
export function mountAnalysis(shell: Shell, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const analysis = analysisOf(model);
  const periodOf = (date: string) => model.dataset.periods.find((p) => p.date === date);
  const dateName = (date: string) => `${date}${periodOf(date) ? ` (${periodOf(date)!.label})` : ""}`;
  const panel = shell.analysis;

  // ── panel skeleton ─────────────────────────────────────────────────────────────────────────
  const dateLine = h("span", {});
  const close = h("button", { type: "button", class: "close analysis-close", "aria-label": "Close the analysis", onclick: () => store.dispatch({ type: "setAnalysis", open: false }) }, "×");
  const figures = h("div", { class: "analysis-figures" });
  const timeline = h("section", { class: "analysis-section", "aria-labelledby": "analysis-time-heading" });
  panel.append(
    h("header", { class: "card-header analysis-head" }, h("h2", { class: "analysis-title", id: "analysis-heading" }, h("span", { class: "visually-hidden" }, "Analysis: "), dateLine), close),
    h(
      "p",
      { class: "definition" },
      "Signed ties at a date: one per pair of actors, + for cooperative relations, − for adversarial ones; neutral relations such as mediation are not ties. ",
      h("a", { href: METHOD_HREF, target: "_blank", rel: "noopener", class: "method-link" }, "Method and references (docs/analytics.md)"),
      ".",
    ),
    figures,
    timeline,
  );
  const charts = mountAnalysisTimeline(timeline, model, store);

  // ── the figures at the date(s) ─────────────────────────────────────────────────────────────
  const ctx: SectionContext = {
    model,
    analysis,
    store,
    label: (id) => model.actors.get(id)?.label ?? id,
    dateName,
    redraw: () => render(store.getState(), true),
    triadCount: (c) => remoteFigures?.count(c.asOf) ?? c.balance.unbalanced.length,
    moreTriads: (c, n) => askTriads(c, n),
  };
  const sections: readonly AnalysisSection[] = [balanceSection, triadsSection(ctx), alignmentSection(ctx), blocsSection(ctx)];
  const columns = (s: ViewState): DateAnalysis[] => (s.compare ? [analysis.at(s.compare.a), analysis.at(s.compare.b)] : [analysis.at(s.date)]);

  /** The constellation(s) last drawn, to skip redraws that would change nothing. */
  let drawnKey = "";
  let lastRenderMs = 0;
  const render = (s: ViewState, force = false) => {
    dateLine.textContent = s.compare ? `Comparing ${dateName(s.compare.a)} and ${dateName(s.compare.b)}` : `On ${dateName(s.date)}`;
    // Playback on a large dataset: the figures wait until it stops rather than stall every frame.
    if (s.playing && (analysis.slow() || lastRenderMs > SLOW_MS)) {
      dateLine.textContent += " (figures update when playback stops)";
      return;
    }
    const started = performance.now();
    const cols = columns(s);
    const key = [cols.map((c) => `${c.date}@${c.asOf}`).join(","), s.highlightActors.join("|"), s.blocs].join(" ");
    if (!force && key === drawnKey) return;
    drawnKey = key;
    // Keep the keyboard focus on the same control across the redraw.
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    replaceChildren(figures, ...sections.map((section) => renderSection(section, cols, s)));
    if (focusKey && figures.contains(document.activeElement) === false) figures.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    lastRenderMs = performance.now() - started;
  };

  // ── a large dataset: the figures come from the analysis worker (app/analysisClient.ts) ────────
  const remote = analysisInWorker(model);
  /** What came from the worker beside the memo: triad counts, pages and series steps (null: computed here). */
  const remoteFigures = remote ? new RemoteFigures(model.dataset.actors) : null;
  let client: AnalysisClient | null = null;
  let asking = false;
  let stopped = false;
  const note = h("p", { class: "analysis-computing", role: "status" });
  /** True when every figure `s` shows is in the memo; otherwise says so, asks the worker and re-syncs. */
  const computed = (s: Derived): boolean => {
    const needs: AnalysisNeeds = { dates: s.compare ? [s.compare.a, s.compare.b] : [s.date], shifts: s.compare ? [[s.compare.a, s.compare.b]] : [], series: true };
    const missing = analysis.missing(needs);
    if (missing.dates.length === 0 && missing.shifts.length === 0 && !missing.series) return true;
    dateLine.textContent = s.compare ? `Comparing ${dateName(s.compare.a)} and ${dateName(s.compare.b)}` : `On ${dateName(s.date)}`;
    // Playback asks for nothing: the figures catch up when it stops.
    if (s.playing) {
      dateLine.textContent += " (figures update when playback stops)";
      return false;
    }
    const actors = model.dataset.actors.length.toLocaleString("en");
    note.textContent = missing.series && missing.dates.length > 0 ? `Computing blocs and the timeline for ${actors} actors…` : missing.series ? `Computing the timeline for ${actors} actors…` : `Computing blocs for ${actors} actors…`;
    if (!figures.contains(note)) replaceChildren(figures, note);
    drawnKey = "";
    if (asking) return false;
    asking = true;
    // The client (and its worker) is loaded on first use: most datasets never need it.
    // Only what the panel shows comes back: the first page of triads, the chart's actors' series.
    const ask = async () => (await theClient()).compute(missing, chartActorsOf(model, s.chartActors), MAX_LISTED);
    ask().then(
      (result) => {
        asking = false;
        if (stopped) return;
        remoteFigures!.adopt(analysis, result);
        // Drawn in the next task: receiving the answer (its copy and unpacking) is one at 50,000 actors.
        void nextTask().then(() => !stopped && sync(view.get()));
      },
      (err: unknown) => {
        asking = false;
        if (stopped) return;
        note.textContent = `The figures could not be computed: ${err instanceof Error ? err.message : String(err)}`;
      },
    );
    return false;
  };

  /** The client (and its worker), loaded on first use: most datasets never need it. */
  const theClient = async (): Promise<AnalysisClient> => {
    if (!client) {
      const { createAnalysisClient } = await import("../../app/analysisClient.ts");
      if (stopped) throw new Error("the panel was closed");
      client = createAnalysisClient(model);
    }
    return client;
  };
  /** Asks the worker for the triads of `c` up to `n` when fewer are here; redraws when they come. */
  const triadsAsked = new Set<string>();
  const askTriads = (c: DateAnalysis, n: number) => {
    const have = c.balance.unbalanced.length;
    const want = Math.min(n, ctx.triadCount(c));
    if (!remoteFigures || have >= want || triadsAsked.has(c.asOf)) return;
    triadsAsked.add(c.asOf);
    void theClient()
      .then((cl) => cl.triads(c.date, have, want - have))
      .then(
        (triads) => {
          triadsAsked.delete(c.asOf);
          if (stopped) return;
          remoteFigures.addTriads(c.asOf, triads);
          render(store.getState(), true);
        },
        () => triadsAsked.delete(c.asOf),
      );
  };

  /** The state the charts last drew. */
  let charted: Derived | undefined;
  let chartsLater = false;
  const syncCharts = () => {
    const s = view.get();
    if (!s.analysis) return;
    const missingSteps = remoteFigures?.missingSteps(chartActorsOf(model, s.chartActors)) ?? [];
    if (missingSteps.length > 0) {
      // Another actor on the chart: its series comes from the worker, then the chart is drawn.
      void theClient()
        .then((cl) => cl.series(missingSteps))
        .then((steps) => {
          if (stopped) return;
          remoteFigures!.addSteps(steps);
          syncCharts();
        });
      return;
    }
    charts.sync(s, charted, remote);
    charted = s;
  };
  const sync = (s: Derived) => {
    if (!s.analysis) return;
    if (remote && !computed(s)) return;
    render(s);
    if (!remote) return syncCharts();
    // A large dataset: the charts in a task of their own after the figures, not one long task.
    if (chartsLater) return;
    chartsLater = true;
    setTimeout(() => {
      chartsLater = false;
      if (!stopped) syncCharts();
    }, 0);
  };
  sync(view.get());
  const unsubscribe = view.select(["analysis", "date", "compare", "playing", "highlightActors", "blocs", "chartActors"], sync);

  // Escape clears a highlighted triad first (the global Escape then clears the selection).
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || e.defaultPrevented || store.getState().highlightActors.length === 0) return;
    store.dispatch({ type: "highlightActors", actors: [] });
    announce("Highlight cleared.");
    e.preventDefault();
  };
  document.addEventListener("keydown", onKey);

  const unmountKey = mountGraphKey(shell.graphMessage.parentElement ?? shell.graph, model, view, store);
  return () => {
    stopped = true;
    client?.stop();
    unsubscribe();
    unmountKey();
    document.removeEventListener("keydown", onKey);
  };
}
