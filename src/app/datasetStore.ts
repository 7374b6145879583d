/**
 * The imported dataset kept across reloads, in IndexedDB (localStorage holds ~5 MB; datasets can
 * be far larger). Stored as the file's text with its name; it is validated again on every load,
 * so nothing stored is trusted. Removing it brings back the embedded default.
 */
import { createStore, del, get, set } from "idb-keyval";

export interface StoredDataset {
  name: string;
  savedAt: string;
  text: string;
}

const KEY = "imported-dataset";
const store = () => createStore("stancegraph", "datasets");

export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const value = await get<StoredDataset>(KEY, store());
    return value && typeof value.text === "string" && typeof value.name === "string" ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the dataset for the next visit. Returns false when the browser refuses (private mode, quota). */
export async function saveStoredDataset(name: string, text: string): Promise<boolean> {
  try {
    await set(KEY, { name, text, savedAt: new Date().toISOString() } satisfies StoredDataset, store());
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
