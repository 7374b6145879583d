import { describe, expect, it } from "vitest";
import { EditSession } from "../../src/model/edit/session.ts";
import { canRedo, canUndo, historyList } from "../../src/model/edit/history.ts";
import { plan } from "../../src/model/edit/apply.ts";
import { miniDataset } from "./fixtures.ts";

const NOW = () => "2026-01-01T00:00:00.000Z";

describe("edit history", () => {
  it("labels each action for the history list, newest first, one entry however many records it touched", () => {
    const d = miniDataset();
    const s = new EditSession(d, { now: NOW });
    s.perform({ kind: "addActor", actor: { id: "KRE", label: "Kremlin", kind: "organization" } });
    s.perform({ kind: "updateActor", id: "AAA", changes: { label: "Russia" } });
    s.perform(plan(s.dataset, { kind: "mergeActors", from: "KRE", into: "AAA" }).command);
    s.perform({ kind: "changeStance", relation: "r2", date: "2024-02-01", next: { id: "r2b", type: "alliance", evidence: [{ source: "ref", citation: "c" }] } });
    s.perform(plan(s.dataset, { kind: "removeActor", id: "BBB" }).command);
    s.undo();
    expect(historyList(s.history)).toEqual([
      { seq: 5, label: "Deleted actor Beta with 3 relations", at: NOW(), applied: false },
      { seq: 4, label: "Recorded a change: Russia – Beta, estrangement → alliance from 2024-02-01", at: NOW(), applied: true },
      { seq: 3, label: "Merged Kremlin into Russia", at: NOW(), applied: true },
      { seq: 2, label: "Renamed Alpha to Russia", at: NOW(), applied: true },
      { seq: 1, label: "Added actor Kremlin", at: NOW(), applied: true },
    ]);
    // A new action drops what could have been redone.
    s.perform({ kind: "updateDataset", changes: { title: "Mine" } });
    expect(historyList(s.history).map((e) => e.label)[0]).toBe("Retitled the dataset Mine");
    expect(canRedo(s.history)).toBe(false);
    expect(s.history.entries).toHaveLength(5);
  });

  it("keeps at most `limit` entries: the oldest can no longer be undone", () => {
    const s = new EditSession(miniDataset(), { now: NOW, limit: 3 });
    for (let k = 1; k <= 5; k++) expect(s.perform({ kind: "updateDataset", changes: { title: `T${k}` } }).ok).toBe(true);
    expect(s.history.entries.map((e) => e.seq)).toEqual([3, 4, 5]);
    for (let k = 0; k < 3; k++) expect(s.undo().ok).toBe(true);
    expect(canUndo(s.history)).toBe(false);
    expect(s.undo()).toEqual({ ok: false, errors: [{ path: "(history)", message: "nothing to undo" }] });
    expect(s.dataset.title).toBe("T2");
  });

  it("tells subscribers each step after dataset and history agree; a refused command changes nothing", () => {
    const s = new EditSession(miniDataset(), { now: NOW });
    const seen: string[] = [];
    s.subscribe((e) => seen.push(`${e.kind} ${e.entry.seq} ${e.dataset.title} ${e.history.cursor}`));
    s.perform({ kind: "updateDataset", changes: { title: "A" } });
    const before = s.dataset;
    expect(s.perform({ kind: "updateRelation", id: "r1", changes: { from: "2030-01-01" } }).ok).toBe(false);
    expect(s.dataset).toBe(before);
    s.undo();
    s.redo();
    expect(seen).toEqual(["do 1 A 1", "undo 1 Mini 0", "redo 1 A 1"]);
  });
});

describe("undo of a history restored from storage", () => {
  it("checks an entry it did not make before applying it, and refuses one that would break the dataset", () => {
    const d = miniDataset();
    const made = new EditSession(d, { now: NOW });
    made.perform({ kind: "updateRelation", id: "r1", changes: { confidence: "high" } });
    // Tampered with in storage: undoing would now put back a relation ending before it starts.
    const history = structuredClone(made.history);
    const op = history.entries[0]!.inverse[0]!;
    if (op.op !== "replace") throw new Error("expected a replace");
    op.after = { ...op.after, to: "2019-01-01" } as typeof op.after;
    const restored = new EditSession(made.dataset, { history, now: NOW });
    expect(restored.undo()).toEqual({ ok: false, errors: [{ path: "relations[0]", message: '"to" 2019-01-01 is before "from" 2020-01-01' }] });
    expect(restored.dataset).toBe(made.dataset);
  });
});
