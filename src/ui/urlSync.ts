/**
 * Binds the view state to the address bar. The fragment is a serialisation of the state
 * (`src/app/url.ts`): opening a link restores the view; every change that matters is written
 * back; back and forward step through views.
 *
 * History entries follow what a reader would call "a view change": toggling a period, compare,
 * a selection or a filter pushes an entry. Continuous moves do not flood the history: the camera
 * only replaces the current entry; a scrub (drag or held arrow key) pushes one entry when it
 * starts and then replaces it; playback writes nothing until it stops, then pushes where it
 * stopped. Writes during a scrub are throttled (browsers refuse hundreds of history calls a second).
 *
 * A link with garbage in it still opens: what was not understood is reset and listed in a short,
 * dismissible notice.
 */
import "./urlSync.css";
import { h } from "../dom/dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { DerivedView } from "../app/derivedView.ts";
import { parseView, serializeView, urlContext, URL_FIELDS, withLinkedFields, type ParsedView, type UrlContext } from "../app/url.ts";

/** A date change this soon after the previous one continues the same scrub. */
const GESTURE_MS = 800;
/** Minimum time between two address-bar writes during a scrub. */
const WRITE_MS = 150;
/** At most this many notices are listed; the rest are counted. */
const MAX_NOTICES = 4;

/** The state a page opens with: the link's fragment over the dataset's defaults. */
export function readViewFromLocation(model: StanceModel, defaults: ViewState): ParsedView & { ctx: UrlContext } {
  const ctx = urlContext(model, defaults);
  return { ...parseView(location.hash, ctx), ctx };
}

export interface UrlSyncOptions {
  /** Where the notice about an unreadable link appears (over the graph). */
  noticeHost: HTMLElement;
  /** Where the "Copy link" button goes. */
  toolbar: HTMLElement;
  /** Notices from reading the opening link. */
  notices: readonly string[];
}

/** Which part of the view a change touched, judged by the parameters it changed. */
function changeKind(a: string, b: string): "date" | "camera" | "view" {
  const params = (s: string) => new Map(s.split("&").map((p) => [p.slice(0, p.indexOf("=")), p] as [string, string]));
  const pa = params(a);
  const pb = params(b);
  const changed = new Set<string>();
  for (const k of new Set([...pa.keys(), ...pb.keys()])) if (pa.get(k) !== pb.get(k)) changed.add(k);
  if ([...changed].every((k) => k === "cam")) return "camera";
  if ([...changed].every((k) => k === "date" || k === "period")) return "date";
  return "view";
}

export function bindUrlSync(store: Store<ViewState, Action>, view: DerivedView, ctx: UrlContext, options: UrlSyncOptions): () => void {
  const notice = mountNotice(options.noticeHost);
  const copy = mountCopyLink(options.toolbar);
  /** The fragment the address bar holds (our last write, or the link we applied). */
  let written = serializeView(store.getState(), ctx);
  let lastDateChange = Number.NEGATIVE_INFINITY;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = 0;

  const urlFor = (fragment: string) => `${location.pathname}${location.search}#${fragment}`;
  const write = (fragment: string, mode: "push" | "replace") => {
    clearTimeout(timer);
    pending = null;
    if (mode === "push") history.pushState(null, "", urlFor(fragment));
    else history.replaceState(null, "", urlFor(fragment));
    lastWrite = performance.now();
  };
  const flushPending = () => {
    if (pending !== null) write(pending, "replace");
  };

  // Canonicalise the opening address: garbage removed, defaults made explicit.
  history.replaceState(null, "", urlFor(written));
  if (options.notices.length > 0) notice.show(options.notices);

  // Only what a link carries (and playback, which holds writes back) wakes the sync: a hover or a
  // fade does not serialise the fragment to find it unchanged.
  const unsubscribe = view.select([...URL_FIELDS, "playing"], (next, prev) => {
    const fragment = serializeView(next, ctx);
    if (fragment === written) return;
    const kind = changeKind(written, fragment);
    // Playback moves the date many times a second: written once, when it stops.
    if (next.playing && kind === "date") return;
    written = fragment;
    if (prev.playing && !next.playing) {
      flushPending();
      return write(fragment, "push");
    }
    if (kind === "camera") {
      flushPending();
      return write(fragment, "replace");
    }
    if (kind === "view") {
      flushPending();
      lastDateChange = Number.NEGATIVE_INFINITY;
      return write(fragment, "push");
    }
    // A date change: the first of a scrub pushes, the rest replace (throttled).
    const now = performance.now();
    const continuing = now - lastDateChange < GESTURE_MS;
    lastDateChange = now;
    if (!continuing) {
      flushPending();
      return write(fragment, "push");
    }
    pending = fragment;
    clearTimeout(timer);
    timer = setTimeout(flushPending, Math.max(0, WRITE_MS - (now - lastWrite)));
  });

  // Back, forward, or a fragment edited by hand: show the view it describes.
  const onNavigate = () => {
    const fragment = location.hash.replace(/^#/, "");
    if (fragment === written) return;
    // An in-page anchor (the skip link's #table-panel) names an element: it is not a view link.
    if (/^[A-Za-z][\w-]*$/.test(fragment) && document.getElementById(fragment)) return;
    clearTimeout(timer);
    pending = null;
    const parsed = parseView(fragment, ctx);
    const cur = store.getState();
    // Set first, so the store change this causes is not written back as a new entry.
    written = serializeView(parsed.state, ctx);
    // Only what links carry changes; panels, speed and the like stay as the reader left them.
    store.dispatch({ type: "replace", state: { ...withLinkedFields(cur, parsed.state), playing: false } });
    // A hand-edited fragment is rewritten in its canonical form, without a new entry.
    if (location.hash.replace(/^#/, "") !== written) history.replaceState(null, "", urlFor(written));
    if (parsed.notices.length > 0) notice.show(parsed.notices);
  };
  window.addEventListener("popstate", onNavigate);
  window.addEventListener("hashchange", onNavigate);

  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener("popstate", onNavigate);
    window.removeEventListener("hashchange", onNavigate);
    notice.element.remove();
    copy.remove();
  };
}

/** The notice shown over the graph when a link could not be fully read. */
function mountNotice(host: HTMLElement) {
  const list = h("ul", { class: "url-notice-list" });
  const dismiss = h("button", { type: "button", class: "url-notice-close", "aria-label": "Dismiss this notice" }, "×");
  const element = h(
    "div",
    { class: "url-notice", role: "status", hidden: true },
    h("div", { class: "url-notice-body" }, h("p", { class: "url-notice-title" }, "Parts of this link could not be used and were reset:"), list),
    dismiss,
  );
  dismiss.addEventListener("click", () => {
    element.hidden = true;
  });
  host.append(element);
  return {
    element,
    show(notices: readonly string[]) {
      const shown = notices.slice(0, MAX_NOTICES).map((n) => h("li", {}, n));
      if (notices.length > MAX_NOTICES) shown.push(h("li", {}, `… and ${notices.length - MAX_NOTICES} more.`));
      list.replaceChildren(...shown);
      element.hidden = false;
    },
  };
}

/**
 * "Copy link": the address (which always holds the current view) to the clipboard, with a
 * confirmation. Where the clipboard API is missing or refused (plain http, permissions), the link
 * appears in a read-only field, selected, ready for Ctrl+C.
 */
function mountCopyLink(toolbar: HTMLElement): HTMLElement {
  const status = h("span", { class: "copy-status", role: "status" });
  const field = h("input", { type: "text", class: "copy-field", readonly: true, "aria-label": "Link to this view", hidden: true });
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    status.textContent = text;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => (status.textContent = ""), 4000);
  };
  const fallback = (url: string) => {
    field.value = url;
    field.hidden = false;
    field.focus();
    field.select();
    say("Press Ctrl+C (⌘C) to copy the selected link.");
  };
  const button = h("button", {
    type: "button",
    class: "tool copy-link",
    "aria-label": "Copy a link to this view",
    title: "Copy a link to this view",
    onclick: () => {
      const url = location.href;
      field.hidden = true;
      if (!navigator.clipboard?.writeText) return fallback(url);
      navigator.clipboard.writeText(url).then(
        () => say("Link copied."),
        () => fallback(url),
      );
    },
  }, "Copy link");
  field.addEventListener("blur", () => (field.hidden = true));
  const wrap = h("span", { class: "copy-control" }, button, field, status);
  toolbar.append(wrap);
  return wrap;
}
