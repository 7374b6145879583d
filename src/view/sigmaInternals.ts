/**
 * Every reliance on sigma's internals, in one place. Sigma 3.0 offers no way to create a renderer
 * without drawing, or to index a graph in parts without drawing after each part; large graphs need
 * both (see mount.ts); nor a cheap way to follow edges coming into, leaving or changing in its
 * graph (displayGraph.ts adds and drops thousands on a date change; an edit replaces a few records):
 * sigma answers each with a processing pass over everything it holds; nor a way to send WebGL only
 * the part of a program's buffer that changed (it sends all of it, twice, at every frame).
 * tests/unit/sigmaInternals.test.ts reads sigma's own build and fails when an upgrade changes what
 * these helpers rely on.
 */
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { createNormalizationFunction, graphExtent } from "sigma/utils";
import type { ActorNodeAttributes, RelationEdgeAttributes } from "../model/graph.ts";
import type { StanceGraph } from "../model/graph.ts";
import { reduceWithoutCopies } from "./reduceInPlace.ts";

type NodeAttrs = ActorNodeAttributes;
type EdgeAttrs = RelationEdgeAttributes;
export type StanceSigmaInstance = Sigma<NodeAttrs, EdgeAttrs>;

/** True while StanceSigma's constructor runs (see below). */
let holdFirstRefresh = false;
/** Canvases whose WebGL context was made ahead, by layer id, for the next StanceSigma (see below). */
let madeAhead: ReadonlyMap<string, HTMLCanvasElement> | null = null;

/** Sigma's WebGL layers, in the order its constructor makes them (sigma 3.0). */
export const WEBGL_LAYERS = ["edges", "nodes", "hoverNodes"] as const;

/**
 * The attributes sigma 3.0 asks of each WebGL context (`createWebGLContext`): a canvas's first
 * `getContext("webgl2", …)` decides them, and later calls return that context as it is.
 */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { preserveDrawingBuffer: false, antialias: false };

/**
 * A canvas with its WebGL context, for the sigma layer of that id. Making a context is the costly
 * part of sigma's constructor (with software WebGL ~0.1 s each, three in a row: one task of 0.3 s
 * at the start of a large graph); made ahead, one per task, sigma's own `getContext` then returns
 * the context at once. Null when the browser gives no WebGL2 context (sigma then makes its own).
 */
export function makeWebGLCanvas(): HTMLCanvasElement | null {
  const canvas = document.createElement("canvas");
  return canvas.getContext("webgl2", CONTEXT_ATTRIBUTES) ? canvas : null;
}

/**
 * Sizes a WebGL canvas's drawing buffer as sigma 3.0's `resize` will in its constructor (the
 * container's size, 1 when empty, times the pixel ratio, written "Npx"), so that sigma finds it
 * sized. Sigma sized its three in its constructor's one task; at the end of a 50k load the first
 * canvas's first resize alone takes 250–350 ms (software WebGL; what it waits on was not found:
 * docs/benchmarks.md, "WebGL contexts made once per page"). True when the canvas was resized.
 */
export function sizeAsSigmaWill(canvas: HTMLCanvasElement, container: HTMLElement): boolean {
  const ratio = typeof window.devicePixelRatio !== "undefined" ? window.devicePixelRatio : 1;
  const width = `${(container.offsetWidth || 1) * ratio}px`;
  const height = `${(container.offsetHeight || 1) * ratio}px`;
  if (canvas.getAttribute("width") === width && canvas.getAttribute("height") === height) return false;
  canvas.setAttribute("width", width);
  canvas.setAttribute("height", height);
  return true;
}

/**
 * WebGL canvases kept for the next renderer, by layer id: made ahead at boot (mount.ts,
 * `prepareWebGLCanvases`), or left by a renderer that was killed (another file opened), so that a
 * page makes its contexts once. Kept canvases hold a live context; a lost one is never handed out.
 */
const spare = new Map<string, HTMLCanvasElement>();

/** Keeps a canvas with its live WebGL context for the next renderer; false when that layer has one already. */
export function keepSpareCanvas(id: string, canvas: HTMLCanvasElement): boolean {
  if (spare.has(id) || !(WEBGL_LAYERS as readonly string[]).includes(id)) return false;
  spare.set(id, canvas);
  return true;
}

/** The layers without a kept canvas, in sigma's order. */
export function layersWithoutSpare(): string[] {
  return WEBGL_LAYERS.filter((id) => !spare.has(id));
}

/** The kept canvases, handed over (no longer kept); those whose context was lost meanwhile are let go. */
export function takeSpareCanvases(): Map<string, HTMLCanvasElement> {
  const taken = new Map<string, HTMLCanvasElement>();
  for (const [id, canvas] of spare) {
    const gl = canvas.getContext("webgl2", CONTEXT_ATTRIBUTES);
    if (gl && !gl.isContextLost()) taken.set(id, canvas);
  }
  spare.clear();
  return taken;
}

/** Sigma's per-layer WebGL state (private in its types). */
interface LayerInternals {
  elements: Record<string, HTMLElement>;
  webGLContexts: Record<string, WebGL2RenderingContext | WebGLRenderingContext | undefined>;
  frameBuffers: Record<string, WebGLFramebuffer | undefined>;
  textures: Record<string, WebGLTexture | undefined>;
}

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

  /**
   * Sigma 3.0's `createLayer` (an absolutely placed element of class `sigma-ID`, its style from
   * the options, kept in `elements`, appended to the container or placed beside another layer),
   * except that a canvas made ahead for this layer is used instead of a new one.
   */
  override createLayer<T extends HTMLElement>(id: string, tag: string, options: { style?: Partial<CSSStyleDeclaration> } & ({ beforeLayer?: string } | { afterLayer?: string }) = {}): T {
    const canvas = tag === "canvas" ? madeAhead?.get(id) : undefined;
    if (!canvas) return super.createLayer<T>(id, tag, options);
    const elements = (this as unknown as { elements: Record<string, HTMLElement> }).elements;
    if (elements[id]) throw new Error(`Sigma: a layer named "${id}" already exists`);
    canvas.style.position = "absolute";
    canvas.setAttribute("class", `sigma-${id}`);
    if (options.style) Object.assign(canvas.style, options.style);
    elements[id] = canvas;
    if ("beforeLayer" in options && options.beforeLayer) elements[options.beforeLayer]!.before(canvas);
    else if ("afterLayer" in options && options.afterLayer) elements[options.afterLayer]!.after(canvas);
    else this.getContainer().appendChild(canvas);
    return canvas as unknown as T;
  }

  /**
   * Sigma 3.0's `killLayer` loses a WebGL layer's context. Here the canvas and its live context are
   * kept for the next renderer instead (when none is kept for that layer yet), after deleting
   * what sigma made on it beyond its programs (which `kill` deletes first): the picking
   * framebuffer and its texture. Sigma's `killLayer` then only removes the element.
   */
  override killLayer(id: string): this {
    const inner = this as unknown as LayerInternals;
    const gl = inner.webGLContexts?.[id];
    const canvas = inner.elements?.[id];
    if (gl && !gl.isContextLost() && canvas instanceof HTMLCanvasElement && keepSpareCanvas(id, canvas)) {
      const texture = inner.textures?.[id];
      if (texture) gl.deleteTexture(texture);
      const frameBuffer = inner.frameBuffers?.[id];
      if (frameBuffer) gl.deleteFramebuffer(frameBuffer);
      delete inner.webGLContexts[id];
    }
    return super.killLayer(id);
  }
}

// Sigma's reducers get the graph's own attributes, not a copy of them (reduceInPlace.ts says why).
reduceWithoutCopies(StanceSigma.prototype);

/**
 * A sigma renderer created without its first draw: call `refresh()` when it should draw.
 * `canvases`: WebGL canvases made ahead by layer id (`makeWebGLCanvas`), used for those layers.
 */
export function createHeldSigma(graph: StanceGraph, container: HTMLElement, settings: Partial<Settings<NodeAttrs, EdgeAttrs>>, canvases?: ReadonlyMap<string, HTMLCanvasElement>): StanceSigmaInstance {
  holdFirstRefresh = true;
  madeAhead = canvases ?? null;
  try {
    return new StanceSigma(graph, container, settings);
  } finally {
    holdFirstRefresh = false;
    madeAhead = null;
  }
}

/**
 * Holds sigma's drawing until the returned function is called. A partial refresh ends with
 * render(), which would process (and draw) a graph indexed only in part. render is private in
 * sigma's types, so it is shadowed on the instance and the shadow deleted after (sigma 3.0).
 */
export function holdRendering(sigma: StanceSigmaInstance): () => void {
  const target = sigma as unknown as { render?: () => unknown };
  target.render = () => sigma;
  return () => void delete target.render;
}

/** Frames held while a change runs (`holdFrames`). */
export interface FrameHold {
  /** Runs `fn`; the frames it asks sigma for are not drawn, but owed. */
  during(fn: () => void): void;
  /** Asks for the frame owed, if any (a frame asked for outside `during` pays it too). */
  release(): void;
}

/**
 * Lets a change be applied without a frame of its own: a leg on the way of a long date jump
 * (src/app/dateLegs.ts) writes its buffers like any date step, but its picture is of a date in
 * passing, and with software WebGL each such frame is seconds of rasterising that the next leg
 * then waits on. Every refresh of sigma's, scheduled or its own, asks for its frame through
 * `scheduleRender` (the prototype's; shadowed on the instance, as `holdRendering` does render);
 * frames asked for by anything else (the camera, a hover) are drawn as usual, with whatever the
 * buffers hold then.
 */
export function holdFrames(sigma: StanceSigmaInstance): FrameHold {
  const target = sigma as unknown as { scheduleRender?: () => unknown };
  const schedule = Sigma.prototype.scheduleRender;
  let holding = false;
  let owed = false;
  target.scheduleRender = () => {
    if (holding) owed = true;
    else {
      owed = false;
      schedule.call(sigma);
    }
    return sigma;
  };
  return {
    during(fn) {
      holding = true;
      try {
        fn();
      } finally {
        holding = false;
      }
    },
    release() {
      if (owed) target.scheduleRender?.();
    },
  };
}

type ItemListener = (payload: { key: string }) => void;

/** A program, or a compound of programs (an arrow: its line and its head), as sigma 3.0 builds them. */
interface ProgramInternals {
  programs?: ProgramInternals[];
  capacity: number;
  array: Float32Array;
  reallocate(capacity: number): void;
  process(fingerprint: number, position: number, ...data: unknown[]): void;
}

/** Sigma's graph listeners and per-item bookkeeping (private in its types). */
interface SigmaInternals {
  activeListeners: { addEdgeGraphUpdate?: ItemListener; dropEdgeGraphUpdate?: ItemListener; updateEdgeGraphUpdate?: ItemListener; updateNodeGraphUpdate?: ItemListener };
  needToProcess: boolean;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  nodePrograms: Record<string, ProgramInternals>;
  edgePrograms: Record<string, ProgramInternals>;
  nodeDataCache: Record<string, { type: string; zIndex: number; size: number }>;
  edgeDataCache: Record<string, { type: string; zIndex: number }>;
  edgeZExtent: [number, number];
  addEdge(key: string): void;
  removeEdge(key: string): void;
  updateEdge(key: string): void;
  updateNode(key: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

function internals(sigma: StanceSigmaInstance): SigmaInternals {
  const inner = sigma as unknown as SigmaInternals;
  const listeners = inner.activeListeners;
  const ok =
    typeof inner.needToProcess === "boolean" &&
    [inner.nodeProgramIndex, inner.edgeProgramIndex, inner.nodeIndices, inner.edgeIndices, inner.itemIDsIndex, inner.nodePrograms, inner.edgePrograms, inner.nodeDataCache, inner.edgeDataCache].every((o) => typeof o === "object" && o !== null) &&
    [listeners?.addEdgeGraphUpdate, listeners?.dropEdgeGraphUpdate, listeners?.updateEdgeGraphUpdate, listeners?.updateNodeGraphUpdate, inner.addEdge, inner.removeEdge, inner.updateEdge, inner.updateNode, inner.addNodeToProgram, inner.addEdgeToProgram].every((f) => typeof f === "function");
  if (!ok) throw new Error("sigma's graph listeners and buffer indices are not where sigmaInternals.ts expects them (sigma upgrade?)");
  return inner;
}

/**
 * Whether these nodes and edges each have a place in sigma's WebGL buffers and no processing pass
 * is pending (one that would give every item a new place): then `refresh({ partialGraph,
 * skipIndexation: true })` can write them again where they are, which sigma 3.0 does without
 * checking that the items kept their program (the caller checks that).
 */
export function placedInBuffers(sigma: StanceSigmaInstance, nodes: Iterable<string>, edges: Iterable<string>): boolean {
  const inner = internals(sigma);
  if (inner.needToProcess) return false;
  for (const n of nodes) if (inner.nodeProgramIndex[n] === undefined) return false;
  for (const e of edges) if (inner.edgeProgramIndex[e] === undefined) return false;
  return true;
}

/**
 * Calls `fn` once sigma's node display data holds framed coordinates (the whole graph in 0 … 1, what
 * the camera speaks): at once, or after the processing pass a scheduled refresh left pending (a
 * full refresh re-reduces every node at once but frames their coordinates only in that pass, at the
 * next frame; until then they are the graph's own).
 */
export function whenProcessed(sigma: StanceSigmaInstance, fn: () => void): void {
  const pending = (sigma as unknown as { needToProcess?: unknown }).needToProcess;
  if (typeof pending !== "boolean") throw new Error("sigma's needToProcess is not where sigmaInternals.ts expects it (sigma upgrade?)");
  if (!pending) return fn();
  sigma.once("afterProcess", fn);
}

/** What sigma's node reducer left for a node (its display data), as sigma keeps it. */
export type NodeDisplay = Readonly<ReturnType<StanceSigmaInstance["getNodeDisplayData"]> & object>;

/**
 * A reader of sigma's node display data that does not copy it: `getNodeDisplayData` returns a copy
 * (`Object.assign`) of sigma's per-node cache, and the label layer reads every node after every
 * frame (10k copies cost 12–24 ms a frame here; 50k five times that). The object returned is sigma's
 * own: read it, never keep or change it (the next reduction replaces it).
 */
export function nodeDisplayReader(sigma: StanceSigmaInstance): (id: string) => NodeDisplay | undefined {
  const cache = (sigma as unknown as { nodeDataCache?: Record<string, NodeDisplay> }).nodeDataCache;
  if (typeof cache !== "object" || cache === null) throw new Error("sigma's node display cache is not where sigmaInternals.ts expects it (sigma upgrade?)");
  // Ids are the graph's own keys (validated, never prototype names: see validate.ts), looked up only.
  return (id) => (Object.prototype.hasOwnProperty.call(cache, id) ? cache[id] : undefined);
}

/**
 * Empty places (left by dropped edges) above which the next change asks for a pass that packs the
 * buffers again: 4,096, or half the edges held when that is more. An empty place is drawn as nothing
 * (no area, no pixel: its cost is its vertices), while the pass places every edge again: at 50k
 * actors, with about 200,000 relations on screen, a half-year jump drops some 9,500 and the pass it
 * set off was a task of 0.9–1.4 s at the jump's last frame. Half of what is held allows some ten such
 * jumps before one pass, and keeps the empty places under a third of the buffers.
 */
const HOLES_BEFORE_PACKING = 4096;
const holesBeforePacking = (held: number) => Math.max(HOLES_BEFORE_PACKING, held >> 1);
/** A data object every program writes as nothing (zeros: no size, no colour). */
const NOTHING = { hidden: true };

/**
 * Sigma answers every edge added to, dropped from or changed in its graph, and every changed node,
 * with a processing pass over everything it holds (at 10k actors ~230 ms; a date step at 50k adds
 * and drops thousands). Processing gives each item its place in its program's WebGL buffer, in
 * depth (zIndex) order. This replaces those four listeners with ones that keep every other item
 * where it is when the pass would not move it:
 *
 * - a changed edge or node that keeps its program (type) and depth is written again in its place
 *   (an actor whose size changed has its relations written again too: the edge programs place ends
 *   and arrow heads by the actors' sizes);
 * - a new edge whose depth is the greatest in its program goes after the last item of it (the
 *   place the pass would give it: last in depth, then last in the graph's order), the buffer grown
 *   by a quarter at a time, the spare places holding nothing;
 * - a dropped edge leaves its place holding nothing; past HOLES_BEFORE_PACKING such places (or half
 *   the edges held, when that is more) the next change asks for a pass, which packs the buffers again.
 *
 * Anything else (a new program or depth, a pass already pending) asks for the pass as sigma did.
 * Each change asks for a render at the next frame. Its `restyle` does the same for items whose look
 * the view changed (a hover lights relations with programs of their own and lifts actors above the
 * rest): each is written in its place, or moved to the end of its new program when it changed
 * program or depth there.
 */
export interface BuffersInPlace {
  /** Stops it (sigma's own listeners are not put back: the renderer is being destroyed). */
  stop(): void;
  /**
   * Cuts each grown buffer back to the places in use: after many relations came one by one (a large
   * graph's first drawing, mount.ts), up to a quarter of each buffer is spare places that every frame
   * would still send to WebGL and draw as nothing.
   */
  fit(): void;
  /**
   * Reduces these nodes and edges again (and the edges of a node whose size changed) and writes
   * each where sigma's processing pass would put it relative to the rest, without the pass: in its
   * place when it keeps its program and depth; otherwise its place left holding nothing and the item
   * put after the last of its new program, when nothing there is deeper (the pass orders each
   * program by depth only). Sigma's pass over everything it holds was a task of 80-620 ms at each
   * hover of an actor at 10k actors. False, with nothing placed, when one item cannot go so (or a
   * pass is pending, or too many places are empty): the caller asks for the pass.
   */
  restyle(nodes: readonly string[], edges: readonly string[]): boolean;
}

export function keepBuffersInPlace(sigma: StanceSigmaInstance): BuffersInPlace {
  const inner = internals(sigma);
  const graph = sigma.getGraph();
  const own = inner.activeListeners;
  /** Places in use per program (from the last pass, then grown), the next picking id, and the holes. */
  const used = new Map<ProgramInternals, number>();
  let nextId = 0;
  let holes = 0;
  /**
   * Items per depth (zIndex, missing as 0) per program: counted at the first restyle after a pass
   * (~300k items at 50k actors), then kept as items come, go and move. Null until counted.
   */
  let depths: Map<ProgramInternals, Map<number, number>> | null = null;
  const onProcessed = () => {
    used.clear();
    // The pass numbers nodes then edges from 1 (their picking colours).
    nextId = graph.order + graph.size + 1;
    holes = 0;
    depths = null;
  };
  const count = (program: ProgramInternals, z: number, by: number) => {
    if (!depths) return;
    const per = depths.get(program) ?? new Map<number, number>();
    depths.set(program, per);
    per.set(z, (per.get(z) ?? 0) + by);
  };
  const countDepths = (): Map<ProgramInternals, Map<number, number>> => {
    depths = new Map();
    graph.forEachNode((n) => {
      const data = inner.nodeDataCache[n];
      const program = data && inner.nodeProgramIndex[n] !== undefined ? inner.nodePrograms[data.type] : undefined;
      if (data && program) count(program, data.zIndex || 0, 1);
    });
    graph.forEachEdge((e) => {
      const data = inner.edgeDataCache[e];
      const program = data && inner.edgeProgramIndex[e] !== undefined ? inner.edgePrograms[data.type] : undefined;
      if (data && program) count(program, data.zIndex || 0, 1);
    });
    return depths;
  };
  /** The greatest depth of an item held by `program`, or -Infinity when it holds none. */
  const deepest = (program: ProgramInternals): number => {
    let max = -Infinity;
    for (const [z, n] of depths?.get(program) ?? []) if (n > 0 && z > max) max = z;
    return max;
  };
  /**
   * Whether an item at depth `z` would lie above a deeper one of `program` if put after its last.
   * The pass orders each program by depth; depths across programs do not matter (programs are drawn
   * one after another). Sigma's own extent spans every program (and keeps the depth of lit
   * relations after they are unlit), so only below it are the items counted.
   */
  const belowDeepest = (program: ProgramInternals, z: number): boolean => {
    if (z >= inner.edgeZExtent[1]) return false;
    if (!depths) countDepths();
    return deepest(program) > z;
  };
  onProcessed();
  sigma.on("afterProcess", onProcessed);

  const leaves = (program: ProgramInternals): ProgramInternals[] => program.programs ?? [program];
  /** The next free place of `program`, its buffers grown (their content kept) when they are full. */
  const nextPlace = (program: ProgramInternals): number => {
    const first = leaves(program)[0]!;
    const place = used.get(program) ?? first.capacity;
    if (place >= first.capacity) {
      const capacity = Math.max(place + 1, Math.ceil(first.capacity * 1.25));
      for (const leaf of leaves(program)) {
        const kept = leaf.array;
        leaf.reallocate(capacity);
        leaf.array.set(kept.subarray(0, Math.min(kept.length, leaf.array.length)));
      }
    }
    used.set(program, place + 1);
    return place;
  };
  const pass = (partial: { nodes?: string[]; edges?: string[] } = {}) => sigma.refresh({ partialGraph: { nodes: partial.nodes ?? [], edges: partial.edges ?? [] }, schedule: true });
  const written = (partial: { nodes?: string[]; edges?: string[] }) => {
    sigma.refresh({ partialGraph: { nodes: partial.nodes ?? [], edges: partial.edges ?? [] }, skipIndexation: true, schedule: true });
  };

  const onAdd = ({ key }: { key: string }) => {
    inner.addEdge(key);
    const data = inner.edgeDataCache[key]!;
    const program = inner.edgePrograms[data.type];
    if (inner.needToProcess || !program || belowDeepest(program, data.zIndex || 0) || holes > holesBeforePacking(graph.size)) return void pass({ edges: [key] });
    const fingerprint = nextId++;
    inner.edgeIndices[key] = fingerprint;
    inner.itemIDsIndex[fingerprint] = { type: "edge", id: key };
    inner.addEdgeToProgram(key, fingerprint, nextPlace(program));
    count(program, data.zIndex || 0, 1);
    sigma.scheduleRender();
  };
  const onDrop = ({ key }: { key: string }) => {
    const place = inner.edgeProgramIndex[key];
    const data = inner.edgeDataCache[key];
    const program = data ? inner.edgePrograms[data.type] : undefined;
    if (!inner.needToProcess && place !== undefined && program) {
      program.process(0, place, NOTHING, NOTHING, NOTHING);
      count(program, data!.zIndex || 0, -1);
      const fingerprint = inner.edgeIndices[key];
      if (fingerprint !== undefined) delete inner.itemIDsIndex[fingerprint];
      delete inner.edgeIndices[key];
      inner.removeEdge(key);
      holes++;
      return void sigma.scheduleRender();
    }
    inner.removeEdge(key);
    pass();
  };
  const onEdge = ({ key }: { key: string }) => {
    const was = inner.edgeDataCache[key];
    const before = was ? { type: was.type, zIndex: was.zIndex } : null;
    inner.updateEdge(key);
    const now = inner.edgeDataCache[key];
    const kept = before !== null && now !== undefined && now.type === before.type && now.zIndex === before.zIndex && placedInBuffers(sigma, [], [key]);
    if (kept) written({ edges: [key] });
    else pass({ edges: [key] });
  };
  const onNode = ({ key }: { key: string }) => {
    const was = sigma.getNodeDisplayData(key);
    const before = was ? { type: was.type, zIndex: was.zIndex, size: was.size } : null;
    inner.updateNode(key);
    const now = sigma.getNodeDisplayData(key);
    const edges = before !== null && now !== undefined && now.size !== before.size ? graph.edges(key) : [];
    const kept = before !== null && now !== undefined && now.type === before.type && now.zIndex === before.zIndex && placedInBuffers(sigma, [key], edges);
    if (kept) written({ nodes: [key], edges });
    else pass({ nodes: [key], edges });
  };

  const replaced = [
    ["edgeAdded", own.addEdgeGraphUpdate!, onAdd],
    ["edgeDropped", own.dropEdgeGraphUpdate!, onDrop],
    ["edgeAttributesUpdated", own.updateEdgeGraphUpdate!, onEdge],
    ["nodeAttributesUpdated", own.updateNodeGraphUpdate!, onNode],
  ] as const;
  for (const [event, theirs, ours] of replaced) {
    graph.removeListener(event, theirs);
    graph.on(event, ours);
  }
  return {
    stop() {
      sigma.removeListener("afterProcess", onProcessed);
      for (const [event, , ours] of replaced) graph.removeListener(event, ours);
    },
    restyle(nodes, edges) {
      if (!placedInBuffers(sigma, nodes, edges) || holes > holesBeforePacking(graph.size)) return false;
      const counted = depths ?? countDepths();
      interface Move {
        key: string;
        node: boolean;
        from: ProgramInternals;
        place: number;
        wasZ: number;
        to: ProgramInternals | undefined;
        z: number;
      }
      const moves: Move[] = [];
      const stay = { nodes: [] as string[], edges: new Set<string>() };
      const withEdges = new Set(edges);
      for (const n of nodes) {
        const was = inner.nodeDataCache[n]!;
        inner.updateNode(n);
        const now = inner.nodeDataCache[n]!;
        // The edge programs place ends and arrow heads by the actors' sizes.
        if (now.size !== was.size) graph.forEachEdge(n, (e) => void withEdges.add(e));
        if (now.type === was.type && (now.zIndex || 0) === (was.zIndex || 0)) stay.nodes.push(n);
        else moves.push({ key: n, node: true, from: inner.nodePrograms[was.type]!, place: inner.nodeProgramIndex[n]!, wasZ: was.zIndex || 0, to: inner.nodePrograms[now.type], z: now.zIndex || 0 });
      }
      for (const e of withEdges) {
        const place = inner.edgeProgramIndex[e];
        if (place === undefined) return false;
        const was = inner.edgeDataCache[e]!;
        inner.updateEdge(e);
        const now = inner.edgeDataCache[e]!;
        if (now.type === was.type && (now.zIndex || 0) === (was.zIndex || 0)) stay.edges.add(e);
        else moves.push({ key: e, node: false, from: inner.edgePrograms[was.type]!, place, wasZ: was.zIndex || 0, to: inner.edgePrograms[now.type], z: now.zIndex || 0 });
      }
      // Each program's moved-in items go after what stays there: none of those may be deeper than
      // the shallowest coming in.
      for (const m of moves) count(m.from, m.wasZ, -1);
      const shallowestIn = new Map<ProgramInternals, number>();
      for (const m of moves) if (m.to) shallowestIn.set(m.to, Math.min(shallowestIn.get(m.to) ?? Infinity, m.z));
      const fits = moves.every((m) => m.to !== undefined) && [...shallowestIn].every(([program, z]) => deepest(program) <= z);
      if (!fits) {
        // The pass the caller asks for places everything again (and counts again after it).
        depths = null;
        return false;
      }
      depths = counted;
      for (const m of moves) {
        m.from.process(0, m.place, NOTHING, NOTHING, NOTHING);
        holes++;
      }
      // In depth order, then in the order of their picking ids (the order the pass or their coming
      // in gave them): the pass's order, for items that were at one depth.
      const fingerprint = (m: Move) => (m.node ? inner.nodeIndices[m.key]! : inner.edgeIndices[m.key]!);
      moves.sort((a, b) => a.z - b.z || fingerprint(a) - fingerprint(b));
      for (const m of moves) {
        const to = m.to!;
        if (m.node) inner.addNodeToProgram(m.key, inner.nodeIndices[m.key]!, nextPlace(to));
        else inner.addEdgeToProgram(m.key, inner.edgeIndices[m.key]!, nextPlace(to));
        count(to, m.z, 1);
      }
      for (const n of stay.nodes) inner.addNodeToProgram(n, inner.nodeIndices[n]!, inner.nodeProgramIndex[n]!);
      for (const e of stay.edges) inner.addEdgeToProgram(e, inner.edgeIndices[e]!, inner.edgeProgramIndex[e]!);
      sigma.scheduleRender();
      return true;
    },
    fit() {
      for (const [program, places] of used) {
        for (const leaf of leaves(program)) {
          if (leaf.capacity <= places) continue;
          const kept = leaf.array;
          leaf.reallocate(places);
          leaf.array.set(kept.subarray(0, leaf.array.length));
        }
      }
    },
  };
}

/** What sigma 3.0's processing pass reads and writes for nodes (private in its types). */
interface NodePassInternals {
  settings: { autoRescale: boolean; zIndex: boolean; labelGridCellSize: number; renderLabels: boolean };
  customBBox: { x: [number, number]; y: [number, number] } | null;
  nodeExtent: { x: [number, number]; y: [number, number] };
  normalizationFunction: { applyTo(data: { x: number; y: number }): void };
  labelGrid: { resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void };
  nodeDataCache: Record<string, { x: number; y: number; type: string; zIndex: number }>;
  nodePrograms: Record<string, ProgramInternals>;
  nodeZExtent: [number, number];
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  needToProcess: boolean;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
}

/**
 * Sigma 3.0's processing pass (`process`) for a graph of actors only, in steps of `chunk` nodes:
 * a large graph's first frame (mount.ts), drawn before any relation is added, was one task over
 * every actor (50,000: ~0.2 s on a quiet machine, 0.3–0.5 s under load). The same as sigma's pass,
 * in its order: the extent and the normalisation (the label room's box), each node's framed
 * position and count per program, the programs' buffers sized, the nodes in depth order given their
 * picking ids from 1 and written in place; then no pass is pending and "afterProcess" is emitted.
 * Sigma's label grid is only emptied, not filled: it serves sigma's own label renderer, which is
 * off (renderLabels: false; labelLayer.ts draws the labels). Rendering must be held meanwhile
 * (`holdRendering`), so that no pass of sigma's runs between the steps. Returns false, having
 * done nothing, when the graph has relations or sigma's settings differ from what this assumes
 * (the caller then lets sigma's own pass run). tests/unit/sigmaInternals.test.ts holds sigma's
 * build to this.
 */
export function* processActorsInSteps(sigma: StanceSigmaInstance, chunk = 2000): Generator<void, boolean, void> {
  const inner = sigma as unknown as NodePassInternals;
  const graph = sigma.getGraph();
  if (graph.size > 0 || !inner.settings.autoRescale || inner.settings.renderLabels || typeof inner.addNodeToProgram !== "function") return false;
  sigma.emit("beforeProcess");
  inner.nodeExtent = graphExtent(graph);
  const normalization = createNormalizationFunction(inner.customBBox ?? inner.nodeExtent);
  inner.normalizationFunction = normalization;
  inner.labelGrid.resizeAndClear(sigma.getDimensions(), inner.settings.labelGridCellSize);
  const cache = inner.nodeDataCache;
  let nodes = graph.nodes();
  const perProgram = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const data = cache[node]!;
    const attributes = graph.getNodeAttributes(node);
    data.x = attributes.x;
    data.y = attributes.y;
    normalization.applyTo(data);
    perProgram.set(data.type, (perProgram.get(data.type) ?? 0) + 1);
    if (i % chunk === chunk - 1) yield;
  }
  for (const type of Object.keys(inner.nodePrograms)) {
    inner.nodePrograms[type]!.reallocate(perProgram.get(type) ?? 0);
    perProgram.set(type, 0);
  }
  // Sigma's zIndexOrdering: the same comparison, by the same sort.
  if (inner.settings.zIndex && inner.nodeZExtent[0] !== inner.nodeZExtent[1]) {
    nodes = nodes.sort((a, b) => {
      const za = cache[a]!.zIndex || 0;
      const zb = cache[b]!.zIndex || 0;
      return za < zb ? -1 : za > zb ? 1 : 0;
    });
  }
  yield;
  // Sigma's own index objects, keyed by node id as sigma keys them (ids are validated: never a
  // prototype name, see validate.ts).
  const nodeIndices: Record<string, number> = {};
  const itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }> = {};
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const fingerprint = i + 1;
    nodeIndices[node] = fingerprint;
    itemIDsIndex[fingerprint] = { type: "node", id: node };
    const type = cache[node]!.type;
    const position = perProgram.get(type)!;
    perProgram.set(type, position + 1);
    inner.addNodeToProgram(node, fingerprint, position);
    if (i % chunk === chunk - 1) yield;
  }
  inner.itemIDsIndex = itemIDsIndex;
  inner.nodeIndices = nodeIndices;
  inner.edgeIndices = {};
  inner.needToProcess = false;
  sigma.emit("afterProcess");
  return true;
}

/** A WebGL program of one of sigma's programs (private in its types: `getProgramInfo`'s result). */
interface ProgramInfo {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
  buffer: WebGLBuffer;
  constantBuffer: WebGLBuffer;
}

/** A leaf program's parts that its `bindProgram` uses (sigma 3.0's Program, private in its types). */
interface LeafInternals extends ProgramInternals {
  STRIDE: number;
  isInstanced: boolean;
  ATTRIBUTES: unknown[];
  CONSTANT_ATTRIBUTES?: unknown[];
  constantArray: Float32Array;
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  bindProgram(info: ProgramInfo): void;
  bindAttribute(attribute: unknown, info: ProgramInfo, offset: number, setDivisor?: boolean): number;
}

/** What a WebGL buffer of a program holds: which array was sent to it, and the blocks of it written since. */
interface Uploaded {
  array: Float32Array | null;
  constant: Float32Array | null;
  /** One flag per block of `array` (1 << UPLOAD_BLOCK_SHIFT floats): written since it was sent. */
  written: Uint8Array;
  any: boolean;
}

/**
 * The part of a buffer sent for a write, in floats (4 KiB): a hover's neighbourhood or a date
 * step's relations lie anywhere in the buffers, so one range from the first to the last written
 * would be nearly all of it; blocks next to each other go in one call.
 */
const UPLOAD_BLOCK_SHIFT = 10;

/**
 * Sigma 3.0 binds each program twice per frame (the picking pass, then the picture) and each time
 * sends its whole vertex array to WebGL with `bufferData`, changed or not: at 50k actors about
 * 9 ms of every frame, a still one or a camera move included (docs/benchmarks.md, a still frame's
 * profile). Every write into a program's array goes through its `process(fingerprint, place, …)`
 * (items written in place: keepBuffersInPlace; a pass: sigma's), and a new array is only made by
 * `reallocate`. So each leaf program's `process` here notes the blocks of 4 KiB it wrote, and its
 * `bindProgram` (sigma's own, otherwise: the same attributes bound in the same order) sends
 * - the whole array when it is not the one its WebGL buffer last received (a new or resized one),
 * - only the blocks written since, with `bufferSubData` (a run of blocks in one call), when any were,
 * - nothing when nothing was written: the buffer already holds it.
 * The constant array (an instanced program's shape) is sent once per buffer. Programs sigma makes
 * later (a program registered afresh) keep sigma's own way.
 */
export function uploadOnlyChanges(sigma: StanceSigmaInstance): void {
  const inner = sigma as unknown as { nodePrograms?: Record<string, ProgramInternals>; nodeHoverPrograms?: Record<string, ProgramInternals>; edgePrograms?: Record<string, ProgramInternals> };
  const groups = [inner.nodePrograms, inner.nodeHoverPrograms, inner.edgePrograms];
  if (groups.some((g) => typeof g !== "object" || g === null)) throw new Error("sigma's programs are not where sigmaInternals.ts expects them (sigma upgrade?)");
  for (const group of groups) {
    for (const program of Object.values(group!)) for (const leaf of (program.programs ?? [program]) as LeafInternals[]) uploadLeafChanges(leaf);
  }
}

function uploadLeafChanges(leaf: LeafInternals): void {
  const infos = [leaf.normalProgram, leaf.pickProgram].filter((p): p is ProgramInfo => p !== null && typeof p === "object");
  const ok =
    typeof leaf.process === "function" &&
    typeof leaf.bindAttribute === "function" &&
    typeof leaf.STRIDE === "number" &&
    Array.isArray(leaf.ATTRIBUTES) &&
    leaf.array instanceof Float32Array &&
    infos.length > 0 &&
    infos.every((i) => i.gl && i.buffer) &&
    (!leaf.isInstanced || (Array.isArray(leaf.CONSTANT_ATTRIBUTES) && leaf.constantArray instanceof Float32Array));
  // Not a program as sigma 3.0 builds them: left to draw its own way.
  if (!ok) return;
  const uploaded = new Map<ProgramInfo, Uploaded>(infos.map((i) => [i, { array: null, constant: null, written: new Uint8Array(0), any: false }]));
  const pending = [...uploaded.values()];
  const process = leaf.process;
  // Called once per item in a processing pass (250,000 times at 50k actors): no rest arguments, no iterator.
  leaf.process = function (this: LeafInternals, fingerprint: number, place: number, a?: unknown, b?: unknown, c?: unknown) {
    const first = (place * leaf.STRIDE) >> UPLOAD_BLOCK_SHIFT;
    const last = ((place + 1) * leaf.STRIDE - 1) >> UPLOAD_BLOCK_SHIFT;
    for (let i = 0; i < pending.length; i++) {
      const u = pending[i]!;
      // (Past the end of `written` when the array was made anew since it was sent: it is sent whole then.)
      for (let k = first; k <= last; k++) u.written[k] = 1;
      u.any = true;
    }
    return process.call(this, fingerprint, place, a, b, c);
  };
  leaf.bindProgram = function (info: ProgramInfo) {
    const u = uploaded.get(info);
    const gl = info.gl;
    if (leaf.isInstanced) {
      gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
      let offset = 0;
      for (const attribute of leaf.CONSTANT_ATTRIBUTES!) offset += leaf.bindAttribute(attribute, info, offset, false);
      if (!u || u.constant !== leaf.constantArray) gl.bufferData(gl.ARRAY_BUFFER, leaf.constantArray, gl.STATIC_DRAW);
      if (u) u.constant = leaf.constantArray;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
    let offset = 0;
    for (const attribute of leaf.ATTRIBUTES) offset += leaf.isInstanced ? leaf.bindAttribute(attribute, info, offset, true) : leaf.bindAttribute(attribute, info, offset);
    const array = leaf.array;
    if (!u || u.array !== array) {
      gl.bufferData(gl.ARRAY_BUFFER, array, gl.DYNAMIC_DRAW);
      if (u) {
        u.array = array;
        u.written = new Uint8Array((array.length >> UPLOAD_BLOCK_SHIFT) + 1);
        u.any = false;
      }
    } else if (u.any) {
      const written = u.written;
      for (let k = 0; k < written.length; k++) {
        if (!written[k]) continue;
        let end = k;
        while (end + 1 < written.length && written[end + 1]) end++;
        const from = k << UPLOAD_BLOCK_SHIFT;
        const to = Math.min(array.length, (end + 1) << UPLOAD_BLOCK_SHIFT);
        // A view rather than WebGL2's (srcOffset, length): sigma falls back to WebGL1 without WebGL2.
        if (to > from) gl.bufferSubData(gl.ARRAY_BUFFER, from * Float32Array.BYTES_PER_ELEMENT, array.subarray(from, to));
        k = end;
      }
      written.fill(0);
      u.any = false;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  };
}
