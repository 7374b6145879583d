/**
 * The imported dataset kept across reloads, in IndexedDB (localStorage holds ~5 MB; datasets can
 * be far larger). Stored as a Blob with its name: Chromium refuses a single stored value over about
 * 127 MiB once serialised, but keeps Blobs out of line, so a 50k-actor dataset fits. It is validated
 * again on every load, so nothing stored is trusted. Removing it brings back the embedded default.
 */
import { createStore, del, get, set } from "idb-keyval";

export interface StoredDataset {
  name: string;
  savedAt: string;
  text: string;
}

const KEY = "imported-dataset";
const store = () => createStore("stancegraph", "datasets");

/** What IndexedDB holds: the text as a Blob (or, from older versions and tests, as a string). */
interface StoredRecord {
  name: string;
  savedAt: string;
  blob?: Blob;
  text?: string;
}

/** A record is kept under the dataset's key, but its text cannot be had: said, never taken for "nothing kept". */
export interface UnreadableStoredDataset {
  name: string;
  unreadable: string;
}

/**
 * The dataset kept in this browser: null when nothing is kept (or storage is unavailable); a record
 * that is there but whose text cannot be read back is reported as unreadable, so the page says so
 * instead of opening the default as if nothing had been imported.
 */
export async function readStoredDataset(): Promise<StoredDataset | UnreadableStoredDataset | null> {
  let value: unknown;
  try {
    value = await get<unknown>(KEY, store());
  } catch {
    return null;
  }
  if (value === undefined || value === null) return null;
  const record = (typeof value === "object" ? value : {}) as Partial<StoredRecord>;
  const name = typeof record.name === "string" ? record.name : "(a dataset without a name)";
  try {
    const text = record.blob instanceof Blob ? await record.blob.text() : record.text;
    if (typeof text === "string") return { name, savedAt: String(record.savedAt), text };
    return { name, unreadable: "the record kept in this browser holds no text (neither a Blob nor a string)" };
  } catch (err) {
    return { name, unreadable: `its text kept in this browser could not be read back (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** Keeps the dataset (dataset JSON, as text or a Blob) for the next visit. Returns false when the browser refuses (private mode, quota). */
export async function saveStoredDataset(name: string, data: string | Blob): Promise<boolean> {
  try {
    const blob = typeof data === "string" ? new Blob([data], { type: "application/json" }) : data;
    const record: StoredRecord = { name, savedAt: new Date().toISOString(), blob };
    await set(KEY, record, store());
    return true;
  } catch {
    return false;
  }
}

export async function removeStoredDataset(): Promise<void> {
  try {
    await del(KEY, store());
  } catch {
    // Nothing stored, or storage unavailable: either way the default is what loads next.
  }
}
