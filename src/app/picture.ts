/**
 * The picture of an export scope without a screen (the command line): the derived view that
 * shows exactly the scope's relations, a camera that fits the stable layout into the page, and the
 * same scene and caption the app's Export menu uses. The app builds its pictures from the live view
 * and sigma's camera instead (src/view/pictures.ts), so they match the screen.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import type { ExportScope } from "../io/exportView.ts";
import { approximateTextWidth, type Picture } from "../io/scene.ts";
import { pictureCaption } from "../io/pictureCaption.ts";
import type { VisibleRelations } from "./derive.ts";
import type { Derived } from "./derivedView.ts";
import { initialState } from "./state.ts";
import { buildScene, fittedCamera, type MeasureText } from "./scene.ts";
import { stagePadding } from "../style/edgeGeometry.ts";

/** The derived view that shows exactly a scope: its relations (with compare status), its actors. */
export function derivedForScope(model: StanceModel, scope: ExportScope): Derived {
  const ids = new Set(scope.relations.map((r) => r.id));
  const shownActors = new Set(scope.actors.map((a) => a.id));
  const countByType = new Map<string, number>();
  const actorsWithRelations = new Set<string>();
  for (const r of scope.relations) {
    countByType.set(r.type, (countByType.get(r.type) ?? 0) + 1);
    actorsWithRelations.add(r.source);
    actorsWithRelations.add(r.target);
  }
  const visible: VisibleRelations = {
    ids,
    relations: scope.relations,
    status: scope.status ? new Map(scope.status) : null,
    diff: null,
    countByType,
    hiddenActors: new Set(model.dataset.actors.filter((a) => !shownActors.has(a.id)).map((a) => a.id)),
    actorsWithRelations,
  };
  const state = initialState(model);
  const date = scope.view.kind === "date" ? scope.view.date : scope.view.kind === "compare" ? scope.view.b : state.date;
  return { ...state, date, visible, change: null, focus: null, rings: null, revision: 0, modelRevision: model.revision };
}

/** Text width without a browser (io/scene.ts): good enough to keep labels apart; the app measures with the canvas instead. */
export const approximateMeasure: MeasureText = (text, size, weight) => approximateTextWidth(text, size, Number(weight) >= 600);

export interface PictureOptions {
  width?: number;
  height?: number;
  title?: string;
  measure?: MeasureText;
  /** Where each actor is (default: the model's stable layout). */
  position?: (actor: string) => { x: number; y: number };
}

/** The picture of `scope` with the model's stable layout, fitted into `width` × `height` (default 1000 × 700). */
export function pictureForScope(model: StanceModel, scope: ExportScope, options: PictureOptions = {}): Picture {
  const width = options.width ?? 1000;
  const height = options.height ?? 700;
  const view = derivedForScope(model, scope);
  const position =
    options.position ??
    ((id: string) => {
      const a = model.graph.getNodeAttributes(id);
      return { x: a.x, y: a.y };
    });
  const camera = fittedCamera(
    scope.actors.map((a) => position(a.id)),
    width,
    height,
    stagePadding(width, height),
  );
  const scene = buildScene({ model, view, position, camera, width, height, measure: options.measure ?? approximateMeasure });
  return { ...pictureCaption(model, scope, options.title), scene };
}
