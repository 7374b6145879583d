/**
 * Loading a dataset without freezing the page. The load worker (src/app/loadWorker.ts) reads,
 * parses and validates the file and computes the interval index, the parallel relations and the
 * layout; the page receives the dataset in parts (each deserialised in its own short task) and
 * builds the graphology graph in time slices between frames (modelSteps), so the progress bar
 * moves and Cancel works throughout. Cancel stops the worker or the next slice.
 *
 * Two callers: the boot, for the import kept from an earlier visit (a full-page loading screen),
 * and the importer, for a file the user opens (a dialog over the app, which stays as it was until
 * the new dataset is ready, and stays as it was if the load fails or is cancelled).
 *
 * A file that needs the user's say before it becomes a dataset (event data: the ingest options;
 * another tool's graph: the mapping) makes the worker ask; the importer's dialogs answer through
 * `LoadDialogs`, and closing one cancels the load.
 */
import type { Dataset } from "../model/schema.ts";
import type { ValidationIssue } from "../model/validate.ts";
import { modelSteps, type StanceModel } from "../model/stanceModel.ts";
import { runInSlices } from "./slices.ts";
import type { Prepared } from "../model/prepare.ts";
import type { IngestQuestion, LoadAnswer, LoadMessage, LoadRequest, LoadWarmUp, MappingQuestion } from "./loadProtocol.ts";
import type { IngestRules } from "../io/ingest/buildDataset.ts";
import type { MappingChoice, MappingPreview } from "../io/convert/mappingSession.ts";
import { h } from "../dom/dom.ts";
import "./loading.css";
import { createReceiver } from "./internStrings.ts";

export type LoadOutcome =
  | { kind: "none" }
  | { kind: "cancelled" }
  | { kind: "invalid"; name: string; problems: string[]; issues: ValidationIssue[] }
  | {
      kind: "loaded";
      name: string;
      dataset: Dataset;
      model: StanceModel;
      layoutSkipped: boolean;
      /** The stable layout still has to run: draw the seeded start first (src/view/layoutRefine.ts). */
      layoutPending: boolean;
      warnings: string[];
      /** The dataset as dataset JSON, to keep for the next visit (file loads only). */
      keep?: Blob;
    };

export interface Load {
  outcome: Promise<LoadOutcome>;
  /** Stops the load: the outcome becomes `cancelled`. */
  cancel(): void;
}

/** Progress as the load goes: what runs, the share done, and the dataset's name once known. */
export type OnProgress = (stage: string, fraction: number, name?: string) => void;

/** The page's side of the questions the worker asks; `null` is the user cancelling. */
export interface LoadDialogs {
  /** Event data: the options step. */
  ingestOptions(question: IngestQuestion): Promise<IngestRules | null>;
  /** Another tool's graph: the mapping step; `preview` asks the worker how a choice reads the file. */
  mapping(question: MappingQuestion, preview: (choice: MappingChoice) => Promise<MappingPreview>): Promise<MappingChoice | { sheet: string } | null>;
}

/** A load worker started ahead of the next load, its pipeline fetched (prepareLoader). */
let standby: { worker: Worker; failed: boolean } | null = null;
const makeLoader = () => new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module" });

/**
 * Starts the next load's worker and has it fetch and compile its pipeline (parsers, validator,
 * model preparation) ahead of the next file: a load otherwise started its worker only when the
 * file was chosen, and about 0.15 s of a 1k GEXF's ~1.1 s to drawn went to that. Called once the
 * page is ready (its graph drawn): waiting for the browser to be idle instead left a file chosen
 * at once to a cold worker (the peer suite's protocol, and a reader who knows what to open).
 * One worker at most waits; the next load takes it. The worker works on its own thread: the
 * page's main thread only makes it.
 */
export function prepareLoader(): void {
  if (standby) return;
  const worker = makeLoader();
  const waiting = { worker, failed: false };
  // A worker whose script could not start is not handed a load (it would never answer).
  worker.onerror = () => void (waiting.failed = true);
  worker.postMessage({ warm: true } satisfies LoadWarmUp);
  standby = waiting;
}

/** The waiting load worker, or a new one. */
function takeLoader(): Worker {
  const waiting = standby;
  standby = null;
  if (waiting && !waiting.failed) return waiting.worker;
  waiting?.worker.terminate();
  return makeLoader();
}

/**
 * Starts loading in the worker. Progress goes to `onProgress`, questions to `dialogs` (without
 * them, a file that needs one fails); the promise never rejects.
 */
export function startLoad(request: LoadRequest, onProgress: OnProgress, dialogs?: LoadDialogs): Load {
  let cancelled = false;
  let finish: (outcome: LoadOutcome) => void = () => {};
  const worker = takeLoader();
  const outcome = new Promise<LoadOutcome>((resolve) => {
    finish = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  const parts: Record<"actors" | "relations" | "events" | "sources", unknown[]> = { actors: [], relations: [], events: [], sources: [] };
  // One copy of each repeated id, type and date, and records packed, as each part arrives (internStrings.ts).
  const receiver = createReceiver();
  const name = request.source === "file" ? request.file.name : "the imported dataset";
  const reply = (answer: LoadAnswer) => worker.postMessage(answer);
  // Previews in flight, by sequence number: the dialog waits on the one it asked for.
  const previews = new Map<number, (p: MappingPreview) => void>();
  let seq = 0;
  const preview = (choice: MappingChoice) =>
    new Promise<MappingPreview>((resolve) => {
      previews.set(++seq, resolve);
      reply({ type: "preview", seq, choice });
    });
  const onAsk = async (m: Extract<LoadMessage, { type: "ask" }>) => {
    if (!dialogs) return finish({ kind: "invalid", name, problems: ["this file needs a choice (ingest options or a mapping) that cannot be made here"], issues: [] });
    const q = m.question;
    try {
      if (q.kind === "ingest") {
        const rules = await dialogs.ingestOptions(q);
        if (cancelled) return;
        return rules ? reply({ type: "ingest", rules }) : cancel();
      }
      const choice = await dialogs.mapping(q, preview);
      if (cancelled) return;
      // Another sheet: the worker reads it and asks again.
      if (choice && "sheet" in choice) return reply({ type: "sheet", sheet: choice.sheet });
      return choice ? reply({ type: "convert", choice }) : cancel();
    } catch (e) {
      // The step's code could not be fetched, or a bug: say so rather than wait for ever.
      finish({ kind: "invalid", name, problems: [`the ${q.kind === "ingest" ? "ingest options" : "mapping"} step could not be shown: ${e instanceof Error ? e.message : String(e)}`], issues: [] });
    }
  };
  worker.onerror = (e) => finish({ kind: "invalid", name, problems: [`the loader stopped: ${e.message}`], issues: [] });
  worker.onmessageerror = () => finish({ kind: "invalid", name, problems: ["the loader's message could not be read"], issues: [] });
  worker.onmessage = (e: MessageEvent<LoadMessage>) => {
    if (cancelled) return;
    const m = e.data;
    if (m.type === "progress") onProgress(m.stage, m.fraction, m.name);
    else if (m.type === "ask") void onAsk(m);
    else if (m.type === "preview") {
      previews.get(m.seq)?.(m.preview);
      previews.delete(m.seq);
    } else if (m.type === "part") {
      // push in a loop: spreading 10,000 items as arguments can overflow the stack.
      const into = parts[m.key];
      for (const item of receiver.part(m.key, m.items)) into.push(item);
      onProgress(`Receiving ${m.key}…`, 0.45);
    } else if (m.type === "none") finish({ kind: "none" });
    else if (m.type === "invalid") finish({ kind: "invalid", name: m.name, problems: m.problems, issues: m.issues ?? [] });
    else if (m.type === "failed") finish({ kind: "invalid", name, problems: [m.message], issues: [] });
    else {
      worker.terminate();
      const dataset = { ...m.dataset, ...parts } as Dataset;
      buildInSlices(dataset, m.prepared, onProgress, () => cancelled).then(
        (model) => {
          if (model) finish({ kind: "loaded", name: m.name, dataset, model, layoutSkipped: !m.prepared.laidOut, layoutPending: m.prepared.laidOut, warnings: m.warnings, ...(m.keep ? { keep: m.keep } : {}) });
        },
        // Out of memory, or a bug: say so rather than leave the progress bar up for ever.
        (err: unknown) => finish({ kind: "invalid", name: m.name, problems: [`the graph could not be built: ${err instanceof Error ? err.message : String(err)}`], issues: [] }),
      );
    }
  };
  const cancel = () => {
    if (cancelled) return;
    cancelled = true;
    finish({ kind: "cancelled" });
  };
  worker.postMessage(request);
  return { outcome, cancel };
}

/** Builds the model from the worker's parts, a slice of at most SLICE_MS at a time. */
async function buildInSlices(dataset: Dataset, prepared: Prepared, onProgress: OnProgress, cancelled: () => boolean): Promise<StanceModel | null> {
  const size = `${dataset.actors.length.toLocaleString("en")} actors, ${dataset.relations.length.toLocaleString("en")} relations`;
  return runInSlices(modelSteps(dataset, { prepared }), { onSlice: (done) => onProgress(`Building the graph: ${size}…`, 0.5 + 0.4 * done), stopped: cancelled });
}

/** The full-page loading screen of the boot (shown once the worker has found a stored dataset). */
export function loadingScreen(root: HTMLElement, onCancel: () => void): { update: OnProgress; remove(): void } {
  const title = h("h1", {}, "Loading the imported dataset");
  const stage = h("p", { class: "loading-stage" }, "Starting…");
  const bar = h("progress", { class: "loading-progress", role: "progressbar", max: "100", value: "0", "aria-label": "Loading progress" });
  const cancel = h("button", { type: "button", class: "tool", onclick: onCancel }, "Cancel and open the default dataset");
  const box = h("div", { class: "loading", role: "status", "aria-live": "polite" }, title, stage, bar, h("p", {}, cancel));
  root.replaceChildren(box);
  return {
    update(text, fraction, name) {
      if (name) title.textContent = `Loading ${name}`;
      // Only on a new stage: the live region would read the same words every slice.
      if (stage.textContent !== text) stage.textContent = text;
      bar.value = Math.round(fraction * 100);
    },
    remove: () => box.remove(),
  };
}
