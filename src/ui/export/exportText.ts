/**
 * The text of an exported file, every format but PNG: the writers in src/io (the ones the CLI uses)
 * and the SVG of the picture. Fetched when the Export menu makes its first such file
 * (exportMenu.ts), not at every start: the writers are needed only then (the start bundle's budget).
 */
import type { StanceModel } from "../../model/stanceModel.ts";
import type { Renderer } from "../../view/renderer.ts";
import type { ExportScope } from "../../io/exportView.ts";
import { renderExport, type DataFormat } from "../../io/renderExport.ts";
import { renderSvg } from "../../io/svg.ts";
import { pictureForScope } from "../../app/picture.ts";
import { pictureTextMeasure } from "../../view/pngExport.ts";

/** The file's text: `format`'s writer, or (svg) the picture of the view on screen, or of the whole dataset (`wholeDataset`). */
export function exportText(model: StanceModel, renderer: Renderer, scope: ExportScope, format: DataFormat | "svg", wholeDataset: boolean): string {
  const position = (id: string) => renderer.positions.get(id);
  // The styled GEXF carries the positions on screen (dragged nodes, a snapshot layout).
  if (format !== "svg") return renderExport(model, scope, format, { position });
  // The view: the picture on screen. The whole dataset: every relation of all time, on the screen's positions.
  // Its header and legend lines are fitted with this browser's text widths, as the PNG's are.
  return renderSvg(wholeDataset ? pictureForScope(model, scope, { position }) : renderer.picture(scope), pictureTextMeasure());
}
