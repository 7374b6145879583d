/**
 * Loading an imported dataset without freezing the page: parse and validation run in a worker
 * (src/app/loadWorker.ts); building the graph, the interval index and the layout run here in steps
 * with a frame between them, so the progress bar moves and the Cancel button works. Cancel stops
 * the worker (or the next step) and opens the default dataset instead.
 *
 * A large graph skips the synchronous ForceAtlas2 on load when it would take more than about a
 * second: nodes keep their seeded starting positions, and the app says so.
 */
import type { Dataset } from "../model/schema.ts";
import { createModel, type StanceModel } from "../model/stanceModel.ts";
import { assignLayout } from "../model/layout.ts";
import { removeStoredDataset } from "./datasetStore.ts";
import { h } from "../ui/dom.ts";
import "./loading.css";

/** What the load worker posts. */
export type LoadMessage =
  | { type: "progress"; stage: string; fraction: number; name?: string }
  | { type: "none" }
  | { type: "invalid"; name: string; problems: string[] }
  | { type: "loaded"; name: string; dataset: Dataset }
  | { type: "failed"; message: string };

export type LoadOutcome =
  | { kind: "none" }
  | { kind: "cancelled" }
  | { kind: "invalid"; name: string; problems: string[] }
  | { kind: "loaded"; name: string; dataset: Dataset; model: StanceModel; layoutSkipped: boolean };

/** ForceAtlas2 element-iterations per second on a modest machine (the Node bench: 1.7 to 2.6 M). */
const FA2_RATE = 2_000_000;
/** Load-time layout iterations, as src/model/layout.ts chooses them by size. */
const fa2Iterations = (order: number) => (order <= 200 ? 500 : order <= 5000 ? 100 : 20);

/** Whether the load-time ForceAtlas2 would take more than about a second on this graph. */
export function layoutTooSlowOnLoad(actors: number, relations: number): boolean {
  return (fa2Iterations(actors) * (actors + relations)) / FA2_RATE > 1;
}

/** Lets the browser paint (the progress bar) before the next synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Loads the imported dataset kept from an earlier visit, showing progress in `root`. Resolves
 * with the built model, or says there was none, it did not validate, or the user cancelled.
 */
export function loadStoredDataset(root: HTMLElement): Promise<LoadOutcome> {
  let cancelled = false;
  let worker: Worker | null = null;
  let finish: (outcome: LoadOutcome) => void = () => {};
  const cancel = () => {
    cancelled = true;
    worker?.terminate();
    // The user gave up on this file: forget it, so the next visit opens the default too.
    void removeStoredDataset().then(() => finish({ kind: "cancelled" }));
  };
  // Shown once the worker has found a stored dataset: a default boot shows no loading screen.
  let shown: LoadingScreen | null = null;
  const screen: LoadingScreen = {
    update(stage, fraction, name) {
      shown ??= loadingScreen(root, cancel);
      shown.update(stage, fraction, name);
    },
    remove: () => shown?.remove(),
  };
  return new Promise<LoadOutcome>((resolve) => {
    finish = (outcome) => {
      worker?.terminate();
      resolve(outcome);
    };
    worker = new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module" });
    worker.onerror = (e) => finish({ kind: "invalid", name: "the imported dataset", problems: [`the loader stopped: ${e.message}`] });
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      if (cancelled) return;
      const m = e.data;
      if (m.type === "progress") {
        if (m.name !== undefined || shown) screen.update(m.stage, m.fraction, m.name);
      }
      else if (m.type === "none") {
        screen.remove();
        finish({ kind: "none" });
      } else if (m.type === "invalid") finish({ kind: "invalid", name: m.name, problems: m.problems });
      else if (m.type === "failed") finish({ kind: "invalid", name: "the imported dataset", problems: [m.message] });
      else {
        void buildInSteps(m.dataset, screen, () => cancelled).then((built) => {
          if (built) finish({ kind: "loaded", name: m.name, dataset: m.dataset, ...built });
        });
      }
    };
  });
}

async function buildInSteps(dataset: Dataset, screen: LoadingScreen, cancelled: () => boolean): Promise<{ model: StanceModel; layoutSkipped: boolean } | null> {
  const actors = dataset.actors.length;
  const relations = dataset.relations.length;
  const size = `${actors.toLocaleString("en")} actors, ${relations.toLocaleString("en")} relations`;
  screen.update(`Building the graph and the time index: ${size}…`, 0.5);
  await nextFrame();
  if (cancelled()) return null;
  const model = createModel(dataset, { layout: false });
  const layoutSkipped = layoutTooSlowOnLoad(actors, relations);
  screen.update(layoutSkipped ? `Placing ${actors.toLocaleString("en")} actors (seeded positions; the full layout is skipped at this size)…` : `Laying out ${size}…`, 0.75);
  await nextFrame();
  if (cancelled()) return null;
  // iterations 0: the seeded starting positions, the same ones ForceAtlas2 would start from.
  assignLayout(model.graph, layoutSkipped ? { iterations: 0 } : {});
  screen.update(`Drawing ${size}…`, 0.9);
  await nextFrame();
  return cancelled() ? null : { model, layoutSkipped };
}

interface LoadingScreen {
  update(stage: string, fraction: number, name?: string): void;
  remove(): void;
}

function loadingScreen(root: HTMLElement, onCancel: () => void): LoadingScreen {
  const title = h("h1", {}, "Loading the imported dataset");
  const stage = h("p", { class: "loading-stage" }, "Starting…");
  const bar = h("progress", { class: "loading-progress", role: "progressbar", max: "100", value: "0", "aria-label": "Loading progress" });
  const cancel = h("button", { type: "button", class: "tool", onclick: onCancel }, "Cancel and open the default dataset");
  const box = h("div", { class: "loading", role: "status", "aria-live": "polite" }, title, stage, bar, h("p", {}, cancel));
  root.replaceChildren(box);
  return {
    update(text, fraction, name) {
      if (name) title.textContent = `Loading ${name}`;
      stage.textContent = text;
      bar.value = Math.round(fraction * 100);
    },
    remove: () => box.remove(),
  };
}
