/**
 * The labels on screen: after each sigma frame, the scene's labels (placed so that none overlaps
 * another or a node; src/app/labelLayout.ts) are drawn on sigma's label canvas with a white halo,
 * instead of sigma's own label and edge-label renderers. The lines' sampled points, which the
 * placement keeps labels off, are remembered while the lines stay where they were (LineMemo in
 * src/app/scene.ts): a hover or a still frame places the labels again without sampling them.
 * Clicking a label selects its actor or relation, as clicking the node or the line does.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { DerivedView } from "../app/derivedView.ts";
import type { SceneLabel } from "../io/scene.ts";
import type { StanceSigmaInstance } from "./sigmaInternals.ts";
import type { LayoutPositions } from "./positions.ts";
import { canvasMeasure, sceneFromSigma } from "./pictures.ts";
import { drawLabels } from "./canvasScene.ts";
import { LABEL_FONT, LineMemo } from "../app/scene.ts";
import { RING_PX, SMALL_GRAPH } from "../app/appearance.ts";
import type { LabelableActors } from "./labelable.ts";

export interface LabelLayer {
  /** The labels drawn in the last frame (boxes in the graph area's pixels). */
  labels(): readonly SceneLabel[];
  /** The label at a point of the graph area, if any (the last drawn on top wins). */
  at(x: number, y: number): SceneLabel | null;
  /**
   * Frames labelled so far, how many of them sampled the lines afresh (the others reused the last
   * frame's points), and how many actors the last frame read (a large graph's reads only those big
   * enough to label, or lit: labelable.ts).
   */
  work(): { frames: number; samplings: number; actorsRead: number };
  /** The last frame's labels found again by reading every actor: what the walk by size must equal (a check, for tests). */
  labelsReadingEveryActor(): readonly SceneLabel[];
  destroy(): void;
}

/** `onScreen(size)`: an actor's size on screen from its model size (the reducers' `AppearanceContext.size`). */
export function createLabelLayer(sigma: StanceSigmaInstance, model: StanceModel, view: DerivedView, positions: LayoutPositions, onScreen: (modelSize: number) => number): LabelLayer {
  const measure = canvasMeasure();
  // Only a large graph walks its actors by size; its module is fetched then (the start bundle's
  // budget): when the layer is made, or at the first frame after the graph grew past SMALL_GRAPH
  // (actors added by curation). Until it is there, every actor is read.
  let labelable: LabelableActors | undefined;
  let fetching = false;
  const walkWhenLarge = () => {
    if (fetching || sigma.getGraph().order <= SMALL_GRAPH) return;
    fetching = true;
    void import("./labelable.ts").then((m) => (labelable = m.createLabelableActors(sigma.getGraph(), model, onScreen, RING_PX)));
  };
  walkWhenLarge();
  let drawn: readonly SceneLabel[] = [];
  let frames = 0;
  // The lines' points and the labels' orders of places, kept while the lines stay where they were.
  const memo = new LineMemo();
  const ctx = sigma.getCanvases().labels!.getContext("2d")!;

  /** The labels of sigma's current frame; `everyActor`: found by reading every actor, the lines sampled afresh (a check). */
  const place = (everyActor?: boolean) => {
    const v = view.get();
    return sceneFromSigma(sigma, model, v, positions, { edges: "labelled", hoveredRelation: v.hoveredRelation, measure, labelsOnly: true, memo: everyActor ? new LineMemo() : memo, labelable: everyActor ? undefined : labelable }).labels;
  };
  const draw = () => {
    walkWhenLarge();
    frames++;
    drawn = place();
    // sigma cleared this canvas at the start of the frame (its labels are switched off).
    drawLabels(ctx, drawn, LABEL_FONT);
  };

  const at = (x: number, y: number): SceneLabel | null => {
    for (let i = drawn.length - 1; i >= 0; i--) {
      const l = drawn[i]!;
      if (x >= l.box.x && x <= l.box.x + l.box.w && y >= l.box.y && y <= l.box.y + l.box.h) return l;
    }
    return null;
  };

  // A label is clickable (pointer.ts): show it with the pointer cursor.
  let overLabel = false;
  const onMove = (e: { x: number; y: number }) => {
    const over = at(e.x, e.y) !== null;
    if (over === overLabel) return;
    overLabel = over;
    sigma.getContainer().classList.toggle("over-label", over);
  };

  sigma.on("afterRender", draw);
  sigma.getMouseCaptor().on("mousemovebody", onMove);
  return {
    labels: () => drawn,
    at,
    work: () => ({ frames, samplings: memo.samplings, actorsRead: labelable && sigma.getGraph().order > SMALL_GRAPH ? labelable.looked : sigma.getGraph().order }),
    labelsReadingEveryActor: () => place(true),
    destroy() {
      sigma.off("afterRender", draw);
      sigma.getMouseCaptor().off("mousemovebody", onMove);
    },
  };
}
