/**
 * Test-only page script for tests/browser/workspaceStore.test.ts: the workspace store on the
 * browser's real IndexedDB. Bundled by the test itself (the app's build does not include it).
 */
import { EditSession, historyList, plan } from "../../src/model/edit/index.ts";
import { indexedDbBackend, WorkspaceStore } from "../../src/app/workspaceStore.ts";
import { canonicalDatasetJson } from "../../src/io/datasetJson.ts";
import { miniDataset } from "../unit/fixtures.ts";

const NOW = () => "2026-01-01T00:00:00.000Z";

async function write(): Promise<{ dataset: string; history: string[] }> {
  const store = new WorkspaceStore(indexedDbBackend("stancegraph-workspace-test"), { now: NOW, checkpointEvery: 2 });
  const d = miniDataset();
  await store.start("Mini", d);
  const session = new EditSession(d, { now: NOW });
  store.attach(session);
  session.perform({ kind: "addActor", actor: { id: "KRE", label: "Kremlin", kind: "organization" } });
  session.perform(plan(session.dataset, { kind: "mergeActors", from: "KRE", into: "AAA" }).command);
  session.perform({ kind: "changeStance", relation: "r2", date: "2024-02-01", next: { id: "r2b", type: "alliance", evidence: [{ source: "ref", citation: "c" }] } });
  session.perform({ kind: "updateDataset", changes: { title: "Kept" } });
  session.undo();
  await store.idle();
  return { dataset: canonicalDatasetJson(session.dataset), history: historyList(session.history).map((e) => `${e.applied ? "" : "(undone) "}${e.label}`) };
}

async function read(): Promise<{ dataset: string; history: string[]; unsaved: boolean } | { errors: string[] }> {
  const loaded = await new WorkspaceStore(indexedDbBackend("stancegraph-workspace-test")).load();
  if (!loaded.ok) return { errors: loaded.errors.map((e) => `${e.path}: ${e.message}`) };
  const w = loaded.workspace;
  if (!w) return { errors: ["nothing kept"] };
  return { dataset: canonicalDatasetJson(w.dataset), history: historyList(w.history).map((e) => `${e.applied ? "" : "(undone) "}${e.label}`), unsaved: w.unsaved };
}

(window as unknown as { __workspace: unknown }).__workspace = { write, read };
