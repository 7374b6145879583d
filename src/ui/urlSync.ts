/**
 * Binds the view state to the address bar. The fragment is a serialisation of the state
 * (`src/app/url.ts`): opening a link restores the view; every change that matters is written
 * back; back and forward step through views.
 *
 * History entries follow what a reader would call "a view change" (a period, compare, a selection,
 * a filter push an entry; the camera and a scrub replace it; playback writes when it stops): the
 * policy and its timing are src/app/urlWriter.ts, over a clock that tests replace.
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
import { createUrlWriter, systemClock, type Clock } from "../app/urlWriter.ts";
import { mountNotice } from "./widgets.ts";

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
  /** Time and timers for the history policy (default: a test's clock if it set one, else the browser's). */
  clock?: Clock;
}

/**
 * The clock a browser test installs before the app starts (`window.stancegraphTestHooks.urlClock`),
 * so that "one scrub is one history entry" does not depend on how fast the machine presses keys.
 */
function testClock(): Clock | undefined {
  return (window as unknown as { stancegraphTestHooks?: { urlClock?: Clock } }).stancegraphTestHooks?.urlClock;
}

export function bindUrlSync(store: Store<ViewState, Action>, view: DerivedView, ctx: UrlContext, options: UrlSyncOptions): () => void {
  const notice = mountNotice(options.noticeHost, { className: "url-notice", title: "Parts of this link could not be used and were reset:" });
  const copy = mountCopyLink(options.toolbar);
  const urlFor = (fragment: string) => `${location.pathname}${location.search}#${fragment}`;
  const writer = createUrlWriter(
    serializeView(store.getState(), ctx),
    (fragment, mode) => (mode === "push" ? history.pushState(null, "", urlFor(fragment)) : history.replaceState(null, "", urlFor(fragment))),
    options.clock ?? testClock() ?? systemClock,
  );

  // Canonicalise the opening address: garbage removed, defaults made explicit.
  history.replaceState(null, "", urlFor(writer.written()));
  if (options.notices.length > 0) notice.show(options.notices);

  // Only what a link carries (and playback, which holds writes back) wakes the sync: a hover or a
  // fade does not serialise the fragment to find it unchanged.
  const unsubscribe = view.select([...URL_FIELDS, "playing"], (next, prev) => writer.change(serializeView(next, ctx), { now: next.playing, before: prev.playing }));

  // Back, forward, or a fragment edited by hand: show the view it describes.
  const onNavigate = () => {
    const fragment = location.hash.replace(/^#/, "");
    if (fragment === writer.written()) return;
    // An in-page anchor (the skip link's #table-panel) names an element: it is not a view link.
    if (/^[A-Za-z][\w-]*$/.test(fragment) && document.getElementById(fragment)) return;
    const parsed = parseView(fragment, ctx);
    const cur = store.getState();
    // Adopted first, so the store change this causes is not written back as a new entry.
    writer.adopt(serializeView(parsed.state, ctx));
    const written = writer.written();
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
    writer.dispose();
    window.removeEventListener("popstate", onNavigate);
    window.removeEventListener("hashchange", onNavigate);
    notice.element.remove();
    copy.remove();
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
    "aria-label": "Copy link to this view",
    title: "Copy link to this view",
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
