/**
 * The picture of an export scope, ready for renderSvg: positions from the screen (or the model's
 * stable layout), the app's colours and edge styles (src/style/) so that the SVG looks like
 * the screen, and a legend of what is in the picture.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { RelationStatus } from "../model/diff.ts";
import { KIND_LABELS, kindColor } from "../style/palette.ts";
import { edgeThickness, fadeToWhite, STATUS_MARK } from "../style/edgeStyle.ts";
import { viewCaption, type ExportScope } from "./exportView.ts";
import type { SvgLegendSection, SvgScene } from "./svg.ts";

export interface SceneOptions {
  /** The picture's title; default the dataset's title. */
  title?: string;
  width?: number;
  height?: number;
  /** Where each actor is drawn; default the model's stable layout (the app passes what is on screen). */
  position?: (actor: string) => { x: number; y: number };
}

/** Builds the SVG scene of a scope. Positions are `options.position`, else the graph's `x`/`y` (createModel with a layout). */
export function svgSceneFor(model: StanceModel, scope: ExportScope, options: SceneOptions = {}): SvgScene {
  const { dataset, graph } = model;
  const label = (id: string) => model.actors.get(id)?.label ?? id;
  const statusOf = (id: string): RelationStatus | null => scope.status?.get(id) ?? null;

  const nodes = scope.actors.map((a) => {
    const attrs = graph.getNodeAttributes(a.id);
    const p = options.position?.(a.id) ?? attrs;
    return { id: a.id, x: p.x, y: p.y, size: attrs.size, color: kindColor(a.kind), label: a.label, title: `${a.label} (${KIND_LABELS[a.kind] ?? a.kind})` };
  });
  const edges = scope.relations.map((r) => {
    const type = model.relationTypes.get(r.type);
    const status = statusOf(r.id);
    const color = type?.color ?? "#888888";
    const dates = `${r.from} to ${r.to ?? "now (ongoing)"}`;
    const mark = status ? ` (${STATUS_MARK[status]})` : "";
    return {
      id: r.id,
      source: r.source,
      target: r.target,
      color: status === "removed" ? fadeToWhite(color, 0.45) : color,
      width: edgeThickness(type, status),
      directed: type?.directed ?? false,
      dashed: status === "removed",
      title: `${type?.label ?? r.type}: ${label(r.source)} – ${label(r.target)}, ${dates}${mark}`,
    };
  });

  const typesShown = new Set(scope.relations.map((r) => r.type));
  const kindsShown = new Set<string>(scope.actors.map((a) => a.kind));
  const legend: SvgLegendSection[] = [];
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
        { label: `${STATUS_MARK.added} (thicker)`, color: "#444444", symbol: "line", width: 5 },
        { label: `${STATUS_MARK.removed} (dashed, faded)`, color: "#999999", symbol: "dashed", width: 2 },
        { label: STATUS_MARK.kept, color: "#444444", symbol: "line", width: 3 },
      ],
    });
  }

  return {
    title: options.title ?? dataset.title,
    when: viewCaption(model, scope.view, scope.filtered),
    datasetName: `Dataset: ${dataset.id} · ${scope.relations.length} of ${dataset.relations.length} relations, ${scope.actors.length} of ${dataset.actors.length} actors · Stancegraph`,
    nodes,
    edges,
    legend,
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
  };
}
