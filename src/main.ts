/**
 * Entry point: load and validate the dataset, build the model once, create the store, then mount
 * the renderer and the panels. Data flows one way: panels dispatch actions, the store computes the
 * next state, the renderer and panels redraw from it.
 */
import "./styles.css";
import { DEFAULT_DATASET_JSON } from "./data/defaultDataset.ts";
import { validateDataset, formatIssue } from "./model/validate.ts";
import { createModel, type StanceModel } from "./model/stanceModel.ts";
import { createStore, type Store } from "./app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "./app/state.ts";
import { createRenderer, type Renderer } from "./view/renderer.ts";
import { createShell } from "./ui/shell.ts";
import { mountToolbar } from "./ui/toolbar.ts";
import { mountSearch } from "./ui/searchBox.ts";
import { mountFilters } from "./ui/filters.ts";
import { mountDetails } from "./ui/details.ts";
import { mountTable } from "./ui/table.ts";
import { mountGraphMessage } from "./ui/graphMessage.ts";
import { bindGraphKeys, bindGlobalKeys } from "./ui/keyboard.ts";
import { h } from "./ui/dom.ts";
import type { Dataset } from "./model/schema.ts";

export interface App {
  model: StanceModel;
  store: Store<ViewState, Action>;
  renderer: Renderer;
}

declare global {
  interface Window {
    /** Handle for tests and the curious: the model, the store and the renderer. */
    stancegraph?: App;
  }
}

function start(root: HTMLElement, dataset: Dataset): App {
  const model = createModel(dataset);
  const store = createStore<ViewState, Action>(initialState(model), reduce);
  const shell = createShell(root);
  shell.datasetName.textContent = dataset.title;
  document.title = `${dataset.title} — Stancegraph`;
  const renderer = createRenderer(shell.graph, model, store);
  mountToolbar(shell, renderer, store);
  mountSearch(shell.controls, model, renderer, store);
  mountFilters(shell.controls, model, renderer, store);
  mountDetails(shell.details, model, renderer, store);
  mountTable(shell.table, model, renderer, store);
  mountGraphMessage(shell.graphMessage, model, renderer, store);
  bindGraphKeys(shell.graph, renderer);
  bindGlobalKeys(store);
  mountDateStatus(shell.timeline, model, store);
  const app = { model, store, renderer };
  window.stancegraph = app;
  document.body.dataset.ready = "true";
  return app;
}

/** Until the timeline lands: the date shown, always visible. */
function mountDateStatus(el: HTMLElement, model: StanceModel, store: Store<ViewState, Action>) {
  const out = h("p", { class: "date-status", role: "status" });
  el.append(out);
  const render = (s: ViewState) => {
    const period = model.dataset.periods.find((p) => p.date === s.date);
    out.textContent = `Showing ${s.date}${period ? ` (${period.label})` : ""}`;
  };
  render(store.getState());
  store.subscribe(render);
}

/** A dataset that cannot be shown: the reasons, and a way back. */
export function showLoadError(root: HTMLElement, title: string, problems: string[]): void {
  root.replaceChildren(
    h(
      "div",
      { class: "load-error", role: "alert" },
      h("h1", {}, title),
      h("ul", {}, ...problems.slice(0, 50).map((p) => h("li", {}, p))),
      problems.length > 50 ? h("p", {}, `… and ${problems.length - 50} more.`) : null,
      h("p", {}, h("a", { href: location.pathname }, "Open the default dataset")),
    ),
  );
}

const root = document.getElementById("app")!;
const result = validateDataset(DEFAULT_DATASET_JSON);
if (result.ok) start(root, result.dataset);
else showLoadError(root, "The default dataset could not be loaded", result.errors.map(formatIssue));
