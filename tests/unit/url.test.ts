/** The view state in the URL: exact round trips for valid states, safe defaults for anything else. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateDataset } from "../../src/model/validate.ts";
import { createModel } from "../../src/model/stanceModel.ts";
import { fromDay, isIsoDate, toDay } from "../../src/model/dates.ts";
import { initialState, type Selection, type ViewState } from "../../src/app/state.ts";
import { MAX_FRAGMENT, URL_FIELDS, parseView, serializeView, urlContext, withLinkedFields, type UrlContext } from "../../src/app/url.ts";

const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));
const checked = validateDataset(raw);
if (!checked.ok) throw new Error("graph-data/karabakh.json does not validate");
const model = createModel(checked.dataset, { layout: false });
const defaults = initialState(model);
const ctx = urlContext(model, defaults);

const actorIds = model.dataset.actors.map((a) => a.id);
const relationIds = model.dataset.relations.map((r) => r.id);
const typeIds = model.dataset.relationTypes.map((t) => t.id);
const kinds = [...new Set(model.dataset.actors.map((a) => a.kind))];

// ── arbitraries ───────────────────────────────────────────────────────────────────────────────

const dateArb = fc.integer({ min: toDay(model.span.from), max: toDay(model.span.to) }).map(fromDay);
const selectionArb: fc.Arbitrary<Selection | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...actorIds).map((id) => ({ kind: "actor" as const, id })),
  fc.constantFrom(...relationIds).map((id) => ({ kind: "relation" as const, id })),
  fc.uniqueArray(fc.constantFrom(...actorIds), { minLength: 2, maxLength: 2 }).map(([a, b]) => ({ kind: "pair" as const, a: a!, b: b! })),
);
const sortedSubset = (xs: string[]) => fc.subarray(xs).map((s) => [...s].sort());
const thousandths = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000);
const cameraArb = fc.option(fc.record({ x: thousandths(-1000, 1000), y: thousandths(-1000, 1000), ratio: thousandths(0.03, 8) }), { nil: null });

/** States the app can be in, as far as the URL is concerned (transient fields at their defaults). */
const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    date: fc.oneof(dateArb, fc.constantFrom(...model.dataset.periods.map((p) => p.date))),
    compare: fc.option(fc.record({ a: dateArb, b: dateArb }), { nil: null }),
    selection: selectionArb,
    hiddenTypes: sortedSubset(typeIds),
    hiddenKinds: sortedSubset(kinds),
    table: fc.boolean(),
    camera: cameraArb,
  })
  .map((s) => ({ ...defaults, ...s }));

/** A state parsing may produce: every field within what the dataset and the app allow. */
function expectValidState(s: ViewState, context: UrlContext): void {
  const inSpan = (d: string) => isIsoDate(d) && d >= context.span.from && d <= context.span.to;
  expect(inSpan(s.date)).toBe(true);
  if (s.compare) expect(inSpan(s.compare.a) && inSpan(s.compare.b)).toBe(true);
  const sel = s.selection;
  if (sel?.kind === "actor") expect(context.actorIds.has(sel.id)).toBe(true);
  if (sel?.kind === "relation") expect(context.relationIds.has(sel.id)).toBe(true);
  if (sel?.kind === "pair") expect(context.actorIds.has(sel.a) && context.actorIds.has(sel.b) && sel.a !== sel.b).toBe(true);
  expect(s.hiddenTypes.every((t) => context.typeIds.has(t))).toBe(true);
  expect([...s.hiddenTypes].sort()).toEqual(s.hiddenTypes);
  expect(new Set(s.hiddenTypes).size).toBe(s.hiddenTypes.length);
  expect(s.hiddenKinds.every((k) => context.kinds.has(k))).toBe(true);
  expect(typeof s.table).toBe("boolean");
  if (s.camera) {
    expect([s.camera.x, s.camera.y, s.camera.ratio].every(Number.isFinite)).toBe(true);
    expect(s.camera.ratio).toBeGreaterThanOrEqual(0.03);
    expect(s.camera.ratio).toBeLessThanOrEqual(8);
  }
  expect(s.hovered).toBeNull();
  expect(s.playing).toBe(false);
}

// ── tests ─────────────────────────────────────────────────────────────────────────────────────

describe("serializeView", () => {
  it("writes the opening view as its period, and nothing else", () => {
    expect(serializeView(defaults, ctx)).toBe("period=after-2023");
  });

  it("writes a full view legibly", () => {
    const s: ViewState = {
      ...defaults,
      date: "2023-10-03",
      compare: { a: "2023-09-18", b: "2024-04-18" },
      selection: { kind: "pair", a: "RUS", b: "ARM" },
      hiddenTypes: ["mediation", "prosecution"],
      hiddenKinds: ["court"],
      table: true,
      camera: { x: 0.5, y: -0.25, ratio: 1.2 },
    };
    expect(serializeView(s, ctx)).toBe("date=2023-10-03&compare=2023-09-18,2024-04-18&sel=pair:RUS,ARM&hide=mediation,prosecution&kinds=court&table=1&cam=0.5,-0.25,1.2");
  });
});

describe("parseView ∘ serializeView", () => {
  it("restores every valid state exactly, without notices", () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const fragment = serializeView(s, ctx);
        const parsed = parseView(`#${fragment}`, ctx);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it("carries the link's fields only: panels, hover and playback stay where the reader left them", () => {
    fc.assert(
      fc.property(stateArb, stateArb, fc.boolean(), fc.option(fc.constantFrom(...actorIds), { nil: null }), (linked, local, playing, hovered) => {
        const reader: ViewState = { ...local, playing, hovered, speed: 365 };
        const parsed = parseView(serializeView({ ...linked, playing, hovered, speed: 7 }, ctx), ctx).state;
        expect(parsed).toEqual(withLinkedFields(defaults, linked));
        const merged = withLinkedFields(reader, parsed);
        for (const key of URL_FIELDS) expect(merged[key]).toEqual(linked[key]);
        expect({ ...merged, ...Object.fromEntries(URL_FIELDS.map((k) => [k, null])) }).toEqual({ ...reader, ...Object.fromEntries(URL_FIELDS.map((k) => [k, null])) });
      }),
      { numRuns: 100 },
    );
  });

  it("reads a bare link as the dataset's opening view", () => {
    expect(parseView("", ctx)).toEqual({ state: defaults, notices: [] });
    expect(parseView("#", ctx)).toEqual({ state: defaults, notices: [] });
  });

  it("accepts period ids where dates go, and the compare dates as periods", () => {
    const { state, notices } = parseView("period=before-2023&compare=before-2023,after-2023", ctx);
    expect(notices).toEqual([]);
    expect(state.date).toBe("2023-09-18");
    expect(state.compare).toEqual({ a: "2023-09-18", b: "2024-04-18" });
  });
});

describe("hostile links", () => {
  const cases: Array<[string, string, RegExp, Partial<ViewState>]> = [
    ["an impossible date", "date=2023-02-30", /not a calendar date/, { date: defaults.date }],
    ["a date in another shape", "date=18/09/2023", /not a calendar date/, { date: defaults.date }],
    ["a date before the dataset", "date=1900-01-01", /outside this dataset/, { date: model.span.from }],
    ["a date after the dataset", "date=2999-12-31", /outside this dataset/, { date: model.span.to }],
    ["an unknown period", "period=during-2023", /Unknown period/, { date: defaults.date }],
    ["an unknown actor", "sel=actor:XYZ", /Unknown actor “XYZ”/, { selection: null }],
    ["an unknown relation", "sel=relation:nope", /Unknown relation/, { selection: null }],
    ["a pair of one actor", "sel=pair:RUS,RUS", /not a pair/, { selection: null }],
    ["a pair of three", "sel=pair:RUS,ARM,AZE", /not a pair/, { selection: null }],
    ["a selection of no kind", "sel=RUS", /not actor/, { selection: null }],
    ["an unknown relation type", "hide=alliance,bogus", /Unknown relation type “bogus”/, { hiddenTypes: ["alliance"] }],
    ["an unknown actor kind", "kinds=alien", /Unknown actor kind/, { hiddenKinds: [] }],
    ["a compare of one date", "compare=2023-09-18", /two dates/, { compare: null }],
    ["a compare with a bad half", "compare=2023-09-18,2023-13-01", /not a calendar date/, { compare: null }],
    ["a table flag in words", "table=yes", /expected 1 or 0/, { table: false }],
    ["a camera of NaN", "cam=NaN,1,1", /Camera/, { camera: null }],
    ["a camera at infinity", "cam=1e309,0,1", /Camera/, { camera: null }],
    ["a camera zoomed to nothing", "cam=0.5,0.5,0", /Camera/, { camera: null }],
    ["a camera of blanks", "cam=,,", /Camera/, { camera: null }],
    ["malformed percent-encoding", "sel=actor:%E0%A4%A", /malformed/, { selection: null }],
    ["an unknown key", "__proto__=1", /not a setting/, {}],
    ["an overlong value", `sel=actor:${"A".repeat(5000)}`, /too long/, { selection: null }],
  ];
  for (const [what, fragment, message, expected] of cases) {
    it(`falls back on ${what}`, () => {
      const { state, notices } = parseView(fragment, ctx);
      expect(notices.join("\n")).toMatch(message);
      expect(state).toMatchObject(expected);
      expectValidState(state, ctx);
    });
  }

  it("keeps the good parts of a link next to the bad ones", () => {
    const { state, notices } = parseView("period=before-2023&sel=actor:XYZ&hide=alliance,bogus&table=1", ctx);
    expect(notices).toHaveLength(2);
    expect(state).toMatchObject({ date: "2023-09-18", selection: null, hiddenTypes: ["alliance"], table: true });
  });

  it("reads only the start of a huge link, says so, with short notices", () => {
    const huge = `date=${"9".repeat(1_000_000)}&${"x=1&".repeat(10_000)}`;
    const { state, notices } = parseView(huge, ctx);
    // The work is bounded by MAX_FRAGMENT characters: the rest cannot change what is read.
    const start = parseView(huge.slice(0, MAX_FRAGMENT), ctx);
    expect(state).toEqual(start.state);
    expect(notices.slice(1)).toEqual(start.notices);
    expect(notices[0]).toMatch(/too long/);
    expect(notices.every((n) => n.length < 200)).toBe(true);
    expect(state.date).toBe(defaults.date);
  });

  it("never throws and always yields a valid state, whatever the fragment", () => {
    const key = fc.constantFrom("period", "date", "compare", "sel", "hide", "kinds", "table", "cam", "", "x", "__proto__", "constructor");
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom("actor:RUS", "pair:RUS,ARM", "relation:RUS-ARM-alliance-1992", "2023-02-30", "2024-02-29", "%", "%ZZ", "1e999", "-0", "after-2023"),
      fc.array(fc.constantFrom("RUS", "ARM", "alliance", ",", ":", "2023-10-03", "."), { maxLength: 6 }).map((xs) => xs.join("")),
    );
    const fragment = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(fc.tuple(key, value), { maxLength: 12 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join("&")),
      fc.array(fc.tuple(key, value), { maxLength: 12 }).map((ps) => ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")),
    );
    fc.assert(
      fc.property(fragment, (f) => {
        const parsed = parseView(f, ctx);
        expectValidState(parsed.state, ctx);
        // What parsing made of a link is itself a valid link that reads back the same.
        const again = parseView(serializeView(parsed.state, ctx), ctx);
        expect(again.notices).toEqual([]);
        expect(again.state).toEqual(parsed.state);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the link's context at start-up", () => {
  it("reads no relation of the dataset (the model's map answers for ids), and still knows them", () => {
    let reads = 0;
    const counting = <T extends object>(items: readonly T[]) =>
      new Proxy(items as T[], {
        get(target, key, receiver) {
          if (key === Symbol.iterator || key === "map" || key === "forEach" || (typeof key === "string" && /^\d+$/.test(key))) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const counted = { ...model, dataset: { ...model.dataset, relations: counting(model.dataset.relations) } } as typeof model;
    const context = urlContext(counted, defaults);
    expect(reads).toBe(0);
    const relation = relationIds[0]!;
    expect(parseView(`sel=relation:${encodeURIComponent(relation)}`, context).state.selection).toEqual({ kind: "relation", id: relation });
    expect(parseView("sel=relation:no-such-relation", context).state.selection).toBeNull();
  });
});
