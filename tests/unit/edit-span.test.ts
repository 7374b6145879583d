/**
 * The model's span after an edit follows the ops (updateModel's extentAfter) instead of a pass over
 * every date, and still equals the extent of the dataset after it, in the cases where a pass is
 * needed: a date at an end taken away, a date brought and taken back in one edit.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/schema.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { EditSession } from "../../src/model/edit/session.ts";
import type { Command } from "../../src/model/edit/commands.ts";

function dataset(): Dataset {
  const evidence = [{ source: "s", citation: "x" }];
  return {
    format: "stancegraph/1",
    id: "d",
    title: "d",
    actors: [
      { id: "A", label: "A", kind: "state" },
      { id: "B", label: "B", kind: "state" },
    ],
    relationTypes: [{ id: "t", label: "t", sign: 1, directed: false, color: "#000000" }],
    relations: [
      { id: "first", source: "A", target: "B", type: "t", from: "2001-01-01", to: "2002-01-01", evidence },
      { id: "mid", source: "A", target: "B", type: "t", from: "2005-01-01", to: "2006-01-01", evidence },
      { id: "last", source: "A", target: "B", type: "t", from: "2009-01-01", to: "2010-01-01", evidence },
    ],
    events: [],
    sources: [{ id: "s", title: "s", publisher: "p" }],
    periods: [],
  } as Dataset;
}

const evidence = [{ source: "s", citation: "x" }];
const steps: Array<[string, Command]> = [
  ["widen at the start", { kind: "addRelation", relation: { id: "early", source: "A", target: "B", type: "t", from: "1999-01-01", to: "1999-06-01", evidence } }],
  ["take the new start away again", { kind: "removeRelation", id: "early" }],
  ["take the last end away", { kind: "removeRelation", id: "last" }],
  ["change an inner relation's dates", { kind: "updateRelation", id: "mid", changes: { from: "2004-01-01", to: "2004-06-01" } }],
  [
    "bring a date and take it back in one edit",
    {
      kind: "batch",
      label: "both",
      commands: [
        { kind: "addRelation", relation: { id: "late", source: "A", target: "B", type: "t", from: "2030-01-01", evidence } },
        { kind: "updateRelation", id: "late", changes: { from: "2003-01-01", to: "2003-06-01" } },
      ],
    },
  ],
  ["move the first start later", { kind: "updateRelation", id: "first", changes: { from: "2001-06-01" } }],
];

describe("the model's span after an edit", () => {
  it("equals the extent of the edited dataset after each step, and after undoing them all", () => {
    const model = createModel(dataset(), { layout: false });
    const session = new EditSession(model.dataset, { model });
    for (const [what, command] of steps) {
      const out = session.perform(command);
      expect(out.ok, what).toBe(true);
      expect(model.span, what).toEqual(createModel(model.dataset, { layout: false }).span);
    }
    while (session.undo().ok) expect(model.span).toEqual(createModel(model.dataset, { layout: false }).span);
    expect(model.span).toEqual({ from: "2001-01-01", to: "2010-01-01" });
  });

  it("of a new dataset goes from the year up to today to its first relation's dates, and back on undo", () => {
    const empty = { ...dataset(), relations: [] };
    const model = createModel(empty, { layout: false, today: "2026-03-15" });
    expect(model.span).toEqual({ from: "2025-03-15", to: "2026-03-15" });
    const session = new EditSession(model.dataset, { model });
    expect(session.perform(steps[0]![1]).ok).toBe(true);
    // The relation's own extent, not its union with the undated window.
    expect(model.span).toEqual({ from: "1999-01-01", to: "1999-06-01" });
    expect(session.undo().ok).toBe(true);
    expect(model.span).toEqual({ from: "2025-03-15", to: "2026-03-15" });
  });
});
