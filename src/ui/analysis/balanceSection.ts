/**
 * Structural balance at the date(s) on screen: one table, each row a measure described once
 * (name, value per date) and rendered by the same code.
 */
import { h } from "../../dom/dom.ts";
import type { DateAnalysis } from "../../app/analysisState.ts";
import type { BalanceFigure } from "../../model/analytics/index.ts";
import { TRIAD_TYPE_WORDS, triadTypeText, type AnalysisSection } from "./section.ts";

/** "0.500 (2 of 4)", as the CLI prints it; "n/a" without closed triads. */
export function ratioText(f: BalanceFigure): string {
  return f.ratio === null ? "n/a (no closed triad)" : `${f.ratio.toFixed(3)} (${f.balanced} of ${f.balanced + f.unbalanced})`;
}

interface Measure {
  name: string;
  /** Said on hover (the row heading's title). */
  title?: string;
  value(c: DateAnalysis): string;
}

const TRIAD_BALANCE: Record<string, string> = { "+++": "balanced", "++-": "unbalanced", "+--": "balanced", "---": "balanced under weak balance only" };

const MEASURES: readonly Measure[] = [
  { name: "Signed ties", value: (c) => `${c.balance.ties.total} (${c.balance.ties.positive} +, ${c.balance.ties.negative} −)` },
  { name: "Closed triads", value: (c) => String(c.balance.triads) },
  ...(["+++", "++-", "+--", "---"] as const).map((t): Measure => ({ name: `${triadTypeText(t)} triads`, title: `${TRIAD_TYPE_WORDS[t]}: ${TRIAD_BALANCE[t]}`, value: (c) => String(c.balance.counts[t]) })),
  { name: "Balanced ratio, strong", value: (c) => ratioText(c.balance.strong) },
  { name: "Balanced ratio, weak", value: (c) => ratioText(c.balance.weak) },
];

export const balanceSection: AnalysisSection = {
  id: "balance",
  title: "Structural balance",
  definition:
    "A closed triad is three actors tied pairwise. Under strong balance (Heider) it is balanced when the product of its signs is positive: +++ “the friend of my friend is my friend”, +−− “the enemy of my enemy is my friend”. Weak balance (Davis) also allows −−−.",
  body: (cols) => [
    h(
      "table",
      { class: "analysis-table balance-table" },
      h("caption", { class: "visually-hidden" }, "Structural balance at each date"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Measure"), ...cols.map((c) => h("th", { scope: "col", class: "num" }, c.date)))),
      h("tbody", {}, ...MEASURES.map((m) => h("tr", {}, h("th", { scope: "row", title: m.title ?? null }, m.name), ...cols.map((c) => h("td", { class: "num" }, m.value(c)))))),
    ),
  ],
};
