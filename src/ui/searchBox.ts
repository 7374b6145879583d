/**
 * The search box: an ARIA 1.2 combobox with a listbox of suggestions. Arrow keys move through the
 * suggestions, Enter chooses, Escape closes. Choosing selects the actor and flies the camera to it.
 */
import { h, announce } from "../dom/dom.ts";
import { createActorSearch } from "../app/search.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { CameraControl } from "../view/camera.ts";
import { KIND_LABELS } from "../style/palette.ts";

export function mountSearch(parent: HTMLElement, model: StanceModel, camera: CameraControl, store: Store<ViewState, Action>): void {
  const search = createActorSearch(model.dataset.actors);
  const input = h("input", {
    type: "search",
    id: "actor-search",
    class: "search-input",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "search-results",
    placeholder: "Russia, Kremlin, Yerevan…",
  });
  const list = h("ul", { id: "search-results", class: "search-results", role: "listbox", "aria-label": "Matching actors", hidden: true });
  const status = h("p", { class: "search-status", role: "status" });
  let hits: ReturnType<typeof search> = [];
  let active = -1;

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            id: `search-option-${i}`,
            role: "option",
            class: "search-option",
            "aria-selected": String(i === active),
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => choose(i),
          },
          h("span", { class: "option-label" }, hit.actor.label),
          hit.viaAlias ? h("span", { class: "option-alias" }, ` — “${hit.matched}”`) : null,
          h("span", { class: "option-kind" }, ` · ${KIND_LABELS[hit.actor.kind] ?? hit.actor.kind}`),
        ),
      ),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const update = () => {
    hits = search(input.value);
    active = hits.length > 0 ? 0 : -1;
    status.textContent = input.value.trim() !== "" && hits.length === 0 ? `No actor matches “${input.value.trim()}”.` : "";
    render();
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    store.dispatch({ type: "select", selection: { kind: "actor", id: hit.actor.id } });
    // (While a large graph is still being drawn there is nothing to move the camera to yet.)
    camera.showActor(hit.actor.id);
    input.value = hit.actor.label;
    hits = [];
    active = -1;
    render();
    announce(`${hit.actor.label} selected.`);
  };

  input.addEventListener("input", update);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length > 0) {
      active = (active + 1) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === "ArrowUp" && hits.length > 0) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === "Enter") {
      if (active >= 0) choose(active);
      e.preventDefault();
    } else if (e.key === "Escape") {
      if (hits.length > 0) {
        hits = [];
        render();
        e.stopPropagation();
      }
    }
  });
  input.addEventListener("blur", () => {
    hits = [];
    render();
  });

  parent.append(
    h("div", { class: "search" }, h("label", { for: "actor-search", class: "panel-heading" }, "Search actors"), input, list, status),
  );
}
