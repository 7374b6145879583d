/**
 * Undo and redo: buttons whose names say what they undo ("Undo: Added relation …"), the keys
 * (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y, not while typing in a field nor over a dialog), and the
 * visible history list, newest first, each step marked done or undone.
 */
import { announce, h } from "../../dom/dom.ts";
import { canRedo, canUndo, historyList } from "../../model/edit/history.ts";
import type { Edits } from "../../app/edits.ts";
import { isTyping } from "./forms.ts";
import { reasons } from "./context.ts";

export interface HistoryPanel {
  buttons: HTMLElement;
  list: HTMLElement;
  update(): void;
  destroy(): void;
}

export function createHistoryPanel(edits: Edits): HistoryPanel {
  const undo = h("button", { type: "button", class: "tool", onclick: () => step("undo") }, "Undo");
  const redo = h("button", { type: "button", class: "tool", onclick: () => step("redo") }, "Redo");
  const list = h("ol", { class: "history-list", "aria-label": "History, newest first" });

  const step = (kind: "undo" | "redo") => {
    const h0 = edits.session.history;
    if (kind === "undo" ? !canUndo(h0) : !canRedo(h0)) return;
    const out = kind === "undo" ? edits.undo() : edits.redo();
    announce(out.ok ? `${kind === "undo" ? "Undone" : "Redone"}: ${out.label}.` : `Could not ${kind}: ${reasons(out.errors).join("; ")}`);
  };

  const update = () => {
    const hist = edits.session.history;
    const entries = historyList(hist);
    const nextUndo = entries.find((e) => e.applied);
    const nextRedo = [...entries].reverse().find((e) => !e.applied);
    undo.disabled = !canUndo(hist);
    redo.disabled = !canRedo(hist);
    undo.setAttribute("aria-label", nextUndo ? `Undo: ${nextUndo.label}` : "Undo (nothing to undo)");
    redo.setAttribute("aria-label", nextRedo ? `Redo: ${nextRedo.label}` : "Redo (nothing to redo)");
    undo.title = undo.getAttribute("aria-label")!;
    redo.title = redo.getAttribute("aria-label")!;
    list.replaceChildren(
      ...(entries.length === 0
        ? [h("li", { class: "empty" }, "No edits yet.")]
        : entries.map((e) => h("li", { class: e.applied ? "done" : "undone" }, e.label, e.applied ? "" : h("span", { class: "history-undone" }, " (undone)")))),
    );
  };

  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target) || document.querySelector("dialog[open]")) return;
    const key = e.key.toLowerCase();
    if (key === "z") step(e.shiftKey ? "redo" : "undo");
    else if (key === "y" && !e.shiftKey) step("redo");
    else return;
    e.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  const unsub = edits.subscribe(update);
  update();
  return {
    buttons: h("div", { class: "curate-actions history-buttons", role: "group", "aria-label": "Undo and redo" }, undo, redo),
    list,
    update,
    destroy() {
      document.removeEventListener("keydown", onKey);
      unsub();
    },
  };
}
