/**
 * The frame of an import step (the ingest options, the mapping): a modal dialog holding a form,
 * with a title and an introduction it is labelled and described by. Escape and Cancel cancel it;
 * submitting the form is the step's own business. It removes itself when settled; the importer
 * puts the focus back where it belongs (the Open button on a cancel).
 */
import { h } from "../../dom/dom.ts";
import "./import.css";

export interface StepDialog {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  /** Opens it (modal); the first field takes the focus. */
  open(): void;
  /** Closes and removes it. */
  remove(): void;
}

let count = 0;

/** A labelled control with a hint and room for an error, the control described by both. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement, hint?: string): { row: HTMLElement; error: HTMLElement } {
  const id = control.id || `import-field-${++count}`;
  control.id = id;
  const hintEl = hint ? h("span", { class: "field-hint", id: `${id}-hint` }, hint) : null;
  const error = h("span", { class: "field-error", id: `${id}-error`, hidden: true });
  control.setAttribute("aria-describedby", [hintEl ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" "));
  const row = h("div", { class: "field" }, h("label", { for: id }, label), control, hintEl, error);
  return { row, error };
}

/** Shows (or clears, with null) a field's error, marking the control invalid. */
export function setFieldError(control: HTMLElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? "";
  error.hidden = message === null;
  if (message === null) control.removeAttribute("aria-invalid");
  else control.setAttribute("aria-invalid", "true");
}

/** A select of `options` (value, text), with `value` chosen. */
export function select(options: Array<[string, string]>, value: string): HTMLSelectElement {
  const el = h("select", {}, ...options.map(([v, text]) => h("option", { value: v }, text)));
  el.value = value;
  return el;
}

/** The dialog frame. `onCancel` runs on Escape, the Cancel button, or the browser closing it. */
export function stepDialog(opts: { className: string; title: string; intro: Node | string; cancelText: string; onCancel(): void }): StepDialog & { actions: HTMLElement } {
  const id = `import-step-${++count}`;
  const cancel = h("button", { type: "button", class: "tool", onclick: () => opts.onCancel() }, opts.cancelText);
  const actions = h("div", { class: "import-actions step-actions" }, cancel);
  const form = h("form", { class: "step-form", novalidate: true });
  const dialog = h(
    "dialog",
    { class: `import-step ${opts.className}`, "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-intro` },
    h("h2", { id: `${id}-title` }, opts.title),
    h("p", { id: `${id}-intro`, class: "step-intro" }, opts.intro),
    form,
  );
  // Escape is the browser's cancel for a modal dialog: it cancels the step, and only that (not
  // also clear the graph's selection, which listens for Escape on the page).
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "Escape") e.stopPropagation();
  });
  dialog.addEventListener("cancel", (e) => {
    e.preventDefault();
    opts.onCancel();
  });
  return {
    dialog,
    form,
    actions,
    open() {
      document.body.append(dialog);
      dialog.showModal();
      form.querySelector<HTMLElement>("select, input, button")?.focus();
    },
    remove() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
