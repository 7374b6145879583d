/**
 * An editing session: the dataset, its history and (in the app) the loaded model, kept in step.
 * What the workspace UI calls: `perform` a command (one user action), `undo`, `redo`; each
 * returns what changed in the model (`ModelChange`) or why it was refused, and tells the
 * subscribers (the workspace store keeps every step in IndexedDB as it happens).
 */
import type { Dataset } from "../schema.ts";
import type { StanceModel } from "../stanceModel.ts";
import type { ValidateOptions, ValidationIssue } from "../validate.ts";
import type { Command, Op } from "./commands.ts";
import { applyUnchecked, tryApply, type Applied, type EditOutcome } from "./apply.ts";
import { describeCommand } from "./describe.ts";
import { DEFAULT_HISTORY_LIMIT, emptyHistory, moveCursor, nextRedo, nextUndo, pushEntry, redoOps, type HistoryEntry, type HistoryState } from "./history.ts";
import { updateModel, type ModelChange } from "./updateModel.ts";
import { registerIncidence, registerLocator } from "./ops.ts";
import type { CheckHints } from "./check.ts";

export type SessionOutcome =
  | { ok: true; label: string; dataset: Dataset; change: ModelChange | null; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

/** Told after each step, once the dataset, the model and the history agree. */
export interface SessionEvent {
  kind: "do" | "undo" | "redo";
  entry: HistoryEntry;
  dataset: Dataset;
  history: HistoryState;
  change: ModelChange | null;
}

export interface SessionOptions {
  /** The model of `dataset`, updated in place with each step (null: dataset only, e.g. the CLI or tests). */
  model?: StanceModel | null;
  /** A history restored from storage; its applied entries must lead to `dataset`. */
  history?: HistoryState;
  /** Entries kept (default DEFAULT_HISTORY_LIMIT). */
  limit?: number;
  /** How quotes in `file` sources are read (the CLI); the app checks inline texts only. */
  validate?: ValidateOptions;
  /** The clock for entry times (tests pass a fixed one). */
  now?: () => string;
}

export class EditSession {
  private current: Dataset;
  private past: HistoryState;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  /** Entries whose undo and redo lead between validated states (see `replay`). */
  private readonly trusted = new Set<number>();
  readonly model: StanceModel | null;
  private readonly limit: number;
  private readonly validate: ValidateOptions;
  private readonly now: () => string;

  constructor(dataset: Dataset, options: SessionOptions = {}) {
    if (options.model && options.model.dataset !== dataset) throw new Error("the model given is not the model of this dataset");
    this.current = dataset;
    this.model = options.model ?? null;
    this.past = options.history ?? emptyHistory();
    this.limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    this.validate = options.validate ?? {};
    this.now = options.now ?? (() => new Date().toISOString());
    this.locate();
  }

  get dataset(): Dataset {
    return this.current;
  }

  get history(): HistoryState {
    return this.past;
  }

  /** Carries out one user action, or says why it is refused (nothing changes then). */
  perform(command: Command): SessionOutcome {
    const label = describeCommand(this.current, command);
    const outcome = tryApply(this.current, command, { ...this.validate, hints: this.hints() });
    if (!outcome.ok) return outcome;
    this.past = pushEntry(this.past, { label, command, inverse: outcome.inverse.ops, at: this.now() }, this.limit);
    const entry = this.past.entries[this.past.entries.length - 1]!;
    this.trusted.add(entry.seq);
    return this.commit("do", entry, outcome);
  }

  /** Reverts the last action still applied. */
  undo(): SessionOutcome {
    const entry = nextUndo(this.past);
    if (!entry) return { ok: false, errors: [{ path: "(history)", message: "nothing to undo" }] };
    const outcome = this.replay(entry, entry.inverse);
    if (!outcome.ok) return outcome;
    this.past = moveCursor(this.past, -1);
    return this.commit("undo", entry, outcome);
  }

  /** Applies again the last action undone. */
  redo(): SessionOutcome {
    const entry = nextRedo(this.past);
    if (!entry) return { ok: false, errors: [{ path: "(history)", message: "nothing to redo" }] };
    const outcome = this.replay(entry, redoOps(entry));
    if (!outcome.ok) return outcome;
    this.past = moveCursor(this.past, 1);
    return this.commit("redo", entry, outcome);
  }

  /** Calls `listener` after every step; returns the function that stops it. */
  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Undo and redo of an entry this session made or already checked move between states it has
   * held and validated (the history is linear and only this session changes the dataset), so
   * they are applied without checking again; ops that do not fit the dataset are still refused
   * (applyOps checks each record's id). Entries restored from storage are checked the first time.
   */
  private replay(entry: HistoryEntry, ops: Op[]): EditOutcome {
    if (!this.trusted.has(entry.seq)) {
      const checked = tryApply(this.current, { kind: "patch", ops }, this.validate);
      if (checked.ok) this.trusted.add(entry.seq);
      return checked;
    }
    const raw = applyUnchecked(this.current, { kind: "patch", ops });
    return raw.ok ? { ...raw, warnings: [] } : raw;
  }

  /** What the model knows before an edit, so the check finds the relations to look at without a pass over all of them. */
  private hints(): CheckHints | undefined {
    const graph = this.model?.graph;
    if (!graph) return undefined;
    return {
      relationBefore: (id) => (graph.hasEdge(id) ? graph.getEdgeAttribute(id, "index") : undefined),
      pairBefore: (a, b) => (graph.hasNode(a) && graph.hasNode(b) ? graph.edges(a, b) : []),
      relationsOf: (actor) => (graph.hasNode(actor) ? graph.edges(actor) : []),
    };
  }

  /** Relation ids are found through the model's edges (their `index`) instead of a scan of the list. */
  private locate(): void {
    const graph = this.model?.graph;
    if (!graph) return;
    registerLocator(this.current.relations, (id) => (graph.hasEdge(id) ? graph.getEdgeAttribute(id, "index") : undefined));
    registerIncidence(this.current.relations, (actor) => (graph.hasNode(actor) ? graph.edges(actor) : undefined));
  }

  private commit(kind: SessionEvent["kind"], entry: HistoryEntry, applied: Applied): SessionOutcome {
    this.current = applied.dataset;
    const change = this.model ? updateModel(this.model, applied) : null;
    this.locate();
    const event: SessionEvent = { kind, entry, dataset: this.current, history: this.past, change };
    for (const listener of this.listeners) listener(event);
    return { ok: true, label: entry.label, dataset: this.current, change, warnings: applied.warnings };
  }
}
