/**
 * Entry point: load and validate the dataset, build the model once, create the store, then mount
 * the renderer and the panels. Data flows one way: panels dispatch actions, the store computes the
 * next state, the renderer and panels redraw from it.
 */
import "./styles.css";
import { DEFAULT_DATASET_JSON } from "./data/defaultDataset.ts";
import { validateDataset, formatIssue } from "./model/validate.ts";
import { parseDataset } from "./model/load.ts";
import { readStoredDataset, removeStoredDataset } from "./app/datasetStore.ts";
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

/** Where the dataset on screen came from: `imported` is the file name, or null for the default. */
export interface DatasetOrigin {
  imported: string | null;
}

function start(root: HTMLElement, dataset: Dataset, origin: DatasetOrigin): App {
  const model = createModel(dataset);
  const store = createStore<ViewState, Action>(initialState(model), reduce);
  const shell = createShell(root);
  mountDatasetName(shell.datasetName, dataset, origin);
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

/** The header says which dataset is shown; an imported one has the default one click away. */
function mountDatasetName(el: HTMLElement, dataset: Dataset, origin: DatasetOrigin): void {
  el.replaceChildren(h("span", { class: "dataset-title" }, dataset.title));
  if (origin.imported === null) return;
  el.append(
    h("span", { class: "dataset-origin" }, ` · imported from ${origin.imported} `),
    h("button", { type: "button", class: "tool", onclick: () => void useDefaultDataset() }, "Use the default dataset"),
  );
}

async function useDefaultDataset(): Promise<void> {
  await removeStoredDataset();
  location.reload();
}

/** A dataset that cannot be shown: the reasons, and a way back. */
export function showLoadError(root: HTMLElement, title: string, problems: string[], stored: boolean): void {
  root.replaceChildren(
    h(
      "div",
      { class: "load-error", role: "alert" },
      h("h1", {}, title),
      h("ul", {}, ...problems.slice(0, 50).map((p) => h("li", {}, p))),
      problems.length > 50 ? h("p", {}, `… and ${problems.length - 50} more.`) : null,
      stored
        ? h("p", {}, h("button", { type: "button", class: "tool", onclick: () => void useDefaultDataset() }, "Remove it and open the default dataset"))
        : h("p", {}, "Reinstall Stancegraph, or report this as a bug."),
    ),
  );
}

/**
 * Boot: the imported dataset kept from an earlier visit if there is one and it still validates,
 * otherwise the embedded default. A stored dataset that no longer validates is reported, with the
 * way back to the default, and is not deleted behind the user's back.
 */
async function boot(root: HTMLElement): Promise<void> {
  const stored = await readStoredDataset();
  if (stored) {
    const result = parseDataset(stored.text);
    if (result.ok) {
      start(root, result.dataset, { imported: stored.name });
      return;
    }
    showLoadError(root, `The imported dataset “${stored.name}” could not be loaded`, result.errors.map(formatIssue), true);
    return;
  }
  const result = validateDataset(DEFAULT_DATASET_JSON);
  if (result.ok) start(root, result.dataset, { imported: null });
  else showLoadError(root, "The default dataset could not be loaded", result.errors.map(formatIssue), false);
}

void boot(document.getElementById("app")!);
