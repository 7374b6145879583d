import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Dataset } from "../../src/model/schema.ts";
import { EditSession, plan } from "../../src/model/edit/index.ts";
import { memoryBackend, WorkspaceStore, type WorkspaceBackend } from "../../src/app/workspaceStore.ts";
import { canonicalDatasetJson } from "../../src/io/datasetJson.ts";
import { datasetArb } from "./arbitraries.ts";
import { freshIds, randomCommand, seeded } from "./edit-arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

const NOW = () => "2026-01-01T00:00:00.000Z";
const canon = (d: Dataset) => canonicalDatasetJson(d);

/** A backend that counts what each write stores, to show an edit does not rewrite the dataset. */
function counting(inner = memoryBackend()) {
  const writes: string[][] = [];
  const backend: WorkspaceBackend = { blobs: false, get: (k) => inner.get(k), write: (set, del) => (writes.push(set.map(([k]) => k)), inner.write(set, del)) };
  return { backend, writes, inner };
}

async function reopen(backend: WorkspaceBackend, options: { checkpointEvery?: number; limit?: number } = {}) {
  const store = new WorkspaceStore(backend, { now: NOW, checkpointEvery: options.checkpointEvery });
  const loaded = await store.load();
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join("; "));
  const w = loaded.workspace!;
  const session = new EditSession(w.dataset, { history: w.history, now: NOW, limit: options.limit });
  store.attach(session);
  return { store, session, workspace: w };
}

describe("the workspace store", () => {
  it("loses nothing: random edits, undos and redos interleaved with reloads come back exactly, history included", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb({ maxActors: 6, maxRelations: 8 }), fc.nat(), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 8 }), async (start, seed, checkpointEvery, limit) => {
        const rnd = seeded(seed);
        const fresh = freshIds();
        const backend = memoryBackend();
        const first = new WorkspaceStore(backend, { now: NOW, checkpointEvery });
        await first.start("Test", start);
        let session = new EditSession(start, { now: NOW, limit });
        first.attach(session);
        let store = first;
        for (let k = 0; k < 20; k++) {
          const roll = rnd();
          if (roll < 0.2) session.undo();
          else if (roll < 0.3) session.redo();
          else if (roll < 0.45) {
            await store.idle();
            const expected = { dataset: canon(session.dataset), history: session.history };
            ({ store, session } = await reopen(backend, { checkpointEvery, limit }));
            expect({ dataset: canon(session.dataset), history: session.history }).toEqual(expected);
          } else session.perform(plan(session.dataset, randomCommand(session.dataset, rnd, fresh)).command);
        }
        await store.idle();
        const last = await reopen(backend, { checkpointEvery, limit });
        expect(canon(last.session.dataset)).toBe(canon(session.dataset));
        expect(last.session.history).toEqual(session.history);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it("writes an edit's entry and a small record, not the dataset, until a checkpoint is due", async () => {
    const { backend, writes } = counting();
    const store = new WorkspaceStore(backend, { now: NOW, checkpointEvery: 3 });
    const d = miniDataset();
    await store.start("Mini", d);
    const session = new EditSession(d, { now: NOW });
    store.attach(session);
    for (let k = 1; k <= 4; k++) session.perform({ kind: "updateDataset", changes: { title: `T${k}` } });
    await store.idle();
    expect(writes).toEqual([["base", "meta"], ["entry:1", "meta"], ["entry:2", "meta"], ["entry:3", "base", "meta"], ["entry:4", "meta"]]);
  });

  it("tracks unsaved edits against the last download or named version", async () => {
    const backend = memoryBackend();
    const store = new WorkspaceStore(backend, { now: NOW });
    const d = miniDataset();
    await store.start("Mini", d);
    const session = new EditSession(d, { now: NOW });
    store.attach(session);
    expect(store.hasUnsavedEdits(session.history)).toBe(false);
    session.perform({ kind: "updateDataset", changes: { title: "Mine" } });
    expect(store.hasUnsavedEdits(session.history)).toBe(true);
    await store.markSaved(session.history);
    expect(store.hasUnsavedEdits(session.history)).toBe(false);
    session.undo();
    expect(store.hasUnsavedEdits(session.history)).toBe(true);
    session.redo();
    expect(store.hasUnsavedEdits(session.history)).toBe(false);
    session.undo();
    await store.idle();
    expect((await reopen(backend)).workspace.unsaved).toBe(true);
  });

  it("saves, lists and restores named versions, keeping unsaved edits as a version first", async () => {
    const backend = memoryBackend();
    const store = new WorkspaceStore(backend, { now: NOW });
    const d = miniDataset();
    await store.start("Mini", d);
    const session = new EditSession(d, { now: NOW });
    store.attach(session);
    session.perform({ kind: "updateDataset", changes: { title: "Draft 1" } });
    const v1 = await store.saveVersion("Draft 1", session.dataset, session.history);
    expect(store.hasUnsavedEdits(session.history)).toBe(false);
    session.perform(plan(session.dataset, { kind: "removeActor", id: "GAM" }).command);
    const restored = await store.restoreVersion(v1.id, { name: "Mini", dataset: session.dataset, history: session.history });
    expect(restored.ok && restored.dataset.title).toBe("Draft 1");
    expect(restored.ok && restored.kept?.name).toBe("Before restoring Draft 1");
    expect((await store.listVersions()).map((v) => [v.id, v.name, v.actors])).toEqual([
      ["v1", "Draft 1", 3],
      ["v2", "Before restoring Draft 1", 2],
    ]);
    expect(await store.readVersion("nope")).toEqual({ ok: false, errors: [{ path: "(version)", message: 'no version "nope" is kept' }] });
    await store.deleteVersion("v2");
    expect((await store.listVersions()).map((v) => v.id)).toEqual(["v1"]);
    // Without a workspace (another tab, a fresh store) versions still get ids of their own.
    const other = new WorkspaceStore(backend, { now: NOW });
    expect((await other.saveVersion("Elsewhere", d)).id).toBe("v2");
    expect((await other.saveVersion("Again", d)).id).toBe("v3");
  });

  it("trusts nothing it reads back: a broken dataset or a missing entry is reported, not loaded", async () => {
    const backend = memoryBackend();
    const store = new WorkspaceStore(backend, { now: NOW });
    const d = miniDataset();
    await store.start("Mini", d);
    const session = new EditSession(d, { now: NOW });
    store.attach(session);
    session.perform({ kind: "updateDataset", changes: { title: "Mine" } });
    await store.idle();
    backend.records.delete("entry:1");
    expect(await new WorkspaceStore(backend).load()).toEqual({ ok: false, errors: [{ path: "(workspace)", message: "history entry 1 is missing" }] });
    backend.records.set("base", { seq: 0, text: '{"format":"stancegraph/1"' });
    const broken = await new WorkspaceStore(backend).load();
    expect(broken.ok ? null : broken.errors[0]!.message).toMatch(/^the kept dataset is not valid JSON/);
    expect(await new WorkspaceStore(memoryBackend()).load()).toEqual({ ok: true, workspace: null });
  });
});
