/**
 * Whether a curation workspace is kept in this browser, asked without loading the workspace's
 * code (the validator and the edit engine load only when there is one: src/workspace.ts).
 * The database and key are WorkspaceStore's (src/app/workspaceStore.ts).
 */
import { createStore, get } from "idb-keyval";

export async function hasKeptWorkspace(): Promise<boolean> {
  try {
    return (await get("meta", createStore("stancegraph-workspace", "workspace"))) !== undefined;
  } catch {
    // Storage refused: there is nothing kept to restore.
    return false;
  }
}
