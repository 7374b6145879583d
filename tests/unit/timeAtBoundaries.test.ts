/**
 * Time at the exact days the default dataset turns: what is active the day before and on the day,
 * what the diff between them says, what compare mode lists, and that playback lands on the end.
 * Validity is half-open, [from, to): a relation ending on `to` is gone on `to` itself.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateDataset } from "../../src/model/validate.ts";
import { activeRelationsAt, createModel } from "../../src/model/stanceModel.ts";
import { diffDates } from "../../src/model/diff.ts";
import { addDays, toDay } from "../../src/model/dates.ts";
import { visibleRelations } from "../../src/app/derive.ts";
import { initialState } from "../../src/app/state.ts";
import { advance, MAX_FRAME_MS } from "../../src/app/playback.ts";
import { changeEntries } from "../../src/app/changeList.ts";
import { changeHistogram, groupEvents, MAX_EVENT_MARKERS } from "../../src/app/timelineMarks.ts";
import { IntervalIndex } from "../../src/model/intervalIndex.ts";

const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));
const checked = validateDataset(raw);
if (!checked.ok) throw new Error("graph-data/karabakh.json does not validate");
const model = createModel(checked.dataset, { layout: false });

/** Relation types active between two actors (either direction) on a date, sorted. */
function typesBetween(a: string, b: string, date: string): string[] {
  return activeRelationsAt(model, date)
    .filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a))
    .map((r) => r.type)
    .sort();
}

/** The turns of the story, as the curated facts give them (facts.md). */
const TURNS: Array<{ what: string; pair: [string, string]; on: string; before: string[]; after: string[]; kind: "changed" | "added" | "removed"; changedPairs: string[] }> = [
  { what: "Armenia joins the ICC", pair: ["ARM", "ICC"], on: "2024-02-01", before: [], after: ["membership"], kind: "added", changedPairs: ["ARM|ICC"] },
  { what: "Armenia freezes its CSTO membership", pair: ["ARM", "CSTO"], on: "2024-02-22", before: ["membership"], after: ["estrangement"], kind: "changed", changedPairs: ["ARM|CSTO"] },
  { what: "Russia and Armenia fall out", pair: ["RUS", "ARM"], on: "2023-10-03", before: ["alliance", "mediation"], after: ["estrangement", "mediation"], kind: "changed", changedPairs: ["ARM|RUS"] },
  { what: "Karabakh's authorities stop fighting", pair: ["AZE", "NKR"], on: "2023-09-20", before: ["hostility"], after: [], kind: "removed", changedPairs: ["AZE|NKR"] },
  // The peacekeepers stood between both parties: both mediations end on the same day.
  { what: "Russian peacekeepers leave", pair: ["RUS", "ARM"], on: "2024-06-12", before: ["estrangement", "mediation"], after: ["estrangement"], kind: "changed", changedPairs: ["ARM|RUS", "AZE|RUS"] },
  { what: "France arms Armenia", pair: ["FRA", "ARM"], on: "2023-10-23", before: [], after: ["partnership"], kind: "added", changedPairs: ["ARM|FRA"] },
];

describe("active-at on the turning days", () => {
  for (const t of TURNS) {
    it(`${t.what}: ${t.on}`, () => {
      const eve = addDays(t.on, -1);
      expect(typesBetween(...t.pair, eve)).toEqual(t.before);
      expect(typesBetween(...t.pair, t.on)).toEqual(t.after);
    });
  }

  it("holds every relation from its first day up to, not including, its end", () => {
    for (const r of model.dataset.relations) {
      const on = (d: string) => activeRelationsAt(model, d).some((x) => x.id === r.id);
      expect(on(addDays(r.from, -1)), `${r.id} the day before ${r.from}`).toBe(false);
      expect(on(r.from), `${r.id} on ${r.from}`).toBe(true);
      if (r.to) {
        expect(on(addDays(r.to, -1)), `${r.id} on its last day`).toBe(true);
        expect(on(r.to), `${r.id} on ${r.to}, its end`).toBe(false);
      }
    }
  });
});

describe("diff across one day", () => {
  for (const t of TURNS) {
    it(`${t.what}: the day before → ${t.on} is “${t.kind}”`, () => {
      const diff = diffDates(model, addDays(t.on, -1), t.on);
      const pair = diff.pairs.find((p) => p.actors.includes(t.pair[0]) && p.actors.includes(t.pair[1]));
      expect(pair).toMatchObject({ kind: t.kind, typesBefore: t.before, typesAfter: t.after });
      expect(diff.pairs.filter((p) => p.kind !== "unchanged").map((p) => p.key)).toEqual(t.changedPairs);
    });
  }

  it("marks the relations of the Russia–Armenia turn removed, added and kept", () => {
    const state = { ...initialState(model), compare: { a: "2023-10-02", b: "2023-10-03" } };
    const { status } = visibleRelations(model, state);
    expect(status?.get("RUS-ARM-alliance-1992")).toBe("removed");
    expect(status?.get("RUS-ARM-estrangement-2023")).toBe("added");
    expect(status?.get("RUS-ARM-mediation-2020")).toBe("kept");
  });

  it("sees no change on a day when nothing turns", () => {
    expect(diffDates(model, "2022-06-01", "2022-06-02").pairs.filter((p) => p.kind !== "unchanged")).toEqual([]);
  });
});

describe("the before/after periods", () => {
  const [before, after] = model.dataset.periods;

  it("compare mode lists what changed, with the date each change started and its evidence", () => {
    const entries = changeEntries(model, diffDates(model, before!.date, after!.date));
    const lines = entries.map((e) => `${e.first} – ${e.second}: ${e.summary}, ${e.when}`);
    expect(lines).toEqual([
      "ARM – CSTO: membership → estrangement, from 2024-02-22",
      "RUS – ARM: alliance → estrangement (mediation throughout), from 2023-10-03",
      "FRA – ARM: no relation → partnership, from 2023-10-23",
      "ARM – ICC: no relation → membership, from 2024-02-01",
      "AZE – NKR: hostility → no relation, until 2023-09-20",
    ]);
    // The evidence shown for a change is that of the new relation (or of the one that ended).
    expect(entries.map((e) => e.evidenceOf.id)).toEqual([
      "ARM-CSTO-estrangement-2024",
      "RUS-ARM-estrangement-2023",
      "FRA-ARM-partnership-2023",
      "ARM-ICC-membership-2024",
      "AZE-NKR-hostility-2020",
    ]);
    expect(entries.every((e) => e.evidenceOf.evidence[0]?.quote ?? e.evidenceOf.evidence[0]?.citation)).toBeTruthy();
  });
});

/** The histogram's input for a list of intervals: an interval index built from them. */
const ofList = (list: ReadonlyArray<{ from: string; to?: string | undefined }>) => (each: (from: number, to: number) => void) => new IntervalIndex(list).forEachInterval(each);

describe("the timeline's histogram and playback at the span's ends", () => {
  it("counts every start and end inside the span once", () => {
    const inSpan = (d: string | undefined) => d !== undefined && d >= model.span.from && d <= model.span.to;
    const expected = model.dataset.relations.reduce((n, r) => n + (inSpan(r.from) ? 1 : 0) + (inSpan(r.to) ? 1 : 0), 0);
    for (const buckets of [1, 12, 45, 120]) {
      const counts = changeHistogram(ofList(model.dataset.relations), model.span, buckets);
      expect(counts).toHaveLength(buckets);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(expected);
    }
    // The first and the last day fall in the first and the last bucket.
    const edges = changeHistogram(ofList([{ from: model.span.from, to: model.span.to }]), model.span, 45);
    expect([edges[0], edges[44]]).toEqual([1, 1]);
  });

  it("counts the same from the model's interval index (what the timeline reads), also after edits of the index", () => {
    const relations = model.dataset.relations.map((r) => ({ from: r.from, to: r.to }));
    const fromIndex = (index: IntervalIndex, buckets: number) => changeHistogram((each) => index.forEachInterval(each), model.span, buckets);
    for (const buckets of [1, 45, 120]) expect(fromIndex(model.index, buckets)).toEqual(changeHistogram(ofList(relations), model.span, buckets));
    // Edits go to the index's overlay (and removed slots) until it is compacted: both are counted.
    const index = new IntervalIndex(relations);
    const edited = [...relations];
    const moved = { from: model.span.from, to: "2023-09-19" };
    index.update(3, moved);
    edited[3] = moved;
    index.remove(0);
    edited.splice(0, 1);
    const added = { from: "2023-09-19", to: undefined };
    index.insert(5, added);
    edited.splice(5, 0, added);
    index.insert(1, { from: "2020-01-01", to: "2020-02-01" });
    index.remove(1);
    expect(index.pendingEdits).toBeGreaterThan(0);
    expect(fromIndex(index, 45)).toEqual(changeHistogram(ofList(edited), model.span, 45));
    index.compact();
    expect(fromIndex(index, 45)).toEqual(changeHistogram(ofList(edited), model.span, 45));
  });

  it("advances whole days at the chosen speed and stops exactly on the last day", () => {
    expect(advance("2023-10-01", 0, 100, 30, model.span.to)).toEqual({ date: "2023-10-04", carry: expect.closeTo(0, 9), ended: false });
    expect(advance("2023-10-01", 0.5, 10, 30, model.span.to)).toEqual({ date: "2023-10-01", carry: expect.closeTo(0.8, 9), ended: false });
    expect(advance(addDays(model.span.to, -2), 0, 100, 365, model.span.to)).toEqual({ date: model.span.to, carry: 0, ended: true });
    // A stalled frame (a hidden tab) counts as at most MAX_FRAME_MS (1 s): 30 days at 1 month/s.
    expect(MAX_FRAME_MS).toBe(1000);
    expect(advance("2023-10-01", 0, 60_000, 30, model.span.to).date).toBe("2023-10-31");
  });
});

describe("event markers on the track", () => {
  const span = { from: "2000-01-01", to: "2009-12-31" };
  const event = (date: string, i: number) => ({ id: `e${i}`, date });

  it("are one per event, in date order, up to the cap", () => {
    const events = ["2003-05-01", "2001-01-01", "2009-12-31"].map(event);
    expect(groupEvents(events, span).map((g) => g.map((e) => e.date))).toEqual([["2001-01-01"], ["2003-05-01"], ["2009-12-31"]]);
  });

  it("group nearby events over the cap, keeping every event exactly once and in order", () => {
    const dates = Array.from({ length: 5000 }, (_, i) => addDays(span.from, (i * 7919) % 3652));
    const groups = groupEvents(dates.map(event), span);
    expect(groups.length).toBeLessThanOrEqual(MAX_EVENT_MARKERS);
    expect(groups.length).toBeGreaterThan(MAX_EVENT_MARKERS / 2);
    const flat = groups.flat();
    expect(flat.length).toBe(5000);
    expect(new Set(flat.map((e) => e.id)).size).toBe(5000);
    expect(flat.map((e) => e.date)).toEqual([...dates].sort());
    // Groups do not overlap in time: each one starts after the previous one ends.
    for (let i = 1; i < groups.length; i++) expect(groups[i]![0]!.date > groups[i - 1]!.at(-1)!.date).toBe(true);
  });

  it("put each event in the stretch of the span its day falls in, the span's edges and dates outside it included, whether or not they come sorted", () => {
    // Stretch of a day, by the definition: floor(days since the span's start × max ÷ days in the span), clamped.
    const max = MAX_EVENT_MARKERS;
    const days = toDay(span.to) - toDay(span.from) + 1;
    const stretch = (date: string) => Math.min(max - 1, Math.max(0, Math.floor(((toDay(date) - toDay(span.from)) * max) / days)));
    const edges = [span.from, span.to, "1999-12-31", "2010-01-01", "1990-06-01", "2030-01-01"];
    const dates = [...edges, ...Array.from({ length: 3000 }, (_, i) => addDays("1999-12-01", (i * 104_729) % 3800))];
    for (const list of [dates, [...dates].sort()]) {
      const groups = groupEvents(list.map(event), span);
      expect(groups.flat().length).toBe(dates.length);
      for (const group of groups) expect(new Set(group.map((e) => stretch(e.date))).size).toBe(1);
      const stretches = groups.map((group) => stretch(group[0]!.date));
      expect(stretches).toEqual([...new Set(stretches)].sort((a, b) => a - b));
    }
  });
});
