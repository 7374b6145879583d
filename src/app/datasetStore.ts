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

export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const value = await get<StoredRecord>(KEY, store());
    if (!value || typeof value.name !== "string") return null;
    const text = value.blob instanceof Blob ? await value.blob.text() : value.text;
    return typeof text === "string" ? { name: value.name, savedAt: String(value.savedAt), text } : null;
  } catch {
    return null;
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
