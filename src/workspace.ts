/**
 * The curation workspace, loaded on demand (the validator, the edit engine and the HTML reader
 * stay out of what every start loads: tests/unit/appBundle.test.ts). main.ts imports this module
 * dynamically once the graph is drawn, or at boot when a workspace is kept in this browser.
 *
 * It owns the one WorkspaceStore (IndexedDB) and mounts, for the app on screen, the edit session
 * (src/app/edits.ts) and the workspace panel (src/ui/curate/).
 */
import { createEdits, type Edits } from "./app/edits.ts";
import { indexedDbBackend, WorkspaceStore } from "./app/workspaceStore.ts";
import type { HistoryState } from "./model/edit/history.ts";
import type { Dataset } from "./model/schema.ts";
import type { StanceModel } from "./model/stanceModel.ts";
import type { Store } from "./app/store.ts";
import type { Action, ViewState } from "./app/state.ts";
import type { DerivedView } from "./app/derivedView.ts";
import type { Shell } from "./ui/shell.ts";
import { confirmDialog, mountCurate, type Curate } from "./ui/curate/index.ts";
import { mountSuggestions } from "./ui/suggest/suggestionsPanel.ts";
import { createSuggester } from "./app/suggester.ts";
import { prefillFromCandidate } from "./app/curation.ts";

/** The workspace kept in IndexedDB (dataset, history, named versions). */
export const workspace = new WorkspaceStore(indexedDbBackend(), {
  // Storage refused (quota, private mode): the edits still work, but are not kept.
  onError: (error) => console.warn("stancegraph: the workspace could not be kept in this browser", error),
});

export interface MountedWorkspace {
  edits: Edits;
  curate: Curate;
  destroy(): void;
}

/** The edit session and the workspace panel for the app on screen. */
export function mountWorkspace(parts: {
  shell: Shell;
  model: StanceModel;
  view: DerivedView;
  store: Store<ViewState, Action>;
  name: string;
  history?: HistoryState | undefined;
  /** Open the workspace panel at once (a new dataset, a restored version). */
  openPanel?: boolean;
  /** The toolbar's "Curate" button (made by main.ts at start, so the toolbar does not shift). */
  toggle: HTMLButtonElement;
  reopen(dataset: Dataset, name: string): void;
}): MountedWorkspace {
  const { shell, model, view, store } = parts;
  // UI → command → session → model in place → derived view → renderer and panels; kept in IndexedDB.
  const edits = createEdits(model, view, { ...(parts.history ? { history: parts.history } : {}), store: workspace, name: parts.name });
  const curate = mountCurate({ shell, model, view, store, edits, workspace, reopen: parts.reopen, open: parts.openPanel === true, toggle: parts.toggle });
  const suggestions = mountSuggestionsFor(curate, model, edits);
  return {
    edits,
    curate,
    destroy() {
      suggestions();
      curate.destroy();
      edits.destroy();
    },
  };
}

/** Asks before unsaved edits are replaced (opening another dataset, the default one). */
export async function confirmReplacing(edits: Edits | undefined, opener: HTMLElement | null, what: string): Promise<boolean> {
  if (!edits?.unsaved()) return true;
  return confirmDialog(opener, `${what}?`, ["There are edits since the last download or named version; the workspace will be replaced (download the dataset or save a version first to keep them)."], what);
}

/**
 * The suggestions list (issue 14) in the reading pane: it follows the source the pane shows and
 * the edits (a relation made from a suggestion turns its siblings into "supports existing"). The
 * engine runs in a worker, started at the first idle moment after the workspace panel is first
 * opened, so its language model (0.1–0.3 s to load) is ready before the first source is shown;
 * not at every start, where every visitor would download it (about 1 MiB gzipped) and few curate.
 * The worker gets the dataset at that moment and builds its gazetteer then; after that only what
 * an edit replaced goes to it (src/app/suggester.ts). The list's host says how far it got
 * (`data-engine`: loading, ready — model loaded and gazetteer built —, failed).
 */
function mountSuggestionsFor(curate: Curate, model: StanceModel, edits: Edits): () => void {
  const suggester = createSuggester();
  const host = curate.suggestionsHost;
  let cancelWarm = () => {};
  const unopen = curate.onOpen(() => {
    if (host.dataset.engine !== undefined) return;
    host.dataset.engine = "waiting";
    cancelWarm = atIdle(() => {
      host.dataset.engine = "loading";
      suggester.warm(model.dataset).then(
        () => {
          host.dataset.engine = "ready";
        },
        // A source shown later starts the worker again and says what went wrong.
        () => {
          host.dataset.engine = "failed";
        },
      );
    });
  });
  let shown: string | null = null;
  let shownText: string | undefined;
  const panel = mountSuggestions(curate.suggestionsHost, {
    dataset: () => model.dataset,
    suggester,
    highlight: (range) => curate.markPassage(range),
    accept: (c) => {
      if (shown) curate.openRelationForm(prefillFromCandidate(c, shown));
    },
    addActor: (label, proposed, opener) => curate.openActorForm(label, proposed, opener),
    addAlias: (name, opener) => curate.addAlias(name, opener),
    showRelation: (id) => curate.showRecord("relations", id),
    acceptAsEvidence: (c) => {
      if (shown && c.supportsExisting) curate.addEvidence(c.supportsExisting.relation, { source: shown, quote: c.quote, start: c.start, end: c.end });
    },
  });
  const unread = curate.onRead((source) => {
    const next = source?.text !== undefined ? source.id : null;
    // The same source shown again (a refresh) keeps its list; a new text is read again.
    if (next === shown && source?.text === shownText) return;
    shown = next;
    shownText = source?.text;
    if (source && source.text !== undefined) void panel.show({ id: source.id, text: source.text, ...(source.date ? { date: source.date } : {}) });
    else panel.clear();
  });
  const unedit = edits.subscribe(() => {
    if (shown) void panel.refresh();
  });
  return () => {
    unopen();
    cancelWarm();
    unread();
    unedit();
    panel.destroy();
    suggester.dispose();
  };
}

/** Runs `run` when the browser is next idle (within 2 s at most); returns a cancel. */
function atIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}
