/** Label placement: most important first, never over another label or a node, inside the picture. */
import { describe, expect, it } from "vitest";
import { boxesOverlap, LinePoints, placeLabels, type LabelCandidate } from "../../src/app/labelLayout.ts";

const bounds = { x: 0, y: 0, w: 200, h: 100 };
const label = (id: string, positions: Array<{ x: number; y: number }>, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ kind: "node", id, text: id, width: 40, height: 10, positions, ...extra });

describe("placeLabels", () => {
  it("takes each label's first free position, and leaves out one with none", () => {
    const placed = placeLabels(
      [label("a", [{ x: 10, y: 10 }]), label("b", [{ x: 20, y: 12 }, { x: 20, y: 40 }]), label("c", [{ x: 15, y: 8 }])],
      [],
      bounds,
    );
    expect(placed.map((p) => [p.id, p.box.y])).toEqual([
      ["a", 10],
      ["b", 40],
    ]);
  });

  it("keeps labels off nodes other than their own, and inside the picture", () => {
    const node = { x: 30, y: 15, r: 10, owner: "n" };
    const placed = placeLabels(
      [label("n", [{ x: 25, y: 10 }], { owners: new Set(["n"]) }), label("m", [{ x: 25, y: 10 }, { x: 180, y: 95 }, { x: 100, y: 60 }])],
      [node],
      bounds,
    );
    expect(placed.map((p) => [p.id, p.box.x, p.box.y])).toEqual([
      ["n", 25, 10],
      ["m", 100, 60],
    ]);
  });

  it("always places a forced label, and the others avoid it", () => {
    const placed = placeLabels([label("sel", [{ x: 10, y: 10 }], { forced: true }), label("x", [{ x: 12, y: 12 }, { x: 100, y: 10 }])], [{ x: 20, y: 15, r: 30, owner: "other" }], bounds);
    expect(placed.map((p) => p.id)).toEqual(["sel", "x"]);
    expect(placed[0]!.forced).toBe(true);
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it("moves a forced label that fits none of its positions into the picture, whole", () => {
    // A long label at the left rim: its only position begins off the picture.
    const placed = placeLabels([label("long", [{ x: -30, y: 95 }], { forced: true, width: 120 })], [], bounds);
    expect(placed[0]!.box).toEqual({ x: 0, y: 90, w: 120, h: 10 });
  });

  it("keeps a forced label with no free place clear of the forced labels placed before it, over a node if it must", () => {
    // "end" has no place clear of the node; its first lies over "rel", the selected relation's label.
    const placed = placeLabels(
      [label("rel", [{ x: 10, y: 10 }], { forced: true, kind: "edge" }), label("end", [{ x: 15, y: 12 }, { x: 60, y: 12 }], { forced: true })],
      [{ x: 60, y: 15, r: 40, owner: "other" }],
      bounds,
    );
    expect(placed.map((p) => [p.id, p.box.x])).toEqual([
      ["rel", 10],
      ["end", 60],
    ]);
  });

  it("places at most `max` labels that are not forced", () => {
    const many = Array.from({ length: 10 }, (_, i) => label(`l${i}`, [{ x: 0, y: i * 10 }]));
    expect(placeLabels(many, [], { x: 0, y: 0, w: 200, h: 200 }, 3)).toHaveLength(3);
  });
});

describe("line points: what a label box hides, and which line is nearest", () => {
  const flat = (y: number, x0 = 0, x1 = 200) => ({ length: x1 - x0, at: (t: number) => ({ x: x0 + (x1 - x0) * t, y }) });
  const upright = (x: number) => ({ length: 200, at: (t: number) => ({ x, y: 200 * t }) });
  const lines = LinePoints.of([flat(50), upright(100), flat(80, 0, 40)], { x: 0, y: 0, w: 200, h: 200 })!;

  it("tells a box lying along a line (many of its points) from one across lines (a few of each)", () => {
    const along = { x: 20, y: 45, w: 60, h: 10 };
    const across = { x: 95, y: 100, w: 10, h: 12 };
    expect(lines.tally(along).most).toBeGreaterThanOrEqual(10);
    expect(lines.tally(across).most).toBeLessThanOrEqual(3);
    // Where two lines cross: a few of each, more in all than of either.
    const crossing = { x: 92, y: 42, w: 16, h: 16 };
    expect(lines.tally(crossing).most).toBeLessThanOrEqual(4);
    expect(lines.tally(crossing).all).toBeGreaterThan(lines.tally(crossing).most);
    expect(lines.tally(crossing).all).toBe(lines.count(crossing));
    // The line itself left out (a relation's own label): nothing else lies there.
    expect(lines.tally(along, 0)).toEqual({ all: 0, most: 0 });
    // The counts start afresh at each call.
    expect(lines.tally(along)).toEqual(lines.tally(along));
  });

  it("names the line nearest a point within a radius, or none", () => {
    expect(lines.nearest(150, 56, 20)).toBe(0);
    expect(lines.nearest(20, 74, 20)).toBe(2);
    expect(lines.nearest(106, 150, 20)).toBe(1);
    expect(lines.nearest(170, 150, 20)).toBe(-1);
  });
});
