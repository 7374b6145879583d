/** Node labels in the scene: a long name near the rim still finds a place, and one wider than the picture is cut to fit. */
import { describe, expect, it } from "vitest";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView } from "../../src/app/derivedView.ts";
import { composeScene, type NodeItem } from "../../src/app/scene.ts";
import { karabakhModel } from "./fixtures.ts";

const model = karabakhModel();
const view = createDerivedView(model, createStore<ViewState, Action>(initialState(model), reduce)).get();
/** Every letter as wide as half its size: widths the test can reason about. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const node = (id: string, x: number, y: number, label: string, forced = false): NodeItem => ({ id, x, y, r: 6, color: "#333333", title: id, z: 1, label, forced });

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
