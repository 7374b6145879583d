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
import { animateNodes } from "sigma/utils";
import type { Renderer } from "./renderer.ts";

type Positions = Record<string, { x: number; y: number }>;

const ANIMATION_MS = 700;

export interface SnapshotLayout {
  /** Whether the nodes are at a snapshot layout (not the stable one). */
  active(): boolean;
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
    if (!current[r.source] || !current[r.target] || r.source === r.target) continue;
    for (const n of [r.source, r.target]) if (!work.hasNode(n)) work.addNode(n, { ...current[n]! });
    if (!work.hasEdge(r.source, r.target)) work.addEdge(r.source, r.target);
  }
  const out: Positions = {};
  for (const [n, p] of Object.entries(current)) out[n] = { ...p };
  if (work.order < 2) return out;
  const settings = forceAtlas2.inferSettings(work);
  const laid = forceAtlas2(work, {
    iterations: iterations ?? (work.order <= 200 ? 400 : work.order <= 5000 ? 80 : 15),
    settings: { ...settings, barnesHutOptimize: work.order > 2000, scalingRatio: work.order < 100 ? 20 : settings.scalingRatio },
  });
  // Rescale the laid-out nodes onto the box they occupied, so the picture keeps its size.
  const ids = Object.keys(laid);
  const from = box(ids.map((n) => current[n]!));
  const to = box(ids.map((n) => laid[n]!));
  const scale = Math.min((from.w || 1) / (to.w || 1), (from.h || 1) / (to.h || 1));
  for (const n of ids) {
    const p = laid[n]!;
    out[n] = { x: from.cx + (p.x - to.cx) * scale, y: from.cy + (p.y - to.cy) * scale };
  }
  return out;
}

function box(points: Array<{ x: number; y: number }>) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { w: x1 - x0, h: y1 - y0, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

export function createSnapshotLayout(renderer: Renderer): SnapshotLayout {
  const graph = renderer.graph;
  let saved: Positions | null = null;
  let cancel: (() => void) | null = null;

  const positions = (): Positions => {
    const p: Positions = {};
    graph.forEachNode((n, a) => (p[n] = { x: a.x, y: a.y }));
    return p;
  };

  const moveTo = (targets: Positions) => {
    cancel?.();
    cancel = null;
    if (typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches) {
      graph.updateEachNodeAttributes((n, a) => ({ ...a, ...targets[n] }), { attributes: ["x", "y"] });
      return;
    }
    cancel = animateNodes(graph, targets, { duration: ANIMATION_MS, easing: "cubicInOut" }, () => (cancel = null));
  };

  return {
    active: () => saved !== null,
    layOut() {
      const current = positions();
      // Laying out again from a snapshot keeps the original positions to return to.
      saved ??= current;
      moveTo(computeSnapshotPositions(current, renderer.visible().relations));
    },
    restore() {
      if (!saved) return;
      const back = saved;
      saved = null;
      moveTo(back);
    },
    destroy() {
      cancel?.();
    },
  };
}
