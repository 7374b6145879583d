/**
 * The address bar's history policy (src/app/urlWriter.ts) over a fake clock: time moves only when
 * the test says so, and timers run when it passes their time.
 */
import { describe, expect, it } from "vitest";
import { changeKind, createUrlWriter, decideWrite, GESTURE_MS, WRITE_MS, type Clock } from "../../src/app/urlWriter.ts";

/** A clock whose time is set by `advance`; due timers run in order as it passes them. */
function fakeClock(): Clock & { advance(ms: number): void; pending(): number } {
  let now = 1000;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      timers.set(++nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
    pending: () => timers.size,
  };
}

function setup(initial = "date=2023-09-18") {
  const clock = fakeClock();
  const writes: string[] = [];
  const writer = createUrlWriter(initial, (fragment, mode) => writes.push(`${mode} ${fragment}`), clock);
  const still = { now: false, before: false };
  return { clock, writes, writer, still };
}

describe("which part of the view a change touched", () => {
  it("tells the camera, the date and everything else apart", () => {
    expect(changeKind("date=a&cam=1", "date=a&cam=2")).toBe("camera");
    expect(changeKind("date=a&cam=1", "date=b&cam=1")).toBe("date");
    expect(changeKind("period=p&cam=1", "date=b&cam=1")).toBe("date");
    expect(changeKind("date=a", "date=a&sel=actor:RUS")).toBe("view");
    expect(changeKind("date=a&cam=1", "date=b&cam=2")).toBe("view");
  });
});

describe("the history policy", () => {
  it("pushes a view change and replaces a camera move, at once", () => {
    const { writes, writer, still } = setup();
    writer.change("date=2023-09-18&sel=actor:RUS", still);
    writer.change("date=2023-09-18&sel=actor:RUS&cam=1", still);
    expect(writes).toEqual(["push date=2023-09-18&sel=actor:RUS", "replace date=2023-09-18&sel=actor:RUS&cam=1"]);
  });

  it("pushes the first date of a scrub, then replaces at most once per WRITE_MS, ending on the last date", () => {
    const { clock, writes, writer, still } = setup();
    writer.change("date=2023-09-19", still);
    expect(writes).toEqual(["push date=2023-09-19"]);
    // Ten more days, one every 20 ms: one gesture. The first of them waits for WRITE_MS after the push.
    for (let d = 20; d <= 29; d++) {
      clock.advance(20);
      writer.change(`date=2023-09-${d}`, still);
      if (d === 25) expect(writes).toHaveLength(1);
    }
    // Written at 150 ms (the day on screen then), and the last day once WRITE_MS passed again.
    clock.advance(WRITE_MS);
    expect(writes).toEqual(["push date=2023-09-19", "replace date=2023-09-26", "replace date=2023-09-29"]);
    expect(writer.written()).toBe("date=2023-09-29");
    expect(clock.pending()).toBe(0);
  });

  it("writes during a long scrub, never twice within WRITE_MS", () => {
    const clock = fakeClock();
    const times: number[] = [];
    const writer = createUrlWriter("date=0", () => times.push(clock.now()), clock);
    for (let i = 1; i <= 100; i++) {
      writer.change(`date=${i}`, { now: false, before: false });
      clock.advance(16);
    }
    clock.advance(1000);
    expect(times.length).toBeGreaterThan(5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(WRITE_MS);
    expect(writer.written()).toBe("date=100");
  });

  it("starts a new entry when the next date comes after a pause of GESTURE_MS", () => {
    const { clock, writes, writer, still } = setup();
    writer.change("date=2023-09-19", still);
    clock.advance(GESTURE_MS - 1);
    writer.change("date=2023-09-20", still);
    clock.advance(GESTURE_MS + 500);
    writer.change("date=2023-09-21", still);
    expect(writes).toEqual(["push date=2023-09-19", "replace date=2023-09-20", "push date=2023-09-21"]);
  });

  it("writes a deferred date before the view change that follows it", () => {
    const { clock, writes, writer, still } = setup();
    writer.change("date=2023-09-19", still);
    clock.advance(10);
    writer.change("date=2023-09-20", still);
    writer.change("date=2023-09-20&hide=mediation", still);
    expect(writes).toEqual(["push date=2023-09-19", "replace date=2023-09-20", "push date=2023-09-20&hide=mediation"]);
    expect(clock.pending()).toBe(0);
  });

  it("writes nothing while playback moves the date, and pushes where it stopped", () => {
    const { writes, writer } = setup();
    writer.change("date=2023-09-19", { now: true, before: false });
    writer.change("date=2023-09-20", { now: true, before: true });
    expect(writes).toEqual([]);
    writer.change("date=2023-09-21", { now: false, before: true });
    expect(writes).toEqual(["push date=2023-09-21"]);
  });

  it("drops what was deferred when the address bar moves by itself (back, forward)", () => {
    const { clock, writes, writer, still } = setup();
    writer.change("date=2023-09-19", still);
    clock.advance(10);
    writer.change("date=2023-09-20", still);
    writer.adopt("date=2023-01-01");
    clock.advance(1000);
    expect(writes).toEqual(["push date=2023-09-19"]);
    // The view the address bar moved to is not written back.
    writer.change("date=2023-01-01", still);
    expect(writes).toHaveLength(1);
  });

  it("decides from the time since the last date change and the last write alone", () => {
    const gesture = { lastDateChange: 1000, lastWrite: 1040 };
    expect(decideWrite("date", { now: false, before: false }, 1100, gesture)).toEqual({ decision: { action: "defer", delayMs: WRITE_MS - 60 }, gesture: { lastDateChange: 1100, lastWrite: 1040 } });
    expect(decideWrite("date", { now: false, before: false }, 1000 + GESTURE_MS, gesture).decision).toEqual({ action: "push" });
    expect(decideWrite("date", { now: false, before: false }, 2000, { lastDateChange: 1990, lastWrite: 1000 }).decision).toEqual({ action: "defer", delayMs: 0 });
    expect(decideWrite("view", { now: false, before: false }, 1100, gesture).gesture.lastDateChange).toBe(Number.NEGATIVE_INFINITY);
  });
});
