/**
 * The text of a file export of a view: one function for the CLI (`stancegraph export`) and the
 * app's Export menu, so both write exactly the same files.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { ExportFormat } from "./filenames.ts";
import { viewCaption, type ExportScope } from "./exportView.ts";
import { datasetForScope, datasetJson, graphologyJson } from "./datasetJson.ts";
import { writeGexf } from "./gexf.ts";
import { gexfVizFor } from "./gexfViz.ts";
import { writeGraphml } from "./graphml.ts";
import { relationsCsv } from "./relationRows.ts";

/** The data formats (pictures, SVG and PNG, are drawn from a scene: src/app/picture.ts, src/view/pictures.ts). */
export type DataFormat = Exclude<ExportFormat, "png" | "svg">;

/**
 * Serialises `scope` in a data format. GEXF is dynamic for the whole dataset and a static snapshot
 * for a date or a comparison; "gexf-viz" is the same file styled for Gephi (viz: colours, positions,
 * sizes), with positions from `picture.position` (the app passes where the screen draws each
 * actor), else from the model's stable layout.
 */
export function renderExport(model: StanceModel, scope: ExportScope, format: DataFormat, picture: { position?: (actor: string) => { x: number; y: number } } = {}): string {
  const caption = viewCaption(model, scope.view, scope.filtered);
  const changes = scope.status;
  const dataset = () => datasetForScope(model.dataset, scope);
  switch (format) {
    case "gexf":
      return writeGexf(dataset(), { mode: scope.view.kind === "all" ? "dynamic" : "static", caption, ...(changes ? { changes } : {}) });
    case "gexf-viz":
      return writeGexf(dataset(), { mode: scope.view.kind === "all" ? "dynamic" : "static", caption, ...(changes ? { changes } : {}), viz: gexfVizFor(model, scope, picture.position) });
    case "graphml":
      return writeGraphml(dataset(), { caption, ...(changes ? { changes } : {}) });
    case "json":
      return datasetJson(dataset());
    case "graphology":
      return graphologyJson(model, scope, caption);
    case "csv":
      return relationsCsv(model, scope.relations);
  }
}
