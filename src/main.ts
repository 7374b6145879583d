/**
 * Entry point: load and validate the dataset, build the model once, create the store, then mount
 * the renderer and the panels. Data flows one way: panels dispatch actions, the store computes the
 * next state, the renderer and panels redraw from it.
 */
import "./styles.css";
import { DEFAULT_DATASET_JSON } from "./data/defaultDataset.ts";
import { removeStoredDataset } from "./app/datasetStore.ts";
import { loadingScreen, prepareLoader, startLoad } from "./app/loading.ts";
import { createModel, type StanceModel } from "./model/stanceModel.ts";
import { today } from "./app/today.ts";
import { createStore, type Store } from "./app/store.ts";
import { withDateLegs, type DateLegs } from "./app/dateLegs.ts";
import { initialState, reduce, type Action, type ViewState } from "./app/state.ts";
import { createDerivedView, type DerivedView } from "./app/derivedView.ts";
import { selectionActors, visibleRelationsSteps } from "./app/derive.ts";
import { nextTask, runInSlices } from "./app/slices.ts";
import { createRenderer, type Renderer } from "./view/renderer.ts";
import { prepareWebGLCanvases, SLICED_INDEXATION } from "./view/mount.ts";
import { createShell } from "./ui/shell.ts";
import { mountToolbar } from "./ui/toolbar.ts";
import { mountSearch } from "./ui/searchBox.ts";
import { mountFilters } from "./ui/filters.ts";
import { mountDetails } from "./ui/details.ts";
import { mountTable } from "./ui/table.ts";
import { mountGraphMessage } from "./ui/graphMessage.ts";
import { mountAnalysis } from "./ui/analysis/analysis.ts";
import { mountSidePanels } from "./ui/sidePanels.ts";
import { mountSkipLink } from "./ui/skipLink.ts";
import { mountSheets } from "./ui/sheets.ts";
import { mountMoreMenu } from "./ui/moreMenu.ts";
import { mountAbout } from "./ui/about.ts";
import { bindGraphKeys, bindGlobalKeys } from "./ui/keyboard.ts";
import { h } from "./dom/dom.ts";
import { mountNotice, type Notice } from "./ui/widgets.ts";
import { clip } from "./model/echo.ts";
import { mountTimeline } from "./ui/timeline/timeline.ts";
import { bindUrlSync, readViewFromLocation } from "./ui/urlSync.ts";
import { bindPlayback } from "./app/playback.ts";
import { mountExportMenu } from "./ui/export/exportMenu.ts";
import { mountImporter } from "./ui/importer.ts";
import type { Dataset } from "./model/schema.ts";
import { measured } from "./app/timing.ts";
import type { Edits } from "./app/edits.ts";
import type { HistoryState } from "./model/edit/history.ts";
import type { Curate } from "./ui/curate/index.ts";
import { hasKeptWorkspace } from "./app/workspaceProbe.ts";

export interface App {
  model: StanceModel;
  store: Store<ViewState, Action>;
  /** Long date jumps under way (the store's dispatch goes through them, src/app/dateLegs.ts). */
  legs: DateLegs;
  /** What the screen shows, derived from the store and the model (the one place). */
  view: DerivedView;
  renderer: Renderer;
  /** The edits of the model on screen (the curation workspace's session); set once the workspace's code has loaded. */
  edits?: Edits;
  /** The curation workspace (its entry points for the suggestions list); set with `edits`. */
  curate?: Curate;
  /** Resolves once the actors are at their stable places (at once when no layout runs after the first draw); set once drawn. */
  layoutSettled?: Promise<void>;
  /** Stops the renderer and every listener outside the app's own DOM (window, history, workers). */
  destroy(): void;
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
  /** Something the user should know about how it was loaded (a skipped layout). */
  note?: string | undefined;
  /** The stable layout runs after the first draw (src/view/layoutRefine.ts). */
  layoutPending?: boolean;
  /** The curation workspace kept in this browser (its name and history), when that is what is shown. */
  workspace?: { name: string; history?: HistoryState; openPanel?: boolean } | undefined;
}

/**
 * The notice that says a part of the page failed: each different failure listed once (with its
 * error, cut short), so a panel that fails on every date step does not reopen a dismissed notice.
 * Failures before the notice is mounted are listed once it is.
 */
function failureNotices(): { report(error: unknown): void; mount(host: HTMLElement): () => void } {
  let notice: Notice | null = null;
  const seen: string[] = [];
  return {
    report(error) {
      const what = clip(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 200);
      if (seen.includes(what)) return;
      seen.push(what);
      notice?.show(seen);
    },
    mount(host) {
      notice = mountNotice(host, {
        className: "failure-notice",
        title: "Sorry: part of the page could not follow the last change and may be out of date. The rest still works; reloading the page may help. What failed:",
      });
      if (seen.length > 0) notice.show(seen);
      return () => notice?.element.remove();
    },
  };
}

/** The curation workspace's code (the edit engine, the validator), loaded on demand. */
const workspaceModule = () => import("./workspace.ts");

async function start(root: HTMLElement, dataset: Dataset, origin: DatasetOrigin, model: StanceModel = createModel(dataset, { today: today() })): Promise<App> {
  // The link's fragment decides the opening view, so a copied link restores what was on screen.
  const fromUrl = readViewFromLocation(model, initialState(model));
  // A part of the page that throws while following the view (a panel's bug, data it did not
  // expect) is reported on screen, not only in the console; the store and the derived view go on
  // telling the other subscribers, so the rest of the page keeps working.
  const failures = failureNotices();
  // Every part of the page gets the store through the date legs: a long jump on a large dataset
  // goes there in legs of a task each (src/app/dateLegs.ts).
  const legs = withDateLegs(createStore<ViewState, Action>(fromUrl.state, reduce, { onError: failures.report }), () => model.index);
  const store = legs.store;
  // A large graph's start-up is cut into tasks (input and the loading screen's animation go on
  // between them): at 50k actors / 500k relations it was one task of 1.3 s on a quiet machine, the
  // first visible set 0.5 s of it. Panels mounted after a pause read the state as it is then; no
  // control that could start another load is on the page before the importer, mounted in the same
  // task as `current = app` below.
  const large = model.graph.order + model.graph.size > SLICED_INDEXATION;
  const breathe = large ? nextTask : async () => {};
  const visible = large ? ((await runInSlices(visibleRelationsSteps(model, store.getState()))) ?? undefined) : undefined;
  // Before anything else subscribes: every subscriber then reads a derived view that is fresh.
  const view = createDerivedView(
    model,
    store,
    (error) => {
      console.error("stancegraph: a view subscriber failed", error);
      failures.report(error);
    },
    visible,
  );
  await breathe();
  const shell = createShell(root);
  const unmountFailures = failures.mount(shell.graphMessage.parentElement ?? shell.graph);
  mountDatasetName(shell.datasetName, dataset, origin);
  document.title = `${dataset.title} — Stancegraph`;
  const renderer = measured("renderer", () => createRenderer(shell.graph, model, view, store, legs));
  await breathe();
  const teardown = [legs.stop, unmountFailures, view.destroy, mountToolbar(shell, renderer.camera, renderer.layoutRun, view, store)];
  measured("search", () => mountSearch(shell.controls, model, renderer.camera, store));
  let unmountFilters = measured("filters", () => mountFilters(shell.controls, model, view, store));
  teardown.push(() => unmountFilters());
  let unmountDetails = measured("details", () => mountDetails(shell.details, model, view, store));
  teardown.push(() => unmountDetails());
  teardown.push(measured("table", () => mountTable(shell.table, model, view, store)));
  teardown.push(mountGraphMessage(shell.graphMessage, model, view, store));
  teardown.push(mountSidePanels(shell, view, store));
  teardown.push(mountSkipLink(shell, store));
  // Before the global keys: its Escape clears a highlighted triad before the selection.
  teardown.push(measured("analysis", () => mountAnalysis(shell, model, view, store)));
  // After the panels' own Escapes (a lit triad) and before the global one (the selection).
  teardown.push(mountSheets(shell, view, store), mountMoreMenu(shell));
  // A selection is seen where it is: made in a card, a suggestion, the table or a search, or
  // under the sheet its details open (after the sheets' own handler, which opens that sheet).
  teardown.push(
    view.select(["selection"], (next) => {
      const ids = selectionActors(next.selection, model);
      if (ids.length > 0) renderer.camera.keepInView(ids);
    }),
  );
  bindGraphKeys(shell.graph, renderer.camera);
  teardown.push(bindGlobalKeys(store));
  await breathe();
  let unmountTimeline = measured("timeline", () => mountTimeline(shell.timeline, model, view, store, renderer.snapshot, legs));
  teardown.push(() => unmountTimeline());
  await breathe();
  teardown.push(bindPlayback(store, model.span));
  teardown.push(measured("url", () => bindUrlSync(store, view, fromUrl.ctx, { noticeHost: shell.graphMessage.parentElement ?? shell.graph, toolbar: shell.toolbar, notices: fromUrl.notices })));
  teardown.push(mountExportMenu(shell.toolbar, model, renderer, store));
  // The default dataset introduces itself on a first visit (its quotes come from a paraphrase).
  teardown.push(mountAbout(shell.about, dataset, { openOnFirstVisit: origin.imported === null && !origin.workspace }));
  teardown.push(
    mountImporter(shell.toolbar, {
      // Unsaved edits are not replaced without asking, before the file is read.
      confirmOpen: async (name, opener) => !current?.edits?.unsaved() || (await workspaceModule()).confirmReplacing(current.edits, opener, `Open ${name.slice(0, 80)}`),
      // Resolves whether the file is the graph on screen once drawn (the importer keeps it then).
      replace: async (next, name, nextModel, layoutSkipped, layoutPending) => {
        // Once another file is open, the workspace is forgotten (the next visit opens the file).
        void workspaceModule().then((w) => w.workspace.clear());
        const app = await restart(root, next, { imported: name, note: layoutSkipped ? LAYOUT_SKIPPED : undefined, layoutPending }, nextModel);
        opened = { app, camera: cameraState(app) };
        return current === app;
      },
      // The notice lies over the top of the graph for a while: once the actors are at their
      // stable places, the camera brings any it covers into the part it leaves uncovered — unless
      // the reader has moved the camera or chosen something meanwhile (theirs to keep).
      noticeShown: () => {
        const shown = opened;
        opened = null;
        if (!shown || current !== shown.app) return;
        const { app, camera } = shown;
        void app.layoutSettled?.then(() => {
          if (current !== app || document.querySelector(".import-notice") === null || app.store.getState().selection !== null) return;
          const now = cameraState(app);
          if (!now || !camera || now.x !== camera.x || now.y !== camera.y || now.ratio !== camera.ratio) return;
          app.renderer.camera.keepAllInView();
        });
      },
    }),
  );
  // The workspace's button is there from the start; it works once the workspace's code has loaded
  // (which then names the panel it controls: an aria-controls to no element is invalid until then).
  const curateButton = h("button", { type: "button", class: "tool curate-toggle", "aria-pressed": "false", title: "Build and edit the dataset from its sources", disabled: true }, "Curate");
  shell.toolbar.append(curateButton);
  teardown.push(() => curateButton.remove());
  const destroy = () => {
    for (const undo of teardown) undo();
    renderer.destroy();
  };
  const app: App = { model, store, legs, view, renderer, destroy };
  // Current from here: a file opened while a large graph is still being drawn replaces this app.
  current = app;
  // Last, when the panels around the graph have their size (see Renderer.mount).
  await breathe();
  if (current !== app) return app;
  await renderer.mount();
  if (current === app) {
    window.stancegraph = app;
    document.body.dataset.ready = "true";
    // The next file's load worker, started now rather than when that file is chosen.
    prepareLoader();
    // Drawn at the seeded start: the nodes now move to the stable layout.
    app.layoutSettled = origin.layoutPending ? renderer.refineLayout() : Promise.resolve();
  }
  // The curation workspace, on demand: its code loads after the graph is drawn.
  const w = await workspaceModule();
  if (current !== app) return app;
  const mounted = w.mountWorkspace({ shell, model, view, store, name: origin.workspace?.name ?? dataset.title, history: origin.workspace?.history, openPanel: origin.workspace?.openPanel === true, toggle: curateButton, reopen: (next, name) => void restart(root, next, { imported: null, workspace: { name, openPanel: true } }) });
  teardown.unshift(mounted.destroy);
  app.edits = mounted.edits;
  app.curate = mounted.curate;
  // The details card gains the workspace's Edit/Delete buttons and clickable quotes.
  unmountDetails();
  unmountDetails = mountDetails(shell.details, model, view, store, mounted.curate.details);
  // Panels built once per dataset follow the edits that change what they list: the timeline its
  // window (a relation outside the span), the filters their relation types and actor kinds.
  let kinds = kindsOf(model.dataset);
  teardown.push(
    mounted.edits.subscribe((event) => {
      const change = event.change;
      if (change?.span) {
        unmountTimeline();
        shell.timeline.replaceChildren();
        unmountTimeline = mountTimeline(shell.timeline, model, view, store, renderer.snapshot, legs);
      }
      const types = change ? change.relationTypes.added.length + change.relationTypes.removed.length + change.relationTypes.changed.length > 0 : false;
      const nextKinds = change && change.actors.added.length + change.actors.removed.length + change.actors.changed.length > 0 ? kindsOf(model.dataset) : kinds;
      if (types || nextKinds !== kinds) {
        kinds = nextKinds;
        unmountFilters();
        shell.controls.querySelector("section.filters")?.remove();
        unmountFilters = mountFilters(shell.controls, model, view, store);
      }
    }),
  );
  document.body.dataset.curate = "ready";
  return app;
}

/** The actor kinds a dataset uses, as one string (the filters list them). */
function kindsOf(dataset: Dataset): string {
  return [...new Set(dataset.actors.map((a) => a.kind))].sort().join(",");
}

/** The app on screen (or being drawn), which a restart replaces. */
let current: App | null = null;
/** The app an opened file made, and its camera when first drawn (for the notice that follows). */
let opened: { app: App; camera: { x: number; y: number; ratio: number } | null } | null = null;

/** The camera of `app`'s renderer, or null while it is not drawn (a replaced app's, or one still drawing: its `sigma` throws then). */
function cameraState(app: App): { x: number; y: number; ratio: number } | null {
  return current === app && app.renderer.isMounted() ? app.renderer.sigma.getCamera().getState() : null;
}

/**
 * Replaces the app on screen with another dataset (an import): the old renderer and listeners go,
 * the address loses the old view's state, and the new dataset opens at its own default view.
 */
export function restart(root: HTMLElement, dataset: Dataset, origin: DatasetOrigin, model?: StanceModel): Promise<App> {
  current?.destroy();
  current = null;
  delete document.body.dataset.ready;
  history.replaceState(null, "", location.pathname);
  return start(root, dataset, origin, model);
}

const LAYOUT_SKIPPED = "layout skipped at this size: actors are at their seeded starting positions";

/** The header says which dataset is shown; an imported one has the default one click away. */
function mountDatasetName(el: HTMLElement, dataset: Dataset, origin: DatasetOrigin): void {
  el.replaceChildren(h("span", { class: "dataset-title" }, dataset.title));
  if (origin.workspace) {
    el.append(h("span", { class: "dataset-origin" }, " · your workspace, kept in this browser "), h("span", { class: "dataset-origin-short", "aria-hidden": "true" }, "· workspace"), useDefaultButton());
    return;
  }
  if (origin.imported === null) return;
  el.append(
    h("span", { class: "dataset-origin" }, ` · imported from ${origin.imported} `),
    // On a phone the line is cut to one row: this short form is shown, the long one still read out.
    h("span", { class: "dataset-origin-short", "aria-hidden": "true" }, "· imported"),
    ...(origin.note ? [h("span", { class: "dataset-note" }, `(${origin.note}) `)] : []),
    useDefaultButton(),
  );
}

/** "Use the default dataset"; on a phone its visible words are "Default dataset" (styles in importer.css), its name the same. */
function useDefaultButton(): HTMLElement {
  return h(
    "button",
    { type: "button", class: "tool use-default", "aria-label": "Use the default dataset", onclick: (e: Event) => void useDefaultDataset(e.currentTarget as HTMLElement) },
    h("span", { class: "when-wide" }, "Use the default dataset"),
    h("span", { class: "when-narrow" }, "Default dataset"),
  );
}

/**
 * Back to the default dataset: the kept import is forgotten and the page reloads at the default
 * view. The address loses the imported dataset's view first: read against the default dataset it
 * would name unknown periods and actors (a false "link could not be used" notice) and keep the
 * large graph's camera (the default graph opened cropped).
 */
async function useDefaultDataset(opener: HTMLElement | null = null): Promise<void> {
  const w = await workspaceModule();
  if (!(await w.confirmReplacing(current?.edits, opener, "Use the default dataset"))) return;
  await w.workspace.clear();
  await removeStoredDataset();
  history.replaceState(null, "", location.pathname + location.search);
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
  prepareWebGLCanvases();
  // The curation workspace, when there is one, is what the user was working on: it comes first.
  const kept = (await hasKeptWorkspace()) ? await (await workspaceModule()).workspace.load() : ({ ok: true, workspace: null } as const);
  if (kept.ok && kept.workspace) {
    const { name, dataset, history } = kept.workspace;
    await start(root, dataset, { imported: null, workspace: { name, history } });
    return;
  }
  if (!kept.ok) {
    showLoadError(root, "The curation workspace kept in this browser could not be restored", kept.errors.map((e) => `${e.path}: ${e.message}`), true);
    return;
  }
  // Off the page in the load worker, the graph in slices, with progress and Cancel (src/app/loading.ts).
  const shown: { screen: ReturnType<typeof loadingScreen> | null } = { screen: null };
  const load = startLoad({ source: "stored" }, (stage, fraction, name) => {
    // A default boot shows no loading screen: it appears once the worker has found a stored
    // dataset (its progress then carries the name).
    if (!shown.screen && name === undefined) return;
    shown.screen ??= loadingScreen(root, () => load.cancel());
    shown.screen.update(stage, fraction, name);
  });
  const stored = await load.outcome;
  shown.screen?.remove();
  if (stored.kind === "loaded") {
    await start(root, stored.dataset, { imported: stored.name, note: stored.layoutSkipped ? LAYOUT_SKIPPED : undefined, layoutPending: stored.layoutPending }, stored.model);
    return;
  }
  // The user gave up on this file: forget it, so the next visit opens the default too.
  if (stored.kind === "cancelled") await removeStoredDataset();
  if (stored.kind === "invalid") {
    showLoadError(root, `The imported dataset “${stored.name}” could not be loaded`, stored.problems, true);
    return;
  }
  // The embedded dataset is validated when the app is built and tested (tests/unit/dataset.test.ts
  // and defaultDataset.test.ts), not at every start: the validator stays out of the page's code.
  await start(root, DEFAULT_DATASET_JSON as Dataset, { imported: null });
}

void boot(document.getElementById("app")!);
