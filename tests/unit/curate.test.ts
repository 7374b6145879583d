/**
 * The curation workspace's pure parts: the reading pane's sentences (the same as "select
 * sentence" says), a quote's passage, the relation form's prefill from a passage, and the derived
 * view following an edit of the model (the picture shows an edit at once).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { passageOf, splitSentences } from "../../src/io/sentences.ts";
import { sentenceAt } from "../../src/io/sourceText.ts";
import { newRelationId, prefillFromPassage, relationStepLabel, repeatedRelation, spanReaching } from "../../src/app/curation.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { createStore } from "../../src/app/store.ts";
import { initialState, reduce, type Action, type ViewState } from "../../src/app/state.ts";
import { createDerivedView, type DerivedKey } from "../../src/app/derivedView.ts";
import { visibleRelations } from "../../src/app/derive.ts";
import { createEdits } from "../../src/app/edits.ts";
import { newDataset } from "../../src/model/edit/template.ts";
import { miniDataset } from "./fixtures.ts";

const TEXT = "Mr. Smith went to Yerevan. Armenia froze its CSTO membership!\n\nRussia's peacekeepers left.  Azerbaijan and Turkey drew closer? Yes.\n";

describe("splitSentences", () => {
  it("cuts a text into the sentences sentenceAt finds, white space between them", () => {
    const spans = splitSentences(TEXT);
    expect(spans.map((s) => TEXT.slice(s.start, s.end))).toEqual([
      "Mr. Smith went to Yerevan.",
      "Armenia froze its CSTO membership!",
      "Russia's peacekeepers left.",
      "Azerbaijan and Turkey drew closer?",
      "Yes.",
    ]);
  });

  it("agrees with sentenceAt everywhere, never overlaps, and leaves only white space out (random texts)", () => {
    const word = fc.constantFrom("Alpha", "beta", "Mr.", "U.S.", "e.g.", "x", "Gamma!", "ok?", "end.", "B.");
    const sep = fc.constantFrom(" ", "  ", "\n", "\n\n", ". ", " \t");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join("");
        const spans = splitSentences(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(last, s.start).trim()).toBe("");
          expect(sentenceAt(text, s.start)).toEqual(s);
          last = s.end;
        }
        expect(text.slice(last).trim()).toBe("");
      }),
      { numRuns: 300 },
    );
  });
});

describe("passageOf", () => {
  it("keeps offsets that still point at the quote, else finds the first occurrence, else null", () => {
    expect(passageOf("a b a b", "a b", 4, 7)).toEqual({ start: 4, end: 7 });
    expect(passageOf("a b a b", "a b", 1, 4)).toEqual({ start: 0, end: 3 });
    expect(passageOf("a b a b", "a b")).toEqual({ start: 0, end: 3 });
    expect(passageOf("a b a b", "c")).toBeNull();
  });
});

describe("prefillFromPassage", () => {
  const d = miniDataset();
  d.sources.push({ id: "pasted", title: "Pasted", publisher: "Me", date: "2024-04-18", text: "Alphaland and Beta signed." });

  it("takes the first two actors the quote names (labels or aliases), the source's date, and keeps the offsets", () => {
    expect(prefillFromPassage(d, { sourceId: "pasted", quote: "Alphaland and Beta signed.", start: 0, end: 26 })).toEqual({
      source: "AAA",
      target: "BBB",
      from: "2024-04-18",
      quote: "Alphaland and Beta signed.",
      start: 0,
      end: 26,
      sourceId: "pasted",
    });
  });

  it("names nobody when the quote names nobody, and what the caller gives wins", () => {
    const p = prefillFromPassage(d, { sourceId: "pasted", quote: "Nobody here." }, { type: "alliance", target: "GAM" });
    expect(p.source).toBeUndefined();
    expect(p.target).toBe("GAM");
    expect(p.type).toBe("alliance");
  });

  it("proposes relation ids not yet taken", () => {
    const id = newRelationId(d, "AAA", "BBB", "alliance", "2020-01-01");
    expect(d.relations.some((r) => r.id === id)).toBe(false);
    expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("repeatedRelation: the relation a draft would record a second time", () => {
  const d = miniDataset();
  // r1: AAA–BBB alliance [2020-01-01, 2023-09-20); r2: AAA–BBB estrangement from 2023-09-20, ongoing.
  const draft = (over: Partial<{ source: string; target: string; type: string; from: string; to: string }>) => ({ source: "AAA", target: "BBB", type: "alliance", from: "2021-05-01", ...over });

  it("finds the relation of the same pair and type whose dates share a day with the draft's, either way round", () => {
    expect(repeatedRelation(d, draft({}))?.id).toBe("r1");
    expect(repeatedRelation(d, draft({ source: "BBB", target: "AAA" }))?.id).toBe("r1");
    expect(repeatedRelation(d, draft({ from: "2019-01-01", to: "2020-01-02" }))?.id).toBe("r1");
    expect(repeatedRelation(d, draft({ type: "estrangement", from: "2030-01-01" }))?.id).toBe("r2");
  });

  it("finds none for another type, another pair, dates that only touch (half-open), the relation being edited, or dates not yet typed", () => {
    expect(repeatedRelation(d, draft({ type: "mediation" }))).toBeUndefined();
    expect(repeatedRelation(d, draft({ target: "GAM" }))).toBeUndefined();
    expect(repeatedRelation(d, draft({ from: "2023-09-20" }))).toBeUndefined();
    expect(repeatedRelation(d, draft({ from: "2019-01-01", to: "2020-01-01" }))).toBeUndefined();
    expect(repeatedRelation(d, draft({}), "r1")).toBeUndefined();
    expect(repeatedRelation(d, draft({ from: "2021-5" }))).toBeUndefined();
  });
});

describe("spanReaching: the timeline window widened to a relation wholly outside it", () => {
  const span = { from: "2020-09-27", to: "2024-06-30" };

  it("reaches back to the first day of a relation that ended before the window, and on to the last day of one that begins after it", () => {
    expect(spanReaching(span, { from: "1994-11-01", to: "1995-01-01" })).toEqual({ from: "1994-11-01", to: "2024-06-30" });
    // Ending on the window's first day (half-open) is before it.
    expect(spanReaching(span, { from: "2019-01-01", to: "2020-09-27" })).toEqual({ from: "2019-01-01", to: "2024-06-30" });
    expect(spanReaching(span, { from: "2025-03-01", to: "2025-06-01" })).toEqual({ from: "2020-09-27", to: "2025-05-31" });
    // Still holding: its first day.
    expect(spanReaching(span, { from: "2025-03-01" })).toEqual({ from: "2020-09-27", to: "2025-03-01" });
    // Beginning the day after the window; one day long, before it.
    expect(spanReaching(span, { from: "2024-07-01" })).toEqual({ from: "2020-09-27", to: "2024-07-01" });
    expect(spanReaching(span, { from: "2019-05-01", to: "2019-05-02" })).toEqual({ from: "2019-05-01", to: "2024-06-30" });
  });

  it("names the undo step with what came with the relation", () => {
    const what = "Added relation Zambia – Angola (mediation)";
    expect(relationStepLabel(what, 0, null)).toBe(what);
    expect(relationStepLabel(what, 1, null)).toBe(`${what} with a new actor`);
    expect(relationStepLabel(what, 0, { from: "1994-11-01", to: "2024-06-30" })).toBe(`${what} with the timeline widened to 1994-11-01 – 2024-06-30`);
    expect(relationStepLabel(what, 2, { from: "1994-11-01", to: "2024-06-30" })).toBe(`${what} with 2 new actors and the timeline widened to 1994-11-01 – 2024-06-30`);
  });

  it("leaves the window alone for a relation that holds on a day of it, a dataset without a window of its own, or dates not valid yet", () => {
    // From 1994, still holding: it shows in the window.
    expect(spanReaching(span, { from: "1994-11-01" })).toBeNull();
    expect(spanReaching(span, { from: "2019-01-01", to: "2020-09-28" })).toBeNull();
    expect(spanReaching(span, { from: "2024-06-30" })).toBeNull();
    expect(spanReaching(undefined, { from: "1994-11-01", to: "1995-01-01" })).toBeNull();
    expect(spanReaching(span, { from: "1994-11" })).toBeNull();
    expect(spanReaching(span, { from: "1995-01-01", to: "1994-11-01" })).toBeNull();
  });
});

describe("an edit reaches the derived view", () => {
  function setup() {
    const dataset = newDataset("new", "New");
    dataset.actors.push({ id: "AAA", label: "Alpha", kind: "state" }, { id: "BBB", label: "Beta", kind: "state" });
    dataset.sources.push({ id: "s", title: "S", publisher: "P", text: "Alpha and Beta signed a pact." });
    const model = createModel(dataset, { layout: false });
    const store = createStore<ViewState, Action>({ ...initialState(model), date: "2024-01-01" }, reduce);
    const view = createDerivedView(model, store, (e) => {
      throw e;
    });
    const edits = createEdits(model, view);
    const woken = new Map<string, number>();
    const on = (name: string, keys: DerivedKey[]) => view.select(keys, () => woken.set(name, (woken.get(name) ?? 0) + 1));
    on("renderer", ["visible", "focus", "rings", "selection", "hovered"]);
    on("details", ["selection", "visible", "ego"]);
    on("datasetPanels", ["modelRevision"]);
    on("period", ["date"]);
    return { model, store, view, edits, woken };
  }
  const relation = { id: "r1", source: "AAA", target: "BBB", type: "alliance", from: "2023-01-01", evidence: [{ source: "s", quote: "Alpha and Beta signed a pact.", start: 0, end: 29 }] };

  it("shows an added relation at once, with what entered, and a new revision; undo takes it away", () => {
    const { model, store, view, edits, woken } = setup();
    const before = view.get();
    expect(before.visible.ids.size).toBe(0);
    const out = edits.perform({ kind: "addRelation", relation });
    expect(out.ok).toBe(true);
    const after = view.get();
    expect([...after.visible.ids]).toEqual(["r1"]);
    expect(after.change).toMatchObject({ entered: ["r1"], left: [], step: false });
    expect(after.revision).toBe(before.revision + 1);
    expect(after.modelRevision).toBe(model.revision);
    expect([...after.visible.ids]).toEqual([...visibleRelations(model, store.getState()).ids]);
    expect(woken.get("renderer")).toBe(1);
    expect(woken.get("datasetPanels")).toBe(1);
    expect(woken.get("period")).toBeUndefined();
    edits.undo();
    expect(view.get().visible.ids.size).toBe(0);
    // r1 is deleted, not only out of view: nothing is left to fade out (derivedView.ts VisibleChange).
    expect(view.get().change).toMatchObject({ entered: [], left: [], step: false });
    expect(woken.get("datasetPanels")).toBe(2);
  });

  it("follows a change of type and dates, and a store change after the edit still steps from the new model", () => {
    const { store, view, edits } = setup();
    edits.perform({ kind: "addRelation", relation });
    expect([...view.get().visible.ids]).toEqual(["r1"]);
    edits.perform({ kind: "updateRelation", id: "r1", changes: { from: "2024-06-01" } });
    expect(view.get().visible.ids.size).toBe(0);
    store.dispatch({ type: "setDate", date: "2024-07-01" });
    expect([...view.get().visible.ids]).toEqual(["r1"]);
  });

  it("wakes nobody when asked again without an edit", () => {
    const { view, woken } = setup();
    view.modelChanged();
    expect(woken.size).toBe(0);
  });
});
