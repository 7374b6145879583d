/**
 * The Analysis panel's sections as descriptors rendered by one generic function (in the manner of
 * Gephi Lite's layouts and filters): a section says its heading, its definition and what follows
 * for the date columns on screen; `renderSection` builds the same frame for all of them.
 */
import { h } from "../../dom/dom.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Store } from "../../app/store.ts";
import type { Action, ViewState } from "../../app/state.ts";
import type { Analysis, DateAnalysis } from "../../app/analysisState.ts";

/** What a section may use: the model, its memoised analytics, the store, and the panel. */
export interface SectionContext {
  model: StanceModel;
  analysis: Analysis;
  store: Store<ViewState, Action>;
  /** An actor's label (its id when unknown). */
  label(id: string): string;
  /** "2023-09-18 (Before 2023)": a date with the period it stands for. */
  dateName(date: string): string;
  /** Draws the panel again now, keeping the focus (after a section's own control changed, e.g. a sort). */
  redraw(): void;
  /**
   * How many unbalanced triads `c` has. Computed on the page, all of them are in
   * `c.balance.unbalanced`; from the analysis worker, only the pages received so far.
   */
  triadCount(c: DateAnalysis): number;
  /** Gets the first `n` unbalanced triads of `c` when fewer are here (from the worker); the panel redraws when they come. */
  moreTriads(c: DateAnalysis, n: number): void;
}

export interface AnalysisSection {
  /** Prefix of the heading's id (`${id}-heading`). */
  id: string;
  title: string;
  /** One paragraph that says what the figures mean. */
  definition: string;
  /** What follows the definition, for the date columns on screen (one date, or two in compare mode). */
  body(cols: readonly DateAnalysis[], state: ViewState): Array<Node | null>;
}

/** A section's frame: heading, definition, body. */
export function renderSection(section: AnalysisSection, cols: readonly DateAnalysis[], state: ViewState): HTMLElement {
  return h(
    "section",
    { class: "analysis-section", "aria-labelledby": `${section.id}-heading` },
    h("h3", { id: `${section.id}-heading` }, section.title),
    h("p", { class: "definition" }, section.definition),
    ...section.body(cols, state),
  );
}

/** Lists longer than this are cut, with a count. */
export const MAX_LISTED = 50;
/** Name lists longer than this are cut, with a count. */
const MAX_NAMES = 30;

/** "A, B, C" or "A, B, … and 12 more" for long lists. */
export function nameList(labels: readonly string[]): string {
  return labels.length > MAX_NAMES ? `${labels.slice(0, MAX_NAMES).join(", ")}, … and ${labels.length - MAX_NAMES} more` : labels.join(", ");
}

/** Triad type with real minus signs ("++−"). */
export const triadTypeText = (t: string) => t.replaceAll("-", "−");

/** A triad type in words, for accessible names and titles. */
export const TRIAD_TYPE_WORDS: Readonly<Record<string, string>> = {
  "+++": "three positive ties",
  "++-": "two positive ties and one negative",
  "+--": "one positive tie and two negative",
  "---": "three negative ties",
};
