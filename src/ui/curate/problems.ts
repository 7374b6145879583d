/**
 * The problem list: the dataset checked by the validator the CLI uses, problems grouped by the
 * record they are about, each record a button that shows it (an actor or a relation selected on
 * the graph; another record's list opened). Edits are checked as they are made, so what shows
 * here is mostly warnings (overlapping relations) and what an opened file brought.
 */
import { h } from "../../dom/dom.ts";
import type { Dataset } from "../../model/schema.ts";
import { validateDataset, type ValidationIssue } from "../../model/validate.ts";
import { issuesByRecord } from "../../model/edit/issues.ts";
import type { Collection } from "../../model/edit/commands.ts";

/** Above this many relations the whole check waits for the button (it is a pass over everything). */
const CHECK_EACH_EDIT_UP_TO = 5000;

const NAMES: ReadonlyMap<Collection, string> = new Map([
  ["actors", "Actor"],
  ["relations", "Relation"],
  ["relationTypes", "Relation type"],
  ["sources", "Source"],
  ["events", "Event"],
  ["periods", "Period"],
]);

export interface ProblemsPanel {
  element: HTMLElement;
  /** After an edit: checked again (small datasets) or marked as stale. */
  update(dataset: Dataset): void;
}

export function createProblemsPanel(show: (collection: Collection, id: string) => void): ProblemsPanel {
  const summary = h("p", { class: "problems-summary", role: "status" });
  const list = h("ul", { class: "problem-list" });
  let latest: Dataset | null = null;
  const checkNow = h("button", { type: "button", class: "tool", hidden: true, onclick: () => latest && render(latest) }, "Check the whole dataset");
  const element = h("div", { class: "problems" }, summary, checkNow, list);

  const render = (dataset: Dataset) => {
    const result = validateDataset(dataset, {});
    const issues: Array<ValidationIssue & { warning?: boolean }> = [...(result.ok ? [] : result.errors), ...result.warnings.filter((w) => !/quotes are not checked|not checked/i.test(w.message)).map((w) => ({ ...w, warning: true }))];
    const grouped = issuesByRecord(dataset, issues);
    const items: HTMLElement[] = [];
    for (const [collection, byId] of grouped.records) {
      for (const [id, list] of byId) {
        items.push(
          h(
            "li",
            {},
            h("button", { type: "button", class: "link", onclick: () => show(collection, id) }, `${NAMES.get(collection) ?? collection} ${id}`),
            h("ul", {}, ...list.map((i) => h("li", { class: (i as { warning?: boolean }).warning ? "warning" : "error" }, `${(i as { warning?: boolean }).warning ? "Warning" : "Error"}: ${i.message}`))),
          ),
        );
      }
    }
    for (const i of grouped.dataset) items.push(h("li", {}, `${i.path}: ${i.message}`));
    const errors = result.ok ? 0 : result.errors.length;
    const warnings = issues.length - errors;
    summary.textContent = issues.length === 0 ? "No problems: the dataset validates." : `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`;
    list.replaceChildren(...items);
    checkNow.hidden = dataset.relations.length <= CHECK_EACH_EDIT_UP_TO;
  };

  return {
    element,
    update(dataset) {
      latest = dataset;
      if (dataset.relations.length <= CHECK_EACH_EDIT_UP_TO) render(dataset);
      else {
        checkNow.hidden = false;
        summary.textContent = "Each edit is checked as it is made; check the whole dataset for the rest.";
      }
    },
  };
}
