/**
 * The page's static frame: header, the three columns (controls, graph, details), the timeline
 * slot under the graph and the table drawer. Panels fill the slots; the shell holds no data.
 */
import { h } from "../dom/dom.ts";

/**
 * Where the layout becomes a phone's: one toolbar row with a "More…" menu, and the side panels
 * as sheets over the lower half of the screen (the stylesheet's breakpoint is the same).
 */
export const NARROW_SCREEN = "(max-width: 900px)";

export interface Shell {
  root: HTMLElement;
  header: HTMLElement;
  /** Beside the dataset's name: the "About this dataset" button (about.ts). */
  about: HTMLElement;
  /** "Skip to the relations table": the first Tab stop (skipLink.ts makes it open the table). */
  skipLink: HTMLAnchorElement;
  datasetName: HTMLElement;
  /**
   * Where the graph tools go. On a desktop its buttons sit in the toolbar's row; on a narrow
   * screen it is the menu that "More…" opens (moreMenu.ts), so the toolbar keeps one row.
   */
  toolbar: HTMLElement;
  /** The tools a narrow screen keeps in the toolbar's row: the buttons that open the sheets (sheets.ts). */
  primaryTools: HTMLElement;
  /** "More…": opens `toolbar` as a menu on a narrow screen; hidden on a desktop. */
  moreButton: HTMLButtonElement;
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
  const about = h("span", { class: "about-slot" });
  // The three parts of the toolbar flow as one row on a desktop (`display: contents`, see styles.css).
  const primaryTools = h("span", { class: "toolbar-primary" });
  const moreButton = h("button", { type: "button", class: "tool more-toggle", "aria-expanded": "false", "aria-controls": "more-tools" }, "More…");
  const toolbar = h("div", { class: "toolbar-more", id: "more-tools", role: "group", "aria-label": "More tools" });
  const toolRow = h("div", { class: "toolbar", role: "toolbar", "aria-label": "Graph tools" }, primaryTools, toolbar, moreButton);
  const skipLink = h("a", { class: "skip-link", href: "#table-panel" }, "Skip to the relations table");
  const header = h(
    "header",
    { class: "app-header" },
    skipLink,
    h("h1", { class: "brand" }, "Stancegraph"),
    datasetName,
    about,
    toolRow,
  );
  const controls = h("aside", { class: "panel controls", id: "controls-panel", "aria-label": "Search, filters and legend", tabindex: -1 });
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
  return { root, header, about, skipLink, datasetName, toolbar, primaryTools, moreButton, controls, graph, graphMessage, timeline, details, analysis, sideTabs, table };
}
