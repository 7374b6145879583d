/**
 * Playback speed is dataset time per wall-clock second whatever the frame rate: driven by an
 * injected clock (no real time passes), one wall-clock second of frames at 60, 10 or 2 frames per
 * second moves the date by the chosen number of days.
 */
import { describe, expect, it } from "vitest";
import { advance, bindPlayback, MAX_FRAME_MS, type PlaybackClock } from "../../src/app/playback.ts";
import { createStore } from "../../src/app/store.ts";
import { reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { toDay } from "../../src/model/dates.ts";

/** A clock whose time moves only when the test runs a frame. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const frames = new Map<number, () => void>();
  const clock: PlaybackClock = {
    now: () => now,
    requestFrame: (cb) => {
      frames.set(next, cb);
      return next++;
    },
    cancelFrame: (id) => void frames.delete(id),
  };
  /** Moves time on by `ms` and runs the frames that were waiting. */
  const frame = (ms: number) => {
    now += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb();
  };
  return { clock, frame, pending: () => frames.size };
}

const SPAN = { from: "2020-01-01", to: "2030-01-01" };

function playingStore(speed: number) {
  const state = { date: "2022-01-01", compare: null, hiddenTypes: [], hiddenKinds: [], selection: null, hovered: null, table: false, camera: null, playing: false, speed, analysis: false, highlightActors: [], blocs: false, chartActors: null, hoveredRelation: null, ego: null } satisfies ViewState;
  return createStore<ViewState, Action>(state, reduce);
}

/** Days the date moved after `seconds` of wall-clock time at `fps` frames per second. */
function daysMoved(fps: number, speed: number, seconds = 1): number {
  const { clock, frame } = fakeClock();
  const store = playingStore(speed);
  const stop = bindPlayback(store, SPAN, clock);
  store.dispatch({ type: "setPlaying", playing: true });
  const frames = Math.round(fps * seconds);
  for (let i = 0; i < frames; i++) frame(1000 / fps);
  stop();
  return toDay(store.getState().date) - toDay("2022-01-01");
}

describe("playback speed", () => {
  it("moves 30 days in one second at 1 month/s at 60, 10 and 2 frames per second", () => {
    expect(daysMoved(60, 30)).toBe(30);
    expect(daysMoved(10, 30)).toBe(30);
    // 500 ms frames: a 10k-actor graph plays at about this rate in software WebGL.
    expect(daysMoved(2, 30)).toBe(30);
  });

  it("keeps the speed over several seconds and at other speeds", () => {
    expect(daysMoved(10, 7, 3)).toBe(21);
    expect(daysMoved(5, 90, 2)).toBe(180);
    expect(daysMoved(60, 365, 2)).toBe(730);
  });

  it("does not leap after a stall (a hidden tab): a gap counts as at most MAX_FRAME_MS", () => {
    const r = advance("2022-01-01", 0, 60_000, 30, SPAN.to);
    expect(toDay(r.date) - toDay("2022-01-01")).toBe(Math.floor((MAX_FRAME_MS * 30) / 1000));
  });

  it("carries the fraction of a day from frame to frame", () => {
    // At 7 days per second a 60 fps frame moves 0.1167 days: the date moves on the 9th frame.
    let date = "2022-01-01";
    let carry = 0;
    const moves: number[] = [];
    for (let i = 1; i <= 18; i++) {
      const r = advance(date, carry, 1000 / 60, 7, SPAN.to);
      if (r.date !== date) moves.push(i);
      ({ date, carry } = r);
    }
    expect(moves).toEqual([9, 18]);
  });
});
