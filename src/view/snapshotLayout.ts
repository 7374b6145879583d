/**
 * "Lay out this date": animates the nodes to a ForceAtlas2 layout of what is drawn now (the
 * current date or compare dates, after the filters), and back to the positions they had before.
 * The stable layout stays the default, so the timeline never moves nodes by itself; this is an
 * explicit, reversible action for reading one snapshot's structure.
 *
 * The snapshot layout starts from the current positions and is rescaled onto their bounding box,
 * so the camera stays meaningful and the picture morphs rather than jumps.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DerivedView } from "../app/derivedView.ts";
import { prefersReducedMotion } from "../dom/motion.ts";
import type { LayoutPositions, Point } from "./positions.ts";

type Positions = Map<string, Point>;

const ANIMATION_MS = 700;

export interface SnapshotLayout {
  /** Whether the nodes are at a snapshot layout (not the stable one). */
  active(): boolean;
  /** Whether the nodes are still moving there (or back). */
  moving(): boolean;
  /** Animates to a layout of the relations drawn now. */
  layOut(): void;
  /** Animates back to the positions from before `layOut`. */
  restore(): void;
  destroy(): void;
}

/**
 * Positions for a snapshot: nodes with a drawn relation are laid out by ForceAtlas2 over those
 * relations; nodes without one keep their place relative to the box, so they do not pile up.
 */
export function computeSnapshotPositions(current: Positions, relations: ReadonlyArray<{ source: string; target: string }>, iterations?: number): Positions {
  const work = new Graph({ type: "undirected" });
  for (const r of relations) {
    if (!current.has(r.source) || !current.has(r.target) || r.source === r.target) continue;
    for (const n of [r.source, r.target]) if (!work.hasNode(n)) work.addNode(n, { ...current.get(n)! });
    if (!work.hasEdge(r.source, r.target)) work.addEdge(r.source, r.target);
  }
  const out: Positions = new Map([...current].map(([n, p]) => [n, { ...p }]));
  if (work.order < 2) return out;
  const settings = forceAtlas2.inferSettings(work);
  const laid = forceAtlas2(work, {
    iterations: iterations ?? (work.order <= 200 ? 400 : work.order <= 5000 ? 80 : 15),
    settings: { ...settings, barnesHutOptimize: work.order > 2000, scalingRatio: work.order < 100 ? 20 : settings.scalingRatio },
  });
  // Rescale the laid-out nodes onto the box they occupied, so the picture keeps its size.
  // (graphology's layout returns a plain object keyed by node id; read it with own-property access only.)
  const ids = work.nodes();
  const laidOut = (n: string) => (Object.prototype.hasOwnProperty.call(laid, n) ? laid[n]! : current.get(n)!);
  const from = box(ids.map((n) => current.get(n)!));
  const to = box(ids.map(laidOut));
  const scale = Math.min((from.w || 1) / (to.w || 1), (from.h || 1) / (to.h || 1));
  for (const n of ids) {
    const p = laidOut(n);
    out.set(n, { x: from.cx + (p.x - to.cx) * scale, y: from.cy + (p.y - to.cy) * scale });
  }
  return out;
}

function box(points: Array<{ x: number; y: number }>) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { w: x1 - x0, h: y1 - y0, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

/** `onMotion` is told when the nodes start and stop moving. */
export function createSnapshotLayout(positions: LayoutPositions, view: DerivedView, onMotion: () => void = () => {}): SnapshotLayout {
  let saved: Positions | null = null;
  let frame = 0;

  const stopAnimation = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  /** Moves every node to `targets`, animated (cubic in-out) unless the user prefers less motion. */
  const moveTo = (targets: Positions) => {
    stopAnimation();
    if (prefersReducedMotion()) return positions.set(targets);
    const from = positions.all();
    const start = performance.now();
    const step = () => {
      const t = Math.min(1, (performance.now() - start) / ANIMATION_MS);
      const k = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const at = new Map<string, Point>();
      for (const [n, p] of targets) {
        const a = from.get(n) ?? p;
        at.set(n, { x: a.x + (p.x - a.x) * k, y: a.y + (p.y - a.y) * k });
      }
      frame = t < 1 ? requestAnimationFrame(step) : 0;
      positions.set(at);
      if (!frame) onMotion();
    };
    frame = requestAnimationFrame(step);
    onMotion();
  };

  return {
    active: () => saved !== null,
    moving: () => frame !== 0,
    layOut() {
      const current = positions.all();
      // Laying out again from a snapshot keeps the original positions to return to.
      saved ??= current;
      moveTo(computeSnapshotPositions(current, view.get().visible.relations));
    },
    restore() {
      if (!saved) return;
      const back = saved;
      saved = null;
      moveTo(back);
    },
    destroy: stopAnimation,
  };
}
