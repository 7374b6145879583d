/**
 * What each actor and relation looks like on screen, derived from the model and the derived view:
 * sigma's node and edge reducers, as pure functions of their inputs (unit-tested without WebGL).
 * Nothing here mutates the graph: view state goes through reducers, as sigma's examples do.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { StanceModel } from "../model/stanceModel.ts";
import type { ActorNodeAttributes, RelationEdgeAttributes } from "../model/graph.ts";
import type { Derived } from "./derivedView.ts";
import { blocColor } from "./analysisState.ts";
import { FADED_EDGE, FADED_NODE, kindColor } from "../style/palette.ts";
import { edgeLabel, edgeThickness, fadeToWhite } from "../style/edgeStyle.ts";
import { parallelCurvature } from "../style/edgeGeometry.ts";
import type { Point } from "../style/edgeGeometry.ts";

/** Graphs larger than this get sparser labels, no edge labels, no edge events and smaller nodes. */
export const SMALL_GRAPH = 300;
/** Node sizes on screen in graphs over SMALL_GRAPH actors, in pixels. */
const MIN_NODE_PX = 1.5;
const MAX_NODE_PX = 14;
/** Width of a bloc ring on screen, in pixels (a white gap separates it from the fill: see mount.ts). */
export const RING_PX = 5;

/** The sigma program that draws an edge (see edgeProgram). */
export type BaseEdgeProgram = "curved" | "curvedArrow" | "straight" | "straightArrow";
/**
 * The same four programs again, registered after the others (view/renderer.ts), for lit relations
 * (a selection, a hovered or selected actor's relations): sigma draws program after program and
 * orders by zIndex only within one, so a lit curve drawn by "curved" lay under every faded arrow
 * and straight line of a large graph.
 */
export type EdgeProgramName = BaseEdgeProgram | `${BaseEdgeProgram}Lit`;

/**
 * The program that draws an edge. A curvature of 0 (the middle one of an odd number of relations
 * in one direction, e.g. Russia → Armenia: alliance, estrangement, mediation) must be drawn
 * straight: @sigma/edge-curve sizes its quad by the sign of the curvature, so at 0 it draws
 * nothing, while its label (which falls back to the default curvature) still shows.
 */
export function edgeProgram(directed: boolean, curvature: number): BaseEdgeProgram {
  if (curvature === 0) return directed ? "straightArrow" : "straight";
  return directed ? "curvedArrow" : "curved";
}

/**
 * How many octaves of actors above SMALL_GRAPH node sizes take to go from the small graph's (the
 * model's sizes, uncapped) to the large graph's curve (scaled down and capped, below): 300 → 1,200.
 */
const SIZE_RAMP_OCTAVES = 2;

/** Octaves of actors above SMALL_GRAPH, to the nearest fourth (0 up to ~327 actors). */
function sizeOctaves(actors: number): number {
  return Math.max(0, Math.round(4 * Math.log2(actors / SMALL_GRAPH)) / 4);
}

/** How far `actors` have taken node sizes from the small graph's (0) to the large graph's (1). */
function largeness(actors: number): number {
  return actors <= SMALL_GRAPH ? 0 : Math.min(1, sizeOctaves(actors) / SIZE_RAMP_OCTAVES);
}

/**
 * How much a large graph's node sizes are scaled down (nodeSizing); 1 up to SMALL_GRAPH actors.
 *
 * 10k actors at their small-graph sizes covered the canvas in one blob (a bloc tied to thousands
 * of actors was 140 px across), and 2,000 still made a hairball: the scale falls with the number
 * of actors so that nodes cover about the same share of the picture at any size,
 * `0.35·√(300 / actors)` from 1,200 actors on.
 *
 * In steps of a fourth of an octave of the number of actors (each step ~9% in size): a graph that
 * grows or shrinks by curation has every actor drawn again at a new step (view/renderer.ts), not at
 * every actor added. Past ~14,700 actors the scale is at its floor and no longer changes.
 *
 * Between 300 and 1,200 actors the scale goes there from 1 geometrically (the curve raised to the
 * share of the way, largeness), 13–34% a step: it jumped from 1 to 0.35 at the 301st actor, so a
 * curator's next actor shrank every other one to a third.
 */
export function nodeScale(actors: number): number {
  return scaleAt(actors, largeness(actors));
}

/** nodeScale for `actors` whose largeness `t` is already known. */
function scaleAt(actors: number, t: number): number {
  if (t === 0) return 1;
  const curve = Math.max(0.05, 0.35 * 2 ** (-sizeOctaves(actors) / 2));
  return curve ** t;
}

/**
 * Node size on screen: as in the model for small graphs, scaled down (nodeScale) and clamped to
 * 1.5–14 px for large ones, hubs still larger than the rest. On the way between the two (300 to
 * 1,200 actors) the clamp closes in step with the scale, the cap halving every two steps (158 px
 * at 328 actors, 56 at 600, 14 at 1,200) and the floor rising from 0 to 1.5.
 */
export function nodeSizing(actors: number): (size: number) => number {
  const t = largeness(actors);
  if (t === 0) return (size) => size;
  const scale = scaleAt(actors, t);
  const max = MAX_NODE_PX * 2 ** (4 * (1 - t));
  const min = MIN_NODE_PX * t;
  return (size) => Math.min(max, Math.max(min, size * scale));
}

/** Relations drawn before edges start to become translucent. */
const OPAQUE_EDGES_UP_TO = 400;

/**
 * Edge opacity for a picture of `shown` relations: 1 up to a few hundred, then falling with the
 * square root of their number (a tenth at 40,000), so that a dense graph shows its structure —
 * where relations pile up, the colour deepens — instead of one solid tangle. Lit relations (a
 * hover, a selection) are drawn opaque over the rest.
 *
 * In steps of a fourth of an octave (each step is the number shown growing by √2): every relation on
 * screen has to be written again when it changes (the renderer does, view/renderer.ts), which a date
 * step otherwise never does for the relations that stay. Continuous, a long jump left the relations
 * that came in on the way at the opacity of the count then (a picture no direct opening gives).
 */
export function densityOpacity(shown: number): number {
  if (shown <= OPAQUE_EDGES_UP_TO) return 1;
  const quarterOctaves = Math.round(2 * Math.log2(OPAQUE_EDGES_UP_TO / shown));
  return Math.max(0.1, 2 ** (quarterOctaves / 4));
}

/**
 * `#rrggbb` with an alpha channel (`#rrggbbaa`, which sigma and canvases read). Kept per colour and
 * opacity: the edge reducer asks it for every relation drawn (255,000 at 50k actors), with a handful
 * of colours and one opacity, and each new string was three allocations for the collector.
 */
function withOpacity(hex: string, opacity: number): string {
  if (opacity >= 1) return hex;
  let byOpacity = withAlpha.get(hex);
  if (!byOpacity) {
    if (withAlpha.size >= WITH_ALPHA_KEPT) withAlpha.clear();
    withAlpha.set(hex, (byOpacity = new Map()));
  }
  let out = byOpacity.get(opacity);
  if (out === undefined) {
    out = /^#[0-9a-fA-F]{6}$/.test(hex) ? `${hex}${Math.round(opacity * 255).toString(16).padStart(2, "0")}` : hex;
    byOpacity.set(opacity, out);
  }
  return out;
}

/** withOpacity's results by colour, then opacity; emptied past WITH_ALPHA_KEPT colours (fades make many). */
const withAlpha = new Map<string, Map<number, string>>();
const WITH_ALPHA_KEPT = 512;

/** What the reducers read, besides the item itself. */
export interface AppearanceContext {
  model: StanceModel;
  view: Derived;
  /** Node size on screen from the model's size (nodeSizing). */
  size: (size: number) => number;
  /** Where an actor is drawn (the view's layout layer). */
  position: (actor: string) => Point;
  /** A relation's fade (0 … 1, 1 fully drawn) while it enters or leaves; null when not fading. */
  fade: (relation: string) => number | null;
  /** Whether edge labels are drawn at all (small graphs). */
  edgeLabels: boolean;
}

/**
 * `labelFirst`: named before the other actors where there is room, but left out where there is none
 * (a lifted neighbourhood). `forceLabel` is for the names that must be drawn whatever competes for
 * their places (the selected actor, a selected relation's two actors; the hovered one is
 * `highlighted`): a hub's forty lifted neighbours all forced lay over one another.
 */
export type NodeAppearance = Partial<NodeDisplayData> & { borderColor?: string; borderSize?: number; labelFirst?: boolean };
export type EdgeAppearance = Partial<EdgeDisplayData> & { curvature?: number; type: EdgeProgramName };

export function nodeAppearance(node: string, attrs: ActorNodeAttributes, ctx: AppearanceContext): NodeAppearance {
  const { view } = ctx;
  const p = ctx.position(node);
  let size = ctx.size(attrs.size);
  let label = attrs.label;
  let color = kindColor(attrs.kind);
  let hidden = false;
  let zIndex = 0;
  let highlighted = false;
  let forceLabel = false;
  let labelFirst = false;
  let type: string | undefined;
  let borderColor: string | undefined;
  let borderSize: number | undefined;
  const focus = view.focus;
  const inFocus = focus?.actors.has(node) ?? false;
  if (view.visible.hiddenActors.has(node)) hidden = true;
  else if (focus?.fadeRest && !inFocus) {
    color = FADED_NODE;
    label = "";
  } else {
    // A bloc is a ring in its colour and its number in the label (colour is never the only cue).
    const bloc = view.rings?.partition.blocOf.get(node);
    if (bloc !== undefined) {
      type = "bordered";
      borderColor = blocColor(bloc);
      borderSize = RING_PX;
      size += RING_PX / 2;
      label = `${attrs.label} (bloc ${bloc})`;
    }
    // An actor with no relation in view stays in place, pale, so the picture does not jump.
    if (!view.visible.actorsWithRelations.has(node)) color = FADED_NODE;
    else {
      const selected = view.selection?.kind === "actor" && view.selection.id === node;
      // The selected relation's two actors are named whatever else competes for their labels' places.
      const relation = view.selection?.kind === "relation" ? ctx.model.relations.get(view.selection.id) : undefined;
      const endOfSelected = relation !== undefined && (relation.source === node || relation.target === node);
      // A hover that lifts instead of fading (large graphs) names the neighbourhood where there is room.
      labelFirst = inFocus && focus !== null && !focus.fadeRest;
      zIndex = labelFirst ? 2 : 1;
      highlighted = selected || view.hovered === node;
      forceLabel = selected || endOfSelected;
    }
  }
  // One object per call, with every field sigma completes (as edgeAppearance's): sigma keeps it
  // for the actor, and a field added to it afterwards moves its fields to a second object. Built
  // from a first object and spread into the result before, two objects and a ring's third per
  // actor and call: 90 MB of a 50k jump's allocation (V8's sampling heap profiler).
  return { label, x: p.x, y: p.y, size, color, hidden, highlighted, forceLabel, labelFirst, type, borderColor, borderSize, zIndex };
}

export function edgeAppearance(edge: string, attrs: RelationEdgeAttributes, ctx: AppearanceContext): EdgeAppearance {
  const { view } = ctx;
  const type = ctx.model.relationTypes.get(attrs.relationType);
  const directed = type?.directed ?? false;
  const curvature = parallelCurvature(attrs.parallelIndex, attrs.parallelMaxIndex);
  const program = edgeProgram(directed, curvature);
  const shown = view.visible.ids.has(edge);
  const alpha = ctx.fade(edge);
  // A hidden edge keeps its program (type), so a partial refresh can repaint it in place later.
  if (!shown && alpha === null) return { hidden: true, type: program };
  const status = view.visible.status?.get(edge) ?? null;
  let color = type?.color ?? "#888888";
  if (status === "removed") color = fadeToWhite(color, 0.45);
  if (alpha !== null) color = fadeToWhite(color, alpha);
  const focus = view.focus;
  const inFocus = focus ? focus.relations.has(edge) : false;
  const focused = focus ? inFocus || !focus.fadeRest : true;
  if (!focused) color = FADED_EDGE;
  const selected = view.selection?.kind === "relation" && view.selection.id === edge;
  const lifted = inFocus && focus !== null && !focus.fadeRest;
  if (!inFocus && !selected) color = withOpacity(color, densityOpacity(view.visible.ids.size));
  const lit = selected || (focus !== null && inFocus);
  // Every field sigma completes is given here, `hidden` too: an object literal keeps its fields in
  // the object itself, and a field added later (sigma's default) moved them to a second object
  // per relation drawn, 255,000 at 50k actors (a heap snapshot), for the collector to mark.
  return {
    hidden: false,
    color,
    size: edgeThickness(type, status) * (selected || lifted ? 1.8 : 1),
    label: ctx.edgeLabels && focused ? edgeLabel(type, status) : "",
    type: lit ? `${program}Lit` : program,
    curvature,
    zIndex: lifted ? 2 : focused ? 1 : 0,
    forceLabel: selected,
  };
}
