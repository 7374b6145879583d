/**
 * Form pieces of the curation workspace: labelled fields with their problems shown beside them
 * (the validator's own messages, as typed), modal dialogs that give the focus back to their
 * opener, and a confirm dialog that lists what an edit takes with it. Text from the dataset or a
 * source only ever becomes text nodes.
 */
import { focusBackOnClose } from "../../dom/dialog.ts";
import { h } from "../../dom/dom.ts";

let nextId = 0;
/** A page-unique id for a field and its problem list. */
export const uid = (prefix: string) => `${prefix}-${++nextId}`;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field: its label, the control, a hint, and where its problems go (announced, linked by aria-describedby). */
export interface Field<C extends Control = Control> {
  element: HTMLElement;
  control: C;
  /** Shows these problems under the field (none: clears them). */
  problems(messages: readonly string[]): void;
}

export function field<C extends Control>(label: string, control: C, hint?: string): Field<C> {
  const id = control.id || uid("f");
  control.id = id;
  const problemId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const list = h("ul", { class: "field-problems", id: problemId, "aria-live": "polite" });
  control.setAttribute("aria-describedby", hint ? `${hintId} ${problemId}` : problemId);
  const element = h("div", { class: "field" }, h("label", { for: id }, label), control, hint ? h("p", { class: "field-hint", id: hintId }, hint) : null, list);
  return {
    element,
    control,
    problems(messages) {
      list.replaceChildren(...messages.map((m) => h("li", {}, m)));
      if (messages.length > 0) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    },
  };
}

export const textInput = (attrs: Record<string, string | boolean> = {}) => h("input", { type: "text", autocomplete: "off", ...attrs });

/** A select of `options` ([value, text]); `value` chosen. */
export function select(options: ReadonlyArray<readonly [string, string]>, value = ""): HTMLSelectElement {
  const el = h("select", {}, ...options.map(([v, t]) => h("option", { value: v }, t)));
  el.value = value;
  return el;
}

/** A modal dialog; closing it (button, Escape) removes it and puts the focus back on `opener`. */
export interface Dialog {
  element: HTMLDialogElement;
  body: HTMLElement;
  /**
   * Closes the dialog, removes it and puts the focus back on its opener, all before it returns: a
   * caller that wants the focus elsewhere (a saved record's new button) focuses it afterwards.
   */
  close(): void;
}

export function openDialog(title: string, opener: HTMLElement | null, options: { className?: string; onClose?: () => void } = {}): Dialog {
  const titleId = uid("dialog-title");
  const body = h("div", { class: "curate-dialog-body" });
  const element = h(
    "dialog",
    { class: `curate-dialog ${options.className ?? ""}`, "aria-labelledby": titleId },
    h("header", { class: "curate-dialog-head" }, h("h2", { id: titleId }, title), h("button", { type: "button", class: "close", "aria-label": `Close “${title}”`, onclick: () => close() }, "×")),
    body,
  );
  // The focus goes back where it was (the opener, or what had it when the opener is gone), during
  // close() (see focusBackOnClose); Escape closes this dialog only, so the card holding the opener
  // does not go before the focus returns to it. A dialog here is used once: closing removes it.
  const back = opener ?? (document.activeElement as HTMLElement | null);
  const close = focusBackOnClose(element, () => back, () => {
    element.remove();
    options.onClose?.();
  });
  document.body.append(element);
  element.showModal();
  return { element, body, close };
}

/**
 * Asks before an edit that takes more with it (or before unsaved edits are left): resolves true
 * on the confirming button, false on Cancel, Escape or the close button.
 */
export function confirmDialog(opener: HTMLElement | null, title: string, lines: readonly string[], confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const dialog = openDialog(title, opener, { className: "curate-confirm", onClose: () => resolve(answer) });
    const cancel = h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel");
    dialog.body.append(
      h("ul", { class: "confirm-lines" }, ...lines.slice(0, 200).map((l) => h("li", {}, l))),
      ...(lines.length > 200 ? [h("p", {}, `… and ${lines.length - 200} more.`)] : []),
      h(
        "div",
        { class: "curate-actions" },
        h("button", { type: "button", class: "tool primary", onclick: () => ((answer = true), dialog.close()) }, confirmLabel),
        cancel,
      ),
    );
    cancel.focus();
  });
}

/** Problems for a form: by field name (draftIssues' keys), the rest in the form's own list. */
export function showProblems(fields: ReadonlyMap<string, Field>, rest: HTMLElement, issues: ReadonlyMap<string, readonly string[]>, shown: ReadonlySet<string> | null): void {
  const other: string[] = [];
  for (const [name, f] of fields) f.problems(shown && !shown.has(name) ? [] : (issues.get(name) ?? []));
  for (const [name, messages] of issues) {
    if (fields.has(name)) continue;
    for (const m of messages) other.push(name && !name.startsWith("(") ? `${name}: ${m}` : m);
  }
  rest.replaceChildren(...other.map((m) => h("li", {}, m)));
}

/** Whether a key event comes from a place where the user types (undo there is the field's own). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "file"].includes(target.type));
}
