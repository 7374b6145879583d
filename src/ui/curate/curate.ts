/**
 * The curation workspace (issue #13): a panel beside the graph, opened by "Curate" in the
 * toolbar, where a dataset is built and edited from its sources — New dataset, Add source, the
 * sources list and the reading pane, Use as evidence → the relation form, undo/redo with the
 * history, the problem list, relation types, periods and events, Download dataset and named
 * versions. Every edit goes UI → command → session → model → derived view → renderer and panels,
 * and is kept in IndexedDB as it happens (src/app/edits.ts).
 *
 * For other panels (wired by main.ts, panels never import each other): the details card's
 * Edit/Delete/Record-a-change buttons and its clickable quotes (`details`), and the entry points
 * the suggestions list uses (`openRelationForm`, `addEvidence`).
 */
import "./curate.css";
import { announce, h } from "../../dom/dom.ts";
import type { Dataset, Evidence, Source } from "../../model/schema.ts";
import type { SessionOutcome } from "../../model/edit/session.ts";
import { anyChange, type Collection } from "../../model/edit/commands.ts";
import { newDataset } from "../../model/edit/template.ts";
import type { WorkspaceStore } from "../../app/workspaceStore.ts";
import { datasetJson } from "../../io/datasetJson.ts";
import { prefillFromPassage, type RelationPrefill } from "../../app/curation.ts";
import type { Shell } from "../shell.ts";
import { confirmDialog } from "./forms.ts";
import { createDatasetSection } from "./datasetSection.ts";
import { perform, reveal, type CurateContext } from "./context.ts";
import { createReadingPane, type Passage } from "./readingPane.ts";
import { openRelationForm as relationForm } from "./relationForm.ts";
import { openActorForm, type ActorFormOptions } from "./actorForm.ts";
import { openAliasForm } from "./aliasForm.ts";
import { deleteSource, openSourceForm } from "./sourceForm.ts";
import { actorActions, relationActions } from "./recordActions.ts";
import { createHistoryPanel } from "./historyPanel.ts";
import { createProblemsPanel } from "./problems.ts";
import { createRecordLists } from "./recordLists.ts";

/** Sources listed at a time (a large dataset may cite thousands). */
const SOURCES_SHOWN = 200;

export interface CurateOptions extends CurateContext {
  shell: Shell;
  workspace: WorkspaceStore;
  /** Shows another dataset in place of this one (already kept as the workspace). */
  reopen(dataset: Dataset, name: string): void;
  /** Open the panel at once. */
  open?: boolean;
  /** The toolbar button that opens and closes the panel (enabled here). */
  toggle: HTMLButtonElement;
}

/** What the details card gets from the workspace. */
export interface CurateDetails {
  actorActions(id: string): HTMLElement | null;
  relationActions(id: string): HTMLElement | null;
  /** What clicking a quote does, or null when its source has no text here to show. */
  quoteOpener(evidence: Evidence): (() => void) | null;
}

export interface Curate {
  details: CurateDetails;
  /** Opens the relation form filled from `prefill` (the suggestions list's "Accept"). */
  openRelationForm(prefill: RelationPrefill, opener?: HTMLElement | null): void;
  /** Opens the new-actor form with `label` and the proposed fields filled in (the suggestions list's "Add as actor"); saving adds the actor (one undo step). */
  openActorForm(label: string, proposed: NonNullable<ActorFormOptions["proposed"]>, opener?: HTMLElement | null): void;
  /** Opens "Another name of…": `name` added to the other names of an actor the curator chooses (one undo step). */
  addAlias(name: string, opener?: HTMLElement | null): void;
  /** Adds a piece of evidence to an existing relation (one undo step). */
  addEvidence(relationId: string, evidence: Evidence): SessionOutcome;
  /** The reading pane's host for the suggestions list (issue 14). */
  suggestionsHost: HTMLElement;
  /** The reading pane: each source it shows (null when cleared), and a passage marked in it. */
  onRead(listener: (source: Source | null) => void): () => void;
  /** Calls `listener` each time the workspace panel is opened (at once if it is open now); returns an unsubscribe. */
  onOpen(listener: () => void): () => void;
  markPassage(range: { start: number; end: number } | null): void;
  /** Opens the workspace with `source` in the reading pane; returns its first sentence when it focused it. */
  read(sourceId: string, highlight?: { quote: string; start?: number; end?: number }): HTMLElement | null;
  /** Opens a record where it is edited, scrolled into view with its edit control focused (what a problem's link does). */
  showRecord(collection: Collection, id: string): void;
  /** Resolves once every edit so far is written to IndexedDB. */
  idle(): Promise<void>;
  /** Resolves true when there are no unsaved edits or the user agrees to leave them (they stay kept as the workspace until replaced). */
  confirmLeave(opener: HTMLElement | null, what: string): Promise<boolean>;
  destroy(): void;
}

export function mountCurate(options: CurateOptions): Curate {
  const ctx: CurateContext = { model: options.model, edits: options.edits, view: options.view, store: options.store };
  const { shell, workspace, edits, model, store } = options;
  const root = shell.root;

  const toggle = options.toggle;
  const close = h("button", { type: "button", class: "close", "aria-label": "Close the curation workspace" }, "×");
  const status = h("p", { class: "curate-status", role: "status" });

  const selectedRelation = () => {
    const s = store.getState().selection;
    return s?.kind === "relation" && model.relations.has(s.id) ? s.id : null;
  };
  const pane = createReadingPane({
    useAsEvidence: (p, opener) => relationForm(ctx, prefillFromPassage(model.dataset, p), opener),
    addAsActor: (name, opener) => newActor(opener, { label: name }),
    addToSelected: {
      label: () => {
        const id = selectedRelation();
        const r = id ? model.relations.get(id) : undefined;
        return r ? `${model.actors.get(r.source)?.label ?? r.source} – ${model.actors.get(r.target)?.label ?? r.target} (${r.type})` : null;
      },
      run: (p, _opener) => {
        const id = selectedRelation();
        if (id) addEvidence(id, evidenceOf(p));
      },
    },
  });
  const evidenceOf = (p: Passage): Evidence => ({ source: p.sourceId, quote: p.quote, start: p.start, end: p.end });
  /** The new-actor form; saving adds the actor as one undo step (its refusals shown in the form). */
  const newActor = (opener: HTMLElement | null, start: Pick<ActorFormOptions, "label" | "proposed">) =>
    openActorForm(opener, {
      ...start,
      dataset: () => model.dataset,
      save: (actor) => {
        const out = perform(ctx, { kind: "addActor", actor }, { kind: "actor", id: actor.id });
        return out.ok ? null : out.errors.map((x) => x.message);
      },
    });
  const addEvidence = (relationId: string, evidence: Evidence) => {
    const out = perform(ctx, { kind: "addEvidence", owner: { collection: "relations", id: relationId }, evidence }, { kind: "relation", id: relationId });
    if (!out.ok) announce(`Evidence refused: ${out.errors.map((e) => e.message).join("; ")}`);
    return out;
  };

  const sourcesList = h("ul", { class: "sources-list", "aria-label": "Sources" });
  const renderSources = () => {
    const list = model.dataset.sources;
    sourcesList.replaceChildren(
      ...(list.length === 0
        ? [h("li", { class: "empty" }, "No sources yet: add one to read it here.")]
        : list.slice(0, SOURCES_SHOWN).map((s) =>
            h(
              "li",
              { "data-id": s.id },
              h("button", { type: "button", class: "link", "aria-current": pane.shown() === s.id ? "true" : "false", onclick: () => read(s.id), ...(s.text === undefined ? { title: "Its text is a file beside the dataset" } : {}) }, `Read: ${s.title}`),
              h("span", { class: "source-meta" }, ` ${s.publisher}${s.date ? `, ${s.date}` : ""}${s.text === undefined ? " (text not in the browser)" : ""} `),
              h("span", { class: "source-actions" }, h("button", { type: "button", class: "tool small", "data-action": "edit", "aria-label": `Edit source ${s.title}`, onclick: (e: Event) => editSource(s.id, e.currentTarget as HTMLElement) }, "Edit"), " ", h("button", { type: "button", class: "tool small danger", "aria-label": `Delete source ${s.title}`, onclick: (e: Event) => void deleteSource(ctx, s.id, e.currentTarget as HTMLElement).then(() => sourcesSection.querySelector("summary")?.focus()) }, "Delete")),
            ),
          )),
      ...(list.length > SOURCES_SHOWN ? [h("li", { class: "empty" }, `… and ${list.length - SOURCES_SHOWN} more (a quote in the details card opens its source).`)] : []),
    );
  };

  // Saved: the list was drawn again, so the focus goes to the source's new Edit button.
  const editSource = (id: string, opener: HTMLElement) => {
    const s = model.sources.get(id);
    if (s) openSourceForm(ctx, opener, (next) => sourcesList.querySelector<HTMLElement>(`li[data-id="${CSS.escape(next.id)}"] [data-action="edit"]`), s);
  };

  const history = createHistoryPanel(edits);
  // A problem's link opens the record itself, scrolled into view with its edit control focused:
  // an actor or a relation selected (its card's Edit button), a source's Edit button in the list,
  // a relation type's, period's or event's entry in its section.
  const showRecord = (collection: Collection, id: string) => {
    setOpen(true, false);
    if (collection === "actors" || collection === "relations") {
      reveal(ctx, { kind: collection === "actors" ? "actor" : "relation", id });
      focusSoon(() => shell.details.querySelector<HTMLElement>(`.record-actions button`));
    } else if (collection === "sources") {
      read(id);
      focusSoon(() => sourcesList.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] [data-action="edit"]`));
    } else records.focus(collection, id);
  };
  const problems = createProblemsPanel(showRecord);
  /** Focuses what `find` returns, once it is on the page (the details card draws on the next frame at the latest). */
  const focusSoon = (find: () => HTMLElement | null, frames = 10) => {
    const el = find();
    if (el) {
      el.scrollIntoView({ block: "nearest" });
      el.focus();
    } else if (frames > 0) requestAnimationFrame(() => focusSoon(find, frames - 1));
  };
  const records = createRecordLists(ctx, () => pane.selection());

  const download = () => {
    const blob = new Blob([datasetJson(model.dataset)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: `${model.dataset.id}.json`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    // Saved as of this click: the status says so now, not once the store has written it down
    // (an IndexedDB write that can lag under load; the store knows at once, `hasUnsavedEdits`).
    void workspace.markSaved(edits.session.history);
    updateStatus();
    announce(`Downloaded ${model.dataset.id}.json.`);
  };

  const confirmLeave = async (opener: HTMLElement | null, what: string) =>
    !edits.unsaved() || (await confirmDialog(opener, `${what}?`, ["There are edits since the last download or named version. They will be replaced (download the dataset or save a version first to keep them)."], what));

  const newButton = h(
    "button",
    {
      type: "button",
      class: "tool",
      onclick: async (e: Event) => {
        if (!(await confirmLeave(e.currentTarget as HTMLElement, "Start a new dataset"))) return;
        const dataset = newDataset("untitled", "Untitled dataset");
        await workspace.start(dataset.title, dataset);
        options.reopen(dataset, dataset.title);
      },
    },
    "New dataset",
  );

  const datasetSection = createDatasetSection(ctx, workspace, options.reopen, () => updateStatus());
  const section = (name: string, open: boolean, ...children: Node[]) => h("details", { class: "curate-section", ...(open ? { open: true } : {}) }, h("summary", {}, name), ...children);
  const sourcesSection = section("Sources", true, sourcesList);
  const panel = h(
    "section",
    { class: "curate-panel", id: "curate-panel", "aria-label": "Curation workspace", tabindex: -1, hidden: true },
    h("header", { class: "card-header" }, h("h2", {}, "Curate"), close),
    status,
    history.buttons,
    h(
      "div",
      { class: "curate-actions", role: "group", "aria-label": "Dataset" },
      newButton,
      h("button", { type: "button", class: "tool", onclick: (e: Event) => openSourceForm(ctx, e.currentTarget as HTMLElement, (s: Source) => read(s.id)) }, "Add source"),
      h(
        "button",
        {
          type: "button",
          class: "tool",
          onclick: (e: Event) => newActor(e.currentTarget as HTMLElement, {}),
        },
        "Add actor",
      ),
      h("button", { type: "button", class: "tool", onclick: download }, "Download dataset"),
    ),
    sourcesSection,
    pane.element,
    section("History", false, history.list),
    section("Problems", false, problems.element),
    records.element,
    section("Dataset and versions", false, datasetSection.element),
  );
  shell.graph.closest(".app-main")?.querySelector(".stage")?.after(panel);

  const openListeners = new Set<() => void>();
  const setOpen = (open: boolean, focus = true) => {
    const opening = open && panel.hidden;
    panel.hidden = !open;
    if (open) root.dataset.curate = "open";
    else delete root.dataset.curate;
    toggle.setAttribute("aria-pressed", String(open));
    if (open && focus) panel.focus();
    if (!open && focus) toggle.focus();
    // The graph's box changed: sigma follows its container's size by itself.
    if (opening) for (const listener of [...openListeners]) listener();
  };
  const onToggle = () => setOpen(panel.hidden);
  toggle.addEventListener("click", onToggle);
  toggle.setAttribute("aria-controls", panel.id);
  toggle.disabled = false;
  close.addEventListener("click", () => setOpen(false));

  // Returns the sentence it focused (the source form hands it on to its dialog's close).
  const read = (sourceId: string, highlight?: { quote: string; start?: number; end?: number }): HTMLElement | null => {
    const s = model.sources.get(sourceId);
    if (!s) return null;
    setOpen(true, false);
    pane.show(s, highlight ?? null);
    renderSources();
    if (highlight) return null;
    const first = pane.element.querySelector<HTMLElement>(".sentence");
    first?.focus();
    return first;
  };

  const updateStatus = () => {
    const steps = edits.session.history.cursor;
    status.textContent = workspace.active
      ? `${edits.unsaved() ? "Unsaved edits (kept in this browser; download or save a version to keep a copy)" : "Everything saved"} · ${steps} ${steps === 1 ? "step" : "steps"} in the history`
      : "No edits yet. Edits are kept in this browser as you make them.";
  };

  const unsub = edits.subscribe((event) => {
    // The window moved away from the date shown (a new dataset's first relation, away from today):
    // the date follows to the relation the edit added, or into the window.
    const s = store.getState();
    const span = model.span;
    if (event.change?.span && !s.compare && (s.date < span.from || s.date > span.to)) {
      const added = event.change.relations.added.map((id) => model.relations.get(id)).find((r) => r !== undefined);
      // With nothing dated, the window is the year up to today: its end.
      store.dispatch({ type: "goToDate", date: added ? added.from : s.date < span.from && model.relations.size > 0 ? span.from : span.to });
    }
    // The list is drawn again only when a source changed (200 items: ~90 ms at 10k actors, on every
    // edit when it was drawn each time).
    const sources = event.change?.sources;
    if (!sources || anyChange(sources)) renderSources();
    pane.refresh((id) => model.sources.get(id));
    problems.update(model.dataset);
    records.refresh(event.change);
    if (event.change?.meta) datasetSection.refreshTitle();
    updateStatus();
  });
  const unsel = options.view.select(["selection"], () => pane.refresh((id) => model.sources.get(id)));
  renderSources();
  problems.update(model.dataset);
  updateStatus();
  void datasetSection.renderVersions();
  if (options.open) setOpen(true);

  return {
    details: {
      actorActions: (id) => actorActions(ctx, id),
      relationActions: (id) => relationActions(ctx, id, () => pane.selection()),
      quoteOpener: (ev) => {
        const s = model.sources.get(ev.source);
        if (!s || s.text === undefined || !ev.quote) return null;
        return () => read(s.id, { quote: ev.quote!, ...(ev.start !== undefined ? { start: ev.start } : {}), ...(ev.end !== undefined ? { end: ev.end } : {}) });
      },
    },
    openRelationForm: (prefill, opener = null) => relationForm(ctx, prefill, opener),
    openActorForm: (label, proposed, opener = null) => newActor(opener, { label, proposed }),
    addAlias: (name, opener = null) =>
      openAliasForm(opener, name, {
        dataset: () => model.dataset,
        save: (id, aliases) => {
          const out = perform(ctx, { kind: "updateActor", id, changes: { aliases } }, { kind: "actor", id });
          return out.ok ? null : out.errors.map((x) => x.message);
        },
      }),
    addEvidence,
    suggestionsHost: pane.suggestionsHost,
    onRead: (listener) => pane.listen(listener),
    onOpen: (listener) => {
      openListeners.add(listener);
      if (!panel.hidden) listener();
      return () => openListeners.delete(listener);
    },
    markPassage: (range) => pane.mark(range),
    read,
    showRecord,
    confirmLeave,
    idle: () => workspace.idle(),
    destroy() {
      unsub();
      unsel();
      history.destroy();
      pane.destroy();
      panel.remove();
      toggle.removeEventListener("click", onToggle);
      toggle.removeAttribute("aria-controls");
      toggle.disabled = true;
      delete root.dataset.curate;
      for (const d of document.querySelectorAll("dialog.curate-dialog")) d.remove();
    },
  };
}

