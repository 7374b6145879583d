/**
 * The details panel: the card of the selected actor, relation or pair, with every claim's evidence
 * (the quote and its source). Dataset text is set as text only.
 */
import { h, replaceChildren } from "../dom/dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Relation } from "../model/schema.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import { isActiveOn } from "../model/dates.ts";
import { KIND_LABELS } from "../style/palette.ts";
import { STATUS_MARK } from "../style/edgeStyle.ts";
import { edgeSwatch, evidenceList, kindDot, signName, validityText } from "./widgets.ts";
import type { Evidence } from "../model/schema.ts";

/** What the curation workspace adds to the cards (main.ts wires it; panels never import each other). */
export interface DetailsExtras {
  actorActions?(id: string): HTMLElement | null;
  relationActions?(id: string): HTMLElement | null;
  /** Makes a quote open its source in the reading pane. */
  quoteOpener?(evidence: Evidence): (() => void) | null;
}

export function mountDetails(panel: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>, extras: DetailsExtras = {}): () => void {
  const opener = extras.quoteOpener ? (ev: Evidence) => extras.quoteOpener!(ev) : undefined;
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const typeLabel = (id: string) => model.relationTypes.get(id)?.label ?? id;
  const close = () => store.dispatch({ type: "select", selection: null });
  const closeButton = () => h("button", { type: "button", class: "close", "aria-label": "Close the details", onclick: close }, "×");
  const dateLabel = (s: Derived) => (s.compare ? `${s.compare.a} and ${s.compare.b}` : s.date);

  const relationItem = (r: Relation, s: Derived) => {
    const type = model.relationTypes.get(r.type);
    const status = s.visible.status?.get(r.id);
    const other = (id: string) => h("button", { type: "button", class: "link", onclick: () => store.dispatch({ type: "select", selection: { kind: "actor", id } }) }, label(id));
    return h(
      "li",
      { class: "relation-item" },
      h(
        "p",
        {},
        type ? edgeSwatch(type) : null,
        other(r.source),
        type?.directed ? " → " : " — ",
        other(r.target),
        ": ",
        h("button", { type: "button", class: "link", onclick: () => store.dispatch({ type: "select", selection: { kind: "relation", id: r.id } }) }, typeLabel(r.type)),
        status ? h("span", { class: `status status-${status}` }, ` ${STATUS_MARK[status]}`) : null,
      ),
      h("p", { class: "validity" }, validityText(r)),
      evidenceList(model, r.evidence.slice(0, 1), opener),
    );
  };

  /** The ego view from an actor's card: its neighbourhood at depth 1 or 2, and back to everything. */
  const egoActions = (id: string, name: string, s: Derived) => {
    const button = (text: string, ego: { actor: string; depth: 1 | 2 } | null, pressed: boolean) =>
      h("button", { type: "button", class: "tool ego-button", "aria-pressed": String(pressed), onclick: () => store.dispatch({ type: "setEgo", ego }) }, text);
    const here = s.ego?.actor === id ? s.ego.depth : 0;
    return h(
      "div",
      { class: "ego-actions", role: "group", "aria-label": `Neighbourhood of ${name}` },
      button(`Only ${name} and its neighbours`, { actor: id, depth: 1 }, here === 1),
      button("… and theirs (2 steps)", { actor: id, depth: 2 }, here === 2),
      s.ego ? button("Show the whole graph", null, false) : null,
    );
  };

  const actorCard = (id: string, s: Derived) => {
    const a = model.actors.get(id);
    if (!a) return [h("p", {}, `No actor “${id}” in this dataset.`)];
    // The actor's own edges (not a pass over every visible relation), in dataset order.
    const mine = model.graph
      .edges(id)
      .filter((e) => s.visible.ids.has(e))
      .sort((p, q) => model.graph.getEdgeAttribute(p, "index") - model.graph.getEdgeAttribute(q, "index"))
      .map((e) => model.relations.get(e)!);
    const groups = new Map<string, Relation[]>();
    for (const r of mine) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
    return [
      h("header", { class: "card-header" }, h("h2", { id: "details-title" }, a.label), closeButton()),
      h("p", { class: "kind" }, kindDot(a.kind), KIND_LABELS[a.kind] ?? a.kind, a.iso3 ? ` · ISO ${a.iso3}` : ""),
      a.description ? h("p", { class: "description" }, a.description) : null,
      a.wikidata?.length
        ? h("p", {}, "Wikidata: ", ...a.wikidata.flatMap((q, i) => [i > 0 ? ", " : "", h("a", { href: `https://www.wikidata.org/wiki/${encodeURIComponent(q)}`, target: "_blank", rel: "noopener noreferrer" }, q)]))
        : null,
      a.aliases?.length ? h("p", { class: "aliases" }, "Also called: ", a.aliases.join(", ")) : null,
      extras.actorActions?.(a.id) ?? null,
      egoActions(a.id, a.label, s),
      h("h3", {}, `Relations on ${dateLabel(s)} (${mine.length})`),
      mine.length === 0 ? h("p", { class: "empty" }, "None in the current view (check the date and the filters).") : null,
      ...[...groups].map(([type, list]) =>
        h("section", { class: "relation-group" }, h("h4", {}, `${typeLabel(type)} (${list.length})`), h("ul", { class: "relation-list" }, ...list.map((r) => relationItem(r, s)))),
      ),
    ];
  };

  const relationCard = (id: string, s: Derived) => {
    const r = model.relations.get(id);
    if (!r) return [h("p", {}, `No relation “${id}” in this dataset.`)];
    const type = model.relationTypes.get(r.type);
    const when = s.compare ? [s.compare.a, s.compare.b] : [s.date];
    return [
      h("header", { class: "card-header" }, h("h2", { id: "details-title" }, `${label(r.source)} ${type?.directed ? "→" : "—"} ${label(r.target)}`), closeButton()),
      h("p", { class: "kind" }, type ? edgeSwatch(type) : null, typeLabel(r.type), type ? ` (${signName(type.sign)})` : ""),
      h("p", { class: "validity" }, "Valid ", validityText(r), "."),
      extras.relationActions?.(r.id) ?? null,
      h("p", {}, when.map((d) => `${isActiveOn(r, d) ? "Active" : "Not active"} on ${d}`).join("; "), "."),
      r.confidence ? h("p", {}, `Confidence: ${r.confidence}`) : null,
      r.note ? h("p", { class: "note" }, r.note) : null,
      h("h3", {}, `Evidence (${r.evidence.length})`),
      evidenceList(model, r.evidence, opener),
    ];
  };

  const pairCard = (a: string, b: string, s: Derived) => {
    const change = s.visible.diff?.pairs.find((p) => p.actors.includes(a) && p.actors.includes(b));
    const list = (rs: Relation[]) => h("ul", { class: "relation-list" }, ...rs.map((r) => relationItem(r, s)));
    return [
      h("header", { class: "card-header" }, h("h2", { id: "details-title" }, `${label(a)} – ${label(b)}`), closeButton()),
      change
        ? h("p", {}, `${change.typesBefore.map(typeLabel).join(", ") || "no relation"} → ${change.typesAfter.map(typeLabel).join(", ") || "no relation"}`)
        : h("p", {}, "No relation between them on these dates."),
      change && s.compare ? h("h3", {}, `On ${s.compare.a}`) : null,
      change ? list(change.relationsBefore) : null,
      change && s.compare ? h("h3", {}, `On ${s.compare.b}`) : null,
      change ? list(change.relationsAfter) : null,
    ];
  };

  const render = (s: Derived, prev?: Derived) => {
    const sel = s.selection;
    // A new selection is read from its title, not from where the last card was scrolled to.
    if (prev && s.selection !== prev.selection) panel.scrollTop = 0;
    panel.classList.toggle("has-selection", sel !== null);
    if (!sel) {
      replaceChildren(
        panel,
        h("h2", { class: "panel-heading" }, "Details"),
        h("p", { class: "hint" }, "Click an actor or a relation in the graph, search for an actor, or pick a row in the table to read its evidence."),
      );
      return;
    }
    const content = sel.kind === "actor" ? actorCard(sel.id, s) : sel.kind === "relation" ? relationCard(sel.id, s) : pairCard(sel.a, sel.b, s);
    replaceChildren(panel, ...content);
  };
  render(view.get());
  // `modelRevision`: an edit (a rename, new evidence) shows in the open card at once.
  return view.select(["selection", "visible", "ego", "modelRevision"], render);
}
