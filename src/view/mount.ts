/**
 * Mounting sigma: its first indexation (in time slices for large graphs, with a note on screen),
 * the label room around the graph, and following the graph area's size.
 */
import type { StanceSigmaInstance } from "./sigmaInternals.ts";
import { holdRendering, keepSpareCanvas, layersWithoutSpare, makeWebGLCanvas, processActorsInSteps, sizeAsSigmaWill, takeSpareCanvases, WEBGL_LAYERS } from "./sigmaInternals.ts";
import type { LayoutPositions } from "./positions.ts";
import { measured } from "../app/timing.ts";
import { nextTask, runInSlices } from "../app/slices.ts";
import { announce, h } from "../dom/dom.ts";
import { stagePadding } from "../style/edgeGeometry.ts";

/** Graphs with more nodes and edges than this are indexed in slices, with a note on screen. */
export const SLICED_INDEXATION = 20_000;
/** Items per partial refresh while indexing in slices, and the time spent before a frame goes by. */
const INDEX_CHUNK = 2000;
const INDEX_SLICE_MS = 30;

/**
 * Hooks for tests, read from `window.stancegraphTestHooks` when the app is built. `holdDrawing`:
 * a large graph's relations, drawn in slices after its actors, wait for this promise after their
 * first slice, so a test can act while the graph is still being drawn, deterministically, instead
 * of winning a race.
 */
export interface TestHooks {
  holdDrawing?: Promise<void>;
  /** The layout after the first draw (layoutRefine.ts) starts its worker only once this resolves. */
  holdLayout?: Promise<void>;
  /** Called with each sigma renderer as it is created, before its first draw (a test counts its passes). */
  sigmaCreated?: (sigma: unknown) => void;
  /** The day the app takes for today, YYYY-MM-DD (src/app/today.ts): tests and screenshots fix it. */
  today?: string;
}

declare global {
  interface Window {
    stancegraphTestHooks?: TestHooks;
  }
}

/**
 * Between two slices of drawing: a task goes by, and for the relations' slices (`hold`) a test's
 * `holdDrawing` is waited for. True when `stopped()` (the app was replaced) meanwhile.
 */
async function pauseDrawing(stopped: () => boolean, hold = false): Promise<boolean> {
  await nextTask();
  const held = hold && typeof window !== "undefined" ? window.stancegraphTestHooks?.holdDrawing : undefined;
  if (held) await held;
  return stopped();
}

/** The canvases being made ahead at boot (`prepareWebGLCanvases`). */
let preparing: Promise<void> | null = null;

/**
 * Makes sigma's WebGL canvases ahead, one per task, and keeps them for the next renderer: called
 * at boot, since every boot draws a graph (the default dataset's renderer adopts them too). Made at
 * the end of a 50k load, the page's first context was one task of 250–340 ms; made at boot, 15–130
 * ms each. (The first resize after the load then takes about what that context took:
 * docs/benchmarks.md, "WebGL contexts made once per page".)
 */
export function prepareWebGLCanvases(): void {
  if (preparing || layersWithoutSpare().length === 0) return;
  preparing = (async () => {
    for (const id of layersWithoutSpare()) {
      const canvas = measured("webgl context", makeWebGLCanvas);
      if (canvas) keepSpareCanvas(id, canvas);
      await nextTask();
    }
  })().finally(() => (preparing = null));
}

/**
 * The kept WebGL canvases, handed over once those being made ahead are there: a small graph's
 * renderer takes them as they are (sigma makes any missing one itself).
 */
export async function spareWebGLCanvases(): Promise<Map<string, HTMLCanvasElement>> {
  if (preparing) await preparing;
  return takeSpareCanvases();
}

/**
 * Sigma's WebGL canvases for a large graph: those kept (made ahead at boot, or left by the
 * renderer it replaces), and any missing made now, then each sized for `container` as
 * sigma will size it, a task going by after each step (sigma's constructor made and sized its
 * three contexts in one task: 0.3–0.5 s of software WebGL under load). Null when `stopped()` (the
 * app was replaced) meanwhile; the canvases are then kept for the next renderer.
 */
export async function webGLCanvasesAhead(container: HTMLElement, stopped: () => boolean): Promise<Map<string, HTMLCanvasElement> | null> {
  const made = await spareWebGLCanvases();
  for (const id of WEBGL_LAYERS) {
    if (made.has(id)) continue;
    const canvas = measured("webgl context", makeWebGLCanvas);
    if (canvas) made.set(id, canvas);
    await nextTask();
    if (stopped()) break;
  }
  // The page's new frame (the app replacing the loading screen) first: a drawing buffer's resize
  // waits on the GPU process, which was compositing that frame (docs/benchmarks.md).
  if (!stopped()) await framePresented();
  for (const canvas of made.values()) {
    if (stopped()) break;
    if (measured("webgl size", () => sizeAsSigmaWill(canvas, container))) await nextTask();
  }
  if (stopped()) {
    keepOrLose(made);
    return null;
  }
  return made;
}

/**
 * Resolves once the frame being made now has been produced: two animation frames, then a task.
 * Under software WebGL a canvas's first resize made while the GPU process composited a new page
 * waited for it (a 250–350 ms task at the end of a 50k load); made after the frame, 60–95 ms.
 * A hidden page gets no animation frames: it goes on at once, or when it is hidden meanwhile, and
 * `safetyMs` bounds the wait in any case.
 */
export function framePresented(safetyMs = 2000): Promise<void> {
  if (document.visibilityState === "hidden") return nextTask();
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", finish);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(finish, safetyMs);
    document.addEventListener("visibilitychange", finish);
    requestAnimationFrame(() => requestAnimationFrame(finish));
  });
}

/** Canvases not used after all (the app was replaced meanwhile): kept for the next renderer, or their contexts let go. */
export function keepOrLose(canvases: ReadonlyMap<string, HTMLCanvasElement>): void {
  for (const [id, canvas] of canvases) if (!keepSpareCanvas(id, canvas)) canvas.getContext("webgl2")?.getExtension("WEBGL_lose_context")?.loseContext();
}

/**
 * Sigma's first indexation (every reducer over every node and edge) in time slices: partial
 * refreshes of a few thousand items, drawing held, a macrotask between slices so the page stays
 * responsive. At 50k actors / 500k relations this was one 5.4 s task. The processing step that
 * follows (positions, WebGL buffers) cannot be split from outside sigma and stays one task.
 * Resolves to false when `stop()` became true before the end.
 */
async function indexInSlices(sigma: StanceSigmaInstance, stop: () => boolean): Promise<boolean> {
  const graph = sigma.getGraph();
  let sliceStart = performance.now();
  let first = true;
  for (const [kind, keys] of [
    ["nodes", graph.nodes()],
    ["edges", graph.edges()],
  ] as const) {
    for (let i = 0; i < keys.length; i += INDEX_CHUNK) {
      sigma.refresh({ partialGraph: { [kind]: keys.slice(i, i + INDEX_CHUNK) } });
      if (!first && performance.now() - sliceStart < INDEX_SLICE_MS) continue;
      first = false;
      if (await pauseDrawing(stop)) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}

/**
 * Draws sigma's first frame: one full pass for a small graph; for a large one (`sliced`: the
 * renderer's choice, by the actors and the relations in view, although sigma's graph holds the
 * actors only at this point), indexation in slices behind a "Drawing…" note, then the actors
 * processed in steps. `stateMoved()` says whether the view changed
 * during the slices (then everything is indexed again, since some items saw the old state).
 * Resolves to false when `stopped()` (the app was replaced) before the end; sigma is then killed.
 */
export async function drawFirstFrame(sigma: StanceSigmaInstance, container: HTMLElement, positions: LayoutPositions, sliced: boolean, stateMoved: () => boolean, stopped: () => boolean): Promise<boolean> {
  const graph = sigma.getGraph();
  setLabelRoom(sigma, positions);
  if (!sliced) {
    // The first (and only) full pass: reducers, indexation, the first frame.
    measured("sigma", () => sigma.refresh());
    return true;
  }
  const drawing = `Drawing ${graph.order.toLocaleString("en")} actors and ${graph.size.toLocaleString("en")} relations…`;
  const note = h("p", { class: "graph-drawing" }, drawing);
  container.append(note);
  announce(drawing);
  const release = holdRendering(sigma);
  const started = performance.now();
  performance.mark("stancegraph: drawing in slices");
  let finished = await indexInSlices(sigma, stopped);
  performance.measure("stancegraph: sigma indexation (sliced)", { start: started });
  // The processing pass too, when the graph holds actors only (a large graph's relations come
  // after, drawRelationsInSlices) and the view did not move meanwhile.
  let processed = false;
  if (finished && !stopped() && !stateMoved()) {
    const pass = performance.now();
    const done = await runInSlices(processActorsInSteps(sigma, INDEX_CHUNK), { stopped });
    finished = done !== null;
    processed = done === true;
    performance.measure("stancegraph: sigma processing (sliced)", { start: pass });
  }
  release();
  note.remove();
  if (!finished || stopped()) {
    // The app was replaced (another file opened) while this one was being drawn.
    performance.mark("stancegraph: drawing abandoned");
    sigma.kill();
    return false;
  }
  // Processed in steps: a render of what is in place. Otherwise an empty partial refresh processes
  // and draws what is indexed (see fitWithLabelRoom); a view that moved meanwhile, everything.
  const moved = stateMoved();
  measured("sigma", () => (moved ? sigma.refresh() : sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: processed })));
  return true;
}

/**
 * A large graph's relations, after its actors' first frame: `slices` adds them to sigma's graph (the
 * display graph's `fill`, yielding the number added so far), and keepBuffersInPlace writes each one
 * into sigma's WebGL buffers as it comes, after the last of its program (where sigma's processing
 * pass would put it). Sigma given all of them at once processes them in one call: at 50k actors
 * (200,000 relations on screen) one task of 1.3 s on a quiet machine, 3.7 s under load. Here they
 * come in slices of at most INDEX_SLICE_MS with a macrotask between (the page answers input), the
 * note counting them, and are drawn in one frame at the end: every frame sends every buffer to
 * WebGL again, and with software WebGL a frame of 200,000 relations keeps the GPU process busy for
 * seconds, so frames while they come made the drawing several times slower. At the end the buffers
 * are cut to what they hold (`fitBuffers`). Resolves to false when
 * `stopped()` (the app was replaced) before the end; the caller, which holds sigma by then, kills it.
 */
export async function drawRelationsInSlices(sigma: StanceSigmaInstance, container: HTMLElement, slices: Iterator<number>, count: number, stopped: () => boolean, fitBuffers: () => void): Promise<boolean> {
  const total = count.toLocaleString("en");
  const drawing = `Drawing ${total} relations…`;
  const note = h("p", { class: "graph-drawing" }, drawing);
  container.append(note);
  announce(drawing);
  const started = performance.now();
  performance.mark("stancegraph: drawing relations in slices");
  const release = holdRendering(sigma);
  let sliceStart = started;
  let first = true;
  try {
    for (let step = slices.next(); !step.done; step = slices.next()) {
      if (!first && performance.now() - sliceStart < INDEX_SLICE_MS) continue;
      first = false;
      note.textContent = `Drawing relations: ${Math.min(step.value, count).toLocaleString("en")} of ${total}…`;
      if (await pauseDrawing(stopped, true)) {
        performance.mark("stancegraph: drawing abandoned");
        return false;
      }
      sliceStart = performance.now();
    }
  } finally {
    release();
    note.remove();
  }
  performance.measure("stancegraph: relations added in slices", { start: started });
  // The buffers grew a quarter at a time: no spare place is drawn at every frame from here.
  fitBuffers();
  // They are in place: a render without a processing pass (unless a change asked for one meanwhile).
  measured("sigma: relations", () => sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true }));
  return true;
}

/**
 * Labels are drawn to the right of their nodes, and sigma fits node centres: a node on the right
 * rim had its label cut by the edge of the canvas. Widening the fitted box on the right by a fifth
 * of the graph's width leaves room for it. Recomputed when the user asks to fit the graph, since
 * dragging or re-running the layout moves the nodes.
 */
export function fitWithLabelRoom(sigma: StanceSigmaInstance, positions: LayoutPositions): void {
  setLabelRoom(sigma, positions);
  // A new box only moves the nodes on screen: sigma's processing step (normalising positions,
  // the label grid, the WebGL buffers) must run again, but the reducers need not. An empty
  // partial refresh asks for exactly that; a full refresh() reran every reducer (3 s at 50k).
  sigma.refresh({ partialGraph: { nodes: [], edges: [] } });
}

/**
 * The fitted box, widened on the right for labels; sigma uses it from its next indexation. A box
 * with no width or no height (one actor, or actors on one line) is opened around its middle: with
 * no width it began at the node and the node was drawn on the left rim of the graph area.
 */
export function setLabelRoom(sigma: StanceSigmaInstance, positions: LayoutPositions): void {
  const { x, y } = positions.extent();
  const [x0, x1] = x[1] > x[0] ? x : [x[0] - 1, x[0] + 1];
  const [y0, y1] = y[1] > y[0] ? y : [y[0] - 1, y[0] + 1];
  sigma.setCustomBBox({ x: [x0, x1 + (x1 - x0) * 0.2], y: [y0, y1] });
}

/** The stage padding for the graph area's size (style/edgeGeometry.ts). */
export function stagePaddingFor(container: HTMLElement): number {
  return stagePadding(container.clientWidth, container.clientHeight);
}

/** Sigma follows window resizes only; the graph area also changes when panels open and close. */
export function followContainerSize(sigma: StanceSigmaInstance, container: HTMLElement): () => void {
  let size = `${container.offsetWidth}×${container.offsetHeight}`;
  const observer = new ResizeObserver(() => {
    // The first callback comes at once, for the size sigma already has: nothing to redo.
    const now = `${container.offsetWidth}×${container.offsetHeight}`;
    if (now === size) return;
    size = now;
    sigma.setSetting("stagePadding", stagePaddingFor(container));
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  observer.observe(container);
  return () => observer.disconnect();
}
