/**
 * The view state: everything that decides what is on screen, and nothing derived from it. It is
 * the single source of truth for panels and renderer, and the URL is a serialisation of it.
 *
 * Sections, as in Gephi Lite's core: types, the reducer that computes the next state (pure), and
 * action creators. Side effects (sigma, DOM, URL) subscribe to the store; they never mutate state.
 */
import type { StanceModel } from "../model/stanceModel.ts";

// ── types ─────────────────────────────────────────────────────────────────────────────────────

export type Selection = { kind: "actor"; id: string } | { kind: "relation"; id: string } | { kind: "pair"; a: string; b: string };

/** The camera's zoom limits: sigma's ratio bounds in the renderer, and what a link may ask for. */
export const CAMERA_RATIO_MIN = 0.03;
export const CAMERA_RATIO_MAX = 8;

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** The date shown (YYYY-MM-DD). */
  date: string;
  /** Compare mode: the two dates overlaid, or null. */
  compare: { a: string; b: string } | null;
  /** Relation type ids the user has hidden. */
  hiddenTypes: readonly string[];
  /** Actor kinds the user has hidden. */
  hiddenKinds: readonly string[];
  selection: Selection | null;
  /** Actor under the pointer (transient: not in the URL). */
  hovered: string | null;
  /** Relation under the pointer: its label shows in full (transient). */
  hoveredRelation: string | null;
  /** Whether the table view is open. */
  table: boolean;
  /** Camera, or null for "fit the graph". */
  camera: CameraState | null;
  /** Timeline playback (transient). */
  playing: boolean;
  /** Playback speed in days per second. */
  speed: number;
  /** Whether the side panel shows the Analysis (instead of the Details); a drawer on small screens. */
  analysis: boolean;
  /** Actors lit together on the graph, e.g. an unbalanced triad picked in the Analysis (transient). */
  highlightActors: readonly string[];
  /** Whether each actor's bloc is drawn as a ring around its node. */
  blocs: boolean;
  /** Actors drawn on the net alignment chart; null for the default pick (analysisState.ts). */
  chartActors: readonly string[] | null;
  /** The ego view: only this actor and its neighbours up to `depth` steps away, or null for everything. */
  ego: EgoView | null;
}

export interface EgoView {
  actor: string;
  depth: 1 | 2;
}

export type Action =
  | { type: "setDate"; date: string }
  /** A discrete jump (a period, an event): shows that date alone, leaving compare mode and playback. */
  | { type: "goToDate"; date: string }
  | { type: "setCompare"; compare: { a: string; b: string } | null }
  | { type: "toggleType"; id: string }
  | { type: "toggleKind"; kind: string }
  | { type: "select"; selection: Selection | null }
  | { type: "hover"; id: string | null }
  | { type: "hoverRelation"; id: string | null }
  | { type: "setTable"; open: boolean }
  | { type: "setCamera"; camera: CameraState | null }
  | { type: "setPlaying"; playing: boolean }
  | { type: "setSpeed"; speed: number }
  | { type: "setAnalysis"; open: boolean }
  /** An empty list clears the highlight. */
  | { type: "highlightActors"; actors: readonly string[] }
  | { type: "setBlocs"; show: boolean }
  | { type: "setChartActors"; actors: readonly string[] }
  | { type: "setEgo"; ego: EgoView | null }
  | { type: "replace"; state: ViewState };

// ── producers ─────────────────────────────────────────────────────────────────────────────────

/** The state a dataset opens with: its last named period (the "after" view), or the span's end. */
export function initialState(model: StanceModel): ViewState {
  const periods = model.dataset.periods;
  const date = periods.length > 0 ? periods[periods.length - 1]!.date : model.span.to;
  return {
    date,
    compare: null,
    hiddenTypes: [],
    hiddenKinds: [],
    selection: null,
    hovered: null,
    hoveredRelation: null,
    table: false,
    camera: null,
    playing: false,
    speed: 30,
    analysis: false,
    highlightActors: [],
    blocs: false,
    chartActors: null,
    ego: null,
  };
}

/** Computes the next state. Pure: same state and action, same result. */
export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case "setDate":
      return action.date === state.date ? state : { ...state, date: action.date };
    case "goToDate":
      return action.date === state.date && !state.compare && !state.playing ? state : { ...state, date: action.date, compare: null, playing: false };
    case "setCompare":
      return { ...state, compare: action.compare, playing: action.compare ? false : state.playing };
    case "toggleType":
      return { ...state, hiddenTypes: toggle(state.hiddenTypes, action.id) };
    case "toggleKind":
      return { ...state, hiddenKinds: toggle(state.hiddenKinds, action.kind) };
    case "select":
      if (sameSelection(state.selection, action.selection)) return state;
      // Picking something shows its details: the side panel leaves the Analysis, and its highlight.
      return action.selection ? { ...state, selection: action.selection, analysis: false, highlightActors: [] } : { ...state, selection: null };
    case "hover":
      return action.id === state.hovered ? state : { ...state, hovered: action.id };
    case "hoverRelation":
      return action.id === state.hoveredRelation ? state : { ...state, hoveredRelation: action.id };
    case "setTable":
      return { ...state, table: action.open };
    case "setCamera":
      return { ...state, camera: action.camera };
    case "setPlaying":
      return action.playing === state.playing ? state : { ...state, playing: action.playing };
    case "setSpeed":
      return { ...state, speed: action.speed };
    case "setAnalysis":
      // A highlight outlives the panel (on a phone the drawer covers the graph): the key over
      // the graph names it and clears it.
      return action.open === state.analysis ? state : { ...state, analysis: action.open };
    case "highlightActors":
      return sameList(state.highlightActors, action.actors) ? state : { ...state, highlightActors: [...action.actors] };
    case "setBlocs":
      return action.show === state.blocs ? state : { ...state, blocs: action.show };
    case "setChartActors":
      return state.chartActors && sameList(state.chartActors, action.actors) ? state : { ...state, chartActors: [...action.actors] };
    case "setEgo": {
      const e = action.ego;
      if (e === null ? state.ego === null : state.ego !== null && state.ego.actor === e.actor && state.ego.depth === e.depth) return state;
      return { ...state, ego: e };
    }
    case "replace":
      return action.state;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function toggle(list: readonly string[], x: string): string[] {
  return list.includes(x) ? list.filter((y) => y !== x) : [...list, x].sort();
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === "pair" && b.kind === "pair") return a.a === b.a && a.b === b.b;
  return (a as { id: string }).id === (b as { id: string }).id;
}
