/**
 * The label layer's walk by size (src/view/labelable.ts): the actors it hands over are exactly those
 * big enough at the zoom, and the lit ones, in the graph's order; it looks at no more than those;
 * and after an edit that adds or resizes actors it walks the new sizes.
 */
import { describe, expect, it } from "vitest";
import { createLabelableActors } from "../../src/view/labelable.ts";
import { createDisplayGraph } from "../../src/view/displayGraph.ts";
import { nodeSizing, RING_PX } from "../../src/app/appearance.ts";
import { apply } from "../../src/model/edit/apply.ts";
import { updateModel } from "../../src/model/edit/updateModel.ts";
import type { Command } from "../../src/model/edit/commands.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import type { Derived } from "../../src/app/derivedView.ts";
import { generateDataset } from "../../src/model/generate.ts";

/** A view without rings that lights `hovered` (and, hovering, nothing else: no lifted neighbourhood). */
const viewLighting = (hovered: string | null) => ({ rings: null, selection: null, hovered, focus: null }) as unknown as Derived;
const asDrawn = (size: number) => size;

function setup() {
  const model = createModel(generateDataset({ actors: 1500, relations: 6000, years: 5, seed: 4 }), { layout: false });
  const display = createDisplayGraph(model.graph, () => false);
  const onScreen = nodeSizing(model.graph.order);
  const labelable = createLabelableActors(display.graph, model, onScreen, RING_PX);
  /** Every actor at least `min` on screen (sigma draws under 2 at 2), or lit, in the graph's order: what reading them all finds. */
  const byReadingAll = (min: number, lit: Set<string>) => display.graph.filterNodes((id, attrs) => Math.max(2, onScreen(attrs.size)) >= min || lit.has(id));
  const edit = (command: Command) => updateModel(model, apply(model.dataset, command));
  return { model, display, labelable, onScreen, byReadingAll, edit };
}

describe("the label layer's walk by size", () => {
  it("hands over the actors big enough and the lit ones, in the graph's order, looking at no others", () => {
    const { model, labelable, onScreen, byReadingAll } = setup();
    const sizes = model.graph.mapNodes((_, a) => onScreen(a.size)).sort((a, b) => b - a);
    const lit = new Set(model.graph.nodes().slice(-1));
    for (const k of [1, 10, 60, 300]) {
      const min = sizes[k - 1]!;
      const chosen = labelable.select(asDrawn, min, viewLighting([...lit][0]!));
      const expected = byReadingAll(min, lit);
      expect(chosen).toEqual(expected);
      // Looked at: those big enough (ties included) and the lit ones not among them.
      expect(labelable.looked).toBe(expected.length);
      expect(labelable.looked).toBeLessThan(k + 1 + sizes.filter((s) => s === min).length);
    }
  });

  it("reads every actor (null) once more than a quarter are big enough", () => {
    const { model, labelable, onScreen } = setup();
    const sizes = model.graph.mapNodes((_, a) => onScreen(a.size)).sort((a, b) => b - a);
    const min = sizes[Math.floor(sizes.length / 2)]!;
    expect(labelable.select(asDrawn, min, viewLighting(null))).toBeNull();
    expect(labelable.looked).toBe(model.graph.order);
  });

  it("walks the new sizes after an edit: an actor given many relations is read, a new actor too", () => {
    const { model, display, labelable, onScreen, byReadingAll, edit } = setup();
    const sizes = model.graph.mapNodes((_, a) => onScreen(a.size)).sort((a, b) => b - a);
    const min = sizes[19]!;
    const before = labelable.select(asDrawn, min, viewLighting(null));
    const quiet = model.graph.nodes().find((id) => onScreen(model.graph.getNodeAttribute(id, "size")) < sizes[sizes.length - 1]! + 0.01)!;
    expect(before).not.toContain(quiet);
    // Forty new relations make the quiet actor one of the largest.
    const relation = model.dataset.relations[0]!;
    const others = model.graph.nodes().filter((id) => id !== quiet).slice(0, 40);
    others.forEach((other, i) => edit({ kind: "addRelation", relation: { ...relation, id: `grown-${i}`, source: quiet, target: other } }));
    // The same actors, resized: the walk follows the model's revision, not only its number of actors.
    expect(labelable.select(asDrawn, min, viewLighting(null))).toContain(quiet);
    edit({ kind: "addActor", actor: { id: "NEWCOMER", label: "Newcomer", kind: "state" } });
    expect(display.graph.hasNode("NEWCOMER")).toBe(true);
    const after = labelable.select(asDrawn, min, viewLighting("NEWCOMER"));
    expect(after).toContain(quiet);
    expect(after).toContain("NEWCOMER");
    expect(after).toEqual(byReadingAll(min, new Set(["NEWCOMER"])));
    display.destroy();
  });
});
