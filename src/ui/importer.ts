/**
 * Opening a dataset the user brings: an "Open dataset…" button (a file input behind it) and a
 * file dropped anywhere on the page. The size is checked before the file is read; the text is
 * imported (dataset JSON or Stancegraph's GEXF) and validated; only a valid dataset replaces the
 * graph. Otherwise a dialog lists every problem with its path, and the app is left untouched.
 *
 * Event data (GDELT, ICEWS, PLOVER; several files of one format at once) goes through the ingest
 * options step and other tools' graphs (GEXF, GraphML, a CSV edge list with its actors CSV chosen
 * or dropped together) through the mapping step (./import/): the load worker asks, the dialogs
 * answer, and either one's Cancel leaves the graph as it was.
 *
 * What is kept for the next visit is dataset JSON: a JSON file as it is (it validated), a GEXF
 * converted once, so the boot need not convert it again.
 */
import "./importer.css";
import { h, announce, replaceChildren } from "../dom/dom.ts";
import { focusBackOnClose } from "../dom/dialog.ts";
import type { Dataset } from "../model/schema.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ValidationIssue } from "../model/validate.ts";
import { checkImportSize } from "../io/importDataset.ts";
import { removeStoredDataset, saveStoredDataset } from "../app/datasetStore.ts";
import { startLoad, type LoadDialogs } from "../app/loading.ts";
import { counted } from "../model/counted.ts";

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 200;

export interface ImporterOptions {
  /**
   * Replaces the app on screen with `dataset` (this importer is torn down as part of it); resolves
   * once the new graph is drawn, to whether it is still the one on screen (another file opened
   * meanwhile replaces it). `layoutPending`: the stable layout runs after that first draw.
   */
  replace(dataset: Dataset, fileName: string, model: StanceModel, layoutSkipped: boolean, layoutPending: boolean): Promise<boolean>;
  /**
   * Asked before a file is read (unsaved edits would be replaced): resolves false to leave
   * everything as it was. `opener` gets the focus back when a dialog closes (null for a drop).
   */
  confirmOpen?(fileName: string, opener: HTMLElement | null): Promise<boolean>;
  /** Called once the notice of what was opened lies over the top of the new graph. */
  noticeShown?(): void;
}

/** Mounts the "Open dataset…" button in `toolbar` and drag-and-drop on the page. Returns the teardown. */
export function mountImporter(toolbar: HTMLElement, options: ImporterOptions): () => void {
  let busy = false;
  const input = h("input", {
    type: "file",
    class: "import-input",
    // What the app opens (the content decides; these only steer the file picker).
    accept: ".json,.gexf,.xml,.graphml,.csv,.tsv,.tab,.txt,.jsonl,.gz,.xlsx,.ods,application/json,application/gexf+xml,text/csv,text/tab-separated-values,application/gzip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet",
    multiple: true,
    "aria-label": "Open a dataset file (JSON or GEXF), event data (GDELT, ICEWS, PLOVER) or another tool's graph (GEXF, GraphML, CSV, Excel or LibreOffice spreadsheet)",
    tabindex: -1,
    hidden: true,
  });
  const button = h(
    "button",
    {
      type: "button",
      class: "tool",
      title: "Open a dataset (JSON, GEXF), event data (GDELT, ICEWS, PLOVER, gzipped or not) or a graph from Gephi, networkx, yEd or a spreadsheet (GEXF, GraphML, CSV, with its actors CSV); you can also drop the files on the page",
      onclick: () => input.click(),
    },
    "Open dataset…",
  );
  const errors = createErrorDialog(() => button);
  const hint = h("div", { class: "drop-hint", hidden: true, "aria-hidden": "true" }, h("p", {}, "Drop the file to open it as the dataset (JSON, GEXF, GraphML, CSV or event data)"));

  const open = async (files: File[], opener: HTMLElement | null) => {
    if (busy || files.length === 0) return;
    busy = true;
    // The file the dataset is named after first: of a CSV edge list and its actors CSV, the edge list.
    const [file, ...others] = [...files].sort((a, b) => Number(ACTORS_NAME.test(a.name)) - Number(ACTORS_NAME.test(b.name)));
    try {
      // Asked before anything is read: a Cancel leaves the page exactly as it was.
      if (options.confirmOpen && !(await options.confirmOpen(file!.name, opener))) return announce(`Opening “${file!.name}” was cancelled; nothing has changed.`);
      button.disabled = true;
      await openFile(file!, others, options, errors.show, () => button.focus());
    } finally {
      busy = false;
      button.disabled = false;
    }
  };

  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = "";
    void open(files, button);
  });

  // Drag and drop: the hint shows while files are over the window. Enter/leave fire for every
  // child crossed, so a counter tells when the drag has really left.
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth++;
    hint.hidden = false;
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  };
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hidden = true;
  };
  const onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    depth = 0;
    hint.hidden = true;
    if (files.length === 0) return;
    e.preventDefault();
    void open(files, null);
  };
  window.addEventListener("dragenter", onEnter);
  window.addEventListener("dragover", onOver);
  window.addEventListener("dragleave", onLeave);
  window.addEventListener("drop", onDrop);

  toolbar.append(button, input);
  document.body.append(hint, errors.dialog);
  return () => {
    window.removeEventListener("dragenter", onEnter);
    window.removeEventListener("dragover", onOver);
    window.removeEventListener("dragleave", onLeave);
    window.removeEventListener("drop", onDrop);
    errors.dialog.remove();
    hint.remove();
    button.remove();
    input.remove();
  };
}

/** Shown only for loads that take longer than this, so small files open without a flash. */
const PROGRESS_DELAY_MS = 300;

/** A name that says a CSV holds actors (nodes), not edges. */
const ACTORS_NAME = /actor|node|vert/i;

/**
 * Size check, then the load worker reads, validates and prepares the file while a dialog shows the
 * progress with a Cancel button (src/app/loading.ts). The app on screen stays as it is until the
 * new dataset is ready, and stays as it is on a problem or a cancel.
 */
async function openFile(file: File, others: File[], options: ImporterOptions, showErrors: (fileName: string, issues: ValidationIssue[]) => void, refocus: () => void): Promise<void> {
  // Refused by their size alone: a file over the limit is never read into memory.
  const tooBig = [file, ...others].map((f) => checkImportSize(f.size, f.name)).find((issue) => issue !== null);
  if (tooBig) return showErrors(file.name, [tooBig]);
  const progress = createProgressDialog(file.name, () => load.cancel());
  let timer = setTimeout(progress.show, PROGRESS_DELAY_MS);
  // While the user answers a step, the progress dialog steps aside; it comes back for the work.
  const step = async <T>(ask: () => Promise<T | null>): Promise<T | null> => {
    clearTimeout(timer);
    progress.hide();
    const answer = await ask();
    if (answer !== null) timer = setTimeout(progress.show, PROGRESS_DELAY_MS);
    return answer;
  };
  // The steps are fetched when first needed: most opens are dataset files, and the page stays small.
  const dialogs: LoadDialogs = {
    ingestOptions: (q) => step(async () => (await import("./import/ingestOptions.ts")).askIngestOptions(q)),
    mapping: (q, preview) => step(async () => (await import("./import/mappingDialog.ts")).askMapping(q, preview)),
  };
  const load = startLoad({ source: "file", file, ...(others.length > 0 ? { others } : {}) }, progress.update, dialogs);
  const outcome = await load.outcome;
  clearTimeout(timer);
  if (outcome.kind !== "loaded") progress.remove();
  if (outcome.kind === "cancelled") {
    // The Open button was disabled while busy: it gets the focus back once the finally re-enables it.
    setTimeout(refocus, 0);
    return announce(`Opening “${file.name}” was cancelled; the graph on screen has not changed.`);
  }
  if (outcome.kind !== "loaded") {
    const issues = outcome.kind === "invalid" && outcome.issues.length > 0 ? outcome.issues : (outcome.kind === "invalid" ? outcome.problems : ["it could not be read"]).map((message) => ({ path: "(file)", message }));
    return showErrors(file.name, issues);
  }
  progress.remove();
  // Drawn first, kept after: writing a large file to IndexedDB no longer delays the first picture.
  const shown = await options.replace(outcome.dataset, file.name, outcome.model, outcome.layoutSkipped, outcome.layoutPending);
  // Another file was opened while this one was being drawn: that one is kept, not this one.
  if (!shown) return;
  const saved = outcome.keep ? await saveStoredDataset(file.name, outcome.keep) : false;
  // Without this, a reload would bring back an older import instead of the default.
  if (!saved) await removeStoredDataset();
  const { dataset } = outcome;
  const lines = [...outcome.warnings];
  if (outcome.layoutSkipped) lines.unshift("The layout was skipped at this size: actors are at their seeded starting positions (the Layout button runs it).");
  if (!saved) lines.unshift("The browser would not keep it (storage is full or disabled): after a reload the default dataset opens.");
  // The header names the dataset (its title may already count its actors): the notice says the sizes once.
  showNotice(`Opened “${file.name}”: ${counted(dataset.actors.length, "actor")}, ${counted(dataset.relations.length, "relation")}.`, lines);
  options.noticeShown?.();
}

/** The dialog that shows a file load's progress, with Cancel. Opened by `show`, gone after `remove`. */
function createProgressDialog(fileName: string, onCancel: () => void) {
  const stage = h("p", { class: "import-progress-stage" }, "Starting…");
  const bar = h("progress", { class: "loading-progress", max: "100", value: "0", "aria-label": `Progress opening ${fileName}` });
  const dialog = h(
    "dialog",
    { class: "import-progress", "aria-labelledby": "import-progress-title" },
    h("h2", { id: "import-progress-title" }, `Opening “${fileName}”`),
    h("div", { role: "status", "aria-live": "polite" }, stage),
    bar,
    h("div", { class: "import-actions" }, h("button", { type: "button", class: "tool", onclick: onCancel }, "Cancel (keep the graph on screen)")),
  );
  // Escape is the browser's cancel for a modal dialog: make it cancel the load too, and only that
  // (not also clear the graph's selection, which listens for Escape on the page).
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "Escape") e.stopPropagation();
  });
  dialog.addEventListener("cancel", (e) => {
    e.preventDefault();
    onCancel();
  });
  document.body.append(dialog);
  return {
    update(text: string, fraction: number) {
      // Only on a new stage: the live region would read the same words every slice.
      if (stage.textContent !== text) stage.textContent = text;
      bar.value = Math.round(fraction * 100);
    },
    show: () => {
      if (dialog.isConnected && !dialog.open) dialog.showModal();
    },
    hide: () => {
      if (dialog.open) dialog.close();
    },
    remove: () => dialog.remove(),
  };
}

/** The dialog listing an import's problems. Closed, it puts the focus on `focusBack()`. */
function createErrorDialog(focusBack: () => HTMLElement | null) {
  const title = h("h2", { id: "import-errors-title" });
  const intro = h("p", { id: "import-errors-intro" });
  const list = h("ul", { class: "import-error-list" });
  const more = h("p", { class: "import-error-more" });
  const dialog = h(
    "dialog",
    { class: "import-errors", "aria-labelledby": "import-errors-title", "aria-describedby": "import-errors-intro", tabindex: -1 },
    title,
    intro,
    list,
    more,
    h("div", { class: "import-actions" }, h("button", { type: "button", class: "tool", onclick: () => close() }, "Close")),
  );
  // Close and Escape give the focus back at once (and Escape does not also clear the graph's selection).
  const close = focusBackOnClose(dialog, focusBack);

  const show = (fileName: string, issues: ValidationIssue[]) => {
    const n = issues.length;
    title.textContent = `“${fileName}” was not opened`;
    intro.textContent = `${n === 1 ? "It has a problem" : `It has ${n} problems`}; the graph on screen has not changed.`;
    replaceChildren(list, ...issues.slice(0, MAX_LISTED).map((i) => h("li", {}, h("code", {}, i.path), `: ${i.message}`)));
    more.textContent = n > MAX_LISTED ? `… and ${n - MAX_LISTED} more.` : "";
    more.hidden = n <= MAX_LISTED;
    dialog.showModal();
    dialog.focus();
    announce(`${title.textContent}. ${intro.textContent}`);
  };
  return { dialog, show };
}

/** How long the import notice stays on its own: longer when it has warnings to read. */
export const NOTICE_MS = 12_000;
export const NOTICE_WITH_WARNINGS_MS = 30_000;


/**
 * After a successful import: what was opened, and the warnings. It belongs to the page, not to an
 * app (the app it reports on was created after this importer was torn down), and leaves by itself
 * or on Dismiss. It sits at the top of the graph (the new app's shell is in place by now), where
 * it covers none of the controls of the time bar ("Lay out this date") or the toolbar.
 */
function showNotice(summary: string, lines: string[]): void {
  document.querySelector(".import-notice")?.remove();
  const notice = h(
    "div",
    { class: "import-notice", role: "status", tabindex: -1, "aria-label": "Import result" },
    h("p", { class: "import-notice-summary" }, summary),
    lines.length > 0 ? h("ul", {}, ...lines.slice(0, MAX_LISTED).map((l) => h("li", {}, l))) : null,
    lines.length > MAX_LISTED ? h("p", {}, `… and ${lines.length - MAX_LISTED} more.`) : null,
    h("button", { type: "button", class: "tool", onclick: () => dismiss() }, "Dismiss"),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => dismiss(), lines.length > 0 ? NOTICE_WITH_WARNINGS_MS : NOTICE_MS);
  };
  // The focus moves on to the graph rather than falling back to the top of the page.
  const dismiss = () => {
    clearTimeout(timer);
    const hadFocus = notice.contains(document.activeElement);
    notice.remove();
    if (hadFocus) document.getElementById("graph")?.focus();
  };
  notice.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      dismiss();
    }
  });
  // Someone reading it with the pointer over it keeps it; it leaves a while after the pointer does.
  notice.addEventListener("pointerenter", () => clearTimeout(timer));
  notice.addEventListener("pointerleave", wait);
  (document.querySelector(".graph-wrap") ?? document.body).append(notice);
  notice.focus();
  wait();
}
