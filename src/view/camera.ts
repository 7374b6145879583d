/**
 * The camera: mirrored into the view state (debounced) so links carry it, applied from the state
 * (a link, back and forward), and moved on request by panels through a narrow interface, so no
 * panel reaches into sigma.
 */
import { boundsOf } from "../model/bounds.ts";
import type { Store } from "../app/store.ts";
import { CAMERA_RATIO_MAX, type Action, type ViewState } from "../app/state.ts";
import { nodeDisplayReader, whenProcessed, type NodeDisplay, type StanceSigmaInstance } from "./sigmaInternals.ts";
import type { LayoutPositions } from "./positions.ts";
import { fitWithLabelRoom } from "./mount.ts";
import { IN_VIEW_MARGIN, placeInBand, type Band } from "./band.ts";

/** What panels may ask of the camera. Calls before the graph is drawn do nothing. */
export interface CameraControl {
  zoom(factor: number): void;
  fit(): void;
  /** Pans by a share of the view (x to the right, y up). */
  pan(dx: number, dy: number): void;
  /** Flies to an actor and zooms in on it. */
  showActor(id: string): void;
  /** Moves and zooms so that these actors fill the view (an ego view). */
  fitActors(ids: Iterable<string>): void;
  /**
   * Brings these actors (a selection's) into the part of the graph nothing covers — above a
   * sheet on a phone, inside the view when zoomed in — moving, and zooming out, only when one of
   * them is outside it. A selection made in a card, a suggestion, the table or a search, or one
   * a sheet opens over, is seen where it is.
   */
  keepInView(ids: readonly string[], frames?: number): void;
  /** The same for every actor drawn: what a notice over the graph's top covers is brought out from under it. */
  keepAllInView(): void;
}

/**
 * The part of the container nothing else covers: the rows (at three of its columns) and columns
 * (at three of those rows) where the topmost element is the container's own, found by stepping in
 * from each edge and then on to the middle past anything that covers them. A sheet over the lower
 * half of a phone's screen ends the band at its top; the import notice, set a little below the
 * graph's top right, starts it below the notice.
 */
export function uncoveredBand(container: HTMLElement, step = 8): Band {
  const r = container.getBoundingClientRect();
  // (keepInView measures only when no modal dialog is open: what is on top here covers the graph.)
  const own = (x: number, y: number) => {
    const el = document.elementFromPoint(x, y);
    return el !== null && container.contains(el);
  };
  const top0 = Math.max(r.top, 0) + 1;
  const bottom0 = Math.min(r.bottom, innerHeight) - 1;
  const left0 = Math.max(r.left, 0) + 1;
  const right0 = Math.min(r.right, innerWidth) - 1;
  // The free stretch of one line (a column, or a row), stepping in from each end and then on to
  // its middle past anything set in from the edge (the import notice, a little below the top).
  const stretch = (from: number, to: number, ownAt: (at: number) => boolean): [number, number] => {
    let lo = from;
    while (lo < to && !ownAt(lo)) lo += step;
    let hi = to;
    while (hi > lo && !ownAt(hi)) hi -= step;
    const middle = (lo + hi) / 2;
    for (let at = lo; at < middle; at += step) if (!ownAt(at)) lo = at + step;
    for (let at = hi; at > middle; at -= step) if (!ownAt(at)) hi = at - step;
    return [lo, hi];
  };
  // Three columns, not only the middle one: the notice sits at the top right, clear of the middle
  // of a wide graph (a 1920-pixel window).
  const quarters = (lo: number, hi: number) => [lo + (hi - lo) / 4, (lo + hi) / 2, hi - (hi - lo) / 4];
  let top = top0;
  let bottom = bottom0;
  for (const x of quarters(left0, right0)) {
    const [t, b] = stretch(top0, bottom0, (y) => own(x, y));
    top = Math.max(top, t);
    bottom = Math.min(bottom, b);
  }
  let left = left0;
  let right = right0;
  for (const y of quarters(top, bottom)) {
    const [l, rr] = stretch(left0, right0, (x) => own(x, y));
    left = Math.max(left, l);
    right = Math.min(right, rr);
  }
  return { left: left - r.left, right: right - r.left, top: top - r.top, bottom: bottom - r.top };
}

/** Mirrors camera moves into the state and applies state cameras; returns the unbinding. */
export function bindCamera(sigma: StanceSigmaInstance, store: Store<ViewState, Action>): () => void {
  const camera = sigma.getCamera();
  const initial = store.getState().camera;
  if (initial) camera.setState(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onUpdated = (c: { x: number; y: number; ratio: number }) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const cur = store.getState().camera;
      const next = { x: round(c.x), y: round(c.y), ratio: round(c.ratio) };
      if (!cur || cur.x !== next.x || cur.y !== next.y || cur.ratio !== next.ratio) store.dispatch({ type: "setCamera", camera: next });
    }, 250);
  };
  camera.on("updated", onUpdated);
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.camera === prev.camera) return;
    // Back to a view without a camera (history, a link without one): fit the graph again.
    if (!next.camera) return void camera.animatedReset({ duration: 250 });
    const c = camera.getState();
    const same = round(c.x) === next.camera.x && round(c.y) === next.camera.y && round(c.ratio) === next.camera.ratio;
    if (!same) void camera.animate(next.camera, { duration: 250 });
  });
  return () => {
    clearTimeout(timer);
    camera.removeListener("updated", onUpdated);
    unsubscribe();
  };
}

/** The camera moves panels can ask for, on a sigma that may not be there yet. */
export function cameraControl(sigma: () => StanceSigmaInstance | null, positions: LayoutPositions): CameraControl {
  /** keepInView calls not yet decided (a call waiting for a dialog to close calls itself again). */
  let pendingMoves = 0;
  const control: CameraControl = {
    zoom(factor) {
      const camera = sigma()?.getCamera();
      if (!camera) return;
      void (factor > 1 ? camera.animatedZoom({ duration: 200, factor }) : camera.animatedUnzoom({ duration: 200, factor: 1 / factor }));
    },
    fit() {
      const s = sigma();
      if (!s) return;
      fitWithLabelRoom(s, positions);
      void s.getCamera().animatedReset({ duration: 300 });
    },
    pan(dx, dy) {
      const camera = sigma()?.getCamera();
      if (!camera) return;
      const c = camera.getState();
      void camera.animate({ x: c.x + dx * c.ratio, y: c.y + dy * c.ratio }, { duration: 100 });
    },
    fitActors(ids) {
      const s = sigma();
      if (!s) return;
      const actors = [...ids];
      whenProcessed(s, () => {
        const box = boundsOf(actors.flatMap((id) => s.getNodeDisplayData(id) ?? []));
        if (!box) return;
        const { x0, x1, y0, y1 } = box;
        // Display coordinates are framed: the whole graph spans 0 … 1, which a ratio of 1 shows.
        const ratio = Math.min(1, Math.max(0.15, 1.3 * Math.max(x1 - x0, y1 - y0)));
        void s.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
      });
    },
    keepInView(ids, frames = 0) {
      const s = sigma();
      if (!s || ids.length === 0) return;
      // Until it has decided (a move begun, or none to make), the container says a move may come
      // (`data-camera="pending"`), as `data-settled` says the drawing is done: what reads the
      // picture (a test's ink check) waits for both. The renderer clears it when it is destroyed.
      const area = s.getContainer();
      pendingMoves++;
      area.dataset.camera = "pending";
      const decided = () => {
        pendingMoves--;
        if (pendingMoves === 0) delete area.dataset.camera;
      };
      const decide = () => {
        // Before the first draw, and while the first layout moves the nodes (renderer.ts marks it on the container), a
        // move would follow a passing position and leave the settled graph off the view.
        if (s.getContainer().dataset.layout !== "stable") return;
        // Not measured yet: while a modal dialog is open (the relation form a selection is made
        // from, the Export menu) the page under it is inert and not found where it is drawn; and a
        // panel the selection opens can resize the graph area before sigma follows (its resize
        // observer runs after animation frames). Wait for both, two seconds at most.
        const drawnSize = s.getDimensions();
        const resized = Math.abs(area.clientWidth - drawnSize.width) > 1 || Math.abs(area.clientHeight - drawnSize.height) > 1;
        if (resized || document.querySelector("dialog:modal") !== null) {
          if (frames < 120) control.keepInView(ids, frames + 1);
          return;
        }
        const chosen = ids.flatMap((id) => s.getNodeDisplayData(id) ?? []).filter((d) => !d.hidden);
        if (chosen.length === 0) return;
        const band = uncoveredBand(s.getContainer());
        // Too little of the graph seen to place anything in it (something else covers it): leave the camera.
        if (band.right - band.left < 4 * IN_VIEW_MARGIN || band.bottom - band.top < 4 * IN_VIEW_MARGIN) return;
        let framed: ReadonlyArray<{ x: number; y: number }> = chosen;
        let move = placeInBand(chosen.map((p) => s.framedGraphToViewport(p)), band);
        if (!move) return;
        if (move.zoom === 1) {
          // A shift that would push out actors now seen (the rest of a new dataset, the
          // selection's neighbours) gives way to a zoom that keeps them and the selection.
          // Read in place (no copy per node: nodeDisplayReader), each placed on the view once.
          const display = nodeDisplayReader(s);
          const inside = (v: { x: number; y: number }) => v.x >= band.left && v.x <= band.right && v.y >= band.top && v.y <= band.bottom;
          const seen: Array<{ d: NodeDisplay; v: { x: number; y: number } }> = [];
          s.getGraph().forEachNode((id) => {
            const d = display(id);
            if (!d || d.hidden) return;
            const v = s.framedGraphToViewport(d);
            if (inside(v)) seen.push({ d, v });
          });
          const { dx, dy } = move;
          if (seen.some(({ v }) => !inside({ x: v.x + dx, y: v.y + dy }))) {
            framed = [...chosen, ...seen.map(({ d }) => ({ x: d.x, y: d.y }))];
            move = placeInBand(framed.map((p) => s.framedGraphToViewport(p)), band) ?? move;
          }
        }
        const camera = s.getCamera();
        const c = camera.getState();
        const { width, height } = s.getDimensions();
        if (move.zoom === 1) {
          // The least shift: the points move by (dx, dy), so the camera's centre goes to the point shown at C − d.
          const centre = s.viewportToFramedGraph({ x: width / 2 - move.dx, y: height / 2 - move.dy });
          void camera.animate({ x: centre.x, y: centre.y }, { duration: 300 });
          return;
        }
        const ratio = Math.min(CAMERA_RATIO_MAX, c.ratio * move.zoom);
        const box = boundsOf(framed)!;
        // With the box's middle at the view's middle (C), the band's middle (T) is reached by
        // centring the camera on the point that shows at C − (T − C).
        const at = { ...c, x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2, ratio };
        const centre = s.viewportToFramedGraph({ x: width - (band.left + band.right) / 2, y: height - (band.top + band.bottom) / 2 }, { cameraState: at });
        void camera.animate({ x: centre.x, y: centre.y, ratio }, { duration: 300 });
      };
      // After the frame in which a sheet the selection opens is laid out, and sigma has placed the nodes.
      requestAnimationFrame(() => {
        // Decided once, however it ends (whenProcessed throws if sigma's internals moved).
        let once = false;
        const settle = () => {
          if (once) return;
          once = true;
          decided();
        };
        try {
          whenProcessed(s, () => {
            try {
              decide();
            } finally {
              settle();
            }
          });
        } catch (e) {
          settle();
          throw e;
        }
      });
    },
    keepAllInView() {
      const s = sigma();
      if (s) control.keepInView(s.getGraph().nodes());
    },
    showActor(id) {
      const s = sigma();
      if (!s) return;
      whenProcessed(s, () => {
        const display = s.getNodeDisplayData(id);
        if (display) void s.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 500 });
      });
    },
  };
  return control;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
