/**
 * The Analysis panel: structural balance, alignment and blocs at the date on screen (both dates in
 * compare mode, side by side), and charts of the balanced ratio and of chosen actors' net alignment
 * over the whole timeline (analysisTimeline.ts); a key over the graph (analysisKey.ts).
 *
 * It shares the right-hand column with the Details as a second tab (on small screens it is a
 * drawer opened from the toolbar). Choosing an unbalanced triad lights its three actors on the
 * graph; "Show blocs on the graph" rings each node in its bloc's colour and adds the bloc's number
 * to its label. Figures come from `src/model/analytics/` through the memo in analysisState.ts, and
 * the panel redraws only when the constellation on screen changes.
 */
import "./analysis.css";
import { h, replaceChildren, announce } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Shell } from "../shell.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import { analysisOf, blocDate, SLOW_MS, type DateAnalysis } from "../../app/analysisState.ts";
import type { BalanceFigure, BlocPartition, Triad } from "../../model/analytics/index.ts";
import { mountAnalysisTimeline } from "./analysisTimeline.ts";
import { signedNumber } from "./chartScales.ts";
import { mountGraphKey } from "./analysisKey.ts";
import { blocRing } from "../widgets.ts";

/** Lists longer than these are cut, with a count and (for the table) a way to see all. */
const MAX_ROWS = 100;
const MAX_TRIADS = 50;
const MAX_NAMES = 30;

/** "0.500 (2 of 4)", as the CLI prints it; "n/a" without closed triads. */
export function ratioText(f: BalanceFigure): string {
  return f.ratio === null ? "n/a (no closed triad)" : `${f.ratio.toFixed(3)} (${f.balanced} of ${f.balanced + f.unbalanced})`;
}

/** Triad type with real minus signs ("++−"), and in words for its accessible name. */
const typeText = (t: string) => t.replaceAll("-", "−");
const TYPE_WORDS: Record<string, string> = { "+++": "three positive ties", "++-": "two positive ties and one negative", "+--": "one positive tie and two negative", "---": "three negative ties" };

/** Mounts the panel and the key over the graph; returns what removes their listeners. */
export function mountAnalysis(shell: Shell, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const analysis = analysisOf(model);
  const label = (id: string) => model.actors.get(id)?.label ?? id;
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
      "Signed ties at a date: one per pair of actors, + for cooperative relations, − for adversarial ones; neutral relations such as mediation are not ties. Method and references: docs/analytics.md.",
    ),
    figures,
    timeline,
  );
  const charts = mountAnalysisTimeline(timeline, model, store);

  // ── the figures at the date(s) ─────────────────────────────────────────────────────────────
  let sortKey: "label" | "bloc" | "positive" | "negative" | "net" | "netA" | "netB" | "change" = "net";
  let descending = true;
  let allRows = false;
  /** "A, B, C" or "A, B, … and 12 more" for long lists. */
  const names = (labels: readonly string[]) => (labels.length > MAX_NAMES ? `${labels.slice(0, MAX_NAMES).join(", ")}, … and ${labels.length - MAX_NAMES} more` : labels.join(", "));

  const columns = (s: ViewState): DateAnalysis[] => (s.compare ? [analysis.at(s.compare.a), analysis.at(s.compare.b)] : [analysis.at(s.date)]);

  const balanceSection = (cols: DateAnalysis[]) => {
    const headRow = h("tr", {}, h("th", { scope: "col" }, "Measure"), ...cols.map((c) => h("th", { scope: "col", class: "num" }, c.date)));
    const row = (name: string, value: (c: DateAnalysis) => string, title?: string) =>
      h("tr", {}, h("th", { scope: "row", title: title ?? null }, name), ...cols.map((c) => h("td", { class: "num" }, value(c))));
    const ties = (c: DateAnalysis) => `${c.balance.ties.total} (${c.balance.ties.positive} +, ${c.balance.ties.negative} −)`;
    return h(
      "section",
      { class: "analysis-section", "aria-labelledby": "balance-heading" },
      h("h3", { id: "balance-heading" }, "Structural balance"),
      h(
        "p",
        { class: "definition" },
        "A closed triad is three actors tied pairwise. Under strong balance (Heider) it is balanced when the product of its signs is positive: +++ “the friend of my friend is my friend”, +−− “the enemy of my enemy is my friend”. Weak balance (Davis) also allows −−−.",
      ),
      h(
        "table",
        { class: "analysis-table balance-table" },
        h("caption", { class: "visually-hidden" }, "Structural balance at each date"),
        h("thead", {}, headRow),
        h(
          "tbody",
          {},
          row("Signed ties", ties),
          row("Closed triads", (c) => String(c.balance.triads)),
          ...(["+++", "++-", "+--", "---"] as const).map((t) =>
            row(`${typeText(t)} triads`, (c) => String(c.balance.counts[t]), `${TYPE_WORDS[t]}: ${t === "+++" || t === "+--" ? "balanced" : t === "---" ? "balanced under weak balance only" : "unbalanced"}`),
          ),
          row("Balanced ratio, strong", (c) => ratioText(c.balance.strong)),
          row("Balanced ratio, weak", (c) => ratioText(c.balance.weak)),
        ),
      ),
    );
  };

  const triadButton = (t: Triad, s: ViewState) => {
    const pressed = sameActors(s.highlightActors, t.actors);
    const names = t.labels.join(", ");
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "triad",
          "aria-pressed": String(pressed),
          "data-focus-key": `triad:${t.actors.join("|")}`,
          "data-actors": t.actors.join("|"),
          "aria-label": `${names}: ${TYPE_WORDS[t.type]}${t.weakBalanced ? "" : ", unbalanced under weak balance too"}. ${pressed ? "Lit on the graph; press again to clear" : "Light them on the graph"}`,
          onclick: () => {
            const on = !sameActors(store.getState().highlightActors, t.actors);
            store.dispatch({ type: "highlightActors", actors: on ? t.actors : [] });
            announce(on ? `${names} lit on the graph. Escape clears.` : "Highlight cleared.");
          },
        },
        h("span", { class: "triad-type", "aria-hidden": "true" }, typeText(t.type)),
        h("span", { class: "triad-names" }, names),
        t.weakBalanced ? null : h("span", { class: "triad-note" }, "weak: unbalanced too"),
      ),
    );
  };

  const triadsSection = (cols: DateAnalysis[], s: ViewState) =>
    h(
      "section",
      { class: "analysis-section", "aria-labelledby": "triads-heading" },
      h("h3", { id: "triads-heading" }, "Unbalanced triads"),
      h("p", { class: "definition" }, "Under strong balance. Choose one to light its three actors and their relations on the graph; choose it again, or press Escape, to clear."),
      ...cols.map((c) =>
        h(
          "div",
          { class: "triad-group" },
          cols.length > 1 ? h("h4", {}, `On ${dateName(c.date)}`) : null,
          c.balance.unbalanced.length === 0
            ? h("p", { class: "empty" }, c.balance.triads === 0 ? "No closed triad." : "None: every closed triad is balanced.")
            : h("ul", { class: "triad-list", "aria-label": `Unbalanced triads on ${c.date}` }, ...c.balance.unbalanced.slice(0, MAX_TRIADS).map((t) => triadButton(t, s))),
          c.balance.unbalanced.length > MAX_TRIADS ? h("p", { class: "muted" }, `The first ${MAX_TRIADS} of ${c.balance.unbalanced.length} (++− first).`) : null,
        ),
      ),
      s.highlightActors.length > 0
        ? h("p", {}, h("button", { type: "button", class: "tool", "data-focus-key": "clear-highlight", onclick: () => store.dispatch({ type: "highlightActors", actors: [] }) }, "Clear the highlight"))
        : null,
    );

  const blocCell = (blocs: BlocPartition, id: string) => {
    const b = blocs.blocOf[id];
    return b === undefined ? h("td", { class: "bloc-cell" }, h("span", { class: "muted" }, "none")) : h("td", { class: "bloc-cell" }, blocRing(b), ` ${b}`);
  };

  const alignmentSection = (cols: DateAnalysis[], s: ViewState) => {
    const compare = cols.length > 1;
    const last = cols[cols.length - 1]!;
    type Row = { id: string; label: string; bloc: number; positive: number; negative: number; net: number; netA: number; netB: number; change: number };
    const first = new Map(cols[0]!.alignment.map((r) => [r.id, r]));
    const rows: Row[] = last.alignment.map((r) => {
      const a = first.get(r.id);
      return { id: r.id, label: r.label, bloc: last.blocs.blocOf[r.id] ?? Number.POSITIVE_INFINITY, positive: r.positive, negative: r.negative, net: r.net, netA: a?.net ?? 0, netB: r.net, change: r.net - (a?.net ?? 0) };
    });
    const keys: Array<{ key: typeof sortKey; text: string; date?: string; name: string }> = compare
      ? [
          { key: "label", text: "Actor", name: "actor" },
          { key: "bloc", text: "Bloc", name: `bloc on ${last.date}` },
          { key: "netA", text: "Net", date: cols[0]!.date, name: `net alignment on ${cols[0]!.date}` },
          { key: "netB", text: "Net", date: last.date, name: `net alignment on ${last.date}` },
          { key: "change", text: "Change", name: "change of net alignment" },
        ]
      : [
          { key: "label", text: "Actor", name: "actor" },
          { key: "bloc", text: "Bloc", name: "bloc" },
          { key: "positive", text: "+", name: "positive ties" },
          { key: "negative", text: "−", name: "negative ties" },
          { key: "net", text: "Net", name: "net alignment" },
        ];
    if (!keys.some((k) => k.key === sortKey)) sortKey = compare ? "change" : "net";
    const dir = descending ? -1 : 1;
    rows.sort((p, q) => {
      const a = p[sortKey];
      const b = q[sortKey];
      const d = typeof a === "number" && typeof b === "number" ? (sortKey === "change" ? Math.abs(a) - Math.abs(b) || a - b : a - b) : String(a).localeCompare(String(b));
      return d * dir || p.label.localeCompare(q.label);
    });
    const head = h(
      "tr",
      {},
      ...keys.map((k) =>
        h(
          "th",
          { scope: "col", class: k.key === "label" ? "" : "num", "aria-sort": k.key === sortKey ? (descending ? "descending" : "ascending") : "none" },
          h(
            "button",
            {
              type: "button",
              class: "sort",
              "data-focus-key": `sort:${k.key}`,
              "aria-label": `Sort by ${k.name}${k.key === sortKey ? (descending ? ", now descending" : ", now ascending") : ""}`,
              onclick: () => {
                descending = k.key === sortKey ? !descending : k.key !== "label" && k.key !== "bloc";
                sortKey = k.key;
                render(store.getState(), true);
                announce(`Alignment sorted by ${k.name}, ${descending ? "descending" : "ascending"}.`);
              },
            },
            k.text,
            k.key === sortKey ? (descending ? " ▼" : " ▲") : "",
            k.date ? h("span", { class: "th-date" }, k.date) : null,
          ),
        ),
      ),
    );
    const shown = allRows ? rows : rows.slice(0, MAX_ROWS);
    const body = shown.map((r) =>
      h(
        "tr",
        { "data-actor": r.id, class: s.highlightActors.includes(r.id) ? "is-lit" : "" },
        h("th", { scope: "row" }, r.label),
        blocCell(last.blocs, r.id),
        ...(compare
          ? [h("td", { class: "num" }, signedNumber(r.netA)), h("td", { class: "num" }, signedNumber(r.netB)), h("td", { class: "num" }, signedNumber(r.change, true))]
          : [h("td", { class: "num" }, String(r.positive)), h("td", { class: "num" }, String(r.negative)), h("td", { class: "num strong" }, signedNumber(r.net))]),
      ),
    );
    return h(
      "section",
      { class: "analysis-section", "aria-labelledby": "alignment-heading" },
      h("h3", { id: "alignment-heading" }, "Alignment"),
      h("p", { class: "definition" }, "Each actor's positive and negative ties; net alignment = positive − negative."),
      h(
        "div",
        { class: "analysis-table-scroll" },
        h(
          "table",
          { class: "analysis-table alignment-table" },
          h("caption", { class: "visually-hidden" }, compare ? `Net alignment on ${cols[0]!.date} and ${last.date}` : `Alignment on ${last.date}`),
          h("thead", {}, head),
          h("tbody", {}, ...body),
        ),
      ),
      rows.length > shown.length
        ? h(
            "p",
            { class: "muted" },
            `${shown.length} of ${rows.length} actors, in the order above. `,
            h("button", { type: "button", class: "link", "data-focus-key": "all-rows", onclick: () => ((allRows = true), render(store.getState(), true)) }, `Show all ${rows.length}`),
          )
        : null,
      compare ? movedSection(cols[0]!.date, last.date) : null,
    );
  };

  const movedSection = (a: string, b: string) => {
    const report = analysis.shift(a, b);
    const moved = report.actors.filter((x) => x.movement > 0);
    const mark = (s: number) => (s > 0 ? "+" : s < 0 ? "−" : "none");
    const side = (x: { bloc: number; delta: number } | null) => (x ? `bloc ${x.bloc} (${signedNumber(x.delta, true)})` : null);
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
            ...moved.slice(0, 8).map((x) => {
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
      moved.length > 8 ? h("p", { class: "muted" }, `… and ${moved.length - 8} more actors moved.`) : null,
    );
  };

  const blocsList = (c: DateAnalysis, title: string | null) => {
    const p = c.blocs;
    return h(
      "div",
      { class: "bloc-group" },
      title ? h("h4", {}, title) : null,
      h(
        "p",
        { class: "bloc-summary" },
        `${p.blocs.length} bloc${p.blocs.length === 1 ? "" : "s"} leave ${p.frustration} of ${p.ties} tie${p.ties === 1 ? "" : "s"} unexplained`,
        p.exact ? " (the minimum, found by exact search)." : " (heuristic: an upper bound on the minimum).",
      ),
      h(
        "ul",
        { class: "bloc-legend", "aria-label": `Blocs on ${c.date}` },
        ...p.blocs.map((b) => h("li", { "data-bloc": b.id }, blocRing(b.id), h("span", {}, h("strong", {}, `Bloc ${b.id}`), `: ${names(b.labels)}`))),
      ),
      p.unaligned.length > 0 ? h("p", { class: "muted" }, `No ties, so no bloc: ${names(p.unaligned.map(label))}.`) : null,
      p.unexplained.length > 0
        ? h(
            "ul",
            { class: "unexplained", "aria-label": "Ties the blocs leave unexplained" },
            ...p.unexplained.slice(0, MAX_TRIADS).map((u) => h("li", {}, `Unexplained: ${label(u.a)} – ${label(u.b)} (${u.reason === "positive-between" ? "positive between blocs" : "negative inside a bloc"})`)),
          )
        : null,
      p.unexplained.length > MAX_TRIADS ? h("p", { class: "muted" }, `… and ${p.unexplained.length - MAX_TRIADS} more unexplained ties.`) : null,
      p.undetermined.length > 0 ? h("p", { class: "muted" }, `Could sit in another bloc as well: ${names(p.undetermined.map(label))}.`) : null,
    );
  };

  const blocsSection = (cols: DateAnalysis[], s: ViewState) =>
    h(
      "section",
      { class: "analysis-section", "aria-labelledby": "blocs-heading" },
      h("h3", { id: "blocs-heading" }, "Blocs"),
      h("p", { class: "definition" }, "The partition of actors that best explains the signs: positive ties inside blocs, negative ties between them. Ties it cannot explain are counted."),
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", checked: s.blocs, "data-focus-key": "blocs", onchange: (e: Event) => store.dispatch({ type: "setBlocs", show: (e.target as HTMLInputElement).checked }) }),
        " Show blocs on the graph",
        cols.length > 1 ? ` (rings for ${blocDate(s)})` : "",
      ),
      ...cols.map((c) => blocsList(c, cols.length > 1 ? `On ${dateName(c.date)}` : null)),
    );

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
    replaceChildren(figures, balanceSection(cols), triadsSection(cols, s), alignmentSection(cols, s), blocsSection(cols, s));
    if (focusKey && figures.contains(document.activeElement) === false) figures.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    lastRenderMs = performance.now() - started;
  };

  const sync = (s: Derived, prev?: Derived) => {
    if (!s.analysis) return;
    render(s);
    charts.sync(s, prev);
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
    unsubscribe();
    unmountKey();
    document.removeEventListener("keydown", onKey);
  };
}

function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
