/**
 * The sigma renderer of the stance graph. It owns one effect: turning the view state into pixels.
 * The graph is never rebuilt and the layout never rerun when the state changes; node and edge
 * reducers derive what is drawn, and only the relations that enter or leave are animated.
 */
import Sigma from "sigma";
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeProgramType } from "sigma/rendering";
import { graphExtent } from "sigma/utils";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ActorNodeAttributes, RelationEdgeAttributes } from "../model/graph.ts";
import type { Store } from "../app/store.ts";
import { CAMERA_RATIO_MAX, CAMERA_RATIO_MIN, type Action, type ViewState } from "../app/state.ts";
import { focusSet, stateFocus, stepVisibleRelations, visibleRelations, type VisibleRelations } from "../app/derive.ts";
import { blocColor, ringBlocs } from "../app/analysisState.ts";
import { FADED_EDGE, FADED_NODE, kindColor } from "./palette.ts";
import { edgeLabel, edgeThickness, fadeToWhite } from "./edgeStyle.ts";
import { measured } from "../app/timing.ts";
import { announce, h } from "../ui/dom.ts";

type NodeAttrs = ActorNodeAttributes;
type EdgeAttrs = RelationEdgeAttributes;

/** Edges fade in and out over this many milliseconds when the date changes. */
const FADE_MS = 350;
/**
 * A date step that changes more than this share of all relations is not faded: every fade frame
 * repaints the fading edges, and at 50k actors a six-month step with fades measured 3.9× a plain
 * refresh; fading thousands of edges at once shows nothing useful anyway.
 */
const FADE_MAX_SHARE = 0.1;
/** Graphs larger than this get sparser labels, no edge labels, no edge events and smaller nodes. */
const SMALL_GRAPH = 300;
/** Node sizes on screen in graphs over SMALL_GRAPH actors, in pixels. */
const MIN_NODE_PX = 1.5;
const MAX_NODE_PX = 18;
/** Width of a bloc ring on screen, in pixels (a white gap of RING_GAP_PX separates it from the fill). */
const RING_PX = 5;
const RING_GAP_PX = 1.5;

/** True while StanceSigma's constructor runs (see below). */
let holdFirstRefresh = false;

/**
 * Sigma whose constructor does not draw. Sigma's constructor ends by running every reducer,
 * indexing and drawing (refresh); the label room (a custom bounding box) can only be set after
 * it, and setting it means indexing again: 3 s more at 50k actors. Holding that first refresh
 * until the box is set makes it one pass. Nothing else in sigma's constructor draws.
 */
class StanceSigma extends Sigma<NodeAttrs, EdgeAttrs> {
  override refresh(opts?: Parameters<Sigma<NodeAttrs, EdgeAttrs>["refresh"]>[0]): this {
    return holdFirstRefresh ? this : super.refresh(opts);
  }
}

/**
 * Holds sigma's drawing until the returned function is called. A partial refresh ends with
 * render(), which would process (and draw) a graph indexed only in part. render is private in
 * sigma's types, so it is shadowed on the instance and the shadow deleted after (sigma 3.0).
 */
function holdRendering(sigma: Sigma<NodeAttrs, EdgeAttrs>): () => void {
  const target = sigma as unknown as { render?: () => unknown };
  target.render = () => sigma;
  return () => void delete target.render;
}

/** Graphs with more nodes and edges than this are indexed in slices, with a note on screen. */
const SLICED_INDEXATION = 20_000;
/** Items per partial refresh while indexing in slices, and the time spent before a frame goes by. */
const INDEX_CHUNK = 2000;
const INDEX_SLICE_MS = 30;

/**
 * Sigma's first indexation (every reducer over every node and edge) in time slices: partial
 * refreshes of a few thousand items, drawing held, a macrotask between slices so the page stays
 * responsive. At 50k actors / 500k relations this was one 5.4 s task. The processing step that
 * follows (positions, WebGL buffers) cannot be split from outside sigma and stays one task.
 */
async function indexInSlices(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: StanceModel["graph"], stop: () => boolean): Promise<void> {
  let sliceStart = performance.now();
  for (const [kind, keys] of [
    ["nodes", graph.nodes()],
    ["edges", graph.edges()],
  ] as const) {
    for (let i = 0; i < keys.length; i += INDEX_CHUNK) {
      sigma.refresh({ partialGraph: { [kind]: keys.slice(i, i + INDEX_CHUNK) } });
      if (performance.now() - sliceStart < INDEX_SLICE_MS) continue;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (stop()) return;
      sliceStart = performance.now();
    }
  }
}

export interface Renderer {
  /** The sigma instance; only there once `mount` has run. */
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /**
   * Creates sigma in the container and draws the first frame (a large graph is indexed in slices
   * first, so the page stays responsive). Called once the panels around the graph are in place:
   * resizing a WebGL canvas after its first frame waits for that frame to be drawn, which with
   * software WebGL at 50k actors blocked the page for over 30 s.
   */
  mount(): Promise<void>;
  /** Whether sigma is there (mount has finished). */
  isMounted(): boolean;
  /** The graph sigma draws: the model's, with the view's own attributes (positions after a drag). */
  readonly graph: StanceModel["graph"];
  /** The relations currently drawn (for tests and panels that need the same answer). */
  visible(): VisibleRelations;
  fit(): void;
  zoom(factor: number): void;
  destroy(): void;
}

/** Actors at either end of the relations that entered or left in a date step. */
function endsOfIds(graph: StanceModel["graph"], ids: string[]): string[] {
  const ends = new Set<string>();
  for (const id of ids) {
    ends.add(graph.source(id));
    ends.add(graph.target(id));
  }
  return [...ends];
}

/** Curvature for the i-th of n parallel edges between one pair (from sigma's parallel-edges example). */
function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE * 0.5;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export function createRenderer(container: HTMLElement, model: StanceModel, store: Store<ViewState, Action>): Renderer {
  const graph = model.graph;
  // Parallel relations of one pair (an alliance that later became estrangement) are drawn apart,
  // by the indices the model computed (src/model/parallel.ts).
  const small = graph.order <= SMALL_GRAPH;
  // Node sizes are pixels: 10k actors at their small-graph sizes covered the canvas in one blob
  // (a bloc tied to thousands of actors was 140 px across). Larger graphs get smaller nodes, the
  // biggest capped, so relations show between them.
  const sizeScale = small ? 1 : Math.max(0.08, Math.sqrt(SMALL_GRAPH / graph.order));
  const displaySize = (size: number) => (small ? size : Math.min(MAX_NODE_PX, Math.max(MIN_NODE_PX, size * sizeScale)));

  let state = store.getState();
  let visible = visibleRelations(model, state);
  let focus = focusSet(model, visible, stateFocus(state));
  /** The blocs drawn as rings, or null (the analytics are memoised per date). */
  let rings = ringBlocs(model, state, null);
  /** Relation id → fade: `dir` 1 fading in, -1 fading out, from `start` (ms). */
  const fading = new Map<string, { dir: 1 | -1; start: number }>();
  let fadeFrame = 0;

  const fadeAlpha = (id: string, now: number): number | null => {
    const f = fading.get(id);
    if (!f) return null;
    const t = Math.min(1, (now - f.start) / FADE_MS);
    return f.dir === 1 ? t : 1 - t;
  };

  const nodeReducer = (node: string, attrs: NodeAttrs): Partial<NodeDisplayData> & { borderColor?: string; borderSize?: number } => {
    const out: Partial<NodeDisplayData> = { ...attrs, size: displaySize(attrs.size), color: kindColor(attrs.kind) };
    if (visible.hiddenActors.has(node)) return { ...out, hidden: true };
    if (focus && !focus.actors.has(node)) return { ...out, color: FADED_NODE, label: "", zIndex: 0 };
    // A bloc is a ring in its colour and its number in the label (colour is never the only cue).
    const bloc = rings?.partition.blocOf.get(node);
    const ring = bloc === undefined ? {} : { type: "bordered", borderColor: blocColor(bloc), borderSize: RING_PX, size: displaySize(attrs.size) + RING_PX / 2, label: `${attrs.label} (bloc ${bloc})` };
    // An actor with no relation in view stays in place, pale, so the picture does not jump.
    if (!visible.actorsWithRelations.has(node)) return { ...out, color: FADED_NODE, zIndex: 0, ...ring };
    const selected = state.selection?.kind === "actor" && state.selection.id === node;
    return { ...out, zIndex: 1, highlighted: selected || state.hovered === node, forceLabel: selected, ...ring };
  };

  const edgeReducer = (edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> & { curvature?: number } => {
    const type = model.relationTypes.get(attrs.relationType);
    const shown = visible.ids.has(edge);
    const alpha = fadeAlpha(edge, performance.now());
    // A hidden edge keeps its program (type), so a partial refresh can repaint it in place later.
    if (!shown && alpha === null) return { hidden: true, type: type?.directed ? "curvedArrow" : "curved" };
    const status = visible.status?.get(edge) ?? null;
    const directed = type?.directed ?? false;
    const curvature = parallelCurvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 0);
    let color = type?.color ?? "#888888";
    if (status === "removed") color = fadeToWhite(color, 0.45);
    if (alpha !== null) color = fadeToWhite(color, alpha);
    const focused = focus ? focus.relations.has(edge) : true;
    if (!focused) color = FADED_EDGE;
    const selected = state.selection?.kind === "relation" && state.selection.id === edge;
    return {
      color,
      size: edgeThickness(type, status) * (selected ? 1.8 : 1),
      label: small && focused ? edgeLabel(type, status) : "",
      type: directed ? "curvedArrow" : "curved",
      curvature,
      zIndex: focused ? 1 : 0,
      forceLabel: selected,
    };
  };

  let sigma: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  let mounting = false;
  let destroyed = false;
  /** Updates that change what the reducers return (to tell whether one came during a sliced indexation). */
  let stateChanges = 0;
  const createSigma = () => new StanceSigma(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: "curved",
    // The edge-curve programs are typed for untyped graphs; ours carry typed attributes.
    edgeProgramClasses: {
      curved: EdgeCurveProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
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
    renderEdgeLabels: small,
    enableEdgeEvents: graph.size <= 20_000,
    labelRenderedSizeThreshold: small ? 0 : 8,
    labelDensity: small ? 1 : 0.1,
    labelGridCellSize: small ? 40 : 100,
    labelFont: "system-ui, 'DejaVu Sans', sans-serif",
    labelSize: 15,
    labelWeight: "600",
    labelColor: { color: "#1d2430" },
    edgeLabelFont: "system-ui, 'DejaVu Sans', sans-serif",
    edgeLabelSize: 12,
    edgeLabelColor: { color: "#3d4656" },
    zIndex: true,
    minCameraRatio: CAMERA_RATIO_MIN,
    maxCameraRatio: CAMERA_RATIO_MAX,
    stagePadding: stagePaddingFor(container),
    nodeReducer,
    edgeReducer: edgeReducer as (edge: string, attrs: EdgeAttrs) => Partial<EdgeDisplayData>,
  });

  const animateFades = () => {
    const now = performance.now();
    const ids = [...fading.keys()];
    for (const [id, f] of fading) if (now - f.start >= FADE_MS) fading.delete(id);
    // Only the fading edges change from frame to frame: repaint those, not the whole graph.
    sigma?.refresh({ partialGraph: { edges: ids }, skipIndexation: true });
    fadeFrame = fading.size > 0 ? requestAnimationFrame(animateFades) : 0;
  };

  const startFades = (entered: readonly string[], left: readonly string[]) => {
    if (entered.length + left.length > graph.size * FADE_MAX_SHARE) return;
    const now = performance.now();
    for (const id of entered) fading.set(id, { dir: 1, start: now });
    for (const id of left) fading.set(id, { dir: -1, start: now });
    if (fading.size > 0 && !fadeFrame && !prefersReducedMotion()) fadeFrame = requestAnimationFrame(animateFades);
    if (prefersReducedMotion()) fading.clear();
  };

  const unsubscribe = store.subscribe((next, prev) => {
    state = next;
    const scopeChanged =
      next.date !== prev.date || next.compare !== prev.compare || next.hiddenTypes !== prev.hiddenTypes || next.hiddenKinds !== prev.hiddenKinds;
    // A plain date step is computed from what enters and leaves (see stepVisibleRelations).
    const step = scopeChanged ? stepVisibleRelations(model, visible, prev, next) : null;
    if (step) {
      visible = step.visible;
      startFades(step.entered, step.left);
    } else if (scopeChanged) {
      const before = visible.ids;
      visible = visibleRelations(model, next);
      const entered = [...visible.ids].filter((id) => !before.has(id));
      const left = [...before].filter((id) => !visible.ids.has(id));
      startFades(entered, left);
    }
    const ringsBefore = rings;
    if (scopeChanged || next.blocs !== prev.blocs || next.playing !== prev.playing) rings = ringBlocs(model, next, rings);
    if (scopeChanged || next.hovered !== prev.hovered || next.selection !== prev.selection || next.highlightActors !== prev.highlightActors || rings !== ringsBefore) {
      stateChanges++;
      focus = focusSet(model, visible, stateFocus(next));
      const sameFocusAndRings = next.hovered === prev.hovered && next.selection === prev.selection && next.highlightActors === prev.highlightActors && rings === ringsBefore;
      // Only the relations that entered or left, and their ends, can look different after a date
      // step (focus and fades follow from them): repaint those in place. Anything else: everything.
      if (!sigma) return;
      if (step && sameFocusAndRings) sigma.refresh({ partialGraph: { edges: [...step.entered, ...step.left], nodes: endsOfIds(graph, [...step.entered, ...step.left]) }, skipIndexation: true });
      else sigma.refresh({ skipIndexation: true });
    }
  });

  let resizeObserver: ResizeObserver | null = null;
  const mounted = (): Sigma<NodeAttrs, EdgeAttrs> => {
    if (!sigma) throw new Error("the graph is still being drawn; try again in a moment");
    return sigma;
  };

  return {
    get sigma() {
      return mounted();
    },
    graph,
    async mount() {
      if (sigma || mounting) return;
      mounting = true;
      holdFirstRefresh = true;
      let s: StanceSigma;
      try {
        s = createSigma();
      } finally {
        holdFirstRefresh = false;
      }
      setLabelRoom(s);
      if (graph.order + graph.size <= SLICED_INDEXATION) {
        // The first (and only) full pass: reducers, indexation, the first frame.
        measured("sigma", () => s.refresh());
      } else {
        const drawing = `Drawing ${graph.order.toLocaleString("en")} actors and ${graph.size.toLocaleString("en")} relations…`;
        const note = h("p", { class: "graph-drawing" }, drawing);
        container.append(note);
        announce(drawing);
        const changesBefore = stateChanges;
        const release = holdRendering(s);
        const started = performance.now();
        performance.mark("stancegraph: drawing in slices");
        await indexInSlices(s, graph, () => destroyed);
        performance.measure("stancegraph: sigma indexation (sliced)", { start: started });
        release();
        note.remove();
        // The app was replaced (another file opened) while this one was being drawn.
        if (destroyed) return void s.kill();
        // The state moved while indexing (a filter, a date): some items were reduced with the old
        // one, so index everything again in one go; otherwise process and draw what is indexed.
        // An empty partial refresh processes and draws what is indexed (see fitWithLabelRoom).
        measured("sigma", () => (stateChanges === changesBefore ? s.refresh({ partialGraph: { nodes: [], edges: [] } }) : s.refresh()));
      }
      sigma = s;
      bindPointer(s, store);
      bindCamera(s, store);
      // Sigma follows window resizes only; the graph area also changes when panels open and close.
      let size = `${container.offsetWidth}×${container.offsetHeight}`;
      resizeObserver = new ResizeObserver(() => {
        // The first callback comes at once, for the size sigma already has: nothing to redo.
        const now = `${container.offsetWidth}×${container.offsetHeight}`;
        if (now === size) return;
        size = now;
        s.setSetting("stagePadding", stagePaddingFor(container));
        s.resize();
        s.refresh({ skipIndexation: true });
      });
      resizeObserver.observe(container);
    },
    isMounted: () => sigma !== null,
    visible: () => visible,
    fit: () => {
      if (!sigma) return;
      fitWithLabelRoom(sigma);
      void sigma.getCamera().animatedReset({ duration: 300 });
    },
    zoom: (factor) => {
      if (!sigma) return;
      const camera = sigma.getCamera();
      void (factor > 1 ? camera.animatedZoom({ duration: 200, factor }) : camera.animatedUnzoom({ duration: 200, factor: 1 / factor }));
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      resizeObserver?.disconnect();
      if (fadeFrame) cancelAnimationFrame(fadeFrame);
      sigma?.kill();
    },
  };
}

/**
 * Labels are drawn to the right of their nodes, and sigma fits node centres: a node on the right
 * rim had its label cut by the edge of the canvas. Widening the fitted box on the right by a fifth
 * of the graph's width leaves room for it. Recomputed when the user asks to fit the graph, since
 * dragging or re-running the layout moves the nodes.
 */
function fitWithLabelRoom(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  setLabelRoom(sigma);
  // A new box only moves the nodes on screen: sigma's processing step (normalising positions,
  // the label grid, the WebGL buffers) must run again, but the reducers need not. An empty
  // partial refresh asks for exactly that; a full refresh() reran every reducer (3 s at 50k).
  sigma.refresh({ partialGraph: { nodes: [], edges: [] } });
}

/** The fitted box, widened on the right for labels; sigma uses it from its next indexation. */
function setLabelRoom(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  // The extent straight from the graph's positions: one pass over the nodes.
  const { x, y } = graphExtent(sigma.getGraph());
  const width = x[1] - x[0] || 1;
  sigma.setCustomBBox({ x: [x[0], x[1] + width * 0.2], y });
}

/**
 * Room for the labels of nodes on the rim (sigma fits node centres, not their labels): generous on
 * a desktop, small on a phone or in a short compare view so the graph keeps its size.
 */
function stagePaddingFor(container: HTMLElement): number {
  const side = Math.min(container.clientWidth || 800, container.clientHeight || 600);
  return Math.round(Math.max(16, Math.min(80, side * 0.12)));
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Hover, click and drag on the canvas. */
function bindPointer(sigma: Sigma<NodeAttrs, EdgeAttrs>, store: Store<ViewState, Action>): void {
  const graph = sigma.getGraph();
  let dragged: string | null = null;
  let moved = false;
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", id: node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", id: null }));
  sigma.on("clickNode", ({ node }) => {
    if (!moved) store.dispatch({ type: "select", selection: { kind: "actor", id: node } });
  });
  sigma.on("clickEdge", ({ edge }) => store.dispatch({ type: "select", selection: { kind: "relation", id: edge } }));
  sigma.on("clickStage", () => store.dispatch({ type: "select", selection: null }));
  sigma.on("enterEdge", () => (sigma.getContainer().style.cursor = "pointer"));
  sigma.on("leaveEdge", () => (sigma.getContainer().style.cursor = ""));
  // Dragging a node moves it (sigma's drag-nodes pattern): the user's arrangement, not the model's.
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.getMouseCaptor().on("mousemovebody", (e) => {
    if (!dragged) return;
    moved = true;
    const pos = sigma.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  const release = () => {
    dragged = null;
  };
  sigma.getMouseCaptor().on("mouseup", release);
  sigma.on("upNode", release);
}

/** Camera moves are mirrored into the state (debounced), and state cameras (from a link) applied. */
function bindCamera(sigma: Sigma<NodeAttrs, EdgeAttrs>, store: Store<ViewState, Action>): void {
  const camera = sigma.getCamera();
  const initial = store.getState().camera;
  if (initial) camera.setState(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  camera.on("updated", (c) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const cur = store.getState().camera;
      const next = { x: round(c.x), y: round(c.y), ratio: round(c.ratio) };
      if (!cur || cur.x !== next.x || cur.y !== next.y || cur.ratio !== next.ratio) store.dispatch({ type: "setCamera", camera: next });
    }, 250);
  });
  store.subscribe((next, prev) => {
    if (next.camera === prev.camera) return;
    // Back to a view without a camera (history, a link without one): fit the graph again.
    if (!next.camera) return void camera.animatedReset({ duration: 250 });
    const c = camera.getState();
    const same = round(c.x) === next.camera.x && round(c.y) === next.camera.y && round(c.ratio) === next.camera.ratio;
    if (!same) camera.animate(next.camera, { duration: 250 });
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
