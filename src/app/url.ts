/**
 * The view state as a URL fragment, and back. A copied address reproduces what was on screen:
 * the date (or the named period it stands for), the compare dates, the selection, the filters,
 * the table and the camera. Transient state (hover, playback, speed) stays out.
 *
 *   #period=after-2023&compare=2023-09-18,2024-04-18&sel=pair:ARM,RUS&hide=mediation&ego=ARM,1&table=1&cam=0.5,0.5,1
 *
 * Links come from anywhere, so parsing trusts nothing: every value is checked against the dataset
 * (known ids, real calendar dates inside the dataset's span, finite camera numbers in range), and
 * anything wrong falls back to the default with a short notice saying what was ignored. Parsing
 * never throws. Pure: no DOM, no `location`; `src/ui/urlSync.ts` binds it to the browser.
 */
import type { StanceModel } from "../model/stanceModel.ts";
import { isIsoDate } from "../model/dates.ts";
import { CAMERA_RATIO_MAX, CAMERA_RATIO_MIN, type CameraState, type Selection, type ViewState } from "./state.ts";

// ── types ─────────────────────────────────────────────────────────────────────────────────────

/** What parsing needs to know about the dataset; built once by `urlContext`. */
export interface UrlContext {
  /** The state of a bare link (no fragment): the dataset's opening view. */
  defaults: ViewState;
  span: { from: string; to: string };
  periods: ReadonlyArray<{ id: string; date: string }>;
  /** Whether an id names an actor, a relation: the model's own maps (a copy of 500,000 relation ids took 0.26 s of the 50k start-up). */
  actorIds: Pick<ReadonlySet<string>, "has">;
  relationIds: Pick<ReadonlySet<string>, "has">;
  typeIds: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
}

export interface ParsedView {
  state: ViewState;
  /** One short sentence per part of the link that was ignored; empty when all was understood. */
  notices: string[];
}

/** Parameter names, in the order they are written. */
export const URL_KEYS = ["period", "date", "compare", "sel", "hide", "kinds", "ego", "table", "cam"] as const;

/** The fields of the view state a link carries; the rest (hover, playback, panels) stays local. */
export const URL_FIELDS = ["date", "compare", "selection", "hiddenTypes", "hiddenKinds", "ego", "table", "camera"] as const satisfies ReadonlyArray<keyof ViewState>;

/** `base` with the fields a link carries taken from `linked`. */
export function withLinkedFields(base: ViewState, linked: ViewState): ViewState {
  const out: ViewState = { ...base };
  const copy = <K extends keyof ViewState>(key: K) => (out[key] = linked[key]);
  for (const key of URL_FIELDS) copy(key);
  return out;
}

/** Limits that keep hostile links cheap to reject. */
export const MAX_FRAGMENT = 8000;
const MAX_VALUE = 1000;
const MAX_PARAMS = 40;
/** Camera bounds: the zoom limits the renderer gives sigma, and a generous box around the graph. */
const COORD_MAX = 1000;

// ── context ───────────────────────────────────────────────────────────────────────────────────

export function urlContext(model: StanceModel, defaults: ViewState): UrlContext {
  const d = model.dataset;
  return {
    defaults,
    span: model.span,
    periods: d.periods.map((p) => ({ id: p.id, date: p.date })),
    actorIds: model.actors,
    relationIds: model.relations,
    typeIds: new Set(d.relationTypes.map((t) => t.id)),
    kinds: new Set(d.actors.map((a) => a.kind)),
  };
}

// ── serialise ─────────────────────────────────────────────────────────────────────────────────

/**
 * The fragment for a state, without the leading `#`. The date is written as its period id when a
 * named period stands for it (readable links: `period=after-2023`); defaults other than the date
 * are left out so links stay short.
 */
export function serializeView(state: ViewState, ctx: UrlContext): string {
  const params: Array<[string, string]> = [];
  const period = ctx.periods.find((p) => p.date === state.date);
  params.push(period ? ["period", period.id] : ["date", state.date]);
  if (state.compare) params.push(["compare", `${state.compare.a},${state.compare.b}`]);
  if (state.selection) params.push(["sel", selectionParam(state.selection)]);
  if (state.hiddenTypes.length > 0) params.push(["hide", state.hiddenTypes.join(",")]);
  if (state.hiddenKinds.length > 0) params.push(["kinds", state.hiddenKinds.join(",")]);
  if (state.ego) params.push(["ego", `${state.ego.actor},${state.ego.depth}`]);
  if (state.table) params.push(["table", "1"]);
  if (state.camera) params.push(["cam", `${num(state.camera.x)},${num(state.camera.y)},${num(state.camera.ratio)}`]);
  return params.map(([k, v]) => `${k}=${encodeValue(v)}`).join("&");
}

function selectionParam(s: Selection): string {
  return s.kind === "pair" ? `pair:${s.a},${s.b}` : `${s.kind}:${s.id}`;
}

/** Numbers as JavaScript prints them (exact round trip); -0 as 0. */
function num(x: number): string {
  return String(x === 0 ? 0 : x);
}

/** Percent-encodes all but the characters our values are made of, so links stay legible. */
function encodeValue(v: string): string {
  return v.replace(/[^A-Za-z0-9_.~,:-]/g, (c) => encodeURIComponent(c));
}

// ── parse ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The state a fragment describes (with or without the leading `#`), starting from the defaults.
 * Never throws; whatever cannot be used is reported in `notices` and left at its default.
 */
export function parseView(fragment: string, ctx: UrlContext): ParsedView {
  const notices: string[] = [];
  const state: ViewState = { ...ctx.defaults, compare: null, selection: null, hiddenTypes: [], hiddenKinds: [], ego: null, table: false, camera: null };
  let text = typeof fragment === "string" ? fragment.replace(/^#/, "") : "";
  if (text.length > MAX_FRAGMENT) {
    notices.push(`The link was too long (${text.length} characters); only its start was read.`);
    text = text.slice(0, MAX_FRAGMENT);
  }
  const params = readParams(text, notices);

  const dateOf = (value: string, what: string): string | null => {
    const period = ctx.periods.find((p) => p.id === value);
    if (period) return period.date;
    if (!isIsoDate(value)) {
      notices.push(`${what}: ${quote(value)} is not a calendar date (YYYY-MM-DD) or a period of this dataset.`);
      return null;
    }
    if (value < ctx.span.from || value > ctx.span.to) {
      const clamped = value < ctx.span.from ? ctx.span.from : ctx.span.to;
      notices.push(`${what}: ${value} is outside this dataset (${ctx.span.from} to ${ctx.span.to}); showing ${clamped}.`);
      return clamped;
    }
    return value;
  };

  const period = params.get("period");
  const date = params.get("date");
  if (period !== undefined) {
    const p = ctx.periods.find((x) => x.id === period);
    if (p) state.date = p.date;
    else notices.push(`Unknown period ${quote(period)}.`);
  }
  if (date !== undefined) state.date = dateOf(date, "Date") ?? state.date;

  const compare = params.get("compare");
  if (compare !== undefined) {
    const parts = compare.split(",");
    if (parts.length !== 2) notices.push(`Compare: expected two dates separated by a comma, got ${quote(compare)}.`);
    else {
      const a = dateOf(parts[0]!, "Compare");
      const b = dateOf(parts[1]!, "Compare");
      if (a && b) state.compare = { a, b };
    }
  }

  const sel = params.get("sel");
  if (sel !== undefined) state.selection = parseSelection(sel, ctx, notices);

  const hide = params.get("hide");
  if (hide !== undefined) state.hiddenTypes = parseIdList(hide, ctx.typeIds, "relation type", notices);
  const kinds = params.get("kinds");
  if (kinds !== undefined) state.hiddenKinds = parseIdList(kinds, ctx.kinds, "actor kind", notices);

  const ego = params.get("ego");
  if (ego !== undefined) {
    const [actor, depth, ...more] = ego.split(",");
    if (more.length === 0 && actor !== undefined && ctx.actorIds.has(actor) && (depth === "1" || depth === "2")) state.ego = { actor, depth: depth === "1" ? 1 : 2 };
    else notices.push(`Neighbourhood: expected a known actor and a depth of 1 or 2 (ego=ARM,1), got ${quote(ego)}; the whole graph is shown.`);
  }

  const table = params.get("table");
  if (table !== undefined) {
    if (table === "1" || table === "0") state.table = table === "1";
    else notices.push(`Table: expected 1 or 0, got ${quote(table)}.`);
  }

  const cam = params.get("cam");
  if (cam !== undefined) state.camera = parseCamera(cam, notices);

  return { state, notices };
}

/** Splits `k=v&k=v`, decoding values. The first of repeated keys wins; unknown keys are reported. */
function readParams(text: string, notices: string[]): Map<string, string> {
  const params = new Map<string, string>();
  if (text === "") return params;
  const pieces = text.split("&");
  if (pieces.length > MAX_PARAMS) notices.push(`The link had ${pieces.length} parts; only the first ${MAX_PARAMS} were read.`);
  for (const piece of pieces.slice(0, MAX_PARAMS)) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const key = eq < 0 ? piece : piece.slice(0, eq);
    const raw = eq < 0 ? "" : piece.slice(eq + 1);
    if (!(URL_KEYS as readonly string[]).includes(key)) {
      notices.push(`Ignored ${quote(safeDecode(key) ?? key)}: not a setting of this view.`);
      continue;
    }
    if (params.has(key)) continue;
    if (raw.length > MAX_VALUE) {
      notices.push(`Ignored the value of “${key}”: too long (${raw.length} characters).`);
      continue;
    }
    const value = safeDecode(raw);
    if (value === null) notices.push(`Ignored the value of “${key}”: malformed percent-encoding.`);
    else params.set(key, value);
  }
  return params;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function parseSelection(value: string, ctx: UrlContext, notices: string[]): Selection | null {
  const colon = value.indexOf(":");
  const kind = colon < 0 ? "" : value.slice(0, colon);
  const rest = colon < 0 ? "" : value.slice(colon + 1);
  if (kind === "actor") {
    if (ctx.actorIds.has(rest)) return { kind: "actor", id: rest };
    notices.push(`Unknown actor ${quote(rest)}; nothing is selected.`);
    return null;
  }
  if (kind === "relation") {
    if (ctx.relationIds.has(rest)) return { kind: "relation", id: rest };
    notices.push(`Unknown relation ${quote(rest)}; nothing is selected.`);
    return null;
  }
  if (kind === "pair") {
    const ids = rest.split(",");
    const [a, b] = ids;
    if (ids.length === 2 && a !== undefined && b !== undefined && a !== b && ctx.actorIds.has(a) && ctx.actorIds.has(b)) return { kind: "pair", a, b };
    notices.push(`Selection: ${quote(rest)} is not a pair of two known actors; nothing is selected.`);
    return null;
  }
  notices.push(`Selection: ${quote(value)} is not actor:…, relation:… or pair:…,…; nothing is selected.`);
  return null;
}

/** A comma list of known ids, deduplicated and sorted as the reducer keeps them. */
function parseIdList(value: string, known: ReadonlySet<string>, what: string, notices: string[]): string[] {
  const out = new Set<string>();
  for (const id of value.split(",")) {
    if (id === "") continue;
    if (known.has(id)) out.add(id);
    else notices.push(`Unknown ${what} ${quote(id)} in the filters.`);
  }
  return [...out].sort();
}

function parseCamera(value: string, notices: string[]): CameraState | null {
  const parts = value.split(",");
  // Number("") is 0 and Number(" 1") is 1: only plain decimal numbers count.
  const nums = parts.map((p) => (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p) ? Number(p) + 0 : Number.NaN));
  const [x, y, ratio] = nums;
  const ok =
    nums.length === 3 &&
    x !== undefined && y !== undefined && ratio !== undefined &&
    nums.every(Number.isFinite) &&
    Math.abs(x) <= COORD_MAX && Math.abs(y) <= COORD_MAX &&
    ratio >= CAMERA_RATIO_MIN && ratio <= CAMERA_RATIO_MAX;
  if (ok) return { x, y, ratio };
  notices.push(`Camera: ${quote(value)} is not x,y,zoom within range; the whole graph is shown.`);
  return null;
}

/** A value quoted for a notice: short, with control characters made visible. */
function quote(value: string): string {
  const clean = value.replace(/[\p{C}]/gu, "?");
  return `“${clean.length > 32 ? `${clean.slice(0, 31)}…` : clean}”`;
}
