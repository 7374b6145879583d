/**
 * The Export menu: a toolbar button "Export…" opening a dialog that asks what to export (the view
 * on screen with its filters, or the whole dataset over all time) and offers one button per file,
 * each saying what it downloads. The files come from the writers in src/io (the same ones the CLI
 * uses, through exportText.ts, fetched when a file is made) and from pngExport for the picture;
 * this module only wires them to the view state.
 */
import "./exportMenu.css";
import { h, announce, replaceChildren } from "../../dom/dom.ts";
import { focusBackOnClose } from "../../dom/dialog.ts";
import { downloadBlob } from "./download.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { ActorKind } from "../../model/schema.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Renderer } from "../../view/renderer.ts";
import type { PngScale } from "../../view/pngExport.ts";
import { exportScope, viewCaption, type ExportScope, type ExportView } from "../../io/exportView.ts";
import { exportFileName, MIME_TYPES, type ExportFormat } from "../../io/filenames.ts";

/** What the dialog exports: the view on screen, or every relation of all time. */
export type ExportWhat = "view" | "all";

/** One button of the menu (descriptors, rendered by one generic loop). */
interface ExportChoice {
  format: ExportFormat;
  scale?: PngScale;
  /** The button's words, which say what it downloads. */
  text: (what: ExportWhat) => string;
  /** PNG pictures the screen, so it exists for the current view only. */
  viewOnly?: boolean;
}

const CHOICES: ExportChoice[] = [
  { format: "png", scale: 1, viewOnly: true, text: () => "Download PNG at 1×" },
  { format: "png", scale: 2, viewOnly: true, text: () => "Download PNG at 2×" },
  { format: "png", scale: 4, viewOnly: true, text: () => "Download PNG at 4×" },
  { format: "svg", text: () => "Download SVG (vector picture, with legend)" },
  { format: "gexf", text: (w) => (w === "all" ? "Download GEXF for Gephi (dynamic, plays on its timeline)" : "Download GEXF for Gephi (static snapshot)") },
  { format: "gexf-viz", text: () => "Download GEXF styled for Gephi (this layout and these colours)" },
  { format: "graphml", text: () => "Download GraphML (networkx, yEd, Cytoscape)" },
  { format: "json", text: () => "Download dataset JSON (opens again here)" },
  { format: "graphology", text: () => "Download graphology JSON (for developers)" },
  { format: "csv", text: () => "Download CSV of the relations (spreadsheet)" },
];

/** The export view for the state on screen: its date (named by its period when it is one) or its two compared dates. */
export function currentExportView(model: StanceModel, state: Pick<ViewState, "date" | "compare">): ExportView {
  if (state.compare) return { kind: "compare", a: state.compare.a, b: state.compare.b };
  const period = model.dataset.periods.find((p) => p.date === state.date);
  return period ? { kind: "date", date: state.date, periodId: period.id } : { kind: "date", date: state.date };
}

/** The scope of an export: the view with the state's filters, or the whole dataset unfiltered. */
export function scopeFor(model: StanceModel, state: ViewState, what: ExportWhat): ExportScope {
  if (what === "all") return exportScope(model, { kind: "all" });
  return exportScope(model, currentExportView(model, state), {
    hiddenRelationTypes: state.hiddenTypes,
    hiddenActorKinds: state.hiddenKinds as ActorKind[],
  });
}

/** Mounts the "Export…" button in `toolbar` and its dialog. Returns the teardown. */
export function mountExportMenu(toolbar: HTMLElement, model: StanceModel, renderer: Renderer, store: Store<ViewState, Action>): () => void {
  let what: ExportWhat = "view";
  let busy = false;

  const opener = h("button", { type: "button", class: "tool", "aria-haspopup": "dialog", title: "Export the view or the dataset as a picture or a data file" }, "Export…");
  const radio = (value: ExportWhat, label: string, hint: HTMLElement) =>
    h("label", { class: "export-what-option" }, h("input", { type: "radio", name: "export-what", value, onchange: () => choose(value) }), h("span", {}, label, hint));
  const viewHint = h("span", { class: "export-hint" });
  const allHint = h("span", { class: "export-hint" });
  const whatField = h(
    "fieldset",
    { class: "export-what" },
    h("legend", {}, "What to export"),
    radio("view", "The current view", viewHint),
    radio("all", "The whole dataset, all of time", allHint),
  );
  const list = h("ul", { class: "export-list", "aria-label": "Files" });
  const status = h("p", { class: "export-status", role: "status" });
  const close = h("button", { type: "button", class: "tool", onclick: () => closeDialog() }, "Close");
  const dialog = h(
    "dialog",
    { class: "export-dialog", "aria-labelledby": "export-title" },
    h("h2", { id: "export-title" }, "Export"),
    whatField,
    list,
    status,
    h("div", { class: "export-actions" }, close),
  );

  const renderList = () => {
    const state = store.getState();
    const scope = scopeFor(model, state, what);
    const shown = CHOICES.filter((c) => what === "view" || !c.viewOnly);
    replaceChildren(
      list,
      ...shown.map((choice, i) => {
        const name = exportFileName(model.dataset.id, scope.view, choice.format, { filtered: scope.filtered, ...(choice.scale ? { scale: choice.scale } : {}) });
        const nameId = `export-file-${i}`;
        return h(
          "li",
          {},
          h("button", { type: "button", class: "tool export-item", "aria-describedby": nameId, disabled: busy, onclick: () => void run(choice, name) }, choice.text(what)),
          h("span", { class: "export-file-name", id: nameId }, name),
        );
      }),
      what === "all" ? h("li", { class: "export-note" }, "PNG pictures what is on screen: choose “The current view” for it.") : null,
    );
  };

  const choose = (next: ExportWhat) => {
    what = next;
    renderList();
  };

  const open = () => {
    const state = store.getState();
    const view = scopeFor(model, state, "view");
    viewHint.textContent = ` — ${viewCaption(model, view.view, view.filtered)}, ${view.relations.length} relations`;
    allHint.textContent = ` — ${viewCaption(model, { kind: "all" })}, ${model.dataset.relations.length} relations, no filters`;
    for (const input of whatField.querySelectorAll<HTMLInputElement>("input[type=radio]")) input.checked = input.value === what;
    if (!busy) status.textContent = "";
    renderList();
    dialog.showModal();
  };

  /** Makes one file and hands it to the browser; the dialog stays open for the next one. */
  const run = async (choice: ExportChoice, name: string) => {
    if (busy) return;
    busy = true;
    setButtonsDisabled(true);
    status.textContent = `Preparing ${name}…`;
    try {
      const state = store.getState();
      const scope = scopeFor(model, state, what);
      const format = choice.format;
      // The writers are fetched with the first file made (exportText.ts).
      const blob = format === "png" ? await renderer.exportPng(scope, choice.scale ?? 1) : new Blob([(await import("./exportText.ts")).exportText(model, renderer, scope, format, what === "all")], { type: `${MIME_TYPES[format]};charset=utf-8` });
      downloadBlob(blob, name);
      status.textContent = `Downloaded ${name} (${formatSize(blob.size)}).`;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      status.textContent = `Could not export ${name}: ${reason}`;
    } finally {
      busy = false;
      setButtonsDisabled(false);
      announce(status.textContent ?? "");
    }
  };

  const setButtonsDisabled = (disabled: boolean) => {
    for (const b of list.querySelectorAll<HTMLButtonElement>("button")) b.disabled = disabled;
  };

  opener.addEventListener("click", open);
  // Close and Escape give the focus back to the opener at once (and Escape does not also clear the graph's selection).
  const closeDialog = focusBackOnClose(dialog, () => opener);
  toolbar.append(opener);
  document.body.append(dialog);
  return () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    opener.remove();
  };
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
