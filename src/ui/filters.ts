/**
 * Filters and legend in one panel: each relation type with its colour, thickness and arrow sample,
 * its name and its count of relations in the current view; each actor kind with its colour and
 * count; then the marks that are not colours (size, arrows, curves, compare markers).
 */
import { h, replaceChildren } from "../dom/dom.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import { KIND_LABELS } from "../style/palette.ts";
import { STATUS_MARK } from "../style/edgeStyle.ts";
import { edgeSwatch, kindDot, signName } from "./widgets.ts";

export function mountFilters(parent: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>): () => void {
  const marks = h("ul", { class: "legend-marks" });
  const kinds = [...new Set(model.dataset.actors.map((a) => a.kind))];
  /** Actors per kind, counted again only after an edit (a new actor of a kind already listed changes its count). */
  let kindCounts = { revision: -1, counts: new Map<string, number>() };
  const actorsOfKind = (kind: string) => {
    if (kindCounts.revision !== model.revision) {
      const counts = new Map<string, number>();
      for (const a of model.dataset.actors) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
      kindCounts = { revision: model.revision, counts };
    }
    return kindCounts.counts.get(kind) ?? 0;
  };

  // The checkboxes are built once and updated in place: rebuilding them on every change would
  // take the keyboard focus away from the box the user just toggled.
  const typeRows = model.dataset.relationTypes.map((t) => {
    const id = `filter-type-${t.id}`;
    const sign = signName(t.sign);
    const input = h("input", { type: "checkbox", id, onchange: () => store.dispatch({ type: "toggleType", id: t.id }) });
    const count = h("span", { class: "count" });
    const li = h(
      "li",
      { title: t.description ?? "" },
      input,
      h(
        "label",
        { for: id },
        edgeSwatch(t),
        h("span", { class: "filter-text" }, h("span", { class: "filter-name" }, t.label), count, h("span", { class: "filter-meta" }, `${sign}${t.directed ? ", directed" : ""}`)),
      ),
    );
    return { type: t, input, count, li };
  });
  const kindRows = kinds.map((kind) => {
    const id = `filter-kind-${kind}`;
    const input = h("input", { type: "checkbox", id, onchange: () => store.dispatch({ type: "toggleKind", kind }) });
    const count = h("span", { class: "count" });
    const li = h("li", {}, input, h("label", { for: id }, kindDot(kind), h("span", { class: "filter-name" }, KIND_LABELS[kind] ?? kind), count));
    return { kind, input, count, li };
  });
  const typeList = h("ul", { class: "filter-list" }, ...typeRows.map((r) => r.li));
  const kindList = h("ul", { class: "filter-list" }, ...kindRows.map((r) => r.li));

  const render = (state: Derived) => {
    const counts = state.visible.countByType;
    for (const r of typeRows) {
      r.input.checked = !state.hiddenTypes.includes(r.type.id);
      r.count.textContent = ` (${counts.get(r.type.id) ?? 0})`;
    }
    for (const r of kindRows) {
      r.input.checked = !state.hiddenKinds.includes(r.kind);
      r.count.textContent = ` (${actorsOfKind(r.kind)})`;
    }
    const items: Array<[string, string]> = [
      ["Line thickness", "cooperative relations are thickest, adversarial medium, neutral thin"],
      ["Arrow", "a directed relation, from the actor who acts (a mediator) to the party"],
      ["Curved apart", "several relations between the same pair"],
      ["Node size", "how many relations an actor has over all time"],
    ];
    if (state.compare) {
      items.push(
        [STATUS_MARK.added, `on ${state.compare.b}, not on ${state.compare.a}: thicker line, label “+ type”`],
        [STATUS_MARK.removed, `on ${state.compare.a}, gone by ${state.compare.b}: pale thin line, label “− type”`],
        [STATUS_MARK.kept, "on both dates: label “= type”"],
      );
    }
    replaceChildren(marks, ...items.map(([term, text]) => h("li", {}, h("strong", {}, term), `: ${text}`)));
  };

  parent.append(
    h(
      "section",
      { class: "filters", "aria-labelledby": "filters-types-heading" },
      h("h2", { class: "panel-heading", id: "filters-types-heading" }, "Relation types"),
      typeList,
      h("h2", { class: "panel-heading" }, "Actor kinds"),
      kindList,
      h("h2", { class: "panel-heading" }, "Legend"),
      marks,
    ),
  );
  render(view.get());
  return view.select(["visible", "compare", "modelRevision"], render);
}
