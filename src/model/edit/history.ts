/**
 * The undo/redo stack: one entry per user action (one command, however many records it touched),
 * with the label the history list shows. Pure data, JSON-compatible, so the workspace store keeps
 * it in IndexedDB as it is.
 *
 * An entry holds the command (what the user did, for its label and for reading) and its inverse
 * (the ops that undo it). Redo applies the inverse of the inverse, the very ops the command
 * compiled to, so it gives back the edited dataset byte for byte without planning the command again.
 */
import type { Command, Op } from "./commands.ts";
import { invertOps } from "./ops.ts";

export interface HistoryEntry {
  /** Increases by one per entry over the workspace's life (entries dropped at the limit keep theirs). */
  seq: number;
  /** What the history list shows: "Merged Kremlin into Russia". */
  label: string;
  command: Command;
  /** The ops that undo the command. */
  inverse: Op[];
  /** When it was done (ISO 8601). */
  at: string;
}

export interface HistoryState {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** How many of `entries` are applied: entries[cursor − 1] is the next undo, entries[cursor] the next redo. */
  cursor: number;
  /** The `seq` the next entry gets. */
  nextSeq: number;
  /**
   * The `seq` of the entry just before `entries[0]` (dropped at the limit), 0 when none was: with
   * the entries' own, it names every state the history can reach (the workspace store uses it).
   */
  rootSeq: number;
}

/** Entries kept by default: beyond it the oldest step can no longer be undone. */
export const DEFAULT_HISTORY_LIMIT = 500;

export function emptyHistory(): HistoryState {
  return { entries: [], cursor: 0, nextSeq: 1, rootSeq: 0 };
}

/** Records a new action: drops what could have been redone, and the oldest entries past `limit`. */
export function pushEntry(h: HistoryState, entry: Omit<HistoryEntry, "seq">, limit = DEFAULT_HISTORY_LIMIT): HistoryState {
  const entries = [...h.entries.slice(0, h.cursor), { ...entry, seq: h.nextSeq }];
  const dropped = Math.max(0, entries.length - Math.max(1, limit));
  const kept = dropped > 0 ? entries.slice(dropped) : entries;
  const rootSeq = dropped > 0 ? entries[dropped - 1]!.seq : h.rootSeq;
  return { entries: kept, cursor: kept.length, nextSeq: h.nextSeq + 1, rootSeq };
}

export function canUndo(h: HistoryState): boolean {
  return h.cursor > 0;
}

export function canRedo(h: HistoryState): boolean {
  return h.cursor < h.entries.length;
}

/** The entry the next undo reverts, or null. */
export function nextUndo(h: HistoryState): HistoryEntry | null {
  return h.cursor > 0 ? h.entries[h.cursor - 1]! : null;
}

/** The entry the next redo applies again, or null. */
export function nextRedo(h: HistoryState): HistoryEntry | null {
  return h.cursor < h.entries.length ? h.entries[h.cursor]! : null;
}

/** The ops that redo an entry: the command's own ops, in order. */
export function redoOps(entry: HistoryEntry): Op[] {
  return invertOps(entry.inverse);
}

/** The history after an undo (`-1`) or a redo (`+1`). */
export function moveCursor(h: HistoryState, step: -1 | 1): HistoryState {
  const cursor = h.cursor + step;
  if (cursor < 0 || cursor > h.entries.length) throw new RangeError(`nothing to ${step < 0 ? "undo" : "redo"}`);
  return { ...h, cursor };
}

/** Which state the history is at: the `seq` of the last applied entry, or `rootSeq` when none is applied. */
export function stateSeq(h: HistoryState): number {
  return h.cursor > 0 ? h.entries[h.cursor - 1]!.seq : h.rootSeq;
}

/** The history list, newest first, with which entries are applied (undone ones are shown greyed). */
export function historyList(h: HistoryState): Array<{ seq: number; label: string; at: string; applied: boolean }> {
  return h.entries.map((e, k) => ({ seq: e.seq, label: e.label, at: e.at, applied: k < h.cursor })).reverse();
}
