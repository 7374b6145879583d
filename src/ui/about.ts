/**
 * "About this dataset": a header button opening a dialog with what the dataset says about itself
 * — its title and description, its span and size, what each named period shows, its licence and
 * its sources with links. It opens by itself on the first visit of the default dataset (so a
 * newcomer reads that its story is a machine-paraphrased repost before wondering at the quotes'
 * wording); closing it is remembered in localStorage. Dataset text is set as text only, and only
 * http(s) URLs become links.
 */
import "./about.css";
import { h } from "../dom/dom.ts";
import { focusBackOnClose } from "../dom/dialog.ts";
import type { Dataset } from "../model/schema.ts";
import { formatDate, safeUrl } from "./widgets.ts";

/** localStorage key remembering that the About of dataset `id` was closed. */
export const aboutSeenKey = (id: string) => `stancegraph:about-seen:${id}`;

export interface AboutOptions {
  /** Open it now unless it was closed before (the default dataset's first visit). */
  openOnFirstVisit: boolean;
}

export function mountAbout(slot: HTMLElement, dataset: Dataset, options: AboutOptions): () => void {
  const button = h("button", { type: "button", class: "tool about-button", "aria-haspopup": "dialog", "aria-label": "About this dataset", title: "About this dataset: description, periods, licence, sources" }, "About");
  const closeButton = h("button", { type: "button", class: "close", "aria-label": "Close the description of the dataset", onclick: () => close() }, "×");
  const dialog = h(
    "dialog",
    { class: "about-dialog", "aria-labelledby": "about-title", tabindex: -1 },
    h("header", { class: "about-head" }, h("div", {}, h("p", { class: "about-kicker" }, "About this dataset"), h("h2", { id: "about-title" }, dataset.title)), closeButton),
  );
  // The body is built when the dialog first opens: a generated dataset of 50,000 actors lists
  // thousands of sources, 0.15 s of the start-up's tasks for a dialog few open.
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    dialog.append(...aboutContent(dataset), h("div", { class: "about-actions" }, h("button", { type: "button", class: "tool", onclick: () => close() }, "Start exploring")));
  };

  const open = () => {
    if (dialog.open) return;
    build();
    dialog.showModal();
    // From its top, title first: not from the close button the browser would focus.
    dialog.focus();
    dialog.scrollTop = 0;
  };
  button.addEventListener("click", open);
  // Its buttons and Escape give the focus back to the About button at once (and Escape does not also clear the graph's selection).
  // Remembered as it closes: a reload straight after must not open it again.
  const close = focusBackOnClose(dialog, () => button, () => remember(dataset.id));
  slot.append(button);
  document.body.append(dialog);
  if (options.openOnFirstVisit && !seen(dataset.id)) open();
  return () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    button.remove();
  };
}

/** The dialog's body: description, span and size, periods, licence, sources. */
function aboutContent(d: Dataset): HTMLElement[] {
  const span = d.span ? `${formatDate(d.span.from)} to ${formatDate(d.span.to)}` : null;
  const sizes = `${d.actors.length} actors, ${d.relations.length} relations, ${d.events.length} events, ${d.sources.length} sources`;
  return [
    d.description ? h("p", { class: "about-description" }, d.description) : h("p", { class: "hint" }, "The dataset has no description."),
    h("p", { class: "about-facts" }, span ? `Timeline: ${span}. ` : "", `${sizes}.`),
    h(
      "section",
      { "aria-labelledby": "about-periods" },
      h("h3", { id: "about-periods" }, "Periods"),
      d.periods.length === 0
        ? h("p", { class: "hint" }, "No named periods: move the timeline to any date.")
        : h(
            "ul",
            { class: "about-periods" },
            ...d.periods.map((p) => h("li", {}, h("strong", {}, p.label), ` — ${formatDate(p.date)}`, p.description ? `: ${p.description}` : "")),
          ),
    ),
    h(
      "section",
      { "aria-labelledby": "about-licence" },
      h("h3", { id: "about-licence" }, "Licence"),
      h("p", {}, d.license ?? "The dataset does not state a licence: ask its authors before reusing it."),
    ),
    h(
      "section",
      { "aria-labelledby": "about-sources" },
      h("h3", { id: "about-sources" }, `Sources (${d.sources.length})`),
      h(
        "ul",
        { class: "about-sources" },
        ...d.sources.map((s) => {
          const href = safeUrl(s.url);
          return h(
            "li",
            {},
            h("cite", {}, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, s.title) : s.title),
            ` — ${s.publisher}${s.date ? `, ${formatDate(s.date)}` : ""}`,
            s.note ? h("p", { class: "about-source-note" }, s.note) : null,
          );
        }),
      ),
    ),
  ];
}

function seen(id: string): boolean {
  try {
    return localStorage.getItem(aboutSeenKey(id)) !== null;
  } catch {
    // Storage refused (a privacy mode): better once per visit than never.
    return false;
  }
}

function remember(id: string): void {
  try {
    localStorage.setItem(aboutSeenKey(id), new Date().toISOString().slice(0, 10));
  } catch {
    // Not kept: it opens again on the next visit.
  }
}
