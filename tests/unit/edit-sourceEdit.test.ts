/** Editing a source's text (src/model/edit/sourceEdit.ts): refused when a quote would be lost, offsets moved otherwise, one undo step. */
import { describe, expect, it } from "vitest";
import { newDataset } from "../../src/model/edit/template.ts";
import { apply } from "../../src/model/edit/apply.ts";
import { planSourceEdit } from "../../src/model/edit/sourceEdit.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import type { Dataset } from "../../src/model/schema.ts";

const TEXT = "A said yes. B said no. A said yes.";

function dataset(): Dataset {
  let d = newDataset("t", "T");
  const run = (c: Parameters<typeof apply>[1]) => (d = apply(d, c).dataset);
  run({ kind: "addSource", source: { id: "s", title: "S", publisher: "P", text: TEXT } });
  run({ kind: "addActor", actor: { id: "A", label: "Aland", kind: "state" } });
  run({ kind: "addActor", actor: { id: "B", label: "Bland", kind: "state" } });
  // The second "A said yes." (offset 23), so the nearest occurrence matters.
  run({ kind: "addRelation", relation: { id: "r", source: "A", target: "B", type: "alliance", from: "2020-01-01", evidence: [{ source: "s", quote: "A said yes.", start: 23, end: 34 }] } });
  run({ kind: "addEvent", event: { id: "e", label: "Talks", date: "2020-02-01", actors: ["A"], evidence: [{ source: "s", quote: "B said no." }] } });
  return d;
}

describe("planSourceEdit", () => {
  it("names the first quote a new text would lose, and who cites it", () => {
    const out = planSourceEdit(dataset(), "s", { text: "A said yes. B said maybe." });
    expect(out).toEqual({ ok: false, broken: { owner: { collection: "events", id: "e" }, ownerName: "event Talks", quote: "B said no." } });
  });

  it("moves offsets to the nearest occurrence, in one command that undoes exactly", () => {
    const before = dataset();
    const text = `Update. ${TEXT}`;
    const out = planSourceEdit(before, "s", { text, title: "S2" });
    if (!out.ok) throw new Error("refused");
    expect(out.command.kind).toBe("batch");
    const after = apply(before, out.command);
    const ev = after.dataset.relations[0]!.evidence[0]!;
    expect([ev.start, ev.end]).toEqual([31, 42]);
    expect(text.slice(ev.start, ev.end)).toBe("A said yes.");
    expect(datasetJson(apply(after.dataset, after.inverse).dataset)).toBe(datasetJson(before));
  });

  it("is a plain update when the text keeps every offset (or does not change)", () => {
    expect(planSourceEdit(dataset(), "s", { title: "New" })).toEqual({ ok: true, command: { kind: "updateSource", id: "s", changes: { title: "New" } } });
    expect(planSourceEdit(dataset(), "s", { text: `${TEXT} More.` })).toEqual({ ok: true, command: { kind: "updateSource", id: "s", changes: { text: `${TEXT} More.` } } });
  });
});
