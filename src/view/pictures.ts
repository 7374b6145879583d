/**
 * The scene of what sigma shows now: its display data (what the reducers returned), the layout
 * layer's positions through sigma's camera, and the label placement the label layer draws. The PNG
 * and the SVG of the Export menu are drawn from it, so they hold the same marks as the screen.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { Derived } from "../app/derivedView.ts";
import { composeScene, edgeItem, nodeItem, LABEL_FONT, LINE_AVOID_MAX_EDGES, type EdgeItem, type LineMemo, type MeasureText, type NodeItem } from "../app/scene.ts";
import { SMALL_GRAPH } from "../app/appearance.ts";
import type { LabelableActors } from "./labelable.ts";
import type { Scene } from "../io/scene.ts";
import { nodeDisplayReader, type StanceSigmaInstance } from "./sigmaInternals.ts";
import type { LayoutPositions } from "./positions.ts";

/** In large graphs, nodes drawn smaller than this (radius in pixels) get no label unless lit. */
export const LARGE_GRAPH_LABEL_MIN_PX = 4;

export interface SigmaSceneOptions {
  /**
   * "labelled" (what the label layer needs each frame): in a small graph every drawn edge when at
   * most LINE_AVOID_MAX_EDGES are drawn (labels keep off them all, so the screen places labels as
   * the export does), else those that carry a label; in a large graph the selected and hovered
   * relations only. "all": every drawn edge.
   */
  edges: "all" | "labelled";
  hoveredRelation: string | null;
  measure: MeasureText;
  /** Leave out, in large graphs, the nodes that carry no label (for the label layer: they are not drawn by it). */
  labelsOnly?: boolean;
  /** The label layer's memo of the lines' points, kept across frames (none: sampled afresh). */
  memo?: LineMemo;
  /** With `labelsOnly`: the actors in order of size, so that a large graph's frame reads only those big enough or lit. */
  labelable?: LabelableActors;
}

/** Text widths measured as the canvas draws them (cached: the same labels are measured every frame). */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${size}|${weight}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) ctx.font = `${weight} ${size}px ${LABEL_FONT}`;
      w = ctx ? ctx.measureText(text).width : text.length * size * 0.55;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
}

/** The scene of sigma's current frame. */
export function sceneFromSigma(sigma: StanceSigmaInstance, model: StanceModel, view: Derived, positions: LayoutPositions, options: SigmaSceneOptions): Scene {
  const { width, height } = sigma.getDimensions();
  // What sigma draws (displayGraph.ts): every actor, and only the relations that can be shown now.
  const graph = sigma.getGraph();
  const sizeRatio = sigma.getSettings().zoomToSizeRatioFunction(sigma.getCamera().ratio);
  const nodes: NodeItem[] = [];
  const ends = new Map<string, { x: number; y: number; r: number }>();
  const small = graph.order <= SMALL_GRAPH;
  const display = nodeDisplayReader(sigma);
  const read = (id: string) => {
    const look = display(id);
    if (!look || look.hidden) return;
    if (options.labelsOnly && !small && !look.forceLabel && !look.highlighted && !(look as { labelFirst?: boolean }).labelFirst && sigma.scaleSize(look.size) < LARGE_GRAPH_LABEL_MIN_PX) return;
    const p = sigma.graphToViewport(positions.get(id));
    const r = sigma.scaleSize(look.size);
    ends.set(id, { ...p, r });
    const item = nodeItem(model, id, look as typeof look & { borderColor?: string }, p, r, width, height);
    if (item) nodes.push(item);
  };
  // In a large graph the label layer reads only the actors that can pass the test above (labelable.ts).
  const chosen = options.labelsOnly && !small && options.labelable ? options.labelable.select((size) => sigma.scaleSize(size), LARGE_GRAPH_LABEL_MIN_PX, view) : null;
  if (chosen) for (const id of chosen) read(id);
  else graph.forEachNode(read);
  let edges: EdgeItem[] = [];
  // How many lines are drawn (in a large graph, unknown here without a pass over every relation:
  // its labels are not steered off lines).
  let drawnLines = Infinity;
  const addEdge = (id: string) => {
    const look = sigma.getEdgeDisplayData(id) as (ReturnType<typeof sigma.getEdgeDisplayData> & { curvature?: number }) | undefined;
    if (!look || look.hidden) return;
    const s = ends.get(graph.source(id));
    const t = ends.get(graph.target(id));
    if (!s || !t) return;
    const item = edgeItem(model, view, id, look, { source: s, target: t }, look.size / sizeRatio, { width, height }, options.hoveredRelation);
    if (item) edges.push(item);
  };
  if (options.edges === "all" || small) {
    graph.forEachEdge((id) => addEdge(id));
    // Labels keep off the drawn lines where they are few enough (composeScene), faded ones under a
    // selection too, which carry no label: the label layer then needs them all, as the export has
    // them; past that number, only those with a label.
    drawnLines = edges.length;
    if (options.edges === "labelled" && edges.length > LINE_AVOID_MAX_EDGES) edges = edges.filter((e) => e.label);
  } else {
    // A large graph draws no edge labels but the selected and hovered relations': look at those only.
    const selected = view.selection?.kind === "relation" ? view.selection.id : null;
    for (const id of new Set([selected, options.hoveredRelation])) if (id && graph.hasEdge(id)) addEdge(id);
  }
  return composeScene(view, nodes, edges, width, height, options.measure, small, options.memo, drawnLines);
}
