/**
 * What the workspace's forms share: the model on screen, its edits, the store, and `perform`,
 * which carries out one user action and shows its result (the record selected, its date in view).
 */
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Command } from "../../model/edit/commands.ts";
import type { SessionOutcome } from "../../model/edit/session.ts";
import type { ValidationIssue } from "../../model/validate.ts";
import type { Edits } from "../../app/edits.ts";
import type { Store } from "../../app/store.ts";
import type { Action, Selection, ViewState } from "../../app/state.ts";
import type { DerivedView } from "../../app/derivedView.ts";
import { isActiveOn } from "../../model/dates.ts";
import { announce } from "../../dom/dom.ts";

export interface CurateContext {
  model: StanceModel;
  edits: Edits;
  view: DerivedView;
  store: Store<ViewState, Action>;
}

/**
 * Performs `command`; on success announces it and, with `show`, selects that record and moves
 * the date to it when the view does not show it (a new relation appears at once, wherever the
 * timeline was). Returns the outcome: a refused edit's errors are for the form to show.
 */
export function perform(ctx: CurateContext, command: Command, show?: Selection | null): SessionOutcome {
  const out = ctx.edits.perform(command);
  if (!out.ok) return out;
  announce(`${out.label}.`);
  if (show) reveal(ctx, show);
  return out;
}

/**
 * Selects a record and brings it into the view: a relation not active at the date, or a date the
 * timeline no longer spans (a new dataset's first relation moves its window away from today),
 * moves the date to the relation's start.
 */
export function reveal(ctx: CurateContext, show: Selection): void {
  if (show.kind === "relation") {
    const r = ctx.model.relations.get(show.id);
    const s = ctx.store.getState();
    const outside = s.date < ctx.model.span.from || s.date > ctx.model.span.to;
    if (r && !s.compare && (outside || !isActiveOn(r, s.date))) ctx.store.dispatch({ type: "goToDate", date: r.from });
  }
  ctx.store.dispatch({ type: "select", selection: show });
}

/** A refused edit's reasons, one line each. */
export function reasons(errors: readonly ValidationIssue[]): string[] {
  return errors.map((e) => (e.path && !e.path.startsWith("(") ? `${e.path}: ${e.message}` : e.message));
}
