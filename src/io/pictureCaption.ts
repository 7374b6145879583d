/**
 * What a picture of an export scope says around the graph: its title, the date (or the two
 * compared dates), the dataset, and a legend of what is in the picture, in the app's colours and
 * edge styles (src/style/). The SVG and the PNG of one view share it, so they say the same things.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import { KIND_LABELS, kindColor } from "../style/palette.ts";
import { edgeThickness, STATUS_MARK } from "../style/edgeStyle.ts";
import { viewCaption, type ExportScope } from "./exportView.ts";
import type { LegendSection, Picture } from "./scene.ts";

export type PictureCaption = Omit<Picture, "scene">;

export function pictureCaption(model: StanceModel, scope: ExportScope, title?: string): PictureCaption {
  const { dataset } = model;
  const typesShown = new Set(scope.relations.map((r) => r.type));
  const kindsShown = new Set<string>(scope.actors.map((a) => a.kind));
  const legend: LegendSection[] = [];
  const typeEntries = dataset.relationTypes
    .filter((t) => typesShown.has(t.id))
    .map((t) => ({ label: t.directed ? `${t.label} (directed)` : t.label, color: t.color, symbol: t.directed ? ("arrow" as const) : ("line" as const), width: edgeThickness(t, null) }));
  if (typeEntries.length > 0) legend.push({ heading: "Relations", entries: typeEntries });
  const kindEntries = Object.keys(KIND_LABELS)
    .filter((k) => kindsShown.has(k))
    .map((k) => ({ label: KIND_LABELS[k]!, color: kindColor(k), symbol: "circle" as const }));
  if (kindEntries.length > 0) legend.push({ heading: "Actors", entries: kindEntries });
  if (scope.status) {
    legend.push({
      heading: "Change",
      entries: [
        { label: `${STATUS_MARK.added} (thicker, “+ type”)`, color: "#444444", symbol: "line", width: 5 },
        { label: `${STATUS_MARK.removed} (pale, thin, “− type”)`, color: "#aaaaaa", symbol: "line", width: 2 },
        { label: `${STATUS_MARK.kept} (“= type”)`, color: "#444444", symbol: "line", width: 3 },
      ],
    });
  }
  return {
    title: title ?? dataset.title,
    when: viewCaption(model, scope.view, scope.filtered),
    datasetName: `Dataset: ${dataset.id} · ${scope.relations.length} of ${dataset.relations.length} relations, ${scope.actors.length} of ${dataset.actors.length} actors · Stancegraph`,
    legend,
  };
}
