/**
 * When the address bar is written, and how: the history policy of src/ui/urlSync.ts as plain code
 * over an injected clock, so it is tested with a fake one (tests/unit/urlWriter.test.ts).
 *
 * History entries follow what a reader would call "a view change": toggling a period, compare, a
 * selection or a filter pushes an entry. Continuous moves do not flood the history: the camera
 * only replaces the current entry; a scrub (date changes less than GESTURE_MS apart) pushes one
 * entry when it starts and then replaces it, at most once per WRITE_MS (browsers refuse hundreds
 * of history calls a second); playback writes nothing until it stops, then pushes where it stopped.
 */

/** A date change this soon after the previous one continues the same scrub. */
export const GESTURE_MS = 800;
/** Minimum time between two address-bar writes during a scrub. */
export const WRITE_MS = 150;

/** Milliseconds and timers: the browser's by default, a fake one in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Which part of the view a change touched, judged by the fragment parameters it changed. */
export type ChangeKind = "date" | "camera" | "view";

/** The kind of change from fragment `a` to fragment `b` (`key=value&…`). */
export function changeKind(a: string, b: string): ChangeKind {
  const params = (s: string) => new Map(s.split("&").map((p) => [p.slice(0, p.indexOf("=")), p] as [string, string]));
  const pa = params(a);
  const pb = params(b);
  const changed = new Set<string>();
  for (const k of new Set([...pa.keys(), ...pb.keys()])) if (pa.get(k) !== pb.get(k)) changed.add(k);
  if ([...changed].every((k) => k === "cam")) return "camera";
  if ([...changed].every((k) => k === "date" || k === "period")) return "date";
  return "view";
}

/** What the writer remembers between changes. */
export interface GestureState {
  /** When the last date change of a scrub came (−∞: no scrub going on). */
  lastDateChange: number;
  /** When the address bar was last written. */
  lastWrite: number;
}

export type WriteDecision =
  /** Write nothing (playback is moving the date). */
  | { action: "skip" }
  /** Write now, after writing any deferred fragment first (it is a step of its own). */
  | { action: "push" | "replace" }
  /** A scrub goes on: hold the fragment and write it (replacing) after `delayMs`, unless another comes. */
  | { action: "defer"; delayMs: number };

/**
 * The decision for a change of `kind` at time `now`, and the gesture state after it. Pure.
 * `playing` says whether playback runs now and ran before the change.
 */
export function decideWrite(kind: ChangeKind, playing: { now: boolean; before: boolean }, now: number, gesture: GestureState): { decision: WriteDecision; gesture: GestureState } {
  // Playback moves the date many times a second: written once, when it stops.
  if (playing.now && kind === "date") return { decision: { action: "skip" }, gesture };
  if (playing.before && !playing.now) return { decision: { action: "push" }, gesture };
  if (kind === "camera") return { decision: { action: "replace" }, gesture };
  if (kind === "view") return { decision: { action: "push" }, gesture: { ...gesture, lastDateChange: Number.NEGATIVE_INFINITY } };
  // A date change: the first of a scrub pushes, the rest replace (throttled).
  const continuing = now - gesture.lastDateChange < GESTURE_MS;
  const next = { ...gesture, lastDateChange: now };
  if (!continuing) return { decision: { action: "push" }, gesture: next };
  return { decision: { action: "defer", delayMs: Math.max(0, WRITE_MS - (now - gesture.lastWrite)) }, gesture: next };
}

export interface UrlWriter {
  /** The fragment the address bar holds (the last written, or adopted). */
  written(): string;
  /** The view now serialises to `fragment`: write it as the policy says. */
  change(fragment: string, playing: { now: boolean; before: boolean }): void;
  /** The address bar moved to `fragment` by itself (back, forward, an edit): drop what was deferred, write nothing. */
  adopt(fragment: string): void;
  /** Cancels a deferred write. */
  dispose(): void;
}

/** A writer that starts with `initial` in the address bar and writes through `write`. */
export function createUrlWriter(initial: string, write: (fragment: string, mode: "push" | "replace") => void, clock: Clock = systemClock): UrlWriter {
  let written = initial;
  let gesture: GestureState = { lastDateChange: Number.NEGATIVE_INFINITY, lastWrite: 0 };
  let pending: string | null = null;
  let timer: unknown;

  const cancel = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  const writeNow = (fragment: string, mode: "push" | "replace") => {
    cancel();
    write(fragment, mode);
    gesture = { ...gesture, lastWrite: clock.now() };
  };
  const flushPending = () => {
    if (pending !== null) writeNow(pending, "replace");
  };

  return {
    written: () => written,
    change(fragment, playing) {
      if (fragment === written) return;
      const step = decideWrite(changeKind(written, fragment), playing, clock.now(), gesture);
      gesture = step.gesture;
      const d = step.decision;
      if (d.action === "skip") return;
      written = fragment;
      if (d.action === "defer") {
        pending = fragment;
        if (timer !== undefined) clock.clearTimeout(timer);
        timer = clock.setTimeout(flushPending, d.delayMs);
        return;
      }
      flushPending();
      writeNow(fragment, d.action);
    },
    adopt(fragment) {
      cancel();
      written = fragment;
    },
    dispose: cancel,
  };
}
