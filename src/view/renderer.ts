/**
 * The sigma renderer of the stance graph: small controllers, each owning one effect, composed
 * here — reducers (reducers.ts), fades (fades.ts), mounting and sliced indexation (mount.ts),
 * pointer and drag (pointer.ts), camera (camera.ts), positions (positions.ts), sigma's internals
 * (sigmaInternals.ts). The renderer reads the derived view and nothing else; it never computes
 * what is visible, and nobody reads it back.
 *
 * The graph is never rebuilt and the layout never rerun when the view changes: the reducers
 * derive what is drawn, and each change repaints only what it can have changed — a date step the
 * relations that entered or left and their ends, a hover in a large graph the old and new
 * neighbourhoods — and everything else with one pass of the reducers.
 *
 * Tests and benchmarks wait on `data-drawn` (the derived revision last drawn),
 * `data-settled="true"` (mounted, no fade or layout running) and `data-layout` ("running" while
 * the layout after the first draw moves the nodes, then "stable") on the container, never on time.
 */
import { EdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { EdgeDisplayData } from "sigma/types";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ActorNodeAttributes, RelationEdgeAttributes } from "../model/graph.ts";
import type { Store } from "../app/store.ts";
import { CAMERA_RATIO_MAX, CAMERA_RATIO_MIN, type Action, type ViewState } from "../app/state.ts";
import type { Derived, DerivedView } from "../app/derivedView.ts";
import type { ExportScope } from "../io/exportView.ts";
import { createHeldSigma, holdFrames, keepBuffersInPlace, placedInBuffers, uploadOnlyChanges, type BuffersInPlace, type FrameHold, type StanceSigmaInstance } from "./sigmaInternals.ts";
import { NO_JOURNEY, type Journey } from "../app/dateLegs.ts";
import { createDisplayGraph } from "./displayGraph.ts";
import { densityOpacity, edgeAppearance, nodeAppearance, nodeScale, nodeSizing, SMALL_GRAPH, type AppearanceContext } from "../app/appearance.ts";
import { createFades } from "./fades.ts";
import { measured } from "../app/timing.ts";
import { nextTask } from "../app/slices.ts";
import { drawFirstFrame, drawRelationsInSlices, fitWithLabelRoom, followContainerSize, setLabelRoom, keepOrLose, SLICED_INDEXATION, spareWebGLCanvases, stagePaddingFor, webGLCanvasesAhead } from "./mount.ts";
import type { LayoutRefinement } from "./layoutRefine.ts";
import { bindPointer } from "./pointer.ts";
import { bindCamera, cameraControl, type CameraControl } from "./camera.ts";
import { createLayoutPositions, type LayoutPositions } from "./positions.ts";
import { renderViewPng, type PngScale } from "./pngExport.ts";
import { createLabelLayer, type LabelLayer } from "./labelLayer.ts";
import { canvasMeasure, sceneFromSigma } from "./pictures.ts";
import { pictureCaption } from "../io/pictureCaption.ts";
import type { Picture } from "../io/scene.ts";
import type { SceneLabel } from "../io/scene.ts";
import { createSnapshotLayout, type SnapshotLayout } from "./snapshotLayout.ts";
import { createLayoutRun, type LayoutRun } from "./layoutRun.ts";

type NodeAttrs = ActorNodeAttributes;
type EdgeAttrs = RelationEdgeAttributes;

/** Relations added to the display graph between two looks at the clock while a large graph is drawn. */
const RELATION_CHUNK = 250;

/** Width of the white gap between a bloc ring and the node's fill, in pixels. */
const RING_GAP_PX = 1.5;

export interface Renderer {
  /** The sigma instance; only there once `mount` has run (tests, the PNG export). */
  readonly sigma: StanceSigmaInstance;
  /**
   * Creates sigma in the container and draws the first frame (a large graph is indexed in slices
   * first, so the page stays responsive). Called once the panels around the graph are in place:
   * resizing a WebGL canvas after its first frame waits for that frame to be drawn, which with
   * software WebGL at 50k actors blocked the page for over 30 s.
   */
  mount(): Promise<void>;
  /** Whether sigma is there (mount has finished). */
  isMounted(): boolean;
  /** Where each actor is drawn now (the view's layout layer). */
  readonly positions: LayoutPositions;
  /** Camera moves for panels. */
  readonly camera: CameraControl;
  /** "Lay out this date" and back. */
  readonly snapshot: SnapshotLayout;
  /** "Re-run layout" (ForceAtlas2 in a worker). */
  readonly layoutRun: LayoutRun;
  /**
   * Runs the stable layout after the first draw (layoutRefine.ts): the nodes move from their
   * seeded start to ForceAtlas2's positions. Resolves when they are there.
   */
  refineLayout(): Promise<void>;
  /** The picture of the view on screen: its scene (the marks sigma and the label layer draw) with the scope's caption and legend. */
  picture(scope: ExportScope): Picture;
  /** A PNG of the view on screen (see pngExport.ts). */
  exportPng(scope: ExportScope, scale: PngScale): Promise<Blob>;
  /** The labels on screen, as the label layer placed them in the last frame. */
  labels(): readonly SceneLabel[];
  /** The label layer's work so far: frames labelled, how many sampled the lines afresh, and actors read by the last. */
  labelWork(): { frames: number; samplings: number; actorsRead: number };
  /** The last frame's labels found again by reading every actor (a check of the label layer's walk by size, for tests). */
  labelsReadingEveryActor(): readonly SceneLabel[];
  destroy(): void;
}

/**
 * `legs`: the journey of a long date jump under way (src/app/dateLegs.ts). Its legs do not fade (a
 * jump is not a step), and a leg on the way is not drawn: its buffers are written as any date
 * step's, and the next picture drawn is the last leg's (or an earlier one, if the camera or a hover
 * asks for a frame meanwhile).
 */
export function createRenderer(container: HTMLElement, model: StanceModel, view: DerivedView, store: Store<ViewState, Action>, legs: Journey = NO_JOURNEY): Renderer {
  const graph = model.graph;
  const positions = createLayoutPositions(graph);
  let sigma: StanceSigmaInstance | null = null;
  /** The frames of legs on the way, held (see above); there with sigma. */
  let frames: FrameHold | null = null;
  let labelLayer: LabelLayer | null = null;
  /** Sigma's buffers followed in place (keepBuffersInPlace); there with sigma. */
  let buffers: BuffersInPlace | null = null;
  let destroyed = false;
  let mounting = false;
  /** View changes the reducers read that came while sigma was being mounted. */
  let missed = 0;
  /** A large graph's relations are being added after its actors' first frame (mount). */
  let filling = false;

  const fades = createFades((ids, done) => {
    // A relation an edit removed while it faded is no longer in the display graph. A colour
    // changes, not a program: written in place unless a pass is pending anyway.
    const edges = ids.filter((id) => display.graph.hasEdge(id));
    if (sigma) sigma.refresh({ partialGraph: { edges }, skipIndexation: placedInBuffers(sigma, [], edges), schedule: true });
    // Those whose fade-out ended leave the display graph (sigma then processes once, next frame).
    display.reconcile(ids);
    if (done) markDrawnAfterRender();
  });
  /** What sigma draws: every actor, and the relations in view or fading (displayGraph.ts). */
  const display = createDisplayGraph(graph, (id) => view.get().visible.ids.has(id) || fades.alpha(id) !== null);
  /**
   * Node sizes follow the number of actors (nodeScale), which curation changes while the graph is
   * open: the default dataset grown from 10 actors to 1,200 kept the small graph's sizes until opened again.
   */
  let scale = nodeScale(graph.order);
  let sizing = nodeSizing(graph.order);
  let small = graph.order <= SMALL_GRAPH;
  /**
   * Whether the number of actors has crossed a step of their sizes, or SMALL_GRAPH (where edge
   * labels go and the sizes start to fall, from the next step on), since the last call: everything
   * is then drawn again.
   */
  const resized = (): boolean => {
    if (nodeScale(graph.order) === scale && graph.order <= SMALL_GRAPH === small) return false;
    scale = nodeScale(graph.order);
    sizing = nodeSizing(graph.order);
    small = graph.order <= SMALL_GRAPH;
    return true;
  };
  const ctx: AppearanceContext = {
    model,
    get view() {
      return view.get();
    },
    size: (size) => sizing(size),
    position: (actor) => positions.get(actor),
    fade: (id) => fades.alpha(id),
    get edgeLabels() {
      return graph.order <= SMALL_GRAPH;
    },
  };

  /** The layout after the first draw, while it runs; `refinePending` while its module loads. */
  let refinement: LayoutRefinement | null = null;
  let refinePending = false;
  /** Marks on the container what has been drawn, for tests and benchmarks that wait on it. */
  const markDrawn = () => {
    if (filling) return;
    const refining = refinePending || (refinement?.running() ?? false);
    container.dataset.drawn = String(view.get().revision);
    container.dataset.layout = refining ? "running" : "stable";
    container.dataset.settled = String(sigma !== null && !fades.active() && !snapshot.moving() && !layoutRun.running() && !refining);
  };
  /**
   * Sigma draws at the next animation frame (every refresh here is scheduled: what a task changes
   * is drawn once, in the frame, however many refreshes it asked for); the container says drawn
   * after that render.
   */
  let renderPending = false;
  const markDrawnAfterRender = () => {
    if (!sigma) return markDrawn();
    if (renderPending) return;
    renderPending = true;
    sigma.once("afterRender", () => {
      renderPending = false;
      markDrawn();
    });
  };
  const snapshot = createSnapshotLayout(positions, view, markDrawn);
  const layoutRun = createLayoutRun(graph, positions, markDrawn);

  const unselect = view.select(["visible", "focus", "rings", "selection", "hovered", "hoveredRelation"], (next, prev) => {
    const leg = next.visible !== prev.visible && next.date !== prev.date && legs.heading() !== null;
    if (frames && leg && legs.passing(next.date)) return frames.during(() => follow(next, prev, leg));
    follow(next, prev, leg);
    frames?.release();
  });
  /** Follows a change of the view: the display graph, then sigma's buffers; `leg`: a date of a long jump's legs. */
  const follow = (next: Derived, prev: Derived, leg: boolean) => {
    /** Relations a date step brought into the display graph (keepBuffersInPlace wrote each as it came). */
    let added: readonly string[] = [];
    if (next.visible !== prev.visible) {
      if (sigma && next.change && !leg) fades.start(next.change.entered, next.change.left, graph.size);
      // The display graph follows the view even before sigma is there (it is what sigma will draw).
      // Sigma places what comes in and blanks what goes at once where it can (keepBuffersInPlace).
      const named = next.change ? [...next.change.entered, ...next.change.left] : [];
      if (next.modelRevision !== prev.modelRevision) display.followModel(named);
      else added = display.reconcile(named).added;
    }
    if (!sigma) return void missed++;
    const partial = partialRepaint(next, prev);
    // What a change names may change program or depth: after an edit (a type made directed draws an
    // arrow, a new parallel relation curves its siblings), and whenever relations are lit or unlit
    // (a selection, a hovered or selected actor's relations are drawn by programs of their own,
    // registered last, appearance.ts, and a large graph's hover lifts the neighbourhood above the
    // rest). Those items are written in place or moved to the end of their new programs
    // (keepBuffersInPlace's restyle), or else sigma's processing pass places everything again (the
    // reducers still run only on those items: 810 of 928 ms of an edit at 10k when they ran on the
    // whole graph). Otherwise (a date step) they are written where they are, once every item has
    // its place (no pass pending).
    const litMayChange = next.modelRevision !== prev.modelRevision || next.focus !== prev.focus || next.selection !== prev.selection;
    if (partial) {
      // What a date step brought in was written in place as it came, with the new view's reducers
      // and fades (keepBuffersInPlace): writing it again at the frame was a tenth of a long jump's
      // work at 50k. Only its ends are repainted (pale or not); a relation sigma has not placed yet
      // (a pass pending) stays named.
      if (!litMayChange && added.length > 0 && placedInBuffers(sigma, [], added)) {
        const written = new Set(added);
        partial.edges = partial.edges.filter((e) => !written.has(e));
      }
      if (litMayChange) {
        if (!buffers?.restyle(partial.nodes, partial.edges)) sigma.refresh({ partialGraph: partial, schedule: true });
      } else sigma.refresh({ partialGraph: partial, skipIndexation: placedInBuffers(sigma, partial.nodes, partial.edges), schedule: true });
    }
    // A lit set that changes (a selection, a triad, the end of one) moves relations between
    // programs and depths: that needs sigma's processing step; other changes keep both and skip it.
    else sigma.refresh({ skipIndexation: next.focus === prev.focus && next.selection === prev.selection, schedule: true });
    markDrawnAfterRender();
  };
  // An ego view brings its actors into view; leaving it shows the whole graph again.
  const unego = view.select(["ego"], (next) => {
    if (!sigma) return;
    if (next.ego) camera.fitActors([...next.visible.actorsWithRelations, next.ego.actor]);
    else void sigma.getCamera().animatedReset({ duration: 400 });
  });
  // An edit can put actors outside the box the graph was fitted to (a new dataset starts empty,
  // a new actor is placed beside the drawing): the box grows to hold them, the camera stays.
  const unmodel = view.select(["modelRevision"], () => {
    // Relations an edit touched without changing the visible set (the handler above followed the rest).
    display.followModel();
    if (!sigma) return void resized();
    // Every actor drawn at its new size, and every relation from its ends' new sizes (unless the
    // handler above has already asked for it).
    if (resized()) {
      sigma.refresh({ schedule: true });
      markDrawnAfterRender();
    }
    const box = sigma.getCustomBBox();
    const { x, y } = positions.extent();
    if (!box || x[0] < box.x[0] || x[1] > box.x[1] || y[0] < box.y[0] || y[1] > box.y[1]) fitWithLabelRoom(sigma, positions);
  });
  // Changes no reducer reads still count as drawn.
  const unrevision = view.select(["revision"], (next) => {
    // A frame held for a leg on the way is owed once the view is at a date that is none (whatever
    // ended the journey, even a change the handler above does not follow).
    if (!legs.passing(next.date)) frames?.release();
    // A render asked for is marked when it is done.
    if (sigma && !renderPending) markDrawn();
  });

  /** The nodes and edges a change can have changed, or null when it may have changed everything. */
  const partialRepaint = (next: Derived, prev: Derived): { nodes: string[]; edges: string[] } | null => {
    if (next.rings !== prev.rings) return null;
    // An edit that moved the number of actors across a step of their sizes: everything is drawn again.
    if (next.modelRevision !== prev.modelRevision && resized()) return null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (next.visible !== prev.visible) {
      const change = next.change;
      // A plain date step changes only what entered or left (and their ends): focus and fades
      // follow from them. An edit (derivedView's afterModelChange) also names what it restyled
      // (a new record drawn again, sizes, curves): those and their ends, then the focus below.
      const edit = change?.edited && !change.step ? change.edited : null;
      if (!change || !(change.step || edit) || (change.step && next.focus !== prev.focus)) return null;
      for (const id of [...change.entered, ...change.left, ...(edit?.edges ?? [])]) {
        // Ends from the model: a relation that left may no longer be in the display graph.
        if (display.graph.hasEdge(id)) edges.add(id);
        if (!graph.hasEdge(id)) continue;
        nodes.add(graph.source(id));
        nodes.add(graph.target(id));
      }
      for (const n of edit?.nodes ?? []) nodes.add(n);
      // The number of relations shown crossed a step of their opacity (densityOpacity): every
      // relation on screen is written again, or those that stayed would keep the old one.
      if (densityOpacity(next.visible.ids.size) !== densityOpacity(prev.visible.ids.size)) display.graph.forEachEdge((e) => void edges.add(e));
      if (!edit) return { nodes: [...nodes].filter((n) => display.graph.hasNode(n)), edges: [...edges] };
    }
    if (next.focus !== prev.focus) {
      // Fading the rest, or ending the fade, changes everything. Otherwise (one lit set for
      // another, both fading the rest or both lifting) only the members of both change: the rest
      // stays faded, or as it was.
      if (Boolean(next.focus?.fadeRest) !== Boolean(prev.focus?.fadeRest)) return null;
      for (const f of [next.focus, prev.focus]) {
        if (!f) continue;
        for (const a of f.actors) nodes.add(a);
        for (const r of f.relations) edges.add(r);
      }
    }
    for (const s of [next.selection, prev.selection]) {
      if (s?.kind === "actor") nodes.add(s.id);
      else if (s?.kind === "relation" && graph.hasEdge(s.id)) {
        // Its ends too: their labels are forced while it is selected (appearance.ts).
        edges.add(s.id);
        nodes.add(graph.source(s.id));
        nodes.add(graph.target(s.id));
      }
    }
    for (const hovered of [next.hovered, prev.hovered]) if (hovered) nodes.add(hovered);
    // A hovered relation only changes its label (drawn by the label layer after the repaint).
    for (const r of [next.hoveredRelation, prev.hoveredRelation]) if (r && graph.hasEdge(r)) edges.add(r);
    return { nodes: [...nodes].filter((n) => display.graph.hasNode(n)), edges: [...edges].filter((e) => display.graph.hasEdge(e)) };
  };

  const unpositions = positions.onChange((moved) => {
    if (!sigma || moved.length === 0) return;
    if (moved.length >= graph.order) {
      // The whole layout moved (the layout after the first draw, a re-run): the node reducers run
      // again and sigma's processing places every edge from its ends; edge reducers need not run.
      // The first layout also refits the box, as the first draw fitted it to the seeded start.
      if (refinement?.running()) setLabelRoom(sigma, positions);
      sigma.refresh({ partialGraph: { nodes: [...moved] } });
      return;
    }
    // Moved nodes and their edges are re-reduced; sigma then processes the new positions.
    const edges = new Set<string>();
    for (const n of moved) if (display.graph.hasNode(n)) display.graph.forEachEdge(n, (e) => void edges.add(e));
    sigma.refresh({ partialGraph: { nodes: moved.filter((n) => display.graph.hasNode(n)), edges: [...edges] } });
  });

  const unbind: Array<() => void> = [];
  const camera = cameraControl(() => sigma, positions);

  return {
    get sigma() {
      if (!sigma) throw new Error("the graph is still being drawn; try again in a moment");
      return sigma;
    },
    positions,
    camera,
    snapshot,
    layoutRun,
    async refineLayout() {
      if (destroyed) return;
      refinement?.stop();
      refinePending = true;
      markDrawn();
      // On demand: the default dataset and the largest ones never run it, and the worker it
      // starts would otherwise count among what every start loads.
      const { refineLayout } = await import("./layoutRefine.ts");
      refinePending = false;
      if (destroyed) return;
      const run = refineLayout(graph, positions, () => markDrawn());
      refinement = run;
      markDrawn();
      return run.finished;
    },
    async mount() {
      if (sigma || mounting) return;
      mounting = true;
      container.dataset.settled = "false";
      // A small graph: the relations in view are put in the display graph first, and sigma's first
      // pass draws everything. A large one: sigma first draws the actors, then the relations come in
      // slices (drawRelationsInSlices); the view may move meanwhile, which the handlers above follow.
      const inView = view.get().visible.ids;
      const large = graph.order + inView.size > SLICED_INDEXATION;
      if (!large) for (const _ of display.fill(inView)) void _;
      const canvases = large ? await webGLCanvasesAhead(container, () => destroyed) : await spareWebGLCanvases();
      if (canvases === null) return;
      if (destroyed) return keepOrLose(canvases);
      const s = createHeldSigma(display.graph, container, {
        allowInvalidContainer: true,
        defaultEdgeType: "curved",
        // The edge-curve programs are typed for untyped graphs; ours carry typed attributes.
        // Sigma draws the programs in this order (zIndex orders edges within one program only):
        // the lit relations' copies come last, so they are drawn above every other relation.
        edgeProgramClasses: {
          curved: EdgeCurveProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          straight: EdgeRectangleProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          straightArrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          curvedLit: EdgeCurveProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          curvedArrowLit: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          straightLit: EdgeRectangleProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
          straightArrowLit: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        },
        nodeProgramClasses: {
          bordered: createNodeBorderProgram<NodeAttrs, EdgeAttrs>({
            borders: [
              { size: { attribute: "borderSize", defaultValue: 0, mode: "pixels" }, color: { attribute: "borderColor" } },
              { size: { value: RING_GAP_PX, mode: "pixels" }, color: { value: "#ffffff" } },
              { size: { fill: true }, color: { attribute: "color" } },
            ],
          }),
        },
        // Labels are the label layer's (labelLayer.ts): placed so that none overlaps another.
        renderLabels: false,
        renderEdgeLabels: false,
        defaultDrawNodeHover: () => {},
        enableEdgeEvents: graph.size <= 20_000,
        zIndex: true,
        minCameraRatio: CAMERA_RATIO_MIN,
        maxCameraRatio: CAMERA_RATIO_MAX,
        stagePadding: stagePaddingFor(container),
        nodeReducer: (node, attrs) => nodeAppearance(node, attrs, ctx),
        edgeReducer: (edge, attrs) => edgeAppearance(edge, attrs, ctx) as Partial<EdgeDisplayData>,
      }, canvases);
      const kept = keepBuffersInPlace(s);
      buffers = kept;
      unbind.push(kept.stop);
      uploadOnlyChanges(s);
      const held = holdFrames(s);
      window.stancegraphTestHooks?.sigmaCreated?.(s);
      const drawn = await drawFirstFrame(s, container, positions, large, () => missed > 0, () => destroyed);
      if (!drawn) return;
      sigma = s;
      frames = held;
      if (large) {
        // The label layer's first placement (every actor's label) in a task after the actors' frame.
        await nextTask();
        if (destroyed) return;
      }
      labelLayer = measured("labels", () => createLabelLayer(s, model, view, positions, ctx.size));
      const layer = labelLayer;
      bindPointer(s, store, positions, (x, y) => layer.at(x, y));
      // The first frame was drawn before the label layer listened: draw once more, with labels.
      s.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      unbind.push(bindCamera(s, store), followContainerSize(s, container));
      // A link that opens an ego view without a camera brings the neighbourhood into view.
      const opening = view.get();
      if (opening.ego && !opening.camera) camera.fitActors([...opening.visible.actorsWithRelations, opening.ego.actor]);
      if (large) {
        // Not drawn until every relation in view is (tests and benchmarks wait on data-drawn).
        filling = true;
        const current = view.get().visible.ids;
        const filled = await drawRelationsInSlices(s, container, display.fill(current, RELATION_CHUNK), current.size, () => destroyed, kept.fit);
        filling = false;
        if (!filled) return;
      }
      markDrawn();
    },
    isMounted: () => sigma !== null,
    picture(scope) {
      if (!sigma) throw new Error("the graph is still being drawn; try again in a moment");
      const v = view.get();
      const scene = sceneFromSigma(sigma, model, v, positions, { edges: "all", hoveredRelation: v.hoveredRelation, measure: canvasMeasure() });
      return { ...pictureCaption(model, scope), scene };
    },
    exportPng(scope, scale) {
      if (!sigma) return Promise.reject(new Error("the graph is still being drawn; try again in a moment"));
      return renderViewPng(this.picture(scope), scale);
    },
    labels: () => labelLayer?.labels() ?? [],
    labelWork: () => labelLayer?.work() ?? { frames: 0, samplings: 0, actorsRead: 0 },
    labelsReadingEveryActor: () => labelLayer?.labelsReadingEveryActor() ?? [],
    destroy() {
      destroyed = true;
      unselect();
      unego();
      unrevision();
      unmodel();
      unpositions();
      for (const u of unbind) u();
      labelLayer?.destroy();
      fades.destroy();
      display.destroy();
      snapshot.destroy();
      layoutRun.stop();
      refinement?.stop();
      sigma?.kill();
      sigma = null;
      frames = null;
      // A camera move keepInView was deciding will not come (camera.ts).
      delete container.dataset.camera;
    },
  };
}
