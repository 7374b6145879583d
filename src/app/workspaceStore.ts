/**
 * The curation workspace kept in the browser as each edit happens (issue #13: "nothing lost"): the
 * dataset, its undo/redo history and named versions, in IndexedDB, restored after a reload or a
 * crash exactly as they were.
 *
 * Writing the whole dataset on every edit would cost seconds at 100k relations, so the store
 * keeps a *base* (the dataset as canonical JSON at some point of the history) plus every history
 * entry, one record each; an edit writes its entry and a small `meta` record in one transaction.
 * Restoring reads the base and replays the entries between the base and the current point (redo
 * forward, or undo backward after undos past it). Every CHECKPOINT_EVERY steps, or when the base
 * leaves the history (a new edit after undos drops the entries it relied on, or the oldest ones go
 * at the limit), the base is written again.
 *
 * Nothing stored is trusted: the base is validated like an imported file, and entries are applied
 * with the same checks as edits. The storage sits behind `WorkspaceBackend` (IndexedDB through
 * idb-keyval in the app, `memoryBackend` in unit tests).
 */
import { createStore, promisifyRequest, type UseStore } from "idb-keyval";
import type { Dataset } from "../model/schema.ts";
import { validateDataset, type ValidationIssue } from "../model/validate.ts";
import { tryApply } from "../model/edit/apply.ts";
import type { Op } from "../model/edit/commands.ts";
import { emptyHistory, redoOps, stateSeq, type HistoryEntry, type HistoryState } from "../model/edit/history.ts";
import type { EditSession, SessionEvent } from "../model/edit/session.ts";
import { canonicalDatasetJson } from "../io/datasetJson.ts";

/** A few keyed records, written atomically. */
export interface WorkspaceBackend {
  get<T>(key: string): Promise<T | undefined>;
  /** Sets and deletes in one transaction: all or nothing. */
  write(set: ReadonlyArray<readonly [string, unknown]>, del?: readonly string[]): Promise<void>;
  /** Whether dataset texts should be stored as Blobs (IndexedDB keeps them out of line; a string over ~127 MiB fails in Chromium). */
  readonly blobs: boolean;
}

/** IndexedDB through idb-keyval; its own database, so the kept import (datasetStore.ts) is untouched. */
export function indexedDbBackend(dbName = "stancegraph-workspace", storeName = "workspace"): WorkspaceBackend {
  let store: UseStore | null = null;
  const use = () => (store ??= createStore(dbName, storeName));
  return {
    blobs: true,
    get: <T>(key: string) => use()("readonly", (s) => promisifyRequest(s.get(key))) as Promise<T | undefined>,
    write: (set, del = []) =>
      use()("readwrite", (s) => {
        for (const [key, value] of set) s.put(value, key);
        for (const key of del) s.delete(key);
        return promisifyRequest(s.transaction);
      }),
  };
}

/** A backend in memory, copying values as IndexedDB does (for unit tests and for a browser that refuses storage). */
export function memoryBackend(): WorkspaceBackend & { readonly records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    blobs: false,
    records,
    get: async <T>(key: string) => (records.has(key) ? (structuredClone(records.get(key)) as T) : undefined),
    write: async (set, del = []) => {
      const copies = set.map(([k, v]) => [k, structuredClone(v)] as const);
      for (const [k, v] of copies) records.set(k, v);
      for (const k of del) records.delete(k);
    },
  };
}

/** The workspace's small record: where everything else is. */
interface Meta {
  format: 1;
  name: string;
  /** History shape: `entrySeqs[i]` is entry i's seq (and key), `cursor` how many are applied. */
  entrySeqs: number[];
  cursor: number;
  nextSeq: number;
  rootSeq: number;
  /** The history state the stored base is at. */
  baseSeq: number;
  /** The history state last saved (download or named version); null: never. */
  savedSeq: number | null;
  updatedAt: string;
}

interface StoredText {
  text?: string;
  blob?: Blob;
}

interface StoredBase extends StoredText {
  seq: number;
}

export interface VersionInfo {
  id: string;
  name: string;
  savedAt: string;
  actors: number;
  relations: number;
}

/** A workspace read back from storage. */
export interface RestoredWorkspace {
  name: string;
  dataset: Dataset;
  history: HistoryState;
  /** Edits since the last download or named version. */
  unsaved: boolean;
  updatedAt: string;
}

export type RestoreResult = { ok: true; workspace: RestoredWorkspace | null } | { ok: false; errors: ValidationIssue[] };

/** Steps between two writes of the whole dataset. */
export const CHECKPOINT_EVERY = 100;

const META = "meta";
const BASE = "base";
const VERSIONS = "versions";
const entryKey = (seq: number) => `entry:${seq}`;
const versionKey = (id: string) => `version:${id}`;

export interface WorkspaceStoreOptions {
  /** The clock for `updatedAt` and version times (tests pass a fixed one). */
  now?: () => string;
  checkpointEvery?: number;
  /** Told when a write fails (quota, private mode): the UI says the workspace is not being kept. */
  onError?: (error: unknown) => void;
}

export class WorkspaceStore {
  private meta: Meta | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => string;
  private readonly checkpointEvery: number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly backend: WorkspaceBackend,
    options: WorkspaceStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.checkpointEvery = options.checkpointEvery ?? CHECKPOINT_EVERY;
    this.onError = options.onError ?? (() => {});
  }

  /** Reads the kept workspace (null when there is none). Never throws. */
  async load(): Promise<RestoreResult> {
    try {
      const meta = await this.backend.get<Meta>(META);
      if (!meta || meta.format !== 1) return { ok: true, workspace: null };
      const base = await this.backend.get<StoredBase>(BASE);
      const text = base ? await textOf(base) : undefined;
      if (!base || text === undefined) return fail("(workspace)", "the kept workspace has no dataset");
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        return fail("(workspace)", `the kept dataset is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      const valid = validateDataset(data);
      if (!valid.ok) return { ok: false, errors: valid.errors };
      const entries: HistoryEntry[] = [];
      for (const seq of meta.entrySeqs) {
        const entry = await this.backend.get<HistoryEntry>(entryKey(seq));
        if (!entry || entry.seq !== seq) return fail("(workspace)", `history entry ${seq} is missing`);
        entries.push(entry);
      }
      const history: HistoryState = { entries, cursor: meta.cursor, nextSeq: meta.nextSeq, rootSeq: meta.rootSeq };
      const dataset = replay(valid.dataset, history, meta.baseSeq);
      if (!dataset.ok) return dataset;
      this.meta = meta;
      return { ok: true, workspace: { name: meta.name, dataset: dataset.dataset, history, unsaved: meta.savedSeq !== stateSeq(history), updatedAt: meta.updatedAt } };
    } catch (e) {
      return fail("(workspace)", `could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * Starts a new workspace on `dataset` (a new dataset, or one opened): its base written, the
   * history empty. `saved`: whether it is already kept elsewhere (an opened file is).
   */
  async start(name: string, dataset: Dataset, history: HistoryState = emptyHistory(), saved = true): Promise<void> {
    const old = this.meta;
    const seq = stateSeq(history);
    const meta: Meta = {
      format: 1,
      name,
      entrySeqs: history.entries.map((e) => e.seq),
      cursor: history.cursor,
      nextSeq: history.nextSeq,
      rootSeq: history.rootSeq,
      baseSeq: seq,
      savedSeq: saved ? seq : null,
      updatedAt: this.now(),
    };
    this.meta = meta;
    const stale = (old?.entrySeqs ?? []).filter((s) => !meta.entrySeqs.includes(s)).map(entryKey);
    await this.enqueue(() =>
      this.backend.write(
        [
          [BASE, { seq, ...this.stored(dataset) }],
          ...history.entries.map((e) => [entryKey(e.seq), e] as const),
          [META, meta],
        ],
        stale,
      ),
    );
  }

  /** Keeps a session's every step from now on; returns the function that stops it. */
  attach(session: EditSession): () => void {
    return session.subscribe((event) => void this.record(event));
  }

  /** Writes one step (what `attach` calls). Steps are written in order, one transaction each. */
  record(event: SessionEvent): Promise<void> {
    const meta = this.meta;
    if (!meta) return Promise.reject(new Error("start or load a workspace before recording edits"));
    const h = event.history;
    const before = new Set(meta.entrySeqs);
    const seqs = h.entries.map((e) => e.seq);
    const kept = new Set(seqs);
    const now = stateSeq(h);
    const next: Meta = { ...meta, entrySeqs: seqs, cursor: h.cursor, nextSeq: h.nextSeq, rootSeq: h.rootSeq, updatedAt: this.now() };
    const set: Array<readonly [string, unknown]> = [];
    if (event.kind === "do") set.push([entryKey(event.entry.seq), event.entry]);
    // The base must stay a state the history can reach, and not too many steps away.
    const reachable = next.baseSeq === h.rootSeq || kept.has(next.baseSeq);
    if (!reachable || distance(h, next.baseSeq) >= this.checkpointEvery) {
      set.push([BASE, { seq: now, ...this.stored(event.dataset) }]);
      next.baseSeq = now;
    }
    if (next.savedSeq !== null && next.savedSeq !== h.rootSeq && !kept.has(next.savedSeq)) next.savedSeq = null;
    set.push([META, next]);
    this.meta = next;
    const gone = [...before].filter((s) => !kept.has(s)).map(entryKey);
    return this.enqueue(() => this.backend.write(set, gone));
  }

  /** Whether there are edits since the last download or named version (ask before opening another dataset). */
  hasUnsavedEdits(history: HistoryState): boolean {
    return this.meta !== null && this.meta.savedSeq !== stateSeq(history);
  }

  /** Notes that the current state is saved (downloaded, or kept as a named version). */
  markSaved(history: HistoryState): Promise<void> {
    if (!this.meta) return Promise.resolve();
    this.meta = { ...this.meta, savedSeq: stateSeq(history) };
    const meta = this.meta;
    return this.enqueue(() => this.backend.write([[META, meta]]));
  }

  /** Keeps the dataset as a named version. */
  async saveVersion(name: string, dataset: Dataset, history?: HistoryState): Promise<VersionInfo> {
    if (this.meta && history) this.meta = { ...this.meta, savedSeq: stateSeq(history) };
    const meta = this.meta;
    const stored = this.stored(dataset);
    const savedAt = this.now();
    let info: VersionInfo | undefined;
    await this.enqueue(async () => {
      const list = (await this.backend.get<VersionInfo[]>(VERSIONS)) ?? [];
      // Numbered after the versions kept, so ids never collide, with or without a workspace.
      const number = 1 + list.reduce((most, v) => Math.max(most, Number(/^v(\d+)$/.exec(v.id)?.[1] ?? 0)), 0);
      info = { id: `v${number}`, name, savedAt, actors: dataset.actors.length, relations: dataset.relations.length };
      await this.backend.write([[versionKey(info.id), stored], [VERSIONS, [...list, info]], ...(meta ? [[META, meta] as const] : [])]);
    });
    return info!;
  }

  /** The named versions, oldest first. */
  async listVersions(): Promise<VersionInfo[]> {
    await this.idle();
    return (await this.backend.get<VersionInfo[]>(VERSIONS)) ?? [];
  }

  /** A named version's dataset, validated again. */
  async readVersion(id: string): Promise<{ ok: true; dataset: Dataset } | { ok: false; errors: ValidationIssue[] }> {
    await this.idle();
    const stored = await this.backend.get<StoredText>(versionKey(id));
    const text = stored ? await textOf(stored) : undefined;
    if (text === undefined) return { ok: false, errors: [{ path: "(version)", message: `no version "${id.slice(0, 80)}" is kept` }] };
    try {
      const result = validateDataset(JSON.parse(text));
      return result.ok ? { ok: true, dataset: result.dataset } : { ok: false, errors: result.errors };
    } catch (e) {
      return { ok: false, errors: [{ path: "(version)", message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    }
  }

  async deleteVersion(id: string): Promise<void> {
    await this.enqueue(async () => {
      const list = (await this.backend.get<VersionInfo[]>(VERSIONS)) ?? [];
      await this.backend.write([[VERSIONS, list.filter((v) => v.id !== id)]], [versionKey(id)]);
    });
  }

  /**
   * Restores a named version as a new workspace. When the current one has unsaved edits, it is
   * first kept as a version named "Before restoring …", so nothing is lost.
   */
  async restoreVersion(id: string, current: { name: string; dataset: Dataset; history: HistoryState }): Promise<{ ok: true; dataset: Dataset; kept: VersionInfo | null } | { ok: false; errors: ValidationIssue[] }> {
    const version = await this.readVersion(id);
    if (!version.ok) return version;
    const info = (await this.listVersions()).find((v) => v.id === id);
    const kept = this.hasUnsavedEdits(current.history) ? await this.saveVersion(`Before restoring ${info?.name ?? id}`, current.dataset) : null;
    await this.start(current.name, version.dataset);
    return { ok: true, dataset: version.dataset, kept };
  }

  /** Whether a workspace is started or loaded (edits are being kept). */
  get active(): boolean {
    return this.meta !== null;
  }

  /** The kept workspace's name, or null. */
  get name(): string | null {
    return this.meta?.name ?? null;
  }

  /**
   * Forgets the workspace (dataset and history; named versions stay): another dataset was
   * opened, or the user went back to the default. The next load finds none.
   */
  async clear(): Promise<void> {
    const old = this.meta;
    this.meta = null;
    await this.enqueue(() => this.backend.write([], [META, BASE, ...(old?.entrySeqs ?? []).map(entryKey)]));
  }

  /** Resolves once every write asked for so far is done. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    const run = this.queue.then(write);
    this.queue = run.catch((e) => this.onError(e));
    return run;
  }

  private stored(dataset: Dataset): StoredText {
    const text = canonicalDatasetJson(dataset, { indent: 0 });
    return this.backend.blobs ? { blob: new Blob([text], { type: "application/json" }) } : { text };
  }
}

async function textOf(stored: StoredText): Promise<string | undefined> {
  if (typeof Blob !== "undefined" && stored.blob instanceof Blob) return stored.blob.text();
  return typeof stored.text === "string" ? stored.text : undefined;
}

function fail(path: string, message: string): RestoreResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Position of a state in the history: -1 the root, k after entries[k], -2 none of them. */
function positionOf(h: HistoryState, seq: number): number {
  if (seq === h.rootSeq) return -1;
  const k = h.entries.findIndex((e) => e.seq === seq);
  return k < 0 ? -2 : k;
}

/** Steps between a state and the current one. */
function distance(h: HistoryState, seq: number): number {
  return Math.abs(positionOf(h, seq) - (h.cursor - 1));
}

/** The dataset at the history's cursor, from the base at state `baseSeq`. */
function replay(base: Dataset, h: HistoryState, baseSeq: number): { ok: true; dataset: Dataset } | { ok: false; errors: ValidationIssue[] } {
  const from = positionOf(h, baseSeq);
  if (from === -2) return { ok: false, errors: [{ path: "(workspace)", message: "the kept dataset is not part of the kept history" }] };
  const to = h.cursor - 1;
  let dataset = base;
  const step = (ops: Op[], what: string) => {
    const out = tryApply(dataset, { kind: "patch", ops });
    if (!out.ok) throw Object.assign(new Error(what), { errors: out.errors });
    dataset = out.dataset;
  };
  try {
    for (let k = from + 1; k <= to; k++) step(redoOps(h.entries[k]!), `redo ${h.entries[k]!.seq}`);
    for (let k = from; k > to; k--) step(h.entries[k]!.inverse, `undo ${h.entries[k]!.seq}`);
  } catch (e) {
    const errors = (e as { errors?: ValidationIssue[] }).errors ?? [];
    return { ok: false, errors: [{ path: "(workspace)", message: `the kept history does not apply (${(e as Error).message})` }, ...errors] };
  }
  return { ok: true, dataset };
}
