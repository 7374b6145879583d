/**
 * The edits of the loaded model (issue #13): the one `EditSession` over the model on screen,
 * wired so that an edit reaches the picture and the storage in one direction only:
 *
 *   UI → command → session → updateModel (in place) → derived view → renderer and panels
 *                                                   └→ workspace store (IndexedDB)
 *
 * The derived view is told first, so every panel and the renderer read a fresh view; the
 * workspace is started on the first edit of a dataset that is not yet a workspace (its state
 * before the edit is the base), so nothing typed is lost to a reload.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Command } from "../model/edit/commands.ts";
import { EditSession, type SessionEvent, type SessionOutcome } from "../model/edit/session.ts";
import type { HistoryState } from "../model/edit/history.ts";
import type { DerivedView } from "./derivedView.ts";
import type { WorkspaceStore } from "./workspaceStore.ts";

export interface Edits {
  readonly session: EditSession;
  /** One user action; refused edits change nothing and say why. */
  perform(command: Command): SessionOutcome;
  undo(): SessionOutcome;
  redo(): SessionOutcome;
  /** Called after each step, once the derived view is fresh. Returns the unsubscribe. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
  /** Whether there are edits not downloaded or kept as a named version. */
  unsaved(): boolean;
  destroy(): void;
}

export interface EditsOptions {
  /** A history restored with the workspace (its entries lead to `model.dataset`). */
  history?: HistoryState;
  /** Where the workspace is kept; null keeps nothing (unit tests). */
  store?: WorkspaceStore | null;
  /** The workspace's name when one is started by the first edit. */
  name?: string;
}

/** The edit session over `model`, telling `view` after each step. */
export function createEdits(model: StanceModel, view: Pick<DerivedView, "modelChanged">, options: EditsOptions = {}): Edits {
  const session = new EditSession(model.dataset, { model, ...(options.history ? { history: options.history } : {}) });
  const store = options.store ?? null;
  const listeners = new Set<(event: SessionEvent) => void>();
  const unview = session.subscribe((event) => {
    view.modelChanged(event.change);
    for (const l of [...listeners]) l(event);
  });
  const unstore = store ? store.attach(session) : () => {};
  return {
    session,
    perform(command) {
      // The first edit of a dataset starts the workspace from the state before it.
      if (store && !store.active) void store.start(options.name ?? model.dataset.title, session.dataset, session.history, true);
      return session.perform(command);
    },
    undo: () => session.undo(),
    redo: () => session.redo(),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    unsaved: () => (store ? store.hasUnsavedEdits(session.history) : false),
    destroy() {
      unview();
      unstore();
      listeners.clear();
    },
  };
}
