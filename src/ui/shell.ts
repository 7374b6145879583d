/**
 * The page's static frame: header, the three columns (controls, graph, details), the timeline
 * slot under the graph and the table drawer. Panels fill the slots; the shell holds no data.
 */
import { h } from "../dom/dom.ts";

export interface Shell {
  root: HTMLElement;
  header: HTMLElement;
  datasetName: HTMLElement;
  toolbar: HTMLElement;
  controls: HTMLElement;
  graph: HTMLElement;
  graphMessage: HTMLElement;
  timeline: HTMLElement;
  details: HTMLElement;
  /** The Analysis panel: the Details' neighbour in the right-hand column (analysis.ts). */
  analysis: HTMLElement;
  /** The tab list over the right-hand column ("Details" | "Analysis"), filled by analysis.ts. */
  sideTabs: HTMLElement;
  table: HTMLElement;
}

export function createShell(root: HTMLElement): Shell {
  const datasetName = h("span", { class: "dataset-name", id: "dataset-name" });
  const toolbar = h("div", { class: "toolbar", role: "toolbar", "aria-label": "Graph tools" });
  const header = h(
    "header",
    { class: "app-header" },
    h("a", { class: "skip-link", href: "#table-panel" }, "Skip to the relations table"),
    h("h1", { class: "brand" }, "Stancegraph"),
    datasetName,
    toolbar,
  );
  const controls = h("aside", { class: "panel controls", id: "controls-panel", "aria-label": "Search, filters and legend" });
  const graph = h("div", {
    class: "graph",
    id: "graph",
    tabindex: 0,
    role: "application",
    "aria-roledescription": "graph canvas",
    "aria-label": "Stance graph. Arrow keys pan, plus and minus zoom, 0 fits. The table view lists the same relations.",
  });
  const graphMessage = h("div", { class: "graph-message", role: "status", hidden: true });
  const timeline = h("section", { class: "timeline", id: "timeline", "aria-label": "Time" });
  const details = h("section", { class: "panel details", id: "details-panel", "aria-label": "Details", tabindex: -1 });
  const table = h("section", { class: "table-panel", id: "table-panel", "aria-label": "Relations table", tabindex: -1, hidden: true });
  const analysis = h("section", { class: "panel analysis", id: "analysis-panel", "aria-label": "Analysis", tabindex: -1, hidden: true });
  const sideTabs = h("div", { class: "side-tabs", role: "tablist", "aria-label": "Side panel" });
  const side = h("div", { class: "side" }, sideTabs, details, analysis);
  const main = h("main", { class: "app-main" }, controls, h("div", { class: "stage" }, h("div", { class: "graph-wrap" }, graph, graphMessage), timeline), side);
  root.replaceChildren(header, main, table);
  return { root, header, datasetName, toolbar, controls, graph, graphMessage, timeline, details, analysis, sideTabs, table };
}
