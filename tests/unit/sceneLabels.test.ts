/** Labels in the scene: a long name near the rim still finds a place, one wider than the picture is cut to fit, a name goes where it hides no line, and a relation's label where it hides no other relation. */
import { describe, expect, it } from "vitest";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView } from "../../src/app/derivedView.ts";
import { composeScene, LineMemo, type EdgeItem, type NodeItem } from "../../src/app/scene.ts";
import { karabakhModel } from "./fixtures.ts";

const model = karabakhModel();
const view = createDerivedView(model, createStore<ViewState, Action>(initialState(model), reduce)).get();
/** Every letter as wide as half its size: widths the test can reason about. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const node = (id: string, x: number, y: number, label: string, forced = false): NodeItem => ({ id, x, y, r: 6, color: "#333333", title: id, z: 1, label, forced });
/** A straight line between two nodes. */
const edgeItem = (id: string, a: NodeItem, b: NodeItem): EdgeItem => ({
  id,
  x1: a.x,
  y1: a.y,
  x2: b.x,
  y2: b.y,
  color: "#0072B2",
  width: 2,
  title: id,
  z: 0,
  label: "",
  forced: false,
  path: (t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }),
});

describe("node labels in the scene", () => {
  it("places a long label beside the picture's rim above or below its node, slid inside, when right and left are taken or off the picture", () => {
    // Right of "RIM" lies its neighbour's node; left, and centred above or below, begin off the picture.
    const long = "Union of Democratic Forces for Unity";
    const scene = composeScene(view, [node("RIM", 12, 100, long, true), node("NEXT", 60, 100, "Next")], [], 400, 200, measure, true);
    const label = scene.labels.find((l) => l.id === "RIM");
    expect(label?.text).toBe(long);
    expect(label!.box.x).toBe(0);
    expect(label!.box.x + label!.box.w).toBeLessThanOrEqual(400);
    // Above or below the node, clear of it.
    expect(label!.box.y + label!.box.h <= 100 - 6 || label!.box.y >= 100 + 6).toBe(true);
  });

  it("puts an actor's name where it hides no line: left of a node whose one relation leaves to the right, right where nothing is drawn", () => {
    const a = node("A", 100, 100, "Alpha");
    const b = node("B", 300, 100, "Bravo");
    const c = node("C", 100, 170, "Charlie");
    const line = edgeItem("A-B", a, b);
    const scene = composeScene(view, [a, b, c], [line], 400, 200, measure, true);
    const box = (id: string) => scene.labels.find((l) => l.id === id)!.box;
    // Alpha would lie over the line A–B to its right: it goes to the left of its node.
    expect(box("A").x + box("A").w).toBeLessThanOrEqual(100 - 6);
    // Bravo's right is clear of the line (which ends on its left): right, as sigma draws labels.
    expect(box("B").x).toBeGreaterThanOrEqual(300 + 6);
    // Charlie has no line: right.
    expect(box("C").x).toBeGreaterThanOrEqual(100 + 6);
    // No line sample lies inside any actor's name.
    for (const l of scene.labels) {
      for (let t = 0; t <= 1; t += 0.01) {
        const p = line.path(t);
        expect(p.x > l.box.x && p.x < l.box.x + l.box.w && p.y > l.box.y && p.y < l.box.y + l.box.h, `${l.id} at ${t}`).toBe(false);
      }
    }
  });

  it("cuts a label wider than the picture, with an ellipsis, to fit it whole", () => {
    const scene = composeScene(view, [node("WIDE", 100, 100, "Economic Community of Central African States", true)], [], 200, 200, measure, true);
    const label = scene.labels.find((l) => l.id === "WIDE")!;
    expect(label.text.endsWith("…")).toBe(true);
    expect(label.text.length).toBeGreaterThan(10);
    expect("Economic Community of Central African States".startsWith(label.text.slice(0, -1))).toBe(true);
    expect(label.box.x).toBeGreaterThanOrEqual(0);
    expect(label.box.x + label.box.w).toBeLessThanOrEqual(200);
  });
});

describe("relation labels in the scene", () => {
  it("puts a relation's label on the side of its line where it hides no other relation's line", () => {
    // Two lines 12 px apart between the same two actors, as in a bundle: the upper one's label
    // would lie over the lower line on its lower side (the first place tried), so it goes above.
    const a = node("A", 50, 100, "");
    const b = node("B", 350, 100, "");
    const upper = { ...edgeItem("upper", a, b), y1: 94, y2: 94, label: "upper", path: (t: number) => ({ x: 50 + 300 * t, y: 94 }) };
    const lower = { ...edgeItem("lower", a, b), y1: 106, y2: 106, path: (t: number) => ({ x: 50 + 300 * t, y: 106 }) };
    const scene = composeScene(view, [a, b], [lower, upper], 400, 200, measure, true);
    const box = scene.labels.find((l) => l.id === "upper")!.box;
    expect(box.y + box.h).toBeLessThanOrEqual(94);
    for (let t = 0; t <= 1; t += 0.01) {
      const p = lower.path(t);
      expect(p.x > box.x && p.x < box.x + box.w && p.y > box.y && p.y < box.y + box.h, `lower line at ${t}`).toBe(false);
    }
  });
});

describe("the lines' points kept from frame to frame", () => {
  /** A small picture: names and relation labels steered off three lines, one of them curved. */
  const frame = (dy = 0, order: "ab" | "ba" = "ab") => {
    const a = node("A", 60, 100 + dy, "Alpha");
    const b = node("B", 340, 100, "Beta");
    const c = node("C", 200, 30, "Gamma");
    const ab = { ...edgeItem("ab", a, b), label: "alliance" };
    const bc = { ...edgeItem("bc", b, c), label: "mediation", control: { x: 290, y: 40 } };
    const ca = { ...edgeItem("ca", c, a), label: "hostility", z: 1 };
    return { nodes: [a, b, c], edges: order === "ab" ? [ab, bc, ca] : [ca, bc, ab] };
  };
  const labels = (memo?: LineMemo, dy = 0, order: "ab" | "ba" = "ab") => {
    const { nodes, edges } = frame(dy, order);
    return composeScene(view, nodes, edges, 400, 200, measure, true, memo).labels;
  };

  it("samples the lines once while they stay where they were, whatever their drawing order, and places labels as a fresh count does", () => {
    const memo = new LineMemo();
    const fresh = labels();
    expect(labels(memo)).toEqual(fresh);
    expect(labels(memo)).toEqual(fresh);
    // A hover draws the lines in another order: the same lines, no new sampling.
    expect(labels(memo, 0, "ba")).toEqual(labels(undefined, 0, "ba"));
    expect(memo.samplings).toBe(1);
  });

  it("does not sample again when a line only widens (a selection), and the labels step aside from the wider line", () => {
    const memo = new LineMemo();
    labels(memo);
    const { nodes, edges } = frame();
    const wider = edges.map((e) => (e.id === "ab" ? { ...e, width: 6 } : e));
    const widened = composeScene(view, nodes, wider, 400, 200, measure, true, memo).labels;
    expect(memo.samplings).toBe(1);
    const fresh = frame();
    expect(widened).toEqual(composeScene(view, fresh.nodes, fresh.edges.map((e) => (e.id === "ab" ? { ...e, width: 6 } : e)), 400, 200, measure, true).labels);
  });

  it("samples again when a line moves, and the labels follow it", () => {
    const memo = new LineMemo();
    labels(memo);
    const moved = labels(memo, 60);
    expect(memo.samplings).toBe(2);
    expect(moved).toEqual(labels(undefined, 60));
  });
});

describe("a relation's label and the other lines", () => {
  const a = node("A", 50, 100, "");
  const b = node("B", 350, 100, "");
  const flat = (id: string, y: number, label = "") => ({ ...edgeItem(id, a, b), y1: y, y2: y, label, path: (t: number) => ({ x: 50 + 300 * t, y }) });

  it("never lies along another line: between two neighbours 14 px apart, the middle line's label is left out", () => {
    // Three lines 14 px apart: any place beside the middle one lies along a neighbour, both rings.
    const lines = [flat("upper", 86), flat("middle", 100, "middle"), flat("lower", 114)];
    const scene = composeScene(view, [a, b], lines, 400, 200, measure, true);
    expect(scene.labels.find((l) => l.id === "middle")).toBeUndefined();
    // Alone, the same line keeps its label.
    expect(composeScene(view, [a, b], [flat("middle", 100, "middle")], 400, 200, measure, true).labels.some((l) => l.id === "middle")).toBe(true);
  });

  it("decides on the lines drawn, not those handed in: of 200 drawn (past the bound), no label is steered off them", () => {
    // The label layer hands in only the labelled lines past 150 drawn; the export hands in all and
    // steers no label: both place alike.
    const lines = [flat("upper", 86), flat("middle", 100, "middle"), flat("lower", 114)];
    const scene = composeScene(view, [a, b], lines, 400, 200, measure, true, new LineMemo(), 200);
    expect(scene.labels.some((l) => l.id === "middle")).toBe(true);
  });

  it("sits a little off its line only where its own line is the nearest: not past a neighbour 8 px away", () => {
    // Lines 8 px above and below: the places beside the middle line lie along them; the places a
    // little further off (17 px) are clear of them but nearer them than the middle line, where the
    // label would read as theirs.
    const lines = [flat("upper", 92), flat("middle", 100, "middle"), flat("lower", 108)];
    expect(composeScene(view, [a, b], lines, 400, 200, measure, true).labels.find((l) => l.id === "middle")).toBeUndefined();
    // Places beside the line taken by small nodes instead of lines: the label goes a little off
    // its line, where its own line is the nearest.
    const dots = [0.26, 0.34, 0.42, 0.5, 0.58, 0.66, 0.74].flatMap((u, i) => [node(`d${i}`, 50 + 300 * u, 95, ""), node(`e${i}`, 50 + 300 * u, 105, "")].map((d) => ({ ...d, r: 2 })));
    const off = composeScene(view, [a, b, ...dots], [flat("middle", 100, "middle")], 400, 200, measure, true).labels.find((l) => l.id === "middle")!.box;
    const gap = Math.min(Math.abs(off.y - 100), Math.abs(off.y + off.h - 100));
    expect(gap).toBeGreaterThan(8);
    expect(gap).toBeLessThan(12);
  });
});

describe("comparing two dates, the changed relations' labels first", () => {
  // Two lines 32 px apart in a picture 62 px high: each long label fits only between them (above
  // the upper line and below the lower one is off the picture), and there is room for one.
  const long = "a long relation label here";
  const flat = (id: string, y: number) => ({ ...edgeItem(id, node("A", 50, y, ""), node("B", 350, y, "")), label: long, path: (t: number) => ({ x: 50 + 300 * t, y }) });
  const placed = (status: Map<string, "added" | "removed" | "kept">) => {
    const compared = { ...view, visible: { ...view.visible, status } } as typeof view;
    return composeScene(compared, [], [flat("upper", 15), flat("lower", 47)], 400, 62, measure, true).labels.map((l) => l.id);
  };

  it("gives the one place to the added or removed relation, not the kept one, whichever is handed in first", () => {
    expect(placed(new Map([["upper", "kept"], ["lower", "kept"]]))).toEqual(["upper"]);
    expect(placed(new Map([["upper", "kept"], ["lower", "added"]]))).toEqual(["lower"]);
    expect(placed(new Map([["upper", "kept"], ["lower", "removed"]]))).toEqual(["lower"]);
    expect(placed(new Map([["upper", "added"], ["lower", "kept"]]))).toEqual(["upper"]);
  });
});
