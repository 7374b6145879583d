/**
 * Labels measured only when they may find room (labelLayout.ts DeferredCandidate): the placement
 * is the same as with every label measured first, and a crowded neighbourhood (a hovered hub's
 * names) measures a few of its labels instead of all of them.
 */
import { describe, expect, it } from "vitest";
import { boxesOverlap, placeLabels, type Circle, type DeferredCandidate, type LabelCandidate } from "../../src/app/labelLayout.ts";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView } from "../../src/app/derivedView.ts";
import { composeScene, nodeLabelPlaces, type NodeItem } from "../../src/app/scene.ts";
import { karabakhModel } from "./fixtures.ts";
import { mulberry32 as random } from "../../src/model/random.ts";

const HEIGHT = 15;
const HALO = 4;

describe("labels measured only when they may find room", () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`places exactly as with every label measured first (field ${seed}: crowded centre, long names at the rims, forced names, a limit)`, () => {
      const next = random(seed);
      const width = 500;
      const height = 300;
      const nodes = Array.from({ length: 600 }, (_, i) => {
        // Most in a crowded middle, some anywhere (the rims, where labels slide inside).
        const crowded = next() < 0.7;
        const x = crowded ? 200 + next() * 100 : next() * width;
        const y = crowded ? 120 + next() * 60 : next() * height;
        return { id: `n${i}`, x, y, r: 1 + next() * 6, letters: 1 + Math.floor(next() * (next() < 0.1 ? 70 : 14)), forced: next() < 0.01 };
      });
      const obstacles: Circle[] = nodes.filter((_, i) => i % 3 === 0).map((n) => ({ x: n.x, y: n.y, r: n.r + 1, owner: n.id }));
      const measured = (n: (typeof nodes)[number]): LabelCandidate => {
        const w = n.letters * 7 + HALO;
        return { kind: "node", id: n.id, text: n.id, width: w, height: HEIGHT, positions: nodeLabelPlaces(n, w, HEIGHT, width), forced: n.forced, owners: new Set([n.id]) };
      };
      const eager = nodes.map(measured);
      let measures = 0;
      const deferred = nodes.map(
        (n): DeferredCandidate => ({
          kind: "node",
          id: n.id,
          forced: n.forced,
          owners: new Set([n.id]),
          // As the scene bounds a name it has not measured: 0.6 of its letters, plus the halo.
          least: () => {
            const w = Math.floor(0.6 * n.letters * 7) + HALO;
            return nodeLabelPlaces(n, w, HEIGHT, width, true).map((p) => ({ ...p, w, h: HEIGHT }));
          },
          measure: () => (measures++, measured(n)),
        }),
      );
      const bounds = { x: 0, y: 0, w: width, h: height };
      for (const max of [Infinity, 40]) {
        measures = 0;
        const want = placeLabels(eager, obstacles, bounds, max);
        expect(placeLabels(deferred, obstacles, bounds, max)).toEqual(want);
        expect(want.length).toBeGreaterThan(10);
        // Far fewer measured than there are labels.
        expect(measures).toBeLessThan(nodes.length / 2);
      }
    });
  }

  it("names a hovered hub's crowded neighbourhood measuring a few of its 3,000 names, none overlapping", () => {
    const model = karabakhModel();
    const view = createDerivedView(model, createStore<ViewState, Action>(initialState(model), reduce)).get();
    const next = random(7);
    const nodes: NodeItem[] = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, x: 250 + next() * 300, y: 150 + next() * 200, r: 2, color: "#333333", title: `a${i}`, z: 1, label: `Actor number ${i}`, forced: false, first: true }));
    nodes.push({ id: "hub", x: 400, y: 250, r: 12, color: "#333333", title: "hub", z: 2, label: "The hub", forced: true });
    // Whole names measured (a letter alone is measured once for the bound, and kept).
    let calls = 0;
    const measure = (text: string, size: number) => (text.length > 1 && calls++, text.length * size * 0.5);
    const scene = composeScene(view, nodes, [], 800, 600, measure, false);
    expect(scene.labels.find((l) => l.id === "hub")).toBeDefined();
    expect(scene.labels.length).toBeGreaterThanOrEqual(20);
    for (const [i, a] of scene.labels.entries()) for (const b of scene.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    // Every name was measured before (3,001 and more); now those that came to a free place.
    expect(calls).toBeLessThan(600);
  });
});
