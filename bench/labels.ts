/**
 * The labels of one still frame: what the label layer (src/view/labelLayer.ts) composes after every
 * sigma frame, a hover's and a still camera's too. A picture of 60 actors on a circle and 150
 * labelled lines between them, straight and curved (150 is the most lines labels are steered off,
 * LINE_AVOID_MAX_EDGES), composed with the lines' points and the labels' orders of places kept from
 * the last frame (src/app/scene.ts LineMemo) next to the same frame sampled afresh (the same code
 * with a fresh memo: what a frame that moves the lines costs). A second row prices what a moving
 * frame (a pan, a zoom, a layout step) pays for keeping labels off the lines: the frame sampled
 * afresh next to the same frame with labels placed without regard to the lines (as past
 * LINE_AVOID_MAX_EDGES drawn lines). The three runs take turns within each repetition, each first
 * in turn; each figure is the median. The code is warmed first: the layer runs every frame, so it
 * runs optimised.
 */
import { generateDataset } from "../src/model/generate.ts";
import { createModel } from "../src/model/stanceModel.ts";
import { createStore } from "../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../src/app/state.ts";
import { createDerivedView } from "../src/app/derivedView.ts";
import { composeScene, LINE_AVOID_MAX_EDGES, LineMemo, type EdgeItem, type NodeItem } from "../src/app/scene.ts";
import type { BenchContext, BenchSuite, SuiteResult } from "./types.ts";

const ACTORS = 60;
const WIDTH = 1280;
const HEIGHT = 800;
/** Keeps results alive so the engine cannot drop the work that produced them. */
let sink = 0;

export const labelsSuite: BenchSuite = {
  name: "labels",
  async run(context: BenchContext): Promise<SuiteResult> {
    const relations = LINE_AVOID_MAX_EDGES;
    const reps = context.reps ?? (context.quick ? 5 : 41);
    context.log(`[labels] a still frame of ${relations} lines`);
    const data = generateDataset({ actors: ACTORS, relations, years: 30, seed: 1 });
    const model = createModel(data, { layout: false });
    const view = createDerivedView(model, createStore<ViewState, Action>(initialState(model), reduce)).get();
    const place = new Map(data.actors.map((a, i) => [a.id, { x: WIDTH / 2 + 360 * Math.cos((2 * Math.PI * i) / ACTORS), y: HEIGHT / 2 + 360 * Math.sin((2 * Math.PI * i) / ACTORS) }]));
    // A new frame's items, as the label layer builds them from sigma's display data each frame.
    const frame = (): { nodes: NodeItem[]; edges: EdgeItem[] } => ({
      nodes: data.actors.map((a) => ({ id: a.id, ...place.get(a.id)!, r: 6, color: "#333333", title: a.id, z: 1, label: a.label, forced: false })),
      edges: data.relations.map((r, i) => {
        const s = place.get(r.source)!;
        const t = place.get(r.target)!;
        const bend = i % 3 === 0 ? 0 : 40;
        const c = { x: (s.x + t.x) / 2 + bend, y: (s.y + t.y) / 2 - bend };
        const at = (u: number) => ({ x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y });
        return { id: r.id, x1: s.x, y1: s.y, x2: t.x, y2: t.y, control: c, color: "#0072B2", width: 2, title: r.id, z: 0, label: r.type, forced: false, path: at };
      }),
    });
    const measure = (text: string, size: number) => text.length * size * 0.55;
    const memo = new LineMemo();
    const compose = (m?: LineMemo, drawn?: number) => {
      const { nodes, edges } = frame();
      sink += composeScene(view, nodes, edges, WIDTH, HEIGHT, measure, true, m, drawn ?? edges.length).labels.length;
    };
    // Labels placed as though more lines were drawn than are steered off: no line sampled.
    const regardless = () => compose(new LineMemo(), LINE_AVOID_MAX_EDGES + 1);
    for (let i = 0; i < 30; i++) {
      compose(memo);
      compose();
      regardless();
    }
    const kept: number[] = [];
    const fresh: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < reps; r++) {
      const order: Array<[() => void, number[]]> = [
        [() => compose(memo), kept],
        [() => compose(), fresh],
        [regardless, plain],
      ];
      // Each of the three in turn first, so none always runs after the same one.
      const turn = r % 3;
      for (const [fn, into] of [...order.slice(turn), ...order.slice(0, turn)]) {
        const t = performance.now();
        fn();
        into.push(performance.now() - t);
      }
    }
    if (memo.samplings !== 1) throw new Error(`the memo sampled the still lines ${memo.samplings} times, not once`);
    const value = median(kept);
    const baseline = median(fresh);
    return {
      rows: [
        {
          suite: "labels",
          actors: ACTORS,
          relations,
          measure: `labels of a still frame of ${relations} lines (lines' points kept from the last frame)`,
          value,
          unit: "ms",
          reps,
          baseline: { measure: "the same frame, lines sampled afresh", value: baseline },
          ratio: value / baseline,
        },
        {
          suite: "labels",
          actors: ACTORS,
          relations,
          measure: `labels of a moving frame of ${relations} lines (lines sampled, each label's places checked against them)`,
          value: baseline,
          unit: "ms",
          reps,
          baseline: { measure: "the same frame, labels placed without regard to the lines", value: median(plain) },
          ratio: baseline / median(plain),
        },
      ],
      budgets: [],
      notes: [
        `Labels of a still frame: composeScene for a ${WIDTH}×${HEIGHT} picture of ${ACTORS} actors on a circle and ${relations} labelled lines, as the label layer composes it after every sigma frame (a hover, a still camera); the lines' points and the labels' orders of places kept from the last frame (LineMemo) vs sampled afresh. A moving frame (the lines sampled afresh) is also priced against the same frame with labels placed without regard to the lines. Sink ${sink > 0 ? "kept" : "empty"}.`,
      ],
    };
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
