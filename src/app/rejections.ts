/**
 * Suggestions a curator rejected, kept across reloads (issue #14: a rejected candidate must not come
 * back every time the source is opened). They are the reader's choices, not the dataset's content,
 * so they live in the browser's local storage beside the "About seen" mark, one record per dataset:
 * for each source, the candidate ids rejected and a hash of the text they were rejected in
 * (candidate ids are stable within one text; once the text changes they may name other sentences,
 * and the rejections of that source are dropped).
 *
 * Nothing stored is trusted: a record that is not what this module writes is ignored (and replaced
 * at the next rejection). The record is bounded (sources and ids per source), oldest out first.
 */

/** The part of `Storage` used here (a Map-backed one in unit tests). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export interface Rejections {
  /** The candidate ids rejected in this source, while its text is `text`. */
  load(datasetId: string, sourceId: string, text: string): Set<string>;
  /** Keeps the ids rejected in this source now (empty: forgets the source). */
  save(datasetId: string, sourceId: string, text: string, ids: ReadonlySet<string>): void;
}

/** Sources remembered per dataset, and ids per source: the record stays a few hundred KiB at most. */
export const MAX_SOURCES = 200;
export const MAX_IDS = 1000;
const ID_MAX_LENGTH = 200;

interface Entry {
  source: string;
  text: string;
  ids: string[];
}

export const rejectionsKey = (datasetId: string) => `stancegraph:rejected-suggestions:${datasetId}`;

/** FNV-1a over the text's UTF-16 code units, with its length: enough to tell an edited text. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

const isString = (v: unknown): v is string => typeof v === "string";

/** The entries of a stored record, or none when it is not one this module wrote. */
function parseRecord(raw: string | null): Entry[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const entries: Entry[] = [];
  for (const e of value.slice(0, MAX_SOURCES)) {
    if (typeof e !== "object" || e === null) return [];
    const { source, text, ids } = e as Record<string, unknown>;
    if (!isString(source) || !isString(text) || !Array.isArray(ids) || !ids.every(isString)) return [];
    entries.push({ source, text, ids: ids.filter((id) => id.length <= ID_MAX_LENGTH).slice(0, MAX_IDS) });
  }
  return entries;
}

/** Rejections kept in `storage` (the page's localStorage; null when the browser refuses it: then kept for the session only). */
export function createRejections(storage: KeyValueStorage | null): Rejections {
  const memory = new Map<string, string>();
  const read = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const write = (key: string, value: string) => {
    memory.set(key, value);
    try {
      storage?.setItem(key, value);
    } catch {
      // Storage full or refused: the session still remembers them.
    }
  };
  return {
    load(datasetId, sourceId, text) {
      const hash = textHash(text);
      const entry = parseRecord(read(rejectionsKey(datasetId))).find((e) => e.source === sourceId);
      return new Set(entry && entry.text === hash ? entry.ids : []);
    },
    save(datasetId, sourceId, text, ids) {
      const key = rejectionsKey(datasetId);
      const others = parseRecord(read(key)).filter((e) => e.source !== sourceId);
      const kept = [...ids].filter((id) => id.length <= ID_MAX_LENGTH).slice(-MAX_IDS);
      // The source just touched goes last; the oldest go first when the record is full.
      const entries = kept.length > 0 ? [...others, { source: sourceId, text: textHash(text), ids: kept }] : others;
      write(key, JSON.stringify(entries.slice(-MAX_SOURCES)));
    },
  };
}

/** The page's local storage, or null when the browser refuses it (private modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
