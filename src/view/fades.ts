/**
 * Relations fade in and out when the date changes: one effect, one controller. Each frame repaints
 * only the fading edges (a partial refresh), never the whole graph.
 */
import { prefersReducedMotion } from "../dom/motion.ts";

/** Edges fade in and out over this many milliseconds when the date changes. */
export const FADE_MS = 350;
/**
 * A date step that changes more than this share of all relations is not faded: every fade frame
 * repaints the fading edges, and at 50k actors a six-month step with fades measured 3.9× a plain
 * refresh; fading thousands of edges at once shows nothing useful anyway.
 */
export const FADE_MAX_SHARE = 0.1;

export interface FadeClock {
  now(): number;
  requestFrame(cb: () => void): number;
  cancelFrame(id: number): void;
}

const browserClock: FadeClock = {
  now: () => performance.now(),
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

export interface Fades {
  /** Starts fading these relations in and out (unless too many, or the user prefers less motion). */
  start(entered: readonly string[], left: readonly string[], total: number): void;
  /** A relation's opacity while it fades (0 … 1), or null when it is not fading. */
  alpha(relation: string): number | null;
  /** Whether any fade is running. */
  active(): boolean;
  destroy(): void;
}

/**
 * `repaint(ids, done)` is called each frame with the fading relations (and once more with those
 * that just finished); `done` is true on the frame that ends the last fade.
 */
export function createFades(repaint: (ids: string[], done: boolean) => void, clock: FadeClock = browserClock): Fades {
  /** Relation id → fade: `dir` 1 fading in, -1 fading out, from `start` (ms). */
  const fading = new Map<string, { dir: 1 | -1; start: number }>();
  let frame = 0;

  const animate = () => {
    const now = clock.now();
    const ids = [...fading.keys()];
    for (const [id, f] of fading) if (now - f.start >= FADE_MS) fading.delete(id);
    frame = fading.size > 0 ? clock.requestFrame(animate) : 0;
    repaint(ids, fading.size === 0);
  };

  return {
    start(entered, left, total) {
      if (entered.length + left.length === 0 || entered.length + left.length > total * FADE_MAX_SHARE || prefersReducedMotion()) return;
      const now = clock.now();
      for (const id of entered) fading.set(id, { dir: 1, start: now });
      for (const id of left) fading.set(id, { dir: -1, start: now });
      if (!frame) frame = clock.requestFrame(animate);
    },
    alpha(relation) {
      const f = fading.get(relation);
      if (!f) return null;
      const t = Math.min(1, (clock.now() - f.start) / FADE_MS);
      return f.dir === 1 ? t : 1 - t;
    },
    active: () => fading.size > 0,
    destroy() {
      if (frame) clock.cancelFrame(frame);
      frame = 0;
      fading.clear();
    },
  };
}
