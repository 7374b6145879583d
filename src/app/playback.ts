/**
 * Playback: while `state.playing` is true, time advances at `state.speed` days per second, one
 * `setDate` per frame in which the day changes, and stops at the end of the dataset's span.
 * Driven by requestAnimationFrame so it pauses with a hidden tab and never outruns the renderer.
 * The loop reads the store each frame, so a date set elsewhere (a click on the timeline, the
 * back button) is where playback continues from.
 */
import type { Store } from "./store.ts";
import type { Action, ViewState } from "./state.ts";
import { addDays, toDay } from "../model/dates.ts";

/**
 * Longest gap between two frames that counts in full. Playback speed is dataset time per
 * wall-clock second whatever the frame rate, so every ordinary frame counts for all the time it
 * took: a graph that draws at 5 fps (200 ms frames) plays at the chosen speed, in bigger steps.
 * (This was 100 ms, which cut every slower frame short: at 5 fps playback ran at half speed.)
 * Only a gap longer than this is a stall rather than a frame, e.g. a hidden tab (the browser stops
 * animation frames) or a debugger pause; it counts as this much, so playback resumes where it
 * was instead of leaping.
 */
export const MAX_FRAME_MS = 1000;

export interface PlaybackClock {
  now(): number;
  requestFrame(cb: () => void): number;
  cancelFrame(id: number): void;
}

const browserClock: PlaybackClock = {
  now: () => performance.now(),
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

/**
 * The date after `elapsedMs` of playback from `date` at `speed` days per second, and the fraction
 * of a day carried into the next frame. Never passes `end`.
 */
export function advance(date: string, carryDays: number, elapsedMs: number, speed: number, end: string): { date: string; carry: number; ended: boolean } {
  const total = carryDays + (Math.min(elapsedMs, MAX_FRAME_MS) * speed) / 1000;
  // The epsilon keeps floating-point sums of frame times (60 × 16.67 ms) from losing a day.
  const whole = Math.floor(total + 1e-9);
  const room = toDay(end) - toDay(date);
  if (whole >= room) return { date: end, carry: 0, ended: true };
  return { date: whole > 0 ? addDays(date, whole) : date, carry: Math.max(0, total - whole), ended: false };
}

/** Starts watching the store; returns a function that stops playback and unsubscribes. */
export function bindPlayback(store: Store<ViewState, Action>, span: { from: string; to: string }, clock: PlaybackClock = browserClock): () => void {
  let frame = 0;
  let last = 0;
  let carry = 0;

  const tick = () => {
    frame = 0;
    const s = store.getState();
    if (!s.playing) return;
    const now = clock.now();
    const step = advance(s.date < span.from ? span.from : s.date, carry, now - last, s.speed, span.to);
    last = now;
    carry = step.carry;
    if (step.date !== s.date) store.dispatch({ type: "setDate", date: step.date });
    if (step.ended) store.dispatch({ type: "setPlaying", playing: false });
    else frame = clock.requestFrame(tick);
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.playing && !prev.playing) {
      // Pressing play at the end starts again from the beginning, as media players do.
      if (next.date >= span.to) store.dispatch({ type: "setDate", date: span.from });
      last = clock.now();
      carry = 0;
      if (!frame) frame = clock.requestFrame(tick);
    } else if (!next.playing && frame) {
      clock.cancelFrame(frame);
      frame = 0;
    }
  });

  return () => {
    unsubscribe();
    if (frame) clock.cancelFrame(frame);
    frame = 0;
  };
}
