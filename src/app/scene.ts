/**
 * Builds the scene (src/io/scene.ts): the marks of the picture in pixels, from the same appearance
 * functions sigma's reducers use (appearance.ts), the positions the screen uses and a camera that
 * maps graph coordinates to pixels. The app passes sigma's own camera (view/sceneCamera.ts), so
 * the PNG and the SVG show what the screen shows; the command line passes a fitted one.
 */
import { boundsOf } from "../model/bounds.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import type { Derived } from "./derivedView.ts";
import { degreesOf } from "./derive.ts";
import { edgeAppearance, nodeAppearance, nodeSizing, RING_PX, SMALL_GRAPH, type AppearanceContext } from "./appearance.ts";
import { LINE_POINT_STEP, LinePoints, placeLabels, type Circle, type DeferredCandidate, type LabelCandidate } from "./labelLayout.ts";
import { curveControlPoint, pointOnCurve, type Point } from "../style/edgeGeometry.ts";
import { edgeLabel, labelColorFor } from "../style/edgeStyle.ts";
import { KIND_LABELS } from "../style/palette.ts";
import type { Scene, SceneEdge, SceneLabel, SceneNode } from "../io/scene.ts";

/** Maps the graph into pixels: positions, node sizes, edge sizes. */
export interface SceneCamera {
  toPixels(p: Point): Point;
  /** A node's radius in pixels from its display size. */
  nodeRadius(size: number): number;
  /** An edge's width in pixels from its display size. */
  edgeWidth(size: number): number;
}

/** Measures a text's width in pixels at a font size and weight. */
export type MeasureText = (text: string, size: number, weight: string) => number;

export interface SceneInput {
  model: StanceModel;
  view: Derived;
  /** Where each actor is (graph coordinates: the view's layout layer, or the stable layout). */
  position: (actor: string) => Point;
  camera: SceneCamera;
  width: number;
  height: number;
  measure: MeasureText;
  /** A relation's fade while it enters or leaves (the screen's fades); none by default. */
  fade?: (relation: string) => number | null;
  /** Relation under the pointer: its label is shown in full, whatever the graph's size. */
  hoveredRelation?: string | null;
}

/** Fonts and sizes of the labels (sigma's label settings in view/renderer.ts use the same). */
export const LABEL_FONT = "system-ui, 'DejaVu Sans', sans-serif";
export const NODE_LABEL_SIZE = 15;
export const EDGE_LABEL_SIZE = 12;
const NODE_LABEL_COLOR = "#1d2430";
const EDGE_LABEL_COLOR = "#3d4656";
/** Padding around a label's text inside its box, for the halo. */
const HALO = 2;
/**
 * Above this many lines drawn, labels (actors' names and relations' labels) are not steered off
 * them (see composeScene): the lines are sampled in every frame they move in (a pan, a zoom, a date
 * step; LineMemo keeps them while they stay), ~6 ms for 150 lines across a
 * 1280-pixel picture in Node (a scratch measure, not a benchmark, before relation labels counted
 * the points under each of their places too), too much at 600 (30–80 ms); LinePoints.of also
 * gives up past 20,000 points (lines made long by zooming in).
 */
export const LINE_AVOID_MAX_EDGES = 150;

/**
 * Of the sum of its letters' widths (each measured alone), the least share a name of
 * ONE_GLYPH_EACH letters is drawn in: the bound on a name not measured yet (composeScene).
 * Kerning and ligatures take a few per cent; tests/browser/labelBound.test.ts measures names in
 * the label font and finds none under it.
 */
export const LETTERS_SHARE = 0.6;

/** Text whose every character is one glyph of its own: printable Latin, Greek and Cyrillic, without combining marks or a soft hyphen. */
export const ONE_GLYPH_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u0370-\u03FF\u0400-\u0482\u048A-\u04FF]*$/;

/**
 * A relation's label may hide at most this many sampled points (4–5 px apart along a line) of any
 * one other line: it may cross lines at a steep angle (a square crossing hides three or four), not
 * lie along one; a shallow crossing counts as lying along.
 */
const EDGE_LABEL_MAX_ALONG = 5;
/** Where along an edge its label may sit, best first. */
const EDGE_LABEL_T = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74];
/** How far off its line a relation's label may sit: touching it, then a gap of half its box along the line's normal (at most its height). */
const EDGE_LABEL_RINGS = [1, 2];
/** In large graphs, at most one node label per this many square pixels. */
const LABEL_AREA_PX = 9000;


/** A node of the scene before sorting, with what its label needs. */
export interface NodeItem extends SceneNode {
  z: number;
  label: string;
  forced: boolean;
  /** Named before the rest where there is room (appearance.ts `labelFirst`). */
  first?: boolean;
}

/** An edge of the scene before sorting, with what its label needs. */
export interface EdgeItem extends SceneEdge {
  z: number;
  label: string;
  forced: boolean;
  /** The point at t (0 … 1) along the drawn path. */
  path: (t: number) => Point;
}

/** How an item looks (the appearance functions' output, or sigma's display data built from it). */
export interface NodeLook {
  hidden?: boolean;
  color?: string;
  size?: number;
  label?: string | null;
  type?: string | null;
  borderColor?: string;
  zIndex?: number;
  forceLabel?: boolean;
  labelFirst?: boolean;
  highlighted?: boolean;
}
export interface EdgeLook {
  hidden?: boolean;
  color?: string;
  size?: number;
  label?: string | null;
  type?: string | null;
  curvature?: number;
  zIndex?: number;
}

/** A scene node from how it looks and where it is; null when it is hidden or outside the picture. */
export function nodeItem(model: StanceModel, id: string, look: NodeLook, p: Point, r: number, width: number, height: number): NodeItem | null {
  if (look.hidden) return null;
  if (p.x + r < 0 || p.y + r < 0 || p.x - r > width || p.y - r > height) return null;
  const actor = model.actors.get(id);
  const ring = look.type === "bordered" && look.borderColor ? { color: look.borderColor, width: RING_PX, gap: 1.5 } : undefined;
  return {
    id,
    x: p.x,
    y: p.y,
    r,
    color: look.color ?? "#666666",
    ...(ring ? { ring } : {}),
    title: `${actor?.label ?? id} (${KIND_LABELS[actor?.kind ?? ""] ?? actor?.kind ?? ""})`,
    z: look.zIndex ?? 0,
    label: look.label ?? "",
    forced: look.forceLabel === true || look.highlighted === true,
    ...(look.labelFirst === true ? { first: true } : {}),
  };
}

/** What an edge item needs besides its look: its ends (centre and radius) and its label text. */
export interface EdgeEnds {
  source: { x: number; y: number; r: number };
  target: { x: number; y: number; r: number };
}

/** A scene edge from how it looks and where its ends are; null when hidden or outside the picture. */
export function edgeItem(model: StanceModel, view: Derived, id: string, look: EdgeLook, ends: EdgeEnds, lineWidth: number, bounds: { width: number; height: number }, hoveredRelation: string | null): EdgeItem | null {
  if (look.hidden) return null;
  const { source: s, target: t } = ends;
  const curved = (look.type ?? "").startsWith("curved");
  const control = curved ? curveControlPoint(s, t, look.curvature ?? 0) : undefined;
  const xs = [s.x, t.x, ...(control ? [control.x] : [])];
  const ys = [s.y, t.y, ...(control ? [control.y] : [])];
  if (Math.max(...xs) < 0 || Math.max(...ys) < 0 || Math.min(...xs) > bounds.width || Math.min(...ys) > bounds.height) return null;
  let arrow: SceneEdge["arrow"];
  if ((look.type ?? "").includes("Arrow")) {
    // The head's tip on the target's rim, along the curve's direction at its end.
    const from = control ?? s;
    const dx = t.x - from.x;
    const dy = t.y - from.y;
    const len = Math.hypot(dx, dy) || 1;
    arrow = { x: t.x - (dx / len) * t.r, y: t.y - (dy / len) * t.r, length: Math.max(6, lineWidth * 2.5), width: Math.max(5, lineWidth * 2) };
  }
  const r = model.relations.get(id);
  const type = r ? model.relationTypes.get(r.type) : undefined;
  const status = view.visible.status?.get(id) ?? null;
  const selected = view.selection?.kind === "relation" && view.selection.id === id;
  const forced = selected || id === hoveredRelation;
  const label = (a: string | undefined) => model.actors.get(a ?? "")?.label ?? a ?? "";
  return {
    id,
    x1: s.x,
    y1: s.y,
    ...(control ? { control } : {}),
    x2: t.x,
    y2: t.y,
    color: look.color ?? "#888888",
    width: lineWidth,
    ...(arrow ? { arrow } : {}),
    title: `${type?.label ?? r?.type ?? ""}: ${label(r?.source)} – ${label(r?.target)}, ${r?.from ?? ""} to ${r?.to ?? "now (ongoing)"}`,
    z: look.zIndex ?? 0,
    // The full label of the selected or hovered relation, even where edge labels are off.
    label: forced ? edgeLabel(type, status) : (look.label ?? ""),
    forced,
    path: (u) => pointOnCurve(s, control ?? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 }, t, u),
  };
}

/**
 * What composeScene counts on the drawn lines, kept from one frame to the next while they stay
 * where they were: their sampled points (LinePoints) and each label's order of places. The label
 * layer composes a scene after every sigma frame, a hover's or a still camera's too, and sampling
 * up to 150 lines and counting the points under each relation label's 28 places every time
 * repeated the same work. The lines are compared by id, ends and bend in id order (a hover
 * reorders the drawing, not the lines), and a label's order is kept by its kind, id, size and
 * places; any change samples again. A fresh memo (composeScene's default: the exports, the command
 * line) remembers nothing.
 */
export class LineMemo {
  /** How many times the lines were sampled (or found past the points budget): tests count the work with it. */
  samplings = 0;
  private ids: string[] = [];
  private numbers: number[] = [];
  private size = "";
  private points: LinePoints | null = null;
  private index = new Map<string, number>();
  private orders = new Map<string, { places: ReadonlyArray<Point>; order: ReadonlyArray<Point> }>();

  /** The points of the drawn lines (null when there are none or too many to steer labels off them) and each line's index among them. */
  lines(edges: readonly EdgeItem[], width: number, height: number, drawn = edges.length): { lines: LinePoints | null; index: ReadonlyMap<string, number> } {
    // Past the bound, nothing to sample or compare (a graph of thousands of labelled lines).
    if (edges.length === 0 || drawn > LINE_AVOID_MAX_EDGES) {
      if (this.ids.length > 0 || this.points) {
        this.ids = [];
        this.numbers = [];
        this.points = null;
        this.orders.clear();
        this.index = new Map();
      }
      return { lines: null, index: this.index };
    }
    const sorted = [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ids = sorted.map((e) => e.id);
    // Not the lines' widths: the points lie along the middle of a line whatever its width (a
    // selection widens a line; the labels' places beside it follow in `order`'s key).
    const numbers = sorted.flatMap((e) => [e.x1, e.y1, e.x2, e.y2, e.control?.x ?? NaN, e.control?.y ?? NaN]);
    const size = `${width}x${height}`;
    const same = size === this.size && ids.length === this.ids.length && ids.every((id, i) => id === this.ids[i]) && numbers.every((n, i) => Object.is(n, this.numbers[i]));
    if (!same) {
      this.ids = ids;
      this.numbers = numbers;
      this.size = size;
      this.orders.clear();
      this.index = new Map(ids.map((id, i) => [id, i]));
      this.samplings++;
      this.points = LinePoints.of(
        sorted.map((e) => ({ length: Math.hypot(e.x2 - e.x1, e.y2 - e.y1) * 1.3, at: e.path })),
        { x: 0, y: 0, w: width, h: height },
      );
    }
    return { lines: this.points, index: this.index };
  }

  /** A label's places in the order `make` gives them, remembered while the lines and the label's places are unchanged. */
  order(c: LabelCandidate, make: () => ReadonlyArray<Point>): ReadonlyArray<Point> {
    const key = `${c.kind}\u0000${c.id}\u0000${c.width}\u0000${c.height}\u0000${c.forced === true}`;
    const kept = this.orders.get(key);
    if (kept && kept.places.length === c.positions.length && kept.places.every((p, i) => p.x === c.positions[i]!.x && p.y === c.positions[i]!.y)) return kept.order;
    const order = make();
    this.orders.set(key, { places: c.positions, order });
    return order;
  }
}

/**
 * Where an actor's label of `w` × `h` may go, best first: right of the node (as sigma draws
 * labels), then left, above, below; then above and below again slid sideways into the picture (a
 * long label near the rim fits none of the four: right over a neighbour, left and centred off the
 * edge), when that moves them (`allSlid`: always, for DeferredCandidate's narrowest places).
 */
export function nodeLabelPlaces(n: { x: number; y: number; r: number }, w: number, h: number, width: number, allSlid = false): Array<{ x: number; y: number }> {
  const gap = 3;
  const above = n.y - n.r - gap - h;
  const below = n.y + n.r + gap;
  const slid = Math.min(Math.max(n.x - w / 2, 0), width - w);
  return [
    { x: n.x + n.r + gap, y: n.y - h / 2 },
    { x: n.x - n.r - gap - w, y: n.y - h / 2 },
    { x: n.x - w / 2, y: above },
    { x: n.x - w / 2, y: below },
    ...(slid === n.x - w / 2 && !allSlid ? [] : [{ x: slid, y: above }, { x: slid, y: below }]),
  ];
}

/**
 * The scene from its items: marks in drawing order (zIndex, then as given), and labels placed
 * most important first — the selected and hovered items, then actors by how many relations they
 * have in view, then relations — each where it overlaps nothing already placed.
 */
export function composeScene(view: Derived, nodes: NodeItem[], edges: EdgeItem[], width: number, height: number, measure: MeasureText, small: boolean, memo: LineMemo = new LineMemo(), drawnLines = edges.length): Scene {
  nodes.sort((p, q) => p.z - q.z);
  edges.sort((p, q) => p.z - q.z);
  const selected = view.selection?.kind === "relation" ? view.selection.id : null;
  /** A label's line height at a font size: what every label box of that size is high. */
  const lineHeight = (size: number) => Math.ceil(size * 1.25);
  const measureBox = (text: string, size: number, weight: string) => ({ w: Math.ceil(measure(text, size, weight)) + 2 * HALO, h: lineHeight(size) });
  // A label wider than the picture (a long name on a phone) is cut to fit, with an ellipsis: whole
  // letters the reader can see rather than a label left out or running off the edge.
  const fitted = (text: string, size: number, weight: string): string => {
    if (measureBox(text, size, weight).w <= width) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measureBox(`${text.slice(0, mid).trimEnd()}…`, size, weight).w <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${text.slice(0, lo).trimEnd()}…`;
  };
  // Degree of each actor through the relations shown (label importance), kept with the visible set.
  const deg = degreesOf(view.visible);
  // Decided on the lines drawn, not those handed in (the label layer may hand in only the labelled
  // ones past the bound), so that the screen and the export avoid the same lines.
  const { lines, index: lineIndex } = memo.lines(edges, width, height, drawnLines);
  const labelHeight = lineHeight(NODE_LABEL_SIZE);
  const nodeLabel = (n: NodeItem, owners: ReadonlySet<string> = new Set([n.id])): LabelCandidate => {
    const text = fitted(n.label, NODE_LABEL_SIZE, "600");
    const { w, h } = measureBox(text, NODE_LABEL_SIZE, "600");
    return { kind: "node", id: n.id, text, width: w, height: h, positions: nodeLabelPlaces(n, w, h, width), forced: n.forced, owners };
  };
  // A width no label of this text can be narrower than, without measuring it: LETTERS_SHARE of its
  // letters' widths, each letter measured once (`measure` keeps them), where every letter is one glyph
  // (Latin, Greek, Cyrillic, no combining marks: kerning and ligatures take a few per cent there);
  // otherwise the halo alone. A name that may be cut to the picture's width (`fitted`) gets the halo too.
  const leastWidth = (text: string): number => {
    if (!ONE_GLYPH_EACH.test(text)) return 2 * HALO;
    let letters = 0;
    for (const ch of text) letters += measure(ch, NODE_LABEL_SIZE, "600");
    const least = Math.floor(LETTERS_SHARE * letters) + 2 * HALO;
    return least > width / 2 ? 2 * HALO : least;
  };
  const nodeCandidates: Array<(LabelCandidate | DeferredCandidate) & { rank: number }> = [];
  for (const n of nodes) {
    if (!n.label) continue;
    // Forced names first, then those named first where there is room (a lifted neighbourhood), then by degree and size.
    const rank = n.forced ? Infinity : (n.first ? 1e12 : 0) + (deg.get(n.id) ?? 0) * 1000 + n.r;
    // Where the lines are sampled, each name's places are ordered by its measured box (below);
    // elsewhere a name is measured only when placeLabels comes to it and it may find room: its
    // places at the least width it can have (slid ones included) lie inside the real ones.
    if (lines) nodeCandidates.push({ ...nodeLabel(n), rank });
    else {
      const least = () => {
        const w = leastWidth(n.label);
        return nodeLabelPlaces(n, w, labelHeight, width, true).map((p) => ({ ...p, w, h: labelHeight }));
      };
      const owners = new Set([n.id]);
      nodeCandidates.push({ kind: "node", id: n.id, forced: n.forced, owners, least, measure: () => nodeLabel(n, owners), rank });
    }
  }
  nodeCandidates.sort((p, q) => q.rank - p.rank);
  // An actor's name goes first where it hides fewest line points (none, most often), its order of
  // places kept among equals: right, left, above, below. Only where the lines are few enough to
  // sample (LINE_AVOID_MAX_EDGES); in a dense picture every place crosses some line.
  for (const c of lines ? nodeCandidates : []) {
    if ("measure" in c) continue;
    c.positions = memo.order(c, () => {
      const hidden = c.positions.map((p) => lines!.count({ x: p.x, y: p.y, w: c.width, h: c.height }));
      return c.positions.map((_, i) => i).sort((a, b) => hidden[a]! - hidden[b]!).map((i) => c.positions[i]!);
    });
  }
  const changed = (id: string) => {
    const status = view.visible.status?.get(id);
    return status === "added" || status === "removed";
  };
  const edgeCandidates: Array<LabelCandidate & { rank: number }> = [];
  for (const e of edges) {
    if (!e.label) continue;
    const { w, h } = measureBox(e.label, EDGE_LABEL_SIZE, e.forced ? "600" : "400");
    // How far each place's centre is from its own line (along the normal): the nearest-line check
    // below need look no further than that and one sampling step.
    const reach: number[] = [];
    edgeCandidates.push({
      kind: "edge",
      id: e.id,
      text: e.label,
      width: w,
      height: h,
      // Beside the line, on either side, so that a label never hides its own relation: at each
      // point along the curve, the box is moved off the line along its normal just far enough;
      // then (EDGE_LABEL_RINGS) with a gap of half the box (at most its height), past a
      // neighbour in a bundle of curves.
      positions: EDGE_LABEL_RINGS.flatMap((ring) =>
        EDGE_LABEL_T.flatMap((u) => {
          const p = e.path(u);
          const a = e.path(Math.max(0, u - 0.01));
          const b = e.path(Math.min(1, u + 0.01));
          const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
          const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
          const half = Math.abs(n.x) * (w / 2) + Math.abs(n.y) * (h / 2);
          const off = half + e.width / 2 + 1 + (ring - 1) * Math.min(half, h);
          reach.push(off + LINE_POINT_STEP, off + LINE_POINT_STEP);
          return [1, -1].map((side) => ({ x: p.x + side * n.x * off - w / 2, y: p.y + side * n.y * off - h / 2 }));
        }),
      ),
      forced: e.forced,
      // Comparing two dates, the relations added or removed are the news: their labels go before
      // the kept ones' (between z levels: a faded relation's still goes after a lit one's).
      rank: e.forced ? (e.id === selected ? 3 : 2) : e.z + (changed(e.id) ? 0.5 : 0),
    });
    // Where it hides least of the other lines first (in a bundle of curves between two actors, a
    // label beside one lay over its neighbours, and a thin mediation line vanished under them),
    // nearest the middle otherwise: a stable sort keeps EDGE_LABEL_T's order among equals.
    const c = edgeCandidates[edgeCandidates.length - 1]!;
    if (lines) {
      const own = lineIndex.get(e.id) ?? -1;
      c.positions = memo.order(c, () => {
        const tallies = c.positions.map((p) => lines.tally({ x: p.x, y: p.y, w, h }, own));
        const hidden = tallies.map((t) => t.all);
        // The places of the first ring first (nearest the line), each ring's by fewest hidden points.
        const ring = (i: number) => Math.floor(i / (2 * EDGE_LABEL_T.length));
        const order = c.positions.map((_, i) => i).sort((a, b) => ring(a) - ring(b) || hidden[a]! - hidden[b]!);
        // A label that would lie along another relation's line is left out rather than hide it (a
        // relation drawn as a label without a line was the first thing a newcomer tripped on); it
        // shows when its line is hovered or selected, where it is forced and goes anywhere.
        // A place off the line (the second ring) only where its own line is the nearest to it: a
        // label nearer another line reads as that one's.
        const allowed = (i: number) => {
          const p = c.positions[i]!;
          if (tallies[i]!.most > EDGE_LABEL_MAX_ALONG) return false;
          return ring(i) === 0 || lines.nearest(p.x + w / 2, p.y + h / 2, reach[i]!) === own;
        };
        return (c.forced ? order : order.filter(allowed)).map((i) => c.positions[i]!);
      });
    }
  }
  edgeCandidates.sort((p, q) => q.rank - p.rank);
  const ordered = [...edgeCandidates.filter((c) => c.forced), ...nodeCandidates.filter((c) => c.forced), ...nodeCandidates.filter((c) => !c.forced), ...edgeCandidates.filter((c) => !c.forced)];
  const maxLabels = small ? Infinity : Math.max(10, Math.round((width * height) / LABEL_AREA_PX));
  // Labels keep clear of every node in a small graph. In a large one that would leave only the
  // rim labelled (every label inside touches some node): there they keep clear of the important
  // nodes — those that may be labelled — and lie over the small ones, with their halo.
  const important = small ? null : new Set(nodeCandidates.slice(0, maxLabels * 2).map((c) => c.id));
  const obstacles: Circle[] = nodes.filter((n) => !important || important.has(n.id) || n.forced).map((n) => ({ x: n.x, y: n.y, r: n.r + 1, owner: n.id }));
  const placed = placeLabels(ordered, obstacles, { x: 0, y: 0, w: width, h: height }, maxLabels);
  const edgeColor = new Map(edges.map((e) => [e.id, e.color]));
  const labels: SceneLabel[] = placed.map((p) => ({
    kind: p.kind,
    id: p.id,
    text: p.text,
    box: p.box,
    size: p.kind === "node" ? NODE_LABEL_SIZE : EDGE_LABEL_SIZE,
    weight: p.kind === "node" || p.forced ? "600" : "400",
    color: p.kind === "node" ? NODE_LABEL_COLOR : labelColorFor(edgeColor.get(p.id) ?? EDGE_LABEL_COLOR),
  }));
  return {
    width,
    height,
    edges: edges.map(({ z: _z, label: _l, forced: _f, path: _p, ...e }) => e),
    nodes: nodes.map(({ z: _z, label: _l, forced: _f, first: _first, ...n }) => n),
    labels,
    font: LABEL_FONT,
  };
}

/** The scene from the appearance functions (what sigma's reducers return) and a camera: pictures without a screen. */
export function buildScene(input: SceneInput): Scene {
  const { model, view, camera, width, height } = input;
  const graph = model.graph;
  const ctx: AppearanceContext = {
    model,
    view,
    size: nodeSizing(graph.order),
    position: input.position,
    fade: input.fade ?? (() => null),
    edgeLabels: graph.order <= SMALL_GRAPH,
  };
  const nodes: NodeItem[] = [];
  const ends = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((id, attrs) => {
    const look = nodeAppearance(id, attrs, ctx);
    if (look.hidden) return;
    const p = camera.toPixels({ x: look.x ?? 0, y: look.y ?? 0 });
    const r = camera.nodeRadius(look.size ?? 1);
    ends.set(id, { ...p, r });
    const item = nodeItem(model, id, look, p, r, width, height);
    if (item) nodes.push(item);
  });
  const edges: EdgeItem[] = [];
  graph.forEachEdge((id, attrs, source, target) => {
    const s = ends.get(source);
    const t = ends.get(target);
    if (!s || !t) return;
    const look = edgeAppearance(id, attrs, ctx);
    const item = edgeItem(model, view, id, look, { source: s, target: t }, camera.edgeWidth(look.size ?? 1), { width, height }, input.hoveredRelation ?? null);
    if (item) edges.push(item);
  });
  return composeScene(view, nodes, edges, width, height, input.measure, graph.order <= SMALL_GRAPH);
}

/** The baseline of a label's text in its box (alphabetic baseline, one offset for Canvas and SVG). */
export function labelBaseline(label: SceneLabel): { x: number; y: number } {
  return { x: label.box.x + HALO, y: label.box.y + label.box.h / 2 + label.size * 0.35 };
}

/**
 * A camera that fits every actor into `width` × `height` with `padding` around (sigma's y axis
 * points up, the picture's down), for pictures made without a screen (the command line).
 */
export function fittedCamera(points: Iterable<Point>, width: number, height: number, padding: number): SceneCamera {
  const { x0, x1, y0, y1 } = boundsOf(points) ?? { x0: 0, x1: 1, y0: 0, y1: 1 };
  // Labels sit right of their nodes: leave a fifth of the width for them, as the screen does.
  const room = (x1 - x0) * 0.2;
  const spanX = x1 - x0 + room || 1;
  const spanY = y1 - y0 || 1;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const cx = (x0 + x1 + room) / 2;
  const cy = (y0 + y1) / 2;
  return {
    toPixels: (p) => ({ x: width / 2 + (p.x - cx) * scale, y: height / 2 - (p.y - cy) * scale }),
    nodeRadius: (size) => size,
    edgeWidth: (size) => size,
  };
}
