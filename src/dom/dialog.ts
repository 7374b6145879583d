/**
 * Closing a modal <dialog> with the focus given back at once. Chromium fires a dialog's "close"
 * event at the next animation frame, after the page stopped being inert: focusing the opener in
 * that event took back a focus the user had moved in between (Escape, then a fast Tab or click).
 * So the app's own closes (its buttons, Escape) focus the opener during the close, and the "close"
 * event — a close that did not come through here, e.g. the teardown's — only does it when nothing
 * else has the focus. Used by the Export, About and import dialogs and the curation dialogs
 * (ui/curate/forms.ts).
 */

/**
 * Wires `dialog`'s Escape (it stops there: the page's own Escape, clearing the selection, must not
 * run) and its "close" event. `back` names where the focus goes (read at each close; skipped when
 * it is not in the page). `closed`, when given, runs once per close, before the focus moves: during
 * the app's close, or at the "close" event for another. Returns the close to call from the
 * dialog's buttons.
 */
export function focusBackOnClose(dialog: HTMLDialogElement, back: () => HTMLElement | null | undefined, closed?: () => void): () => void {
  // Set by the app's close until its "close" event arrives: `closed` has run for it already.
  let done = false;
  const restore = () => {
    const target = back();
    if (target?.isConnected) target.focus();
  };
  const close = () => {
    if (!dialog.open) return;
    // close() already returns the focus to what had it before showModal(); the opener may differ.
    dialog.close();
    done = true;
    closed?.();
    restore();
  };
  dialog.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    close();
  });
  dialog.addEventListener("close", () => {
    if (!done) closed?.();
    done = false;
    // Opened again before this event came: the focus is the new dialog's.
    if (dialog.open) return;
    const active = document.activeElement;
    if (active === null || active === document.body || dialog.contains(active)) restore();
  });
  return close;
}
