/**
 * Widgets shared by several panels: the marks that stand for a relation type, an actor kind or a
 * bloc, the evidence list, dates in words, the notice over the graph. Panels import these, never
 * each other.
 */
import { h } from "../dom/dom.ts";
import { svg } from "../dom/svg.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Evidence, Relation, RelationType } from "../model/schema.ts";
import { kindColor } from "../style/palette.ts";
import { SIGN_THICKNESS } from "../style/edgeStyle.ts";
import { blocColor } from "../app/analysisState.ts";
import { formatProvenance } from "../io/ingest/provenance.ts";
import "./evidence.css";
import "./notice.css";

/** A relation type's sign in words, as the filters, the details card, the relation form and the suggestions write it. */
export function signName(sign: number): "cooperative" | "adversarial" | "neutral" {
  return sign > 0 ? "cooperative" : sign < 0 ? "adversarial" : "neutral";
}

/** A small picture of how a relation type is drawn: colour, thickness, arrow. */
export function edgeSwatch(type: Pick<RelationType, "color" | "sign" | "directed">, opacity = 1): SVGSVGElement {
  const el = svg("svg", { width: 36, height: 14, "aria-hidden": "true", class: "swatch" });
  el.append(svg("line", { x1: 2, y1: 7, x2: type.directed ? 26 : 34, y2: 7, stroke: type.color, "stroke-width": SIGN_THICKNESS[type.sign], "stroke-opacity": opacity }));
  if (type.directed) el.append(svg("path", { d: "M26 2 L35 7 L26 12 Z", fill: type.color }));
  return el;
}

/** A coloured dot for an actor kind. Styled through CSSOM: the CSP forbids inline style attributes. */
export function kindDot(kind: string): HTMLSpanElement {
  const dot = h("span", { class: "dot", "aria-hidden": "true" });
  dot.style.background = kindColor(kind);
  return dot;
}

/** A ring like the one drawn on the graph, with the bloc's number inside. */
export function blocRing(bloc: number): SVGSVGElement {
  const text = svg("text", { x: 11, y: 15, "text-anchor": "middle", class: "bloc-ring-number" }, String(bloc));
  return svg("svg", { width: 22, height: 22, viewBox: "0 0 22 22", "aria-hidden": "true", class: "bloc-ring" }, svg("circle", { cx: 11, cy: 11, r: 8.5, fill: "#ffffff", stroke: blocColor(bloc), "stroke-width": 4 }), text);
}

/** Only http(s) links are ever made from dataset URLs. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

export function validityText(r: Pick<Relation, "from" | "to">): string {
  return r.to ? `from ${r.from} until ${r.to} (the day it ended, not included)` : `from ${r.from}, ongoing`;
}

/**
 * The evidence of a relation or event, as a list: a quote with its source, a citation, or a
 * machine-coded derivation (event data: "Machine-coded", the counts and dates, the rule, sample
 * events and links to sample reports, http(s) only; src/io/ingest/provenance.ts words it).
 * `quoteOpener`, when given, makes a quote a button that opens its source in the reading pane
 * (null for a quote whose text is not at hand).
 */
export function evidenceList(model: StanceModel, evidence: readonly Evidence[], quoteOpener?: (ev: Evidence) => (() => void) | null): HTMLElement {
  return h(
    "ul",
    { class: "evidence" },
    ...evidence.map((ev) => {
      const src = model.sources.get(ev.source);
      const href = safeUrl(src?.url);
      const title = src?.title ?? ev.source;
      const cite = h(
        "cite",
        {},
        href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, title) : title,
        src ? ` — ${src.publisher}${src.date ? `, ${src.date}` : ""}` : "",
      );
      if (ev.derived) {
        const p = formatProvenance(ev.derived, src);
        // Only links that are http(s) once parsed, whatever the provenance let through.
        const links = p.links.flatMap((l) => {
          const url = safeUrl(l.url);
          return url ? [h("li", {}, h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, l.text))] : [];
        });
        return h(
          "li",
          { class: "derived" },
          // A word, not only a colour: the badge reads "Machine-coded".
          h("p", { class: "machine-coded" }, h("span", { class: "machine-coded-badge" }, p.badge), " ", h("span", { class: "derived-summary" }, p.summary)),
          h("p", { class: "derived-rule" }, h("span", { class: "derived-label" }, "Rule: "), p.rule),
          p.samples ? h("p", { class: "derived-samples" }, p.samples) : null,
          links.length > 0 ? h("ul", { class: "derived-links", "aria-label": "Sample reports" }, ...links) : null,
          h("p", { class: "source" }, "Derived from ", cite),
        );
      }
      return h(
        "li",
        {},
        ev.quote ? h("blockquote", { class: "quote" }, quoteContent(ev, title, quoteOpener)) : null,
        ev.citation ? h("p", { class: "citation" }, ev.citation) : null,
        h("p", { class: "source" }, ev.quote ? "Quoted from " : "Reference: ", cite),
      );
    }),
  );
}

function quoteContent(ev: Evidence, title: string, quoteOpener?: (ev: Evidence) => (() => void) | null): Node | string {
  const open = quoteOpener?.(ev) ?? null;
  const text = `“${ev.quote}”`;
  return open ? h("button", { type: "button", class: "link quote-link", title: `Show this passage in “${title}”`, onclick: open }, text) : text;
}

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

/** At most this many items a notice lists; the rest are counted. */
const MAX_NOTICES = 4;

export interface Notice {
  element: HTMLElement;
  /** Shows the notice with these items (text only), replacing what it listed. */
  show(items: readonly string[]): void;
}

/**
 * A notice over the graph: a title, a list of items and a button that dismisses it; a polite
 * status, read out without moving the focus. `className` names it for styles and tests.
 */
export function mountNotice(host: HTMLElement, options: { className: string; title: string }): Notice {
  const list = h("ul", { class: "notice-list" });
  const dismiss = h("button", { type: "button", class: "notice-close", "aria-label": "Dismiss this notice" }, "×");
  const element = h(
    "div",
    { class: `notice ${options.className}`, role: "status", hidden: true },
    h("div", { class: "notice-body" }, h("p", { class: "notice-title" }, options.title), list),
    dismiss,
  );
  dismiss.addEventListener("click", () => {
    element.hidden = true;
  });
  host.append(element);
  return {
    element,
    show(items) {
      const shown = items.slice(0, MAX_NOTICES).map((n) => h("li", {}, n));
      if (items.length > MAX_NOTICES) shown.push(h("li", {}, `… and ${items.length - MAX_NOTICES} more.`));
      list.replaceChildren(...shown);
      element.hidden = false;
    },
  };
}
