/**
 * The time bar under the graph: the current date (always visible, large), the before/after
 * toggle, compare mode, "lay out this date", and the scrubber over the dataset's span: a real
 * range input (arrows move a day, Shift+arrows and PageUp/PageDown a month, Home/End the ends)
 * with the dataset's events as focusable markers above it and a histogram of relation changes
 * behind it, plus play/pause at a chosen speed. Moving in time only dispatches `setDate`; the
 * renderer's reducers do the rest, so the graph is never rebuilt and the layout never rerun.
 */
import "./timeline.css";
import { h, announce } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { StanceEvent } from "../../model/schema.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Derived, DerivedView } from "../../app/derivedView.ts";
import type { SnapshotLayout } from "../../view/snapshotLayout.ts";
import { addMonths, fromDay, toDay } from "../../model/dates.ts";
import { svg } from "../../dom/svg.ts";
import { rovingFocus } from "../../dom/rovingFocus.ts";
import { formatDate, formatLongDate } from "../widgets.ts";
import { mountPeriodToggle } from "./periodToggle.ts";
import { mountCompare } from "./compare.ts";
import { assignLanes, changeHistogram, groupEvents } from "../../app/timelineMarks.ts";
import { goingTo, NO_JOURNEY, type Journey } from "../../app/dateLegs.ts";

/** Playback speeds offered, in days per second. */
export const SPEEDS: ReadonlyArray<{ days: number; label: string; short: string }> = [
  { days: 7, label: "1 week per second", short: "1 week/s" },
  { days: 30, label: "1 month per second", short: "1 month/s" },
  { days: 90, label: "3 months per second", short: "3 months/s" },
  { days: 365, label: "1 year per second", short: "1 year/s" },
];

/** Marker width plus a gap, in pixels: closer markers go to another lane. */
const MARKER_GAP = 13;
const MAX_LANES = 5;
const LANE_PX = 13;
/** Events named in a group marker's tip and name. */
const GROUP_TIP_EVENTS = 3;

// ── the panel ─────────────────────────────────────────────────────────────────────────────────

/**
 * `legs`: a long date jump under way (src/app/dateLegs.ts). While the view is at a leg on the way,
 * whose picture is not drawn, the note under the date says where the legs are going.
 */
export function mountTimeline(el: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>, snapshot: SnapshotLayout, legs: Journey = NO_JOURNEY): () => void {
  const span = model.span;
  const first = toDay(span.from);
  const last = toDay(span.to);
  const length = Math.max(1, last - first);
  const pct = (date: string) => Math.min(100, Math.max(0, ((toDay(date) - first) / length) * 100));
  const clamp = (date: string) => (date < span.from ? span.from : date > span.to ? span.to : date);
  const periodOf = (date: string) => model.dataset.periods.find((p) => p.date === date);

  // Head: the date on screen and the periods. The bottom row holds playback and the actions
  // (compare, snapshot layout); the scrubber sits between them.
  const dateText = h("time", { class: "tl-date", id: "timeline-date" });
  const dateNote = h("span", { class: "tl-now-label" });
  const now = h("div", { class: "tl-now" }, dateNote, dateText);
  const head = h("div", { class: "tl-head" }, now);
  const unmountPeriods = mountPeriodToggle(head, model, view, store);
  const actions = h("div", { class: "tl-actions" });

  // Playback, and the scrubber with its event markers and histogram.
  const play = h("button", { type: "button", class: "tl-button tl-play", onclick: () => store.dispatch({ type: "setPlaying", playing: !store.getState().playing }) });
  const speed = h(
    "select",
    { class: "tl-speed", "aria-label": "Playback speed", onchange: () => store.dispatch({ type: "setSpeed", speed: Number(speed.value) }) },
    ...SPEEDS.map((s) => h("option", { value: s.days, "aria-label": s.label }, s.short)),
  );
  const range = h("input", {
    type: "range",
    class: "tl-range",
    id: "timeline-range",
    min: 0,
    max: length,
    step: 1,
    "aria-label": "Date",
    "aria-describedby": "timeline-keys",
  });
  const hist = svg("svg", { class: "tl-histogram", "aria-hidden": "true", preserveAspectRatio: "none" });
  // One tab stop for all events (a toolbar with a roving tabindex): arrows move between them.
  const markers = h("div", { class: "tl-events", role: "toolbar", "aria-label": "Events (arrow keys move between them)" });
  const years = h("div", { class: "tl-rail tl-years", "aria-hidden": "true" });
  const summary = h("p", { class: "visually-hidden", id: "timeline-summary" });
  const keys = h("p", { class: "visually-hidden", id: "timeline-keys" }, "Arrow keys move one day, Shift with an arrow or Page Up and Page Down one month, Home and End to the first and last day.");
  const rail = h("div", { class: "tl-rail" }, markers, h("div", { class: "tl-hist-wrap" }, hist));
  const track = h("div", { class: "tl-track" }, rail, range, years);
  const trackRow = h("div", { class: "tl-scrub" }, track, summary, keys);
  const playGroup = h("div", { class: "tl-play-group", role: "group", "aria-label": "Playback" }, play, speed);
  const controls = h("div", { class: "tl-controls" }, playGroup, actions);
  const comparePanel = h("div", { hidden: true });
  el.classList.add("tl");
  el.append(head, trackRow, comparePanel, controls);
  const unmountCompare = mountCompare({ toggle: actions, panel: comparePanel }, model, view, store);

  // "Lay out this date" and back.
  let laidOutFor = "";
  const layoutButton = h("button", {
    type: "button",
    class: "tl-button",
    onclick: () => {
      if (snapshot.active()) {
        snapshot.restore();
        announce("Restored the stable layout.");
      } else {
        snapshot.layOut();
        const s = store.getState();
        laidOutFor = s.compare ? `${s.compare.a} and ${s.compare.b}` : s.date;
        announce(`Nodes laid out for ${laidOutFor}.`);
      }
      renderHead(view.get());
    },
  });
  actions.append(layoutButton);

  const events = model.events.filter((e) => e.date >= span.from && e.date <= span.to);
  const groups = groupEvents(events, span);

  // Histogram bars: a fixed number of buckets, stretched to the track's width.
  const bucketCount = Math.max(12, Math.min(120, Math.round(length / 30)));
  const counts = changeHistogram((each) => model.index.forEachInterval(each), span, bucketCount);
  const peak = Math.max(1, ...counts);
  hist.setAttribute("viewBox", `0 0 ${bucketCount} 20`);
  counts.forEach((n, i) => {
    if (n === 0) return;
    const height = 3 + (17 * n) / peak;
    hist.append(svg("rect", { x: i + 0.12, width: 0.76, y: 20 - height, height }));
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const busiest = counts
    .map((n, i) => ({ n, i }))
    .filter((b) => b.n > 0)
    .sort((p, q) => q.n - p.n || p.i - q.i)
    .slice(0, 3)
    .map(({ n, i }) => {
      const bucketStart = first + Math.ceil((i * (length + 1)) / bucketCount);
      const bucketEnd = first + Math.ceil(((i + 1) * (length + 1)) / bucketCount) - 1;
      return `${formatDate(fromDay(bucketStart))} to ${formatDate(fromDay(bucketEnd))} (${n})`;
    });
  summary.textContent =
    `Timeline from ${formatDate(span.from)} to ${formatDate(span.to)}: ${total} relation changes (starts and ends)` +
    (busiest.length > 0 ? `; busiest stretches: ${busiest.join(", ")}.` : ".") +
    ` ${events.length} events are marked on the track${groups.length < events.length ? `, in ${groups.length} groups of nearby events` : ""}.`;

  // Event markers: focusable buttons that jump to the event's date (a group's first event).
  const eventButtons = groups.map((g) => eventMarker(g, pct, (date) => store.dispatch({ type: "goToDate", date })));
  markers.append(...eventButtons.flatMap((m) => m.elements));
  const buttons = eventButtons.map((m) => m.button);
  const unroving = rovingFocus(markers, () => buttons);

  // Lanes and year labels depend on the track's width in pixels.
  const layoutTrack = () => {
    const width = rail.clientWidth;
    if (width === 0) return;
    const lanes = assignLanes(groups.map((g) => (pct(g[0]!.date) / 100) * width), MARKER_GAP, MAX_LANES);
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    markers.style.height = `${laneCount * LANE_PX}px`;
    eventButtons.forEach((m, i) => m.setLane(lanes[i]!));
    const pxPerYear = (width * 365.25) / length;
    const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => s * pxPerYear >= 44) ?? 1000;
    const ticks: HTMLElement[] = [];
    for (let y = Number(span.from.slice(0, 4)) + 1; y <= Number(span.to.slice(0, 4)); y++) {
      if (y % step !== 0) continue;
      const tick = h("span", { class: "tl-year" }, String(y));
      tick.style.left = `${pct(`${String(y).padStart(4, "0")}-01-01`)}%`;
      ticks.push(tick);
    }
    years.replaceChildren(...ticks);
  };
  const resizeObserver = typeof ResizeObserver === "function" ? new ResizeObserver(layoutTrack) : null;
  resizeObserver?.observe(rail);
  layoutTrack();

  // Scrubbing: the pointer through `input`, the keyboard through our own steps (a month with a
  // modifier; the native PageUp step would be a tenth of the range).
  const scrubTo = (date: string) => {
    const s = store.getState();
    if (s.playing) store.dispatch({ type: "setPlaying", playing: false });
    store.dispatch({ type: "setDate", date: clamp(date) });
  };
  range.addEventListener("input", () => scrubTo(fromDay(first + Number(range.value))));
  range.addEventListener("keydown", (e) => {
    const date = store.getState().date;
    const forward = e.key === "ArrowRight" || e.key === "ArrowUp";
    const back = e.key === "ArrowLeft" || e.key === "ArrowDown";
    let next: string | null = null;
    if (forward || back) next = e.shiftKey ? addMonths(date, forward ? 1 : -1) : fromDay(toDay(date) + (forward ? 1 : -1));
    else if (e.key === "PageUp" || e.key === "PageDown") next = addMonths(date, e.key === "PageUp" ? 1 : -1);
    else if (e.key === "Home") next = span.from;
    else if (e.key === "End") next = span.to;
    if (next === null) return;
    e.preventDefault();
    scrubTo(next);
  });

  const renderHead = (s: Derived) => {
    now.classList.toggle("is-compare", s.compare !== null);
    if (s.compare) {
      dateText.dateTime = `${s.compare.a}/${s.compare.b}`;
      dateText.textContent = `${formatDate(s.compare.a)} → ${formatDate(s.compare.b)}`;
      dateNote.textContent = `Comparing · ${s.compare.a} → ${s.compare.b}`;
    } else {
      dateText.dateTime = s.date;
      dateText.textContent = formatDate(s.date);
      const n = s.visible.ids.size;
      const heading = goingTo(legs, s.date);
      dateNote.textContent = heading ? `On the way to ${heading} · passing ${s.date}` : `Showing · ${s.date} · ${n} relation${n === 1 ? "" : "s"}`;
    }
    const active = snapshot.active();
    layoutButton.textContent = active ? "Restore stable layout" : s.compare ? "Lay out this view" : "Lay out this date";
    layoutButton.title = active ? `Animate the nodes back to their stable positions (now laid out for ${laidOutFor})` : "Animate the nodes to a layout of the relations shown now";
  };

  const render = (s: Derived, prev: Derived | null) => {
    renderHead(s);
    el.classList.toggle("is-compare", s.compare !== null);
    trackRow.hidden = s.compare !== null;
    playGroup.hidden = s.compare !== null;
    if (!prev || prev.date !== s.date || prev.visible !== s.visible) {
      range.value = String(toDay(clamp(s.date)) - first);
      const period = periodOf(s.date);
      const n = s.visible.ids.size;
      // A leg on the way of a long jump (not drawn): the same words at each leg, so a screen reader
      // has one thing to say for the journey rather than a date and a count it never sees drawn.
      const heading = goingTo(legs, s.date);
      range.setAttribute("aria-valuetext", heading ? `On the way to ${formatLongDate(heading)}` : `${formatLongDate(s.date)}${period ? `, ${period.label}` : ""}, ${n} relation${n === 1 ? "" : "s"} shown`);
      for (const m of eventButtons) m.setCurrent(s.date);
    }
    if (!prev || prev.playing !== s.playing) {
      play.textContent = s.playing ? "❚❚ Pause" : "▶ Play";
      play.setAttribute("aria-label", s.playing ? "Pause playback" : "Play through time");
    }
    if (!prev || prev.speed !== s.speed) {
      if (![...speed.options].some((o) => Number(o.value) === s.speed)) speed.append(h("option", { value: s.speed }, `${s.speed} days per second`));
      speed.value = String(s.speed);
    }
  };
  render(view.get(), null);
  const unsubscribe = view.select(["date", "compare", "visible", "playing", "speed"], render);
  return () => {
    unsubscribe();
    unroving();
    unmountPeriods();
    unmountCompare();
    resizeObserver?.disconnect();
  };
}

/**
 * One marker on the track: a diamond button for an event (or a group of nearby events), its
 * label shown on hover and on keyboard focus.
 */
function eventMarker(group: readonly StanceEvent[], pct: (date: string) => number, go: (date: string) => void) {
  const e = group[0]!;
  // A single event spans to its end; a group from its first event's start to its last one's.
  const last = group.length === 1 ? (e.end ?? e.date) : group[group.length - 1]!.date;
  const when = last !== e.date ? `${formatDate(e.date)} – ${formatDate(last)}` : formatDate(e.date);
  const title = group.length === 1 ? e.label : `${group.length} events`;
  const at = pct(e.date);
  // A group's tip names its first few events, so they can be read without zooming the timeline.
  const shown = group.length === 1 ? [] : group.slice(0, GROUP_TIP_EVENTS).map((x) => h("span", { class: "tl-tip-item" }, `${formatDate(x.date)}: ${x.label}`));
  const more = group.length > GROUP_TIP_EVENTS ? [h("span", { class: "tl-tip-item" }, `… and ${group.length - GROUP_TIP_EVENTS} more`)] : [];
  const tip = h("span", { class: "tl-tip", "aria-hidden": "true" }, h("strong", {}, title), h("span", {}, when), ...shown, ...more);
  const button = h(
    "button",
    {
      type: "button",
      class: group.length === 1 ? "tl-event" : "tl-event tl-event-group",
      "aria-label":
        group.length === 1
          ? `${e.label}, ${when}: go to this date`
          : `${group.length} events, ${when}, first ${group.slice(0, GROUP_TIP_EVENTS).map((x) => x.label).join("; ")}: go to the first`,
      onclick: () => go(e.date),
    },
    h("span", { class: "tl-diamond", "aria-hidden": "true" }),
    tip,
  );
  // Keep the label on screen near either end of the track.
  if (at < 12) tip.classList.add("tl-tip-start");
  else if (at > 88) tip.classList.add("tl-tip-end");
  button.style.left = `${at}%`;
  // A multi-day event (the war) also shows its extent as a bar in its lane.
  const bar = group.length === 1 && e.end && e.end > e.date ? h("span", { class: "tl-event-span", "aria-hidden": "true" }) : null;
  if (bar) {
    bar.style.width = `${Math.max(0, pct(e.end!) - at)}%`;
    bar.style.left = `${at}%`;
  }
  return {
    button,
    elements: bar ? [bar, button] : [button],
    setLane(lane: number) {
      for (const x of bar ? [bar, button] : [button]) x.style.bottom = `${lane * LANE_PX}px`;
    },
    setCurrent(date: string) {
      const current = date >= e.date && date <= last;
      button.classList.toggle("is-current", current);
    },
  };
}
